"""E-services fixtures: the catalogue, units with staff, signed-in applicants, filed cases.

Everything is built with the test kit's factories (``cms.test_data``,
``eservice_bridge.test_data``); only the tests of the applying flow itself walk through the HTTP
forms (``tests/eservices/flows.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.test import Client

from cms.home.unit_types import UnitType
from cms.test_data.factories import UnitFactory, UserFactory
from cms.units.models import Unit
from cms.units.staff import ensure_department_groups
from eservice_bridge.cases.models import Case
from eservice_bridge.catalogue.models import Service
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.identity.models import Applicant
from eservice_bridge.identity.session import SESSION_KEY
from eservice_bridge.test_data.factories import (
    ApplicantFactory,
    CaseFactory,
    catalogue_service,
    seed_catalogue,
)


@pytest.fixture
def catalogue(db) -> dict[str, Service]:
    """The service catalogue (seeded once per test database; seeded again only after a flush)."""
    seed_catalogue()
    return {s.slug: s for s in Service.objects.all()}


@pytest.fixture
def school(db):
    """One unit (cheaper than ``units`` for tests that only need a school to choose)."""
    return {
        "sp1": UnitFactory(slug="sp1", official_name="Szkoła Podstawowa nr 1", short_name="SP 1")
    }


@pytest.fixture
def units(school):
    return {
        **school,
        "sp2": UnitFactory(slug="sp2", official_name="Szkoła Podstawowa nr 2", short_name="SP 2"),
        "pm1": UnitFactory(
            slug="pm1",
            official_name="Przedszkole Miejskie nr 1",
            short_name="PM 1",
            unit_type=UnitType.KINDERGARTEN,
        ),
    }


def _staff(username: str, *groups):
    return UserFactory(username=username, groups=list(groups))


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


def _applicant(given: str, family: str, born: dt.date, serial: int, email: str) -> Applicant:
    return ApplicantFactory(
        given_name=given,
        family_name=family,
        birth_date=born,
        pesel=pesel_rules.make(born, serial, 4),
        email=email,
    )


def _sign_in(client: Client, applicant: Applicant) -> Client:
    session = client.session
    session[SESSION_KEY] = applicant.pk
    session.save()
    return client


@pytest.fixture
def sign_in() -> Callable[[Client, Applicant], Client]:
    """``sign_in(client, applicant)``: the client's session is the applicant's (login node)."""
    return _sign_in


@pytest.fixture
def applicant_a(db):
    return _applicant("Anna", "Testowa", dt.date(1985, 4, 12), 402, "anna@example.org")


@pytest.fixture
def applicant_b(db):
    return _applicant("Jan", "Próbny", dt.date(1979, 11, 3), 551, "jan@example.org")


@pytest.fixture
def client_a(client, applicant_a):
    return _sign_in(client, applicant_a)


@pytest.fixture
def client_b(applicant_b):
    return _sign_in(Client(), applicant_b)


def _signed_in(client: Client) -> Applicant:
    return Applicant.objects.get(pk=client.session[SESSION_KEY])


@pytest.fixture
def scholarship_case(db) -> Callable[[Client, int], Case]:
    """``scholarship_case(client, school_id)``: a filed scholarship of the client's applicant.

    Filed at the e-services' clock (set ``ESERVICES_NOW`` inside the window), with the income
    certificate attached, through the factories (the HTTP flow is tested in test_applying).
    """

    def file(client: Client, school_id: int) -> Case:
        return CaseFactory(
            applicant=_signed_in(client),
            service=catalogue_service("stypendium-szkolne"),
            unit=Unit.objects.get(home_id=school_id),
        )

    return file


@pytest.fixture
def letter_case(db) -> Callable[[Client, str], Case]:
    """``letter_case(client, addressee)``: a filed general letter to a unit (home page id) or
    to the department (``"wydzial"``)."""
    from eservice_bridge.test_data import answers

    def file(client: Client, addressee: str) -> Case:
        return CaseFactory(
            applicant=_signed_in(client),
            service=catalogue_service("pismo-ogolne"),
            answers=answers.letter(addressee),
        )

    return file


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and artifacts live in the cache: every test starts clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
