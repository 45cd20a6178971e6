"""Which cases a staff user may see: her unit's (school), CUW's or the department's services."""

from django.db.models import Q, QuerySet

from cms.units.staff import CUW_STAFF_GROUP, DEPARTMENT_STAFF_GROUP, units_for_user
from eservice_bridge.cases.models import Case
from eservice_bridge.catalogue.models import Handler


def case_scope(user) -> Q | None:
    """A filter over cases, or None when the user handles no cases at all."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if user.is_superuser:
        return Q()
    groups = set(user.groups.values_list("name", flat=True))
    scope = Q(pk__in=[])
    allowed = False
    if DEPARTMENT_STAFF_GROUP in groups:
        scope |= Q(handler=Handler.DEPARTMENT)
        allowed = True
    if CUW_STAFF_GROUP in groups:
        scope |= Q(handler=Handler.CUW)
        allowed = True
    home_ids = list(units_for_user(user).values_list("home_id", flat=True))
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
