"""Which cases a staff user may see: her unit's (school), CUW's or the department's services.

Only holders of ``eservice_bridge.handle_case`` handle cases at all; their groups then say
whose cases: a unit's secretariat or moderators group its unit's, the department's and CUW's
staff groups their services'. Website editors never see a case.
"""

from django.db.models import Q, QuerySet

from cms.units.models import Unit
from cms.units.staff import CUW_STAFF_GROUP, DEPARTMENT_STAFF_GROUP
from eservice_bridge.cases.models import Case
from eservice_bridge.catalogue.models import Handler

from .permissions import HANDLE_CASE, REVEAL_PESEL


def units_handled_by(user) -> QuerySet[Unit]:
    """Units whose secretariat or moderators group the user belongs to."""
    if not getattr(user, "is_authenticated", False):
        return Unit.objects.none()
    group_ids = user.groups.values("pk")
    return Unit.objects.filter(
        Q(case_handlers_group__in=group_ids) | Q(moderators_group__in=group_ids)
    ).distinct()


def case_scope(user) -> Q | None:
    """A filter over cases, or None when the user handles no cases at all."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if user.is_superuser:
        return Q()
    if not user.has_perm(HANDLE_CASE):
        return None
    groups = set(user.groups.values_list("name", flat=True))
    scope = Q(pk__in=[])
    allowed = False
    if DEPARTMENT_STAFF_GROUP in groups:
        scope |= Q(handler=Handler.DEPARTMENT)
        allowed = True
    if CUW_STAFF_GROUP in groups:
        scope |= Q(handler=Handler.CUW)
        allowed = True
    home_ids = list(units_handled_by(user).values_list("home_id", flat=True))
    if home_ids:
        scope |= Q(handler=Handler.SCHOOL, unit_page_id__in=home_ids)
        allowed = True
    return scope if allowed else None


def visible_cases(user) -> QuerySet[Case]:
    scope = case_scope(user)
    if scope is None:
        return Case.objects.none()
    return Case.objects.filter(scope)


def handles_cases(user) -> bool:
    return case_scope(user) is not None


def may_reveal_pesel(user) -> bool:
    """Whether the user may see full PESEL numbers on the cases in her scope."""
    return handles_cases(user) and user.has_perm(REVEAL_PESEL)
