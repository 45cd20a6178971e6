"""Creating notices once per person and event, and e-mailing them once."""

import datetime as dt

from django.db import IntegrityError, transaction

from .mailing import address_for, send_pending
from .models import Notice
from .rules.due import Due


def publish(due: Due, now: dt.datetime) -> Notice | None:
    """Insert the notice; returns it only to the caller whose INSERT created it.

    The unique constraint (applicant, kind, event_key) decides between racing runs: the
    loser's INSERT fails inside its own savepoint and it sends nothing.
    """
    try:
        with transaction.atomic():
            return Notice.objects.create(
                applicant=due.applicant,
                kind=due.kind,
                event_key=due.event_key,
                title=due.title[:200],
                body=due.body,
                url=due.url,
                case=due.case,
                created_at=now,
                email_pending=bool(address_for(due.applicant, due.case)),
            )
    except IntegrityError:
        if Notice.objects.filter(
            applicant=due.applicant, kind=due.kind, event_key=due.event_key
        ).exists():
            return None
        raise


def publish_and_mail(due: Due, now: dt.datetime) -> tuple[Notice | None, bool]:
    """Publish; the creating caller then sends the e-mail (after its transaction committed)."""
    notice = publish(due, now)
    if notice is None:
        return None, False
    return notice, send_pending(notice, now)
