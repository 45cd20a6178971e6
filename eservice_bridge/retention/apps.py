from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RetentionConfig(AppConfig):
    name = "eservice_bridge.retention"
    label = "eservice_retention"
    verbose_name = _("E-usługi: okresy przechowywania danych")
