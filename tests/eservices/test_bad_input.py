"""Bad input in e-service forms: a Polish error and nothing saved, never a 500.

Before the fix a PESEL in Arabic-Indic or fullwidth digits passed ``str.isdigit`` (and could be
stored in those digits), a superscript digit crashed ``int()`` (500), and control characters
were saved into the case.
"""

import datetime as dt

import pytest

from eservice_bridge.applications.models import Draft
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.test_data.answers import CHILD_PESEL, CONTACT, SCHOLARSHIP_DAY, pupil

from .flows import post_step, start

pytestmark = pytest.mark.django_db

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.fixture(autouse=True)
def september(settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY


@pytest.mark.parametrize(
    "pesel",
    [
        CHILD_PESEL.translate(ARABIC_INDIC),
        CHILD_PESEL.translate(FULLWIDTH),
        CHILD_PESEL[:3] + "²" + CHILD_PESEL[4:],
        CHILD_PESEL[:10] + "٣",
    ],
    ids=["arabic-indic", "fullwidth", "superscript", "one-arabic-digit"],
)
def test_pesel_in_other_digits_is_refused(client_a, catalogue, school, pesel):
    draft = start(client_a, "stypendium-szkolne")
    response = post_step(
        client_a,
        draft,
        "uczen",
        pupil(school["sp1"].home_id, school_kind="zwykla", child_pesel=pesel),
    )
    assert response.status_code == 400
    assert "Wpisz numer PESEL cyframi 0–9" in response.content.decode()
    draft.refresh_from_db()
    assert "uczen" not in draft.answers


def test_pesel_rules_accept_only_ascii_digits():
    valid = pesel_rules.make(dt.date(2015, 3, 21), 777, 5)
    assert pesel_rules.checksum_ok(valid)
    assert not pesel_rules.checksum_ok(valid.translate(ARABIC_INDIC))
    with pytest.raises(pesel_rules.PeselError):
        pesel_rules.validate(valid.translate(FULLWIDTH))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("child_given_name", "Tomek\x1b[31m"),
        ("child_family_name", "Test\x00owy"),
        ("school_class", "5b\x07"),
        ("child_given_name", "Tomek\x7f"),
    ],
)
def test_control_characters_in_a_step_are_refused(client_a, catalogue, school, field, value):
    draft = start(client_a, "stypendium-szkolne")
    data = pupil(school["sp1"].home_id, school_kind="zwykla", **{field: value})
    response = post_step(client_a, draft, "uczen", data)
    assert response.status_code == 400
    assert "Tekst zawiera niedozwolone znaki" in response.content.decode()
    draft.refresh_from_db()
    assert "uczen" not in draft.answers


def test_bytes_that_are_not_utf8_are_refused(client_a, catalogue):
    """An encoded lone surrogate (and other invalid UTF-8) arrives as U+FFFD: refused."""
    draft = start(client_a, "stypendium-szkolne")
    body = "&".join(f"{k}={v}" for k, v in {**CONTACT, "given_name": "Anna%ED%A0%80"}.items())
    response = client_a.post(
        f"/e-uslugi/wnioski/{draft.public_id}/krok/wnioskodawca/",
        body.encode(),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert "Tekst zawiera niedozwolone znaki" in response.content.decode()
    assert "wnioskodawca" not in Draft.objects.get(pk=draft.pk).answers


def test_multiline_text_keeps_line_breaks(client_a, catalogue, school):
    draft = start(client_a, "stypendium-szkolne")
    data = {**CONTACT, "address": "ul. Szkolna 5/2\r\nklatka B\tpiętro 2"}
    assert post_step(client_a, draft, "wnioskodawca", data).status_code == 302


def test_nip_with_superscript_digits_is_refused_not_a_500(settings, client_a, catalogue):
    settings.ESERVICES_NOW = "2026-07-10T12:00:00"
    draft = start(client_a, "dofinansowanie-mlodocianych")
    employer = {
        "company_name": "Zakład Fryzjerski Sp. z o.o.",
        "nip": "526000124²",
        "email": "firma@example.org",
        "address": "ul. Długa 2",
        "postal_code": "41-300",
        "city": "Dąbrowa Górnicza",
    }
    response = post_step(client_a, draft, "pracodawca", employer)
    assert response.status_code == 400
    assert "NIP jest nieprawidłowy" in response.content.decode()


def test_sign_in_forms_refuse_control_characters(client):
    response = client.post("/e-uslugi/logowanie/email/", {"email": "anna\x01@example.org"})
    assert response.status_code == 400
