"""Rebuilding the department portal's outputs that show datasets and indicators."""

from __future__ import annotations

from wagtail.models import Site

from static_builds.tasks import request_builds

# The pseudo page id the department's open-data outputs depend on (sites.outputs).
OPEN_DATA_PAGE_ID = "open-data"


def rebuild_department_pages(reason: str) -> None:
    department = Site.objects.filter(is_default_site=True).first()
    if department is not None:
        request_builds({department.hostname: {OPEN_DATA_PAGE_ID}}, reason)
