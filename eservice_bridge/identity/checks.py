"""Start-up checks: production settings never enable the login-node simulator."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security)
def simulator_check(app_configs, **kwargs) -> list[checks.CheckMessage]:
    if getattr(settings, "ELACZE_PRODUCTION", False) and getattr(
        settings, "ESERVICES_SIMULATOR_ENABLED", False
    ):
        return [
            checks.Error(
                "ESERVICES_SIMULATOR_ENABLED is on under production settings: the simulated "
                "login node signs anyone in as anyone.",
                id="eservices.E001",
            )
        ]
    return []
