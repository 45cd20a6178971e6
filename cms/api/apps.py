from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "cms.api"
    label = "api"
    verbose_name = _("API GraphQL")

    def ready(self) -> None:
        from . import checks  # noqa: F401  (system checks)
