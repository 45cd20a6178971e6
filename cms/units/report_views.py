"""Scoped replacement for Wagtail's "page types usage" report.

Wagtail's report names, for every page type, the most recently edited page of the whole tree:
another unit's draft title. For a unit's staff the "last edited page" is looked up among the
pages of their own units only (superusers and department staff see the whole tree).
"""

from django.db.models import F
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page

from .scope import page_scope_for


class ScopedPageTypesUsageReportView(PageTypesUsageReportView):
    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        scope = page_scope_for(self.request)
        if scope is None:
            return page_types
        own_pages = Page.objects.filter(scope.as_q(), depth__gt=1)
        for item in page_types:
            item.last_edited_page = (
                own_pages.filter(content_type_id=item.pk)
                .order_by(F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk")
                .specific()
                .first()
            )
        return page_types


page_types_usage_view = require_admin_access(ScopedPageTypesUsageReportView.as_view())
page_types_usage_results_view = require_admin_access(
    ScopedPageTypesUsageReportView.as_view(results_only=True)
)
