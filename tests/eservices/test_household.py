"""The applicant's profile and household members, and the forms they pre-fill (over HTTP)."""

import datetime as dt
import re

import pytest
from django.db import connection

from eservice_bridge.applications.models import Draft
from eservice_bridge.audit.models import AuditEntry
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.household.models import ApplicantProfile, HouseholdMember
from eservice_bridge.test_data.answers import INCOME, SCHOLARSHIP_DAY

PROFILE = "/e-uslugi/profil/"
ADD = "/e-uslugi/profil/dzieci/dodaj/"
PUPIL_BORN = dt.date(2016, 6, 1)
PUPIL_PESEL = pesel_rules.make(PUPIL_BORN, 321, 5)
TODDLER_BORN = dt.date(2022, 2, 10)
TODDLER_PESEL = pesel_rules.make(TODDLER_BORN, 654, 4)
CONTACT = {
    "email": "anna.nowy@example.org",
    "phone": "32 123 45 67",
    "address": "ul. Szkolna 5/2",
    "postal_code": "41-300",
    "city": "Dąbrowa Górnicza",
}


def member_data(school_id="", **extra) -> dict:
    return {
        "given_name": "Ola",
        "family_name": "Testowa",
        "birth_date": PUPIL_BORN.isoformat(),
        "pesel": PUPIL_PESEL,
        "school": str(school_id),
        "school_class": "4a",
        **extra,
    }


def add_member(client, **data) -> HouseholdMember:
    response = client.post(ADD, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return HouseholdMember.objects.latest("created_at")


def edit_url(member) -> str:
    return f"/e-uslugi/profil/dzieci/{member.public_id}/"


def field_value(html: str, name: str) -> str | None:
    match = re.search(rf'<input[^>]*name="{name}"[^>]*>', html)
    if not match:
        return None
    value = re.search(r'value="([^"]*)"', match.group(0))
    return value.group(1) if value else ""


def selected_option(html: str, name: str) -> str | None:
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S)
    assert select, name
    chosen = re.search(r'<option value="([^"]*)"[^>]*selected', select.group(0))
    return chosen.group(1) if chosen else None


def details_of(applicant) -> list[str]:
    return list(AuditEntry.objects.filter(applicant=applicant).values_list("detail", flat=True))


# ------------------------------------------------------------------ profile
def test_profile_shows_identity_read_only_and_saves_contact(client_a, applicant_a, settings):
    settings.ESERVICES_NOW = "2026-08-20T09:00:00"
    page = client_a.get(PROFILE)
    body = page.content.decode()
    assert page.status_code == 200
    assert "Anna Testowa" in body and applicant_a.masked_pesel in body
    assert applicant_a.pesel not in body
    assert 'name="given_name"' not in body and 'name="pesel"' not in body

    response = client_a.post(PROFILE, {**CONTACT, "reminders_opt_out": "on"})
    assert response.status_code == 302 and response["Location"] == PROFILE
    profile = ApplicantProfile.objects.get(applicant=applicant_a)
    assert (profile.phone, profile.address, profile.postal_code, profile.city) == (
        "32 123 45 67",
        "ul. Szkolna 5/2",
        "41-300",
        "Dąbrowa Górnicza",
    )
    assert profile.reminders_opt_out is True
    assert profile.reminders_opt_out_at.date() == dt.date(2026, 8, 20)
    applicant_a.refresh_from_db()
    assert applicant_a.email == "anna.nowy@example.org"
    assert AuditEntry.objects.filter(applicant=applicant_a, action="zmiana-profilu").exists()

    client_a.post(PROFILE, CONTACT)  # opting back in clears the date
    profile.refresh_from_db()
    assert profile.reminders_opt_out is False and profile.reminders_opt_out_at is None
    assert 'value="ul. Szkolna 5/2"' in client_a.get(PROFILE).content.decode()


def test_profile_bad_input_shows_errors_and_changes_nothing(client_a, applicant_a):
    client_a.post(PROFILE, CONTACT)
    response = client_a.post(
        PROFILE,
        {**CONTACT, "phone": "telefon", "postal_code": "41300", "email": "anna@", "city": "X"},
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "error-summary" in body
    assert "Podaj kod pocztowy w formacie 00-000." in body
    assert "Podaj numer telefonu, np. 32 295 69 47." in body
    assert 'href="#id_postal_code"' in body
    assert 'value="41300"' in body  # what was typed is not lost
    profile = ApplicantProfile.objects.get(applicant=applicant_a)
    assert (profile.phone, profile.postal_code, profile.city) == (
        "32 123 45 67",
        "41-300",
        "Dąbrowa Górnicza",
    )
    applicant_a.refresh_from_db()
    assert applicant_a.email == "anna.nowy@example.org"


def test_email_sign_in_keeps_its_address(client, make_email_applicant, sign_in):

    applicant = make_email_applicant
    sign_in(client, applicant)
    client.post(PROFILE, {**CONTACT, "email": "inny@example.org"})
    applicant.refresh_from_db()
    assert applicant.email == "rodzic@example.org"
    assert ApplicantProfile.objects.get(applicant=applicant).city == "Dąbrowa Górnicza"


@pytest.fixture
def make_email_applicant(db):
    from eservice_bridge.identity.models import Applicant, AssuranceLevel

    return Applicant.objects.create(email="rodzic@example.org", assurance=AssuranceLevel.EMAIL)


# ------------------------------------------------------------------ members
def test_member_add_edit_remove(client_a, applicant_a, units, settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    form = client_a.get(ADD).content.decode()
    assert "Szkoła Podstawowa nr 1" in form and "Przedszkole Miejskie nr 1" in form

    member = add_member(client_a, **member_data(units["sp1"].home_id))
    assert member.applicant == applicant_a
    assert (member.full_name, member.birth_date, member.pesel) == (
        "Ola Testowa",
        PUPIL_BORN,
        PUPIL_PESEL,
    )
    assert member.school_id == units["sp1"].home_id and member.school_class == "4a"
    with connection.cursor() as cursor:  # stored encrypted
        cursor.execute(
            "SELECT pesel FROM eservice_household_householdmember WHERE id = %s", [member.pk]
        )
        assert PUPIL_PESEL not in str(cursor.fetchone()[0])
    profile = client_a.get(PROFILE).content.decode()
    assert "Ola Testowa" in profile and PUPIL_PESEL not in profile
    assert member.masked_pesel in profile

    edit = client_a.get(edit_url(member)).content.decode()
    assert selected_option(edit, "school") == str(units["sp1"].home_id)
    response = client_a.post(edit_url(member), member_data(units["sp2"].home_id, school_class="5a"))
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.school_id == units["sp2"].home_id and member.school_class == "5a"

    confirm = client_a.get(f"{edit_url(member)}usun/")
    assert confirm.status_code == 200 and "Tak, usuń z profilu" in confirm.content.decode()
    assert HouseholdMember.objects.filter(pk=member.pk).exists()  # a GET removes nothing
    assert client_a.post(f"{edit_url(member)}usun/").status_code == 302
    assert not HouseholdMember.objects.filter(pk=member.pk).exists()

    actions = set(AuditEntry.objects.filter(applicant=applicant_a).values_list("action", flat=True))
    assert {"dodanie-domownika", "zmiana-domownika", "usuniecie-domownika"} <= actions
    assert not any(PUPIL_PESEL in detail for detail in details_of(applicant_a))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"pesel": pesel_rules.make(dt.date(2016, 6, 2), 321, 5)}, "nie zgadza się z datą"),
        ({"pesel": PUPIL_PESEL[:-1] + "0"}, "błędna cyfra kontrolna"),
        ({"birth_date": "2027-01-01", "pesel": ""}, "nie może być w przyszłości"),
        ({"birth_date": "31.02.2016", "pesel": ""}, "Podaj prawdziwą datę"),
        ({"given_name": ""}, "Podaj imię dziecka."),
        ({"school": "999999"}, "Wybierz szkołę lub przedszkole z listy."),
        (
            {"birth_date": "1985-04-12", "pesel": pesel_rules.make(dt.date(1985, 4, 12), 402, 4)},
            "W profilu rejestrujesz dzieci",
        ),
    ],
)
def test_member_bad_input_changes_nothing(client_a, units, settings, changes, message):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    response = client_a.post(ADD, member_data(units["sp1"].home_id, **changes))
    body = response.content.decode()
    assert response.status_code == 400
    assert "error-summary" in body and message in body
    assert HouseholdMember.objects.count() == 0


def test_parent_pesel_is_never_stored(client_a, applicant_a, settings):
    """Recruitment law: a parent's PESEL is not collected; the profile refuses her own."""
    settings.ESERVICES_NOW = "2026-09-05T10:00:00"
    applicant_a.pesel = pesel_rules.make(dt.date(2005, 1, 1), 111, 4)
    applicant_a.birth_date = dt.date(2005, 1, 1)
    applicant_a.save()
    response = client_a.post(
        ADD, member_data(birth_date="2005-01-01", pesel=applicant_a.pesel, school="")
    )
    assert response.status_code == 400
    assert "To Twój numer PESEL" in response.content.decode()
    assert HouseholdMember.objects.count() == 0


def test_member_edit_with_errors_keeps_stored_data(client_a, units, settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    member = add_member(client_a, **member_data(units["sp1"].home_id))
    response = client_a.post(
        edit_url(member), member_data(units["sp1"].home_id, family_name="Nowa", pesel="123")
    )
    assert response.status_code == 400
    member.refresh_from_db()
    assert member.family_name == "Testowa" and member.pesel == PUPIL_PESEL
    assert 'value="Nowa"' in response.content.decode()


def test_members_are_private_to_their_applicant(client_a, client_b, applicant_b, units):
    member = add_member(client_a, **member_data(units["sp1"].home_id))
    assert client_b.get(edit_url(member)).status_code == 404
    assert client_b.get(f"{edit_url(member)}usun/").status_code == 404
    assert client_b.post(edit_url(member), member_data(family_name="Przejęta")).status_code == 404
    assert client_b.post(f"{edit_url(member)}usun/").status_code == 404
    member.refresh_from_db()
    assert member.family_name == "Testowa"
    assert "Ola" not in client_b.get(PROFILE).content.decode()
    assert client_a.get(edit_url(member)).status_code == 200


def test_anonymous_visitor_is_sent_to_sign_in(client, db):
    response = client.get(PROFILE)
    assert response.status_code == 302 and response["Location"].startswith("/e-uslugi/logowanie/")


# ------------------------------------------------------------------ pre-filling forms
def test_scholarship_prefilled_from_profile_and_chosen_child(
    client_a, applicant_a, catalogue, units, settings
):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    client_a.post(PROFILE, CONTACT)
    member = add_member(client_a, **member_data(units["sp1"].home_id))

    response = client_a.post("/e-uslugi/stypendium-szkolne/rozpocznij/")
    assert response.status_code == 302
    assert response["Location"] == "/e-uslugi/stypendium-szkolne/rozpocznij/"
    assert Draft.objects.count() == 0
    ask = client_a.get(response["Location"])
    body = ask.content.decode()
    assert ask.status_code == 200 and "Dla kogo składasz wniosek?" in body
    assert "Ola Testowa" in body and 'value="inna"' in body

    response = client_a.post(
        "/e-uslugi/stypendium-szkolne/rozpocznij/",
        {"pytanie": "dla-kogo", "dla": str(member.public_id)},
    )
    draft = Draft.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/e-uslugi/wnioski/{draft.public_id}/krok/wnioskodawca/"
    assert draft.completed_steps == []  # suggestions only, nothing confirmed

    contact = client_a.get(response["Location"]).content.decode()
    assert field_value(contact, "given_name") == "Anna"
    assert field_value(contact, "email") == "anna.nowy@example.org"
    assert field_value(contact, "phone") == "32 123 45 67"
    assert field_value(contact, "address") == "ul. Szkolna 5/2"
    assert field_value(contact, "postal_code") == "41-300"
    assert field_value(contact, "city") == "Dąbrowa Górnicza"

    pupil = client_a.get(f"/e-uslugi/wnioski/{draft.public_id}/krok/uczen/").content.decode()
    assert field_value(pupil, "child_given_name") == "Ola"
    assert field_value(pupil, "child_family_name") == "Testowa"
    assert field_value(pupil, "child_birth_date") == PUPIL_BORN.isoformat()
    assert field_value(pupil, "child_pesel") == PUPIL_PESEL
    assert field_value(pupil, "school_class") == "4a"
    assert selected_option(pupil, "school") == str(units["sp1"].home_id)
    assert 'name="school_kind" value="zwykla"' in pupil and "checked" in pupil

    # Confirming the pre-filled steps as they are is enough to move on.
    from .flows import post_step

    assert (
        post_step(
            client_a,
            draft,
            "wnioskodawca",
            {**CONTACT, "given_name": "Anna", "family_name": "Testowa"},
        ).status_code
        == 302
    )
    answers = {
        "child_given_name": "Ola",
        "child_family_name": "Testowa",
        "child_birth_date": PUPIL_BORN.isoformat(),
        "child_pesel": PUPIL_PESEL,
        "school": str(units["sp1"].home_id),
        "school_class": "4a",
        "school_kind": "zwykla",
    }
    assert post_step(client_a, draft, "uczen", answers).status_code == 302
    assert post_step(client_a, draft, "dochod", INCOME).status_code == 302
    draft.refresh_from_db()
    assert set(draft.completed_steps) == {"wnioskodawca", "uczen", "dochod"}


def test_choosing_another_person_prefills_only_contact(client_a, catalogue, units, settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    client_a.post(PROFILE, CONTACT)
    add_member(client_a, **member_data(units["sp1"].home_id))
    client_a.post(
        "/e-uslugi/stypendium-szkolne/rozpocznij/", {"pytanie": "dla-kogo", "dla": "inna"}
    )
    draft = Draft.objects.get()
    pupil = client_a.get(f"/e-uslugi/wnioski/{draft.public_id}/krok/uczen/").content.decode()
    assert field_value(pupil, "child_given_name") == ""
    contact = client_a.get(f"/e-uslugi/wnioski/{draft.public_id}/krok/wnioskodawca/")
    assert field_value(contact.content.decode(), "city") == "Dąbrowa Górnicza"


def test_chooser_refuses_no_choice_and_someone_elses_child(
    client_a, client_b, catalogue, units, settings
):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    add_member(client_a, **member_data(units["sp1"].home_id))
    foreign = add_member(client_b, **member_data(units["sp1"].home_id, given_name="Obca"))
    url = "/e-uslugi/stypendium-szkolne/rozpocznij/"
    nothing = client_a.post(url, {"pytanie": "dla-kogo"})
    assert nothing.status_code == 400
    assert "Wybierz, dla kogo składasz wniosek." in nothing.content.decode()
    stolen = client_a.post(url, {"pytanie": "dla-kogo", "dla": str(foreign.public_id)})
    assert stolen.status_code == 400 and "Obca" not in stolen.content.decode()
    assert Draft.objects.count() == 0


def test_without_members_start_creates_the_draft_at_once(
    client_a, applicant_a, catalogue, school, settings
):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    client_a.post(PROFILE, CONTACT)
    response = client_a.post("/e-uslugi/stypendium-szkolne/rozpocznij/")
    draft = Draft.objects.get()
    assert response["Location"].endswith("/krok/wnioskodawca/")
    assert field_value(client_a.get(response["Location"]).content.decode(), "phone") == (
        "32 123 45 67"
    )
    # A GET never creates a draft (nothing to ask): back to the service page.
    assert client_a.get("/e-uslugi/stypendium-szkolne/rozpocznij/").status_code == 302
    assert Draft.objects.filter(pk=draft.pk).count() == Draft.objects.count() == 1


def test_recruitment_offers_children_of_the_right_age_and_fills_parents(
    client_a, catalogue, units, settings
):
    settings.ESERVICES_NOW = "2026-03-02T09:00:00"
    client_a.post(PROFILE, CONTACT)
    add_member(client_a, **member_data(units["sp1"].home_id))  # 10 in 2026: not offered
    toddler = add_member(
        client_a,
        **member_data(
            units["pm1"].home_id,
            given_name="Staś",
            birth_date=TODDLER_BORN.isoformat(),
            pesel=TODDLER_PESEL,
            school_class="",
        ),
    )
    ask = client_a.get("/e-uslugi/rekrutacja/rozpocznij/").content.decode()
    choices = re.search(r'<div class="choices">.*?</fieldset>', ask, re.S).group(0)
    assert "Staś Testowa" in choices and "Ola Testowa" not in choices
    client_a.post(
        "/e-uslugi/rekrutacja/rozpocznij/", {"pytanie": "dla-kogo", "dla": str(toddler.public_id)}
    )
    draft = Draft.objects.get()
    child = client_a.get(f"/e-uslugi/wnioski/{draft.public_id}/krok/dziecko/").content.decode()
    assert field_value(child, "child_given_name") == "Staś"
    assert field_value(child, "child_pesel") == TODDLER_PESEL
    assert 'name="level"' in child and "checked" not in child  # the level stays the parent's
    parents = client_a.get(f"/e-uslugi/wnioski/{draft.public_id}/krok/rodzice/").content.decode()
    assert field_value(parents, "parent1_name") == "Anna Testowa"
    assert field_value(parents, "parent1_email") == "anna.nowy@example.org"
    assert field_value(parents, "parent1_phone") == "32 123 45 67"
    assert field_value(parents, "address") == "ul. Szkolna 5/2"
    assert field_value(parents, "parent2_name") == ""
    assert "pesel" not in {k.lower() for k in draft.answers["_prefill"].get("rodzice", {})}


def test_duplicate_certificate_prefills_the_holder(client_a, catalogue, units, settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    member = add_member(client_a, **member_data(units["sp2"].home_id))
    client_a.post(
        "/e-uslugi/duplikat-swiadectwa/rozpocznij/",
        {"pytanie": "dla-kogo", "dla": str(member.public_id)},
    )
    draft = Draft.objects.get()
    page = client_a.get(f"/e-uslugi/wnioski/{draft.public_id}/krok/dokument/").content.decode()
    assert field_value(page, "holder_name") == "Ola Testowa"
    assert field_value(page, "holder_birth_date") == PUPIL_BORN.isoformat()
    assert selected_option(page, "school") == str(units["sp2"].home_id)


def test_child_from_a_case_is_offered_not_added(
    client_a, client_b, catalogue, units, settings, scholarship_case
):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    case = scholarship_case(client_a, units["sp1"].home_id)
    assert HouseholdMember.objects.count() == 0  # no consent, no member
    profile = client_a.get(PROFILE).content.decode()
    assert f"?ze-sprawy={case.public_id}" in profile and "Tomek Testowy" in profile
    form = client_a.get(f"{ADD}?ze-sprawy={case.public_id}").content.decode()
    assert field_value(form, "given_name") == "Tomek"
    assert field_value(form, "birth_date") == "2015-03-21"
    foreign = client_b.get(f"{ADD}?ze-sprawy={case.public_id}").content.decode()
    assert field_value(foreign, "given_name") == ""
    add_member(
        client_a,
        given_name="Tomek",
        family_name="Testowy",
        birth_date="2015-03-21",
        pesel="",
        school="",
        school_class="",
    )
    assert "?ze-sprawy=" not in client_a.get(PROFILE).content.decode()


def test_demo_seed_gives_anna_a_profile_and_two_children(units, settings):
    from demo.eservices.household import seed_demo
    from eservice_bridge.identity.models import Applicant
    from eservice_bridge.identity.providers import VerifiedIdentity
    from eservice_bridge.identity.session import applicant_for_identity
    from eservice_bridge.identity.simulator import fictional_people

    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    first = seed_demo()
    assert "z dziećmi: 2 (2 nowych)" in first
    assert "(0 nowych)" in seed_demo()  # idempotent
    anna = fictional_people()[0]
    signed_in = applicant_for_identity(
        VerifiedIdentity(
            **{k: anna[k] for k in ("given_name", "family_name", "birth_date", "pesel")}
        )
    )
    assert Applicant.objects.count() == 1  # signing in finds the seeded person
    members = sorted(signed_in.household.all(), key=lambda m: m.birth_date)  # dates encrypted
    assert [m.given_name for m in members] == ["Ola", "Staś"]
    assert members[0].school_id == units["sp1"].home_id  # first primary school by title
    assert members[1].school_id == units["pm1"].home_id
    assert signed_in.profile.city == "Dąbrowa Górnicza"
    for member in members:
        pesel_rules.validate(member.pesel, member.birth_date)
