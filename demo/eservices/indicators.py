"""Demo history for the indicators dashboard: a year of past cases, so the charts show something.

Idempotent: the history belongs to demo applicants with e-mail addresses at HISTORY_DOMAIN;
when any exists (or the last 12 months already hold real cases) nothing is added. The rows are
the real models (Applicant, Draft, Case numbered by ``cases.numbering.next_number``, Decision,
and a paid Payment for fee-bearing cases), written in bulk.
"""

import datetime as dt
import hashlib
import random
import time
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.db import transaction

from cms.units.models import Unit
from eservice_bridge import clock
from eservice_bridge.applications.models import Draft
from eservice_bridge.applications.rules import fee_for
from eservice_bridge.cases.delivery import render_template
from eservice_bridge.cases.models import (
    Case,
    CaseState,
    Decision,
    DecisionOutcome,
    DeliveryChannel,
)
from eservice_bridge.cases.numbering import next_number
from eservice_bridge.catalogue.models import Handler, Service
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.identity.models import Applicant, AssuranceLevel
from eservice_bridge.payments.models import Payment, PaymentStatus
from eservice_bridge.protection.crypto import lookup_digest

HISTORY_DOMAIN = "historia.example.org"
HISTORY_DAYS = 365
EXISTING_CASES_ENOUGH = 20
APPLICANTS = 80
PAPER_SHARE = 0.06
WITHDRAWN_SHARE = 0.03
SEED = 2026

GIVEN = [
    "Anna",
    "Katarzyna",
    "Magdalena",
    "Agnieszka",
    "Joanna",
    "Piotr",
    "Tomasz",
    "Paweł",
    "Michał",
    "Krzysztof",
    "Marta",
    "Monika",
    "Ewa",
    "Marcin",
    "Łukasz",
    "Barbara",
]
FAMILY = [
    "Nowak",
    "Kowalczyk",
    "Wiśniewska",
    "Wójcik",
    "Kamińska",
    "Lewandowski",
    "Zielińska",
    "Szymański",
    "Woźniak",
    "Dąbrowska",
    "Kozłowski",
    "Jankowska",
    "Mazur",
    "Krawczyk",
]

# slug → (cases a year, typical handling days, months with most applications or None).
PROFILE: dict[str, tuple[int, float, tuple[int, ...] | None]] = {
    "rekrutacja": (110, 24.0, (3, 4)),
    "stypendium-szkolne": (70, 18.0, (9,)),
    "zasilek-szkolny": (12, 11.0, None),
    "dowoz-ucznia-niepelnosprawnego": (18, 21.0, (8, 9)),
    "duplikat-swiadectwa": (45, 6.0, None),
    "dofinansowanie-mlodocianych": (15, 27.0, (7, 8, 9)),
    "pismo-ogolne": (40, 9.0, None),
}
# Share of a seasonal service's cases that fall in its season.
SEASON_SHARE = 0.85


def _submission_time(rng: random.Random, now: dt.datetime, season) -> dt.datetime:
    for _attempt in range(40):
        moment = now - dt.timedelta(days=rng.uniform(1, HISTORY_DAYS))
        if season is None or moment.month in season or rng.random() > SEASON_SHARE:
            break
    office_hour = rng.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 20, 21])
    return moment.replace(hour=office_hour, minute=rng.randrange(60), second=rng.randrange(60))


def _applicants(rng: random.Random) -> list[Applicant]:
    people = []
    for index in range(APPLICANTS):
        born = dt.date(rng.randint(1975, 1995), rng.randint(1, 12), rng.randint(1, 28))
        number = pesel_rules.make(born, 100 + index, rng.randrange(10))
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        people.append(
            Applicant(
                given_name=given,
                family_name=family,
                birth_date=born,
                pesel=number,
                pesel_digest=lookup_digest(number, "pesel"),
                email=_history_email(index),
                email_digest=Applicant.email_digest_for(_history_email(index)),
                assurance=AssuranceLevel.SUBSTANTIAL,
            )
        )
    return Applicant.objects.bulk_create(people)


def _officer():
    user_model = get_user_model()
    from cms.units.staff import DEPARTMENT_STAFF_GROUP
    from demo.accounts import DEPARTMENT_USERNAME

    return (
        user_model.objects.filter(username=DEPARTMENT_USERNAME).first()
        or user_model.objects.filter(groups__name=DEPARTMENT_STAFF_GROUP).order_by("pk").first()
        or user_model.objects.filter(is_superuser=True).order_by("pk").first()
    )


def _history_email(index: int) -> str:
    return f"rodzic.{index + 1:03d}@{HISTORY_DOMAIN}"


def already_seeded() -> bool:
    # E-mails are encrypted: the first history applicant is found by her look-up digest.
    return Applicant.objects.filter(
        email_digest=Applicant.email_digest_for(_history_email(0))
    ).exists()


def seed_history(log: Callable[[str], None] = lambda _m: None) -> tuple[int, int, float]:
    """Write the history; (cases, decisions, seconds). Call only when not already seeded."""
    started = time.perf_counter()
    rng = random.Random(SEED)  # noqa: S311 - demo data, deterministic on purpose
    now = clock.now()
    services = {s.slug: s for s in Service.objects.filter(slug__in=PROFILE)}
    school_pages = list(Unit.objects.order_by("slug").values_list("home_id", flat=True))
    officer = _officer()

    with transaction.atomic():
        applicants = _applicants(rng)
        planned = []
        for slug, (count, typical_days, season) in PROFILE.items():
            service = services.get(slug)
            if service is None:
                continue
            for _n in range(count):
                planned.append((_submission_time(rng, now, season), service, typical_days))
        planned.sort(key=lambda item: item[0])

        drafts, cases, timings = [], [], []
        for when, service, typical_days in planned:
            applicant = rng.choice(applicants)
            handler, unit_page_id = service.handler, None
            if service.handler == Handler.SCHOOL:
                if school_pages and not (service.slug == "pismo-ogolne" and rng.random() < 0.25):
                    unit_page_id = rng.choice(school_pages)
                else:
                    handler = Handler.DEPARTMENT
            draft = Draft(applicant=applicant, service=service, answers={}, submitted_at=when)
            drafts.append(draft)
            number = next_number(service, when.year)
            cases.append(
                Case(
                    number=number,
                    service=service,
                    applicant=applicant,
                    draft=draft,
                    handler=handler,
                    unit_page_id=unit_page_id,
                    answers={},
                    submitted_at=when,
                    upo_sha256=hashlib.sha256(number.encode()).hexdigest(),
                    state=CaseState.SUBMITTED,
                )
            )
            days = min(max(rng.lognormvariate(0, 0.55) * typical_days, 0.2), 75.0)
            timings.append(days)
        Draft.objects.bulk_create(drafts)
        for case in cases:
            case.draft_id = case.draft.pk

        decided_cases, decisions = [], []
        for case, days in zip(cases, timings, strict=True):
            issued = case.submitted_at + dt.timedelta(days=days)
            if rng.random() < WITHDRAWN_SHARE:
                case.state = CaseState.WITHDRAWN
            elif issued > now or officer is None:
                case.state = rng.choice(
                    [CaseState.REGISTERED, CaseState.IN_REVIEW, CaseState.INFO_REQUESTED]
                )
            else:
                old = (now - issued).days > 30
                case.state = CaseState.CLOSED if old and rng.random() < 0.7 else CaseState.DECIDED
                decided_cases.append((case, issued))
        Case.objects.bulk_create(cases)

        for case, issued in decided_cases:
            outcome = DecisionOutcome.GRANT if rng.random() < 0.85 else DecisionOutcome.REFUSE
            opened = issued + dt.timedelta(hours=rng.uniform(1, 200))
            decisions.append(
                Decision(
                    case=case,
                    outcome=outcome,
                    delivery_channel=(
                        DeliveryChannel.PAPER
                        if rng.random() < PAPER_SHARE
                        else DeliveryChannel.PORTAL
                    ),
                    body=render_template(case, outcome),
                    justification=""
                    if outcome == DecisionOutcome.GRANT
                    else "Nie spełniono warunków określonych w przepisach (dane demonstracyjne).",
                    appeal_instruction=case.service.appeal_instruction,
                    issued_by=officer,
                    issued_at=issued,
                    notice_sent_at=issued,
                    first_opened_at=opened if opened < now and rng.random() < 0.9 else None,
                )
            )
        Decision.objects.bulk_create(decisions)

        fees = {service.pk: fee_for(service, {}) for service in services.values()}
        fee_cases = [c for c in cases if fees[c.service.pk] and c.state != CaseState.WITHDRAWN]
        Payment.objects.bulk_create(
            Payment(
                case=case,
                amount=fees[case.service.pk],
                title=f"{case.number} {case.service.name}",
                provider="sandbox",
                provider_reference=f"demo-{case.number}",
                status=PaymentStatus.PAID,
                created_at=case.submitted_at,
                paid_at=case.submitted_at + dt.timedelta(minutes=3),
            )
            for case in fee_cases
        )
    seconds = time.perf_counter() - started
    log(f"Historia e-usług: {len(cases)} spraw, {len(decisions)} rozstrzygnięć, {seconds:.1f} s")
    return len(cases), len(decisions), seconds


def seed_demo() -> str:
    """Seed a year of past cases unless the history (or enough real cases) is already there."""
    if already_seeded():
        return "Wskaźniki e-usług: historia demonstracyjna już jest — pominięto."
    since = clock.now() - dt.timedelta(days=HISTORY_DAYS)
    if Case.objects.filter(submitted_at__gte=since).count() >= EXISTING_CASES_ENOUGH:
        return "Wskaźniki e-usług: w ostatnim roku są już sprawy — historii nie dodano."
    if not Service.objects.filter(slug__in=PROFILE).exists():
        return "Wskaźniki e-usług: brak katalogu e-usług (uruchom seed_eservices) — pominięto."
    cases, decisions, seconds = seed_history()
    return (
        f"Wskaźniki e-usług: dodano historię {cases} spraw i {decisions} rozstrzygnięć "
        f"z ostatnich 12 miesięcy w {seconds:.1f} s."
    )
