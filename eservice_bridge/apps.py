from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EserviceBridgeConfig(AppConfig):
    name = "eservice_bridge"
    verbose_name = _("E-usługi")
