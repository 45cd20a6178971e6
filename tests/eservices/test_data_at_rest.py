"""Personal data at rest: nothing of an applicant in clear in any table; key rotation.

The first test walks one family through the doors people use (sign-in, application with a
child, staff comment, information request and answer, decision, notice, profile) and then
reads every table of the database with raw SQL, including the decoded sessions.
"""

import datetime as dt

import pytest
from cryptography.fernet import Fernet
from django.contrib.sessions.backends.db import SessionStore
from django.core.management import call_command
from django.db import connection
from django.test import Client

from eservice_bridge.applications import uploads
from eservice_bridge.cases.models import Case
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.household.models import ApplicantProfile, HouseholdMember
from eservice_bridge.identity.models import Applicant
from eservice_bridge.identity.providers import VerifiedIdentity
from eservice_bridge.identity.session import (
    SESSION_KEY,
    applicant_for_email,
    applicant_for_identity,
)
from eservice_bridge.notices.models import Notice
from eservice_bridge.test_data.answers import CONTACT, INCOME, SCHOLARSHIP_DAY, pupil
from eservice_bridge.test_data.factories import ApplicantFactory
from eservice_bridge.test_data.files import pdf_bytes, upload

from .flows import add_file, post_step, start, submit

pytestmark = pytest.mark.django_db


def make_applicant(given, family, born, serial, email) -> Applicant:
    return ApplicantFactory(
        given_name=given,
        family_name=family,
        birth_date=born,
        pesel=pesel_rules.make(born, serial, 4),
        email=email,
    )


def sign_in_client(client: Client, applicant: Applicant) -> Client:
    session = client.session
    session[SESSION_KEY] = applicant.pk
    session.save()
    return client


GIVEN, FAMILY = "Hortensja", "Kalinowska"
EMAIL = "hortensja.kalinowska@example.org"
PHONE = "32 777 10 20"
ADDRESS = "ul. Zielona 73/9"
CHILD_GIVEN, CHILD_FAMILY = "Bonifacy", "Kalinowski"
CHILD_BORN = dt.date(2016, 5, 17)
SECOND_CHILD = "Euzebia"
ANSWER = "Odpowiedz rodziny nr 7781"
COMMENT = "Notatka o sytuacji mieszkaniowej 5512"
JUSTIFICATION = "Uzasadnienie 3319 dla rodziny"
REQUEST = "Wezwanie 4420 o zaswiadczenie"
FILE_NAME = "orzeczenie-bonifacego.pdf"


def _dump_database() -> str:
    """Every value of every table, and every session decoded, as one lower-case text."""
    parts = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                parts.extend(
                    value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
                    for value in row
                )
        cursor.execute("SELECT session_data FROM django_session")
        parts.extend(str(SessionStore().decode(data)) for (data,) in cursor.fetchall())
    return "\n".join(parts).lower()


@pytest.fixture(autouse=True)
def september(settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY


def test_no_applicant_data_in_clear_in_any_table(catalogue, units, staff):
    applicant = make_applicant(GIVEN, FAMILY, dt.date(1984, 2, 29), 913, EMAIL)
    parent = sign_in_client(Client(), applicant)
    draft = start(parent, "stypendium-szkolne")
    contact = {
        **CONTACT,
        "given_name": GIVEN,
        "family_name": FAMILY,
        "email": EMAIL,
        "phone": PHONE,
        "address": ADDRESS,
    }
    assert post_step(parent, draft, "wnioskodawca", contact).status_code == 302
    child = pupil(
        units["sp1"].home_id,
        school_kind="zwykla",
        child_given_name=CHILD_GIVEN,
        child_family_name=CHILD_FAMILY,
    )
    assert post_step(parent, draft, "uczen", child).status_code == 302
    assert post_step(parent, draft, "dochod", INCOME).status_code == 302
    assert add_file(parent, draft, "dochod", upload(FILE_NAME, pdf_bytes())).status_code == 302
    draft.refresh_from_db()
    assert submit(parent, draft).status_code == 302
    case = Case.objects.get(draft=draft)
    ApplicantProfile.objects.create(
        applicant=applicant, phone=PHONE, address=ADDRESS, postal_code="41-303", city="Ząbkowice"
    )
    HouseholdMember.objects.create(
        applicant=applicant,
        given_name=SECOND_CHILD,
        family_name=CHILD_FAMILY,
        birth_date=dt.date(2019, 1, 2),
        school_class="starszaki",
    )

    staff_client = Client()
    staff_client.force_login(staff["department"])
    base = f"/admin/e-uslugi/sprawy/{case.pk}/"
    staff_client.post(base, {"pokaz-pesel": "1"})
    staff_client.get(f"{base}zalaczniki/{case.attachments.get().public_id}/")
    for action, data in (
        ("zarejestruj", {}),
        ("komentarz", {"body": COMMENT}),
        ("wezwij", {"message": REQUEST}),
    ):
        assert staff_client.post(f"{base}akcja/{action}/", data).status_code == 302
    parent.post(
        f"/e-uslugi/sprawy/{case.public_id}/uzupelnienie/",
        {"answer": ANSWER, "file": upload("odpowiedz.pdf", pdf_bytes())},
    )
    decided = staff_client.post(
        f"{base}akcja/rozstrzygnij/", {"outcome": "negatywne", "justification": JUSTIFICATION}
    )
    assert decided.status_code == 302
    case.refresh_from_db()
    assert case.state == "rozstrzygnieta"
    assert Notice.objects.filter(applicant=applicant).exists()
    assert parent.get(f"/e-uslugi/sprawy/{case.public_id}/rozstrzygniecie/").status_code == 200

    # The data is there and readable through the models ...
    assert case.decision.justification == JUSTIFICATION
    assert case.comments.get().body == COMMENT
    assert case.information_requests.get().answer == ANSWER
    assert case.answers["uczen"]["child_given_name"] == CHILD_GIVEN
    # ... but nowhere in the database in clear.
    dump = _dump_database()
    assert case.number.lower() in dump  # the dump does hold the case
    secrets = [
        GIVEN,
        FAMILY,
        EMAIL,
        PHONE,
        ADDRESS,
        applicant.pesel,
        "1984-02-29",
        CHILD_GIVEN,
        CHILD_FAMILY,
        SECOND_CHILD,
        child["child_pesel"],
        CHILD_BORN.isoformat(),
        "2019-01-02",
        ANSWER,
        COMMENT,
        JUSTIFICATION,
        REQUEST,
        FILE_NAME,
        "starszaki",
    ]
    found = [secret for secret in secrets if secret.lower() in dump]
    assert found == []


KEY_1 = Fernet.generate_key().decode()
KEY_2 = Fernet.generate_key().decode()


def _identity(applicant: Applicant) -> VerifiedIdentity:
    return VerifiedIdentity(
        pesel=applicant.pesel,
        given_name=applicant.given_name,
        family_name=applicant.family_name,
        birth_date=applicant.birth_date,
    )


def test_search_by_pesel_and_email_survives_key_rotation(settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path
    settings.ESERVICES_ENCRYPTION_KEY = KEY_1
    applicant = make_applicant(GIVEN, FAMILY, dt.date(1984, 2, 29), 913, "")
    by_mail = applicant_for_email(EMAIL)
    stored = uploads.store(b"%PDF-1.4 orzeczenie")

    settings.ESERVICES_ENCRYPTION_KEY = f"{KEY_2},{KEY_1}"  # a new key first, the old one kept
    assert applicant_for_identity(_identity(applicant)).pk == applicant.pk
    assert applicant_for_email(EMAIL).pk == by_mail.pk
    call_command("reencrypt_personal_data", verbosity=0)

    settings.ESERVICES_ENCRYPTION_KEY = KEY_2  # the old key removed
    again = Applicant.objects.get(pk=applicant.pk)
    assert again.given_name == GIVEN and again.birth_date == dt.date(1984, 2, 29)
    assert applicant_for_identity(_identity(again)).pk == applicant.pk
    assert applicant_for_email(EMAIL).pk == by_mail.pk
    assert Applicant.objects.count() == 2
    assert uploads.load(stored) == b"%PDF-1.4 orzeczenie"


def test_reencrypt_refuses_without_the_old_key(settings, tmp_path):
    from django.core.management.base import CommandError

    settings.PRIVATE_STORAGE_ROOT = tmp_path
    settings.ESERVICES_ENCRYPTION_KEY = KEY_1
    applicant = make_applicant(GIVEN, FAMILY, dt.date(1984, 2, 29), 913, EMAIL)
    settings.ESERVICES_ENCRYPTION_KEY = KEY_2
    with pytest.raises(CommandError, match="Nie można odczytać"):
        call_command("reencrypt_personal_data", verbosity=0)
    settings.ESERVICES_ENCRYPTION_KEY = KEY_1
    assert Applicant.objects.get(pk=applicant.pk).family_name == FAMILY  # nothing changed


def test_household_member_form_keeps_a_date_input_and_recruitment_finds_children_by_year(
    client_a, applicant_a
):
    member = HouseholdMember.objects.create(
        applicant=applicant_a,
        given_name=CHILD_GIVEN,
        family_name=CHILD_FAMILY,
        birth_date=CHILD_BORN,
    )
    assert member.birth_year == 2016
    assert HouseholdMember.objects.filter(birth_year=2016).get() == member
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT birth_date, given_name FROM eservice_household_householdmember WHERE id = %s",
            [member.pk],
        )
        raw_date, raw_name = cursor.fetchone()
    assert raw_date.startswith("gAAAAA") and raw_name.startswith("gAAAAA")


BEFORE = [
    ("eservice_bridge", "0005_service_catalogue"),
    ("eservice_household", "0001_initial"),
    ("eservice_notices", "0001_notices_and_recruitment_timetable"),
]


# Serialized rollback puts back what the migrations' flush removes (content types, groups).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migrations_encrypt_rows_stored_in_clear(settings):
    """Rows written before encryption are converted; PESEL digests move to the look-up key."""
    import hashlib
    import hmac

    from django.db.migrations.executor import MigrationExecutor

    from eservice_bridge.protection.crypto import lookup_digest

    settings.ESERVICES_ENCRYPTION_KEY = KEY_1
    settings.ESERVICES_LOOKUP_KEY = "blind-index-key-for-the-migration-test"
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    pesel = "84022991312"
    # The old digest followed the first encryption key.
    old_key = hashlib.sha256(b"eservice_bridge.lookup:pesel:" + KEY_1.encode()).digest()
    applicant = old.get_model("eservice_bridge", "Applicant").objects.create(
        given_name=GIVEN,
        family_name=FAMILY,
        birth_date=dt.date(1984, 2, 29),
        pesel=pesel,  # the field was already encrypted then
        email=EMAIL,
        assurance="substantial",
        pesel_digest=hmac.new(old_key, pesel.encode(), hashlib.sha256).hexdigest(),
    )
    old.get_model("eservice_household", "ApplicantProfile").objects.create(
        applicant_id=applicant.pk, address=ADDRESS, phone=PHONE, postal_code="41-303", city="X"
    )
    old.get_model("eservice_household", "HouseholdMember").objects.create(
        applicant_id=applicant.pk,
        given_name=CHILD_GIVEN,
        family_name=CHILD_FAMILY,
        birth_date=CHILD_BORN,
        school_class="5b",
    )
    old.get_model("eservice_notices", "Notice").objects.create(
        applicant_id=applicant.pk,
        kind="rekrutacja",
        event_key="k",
        title=f"{CHILD_GIVEN}",
        body=f"{CHILD_GIVEN} {CHILD_FAMILY}",
        created_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    old.get_model("eservice_bridge", "AuditEntry").objects.create(
        actor="system", action="pobranie-zalacznika", detail=FILE_NAME
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    dump = _dump_database()
    assert [
        s for s in (GIVEN, FAMILY, EMAIL, ADDRESS, CHILD_GIVEN, FILE_NAME) if s.lower() in dump
    ] == []
    converted = Applicant.objects.get(pk=applicant.pk)
    assert (converted.given_name, converted.email) == (GIVEN, EMAIL)
    assert converted.birth_date == dt.date(1984, 2, 29)
    assert converted.pesel_digest == lookup_digest(pesel, "pesel")
    assert converted.email_digest == Applicant.email_digest_for(EMAIL)
    member = HouseholdMember.objects.get(applicant=converted)
    assert (member.given_name, member.birth_date, member.birth_year) == (
        CHILD_GIVEN,
        CHILD_BORN,
        2016,
    )
    assert ApplicantProfile.objects.get(applicant=converted).address == ADDRESS
    assert Notice.objects.get(applicant=converted).body == f"{CHILD_GIVEN} {CHILD_FAMILY}"
