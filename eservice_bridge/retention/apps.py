from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RetentionConfig(AppConfig):
    name = "eservice_bridge.retention"
    label = "eservice_retention"
    verbose_name = _("E-usługi: okresy przechowywania danych")

    def ready(self) -> None:
        from eservice_bridge.cases.workflow import case_moved

        from .endings import record_ending

        case_moved.connect(record_ending, dispatch_uid="eservice_retention.record_ending")
