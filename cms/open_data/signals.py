"""Content changes → stale datasets → refresh → the department portal's open-data pages rebuilt.

Publishing a page marks the datasets made of its type stale (one UPDATE). With a Celery worker
a refresh is queued a little later (``OPEN_DATA_REFRESH_DELAY_SECONDS`` coalesces a burst of
publishes); in eager mode nothing runs in the editor's request: ``make run`` refreshes in a
background thread (``refresher``), and any stale file is regenerated on its next download.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished

from . import registry, snapshots
from .rebuilds import rebuild_department_pages

DISPATCH = "open_data"


def _queue_refresh() -> None:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        if getattr(settings, "OPEN_DATA_REFRESH_IN_PROCESS", False):
            from .refresher import schedule

            transaction.on_commit(schedule)
        return
    from .tasks import refresh_stale

    delay = float(getattr(settings, "OPEN_DATA_REFRESH_DELAY_SECONDS", 60))
    transaction.on_commit(lambda: refresh_stale.apply_async(countdown=delay))


def mark_stale(slugs: list[str]) -> None:
    """Mark datasets stale and queue their refresh (for apps that register datasets)."""
    if slugs and snapshots.mark_stale(slugs):
        _queue_refresh()


def on_page_changed(sender: Any, instance: Page, **kwargs: Any) -> None:
    mark_stale(registry.depending_on(instance._meta.label))


def on_site_saved(sender: Any, instance: Site, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        mark_stale([d.slug for d in registry.datasets() if d.stale_on])


def on_datasets_changed(sender: Any, slugs: list[str], **kwargs: Any) -> None:
    rebuild_department_pages(f"otwarte dane: {', '.join(slugs)}")


def connect() -> None:
    page_published.connect(on_page_changed, dispatch_uid=f"{DISPATCH}:published")
    page_unpublished.connect(on_page_changed, dispatch_uid=f"{DISPATCH}:unpublished")
    from django.db.models.signals import post_save

    post_save.connect(on_site_saved, sender=Site, dispatch_uid=f"{DISPATCH}:site")
    snapshots.datasets_changed.connect(on_datasets_changed, dispatch_uid=f"{DISPATCH}:changed")
