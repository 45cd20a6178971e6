from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "eservice_bridge.notices"
    label = "eservice_notices"
    verbose_name = _("E-usługi: powiadomienia")

    def ready(self) -> None:
        from cms.units.signals import department_groups_ensured
        from eservice_bridge.cases import signals as cases

        from . import events
        from .permissions import grant_to_department

        cases.decision_issued.connect(
            events.on_decision_issued, dispatch_uid="eservice_notices.decision_issued"
        )
        cases.information_requested.connect(
            events.on_information_requested, dispatch_uid="eservice_notices.information_requested"
        )
        cases.case_erasing.connect(events.on_case_erasing, dispatch_uid="eservice_notices.erasing")

        department_groups_ensured.connect(
            grant_to_department, dispatch_uid="eservice_notices.grant_to_department"
        )
