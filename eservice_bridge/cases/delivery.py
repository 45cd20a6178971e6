"""Issuing decisions and information requests into the applicant's online inbox."""

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from eservice_bridge import clock
from eservice_bridge.audit.recorder import record

from .models import (
    Case,
    CaseState,
    Decision,
    DecisionOutcome,
    DeliveryChannel,
    InformationRequest,
)
from .signals import decision_issued, information_requested
from .workflow import TransitionRefused, can_move, move


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render_template(case: Case, outcome: str) -> str:
    service = case.service
    template = (
        service.grant_template if outcome == DecisionOutcome.GRANT else service.refuse_template
    )
    return template.format_map(
        _Blank(
            wnioskodawca=case.applicant.display_name,
            numer=case.number,
            usluga=service.name,
            data_wplywu=timezone.localtime(case.submitted_at).strftime("%d.%m.%Y"),
        )
    )


def issue_decision(
    case: Case,
    outcome: str,
    justification: str,
    user,
    request: HttpRequest | None,
    *,
    delivery_channel: str = DeliveryChannel.PORTAL,
) -> Decision:
    if not can_move(case, CaseState.DECIDED):
        raise TransitionRefused(
            f"W stanie „{case.get_state_display()}” nie można wydać rozstrzygnięcia."
        )
    if outcome == DecisionOutcome.REFUSE and not justification.strip():
        raise TransitionRefused("Rozstrzygnięcie odmowne wymaga uzasadnienia.")
    with transaction.atomic():
        decision = Decision.objects.create(
            case=case,
            outcome=outcome,
            delivery_channel=delivery_channel,
            body=render_template(case, outcome),
            justification=justification.strip(),
            appeal_instruction=case.service.appeal_instruction,
            issued_by=user,
            issued_at=clock.now(),
        )
        move(case, CaseState.DECIDED, request, staff_user=user)
        record(
            request,
            "wydanie-rozstrzygniecia",
            case=case,
            staff_user=user,
            detail=decision.get_outcome_display(),
        )
    # The notices app puts it in the inbox and e-mails (name and link only).
    decision_issued.send(sender=Decision, decision=decision, request=request)
    return decision


def request_information(
    case: Case, message: str, user, request: HttpRequest | None
) -> InformationRequest:
    if not message.strip():
        raise TransitionRefused("Wpisz treść wezwania.")
    if not can_move(case, CaseState.INFO_REQUESTED):
        raise TransitionRefused(
            f"W stanie „{case.get_state_display()}” nie można wezwać do uzupełnienia."
        )
    with transaction.atomic():
        info = InformationRequest.objects.create(
            case=case, message=message.strip(), requested_by=user, requested_at=clock.now()
        )
        move(case, CaseState.INFO_REQUESTED, request, staff_user=user)
    information_requested.send(sender=InformationRequest, info=info, request=request)
    return info


def mark_opened(decision: Decision, request: HttpRequest, applicant) -> None:
    """Record the first opening (deemed delivery); later openings change nothing."""
    if decision.first_opened_at is None:
        updated = Decision.objects.filter(pk=decision.pk, first_opened_at__isnull=True).update(
            first_opened_at=clock.now()
        )
        if updated:
            decision.refresh_from_db(fields=["first_opened_at"])
            record(request, "odebranie-rozstrzygniecia", case=decision.case, applicant=applicant)
