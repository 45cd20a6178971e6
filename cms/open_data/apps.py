from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    name = "cms.open_data"
    label = "open_data"
    verbose_name = _("Otwarte dane")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import checks, signals  # noqa: F401  (checks register themselves)
        from .datasets import register_cms_datasets

        register_cms_datasets()
        signals.connect()
