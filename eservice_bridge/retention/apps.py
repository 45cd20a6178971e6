from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RetentionConfig(AppConfig):
    name = "eservice_bridge.retention"
    label = "eservice_retention"
    verbose_name = _("E-usługi: okresy przechowywania danych")

    def ready(self) -> None:
        from cms.units.signals import department_groups_ensured
        from eservice_bridge.cases.signals import case_moved

        from .defaults import grant_to_department
        from .endings import record_ending

        case_moved.connect(record_ending, dispatch_uid="eservice_retention.record_ending")
        department_groups_ensured.connect(
            grant_to_department, dispatch_uid="eservice_retention.grant_to_department"
        )
