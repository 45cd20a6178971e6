"""Retention: recruitment data of children not admitted goes after a year unless a court complaint
is flagged; other services by archival category; stale drafts; the audit trail's narrow purge.

Cases are built through the real HTTP doors (the applicant applies, staff decide in the admin,
the complaint flag is set in the admin) with the clock moved by ``settings.ESERVICES_NOW``.
Only two things are set directly, because no HTTP path could produce them: a draft's last change
(``Draft.updated_at`` is stamped with the real time) and audit entries older than two years
(``AuditEntry.at`` is stamped with the real time, so the clock is moved past it instead).
"""

import datetime as dt
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from demo.eservices.retention import seed_demo
from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.audit.models import AuditEntry, AuditImmutableError, purge_sanctioned
from eservice_bridge.audit.purge import TOMBSTONE_ACTION
from eservice_bridge.audit.recorder import record
from eservice_bridge.cases.models import (
    Case,
    CaseState,
    Decision,
    DecisionOutcome,
    InformationRequest,
    InternalComment,
)
from eservice_bridge.retention.defaults import seed_retention_rules
from eservice_bridge.retention.enforcement import enforce_retention
from eservice_bridge.retention.models import RetentionRule
from eservice_bridge.retention.tasks import enforce_retention_task
from eservice_bridge.test_data import answers
from eservice_bridge.test_data.answers import CONTACT, SCHOLARSHIP_DAY
from eservice_bridge.test_data.factories import (
    AttachmentFactory,
    CaseFactory,
    DraftFactory,
    advance,
    catalogue_service,
)
from eservice_bridge.test_data.files import pdf_bytes, upload

from .flows import add_file, post_step, start, submit

pytestmark = pytest.mark.django_db

APPLIED = "2025-03-10T09:00:00"
DECIDED = "2025-06-20T10:00:00"  # not admitted: deleted from 2026-06-20
WITHDRAWN = "2025-04-01T12:00:00"  # withdrawn: deleted from 2026-04-01
COMPLAINT_NOTED = "2025-07-25T09:00:00"  # staff flag the complaint in the admin


@pytest.fixture
def rules(catalogue):
    """``seed_eservices`` (the catalogue fixture) already gave every service its rule."""
    assert seed_retention_rules() == (0, 0)
    assert RetentionRule.objects.count() == len(catalogue) == 7
    return {r.service.slug: r for r in RetentionRule.objects.select_related("service")}


@pytest.fixture
def school_staff(staff):
    client = Client()
    client.force_login(staff["sp1"])
    return client


@pytest.fixture
def department_client(staff):
    client = Client()
    client.force_login(staff["department"])
    return client


def at(settings, moment: str) -> None:
    settings.ESERVICES_NOW = moment


def act(client, case, action, data=None):
    return client.post(f"/admin/e-uslugi/sprawy/{case.pk}/akcja/{action}/", data or {})


def recruitment_case(applicant, units, given: str, serial: int, with_file: bool = True) -> Case:
    draft = DraftFactory(
        applicant=applicant,
        service=catalogue_service("rekrutacja"),
        answers=answers.recruitment(units["sp1"].home_id, given, serial),
    )
    if with_file:
        AttachmentFactory(draft=draft, kind="inne", content=pdf_bytes("Opinia"))
    return CaseFactory(draft=draft)


def decide(staff_client, case, outcome: str) -> None:
    assert act(staff_client, case, "zarejestruj").status_code == 302
    data = {"outcome": outcome, "justification": "Brak wolnych miejsc."}
    assert act(staff_client, case, "rozstrzygnij", data).status_code == 302
    case.refresh_from_db()
    assert case.state == "rozstrzygnieta"


def stored_path(name: str) -> Path:
    return Path(django_settings.PRIVATE_STORAGE_ROOT) / "attachments" / name


@pytest.fixture
def recruitment(settings, applicant_a, units, rules, staff, school_staff):
    """Four recruitment cases of 2025: refused, admitted, refused with a complaint, withdrawn."""
    at(settings, APPLIED)
    refused = recruitment_case(applicant_a, units, "Ola", 321)
    admitted = recruitment_case(applicant_a, units, "Ela", 322)
    complained = recruitment_case(applicant_a, units, "Iza", 323)
    withdrawn = recruitment_case(applicant_a, units, "Ula", 324)
    at(settings, WITHDRAWN)
    advance(withdrawn, CaseState.WITHDRAWN)
    at(settings, DECIDED)
    act(school_staff, refused, "komentarz", {"body": "Brak miejsc w oddziale."})
    for case, outcome in (
        (refused, DecisionOutcome.REFUSE),
        (admitted, DecisionOutcome.GRANT),
        (complained, DecisionOutcome.REFUSE),
    ):
        advance(
            case,
            CaseState.DECIDED,
            staff_user=staff["sp1"],
            outcome=outcome,
            justification="Brak wolnych miejsc.",
        )
    page = school_staff.get(f"/admin/e-uslugi/sprawy/{refused.pk}/")  # a view of personal data
    assert "Odnotuj skargę do sądu administracyjnego" in page.content.decode()
    at(settings, COMPLAINT_NOTED)
    assert act(school_staff, complained, "skarga-odnotuj").status_code == 302
    return {
        "refused": refused,
        "admitted": admitted,
        "complained": complained,
        "withdrawn": withdrawn,
    }


def exists(case: Case) -> bool:
    return Case.objects.filter(pk=case.pk).exists()


# ---------------------------------------------------------------- recruitment
def test_not_admitted_child_is_deleted_a_year_after_the_decision_with_files_and_audit(
    settings, recruitment, school_staff, applicant_a, django_capture_on_commit_callbacks
):
    refused = recruitment["refused"]
    files = list(Attachment.objects.filter(case=refused).values_list("stored_name", flat=True))
    assert files and all(stored_path(name).exists() for name in files)
    assert AuditEntry.objects.filter(case=refused).count() >= 5
    draft_id = refused.draft_id
    from eservice_bridge.notices.models import Notice

    Notice.objects.create(
        applicant=applicant_a,
        kind="decyzja",
        event_key=f"retention-test-{refused.pk}",
        title="Rozstrzygnięcie",
        body="Rozstrzygnięcie czeka w skrzynce.",
        case=refused,
        created_at=timezone.now(),
    )

    at(settings, "2026-06-20T02:30:00")
    with django_capture_on_commit_callbacks(execute=True):
        report = enforce_retention()

    assert refused.number in report.deleted_cases and not report.failures
    assert not exists(refused)
    assert not Draft.objects.filter(pk=draft_id).exists()
    assert not Attachment.objects.filter(stored_name__in=files).exists()
    assert not any(stored_path(name).exists() for name in files)
    assert not Decision.objects.filter(case_id=refused.pk).exists()
    assert not InternalComment.objects.filter(case_id=refused.pk).exists()
    assert not Notice.objects.filter(event_key=f"retention-test-{refused.pk}").exists()
    assert not AuditEntry.objects.filter(case_id=refused.pk).exists()
    tombstones = AuditEntry.objects.filter(action=TOMBSTONE_ACTION, detail__contains=refused.number)
    assert tombstones.count() == 1
    tombstone = tombstones.get()
    assert tombstone.actor == "system" and tombstone.case_id is None
    assert tombstone.staff_user_id is None and tombstone.applicant_id is None
    assert "rekrutacja" in tombstone.detail
    for personal in ("Ola", "Nowak", applicant_a.pesel, applicant_a.given_name):
        assert personal not in tombstone.detail
    # The withdrawn case (2025-04-01) is due too; admitted and complained are kept.
    assert recruitment["withdrawn"].number in report.deleted_cases
    assert exists(recruitment["admitted"]) and exists(recruitment["complained"])
    assert report.kept["dziecko przyjęte"] == 1 and report.kept["skarga do sądu"] == 1
    # The staff page of a deleted case is simply gone.
    assert school_staff.get(f"/admin/e-uslugi/sprawy/{refused.pk}/").status_code == 404


def test_one_day_before_the_year_is_over_the_case_is_kept(settings, recruitment, school_staff):
    refused = recruitment["refused"]
    at(settings, "2026-06-19T23:00:00")
    report = enforce_retention()
    assert refused.number not in report.deleted_cases and exists(refused)
    assert report.kept["okres nie minął"] == 1
    page = school_staff.get(f"/admin/e-uslugi/sprawy/{refused.pk}/").content.decode()
    assert "dane zostaną usunięte dnia 20.06.2026" in page
    assert "Pierwsze otwarcie: jeszcze nie otwarto" in page


def test_admitted_child_is_kept_until_the_end_of_attendance(settings, recruitment, school_staff):
    admitted = recruitment["admitted"]
    at(settings, "2031-09-01T02:30:00")
    report = enforce_retention()
    assert exists(admitted) and admitted.number not in report.deleted_cases
    page = school_staff.get(f"/admin/e-uslugi/sprawy/{admitted.pk}/").content.decode()
    assert "przechowywane do końca uczęszczania" in page


def test_court_complaint_flagged_by_staff_keeps_the_case_until_the_flag_is_removed(
    settings, recruitment, school_staff
):
    complained = recruitment["complained"]  # flagged by SP 1 staff in the fixture
    complained.refresh_from_db()
    assert complained.court_complaint_pending
    assert complained.court_complaint_noted_at == timezone.make_aware(dt.datetime(2025, 7, 25, 9))
    assert AuditEntry.objects.filter(case=complained, action="skarga-do-sadu").count() == 1
    # Flagging twice changes nothing and says so.
    again = act(school_staff, complained, "skarga-odnotuj")
    assert AuditEntry.objects.filter(case=complained, action="skarga-do-sadu").count() == 1
    assert "Skarga jest już odnotowana." in school_staff.get(again["Location"]).content.decode()

    at(settings, "2027-01-10T02:30:00")
    report = enforce_retention()
    assert exists(complained) and complained.number not in report.deleted_cases
    page = school_staff.get(f"/admin/e-uslugi/sprawy/{complained.pk}/").content.decode()
    assert "usuwanie wstrzymane: skarga do sądu administracyjnego" in page
    assert "Usuń oznaczenie skargi" in page
    listing = school_staff.get("/admin/e-uslugi/sprawy/").content.decode()
    assert listing.count("skarga do sądu") == 1

    assert act(school_staff, complained, "skarga-usun").status_code == 302
    complained.refresh_from_db()
    assert not complained.court_complaint_pending
    assert enforce_retention().deleted_cases == [complained.number]
    assert not exists(complained)


def test_complaint_flag_only_on_recruitment_and_only_by_staff_in_scope(
    settings, client_a, units, rules, department_client, staff, recruitment, scholarship_case
):
    at(settings, SCHOLARSHIP_DAY)
    scholarship = scholarship_case(client_a, units["sp1"].home_id)
    page = department_client.get(f"/admin/e-uslugi/sprawy/{scholarship.pk}/").content.decode()
    assert "Odnotuj skargę" not in page
    act(department_client, scholarship, "skarga-odnotuj")
    scholarship.refresh_from_db()
    assert not scholarship.court_complaint_pending
    # Staff of another school cannot see, let alone flag, a recruitment case of SP 1.
    other = Client()
    other.force_login(staff["sp2"])
    assert act(other, recruitment["refused"], "skarga-odnotuj").status_code == 404
    assert not Case.objects.get(pk=recruitment["refused"].pk).court_complaint_pending
    assert act(other, recruitment["complained"], "skarga-usun").status_code == 404
    assert Case.objects.get(pk=recruitment["complained"].pk).court_complaint_pending
    anonymous = Client().post(
        f"/admin/e-uslugi/sprawy/{recruitment['refused'].pk}/akcja/skarga-odnotuj/"
    )
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]


# ---------------------------------------------------------------- runs
def test_dry_run_deletes_nothing_and_a_second_run_deletes_nothing_more(settings, recruitment):
    refused, withdrawn = recruitment["refused"], recruitment["withdrawn"]
    at(settings, "2026-07-01T02:30:00")
    entries_before = AuditEntry.objects.count()
    dry = enforce_retention(dry_run=True)
    assert sorted(dry.deleted_cases) == sorted([refused.number, withdrawn.number])
    assert dry.files_deleted == 2
    assert exists(refused) and exists(withdrawn)
    assert AuditEntry.objects.count() == entries_before

    first = enforce_retention()
    assert sorted(first.deleted_cases) == sorted(dry.deleted_cases)
    assert first.files_deleted == dry.files_deleted
    cases_after, entries_after = Case.objects.count(), AuditEntry.objects.count()
    second = enforce_retention()
    assert second.deleted_cases == [] and second.files_deleted == 0
    assert second.drafts_deleted == 0 and second.audit_entries_purged == 0
    assert Case.objects.count() == cases_after and AuditEntry.objects.count() == entries_after
    assert AuditEntry.objects.filter(action=TOMBSTONE_ACTION).count() == 2


def test_management_command_and_task_print_numbers_never_personal_data(
    settings, recruitment, applicant_a
):
    at(settings, "2026-07-01T02:30:00")
    out = StringIO()
    call_command("enforce_retention", "--dry-run", stdout=out)
    text = out.getvalue()
    assert recruitment["refused"].number in text and "próba" in text
    for personal in ("Ola", "Nowak", applicant_a.pesel, "Anna"):
        assert personal not in text
    assert exists(recruitment["refused"])
    result = enforce_retention_task.delay().get()
    assert sorted(result["deleted_cases"]) == sorted(
        [recruitment["refused"].number, recruitment["withdrawn"].number]
    )
    assert result["failures"] == {} and result["services_without_rule"] == []
    out = StringIO()
    call_command("enforce_retention", stdout=out)
    assert "Sprawy usunięto: 0" in out.getvalue()


def test_a_failing_case_does_not_stop_the_others(
    settings, recruitment, monkeypatch, django_capture_on_commit_callbacks
):
    from eservice_bridge.retention import erasure

    refused, withdrawn = recruitment["refused"], recruitment["withdrawn"]
    files = list(Attachment.objects.filter(case=refused).values_list("stored_name", flat=True))
    gone = list(Attachment.objects.filter(case=withdrawn).values_list("stored_name", flat=True))
    real = erasure.replace_case_entries

    def failing(case, *, detail):
        if case.pk == refused.pk:
            raise RuntimeError(f"boom {case.answers}")  # must not reach the report
        return real(case, detail=detail)

    monkeypatch.setattr(erasure, "replace_case_entries", failing)
    at(settings, "2026-07-01T02:30:00")
    with django_capture_on_commit_callbacks(execute=True):
        report = enforce_retention()
    assert report.deleted_cases == [withdrawn.number]
    assert report.failures == {refused.number: "błąd RuntimeError"}
    assert exists(refused) and AuditEntry.objects.filter(case=refused).exists()
    assert Attachment.objects.filter(case=refused).count() == len(files)
    assert all(stored_path(name).exists() for name in files)  # rolled back: files stay
    assert gone and not any(stored_path(name).exists() for name in gone)
    out = StringIO()
    with pytest.raises(Exception, match="Nie usunięto spraw: 1"):
        call_command("enforce_retention", stdout=out)
    assert "BŁĄD: sprawy " + refused.number in out.getvalue()


# ---------------------------------------------------------------- other services
def test_scholarship_is_kept_ten_years_from_the_next_first_of_january(
    settings, client_a, units, rules, department_client, scholarship_case
):
    at(settings, SCHOLARSHIP_DAY)
    case = scholarship_case(client_a, units["sp1"].home_id)
    decide(department_client, case, "pozytywne")
    at(settings, "2036-12-31T23:00:00")
    assert enforce_retention().deleted_cases == [] and exists(case)
    page = department_client.get(f"/admin/e-uslugi/sprawy/{case.pk}/").content.decode()
    assert "dane zostaną usunięte dnia 01.01.2037" in page and "B10" in page
    at(settings, "2037-01-01T02:30:00")
    assert enforce_retention().deleted_cases == [case.number]


def test_open_case_is_never_deleted(settings, client_a, units, rules, scholarship_case):
    at(settings, SCHOLARSHIP_DAY)
    case = scholarship_case(client_a, units["sp1"].home_id)
    at(settings, "2060-01-01T02:30:00")
    report = enforce_retention()
    assert exists(case) and report.kept["sprawa w toku"] == 1


def test_service_without_rule_is_reported_and_its_cases_kept(
    settings, client_a, units, rules, department_client, superuser, scholarship_case
):
    at(settings, SCHOLARSHIP_DAY)
    case = scholarship_case(client_a, units["sp1"].home_id)
    decide(department_client, case, "negatywne")
    rules["stypendium-szkolne"].delete()
    at(settings, "2040-01-01T02:30:00")
    report = enforce_retention()
    assert report.services_without_rule == ["stypendium-szkolne"] and not report.ok
    assert exists(case) and report.kept["brak reguły"] == 1
    assert any("stypendium-szkolne" in line for line in report.lines())
    page = department_client.get(f"/admin/e-uslugi/sprawy/{case.pk}/").content.decode()
    assert "brak reguły przechowywania" in page
    admin = Client()
    admin.force_login(superuser)
    listing = admin.get("/admin/snippets/eservice_retention/retentionrule/")
    assert listing.status_code == 200
    body = listing.content.decode()
    assert "Usługi bez reguły przechowywania danych" in body and "Stypendium szkolne" in body


def test_department_staff_edit_rules_in_the_admin_and_bad_input_changes_nothing(
    rules, department_client
):
    assert "Reguły przechowywania: utworzono 0" in seed_demo()  # idempotent, grants permissions
    rule = rules["stypendium-szkolne"]
    url = f"/admin/snippets/eservice_retention/retentionrule/edit/{rule.pk}/"
    assert department_client.get(url).status_code == 200
    data = {
        "service": str(rule.service_id),
        "kind": "kategoria-b",
        "archival_category": "B10",
        "period_years": "5",
        "description": rule.description,
        "legal_basis": rule.legal_basis,
    }
    response = department_client.post(url, data)
    assert response.status_code == 200
    assert "Kategoria B10 oznacza 10 lat" in response.content.decode()
    rule.refresh_from_db()
    assert rule.period_years == 10
    bad_kind = department_client.post(url, {**data, "kind": "rekrutacja", "period_years": "1"})
    assert "tylko usłudze rekrutacji" in bad_kind.content.decode()
    ok = department_client.post(url, {**data, "archival_category": "B5"})
    assert ok.status_code == 302
    rule.refresh_from_db()
    assert (rule.archival_category, rule.period_years) == ("B5", 5)


# ---------------------------------------------------------------- drafts
def test_drafts_unchanged_for_longer_than_the_limit_are_deleted_with_their_files(
    client_a, catalogue, rules, settings, django_capture_on_commit_callbacks
):
    """``Draft.updated_at`` is stamped with the real time; it is aged with a queryset update."""
    settings.ESERVICES_NOW = None
    old = start(client_a, "pismo-ogolne")
    post_step(client_a, old, "nadawca", CONTACT)
    assert add_file(client_a, old, "inne", upload("skan.pdf", pdf_bytes())).status_code == 302
    recent = start(client_a, "pismo-ogolne")
    names = list(Attachment.objects.filter(draft=old).values_list("stored_name", flat=True))
    assert len(names) == 1 and stored_path(names[0]).exists()
    now = timezone.now()
    Draft.objects.filter(pk=old.pk).update(updated_at=now - dt.timedelta(days=91))
    Draft.objects.filter(pk=recent.pk).update(updated_at=now - dt.timedelta(days=89))

    dry = enforce_retention(dry_run=True)
    assert (dry.drafts_deleted, dry.draft_files_deleted) == (1, 1)
    assert Draft.objects.filter(pk=old.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        report = enforce_retention()
    assert (report.drafts_deleted, report.draft_files_deleted) == (1, 1)
    assert not Draft.objects.filter(pk=old.pk).exists()
    assert not stored_path(names[0]).exists()
    assert Draft.objects.filter(pk=recent.pk).exists()
    assert enforce_retention().drafts_deleted == 0


# ---------------------------------------------------------------- audit trail
def test_audit_guard_still_refuses_ordinary_update_and_delete(settings, recruitment):
    at(settings, "2026-07-01T02:30:00")
    enforce_retention()
    assert purge_sanctioned.get() is False
    entry = AuditEntry.objects.filter(case=recruitment["admitted"]).first()
    with pytest.raises(AuditImmutableError):
        entry.delete()
    with pytest.raises(AuditImmutableError):
        AuditEntry.objects.filter(pk=entry.pk).delete()
    with pytest.raises(AuditImmutableError):
        AuditEntry.objects.filter(action=TOMBSTONE_ACTION).delete()
    with pytest.raises(AuditImmutableError):
        AuditEntry.objects.filter(pk=entry.pk).update(detail="zmiana")
    entry.detail = "zmiana"
    with pytest.raises(AuditImmutableError):
        entry.save()
    assert AuditEntry.objects.filter(pk=entry.pk).exclude(detail="zmiana").exists()


def test_audit_entries_without_a_case_are_kept_two_years_then_purged(
    settings, recruitment, applicant_a
):
    """``AuditEntry.at`` is stamped with the real time; the clock is moved past it instead."""
    at(settings, "2026-07-01T02:30:00")
    enforce_retention()  # leaves tombstones and a run entry behind
    sign_in = record(None, "logowanie", applicant=applicant_a, detail="węzeł krajowy")
    kept_with_case = AuditEntry.objects.filter(case=recruitment["admitted"]).count()
    tombstones = AuditEntry.objects.filter(action=TOMBSTONE_ACTION).count()
    assert tombstones == 2

    settings.ESERVICES_NOW = (sign_in.at + dt.timedelta(days=365)).isoformat()
    assert enforce_retention().audit_entries_purged == 0
    settings.ESERVICES_NOW = (sign_in.at + dt.timedelta(days=2 * 365 + 2)).isoformat()
    report = enforce_retention()
    assert report.audit_entries_purged >= 1
    assert not AuditEntry.objects.filter(pk=sign_in.pk).exists()
    assert AuditEntry.objects.filter(action=TOMBSTONE_ACTION).count() == tombstones
    assert AuditEntry.objects.filter(case=recruitment["admitted"]).count() == kept_with_case


# ---------------------------------------------------------------- payment waiting
def test_case_waiting_for_payment_shows_it_and_offers_no_registration(
    settings, client_a, units, rules, school_staff
):
    at(settings, SCHOLARSHIP_DAY)
    draft = start(client_a, "duplikat-swiadectwa")
    assert post_step(client_a, draft, "wnioskodawca", CONTACT).status_code == 302
    document = {
        "document": "swiadectwo",
        "school": str(units["sp1"].home_id),
        "holder_name": "Tomek Testowy",
        "holder_birth_date": "2010-02-03",
        "school_year": "2023/2024",
        "reason": "utrata",
    }
    assert post_step(client_a, draft, "dokument", document).status_code == 302
    draft.refresh_from_db()
    assert submit(client_a, draft).status_code == 302
    case = Case.objects.get(draft=draft)
    assert case.state == "oczekuje-na-oplate"
    page = school_staff.get(f"/admin/e-uslugi/sprawy/{case.pk}/").content.decode()
    assert "Sprawa czeka na opłatę." in page
    assert f"/admin/e-uslugi/sprawy/{case.pk}/akcja/zarejestruj/" not in page
    refused = act(school_staff, case, "zarejestruj")
    assert (
        "zarejestrujesz ją po zaksięgowaniu wpłaty"
        in school_staff.get(refused["Location"]).content.decode()
    )
    case.refresh_from_db()
    assert case.state == "oczekuje-na-oplate"
    assert InformationRequest.objects.filter(case=case).count() == 0
