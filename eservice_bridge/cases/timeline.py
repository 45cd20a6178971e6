"""A case's history as the applicant sees it, from the audit trail and the case's letters."""

import datetime as dt
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from eservice_bridge.audit.models import AuditEntry

from .models import Case, CaseState, Decision

TIMELINE_ACTIONS = ("zlozenie-wniosku", "zmiana-stanu")


@dataclass(frozen=True)
class TimelineEvent:
    at: dt.datetime
    title: str
    text: str = ""
    url: str = ""
    link_text: str = ""


def _state_by_label() -> dict[str, str]:
    return {str(label): value for value, label in CaseState.choices}


def _target_state(entry: AuditEntry, labels: dict[str, str]) -> str:
    """The state a "zmiana-stanu" entry moved to (its detail reads "previous → target")."""
    return labels.get(entry.detail.rsplit("→", 1)[-1].strip(), "")


def timeline(case: Case) -> list[TimelineEvent]:
    """The case's history in order: submission, every state change, requests, the decision.

    Built from the audit trail (the order of what happened), with the dates of the information
    requests, answers and the decision taken from their own records.
    """
    labels = _state_by_label()
    requests = list(case.information_requests.all())
    answered = [r for r in requests if r.answered_at]
    decision = Decision.objects.filter(case=case).first()
    entries = AuditEntry.objects.filter(case=case, action__in=TIMELINE_ACTIONS).order_by("at", "id")
    events: list[TimelineEvent] = []
    submitted_seen = False
    request_index = answer_index = 0
    for entry in entries:
        if entry.action == "zlozenie-wniosku":
            submitted_seen = True
            events.append(_submitted_event(case))
            continue
        target = _target_state(entry, labels)
        if target == CaseState.INFO_REQUESTED and request_index < len(requests):
            info = requests[request_index]
            request_index += 1
            events.append(
                TimelineEvent(
                    info.requested_at,
                    _("Wezwanie do uzupełnienia wniosku"),
                    info.message,
                )
            )
        elif (
            target == CaseState.IN_REVIEW
            and entry.applicant_id is not None  # the applicant's answer moved it back
            and answer_index < len(answered)
        ):
            info = answered[answer_index]
            answer_index += 1
            events.append(TimelineEvent(info.answered_at, _("Wysłano uzupełnienie wniosku")))
        elif target == CaseState.DECIDED and decision is not None:
            events.append(
                TimelineEvent(
                    decision.issued_at,
                    _("Wydano rozstrzygnięcie: %(outcome)s")
                    % {"outcome": decision.get_outcome_display()},
                    url=reverse("eservices:decision", args=[case.public_id]),
                    link_text=_("Przeczytaj rozstrzygnięcie"),
                )
            )
            if decision.first_opened_at:
                events.append(
                    TimelineEvent(
                        decision.first_opened_at,
                        _("Odebrano rozstrzygnięcie (doręczenie)"),
                    )
                )
        else:
            events.append(TimelineEvent(entry.at, _state_title(target, entry.detail)))
    if not submitted_seen:
        events.insert(0, _submitted_event(case))
    return events


def _submitted_event(case: Case) -> TimelineEvent:
    return TimelineEvent(
        case.submitted_at,
        _("Złożono wniosek"),
        _("Wniosek przyjęto; potwierdza to UPO."),
        url=reverse("eservices:upo", args=[case.public_id]),
        link_text=_("Zobacz UPO"),
    )


def _state_title(target: str, detail: str) -> str:
    titles = {
        CaseState.SUBMITTED: _("Opłata przyjęta – wniosek przekazany do rozpatrzenia"),
        CaseState.REGISTERED: _("Sprawa zarejestrowana"),
        CaseState.IN_REVIEW: _("Sprawa w rozpatrzeniu"),
        CaseState.INFO_REQUESTED: _("Wezwanie do uzupełnienia wniosku"),
        CaseState.DECIDED: _("Sprawa rozstrzygnięta"),
        CaseState.CLOSED: _("Sprawa zakończona"),
        CaseState.WITHDRAWN: _("Wniosek wycofany"),
        CaseState.AWAITING_PAYMENT: _("Oczekuje na opłatę"),
    }
    return titles.get(target) or _("Zmiana stanu: %(detail)s") % {"detail": detail}
