"""Which part of the page tree a user may see in the admin (explorer, choosers, search)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.http import HttpRequest
from wagtail.models import GroupPagePermission, Page

from .staff import is_department_staff

_CACHE_ATTRIBUTE = "_units_page_scope"


@dataclass(frozen=True)
class PageScope:
    """The subtrees a user has page permissions on, plus the ancestors needed to reach them."""

    root_paths: tuple[str, ...]

    @property
    def ancestor_paths(self) -> set[str]:
        step = Page.steplen
        return {
            path[:length] for path in self.root_paths for length in range(step, len(path), step)
        }

    def as_q(self) -> Q:
        """Pages in a permitted subtree or on the way down to one."""
        condition = Q(path__in=self.ancestor_paths)
        for path in self.root_paths:
            condition |= Q(path__startswith=path)
        return condition

    def contains(self, page: Page) -> bool:
        return page.path in self.ancestor_paths or any(
            page.path.startswith(path) for path in self.root_paths
        )


def page_scope_for(request: HttpRequest) -> PageScope | None:
    """The request user's scope; ``None`` means unrestricted (superusers, department staff)."""
    if hasattr(request, _CACHE_ATTRIBUTE):
        return getattr(request, _CACHE_ATTRIBUTE)
    user = request.user
    scope: PageScope | None
    if is_department_staff(user):
        scope = None
    else:
        paths = (
            GroupPagePermission.objects.filter(group__user=user)
            .values_list("page__path", flat=True)
            .distinct()
            if user.is_authenticated
            else []
        )
        scope = PageScope(root_paths=tuple(sorted(set(paths))))
    setattr(request, _CACHE_ATTRIBUTE, scope)
    return scope
