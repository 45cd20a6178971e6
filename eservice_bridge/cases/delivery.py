"""Issuing decisions and information requests into the applicant's online inbox."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
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


def notify(case: Case, request: HttpRequest | None, what: str) -> bool:
    """E-mail notice without personal data: something is waiting in the inbox."""
    email = case.applicant.email or (case.answers.get("wnioskodawca", {}) or {}).get("email", "")
    email = email or next(
        (v.get("email") for v in case.answers.values() if isinstance(v, dict) and v.get("email")),
        "",
    )
    if not email:
        return False
    path = reverse("eservices:inbox")
    link = request.build_absolute_uri(path) if request is not None else path
    send_mail(
        subject=f"Nowe pismo w sprawie {case.number}",
        message=(
            f"Dzień dobry,\n\nw Twojej skrzynce e-usług czeka {what} w sprawie {case.number}.\n"
            f"Zaloguj się, aby je odczytać: {link}\n\n"
            "Pismo uznaje się za doręczone z chwilą otwarcia, a najpóźniej po 14 dniach.\n"
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )
    return True


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
    if notify(case, request, "rozstrzygnięcie"):
        decision.notice_sent_at = clock.now()
        decision.save(update_fields=["notice_sent_at"])
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
    notify(case, request, "wezwanie do uzupełnienia wniosku")
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
