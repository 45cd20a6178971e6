"""Keeping the index in step with published content."""

from django.db import transaction
from wagtail.models import Page

from ..models import IndexedDocument
from .announcements import announcement_documents, live_announcements
from .drafts import DocumentDraft
from .pages import page_documents, public_pages, site_roots
from .services import catalogue_services, service_documents
from .store import replace_documents
from .version import bump_version


def reindex_subtree(page: Page) -> int:
    """Re-read a page and its descendants; pages no longer public drop out of the index."""
    subtree = Page.objects.filter(path__startswith=page.path)
    ids = list(subtree.values_list("pk", flat=True))
    roots = site_roots()
    drafts = [d for p in public_pages(subtree) for d in page_documents(p, roots)]
    return replace_documents(drafts, page_ids=ids)


def remove_subtree(page: Page) -> None:
    """Drop a page and its descendants at once (unpublish, restriction, deletion)."""
    ids = list(Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True))
    remove_pages([page.pk, *ids])


def remove_pages(page_ids: list[int]) -> None:
    with transaction.atomic():
        IndexedDocument.objects.filter(page_id__in=page_ids).delete()
        bump_version()


def reindex_announcement(announcement) -> None:
    replace_documents(
        announcement_documents(announcement), keys=[f"announcement:{announcement.pk}"]
    )


def remove_key(key: str) -> None:
    with transaction.atomic():
        IndexedDocument.objects.filter(key=key).delete()
        bump_version()


def reindex_service(service) -> None:
    replace_documents(service_documents(service), keys=[f"service:{service.slug}"])


def rebuild_all() -> int:
    """Rebuild the whole index from the database (management command, tests, recovery)."""
    roots = site_roots()
    drafts: list[DocumentDraft] = []
    for page in public_pages():
        drafts.extend(page_documents(page, roots))
    for announcement in live_announcements():
        drafts.extend(announcement_documents(announcement))
    for service in catalogue_services():
        drafts.extend(service_documents(service))
    with transaction.atomic():
        IndexedDocument.objects.all().delete()
        return replace_documents(drafts)
