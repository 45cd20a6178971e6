from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "eservice_bridge.notices"
    label = "eservice_notices"
    verbose_name = _("E-usługi: powiadomienia")
