"""E-services fixtures: the seeded catalogue, units with staff, signed-in applicants, files."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from fpdf import FPDF

from cms.home.unit_types import UnitType
from cms.units.provisioning import provision_unit
from cms.units.staff import ensure_department_groups
from eservice_bridge.catalogue.models import Service
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.identity.models import Applicant, AssuranceLevel
from eservice_bridge.identity.session import SESSION_KEY
from eservice_bridge.protection.crypto import lookup_digest

SCHOLARSHIP_DAY = "2026-09-05T10:00:00"


@pytest.fixture
def catalogue(db) -> dict[str, Service]:
    call_command("seed_eservices", verbosity=0)
    return {s.slug: s for s in Service.objects.all()}


@pytest.fixture
def school(db):
    """One unit (cheaper than ``units`` for tests that only need a school to choose)."""
    sp1, _ = provision_unit(
        slug="sp1",
        official_name="Szkoła Podstawowa nr 1",
        short_name="SP 1",
        unit_type=UnitType.PRIMARY_SCHOOL,
    )
    return {"sp1": sp1}


@pytest.fixture
def units(school):
    sp1 = school["sp1"]
    sp2, _ = provision_unit(
        slug="sp2",
        official_name="Szkoła Podstawowa nr 2",
        short_name="SP 2",
        unit_type=UnitType.PRIMARY_SCHOOL,
    )
    pm1, _ = provision_unit(
        slug="pm1",
        official_name="Przedszkole Miejskie nr 1",
        short_name="PM 1",
        unit_type=UnitType.KINDERGARTEN,
    )
    return {"sp1": sp1, "sp2": sp2, "pm1": pm1}


def _staff(username: str, *groups):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "haslo-123-xyz"
    )
    for group in groups:
        user.groups.add(group)
    return user


@pytest.fixture
def staff(units):
    department, cuw = ensure_department_groups()
    return {
        "department": _staff("wydzial", department),
        "cuw": _staff("cuw", cuw),
        "sp1": _staff("sekretariat-sp1", units["sp1"].case_handlers_group),
        "sp2": _staff("sekretariat-sp2", units["sp2"].case_handlers_group),
        "sp1_editor": _staff("redaktor-sp1", units["sp1"].editors_group),
        "sp1_moderator": _staff("moderator-sp1", units["sp1"].moderators_group),
        "nobody": _staff("redaktor-bez-grupy"),
    }


def make_applicant(
    given="Anna", family="Testowa", born=dt.date(1985, 4, 12), serial=402, email="anna@example.org"
):
    number = pesel_rules.make(born, serial, 4)
    return Applicant.objects.create(
        given_name=given,
        family_name=family,
        birth_date=born,
        pesel=number,
        pesel_digest=lookup_digest(number, "pesel"),
        email=email,
        assurance=AssuranceLevel.SUBSTANTIAL,
    )


def sign_in_client(client, applicant):
    session = client.session
    session[SESSION_KEY] = applicant.pk
    session.save()
    return client


@pytest.fixture
def applicant_a(db):
    return make_applicant()


@pytest.fixture
def applicant_b(db):
    return make_applicant("Jan", "Próbny", dt.date(1979, 11, 3), 551, "jan@example.org")


@pytest.fixture
def client_a(client, applicant_a):
    return sign_in_client(client, applicant_a)


@pytest.fixture
def client_b(applicant_b):
    from django.test import Client

    return sign_in_client(Client(), applicant_b)


def pdf_bytes(text: str = "Zaświadczenie o dochodach") -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, text.encode("ascii", "ignore").decode())
    return bytes(pdf.output())


def upload(name: str, content: bytes, content_type: str = "application/pdf"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type=content_type)


PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and artifacts live in the cache: every test starts clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
