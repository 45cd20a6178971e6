"""Department announcements as documents; their audience is resolved per asking site."""

from cms.announcements.models import Announcement

from ..models import DocumentKind
from .drafts import DocumentDraft
from .plain_text import html_to_text


def announcement_documents(announcement: Announcement) -> list[DocumentDraft]:
    """One document for a live announcement (none for drafts and unpublished ones)."""
    if not announcement.live:
        return []
    return [
        DocumentDraft(
            key=f"announcement:{announcement.pk}",
            kind=DocumentKind.ANNOUNCEMENT,
            title=announcement.title,
            path="/",
            text=html_to_text(announcement.body),
            audience={
                "audience": announcement.audience,
                "unit_types": list(announcement.unit_types or []),
                "unit_home_ids": [unit.pk for unit in announcement.units.all()],
            },
            valid_from=announcement.active_from,
            valid_to=announcement.active_to,
        )
    ]


def live_announcements() -> list[Announcement]:
    return list(Announcement.objects.filter(live=True).prefetch_related("units"))
