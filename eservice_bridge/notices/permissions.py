"""Who edits the recruitment timetable: the education department's staff group."""

from django.contrib.auth.models import Group

from cms.units.permissions import model_permissions
from cms.units.staff import DEPARTMENT_STAFF_GROUP

from .models import RecruitmentStage

TIMETABLE_ACTIONS = ("add", "change", "delete", "view")


def grant_timetable_permissions(group: Group | None = None) -> bool:
    """Let the department group (or ``group``) edit the timetable; False if no group yet."""
    group = group or Group.objects.filter(name=DEPARTMENT_STAFF_GROUP).first()
    if group is None:
        return False
    group.permissions.add(*model_permissions(RecruitmentStage, TIMETABLE_ACTIONS))
    return True


def grant_to_department(sender, department: Group, **kwargs) -> None:
    """Receiver of ``cms.units.signals.department_groups_ensured``."""
    grant_timetable_permissions(department)
