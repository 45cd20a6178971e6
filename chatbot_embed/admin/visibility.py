"""Which sites' questions an editor may read: their own units', or all for department staff."""

from django.db.models import QuerySet
from wagtail.models import Site

from cms.units.staff import is_department_staff, units_for_user


def sites_for_user(user) -> QuerySet[Site]:
    if not getattr(user, "is_authenticated", False):
        return Site.objects.none()
    if is_department_staff(user):
        return Site.objects.all()
    return Site.objects.filter(pk__in=units_for_user(user).values("site_id"))
