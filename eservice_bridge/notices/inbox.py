"""The applicant's notices, for the inbox ("Skrzynka") and the notice page."""

from django.db.models import QuerySet

from eservice_bridge import clock

from .models import Notice


def notices_for(applicant) -> QuerySet[Notice]:
    """The person's notices, newest first."""
    return Notice.objects.filter(applicant=applicant).order_by("-created_at", "-pk")


def unread_count(applicant) -> int:
    return notices_for(applicant).filter(read_at__isnull=True).count()


def mark_read(notice: Notice) -> bool:
    """Record the first reading; later readings change nothing. True when this was the first."""
    if notice.read_at is not None:
        return False
    now = clock.now()
    updated = Notice.objects.filter(pk=notice.pk, read_at__isnull=True).update(read_at=now)
    if updated:
        notice.read_at = now
    return bool(updated)
