"""Applying over HTTP: steps, windows, attachments, check page, idempotent submission, UPO."""

import pytest

from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.cases.models import Case
from eservice_bridge.test_data.answers import CONTACT, INCOME, SCHOLARSHIP_DAY, pupil
from eservice_bridge.test_data.files import PNG_BYTES, pdf_bytes, upload

from .flows import add_file, post_step, scholarship_ready, start, submit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def september(settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY


def test_scholarship_submission_creates_one_case_with_upo(client_a, catalogue, school):
    draft = scholarship_ready(client_a, school["sp1"].home_id)
    check = client_a.get(f"/e-uslugi/wnioski/{draft.public_id}/sprawdz/")
    assert check.status_code == 200
    assert "600,00 zł (próg 823,00 zł)" in check.content.decode()

    first = submit(client_a, draft)
    second = submit(client_a, draft)  # double click / replayed POST
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Case.objects.count() == 1
    case = Case.objects.get()
    assert case.number == "WO.4430.1.2026"
    assert case.handler == "wydzial"
    assert case.attachments.count() == 1

    upo = client_a.get(f"/e-uslugi/sprawy/{case.public_id}/upo/")
    assert case.number in upo.content.decode() and case.upo_sha256 in upo.content.decode()
    pdf = client_a.get(f"/e-uslugi/sprawy/{case.public_id}/upo.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    assert b"/FontFile2" in pdf.content  # an embedded TrueType font: Polish diacritics


def test_replayed_submit_from_a_fresh_draft_token_mismatch_changes_nothing(
    client_a, catalogue, school
):
    draft = scholarship_ready(client_a, school["sp1"].home_id)
    response = submit(client_a, draft, token="00000000-0000-0000-0000-000000000000")
    assert response.status_code == 400
    assert "Formularz wygasł lub został zmieniony" in response.content.decode()
    assert Case.objects.count() == 0
    draft.refresh_from_db()
    assert draft.submitted_at is None


def test_case_numbers_increase_per_service(client_a, catalogue, school):
    for _ in range(2):
        submit(client_a, scholarship_ready(client_a, school["sp1"].home_id))
    assert sorted(Case.objects.values_list("number", flat=True)) == [
        "WO.4430.1.2026",
        "WO.4430.2.2026",
    ]


def test_income_above_threshold_is_refused_in_polish(client_a, catalogue, school):
    draft = start(client_a, "stypendium-szkolne")
    post_step(client_a, draft, "wnioskodawca", CONTACT)
    post_step(client_a, draft, "uczen", pupil(school["sp1"].home_id, school_kind="zwykla"))
    response = post_step(client_a, draft, "dochod", {**INCOME, "net_income": "3300"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "825,00 zł i przekracza próg 823,00 zł" in body
    assert 'href="#id_net_income"' in body  # error summary links to the field
    draft.refresh_from_db()
    assert "dochod" not in draft.answers


def test_farm_land_counts_459_zl_per_hectare(client_a, catalogue, school):
    draft = start(client_a, "stypendium-szkolne")
    post_step(client_a, draft, "wnioskodawca", CONTACT)
    post_step(client_a, draft, "uczen", pupil(school["sp1"].home_id, school_kind="zwykla"))
    # (2400 + 2 * 459) / 4 = 829.50 > 823
    response = post_step(client_a, draft, "dochod", {**INCOME, "farm_hectares": "2"})
    assert response.status_code == 400
    assert "829,50 zł" in response.content.decode()


@pytest.mark.parametrize(
    ("now", "kind", "allowed"),
    [
        ("2026-09-01T08:00:00", "zwykla", True),
        ("2026-09-15T23:00:00", "zwykla", True),
        ("2026-09-16T08:00:00", "zwykla", False),
        ("2026-10-10T08:00:00", "kolegium", True),
        ("2026-10-16T08:00:00", "kolegium", False),
        ("2026-02-10T08:00:00", "luty", True),
        ("2026-02-10T08:00:00", "zwykla", False),
    ],
)
def test_scholarship_windows(settings, client_a, catalogue, school, now, kind, allowed):
    settings.ESERVICES_NOW = now
    draft = Draft.objects.create(
        applicant=client_a_applicant(client_a), service=catalogue["stypendium-szkolne"]
    )
    response = post_step(client_a, draft, "uczen", pupil(school["sp1"].home_id, school_kind=kind))
    assert (response.status_code == 302) is allowed
    if not allowed:
        assert (
            "Wniosek o stypendium dla tej szkoły składa się w terminie" in response.content.decode()
        )


def client_a_applicant(client):
    from eservice_bridge.identity.models import Applicant
    from eservice_bridge.identity.session import SESSION_KEY

    return Applicant.objects.get(pk=client.session[SESSION_KEY])


def test_out_of_window_start_is_refused(settings, client_a, catalogue):
    settings.ESERVICES_NOW = "2026-11-20T10:00:00"
    response = client_a.post("/e-uslugi/stypendium-szkolne/rozpocznij/")
    assert response.status_code == 400
    assert "Wnioski przyjmujemy tylko w terminie" in response.content.decode()
    assert Draft.objects.count() == 0


def test_submission_after_window_closed_changes_nothing(settings, client_a, catalogue, school):
    draft = scholarship_ready(client_a, school["sp1"].home_id)
    settings.ESERVICES_NOW = "2026-09-16T00:30:00"
    response = submit(client_a, draft)
    assert response.status_code == 400
    assert "Wnioski przyjmujemy tylko w terminie" in response.content.decode()
    assert Case.objects.count() == 0


@pytest.mark.parametrize(
    ("pesel", "message"),
    [
        ("1234", "Numer PESEL składa się z 11 cyfr."),
        ("15232177770", "błędna cyfra kontrolna"),
    ],
)
def test_invalid_pesel_is_refused(client_a, catalogue, school, pesel, message):
    draft = start(client_a, "stypendium-szkolne")
    response = post_step(
        client_a,
        draft,
        "uczen",
        pupil(school["sp1"].home_id, school_kind="zwykla", child_pesel=pesel),
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    draft.refresh_from_db()
    assert "uczen" not in draft.answers


def test_pesel_must_agree_with_date_of_birth(client_a, catalogue, school):
    draft = start(client_a, "stypendium-szkolne")
    response = post_step(
        client_a,
        draft,
        "uczen",
        pupil(school["sp1"].home_id, school_kind="zwykla", child_birth_date="2015-03-22"),
    )
    assert response.status_code == 400
    assert "Numer PESEL nie zgadza się z datą urodzenia." in response.content.decode()


def test_invalid_date_is_refused(client_a, catalogue, school):
    draft = start(client_a, "stypendium-szkolne")
    response = post_step(
        client_a,
        draft,
        "uczen",
        pupil(school["sp1"].home_id, school_kind="zwykla", child_birth_date="2015-02-30"),
    )
    assert response.status_code == 400
    assert "Podaj prawdziwą datę" in response.content.decode()


def test_tampered_choice_is_refused(client_a, catalogue, school):
    draft = start(client_a, "stypendium-szkolne")
    response = post_step(client_a, draft, "uczen", pupil(999999, school_kind="zwykla"))
    assert response.status_code == 400
    assert "Wybierz szkołę z listy." in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("wniosek.pdf", b"MZ\x90\x00 not a pdf at all", "nie jest plikiem PDF, JPEG ani PNG"),
        ("pusty.pdf", b"", "Plik jest pusty."),
        ("duzy.pdf", b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024), "za duży"),
    ],
)
def test_bad_files_are_refused(client_a, catalogue, school, name, content, message):
    draft = start(client_a, "stypendium-szkolne")
    response = add_file(client_a, draft, "dochod", upload(name, content))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Attachment.objects.count() == 0


def test_missing_file_and_unknown_kind_are_refused(client_a, catalogue, school):
    draft = start(client_a, "stypendium-szkolne")
    response = client_a.post(f"/e-uslugi/wnioski/{draft.public_id}/zalaczniki/", {"kind": "dochod"})
    assert response.status_code == 400 and "Wybierz plik do dodania." in response.content.decode()
    response = add_file(client_a, draft, "hakowanie", upload("a.pdf", pdf_bytes()))
    assert (
        response.status_code == 400
        and "Wybierz rodzaj załącznika z listy." in response.content.decode()
    )
    assert Attachment.objects.count() == 0


def test_file_names_are_made_safe_and_stored_outside_web_root(
    settings, client_a, catalogue, school
):
    draft = start(client_a, "stypendium-szkolne")
    add_file(
        client_a,
        draft,
        "dochod",
        upload("../../etc/pąsswd zdjęcie.exe", PNG_BYTES, "application/pdf"),
    )
    attachment = Attachment.objects.get()
    assert attachment.original_name == "passwd-zdjecie.png"
    assert attachment.content_type == "image/png"
    stored = settings.PRIVATE_STORAGE_ROOT / "attachments" / attachment.stored_name
    assert stored.exists()
    assert str(settings.MEDIA_ROOT) not in str(stored)
    assert PNG_BYTES not in stored.read_bytes()  # encrypted at rest


def test_missing_required_attachment_blocks_submission(client_a, catalogue, school):
    draft = start(client_a, "stypendium-szkolne")
    post_step(client_a, draft, "wnioskodawca", CONTACT)
    post_step(client_a, draft, "uczen", pupil(school["sp1"].home_id, school_kind="zwykla"))
    post_step(client_a, draft, "dochod", INCOME)
    draft.refresh_from_db()
    response = submit(client_a, draft)
    assert response.status_code == 400
    assert (
        "Dodaj załącznik: Zaświadczenia lub oświadczenia o dochodach" in response.content.decode()
    )
    assert Case.objects.count() == 0


def test_save_and_return(client_a, catalogue, school):
    draft = start(client_a, "stypendium-szkolne")
    response = post_step(client_a, draft, "wnioskodawca", {**CONTACT, "email": "", "zapisz": "1"})
    assert response.status_code == 302 and response["Location"] == "/e-uslugi/moje-sprawy/"
    dashboard = client_a.get("/e-uslugi/moje-sprawy/").content.decode()
    assert f"/e-uslugi/wnioski/{draft.public_id}/sprawdz/" in dashboard
    page = client_a.get(f"/e-uslugi/wnioski/{draft.public_id}/krok/wnioskodawca/").content.decode()
    assert 'value="ul. Szkolna 5/2"' in page


def test_anonymous_visitor_is_sent_to_sign_in(client, catalogue):
    response = client.get("/e-uslugi/moje-sprawy/")
    assert response.status_code == 302
    assert response["Location"].startswith("/e-uslugi/logowanie/?next=")


def test_submission_attempts_are_rate_limited(client_a, catalogue, school):
    draft = start(client_a, "stypendium-szkolne")  # incomplete: every attempt is refused
    codes = [submit(client_a, draft).status_code for _ in range(11)]
    assert codes[:10] == [400] * 10
    assert codes[10] == 429
    assert "Zbyt wiele prób wysłania" in submit(client_a, draft).content.decode()
    assert Case.objects.count() == 0
