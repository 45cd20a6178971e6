"""System checks: a licence the catalogues know, and https addresses on a deployment."""

from django.conf import settings
from django.core import checks

from .addresses import base_url
from .licences import LICENCES


@checks.register(checks.Tags.compatibility)
def open_data_settings(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    problems: list[checks.CheckMessage] = []
    if getattr(settings, "OPEN_DATA_LICENCE", "") not in LICENCES:
        problems.append(
            checks.Error(
                f"OPEN_DATA_LICENCE must be one of {', '.join(LICENCES)}.", id="open_data.E001"
            )
        )
    # A deployment (as the payments check sees it): DEBUG off and secure cookies.
    deployed = not settings.DEBUG and getattr(settings, "SESSION_COOKIE_SECURE", False)
    if deployed and not base_url().startswith("https://"):
        problems.append(
            checks.Warning(
                "The open-data addresses are not https: dane.gov.pl refuses the harvester feed.",
                hint="Set OPEN_DATA_BASE_URL (or PUBLIC_SCHEME=https) for the public origin.",
                id="open_data.W001",
            )
        )
    return problems
