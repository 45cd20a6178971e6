"""Turning a draft into a case: one transaction, idempotent per draft.

Built for the recruitment-morning surge (``bench/eservices.py``): thousands of parents submit at
once, and every submission of a service shares one case-number counter. So the transaction
first does everything that concerns only this draft (lock it, re-validate, mark it submitted)
and takes the number last, right before the inserts that need it; the counter row is locked
only for those few statements and the commit. The draft's row lock (taken first) serialises a
double click on the same draft, and the one-to-one draft→case constraint stays the last guard.
"""

import hashlib
import json

from django.db import IntegrityError, connection, transaction
from django.db.models import Exists, OuterRef
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from eservice_bridge import clock
from eservice_bridge.applications import rules
from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.audit.recorder import record
from eservice_bridge.identity.models import Applicant
from eservice_bridge.identity.session import current_applicant

from .models import Case, CaseState
from .numbering import next_number


class SubmissionRefused(ValueError):
    """Nothing was created; ``problems`` say what to fix (Polish messages)."""

    def __init__(self, problems: list[rules.Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def fingerprint(case: Case, attachments: list[Attachment]) -> str:
    """SHA-256 over the application as received; printed on the UPO."""
    document = {
        "numer": case.number,
        "usluga": case.service.slug,
        "wplyw": case.submitted_at.isoformat(),
        "odpowiedzi": case.answers,
        "zalaczniki": [[a.kind, a.original_name, a.sha256] for a in attachments],
    }
    return hashlib.sha256(
        json.dumps(document, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()


def _lock(**lookup) -> Draft:
    """The draft as stored now, row-locked until the transaction ends.

    One query: the draft with its service, and whether it has attachments at all (most
    applications have none, so their list is not fetched). Raises ``Draft.DoesNotExist``.
    """
    if not connection.features.has_select_for_update:
        # SQLite: a write as the first statement takes the database write lock before anything
        # is read, so racing submissions queue up there too.
        Draft.objects.filter(**lookup).update(updated_at=timezone.now())
    return (
        Draft.objects.select_for_update(of=("self",))
        .select_related("service")
        .annotate(has_attachments=Exists(Attachment.objects.filter(draft=OuterRef("pk"))))
        .get(**lookup)
    )


def _applicant(locked: Draft, request: HttpRequest | None) -> Applicant:
    """The draft's applicant; the signed-in one the request has loaded already when it is them."""
    signed_in = current_applicant(request) if request is not None else None
    if signed_in is not None and signed_in.pk == locked.applicant_id:
        return signed_in
    return locked.applicant


def submit(draft: Draft, token: str, request: HttpRequest | None) -> tuple[Case, bool]:
    """Create the draft's case, or return the one it already has (created=False).

    The submission token must be the draft's own; the one-to-one draft→case constraint makes a
    second case impossible even for two requests racing each other.
    """
    return _submit({"pk": draft.pk}, token, request)


def submit_own(
    draft_id, applicant: Applicant, token: str, request: HttpRequest | None
) -> tuple[Case, bool]:
    """``submit`` for the signed-in applicant's draft by its public id, read once, locked.

    Raises ``Draft.DoesNotExist`` for a draft that is not hers (the view answers 404).
    """
    return _submit({"public_id": draft_id, "applicant": applicant}, token, request)


def _submit(lookup: dict, token: str, request: HttpRequest | None) -> tuple[Case, bool]:
    try:
        with transaction.atomic():
            locked = _lock(**lookup)
            # submitted_at and the case are written in one transaction: one implies the other.
            if locked.submitted_at is not None:
                return Case.objects.get(draft=locked), False
            if str(locked.submission_token) != (token or "").strip():
                raise SubmissionRefused(
                    [
                        rules.Problem(
                            "",
                            _(
                                "Formularz wygasł lub został zmieniony. "
                                "Sprawdź dane i wyślij ponownie."
                            ),
                        )
                    ]
                )
            now = clock.now()
            attachments = list(locked.attachments.all()) if locked.has_attachments else []
            found = rules.problems(
                locked.service,
                locked.answers,
                {a.kind for a in attachments},
                timezone.localtime(now).date(),
            )
            if found:
                raise SubmissionRefused(found)
            handler, unit_page_id = rules.handling_unit(locked.service, locked.answers)
            applicant = _applicant(locked, request)
            case = Case(
                service=locked.service,
                applicant=applicant,
                draft=locked,
                handler=handler,
                unit_page_id=unit_page_id,
                answers={k: v for k, v in locked.answers.items() if not k.startswith("_")},
                submitted_at=now,
                # A fee-bearing case waits for its payment before staff see it as received.
                state=(
                    CaseState.AWAITING_PAYMENT
                    if rules.fee_for(locked.service, locked.answers) > 0
                    else CaseState.SUBMITTED
                ),
            )
            locked.submitted_at = now
            locked.save(update_fields=["submitted_at", "updated_at"])
            # From here the service's counter row is locked until the commit: keep it short.
            case.number = next_number(locked.service, timezone.localtime(now).year)
            case.upo_sha256 = fingerprint(case, attachments)
            case.save(force_insert=True)
            if attachments:
                Attachment.objects.filter(pk__in=[a.pk for a in attachments]).update(case=case)
            record(
                request,
                "zlozenie-wniosku",
                case=case,
                applicant=applicant,
                detail=case.number,
            )
            return case, True
    except IntegrityError:
        existing = Case.objects.filter(**{f"draft__{k}": v for k, v in lookup.items()}).first()
        if existing is None:
            raise
        return existing, False
