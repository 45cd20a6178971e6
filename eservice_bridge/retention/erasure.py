"""Deleting one case and everything holding its personal data, in one transaction.

Removed: the case row (with its encrypted answers), its attachments (rows now, encrypted files
after commit), information requests, internal comments, the decision, the draft and its audit
entries, which are replaced by one tombstone entry without personal data. The apps above cases
remove or detach what they hold about it on ``cases.signals.case_erasing`` (notices delete theirs;
payments, accounting records, are detached and counted).
"""

import datetime as dt
import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q

from eservice_bridge.applications import uploads
from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.audit.purge import replace_case_entries
from eservice_bridge.cases.models import Case, Decision
from eservice_bridge.cases.signals import case_erasing

from .assessment import assess
from .models import RetentionRule

logger = logging.getLogger(__name__)


@dataclass
class Erased:
    number: str
    service: str
    rule: str
    files: list[str] = field(default_factory=list)
    audit_entries: int = 0
    payments: int = 0  # records other apps keep detached, for the books (payments)


class ErasureBlocked(RuntimeError):
    """The case cannot be deleted safely now; the message is Polish and has no personal data."""


def case_attachments(case: Case):
    """Every attachment of the case: submitted, added to answers, or left on its draft."""
    return Attachment.objects.filter(
        Q(case=case) | Q(information_request__case=case) | Q(draft_id=case.draft_id)
    )


def erase_case(case_pk: int, rule: RetentionRule, today: dt.date) -> Erased | None:
    """Delete the case if its rule still says so (re-checked under a row lock).

    Returns None when, by the time of the lock, the case is no longer due (e.g. a court
    complaint was just flagged). Files are removed only after the transaction commits.
    """
    with transaction.atomic():
        case = Case.objects.select_for_update().filter(pk=case_pk).first()
        if case is None or not assess(case, rule, today).due:
            return None
        erased = Erased(number=case.number, service=case.service.slug, rule=rule.summary())
        draft_id = case.draft_id
        attachments = case_attachments(case)
        erased.files = list(attachments.values_list("stored_name", flat=True))
        responses = case_erasing.send(sender=Case, case=case)
        erased.payments = sum(kept for _receiver, kept in responses if kept)
        attachments.delete()
        Decision.objects.filter(case=case).delete()
        case.information_requests.all().delete()
        case.comments.all().delete()
        erased.audit_entries, _tombstone = replace_case_entries(
            case,
            detail=(
                f"Usunięto dane sprawy {erased.number} (usługa {erased.service}) "
                f"zgodnie z regułą przechowywania: {erased.rule}."
            ),
        )
        case.delete()
        Draft.objects.filter(pk=draft_id).delete()
        files = list(erased.files)
        transaction.on_commit(lambda: discard_files(files))
    return erased


def discard_files(stored_names: list[str]) -> None:
    for name in stored_names:
        try:
            uploads.discard(name)
        except OSError:
            # The row is gone already; a file left behind is logged by its random name only.
            logger.error("Retention: could not remove the stored file %s", name)
