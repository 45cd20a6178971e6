"""Walking an applicant through a service over HTTP, the way a browser does."""

import datetime as dt

from eservice_bridge.applications.models import Draft
from eservice_bridge.forms import pesel as pesel_rules

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


def pupil(school_id: int, **extra) -> dict:
    return {
        "child_given_name": "Tomek",
        "child_family_name": "Testowy",
        "child_birth_date": CHILD_BORN.isoformat(),
        "child_pesel": CHILD_PESEL,
        "school": str(school_id),
        "school_class": "5b",
        **extra,
    }


INCOME = {
    "household_size": "4",
    "net_income": "2400,00",
    "farm_hectares": "0",
    "support_form": "rzeczowa",
}


def start(client, slug: str) -> Draft:
    response = client.post(f"/e-uslugi/{slug}/rozpocznij/")
    assert response.status_code == 302, response.content[:500]
    return Draft.objects.latest("created_at")


def post_step(client, draft: Draft, step: str, data: dict):
    return client.post(f"/e-uslugi/wnioski/{draft.public_id}/krok/{step}/", data)


def add_file(client, draft: Draft, kind: str, file):
    return client.post(
        f"/e-uslugi/wnioski/{draft.public_id}/zalaczniki/", {"kind": kind, "file": file}
    )


def scholarship_ready(client, school_id: int) -> Draft:
    from .conftest import pdf_bytes, upload

    draft = start(client, "stypendium-szkolne")
    assert post_step(client, draft, "wnioskodawca", CONTACT).status_code == 302
    assert (
        post_step(client, draft, "uczen", pupil(school_id, school_kind="zwykla")).status_code == 302
    )
    assert post_step(client, draft, "dochod", INCOME).status_code == 302
    assert (
        add_file(client, draft, "dochod", upload("dochody wrzesień.pdf", pdf_bytes())).status_code
        == 302
    )
    draft.refresh_from_db()
    return draft


def submit(client, draft: Draft, token: str | None = None):
    token = str(draft.submission_token) if token is None else token
    return client.post(f"/e-uslugi/wnioski/{draft.public_id}/wyslij/", {"submission_token": token})
