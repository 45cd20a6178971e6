from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BipConfig(AppConfig):
    name = "cms.bip"
    label = "bip"
    verbose_name = _("Dokumenty BIP")
