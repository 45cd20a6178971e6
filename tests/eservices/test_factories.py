"""The test kit's e-service factories build what the real code builds (used by tests and demo)."""

import datetime as dt

import pytest

from eservice_bridge.audit.models import AuditEntry
from eservice_bridge.cases.models import Case, CaseState, DecisionOutcome
from eservice_bridge.cases.submission import fingerprint
from eservice_bridge.cases.workflow import ALLOWED
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.notices.models import Notice, NoticeKind
from eservice_bridge.payments.models import Payment, PaymentStatus
from eservice_bridge.test_data.factories import (
    ApplicantFactory,
    CaseFactory,
    DraftFactory,
    PaymentFactory,
    catalogue_service,
    school,
)

pytestmark = pytest.mark.django_db


def test_applicants_have_distinct_valid_pesels_matching_their_birth_dates():
    people = ApplicantFactory.create_batch(3)
    assert len({p.pesel for p in people}) == 3
    for person in people:
        assert pesel_rules.validate(person.pesel, person.birth_date) == person.birth_date


@pytest.mark.parametrize("state", [s for s in CaseState if s != CaseState.AWAITING_PAYMENT])
def test_a_case_reaches_every_state_through_allowed_transitions(state):
    case = CaseFactory(state=state)
    assert case.state == state
    moves = list(
        AuditEntry.objects.filter(case=case, action="zmiana-stanu")
        .order_by("pk")
        .values_list("detail", flat=True)
    )
    labels = {s.label: s.value for s in CaseState}
    previous = CaseState.SUBMITTED
    for detail in moves:
        before, after = (labels[part] for part in detail.split(" → "))
        assert before == previous and after in ALLOWED[before]
        previous = after
    assert previous == state


def test_a_decided_case_has_its_decision_and_the_applicants_notice():
    case = CaseFactory(state=CaseState.DECIDED, outcome=DecisionOutcome.REFUSE)
    assert case.decision.outcome == DecisionOutcome.REFUSE
    assert case.decision.justification
    assert Notice.objects.filter(case=case, kind=NoticeKind.DECISION_DELIVERED).count() == 1


def test_a_scholarship_is_filed_with_its_attachment_only_inside_the_window():
    service = catalogue_service("stypendium-szkolne")
    sp1 = school()
    case = CaseFactory(
        service=service, unit=sp1, submitted_at=dt.datetime(2026, 9, 5, 10, tzinfo=dt.UTC)
    )
    assert case.number.startswith("WO.4430.") and case.number.endswith(".2026")
    assert [a.kind for a in case.attachments.all()] == ["dochod"]
    assert case.upo_sha256 == fingerprint(case, list(case.attachments.all()))
    assert case.answers["uczen"]["school"] == str(sp1.home_id)
    with pytest.raises(ValueError, match="września"):
        CaseFactory(service=service, submitted_at=dt.datetime(2026, 11, 5, 10, tzinfo=dt.UTC))


def test_a_fee_case_awaits_its_payment_until_settled():
    duplicate = catalogue_service("duplikat-swiadectwa")
    waiting = CaseFactory(service=duplicate, state=CaseState.AWAITING_PAYMENT)
    assert not waiting.payments.exists()
    registered = CaseFactory(service=duplicate, state=CaseState.REGISTERED)
    paid = registered.payments.get()
    assert paid.status == PaymentStatus.PAID and paid.amount == 26
    with pytest.raises(ValueError, match="no fee"):
        CaseFactory(state=CaseState.AWAITING_PAYMENT)


def test_a_payment_defaults_to_an_open_one_of_a_case_awaiting_its_fee():
    payment = PaymentFactory()
    assert payment.case.state == CaseState.AWAITING_PAYMENT
    assert payment.is_open and payment.title.startswith(payment.case.number)
    assert Payment.objects.count() == 1


def test_drafts_are_numbered_only_when_filed():
    draft = DraftFactory()
    assert not Case.objects.exists() and draft.submitted_at is None
    assert sorted(draft.answers) == draft.completed_steps
