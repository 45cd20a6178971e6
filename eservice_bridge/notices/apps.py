from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "eservice_bridge.notices"
    label = "eservice_notices"
    verbose_name = _("E-usługi: powiadomienia")

    def ready(self) -> None:
        from cms.units.signals import department_groups_ensured

        from .permissions import grant_to_department

        department_groups_ensured.connect(
            grant_to_department, dispatch_uid="eservice_notices.grant_to_department"
        )
