"""Celery tasks: the periodic refresh of every dataset and the refresh of stale ones."""

from __future__ import annotations

from celery import shared_task

from . import registry, snapshots
from .models import DatasetSnapshot
from .rebuilds import rebuild_department_pages


@shared_task(name="open_data.refresh_datasets", acks_late=True)
def refresh_datasets() -> list[str]:
    """Regenerate every dataset (beat, hourly); returns the slugs whose content changed.

    The department's open-data and indicator pages are rebuilt either way: indicators such as
    the chatbot's answers change without any dataset changing.
    """
    changed = snapshots.refresh_all(announce=False)
    rebuild_department_pages("otwarte dane i wskaźniki: odświeżenie okresowe")
    return changed


@shared_task(name="open_data.refresh_stale", acks_late=True)
def refresh_stale() -> list[str]:
    """Regenerate the datasets marked stale by a content change (idempotent)."""
    slugs = list(DatasetSnapshot.objects.filter(stale=True).values_list("slug", flat=True))
    known = [slug for slug in slugs if registry.get(slug) is not None]
    return snapshots.refresh_all(slugs=known) if known else []
