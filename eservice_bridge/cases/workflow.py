"""Case states and the transitions allowed between them; every transition is audited."""

from django.db import transaction
from django.http import HttpRequest

from eservice_bridge.audit.recorder import record

from .models import Case, CaseState
from .signals import case_moved  # sent inside every transition (see signals.py)

S = CaseState
ALLOWED: dict[str, set[str]] = {
    # A fee-bearing case reaches staff only once paid (eservice_bridge.payments).
    S.AWAITING_PAYMENT: {S.SUBMITTED, S.WITHDRAWN},
    S.SUBMITTED: {S.REGISTERED, S.WITHDRAWN},
    S.REGISTERED: {S.IN_REVIEW, S.INFO_REQUESTED, S.DECIDED, S.WITHDRAWN},
    S.IN_REVIEW: {S.INFO_REQUESTED, S.DECIDED, S.WITHDRAWN},
    S.INFO_REQUESTED: {S.IN_REVIEW, S.DECIDED, S.WITHDRAWN},
    S.DECIDED: {S.CLOSED},
    S.CLOSED: set(),
    S.WITHDRAWN: set(),
}


__all__ = ["ALLOWED", "TransitionRefused", "can_move", "case_moved", "move"]


class TransitionRefused(ValueError):
    """The case cannot move to that state now; the message is Polish, for the user."""


def can_move(case: Case, target: str) -> bool:
    return target in ALLOWED.get(case.state, set())


def move(
    case: Case, target: str, request: HttpRequest | None, *, applicant=None, staff_user=None
) -> Case:
    """Move the case (row-locked) and write the audit entry in the same transaction."""
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if not can_move(locked, target):
            raise TransitionRefused(
                f"Sprawy w stanie „{locked.get_state_display()}” nie można przenieść do stanu "
                f"„{CaseState(target).label}”."
            )
        previous_state = locked.state
        previous = locked.get_state_display()
        locked.state = target
        locked.save(update_fields=["state", "updated_at"])
        record(
            request,
            "zmiana-stanu",
            case=locked,
            applicant=applicant,
            staff_user=staff_user,
            detail=f"{previous} → {locked.get_state_display()}",
        )
        case_moved.send(
            sender=Case,
            case=locked,
            previous=previous_state,
            target=target,
            request=request,
            applicant=applicant,
            staff_user=staff_user,
        )
    case.state = locked.state
    return locked
