from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSettingsConfig(AppConfig):
    name = "cms.site_settings"
    label = "site_settings"
    verbose_name = _("Ustawienia witryn")
