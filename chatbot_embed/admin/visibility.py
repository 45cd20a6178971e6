"""Which sites' questions an editor may read: their own units', or all for department staff."""

from django.db.models import QuerySet
from wagtail.models import Site


def sites_for_user(user) -> QuerySet[Site]:
    if not getattr(user, "is_authenticated", False):
        return Site.objects.none()
    try:
        from cms.units.staff import is_department_staff, units_for_user
    except ImportError:  # pragma: no cover - the units app is part of the project
        return _sites_by_page_permissions(user)
    if is_department_staff(user):
        return Site.objects.all()
    return Site.objects.filter(pk__in=units_for_user(user).values("site_id"))


def _sites_by_page_permissions(user) -> QuerySet[Site]:  # pragma: no cover - fallback only
    from wagtail.permission_policies.pages import PagePermissionPolicy

    if user.is_superuser:
        return Site.objects.all()
    pages = PagePermissionPolicy().explorable_instances(user)
    return Site.objects.filter(root_page__in=pages)
