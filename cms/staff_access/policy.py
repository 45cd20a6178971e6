"""Who must sign in with a second factor: the one place that decides.

Mandatory for everyone who can reach personal data or change who can: superusers, the
department's and CUW's staff, every unit's moderators, and holders of any permission in
``STAFF_TWO_FACTOR_PERMISSIONS`` (by default e-service case handling and PESEL reveal, so any
group that is given case handling, such as a unit's secretariat, is covered, and user
management). Optional for everyone else (a unit's editors): they may turn it on.
"""

from django.conf import settings

from cms.units.models import Unit
from cms.units.staff import CUW_STAFF_GROUP, DEPARTMENT_STAFF_GROUP

TWO_FACTOR_GROUPS = frozenset({DEPARTMENT_STAFF_GROUP, CUW_STAFF_GROUP})


def two_factor_required(user) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if TWO_FACTOR_GROUPS & set(user.groups.values_list("name", flat=True)):
        return True
    if Unit.objects.filter(moderators_group__user=user).exists():
        return True
    return any(user.has_perm(perm) for perm in settings.STAFF_TWO_FACTOR_PERMISSIONS)
