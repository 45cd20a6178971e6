"""What the retention rule says about one case today: keep it (why) or delete it (from when).

Definitions (docs/retention.md):
- a case has *ended* once it is decided, closed or withdrawn; the end is the latest of the
  decision's issue and the recorded closing or withdrawal;
- recruitment: a child is *admitted* when the decision is positive; those cases are never deleted
  by the portal's task. A child is *not admitted* when the decision is negative (counted from its
  issue) or when the case was withdrawn or closed without a decision (counted from that end);
  such data is deleted ``period_years`` after, unless a court complaint is flagged;
- category B: deleted on 1 January of the year after the end, plus ``period_years`` years;
- category A: never deleted by the task.
"""

import datetime as dt
import enum
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from eservice_bridge.audit.models import AuditEntry
from eservice_bridge.cases.models import Case, CaseState, Decision, DecisionOutcome

from .models import CaseEnding, RetentionKind, RetentionRule

ENDED_STATES = frozenset({CaseState.DECIDED, CaseState.CLOSED, CaseState.WITHDRAWN})


class Status(enum.Enum):
    DUE = "due"  # the period is over: delete now
    SCHEDULED = "scheduled"  # will be deleted on ``delete_on``
    ATTENDANCE = "attendance"  # admitted child: kept until the end of attendance
    COMPLAINT = "complaint"  # not admitted, but a court complaint is pending
    OPEN = "open"  # the case has not ended; the period has not started
    PERMANENT = "permanent"  # archival category A
    NO_RULE = "no-rule"  # the service has no rule: kept and reported


@dataclass(frozen=True)
class Verdict:
    status: Status
    delete_on: dt.date | None = None

    @property
    def due(self) -> bool:
        return self.status is Status.DUE

    def describe(self) -> str:
        """The status in Polish, as staff see it on the case page."""
        if self.status in (Status.DUE, Status.SCHEDULED):
            return _("dane zostaną usunięte dnia %(d)s") % {"d": f"{self.delete_on:%d.%m.%Y}"}
        return {
            Status.ATTENDANCE: _("przechowywane do końca uczęszczania dziecka (dziecko przyjęte)"),
            Status.COMPLAINT: _("usuwanie wstrzymane: skarga do sądu administracyjnego"),
            Status.OPEN: _("sprawa w toku – okres przechowywania biegnie od jej zakończenia"),
            Status.PERMANENT: _("materiały archiwalne (kategoria A) – nie są usuwane"),
            Status.NO_RULE: _(
                "brak reguły przechowywania dla tej usługi – dane nie będą usuwane, "
                "dopóki dział nie ustali reguły"
            ),
        }[self.status]


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)


def _local_date(moment: dt.datetime) -> dt.date:
    return timezone.localtime(moment).date()


def _decision(case: Case) -> Decision | None:
    try:
        return case.decision
    except Decision.DoesNotExist:
        return None


def ended_at(case: Case) -> dt.datetime | None:
    """When the case ended, or None while it is open."""
    if case.state not in ENDED_STATES:
        return None
    marks: list[dt.datetime] = []
    decision = _decision(case)
    if decision is not None:
        marks.append(decision.issued_at)
    try:
        ending = case.retention_ending
    except CaseEnding.DoesNotExist:
        ending = None
    if ending is not None:
        marks.append(ending.ended_at)
    if not marks:
        # Ended before the retention app recorded endings: the last state change, else the
        # last update of the row.
        last_move = (
            AuditEntry.objects.filter(case=case, action="zmiana-stanu").order_by("-at").first()
        )
        marks.append(last_move.at if last_move else case.updated_at)
    return max(marks)


def rule_for(case: Case) -> RetentionRule | None:
    return RetentionRule.objects.filter(service_id=case.service_id).first()


def assess(case: Case, rule: RetentionRule | None, today: dt.date) -> Verdict:
    if rule is None:
        return Verdict(Status.NO_RULE)
    if rule.kind == RetentionKind.PERMANENT:
        return Verdict(Status.PERMANENT)
    end = ended_at(case)
    if end is None:
        return Verdict(Status.OPEN)
    if rule.kind == RetentionKind.RECRUITMENT:
        decision = _decision(case)
        if decision is not None and decision.outcome == DecisionOutcome.GRANT:
            return Verdict(Status.ATTENDANCE)
        if case.court_complaint_pending:
            return Verdict(Status.COMPLAINT)
        start = decision.issued_at if decision is not None else end
        delete_on = add_years(_local_date(start), rule.period_years)
    else:
        delete_on = dt.date(_local_date(end).year + 1 + rule.period_years, 1, 1)
    return Verdict(Status.DUE if today >= delete_on else Status.SCHEDULED, delete_on)
