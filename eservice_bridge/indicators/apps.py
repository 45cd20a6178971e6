from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "eservice_bridge.indicators"
    label = "eservice_indicators"
    verbose_name = _("E-usługi: wskaźniki")
