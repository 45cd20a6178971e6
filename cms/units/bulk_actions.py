"""Page bulk actions that never name pages outside the user's units.

Wagtail's bulk action confirmation lists every requested page the user may not act on, with its
title: asking for another unit's page ids (or ``id=all`` with its ``childOf``) would reveal its
drafts' titles. These subclasses drop such pages silently, as if the ids did not exist; pages of
the user's own units that she may not act on are still listed as Wagtail does.
"""

from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction

from .scope import page_scope_for


class UnitScopedPageBulkAction:
    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        scope = page_scope_for(self.request)
        if scope is None:
            return objects, extra
        extra = {
            **extra,
            "items_with_no_access": [
                page for page in extra.get("items_with_no_access", []) if scope.contains(page)
            ],
        }
        return [page for page in objects if scope.contains(page)], extra


SCOPED_BULK_ACTIONS = [
    type(f"UnitScoped{action.__name__}", (UnitScopedPageBulkAction, action), {})
    for action in (DeleteBulkAction, MoveBulkAction, PublishBulkAction, UnpublishBulkAction)
]
