"""Turning a draft into a case: one transaction, idempotent per draft."""

import hashlib
import json

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from eservice_bridge import clock
from eservice_bridge.audit.recorder import record
from eservice_bridge.cases.models import Case, CaseState
from eservice_bridge.cases.numbering import next_number

from . import rules
from .models import Attachment, Draft


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


def submit(draft: Draft, token: str, request: HttpRequest | None) -> tuple[Case, bool]:
    """Create the draft's case, or return the one it already has (created=False).

    The submission token must be the draft's own; the one-to-one draft→case constraint makes a
    second case impossible even for two requests racing each other.
    """
    existing = Case.objects.filter(draft=draft).first()
    if existing is not None:
        return existing, False
    if str(draft.submission_token) != (token or "").strip():
        raise SubmissionRefused(
            [
                rules.Problem(
                    "", "Formularz wygasł lub został zmieniony. Sprawdź dane i wyślij ponownie."
                )
            ]
        )
    try:
        with transaction.atomic():
            now = clock.now()
            # A write as the first statement takes the row lock (PostgreSQL) or the database
            # write lock (SQLite) before anything is read, so racing submissions queue up.
            Draft.objects.filter(pk=draft.pk).update(updated_at=timezone.now())
            locked = Draft.objects.select_for_update().get(pk=draft.pk)
            already = Case.objects.filter(draft=locked).first()
            if already is not None:
                return already, False
            attachments = list(locked.attachments.all())
            found = rules.problems(
                locked.service,
                locked.answers,
                {a.kind for a in attachments},
                timezone.localtime(now).date(),
            )
            if found:
                raise SubmissionRefused(found)
            handler, unit_page_id = rules.handling_unit(locked.service, locked.answers)
            case = Case(
                number=next_number(locked.service, timezone.localtime(now).year),
                service=locked.service,
                applicant=locked.applicant,
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
            case.upo_sha256 = fingerprint(case, attachments)
            case.save()
            Attachment.objects.filter(draft=locked).update(case=case)
            locked.submitted_at = now
            locked.save(update_fields=["submitted_at", "updated_at"])
            record(
                request,
                "zlozenie-wniosku",
                case=case,
                applicant=locked.applicant,
                detail=case.number,
            )
            return case, True
    except IntegrityError:
        existing = Case.objects.filter(draft=draft).first()
        if existing is None:
            raise
        return existing, False
