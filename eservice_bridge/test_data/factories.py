"""Factories for services, applicants, drafts, attachments, cases by state, payments, notices.

Cases are filed through the real submission code (``cases.submission.submit``) and moved
through the real transitions (``cases.workflow.move``, ``cases.delivery``), so a case built here
has its number, UPO digest, audit trail, decision and notices exactly as one a parent filed::

    CaseFactory()                                    # a general letter, submitted
    CaseFactory(state=CaseState.DECIDED, outcome=DecisionOutcome.REFUSE)
    CaseFactory(service=catalogue_service("stypendium-szkolne"), unit=sp1)  # in its window
    CaseFactory(service=catalogue_service("duplikat-swiadectwa"), state=CaseState.REGISTERED)
    CaseFactory(submitted_at=dt.datetime(2025, 9, 3, 10, tzinfo=dt.UTC))  # the clock frozen

The scholarship has a yearly window: file it with the clock inside it (``ESERVICES_NOW`` or
``submitted_at``), as a parent could only file it then.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import factory
from django.db import transaction
from django.test import override_settings

from cms.home.unit_types import UnitType
from cms.test_data.factories import UnitFactory, UserFactory, cuw_staff, department_staff
from cms.units.models import Unit
from eservice_bridge import clock
from eservice_bridge.applications import rules, uploads
from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.cases.delivery import issue_decision, request_information
from eservice_bridge.cases.models import Case, CaseState, DecisionOutcome
from eservice_bridge.cases.submission import submit
from eservice_bridge.cases.workflow import move
from eservice_bridge.catalogue.models import Handler, OutcomeKind, Service
from eservice_bridge.catalogue.seed import seed_services
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.identity.models import Applicant, AssuranceLevel
from eservice_bridge.notices.models import Notice, NoticeKind
from eservice_bridge.payments.checkout import fee_due, payment_title
from eservice_bridge.payments.models import Payment, PaymentStatus
from eservice_bridge.protection.crypto import lookup_digest
from eservice_bridge.retention.defaults import seed_retention_rules

from . import answers as sample_answers
from .files import PNG_BYTES, pdf_bytes


# ---------------------------------------------------------------- catalogue
def seed_catalogue() -> None:
    """The catalogue's services and their default retention rules, unless already there."""
    if not Service.objects.exists():
        seed_services()
        seed_retention_rules()


def catalogue_service(slug: str) -> Service:
    """A service of the catalogue by slug (the catalogue is seeded first if it is missing)."""
    service = Service.objects.filter(slug=slug).first()
    if service is None:
        seed_catalogue()
        service = Service.objects.get(slug=slug)
    return service


class ServiceFactory(factory.django.DjangoModelFactory):
    """A service of one's own (not the catalogue's); by default it takes a general letter."""

    slug = factory.Sequence(lambda n: f"usluga-testowa-{n}")
    name = factory.Sequence(lambda n: f"Usługa testowa {n}")
    description = "Opis usługi testowej."
    legal_basis = "Art. 1 ustawy testowej."
    handler = Handler.DEPARTMENT
    outcome = OutcomeKind.REPLY
    form_key = "pismo-ogolne"
    case_symbol = factory.Sequence(lambda n: f"TST.{n + 1}")
    information_clause = "Administratorem danych jest Prezydent Miasta Dąbrowa Górnicza."
    grant_template = "Sprawa {numer}: wniosek {wnioskodawca} rozpatrzono pozytywnie."
    refuse_template = "Sprawa {numer}: wniosek {wnioskodawca} rozpatrzono negatywnie."

    class Meta:
        model = Service
        django_get_or_create = ("slug",)


# ---------------------------------------------------------------- units the forms choose
def school(slug: str = "sp1") -> Unit:
    """A provisioned primary school (``sp1`` = „Szkoła Podstawowa nr 1”), reused if it exists."""
    return Unit.objects.filter(slug=slug).first() or UnitFactory(
        slug=slug,
        official_name=f"Szkoła Podstawowa nr {slug.removeprefix('sp')}",
        short_name=f"SP {slug.removeprefix('sp')}",
        unit_type=UnitType.PRIMARY_SCHOOL,
    )


def answers_for(service: Service, unit: Unit | None = None) -> dict:
    """Valid answers of the service's form; ``unit`` is the school chosen (default: sp1)."""
    key = service.form_key
    if key == "pismo-ogolne":
        return sample_answers.letter(unit.home_id if unit else "wydzial")
    unit = unit or school()
    if key == "stypendium-szkolne":
        return sample_answers.scholarship(unit.home_id)
    if key == "duplikat-swiadectwa":
        return sample_answers.duplicate(unit.home_id)
    if key == "rekrutacja":
        return sample_answers.recruitment(unit.home_id)
    raise ValueError(f"No sample answers for the form {key!r}: pass answers=… to the factory.")


# ---------------------------------------------------------------- applicants
def _birth_date(n: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=(n * 37) % 12000)


class ApplicantFactory(factory.django.DjangoModelFactory):
    """A parent signed in through the login node, with a valid PESEL matching the birth date."""

    given_name = "Anna"
    family_name = factory.Sequence(lambda n: f"Testowa{n}")
    birth_date = factory.Sequence(_birth_date)
    pesel = factory.LazyAttributeSequence(
        lambda o, n: pesel_rules.make(o.birth_date, n % 1000, 4 if o.given_name[-1] == "a" else 5)
    )
    pesel_digest = factory.LazyAttribute(lambda o: lookup_digest(o.pesel, "pesel"))
    email = factory.Sequence(lambda n: f"rodzic{n}@example.org")
    assurance = AssuranceLevel.SUBSTANTIAL

    class Meta:
        model = Applicant


class EmailApplicantFactory(ApplicantFactory):
    """A person signed in by an e-mail link: no name, no PESEL."""

    given_name = ""
    family_name = ""
    birth_date = None
    pesel = ""
    pesel_digest = ""
    assurance = AssuranceLevel.EMAIL


# ---------------------------------------------------------------- drafts and attachments
class AttachmentFactory(factory.django.DjangoModelFactory):
    """A file stored encrypted in private storage, as an upload is (PDF unless ``content``)."""

    applicant = factory.LazyAttribute(lambda o: o.draft.applicant)
    draft = None
    kind = "inne"
    original_name = factory.LazyAttribute(
        lambda o: "zdjecie.png" if o.content.startswith(b"\x89PNG") else "zaswiadczenie.pdf"
    )
    content_type = factory.LazyAttribute(
        lambda o: "image/png" if o.content.startswith(b"\x89PNG") else "application/pdf"
    )

    # Writing the encrypted file is part of building the row, as it is of an upload.
    stored_name = factory.LazyAttribute(lambda o: uploads.store(o.content))
    size = factory.LazyAttribute(lambda o: len(o.content))
    sha256 = factory.LazyAttribute(lambda o: hashlib.sha256(o.content).hexdigest())

    class Params:
        content = factory.LazyFunction(pdf_bytes)

    class Meta:
        model = Attachment


class DraftFactory(factory.django.DjangoModelFactory):
    """A draft with every step filled in and the required attachments added, ready to submit.

    ``unit`` is the school the answers choose (default sp1); ``answers`` overrides them all.
    """

    applicant = factory.SubFactory(ApplicantFactory)
    service = factory.LazyFunction(lambda: catalogue_service("pismo-ogolne"))
    answers = factory.LazyAttribute(lambda o: answers_for(o.service, o.unit))
    completed_steps = factory.LazyAttribute(
        lambda o: sorted(step for step in o.answers if not step.startswith("_"))
    )

    class Params:
        unit = None

    class Meta:
        model = Draft
        skip_postgeneration_save = True

    @factory.post_generation
    def attachments(self, create: bool, extracted: bool | None, **kwargs: Any) -> None:
        """The service's required attachments (``attachments=False`` leaves them out)."""
        if not create or extracted is False:
            return
        for code, _label in rules.required_attachments(self.service, self.answers):
            content = PNG_BYTES if code == "zdjecie" else pdf_bytes()
            AttachmentFactory(draft=self, applicant=self.applicant, kind=code, content=content)


# ---------------------------------------------------------------- cases by state
# The transitions that lead from a new case to each state ("pay" settles the fee first).
ROUTES: dict[str, tuple[str, ...]] = {
    CaseState.AWAITING_PAYMENT: (),
    CaseState.SUBMITTED: ("pay",),
    CaseState.REGISTERED: ("pay", CaseState.REGISTERED),
    CaseState.IN_REVIEW: ("pay", CaseState.REGISTERED, CaseState.IN_REVIEW),
    CaseState.INFO_REQUESTED: ("pay", CaseState.REGISTERED, CaseState.INFO_REQUESTED),
    CaseState.DECIDED: ("pay", CaseState.REGISTERED, CaseState.DECIDED),
    CaseState.CLOSED: ("pay", CaseState.REGISTERED, CaseState.DECIDED, CaseState.CLOSED),
    CaseState.WITHDRAWN: (CaseState.WITHDRAWN,),
}
INFORMATION_REQUEST = "Prosimy o dołączenie zaświadczenia o dochodach z sierpnia."
REFUSAL_JUSTIFICATION = "Dochód na osobę w rodzinie przekracza próg ustawowy."


def case_handler(case: Case):
    """A staff user who may handle the case (department staff, or the unit's secretariat)."""
    if case.handler == Handler.SCHOOL and case.unit_page_id:
        unit = Unit.objects.select_related("case_handlers_group").get(home_id=case.unit_page_id)
        return UserFactory(username=f"sekretariat-{unit.slug}", groups=[unit.case_handlers_group])
    if case.handler == Handler.CUW:
        return cuw_staff(username="prowadzacy-cuw")
    return department_staff(username="prowadzacy-wydzial")


def settle_fee(case: Case) -> Payment:
    """What a paid notification does: the payment is paid and the case reaches the staff."""
    payment = PaymentFactory(case=case, status=PaymentStatus.PAID)
    move(case, CaseState.SUBMITTED, None)
    return payment


def advance(
    case: Case,
    state: str,
    *,
    staff_user=None,
    outcome: str = DecisionOutcome.GRANT,
    justification: str = "",
    message: str = INFORMATION_REQUEST,
) -> Case:
    """Move a new case to ``state`` through the transitions a person would make."""
    route = ROUTES[state]
    if state == CaseState.AWAITING_PAYMENT and case.state != CaseState.AWAITING_PAYMENT:
        raise ValueError(f"{case.service.slug} takes no fee: its cases never await a payment.")
    for step in route:
        if step == "pay":
            if case.state == CaseState.AWAITING_PAYMENT:
                settle_fee(case)
            continue
        if step == CaseState.WITHDRAWN:
            move(case, step, None, applicant=case.applicant)
            continue
        staff_user = staff_user or case_handler(case)
        if step == CaseState.INFO_REQUESTED:
            request_information(case, message, staff_user, None)
        elif step == CaseState.DECIDED:
            if outcome == DecisionOutcome.REFUSE and not justification:
                justification = REFUSAL_JUSTIFICATION
            issue_decision(case, outcome, justification, staff_user, None)
        else:
            move(case, step, None, staff_user=staff_user)
    case.refresh_from_db()
    return case


class CaseFactory(factory.Factory):
    """A filed case, moved to ``state``; other keyword arguments go to ``DraftFactory``.

    ``staff_user`` makes the moves (default: someone who may handle the case); ``outcome`` and
    ``justification`` shape the decision, ``message`` the information request; ``submitted_at``
    freezes the e-services' clock while the case is filed and moved (``ESERVICES_NOW``).
    """

    state = CaseState.SUBMITTED

    class Meta:
        model = Case

    @classmethod
    def _build(cls, model_class: type[Case], *args: Any, **kwargs: Any) -> Case:
        raise NotImplementedError("A case is always filed: use CaseFactory(), not build().")

    @classmethod
    def _create(
        cls,
        model_class: type[Case],
        *,
        state: str,
        draft: Draft | None = None,
        staff_user=None,
        outcome: str = DecisionOutcome.GRANT,
        justification: str = "",
        message: str = INFORMATION_REQUEST,
        submitted_at: dt.datetime | None = None,
        **draft_kwargs: Any,
    ) -> Case:
        frozen = override_settings(ESERVICES_NOW=submitted_at.isoformat()) if submitted_at else None
        if frozen:
            frozen.enable()
        try:
            with transaction.atomic():
                draft = draft or DraftFactory(**draft_kwargs)
                case, _created = submit(draft, str(draft.submission_token), None)
                return advance(
                    case,
                    state,
                    staff_user=staff_user,
                    outcome=outcome,
                    justification=justification,
                    message=message,
                )
        finally:
            if frozen:
                frozen.disable()


# ---------------------------------------------------------------- payments and notices
def _fee_case() -> Case:
    return CaseFactory(
        service=catalogue_service("duplikat-swiadectwa"), state=CaseState.AWAITING_PAYMENT
    )


class PaymentFactory(factory.django.DjangoModelFactory):
    """A payment of a case's fee (default: a new duplicate-certificate case awaiting it).

    Only the payment's row: to settle a case as the gateway's notification does, use
    ``settle_fee`` or ``CaseFactory(state=…)`` past ``AWAITING_PAYMENT``.
    """

    case = factory.LazyFunction(_fee_case)
    amount = factory.LazyAttribute(lambda o: fee_due(o.case))
    currency = "PLN"
    title = factory.LazyAttribute(lambda o: payment_title(o.case))
    provider = "sandbox"
    provider_reference = factory.Sequence(lambda n: f"SBX-TEST{n:06d}")
    status = PaymentStatus.NEW
    created_at = factory.LazyFunction(clock.now)
    paid_at = factory.LazyAttribute(
        lambda o: clock.now() if o.status in (PaymentStatus.PAID,) else None
    )

    class Meta:
        model = Payment


class NoticeFactory(factory.django.DjangoModelFactory):
    """An in-portal notice (one per person, kind and event)."""

    applicant = factory.SubFactory(ApplicantFactory)
    kind = NoticeKind.SCHOLARSHIP_WINDOW
    event_key = factory.Sequence(lambda n: f"zdarzenie-{n}")
    title = "Ruszył nabór wniosków o stypendium szkolne"
    body = "Wnioski o stypendium szkolne można składać do 15 września."
    url = "/e-uslugi/stypendium-szkolne/"
    case = None
    created_at = factory.LazyFunction(clock.now)

    class Meta:
        model = Notice
