"""Who edits the legal figures: the education department's staff group (no delete)."""

from django.contrib.auth.models import Group

from cms.units.permissions import model_permissions
from cms.units.staff import DEPARTMENT_STAFF_GROUP

from .models import LegalFigures

FIGURES_ACTIONS = ("add", "change", "view")


def grant_figures_permissions(group: Group | None = None) -> bool:
    """Let the department group (or ``group``) add and edit the figures; False if no group yet."""
    group = group or Group.objects.filter(name=DEPARTMENT_STAFF_GROUP).first()
    if group is None:
        return False
    group.permissions.add(*model_permissions(LegalFigures, FIGURES_ACTIONS))
    return True


def grant_to_department(sender, department: Group, **kwargs) -> None:
    """Receiver of ``cms.units.signals.department_groups_ensured``."""
    grant_figures_permissions(department)
