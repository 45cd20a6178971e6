"""Deleting one case and everything holding its personal data, in one transaction.

Removed: the case row (with its encrypted answers), its attachments (rows now, encrypted files
after commit), information requests, internal comments, the decision, the draft, notices about
it, its payments' personal data (through the payments app's hook) and its audit entries, which
are replaced by one tombstone entry without personal data.
"""

import datetime as dt
import logging
from dataclasses import dataclass, field
from importlib import import_module

from django.apps import apps
from django.db import models, transaction
from django.db.models import Q

from eservice_bridge.applications import uploads
from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.audit.purge import replace_case_entries
from eservice_bridge.cases.models import Case, Decision

from .assessment import assess
from .models import RetentionRule

logger = logging.getLogger(__name__)

# Payments (app eservice_payments) are accounting records and outlive their case. Their app keeps
# no personal data in them and detaches them (Payment.case is SET_NULL). Should that change, the
# app provides ``forget_case(case) -> int`` in this module, called before the case row goes, to
# strip the payer's personal data and detach them. See docs/retention.md.
PAYMENTS_HOOK = "eservice_bridge.payments.retention"


@dataclass
class Erased:
    number: str
    service: str
    rule: str
    files: list[str] = field(default_factory=list)
    audit_entries: int = 0
    payments: int = 0  # payment records stripped or detached (they stay, for the books)


class ErasureBlocked(RuntimeError):
    """The case cannot be deleted safely now; the message is Polish and has no personal data."""


def payments_hook():
    """The payments app's ``forget_case`` or None while it has none."""
    try:
        module = import_module(PAYMENTS_HOOK)
    except ModuleNotFoundError:
        return None
    return getattr(module, "forget_case", None)


def payment_relations() -> list:
    """Relations from payments models to cases (empty while the payments app has none)."""
    try:
        config = apps.get_app_config("eservice_payments")
    except LookupError:
        return []
    return [
        f
        for model in config.get_models()
        for f in model._meta.get_fields()
        if f.is_relation
        and (f.many_to_one or f.one_to_one)
        and not f.auto_created
        and f.related_model is Case
    ]


def _settle_payments(case: Case) -> int:
    """Without the hook: payments detached by SET_NULL keep only accounting data (their app's
    promise); a relation that would delete or block them stops this case's deletion."""
    detached = 0
    for relation in payment_relations():
        payments = relation.model._default_manager.filter(**{relation.name: case})
        if not payments.exists():
            continue
        if relation.remote_field.on_delete is not models.SET_NULL:
            raise ErasureBlocked(
                "sprawa ma zapisy płatności, których nie można odłączyć, a moduł płatności "
                "nie udostępnia funkcji usuwania danych płatnika"
            )
        detached += payments.count()
    return detached


def _delete_notices(case: Case) -> None:
    try:
        notice_model = apps.get_model("eservice_notices", "Notice")
    except LookupError:
        return
    if any(f.name == "case" for f in notice_model._meta.get_fields()):
        notice_model.objects.filter(case=case).delete()


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
        hook = payments_hook()
        if hook is not None:
            erased.payments = hook(case)
        else:
            erased.payments = _settle_payments(case)
        _delete_notices(case)
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
