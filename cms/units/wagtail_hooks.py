"""Admin scoping: a unit's staff only see and choose pages of their own unit."""

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from wagtail import hooks
from wagtail.models import Page
from wagtail.query import PageQuerySet

from .bulk_actions import SCOPED_BULK_ACTIONS
from .scope import page_scope_for

# Registered after Wagtail's own (higher order), so they replace the built-in page bulk actions.
for _action in SCOPED_BULK_ACTIONS:
    hooks.register("register_bulk_action", _action, order=100)


@hooks.register("construct_explorer_page_queryset")
def limit_explorer_to_own_units(
    parent_page: Page, pages: PageQuerySet, request: HttpRequest
) -> PageQuerySet:
    scope = page_scope_for(request)
    if scope is None:
        return pages
    return pages.filter(scope.as_q())


@hooks.register("construct_page_chooser_queryset")
def limit_page_chooser_to_own_units(pages: PageQuerySet, request: HttpRequest) -> PageQuerySet:
    """Restrict chooser listings and search; browsing into another unit's page is a 404."""
    scope = page_scope_for(request)
    if scope is None:
        return pages
    match = getattr(request, "resolver_match", None)
    parent_page_id = match.kwargs.get("parent_page_id") if match else None
    if parent_page_id is not None:
        parent = get_object_or_404(Page.objects.only("path"), pk=parent_page_id)
        if not scope.contains(parent):
            raise Http404
    return pages.filter(scope.as_q())
