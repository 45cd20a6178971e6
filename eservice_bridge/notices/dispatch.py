"""The scheduled run: evaluate every rule at ``now``, publish what is due, e-mail it once."""

import datetime as dt
import logging

from django.utils import timezone

from eservice_bridge import clock

from .mailing import send_pending
from .models import REMINDER_KINDS, Notice, NoticeKind
from .publishing import publish_and_mail
from .rules.audience import has_opted_out
from .rules.due import Due
from .rules.schedule import reminder_rules

log = logging.getLogger(__name__)

# E-mails that failed are retried by later runs for this long, then given up (the notice stays).
EMAIL_RETRY_WINDOW = dt.timedelta(days=2)
EMAILS = "emails"


def due_notices(now: dt.datetime | None = None) -> list[Due]:
    """What the rules say is due at ``now`` (nothing is created)."""
    now = _aware(now or clock.now())
    result: list[Due] = []
    for rule in reminder_rules():
        result.extend(rule(now))
    return result


def send_due_notices(now: dt.datetime | None = None) -> dict[str, int]:
    """Create the notices due at ``now`` and e-mail them; returns counts per kind and e-mails.

    Safe to run any number of times, also concurrently: each notice exists once per person
    and event, and only the run that created it (or claims a failed e-mail) sends the e-mail.
    """
    now = _aware(now or clock.now())
    counts = {kind.value: 0 for kind in NoticeKind}
    counts[EMAILS] = _retry_failed_emails(now)
    for due in due_notices(now):
        if due.kind in REMINDER_KINDS and has_opted_out(due.applicant):
            continue  # opted out between the rule's query and now
        notice, emailed = publish_and_mail(due, now)
        if notice is not None:
            counts[due.kind] += 1
            counts[EMAILS] += int(emailed)
    if any(counts.values()):
        log.info("Notices sent: %s", counts)
    return counts


def _aware(moment: dt.datetime) -> dt.datetime:
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def _retry_failed_emails(now: dt.datetime) -> int:
    sent = 0
    pending = Notice.objects.filter(
        email_pending=True, created_at__gte=now - EMAIL_RETRY_WINDOW, created_at__lt=now
    ).select_related("applicant", "case")
    for notice in pending:
        if notice.is_reminder and has_opted_out(notice.applicant):
            continue
        sent += int(send_pending(notice, now))
    return sent
