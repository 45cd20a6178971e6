"""Each service's own rules, through its form steps over HTTP; and the PESEL algorithm."""

import datetime as dt

import pytest

from eservice_bridge.cases.models import Case
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.forms.nip import is_valid as nip_valid
from eservice_bridge.forms.windows import add_months
from eservice_bridge.test_data.answers import CHILD_PESEL, CONTACT, pupil
from eservice_bridge.test_data.files import PNG_BYTES, pdf_bytes, upload

from .flows import add_file, post_step, start, submit

pytestmark = pytest.mark.django_db


# ------------------------------------------------------------------ PESEL, NIP, months
@pytest.mark.parametrize(
    ("born", "century_month"),
    [(dt.date(1899, 12, 31), 92), (dt.date(1985, 4, 12), 4), (dt.date(2015, 3, 21), 23)],
)
def test_pesel_encodes_century_in_month(born, century_month):
    number = pesel_rules.make(born, 123, 5)
    assert int(number[2:4]) == century_month
    assert pesel_rules.checksum_ok(number)
    assert pesel_rules.birth_date(number) == born


def test_known_valid_pesel_and_errors():
    assert pesel_rules.checksum_ok("44051401359")  # the classic published example
    assert not pesel_rules.checksum_ok("44051401358")
    with pytest.raises(pesel_rules.PeselError, match="nieprawidłową datę"):
        pesel_rules.birth_date(fix_checksum("9902300000"))  # 30 February
    with pytest.raises(pesel_rules.PeselError, match="nie zgadza się"):
        pesel_rules.validate("44051401359", dt.date(1944, 5, 15))


def fix_checksum(body: str) -> str:
    weights = pesel_rules.WEIGHTS
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + str((10 - total % 10) % 10)


def test_nip_checksum():
    assert nip_valid("526-000-12-46")  # Polish public sector example
    assert not nip_valid("5260001247")
    assert not nip_valid("123")


def test_calendar_months():
    assert add_months(dt.date(2026, 12, 31), 2) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2026, 1, 15), 2) == dt.date(2026, 3, 15)


# ------------------------------------------------------------------ recruitment
@pytest.fixture
def recruitment(client_a, catalogue):
    draft = start(client_a, "rekrutacja")
    child = {
        "level": "klasa-1",
        "child_given_name": "Ola",
        "child_family_name": "Mała",
        "child_birth_date": "2019-06-01",
        "child_pesel": pesel_rules.make(dt.date(2019, 6, 1), 321, 4),
    }
    assert post_step(client_a, draft, "dziecko", child).status_code == 302
    parents = {
        "parent1_name": "Anna Mała",
        "parent1_email": "anna@example.org",
        "parent1_phone": "600 100 200",
        "address": "ul. Leśna 1",
        "postal_code": "41-300",
        "city": "Dąbrowa Górnicza",
        "parent1_pesel": "85041240212",  # tampered extra field: must never be stored
    }
    assert post_step(client_a, draft, "rodzice", parents).status_code == 302
    return draft


def test_recruitment_first_choice_handles_and_parents_pesel_is_never_kept(
    client_a, recruitment, units
):
    sp1, sp2 = str(units["sp1"].home_id), str(units["sp2"].home_id)
    assert (
        post_step(client_a, recruitment, "preferencje", {"pref_1": sp2, "pref_2": sp1}).status_code
        == 302
    )
    recruitment.refresh_from_db()
    assert "parent1_pesel" not in recruitment.answers["rodzice"]
    assert submit(client_a, recruitment).status_code == 302
    case = Case.objects.get()
    assert case.handler == "szkola" and case.unit_page_id == units["sp2"].home_id
    assert "85041240212" not in str(case.answers)


@pytest.mark.parametrize(
    ("prefs", "message"),
    [
        ({"pref_1": "A", "pref_2": "A"}, "Każda preferencja musi wskazywać inną jednostkę."),
        ({"pref_1": "A", "pref_3": "B"}, "Najpierw wybierz jednostkę drugiego wyboru."),
        ({"pref_1": "K"}, "Wybierz jednostkę z listy."),  # a kindergarten for first grade
        ({}, "Wybierz jednostkę pierwszego wyboru."),
    ],
)
def test_recruitment_preferences_rules(client_a, recruitment, units, prefs, message):
    ids = {
        "A": str(units["sp1"].home_id),
        "B": str(units["sp2"].home_id),
        "K": str(units["pm1"].home_id),
    }
    data = {key: ids[value] for key, value in prefs.items()}
    response = post_step(client_a, recruitment, "preferencje", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    recruitment.refresh_from_db()
    assert "preferencje" not in recruitment.answers


def test_recruitment_accepts_passport_instead_of_pesel(client_a, catalogue):
    draft = start(client_a, "rekrutacja")
    base = {
        "level": "przedszkole",
        "child_given_name": "Ola",
        "child_family_name": "Mała",
        "child_birth_date": "2022-06-01",
    }
    missing = post_step(client_a, draft, "dziecko", base)
    assert missing.status_code == 400
    assert "Podaj numer PESEL albo, gdy go nie ma, numer paszportu." in missing.content.decode()
    assert (
        post_step(client_a, draft, "dziecko", {**base, "child_passport": "EA1234567"}).status_code
        == 302
    )


# ------------------------------------------------------------------ school allowance
@pytest.mark.parametrize(
    ("event", "ok"),
    [("2026-03-20", True), ("2026-03-19", False), ("2026-05-21", False)],
)
def test_allowance_within_two_months_of_event(settings, client_a, catalogue, event, ok):
    settings.ESERVICES_NOW = "2026-05-20T12:00:00"
    draft = start(client_a, "zasilek-szkolny")
    response = post_step(
        client_a,
        draft,
        "zdarzenie",
        {"event_kind": "pozar", "event_date": event, "description": "Pożar mieszkania."},
    )
    assert (response.status_code == 302) is ok
    if not ok:
        body = response.content.decode()
        assert "w ciągu 2 miesięcy" in body or "nie może być w przyszłości" in body


# ------------------------------------------------------------------ young workers
def test_young_worker_rules_and_amount(settings, client_a, catalogue):
    settings.ESERVICES_NOW = "2026-07-10T12:00:00"
    draft = start(client_a, "dofinansowanie-mlodocianych")
    employer = {
        "company_name": "Zakład Fryzjerski Sp. z o.o.",
        "nip": "5260001247",
        "email": "firma@example.org",
        "address": "ul. Długa 2",
        "postal_code": "41-300",
        "city": "Dąbrowa Górnicza",
    }
    bad = post_step(client_a, draft, "pracodawca", employer)
    assert bad.status_code == 400 and "NIP jest nieprawidłowy" in bad.content.decode()
    assert (
        post_step(client_a, draft, "pracodawca", {**employer, "nip": "526-000-12-46"}).status_code
        == 302
    )
    worker = {
        "worker_given_name": "Piotr",
        "worker_family_name": "Uczeń",
        "worker_birth_date": "2008-01-15",
        "worker_pesel": pesel_rules.make(dt.date(2008, 1, 15), 111, 3),
        "profession": "fryzjer",
        "training_kind": "nauka",
        "training_months": "36",
        "exam_date": "2026-03-01",
    }
    late = post_step(client_a, draft, "mlodociany", worker)
    assert (
        late.status_code == 400 and "w ciągu 3 miesięcy od zdania egzaminu" in late.content.decode()
    )
    assert (
        post_step(client_a, draft, "mlodociany", {**worker, "exam_date": "2026-06-30"}).status_code
        == 302
    )
    check = client_a.get(f"/e-uslugi/wnioski/{draft.public_id}/sprawdz/").content.decode()
    assert "do 8081,00 zł" in check
    for kind in ("umowa", "egzamin", "kwalifikacje"):
        assert "Dodaj załącznik" in check
        add_file(client_a, draft, kind, upload(f"{kind}.pdf", pdf_bytes()))
    draft.refresh_from_db()
    assert submit(client_a, draft).status_code == 400  # de minimis certificate still missing
    add_file(client_a, draft, "de-minimis", upload("de-minimis.pdf", pdf_bytes()))
    assert submit(client_a, draft).status_code == 302
    assert Case.objects.get().number == "WO.4433.1.2026"


# ------------------------------------------------------------------ duplicate and transport
def test_duplicate_pupil_id_needs_photo_and_goes_to_the_school(client_a, catalogue, units):
    draft = start(client_a, "duplikat-swiadectwa")
    post_step(client_a, draft, "wnioskodawca", CONTACT)
    document = {
        "document": "legitymacja",
        "school": str(units["sp2"].home_id),
        "holder_name": "Tomek Testowy",
        "holder_birth_date": "2015-03-21",
        "school_year": "2025/2026",
        "reason": "zgubiona",
    }
    assert post_step(client_a, draft, "dokument", document).status_code == 302
    # The fee is paid online after submission; there is no proof of payment to attach.
    assert add_file(client_a, draft, "oplata", upload("oplata.pdf", pdf_bytes())).status_code == 400
    draft.refresh_from_db()
    refused = submit(client_a, draft)
    assert refused.status_code == 400 and "Aktualne zdjęcie ucznia" in refused.content.decode()
    add_file(client_a, draft, "zdjecie", upload("zdjecie.png", PNG_BYTES, "image/png"))
    assert submit(client_a, draft).status_code == 302
    case = Case.objects.get()
    assert case.unit_page_id == units["sp2"].home_id and case.number == "SEK.5430.1.2026"
    assert case.state == "oczekuje-na-oplate"


def test_transport_is_handled_by_cuw_only(client_a, catalogue, units, staff):
    from django.test import Client

    draft = start(client_a, "dowoz-ucznia-niepelnosprawnego")
    post_step(client_a, draft, "wnioskodawca", CONTACT)
    post_step(client_a, draft, "uczen", pupil(units["sp1"].home_id))
    transport = {
        "special_ruling_number": "PPP.4210.15.2025",
        "school_year": "2026/2027",
        "distance_km": "7,5",
        "car_registration": "SD 12345",
        "fuel_consumption": "6,4",
    }
    assert post_step(client_a, draft, "dowoz", transport).status_code == 302
    for kind in (
        "orzeczenie-ksztalcenie",
        "orzeczenie-niepelnosprawnosc",
        "zaswiadczenie-szkoly",
        "dowod-rejestracyjny",
    ):
        add_file(client_a, draft, kind, upload(f"{kind}.pdf", pdf_bytes()))
    draft.refresh_from_db()
    assert submit(client_a, draft).status_code == 302
    case = Case.objects.get()
    assert case.handler == "cuw"
    for name, expected in (("cuw", 200), ("department", 404), ("sp1", 404)):
        client = Client()
        client.force_login(staff[name])
        assert client.get(f"/admin/e-uslugi/sprawy/{case.pk}/").status_code == expected, name
    assert CHILD_PESEL
