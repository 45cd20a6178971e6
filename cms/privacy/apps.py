from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Keeps private files private: public media paths, renditions of private collections."""

    name = "cms.privacy"
    label = "privacy"
    verbose_name = _("Prywatność plików")

    def ready(self) -> None:
        from . import renditions

        renditions.connect()
