"""Valid answers of the catalogue's forms, as a draft stores them (step slug → field → string).

They are what the step forms' ``stored_values()`` keep after a parent filled the steps in, so
they re-bind to the forms and pass ``applications.rules.problems``.
"""

from __future__ import annotations

import datetime as dt

from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.forms.units import DEPARTMENT_CHOICE

CHILD_BORN = dt.date(2015, 3, 21)
CHILD_PESEL = pesel_rules.make(CHILD_BORN, 777, 5)

CONTACT = {
    "given_name": "Anna",
    "family_name": "Testowa",
    "email": "anna@example.org",
    "phone": "32 123 45 67",
    "address": "ul. Szkolna 5/2",
    "postal_code": "41-300",
    "city": "Dąbrowa Górnicza",
}

INCOME = {
    "household_size": "4",
    "net_income": "2400,00",
    "farm_hectares": "0",
    "support_form": "rzeczowa",
}


def contact(**changes: str) -> dict[str, str]:
    return {**CONTACT, **changes}


def pupil(school_id: int, **extra: str) -> dict[str, str]:
    """The pupil step (scholarship, allowance, transport) for a child of the given school."""
    return {
        "child_given_name": "Tomek",
        "child_family_name": "Testowy",
        "child_birth_date": CHILD_BORN.isoformat(),
        "child_pesel": CHILD_PESEL,
        "school": str(school_id),
        "school_class": "5b",
        **extra,
    }


def scholarship(school_id: int, **income: str) -> dict[str, dict[str, str]]:
    """A scholarship application (needs an attachment of kind ``dochod`` to be submitted)."""
    return {
        "wnioskodawca": contact(),
        "uczen": pupil(school_id, school_kind="zwykla"),
        "dochod": {**INCOME, **income},
    }


def letter(addressee: int | str = DEPARTMENT_CHOICE, **changes: str) -> dict[str, dict[str, str]]:
    """A general letter to the department (default) or to a unit (its home page id)."""
    return {
        "nadawca": contact(),
        "pismo": {
            "addressee": str(addressee),
            "subject": "Pytanie",
            "content": "Treść pisma.",
            **changes,
        },
    }


def recruitment(
    school_id: int, given: str = "Ola", serial: int = 321, born: dt.date = dt.date(2019, 6, 1)
) -> dict[str, dict[str, str]]:
    """A first-grade recruitment application with one preferred school."""
    return {
        "dziecko": {
            "level": "klasa-1",
            "child_given_name": given,
            "child_family_name": "Nowak",
            "child_birth_date": born.isoformat(),
            "child_pesel": pesel_rules.make(born, serial, 4),
        },
        "rodzice": {
            "parent1_name": "Anna Nowak",
            "parent1_email": "anna@example.org",
            "parent1_phone": "600 100 200",
            "address": "ul. Leśna 1",
            "postal_code": "41-300",
            "city": "Dąbrowa Górnicza",
        },
        "preferencje": {"pref_1": str(school_id)},
    }


def duplicate(school_id: int, document: str = "swiadectwo") -> dict[str, dict[str, str]]:
    """A duplicate certificate (26 zł) or pupil ID (9 zł, needs a ``zdjecie`` attachment)."""
    return {
        "wnioskodawca": contact(),
        "dokument": {
            "document": document,
            "school": str(school_id),
            "holder_name": "Tomek Testowy",
            "holder_birth_date": "2012-03-21",
            "school_year": "2024/2025",
            "reason": "zgubiony",
        },
    }


# A moment inside the scholarship's window (1–15 September), for ESERVICES_NOW.
SCHOLARSHIP_DAY = "2026-09-05T10:00:00"
