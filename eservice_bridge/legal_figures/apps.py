from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalFiguresConfig(AppConfig):
    name = "eservice_bridge.legal_figures"
    label = "legal_figures"
    verbose_name = _("Kwoty i terminy roku szkolnego")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.units.signals import department_groups_ensured

        from .permissions import grant_to_department

        department_groups_ensured.connect(
            grant_to_department, dispatch_uid="legal_figures.grant_to_department"
        )
