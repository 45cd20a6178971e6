"""Preparation (not timed): schema, catalogue, schools, signed-in parents with completed drafts.

Runs inside Django configured with the production settings of the benchmark's environment.
Parents, their sessions and their drafts are written through the ORM and Django's session
store: 2,000 parents walking every step over HTTP would take minutes of a 2-core machine for
something the burst does not measure. The answers are what the HTTP steps would have stored:
each step's form is bound to the values a browser posts and saved with ``stored_values()``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from importlib import import_module


@dataclass(frozen=True)
class Job:
    """One parent at the check page, about to click "Wyślij"."""

    draft: str  # public id
    token: str  # the draft's submission token, as rendered into the form
    session: str  # session cookie value
    csrf: str  # CSRF cookie value (also posted as the form field)
    kind: str  # "normal", "double" (posted twice at once) or "abandon" (client gives up)


def migrate_and_seed(schools: int) -> None:
    from django.core.management import call_command

    call_command("migrate", "--no-input", verbosity=0)
    call_command("collectstatic", "--no-input", verbosity=0)
    call_command("seed_eservices", verbosity=0)
    _schools(schools)


def _schools(count: int) -> list[int]:
    from cms.home.models import SchoolHomePage
    from cms.home.unit_types import UnitType
    from cms.units.provisioning import provision_unit

    for number in range(1, count + 1):
        provision_unit(
            slug=f"sp{number}",
            official_name=f"Szkoła Podstawowa nr {number}",
            short_name=f"SP {number}",
            unit_type=UnitType.PRIMARY_SCHOOL,
        )
    return list(
        SchoolHomePage.objects.live()
        .filter(unit_type=UnitType.PRIMARY_SCHOOL)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _answers(service, number: int, schools: list[int], today: dt.date) -> dict:
    """The answers the three recruitment steps store for one child (validated by the forms)."""
    from eservice_bridge.applications import rules
    from eservice_bridge.forms import pesel as pesel_rules

    born = dt.date(2019, 1, 1) + dt.timedelta(days=number % 365)
    posted = {
        "dziecko": {
            "level": "klasa-1",
            "child_given_name": random.choice(["Ola", "Zosia", "Kuba", "Antek", "Hania"]),
            "child_family_name": f"Nowak-{number}",
            "child_birth_date": born.isoformat(),
            "child_pesel": pesel_rules.make(born, number, number % 10),
            "child_passport": "",
        },
        "rodzice": {
            "parent1_name": f"Rodzic {number}",
            "parent1_email": f"rodzic{number}@example.org",
            "parent1_phone": "600 100 200",
            "parent2_name": "",
            "parent2_email": "",
            "parent2_phone": "",
            "address": f"ul. Szkolna {number % 200 + 1}",
            "postal_code": "41-300",
            "city": "Dąbrowa Górnicza",
        },
        "preferencje": {
            "pref_1": str(schools[number % len(schools)]),
            "pref_2": str(schools[(number + 1) % len(schools)]),
            "pref_3": "",
        },
    }
    answers: dict = {}
    for slug, data in posted.items():
        form = rules.bind_step(service, slug, answers, today, data=data)
        if not form.is_valid():
            raise RuntimeError(f"bench answers for {slug} are invalid: {form.errors.as_text()}")
        answers[slug] = form.stored_values()
    return answers


def parents(count: int, first: int, double_share: float, abandon_share: float) -> list[Job]:
    """``count`` signed-in parents, each with a complete recruitment draft (numbered from first)."""
    from django.conf import settings
    from django.middleware.csrf import CSRF_ALLOWED_CHARS
    from django.utils.crypto import get_random_string

    from cms.home.models import SchoolHomePage
    from cms.home.unit_types import UnitType
    from eservice_bridge import clock
    from eservice_bridge.applications.models import Draft
    from eservice_bridge.catalogue.models import Service
    from eservice_bridge.forms import pesel as pesel_rules
    from eservice_bridge.identity.models import Applicant, AssuranceLevel
    from eservice_bridge.identity.session import SESSION_KEY
    from eservice_bridge.protection.crypto import lookup_digest

    service = Service.objects.get(slug="rekrutacja")
    schools = list(
        SchoolHomePage.objects.live()
        .filter(unit_type=UnitType.PRIMARY_SCHOOL)
        .values_list("pk", flat=True)
    )
    today = clock.today()
    rng = random.Random(first)
    applicants = []
    for number in range(first, first + count):
        born = dt.date(1980, 1, 1) + dt.timedelta(days=number % 5000)
        pesel = pesel_rules.make(born, number, 4)
        applicants.append(
            Applicant(
                given_name="Rodzic",
                family_name=f"Nowak-{number}",
                birth_date=born,
                pesel=pesel,
                pesel_digest=lookup_digest(pesel, "pesel"),
                email=f"rodzic{number}@example.org",
                assurance=AssuranceLevel.SUBSTANTIAL,
            )
        )
    applicants = Applicant.objects.bulk_create(applicants, batch_size=500)
    drafts = Draft.objects.bulk_create(
        [
            Draft(
                applicant=applicant,
                service=service,
                answers=_answers(service, first + index, schools, today),
                completed_steps=["dziecko", "preferencje", "rodzice"],
            )
            for index, applicant in enumerate(applicants)
        ],
        batch_size=500,
    )
    store = import_module(settings.SESSION_ENGINE).SessionStore
    jobs = []
    for applicant, draft in zip(applicants, drafts, strict=True):
        session = store()
        session[SESSION_KEY] = applicant.pk
        session.create()
        roll = rng.random()
        kind = (
            "double"
            if roll < double_share
            else "abandon"
            if roll < double_share + abandon_share
            else "normal"
        )
        jobs.append(
            Job(
                draft=str(draft.public_id),
                token=str(draft.submission_token),
                session=session.session_key,
                csrf=get_random_string(32, CSRF_ALLOWED_CHARS),
                kind=kind,
            )
        )
    return jobs
