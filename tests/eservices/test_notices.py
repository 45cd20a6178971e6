"""Proactive notices: scholarship window, recruitment stages, missing information, decisions."""

import datetime as dt
import re
import threading
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client

from demo.eservices import notices as demo
from eservice_bridge.audit.models import AuditEntry
from eservice_bridge.cases.models import Case, Decision
from eservice_bridge.household.models import ApplicantProfile, HouseholdMember
from eservice_bridge.notices.dispatch import due_notices, send_due_notices
from eservice_bridge.notices.inbox import notices_for
from eservice_bridge.notices.models import Notice, NoticeKind, RecruitmentStage
from eservice_bridge.notices.publishing import publish
from eservice_bridge.notices.tasks import send_due_notices_task
from eservice_bridge.test_data.answers import CHILD_PESEL
from eservice_bridge.test_data.factories import ApplicantFactory, CaseFactory, catalogue_service

pytestmark = pytest.mark.django_db

LAST_SEPTEMBER = "2025-09-05T10:00:00"
FIRST_OF_SEPTEMBER = "2026-09-01T08:00:00"


@pytest.fixture
def department_client(staff):
    client = Client()
    client.force_login(staff["department"])
    return client


def act(client, case, action, data=None):
    return client.post(f"/admin/e-uslugi/sprawy/{case.pk}/akcja/{action}/", data or {})


def run_task() -> dict:
    return send_due_notices_task.delay().get()


def links_in(message) -> list[str]:
    return re.findall(r"https?://\S+", message.body)


def last_year_applicant(client, applicant, units, settings) -> Case:
    """The applicant applied for the scholarship in September 2025."""
    settings.ESERVICES_NOW = LAST_SEPTEMBER
    case = CaseFactory(
        applicant=applicant, service=catalogue_service("stypendium-szkolne"), unit=units["sp1"]
    )
    assert case.submitted_at.year == 2025
    return case


def test_last_years_scholarship_applicant_gets_one_reminder_on_1_september(
    client_a, applicant_a, catalogue, units, settings
):
    ApplicantProfile.objects.create(applicant=applicant_a, city="Dąbrowa Górnicza")
    last_year_applicant(client_a, applicant_a, units, settings)
    mail.outbox.clear()

    settings.ESERVICES_NOW = "2026-08-31T23:45:00"
    assert sum(run_task().values()) == 0
    assert not Notice.objects.exists() and mail.outbox == []

    settings.ESERVICES_NOW = FIRST_OF_SEPTEMBER
    first = run_task()
    second = run_task()
    assert first[NoticeKind.SCHOLARSHIP_WINDOW] == 1 and first["emails"] == 1
    assert sum(second.values()) == 0
    assert len(mail.outbox) == 1
    notices = list(notices_for(applicant_a))
    assert len(notices) == 1
    notice = notices[0]
    assert notice.kind == NoticeKind.SCHOLARSHIP_WINDOW
    assert notice.event_key == "stypendium:2026"
    assert notice.emailed_at is not None and notice.read_at is None
    assert "2026/2027" in notice.title and "15.09.2026" in notice.body
    assert notice.url == "/e-uslugi/stypendium-szkolne/"

    message = mail.outbox[0]
    assert message.to == ["anna@example.org"]
    assert "Anna Testowa" in message.body
    assert applicant_a.pesel not in message.body and CHILD_PESEL not in message.body
    assert "Tomek" not in message.body  # no data beyond the name and links
    notice_link, unsubscribe_link = links_in(message)
    assert notice_link == f"http://localhost:8000/e-uslugi/powiadomienia/{notice.public_id}/"
    assert "/e-uslugi/powiadomienia/rezygnacja/" in unsubscribe_link
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_link}>"

    page = client_a.get(f"/e-uslugi/powiadomienia/{notice.public_id}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert notice.title in html and 'href="/e-uslugi/stypendium-szkolne/"' in html
    notice.refresh_from_db()
    assert notice.read_at is not None
    assert AuditEntry.objects.filter(action="odczytanie-powiadomienia").count() == 1

    settings.ESERVICES_NOW = "2026-09-16T08:00:00"  # window closed: still only one, ever
    assert sum(run_task().values()) == 0
    assert Notice.objects.count() == 1


def test_no_reminder_for_this_years_or_older_applicants(
    client_a, applicant_a, catalogue, units, settings, scholarship_case, sign_in
):
    settings.ESERVICES_NOW = "2024-09-05T10:00:00"  # two school years ago
    scholarship_case(client_a, units["sp1"].home_id)
    settings.ESERVICES_NOW = FIRST_OF_SEPTEMBER
    assert due_notices() == []
    other = ApplicantFactory(
        given_name="Ewa",
        family_name="Nowa",
        birth_date=dt.date(1990, 1, 2),
        email="ewa@example.org",
    )
    last_year_applicant(Client(), other, units, settings)
    settings.ESERVICES_NOW = "2026-09-01T07:00:00"
    scholarship_case(sign_in(Client(), other), units["sp1"].home_id)  # already applied
    settings.ESERVICES_NOW = FIRST_OF_SEPTEMBER
    assert due_notices() == []


def test_opted_out_parent_gets_no_reminder_but_gets_the_decision(
    client_b, applicant_b, department_client, catalogue, units, settings
):
    case = last_year_applicant(client_b, applicant_b, units, settings)
    ApplicantProfile.objects.create(
        applicant=applicant_b, reminders_opt_out=True, reminders_opt_out_at=dt.datetime.now(dt.UTC)
    )
    mail.outbox.clear()
    settings.ESERVICES_NOW = FIRST_OF_SEPTEMBER
    assert sum(run_task().values()) == 0
    assert not notices_for(applicant_b).exists() and mail.outbox == []

    act(department_client, case, "zarejestruj")
    act(department_client, case, "rozstrzygnij", {"outcome": "pozytywne", "justification": "OK"})
    notice = notices_for(applicant_b).get()
    assert notice.kind == NoticeKind.DECISION_DELIVERED
    assert len(mail.outbox) == 1
    assert "rezygnacja" not in mail.outbox[0].body  # a decision is not a reminder


def test_decision_delivered_notice_and_owner_only_page(
    client_a,
    applicant_a,
    applicant_b,
    department_client,
    catalogue,
    units,
    settings,
    scholarship_case,
    sign_in,
):
    settings.ESERVICES_NOW = "2026-09-05T10:00:00"
    case = scholarship_case(client_a, units["sp1"].home_id)
    mail.outbox.clear()
    act(department_client, case, "zarejestruj")
    act(department_client, case, "rozstrzygnij", {"outcome": "pozytywne", "justification": "OK"})
    decision = Decision.objects.get(case=case)
    assert decision.notice_sent_at is not None
    notice = Notice.objects.get(applicant=applicant_a)
    assert notice.kind == NoticeKind.DECISION_DELIVERED
    assert notice.event_key == f"decyzja:{decision.pk}" and notice.case == case
    assert notice.url == f"/e-uslugi/sprawy/{case.public_id}/rozstrzygniecie/"
    assert "19.09.2026" in notice.body  # deemed delivered after 14 days
    assert len(mail.outbox) == 1 and case.number in mail.outbox[0].subject
    assert notice.emailed_at is not None

    url = f"/e-uslugi/powiadomienia/{notice.public_id}/"
    assert sign_in(Client(), applicant_b).get(url).status_code == 404
    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and "/e-uslugi/logowanie/" in anonymous["Location"]
    notice.refresh_from_db()
    assert notice.read_at is None
    assert client_a.get(url).status_code == 200
    notice.refresh_from_db()
    assert notice.read_at is not None
    decision.refresh_from_db()
    assert decision.first_opened_at is None  # reading the notice is not opening the decision

    # Retention may delete the case later: the notice stays, without it.
    Notice.objects.filter(pk=notice.pk).update(case=None)
    assert client_a.get(url).status_code == 200


def test_missing_information_reminder_after_7_and_14_days(
    client_a, applicant_a, department_client, catalogue, units, settings, scholarship_case
):
    settings.ESERVICES_NOW = "2026-09-05T10:00:00"
    case = scholarship_case(client_a, units["sp1"].home_id)
    act(department_client, case, "zarejestruj")
    mail.outbox.clear()
    act(department_client, case, "wezwij", {"message": "Prosimy o zaświadczenie z MOPS."})
    info = case.information_requests.get()
    summons = Notice.objects.get(applicant=applicant_a)
    assert summons.kind == NoticeKind.INFORMATION_REQUESTED
    assert summons.event_key == f"wezwanie:{info.pk}"
    assert len(mail.outbox) == 1 and case.number in mail.outbox[0].subject
    mail.outbox.clear()

    settings.ESERVICES_NOW = "2026-09-12T09:59:00"  # 6 days 23 h 59 min
    assert run_task()[NoticeKind.INFORMATION_MISSING] == 0
    settings.ESERVICES_NOW = "2026-09-12T10:00:00"
    assert run_task()[NoticeKind.INFORMATION_MISSING] == 1
    assert run_task()[NoticeKind.INFORMATION_MISSING] == 0
    reminder = Notice.objects.get(kind=NoticeKind.INFORMATION_MISSING)
    assert reminder.event_key == f"uzupelnienie:{info.pk}:1"
    assert reminder.url == f"/e-uslugi/sprawy/{case.public_id}/" and reminder.case == case
    assert len(mail.outbox) == 1 and "rezygnacja" in mail.outbox[0].body
    assert "MOPS" not in mail.outbox[0].body

    settings.ESERVICES_NOW = "2026-09-19T10:00:00"
    assert run_task()[NoticeKind.INFORMATION_MISSING] == 1
    assert Notice.objects.filter(
        kind=NoticeKind.INFORMATION_MISSING, event_key=f"uzupelnienie:{info.pk}:2"
    ).exists()

    client_a.post(f"/e-uslugi/sprawy/{case.public_id}/uzupelnienie/", {"answer": "W załączeniu."})
    info.refresh_from_db()
    assert info.answered_at is not None
    settings.ESERVICES_NOW = "2026-09-30T10:00:00"
    assert run_task()[NoticeKind.INFORMATION_MISSING] == 0
    assert Notice.objects.filter(kind=NoticeKind.INFORMATION_MISSING).count() == 2


def test_first_run_after_14_days_sends_only_the_second_reminder(
    client_a, applicant_a, department_client, catalogue, units, settings, scholarship_case
):
    settings.ESERVICES_NOW = "2026-09-05T10:00:00"
    case = scholarship_case(client_a, units["sp1"].home_id)
    act(department_client, case, "zarejestruj")
    act(department_client, case, "wezwij", {"message": "Brak podpisu."})
    settings.ESERVICES_NOW = "2026-09-25T10:00:00"
    run_task()
    keys = list(
        Notice.objects.filter(kind=NoticeKind.INFORMATION_MISSING).values_list(
            "event_key", flat=True
        )
    )
    assert keys == [f"uzupelnienie:{case.information_requests.get().pk}:2"]


def child(applicant, given: str, born: dt.date) -> HouseholdMember:
    return HouseholdMember.objects.create(
        applicant=applicant, given_name=given, family_name="Testowy", birth_date=born
    )


def test_recruitment_stage_notices_only_for_children_of_the_right_age(
    applicant_a, applicant_b, catalogue, settings
):
    kinder = RecruitmentStage.objects.create(
        school_year=2027,
        level="przedszkole",
        name="składanie wniosków",
        starts_on=dt.date(2027, 3, 3),
        ends_on=dt.date(2027, 3, 14),
    )
    grade = RecruitmentStage.objects.create(
        school_year=2027,
        level="klasa-1",
        name="składanie wniosków",
        starts_on=dt.date(2027, 3, 10),
        ends_on=dt.date(2027, 3, 21),
    )
    RecruitmentStage.objects.create(
        school_year=2027,
        level="przedszkole",
        name="deklaracje o kontynuowaniu",
        starts_on=dt.date(2027, 3, 1),
        ends_on=dt.date(2027, 3, 20),
        notify_parents=False,
    )
    too_young = child(applicant_a, "Zosia", dt.date(2025, 1, 10))  # turns 2 in 2027
    three = child(applicant_a, "Ala", dt.date(2024, 12, 31))  # turns 3
    six = child(applicant_b, "Ola", dt.date(2021, 5, 1))  # turns 6: kindergarten or school
    seven = child(applicant_b, "Kuba", dt.date(2020, 1, 1))  # turns 7: school
    eight = child(applicant_b, "Piotr", dt.date(2019, 12, 31))  # turns 8: neither
    mail.outbox.clear()

    settings.ESERVICES_NOW = "2027-03-02T23:00:00"
    assert sum(run_task().values()) == 0

    settings.ESERVICES_NOW = "2027-03-03T06:00:00"
    assert run_task()[NoticeKind.RECRUITMENT_STAGE] == 2
    assert run_task()[NoticeKind.RECRUITMENT_STAGE] == 0
    kinder_keys = set(
        Notice.objects.filter(event_key__startswith=f"rekrutacja:{kinder.pk}:").values_list(
            "event_key", flat=True
        )
    )
    assert kinder_keys == {
        f"rekrutacja:{kinder.pk}:{three.public_id}",
        f"rekrutacja:{kinder.pk}:{six.public_id}",
    }

    settings.ESERVICES_NOW = "2027-03-15T06:00:00"  # kindergarten stage closed, school stage open
    assert run_task()[NoticeKind.RECRUITMENT_STAGE] == 2
    grade_keys = set(
        Notice.objects.filter(event_key__startswith=f"rekrutacja:{grade.pk}:").values_list(
            "event_key", flat=True
        )
    )
    assert grade_keys == {
        f"rekrutacja:{grade.pk}:{six.public_id}",
        f"rekrutacja:{grade.pk}:{seven.public_id}",
    }
    for member in (too_young, eight):
        assert not Notice.objects.filter(event_key__endswith=str(member.public_id)).exists()
    assert Notice.objects.filter(applicant=applicant_b).count() == 3
    early = Notice.objects.get(event_key=f"rekrutacja:{grade.pk}:{six.public_id}")
    assert "na wniosek rodziców" in early.body and "Ola" in early.body
    assert "2027/2028" in early.title
    assert len(mail.outbox) == 4
    assert all("Ola" not in m.body and "Kuba" not in m.body for m in mail.outbox)

    late = child(applicant_a, "Staś", dt.date(2020, 6, 1))  # registered while the stage is open
    settings.ESERVICES_NOW = "2027-03-21T20:00:00"
    assert run_task()[NoticeKind.RECRUITMENT_STAGE] == 1
    settings.ESERVICES_NOW = "2027-03-22T06:00:00"  # every stage closed
    child(applicant_a, "Tola", dt.date(2020, 7, 1))
    assert run_task()[NoticeKind.RECRUITMENT_STAGE] == 0
    assert Notice.objects.filter(event_key__endswith=str(late.public_id)).count() == 1


def test_opted_out_parent_gets_no_recruitment_notice(applicant_a, settings):
    ApplicantProfile.objects.create(applicant=applicant_a, reminders_opt_out=True)
    RecruitmentStage.objects.create(
        school_year=2027,
        level="klasa-1",
        name="składanie wniosków",
        starts_on=dt.date(2027, 3, 10),
        ends_on=dt.date(2027, 3, 21),
    )
    child(applicant_a, "Kuba", dt.date(2020, 1, 1))
    settings.ESERVICES_NOW = "2027-03-10T08:00:00"
    assert run_task()[NoticeKind.RECRUITMENT_STAGE] == 0


def test_unsubscribe_link_flow_and_bad_tokens(client_a, applicant_a, catalogue, units, settings):
    last_year_applicant(client_a, applicant_a, units, settings)
    mail.outbox.clear()
    settings.ESERVICES_NOW = FIRST_OF_SEPTEMBER
    run_task()
    link = links_in(mail.outbox[0])[1]
    path = link.removeprefix("http://localhost:8000")
    visitor = Client(enforce_csrf_checks=True)  # no sign-in needed

    confirm = visitor.get(path)
    assert confirm.status_code == 200
    assert "Tak, nie chcę przypomnień" in confirm.content.decode()
    assert not ApplicantProfile.objects.filter(applicant=applicant_a).exists()  # GET: no change

    for bad in (path[:-6] + "xxxxx/", "/e-uslugi/powiadomienia/rezygnacja/nie-token/"):
        refused = visitor.post(bad)
        assert refused.status_code == 400
        assert "nieprawidłowy" in refused.content.decode()
    assert not ApplicantProfile.objects.filter(applicant=applicant_a).exists()

    settings.ESERVICES_NOW = "2027-10-10T08:00:00"  # more than 400 days later
    expired = visitor.post(path)
    assert expired.status_code == 400 and "wygasł" in expired.content.decode()
    assert not ApplicantProfile.objects.filter(applicant=applicant_a).exists()

    settings.ESERVICES_NOW = "2026-09-02T09:00:00"
    done = visitor.post(path)
    assert done.status_code == 200 and "Nie będziemy już wysyłać" in done.content.decode()
    profile = ApplicantProfile.objects.get(applicant=applicant_a)
    assert profile.reminders_opt_out
    assert profile.reminders_opt_out_at.date() == dt.date(2026, 9, 2)
    assert AuditEntry.objects.filter(action="rezygnacja-z-przypomnien").count() == 1
    again = visitor.post(path)
    assert "były już wyłączone" in again.content.decode()
    profile.refresh_from_db()
    assert profile.reminders_opt_out_at.date() == dt.date(2026, 9, 2)


def test_a_racing_run_that_loses_the_insert_sends_nothing(
    client_a, applicant_a, catalogue, units, settings
):
    last_year_applicant(client_a, applicant_a, units, settings)
    mail.outbox.clear()
    settings.ESERVICES_NOW = FIRST_OF_SEPTEMBER
    [due] = due_notices()
    # The other run evaluates the same rules and wins the INSERT first.
    with mock.patch("eservice_bridge.notices.dispatch.due_notices", return_value=[due, due]):
        counts = send_due_notices()
    assert counts[NoticeKind.SCHOLARSHIP_WINDOW] == 1 and counts["emails"] == 1
    assert publish(due, Notice.objects.get().created_at) is None  # a third run, too
    assert Notice.objects.count() == 1 and len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_runs_racing_in_threads_create_and_mail_once(
    client_a, applicant_a, catalogue, units, settings
):
    last_year_applicant(client_a, applicant_a, units, settings)
    mail.outbox.clear()
    settings.ESERVICES_NOW = FIRST_OF_SEPTEMBER
    barrier = threading.Barrier(2)
    results, errors = [], []

    def worker() -> None:
        try:
            barrier.wait()
            results.append(send_due_notices())
        except Exception as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(r[NoticeKind.SCHOLARSHIP_WINDOW] for r in results) == [0, 1]
    assert Notice.objects.count() == 1 and len(mail.outbox) == 1


def test_failed_email_is_retried_once_by_a_later_run(
    client_a, applicant_a, catalogue, units, settings
):
    last_year_applicant(client_a, applicant_a, units, settings)
    mail.outbox.clear()
    settings.ESERVICES_NOW = FIRST_OF_SEPTEMBER
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("SMTP down")):
        counts = run_task()
    assert counts[NoticeKind.SCHOLARSHIP_WINDOW] == 1 and counts["emails"] == 0
    notice = Notice.objects.get()
    assert notice.emailed_at is None and notice.email_pending
    settings.ESERVICES_NOW = "2026-09-01T08:15:00"
    assert run_task()["emails"] == 1
    assert run_task()["emails"] == 0
    assert len(mail.outbox) == 1
    notice.refresh_from_db()
    assert notice.emailed_at is not None and not notice.email_pending


def test_send_notices_command_and_dry_run(
    client_a, applicant_a, catalogue, units, settings, capsys
):
    last_year_applicant(client_a, applicant_a, units, settings)
    mail.outbox.clear()
    settings.ESERVICES_NOW = FIRST_OF_SEPTEMBER
    call_command("send_notices", "--dry-run")
    out = capsys.readouterr().out
    assert "stypendium:2026" in out and "Do wysłania: 1" in out
    assert not Notice.objects.exists() and mail.outbox == []
    call_command("send_notices")
    assert "stypendium: 1" in capsys.readouterr().out
    assert Notice.objects.count() == 1 and len(mail.outbox) == 1


STAGE_URL = "/admin/snippets/eservice_notices/recruitmentstage/"


def stage_form(**overrides) -> dict:
    data = {
        "school_year": "2027",
        "level": "przedszkole",
        "name": "składanie wniosków",
        "starts_on": "2027-03-14",
        "ends_on": "2027-03-03",
        "notify_parents": "on",
    }
    data.update(overrides)
    return data


def test_timetable_is_edited_in_admin_with_clear_validation(client, superuser):
    client.force_login(superuser)
    assert client.get(STAGE_URL).status_code == 200
    bad = client.post(STAGE_URL + "add/", stage_form())
    assert bad.status_code == 200
    assert "Etap nie może kończyć się przed dniem rozpoczęcia." in bad.content.decode()
    assert not RecruitmentStage.objects.exists()

    wrong_year = client.post(
        STAGE_URL + "add/", stage_form(starts_on="2029-03-03", ends_on="2029-03-14")
    )
    assert "sprawdź datę rozpoczęcia albo rok szkolny" in wrong_year.content.decode()
    assert not RecruitmentStage.objects.exists()

    good = client.post(STAGE_URL + "add/", stage_form(starts_on="2027-03-03", ends_on="2027-03-14"))
    assert good.status_code == 302
    stage = RecruitmentStage.objects.get()
    assert stage.ends_on == dt.date(2027, 3, 14) and stage.notify_parents

    twice = client.post(
        STAGE_URL + "add/", stage_form(starts_on="2027-03-03", ends_on="2027-03-14")
    )
    assert twice.status_code == 200
    assert "Ten etap jest już w harmonogramie" in twice.content.decode()
    assert RecruitmentStage.objects.count() == 1


def test_demo_timetable_is_idempotent_and_matches_the_published_schedule(settings):
    from demo import facts

    settings.ESERVICES_NOW = "2026-11-25T10:00:00"  # autumn: the coming spring's recruitment
    first = demo.seed_demo()
    second = demo.seed_demo()
    assert "2027/2028" in first and "(0 nowych)" in second
    published = facts.recruitment_facts(dt.date(2026, 11, 25)).stages
    kindergarten = RecruitmentStage.objects.filter(school_year=2027, level="przedszkole")
    assert [(s.name, s.starts_on, s.ends_on) for s in kindergarten.order_by("starts_on")] == [
        (s.name, s.start, s.end) for s in published
    ]
    assert RecruitmentStage.objects.filter(school_year=2027).count() == 2 * len(published) - 1
    for stage in RecruitmentStage.objects.all():
        stage.full_clean()


def test_department_staff_edit_the_timetable_and_school_staff_do_not(staff):
    """ensure_department_groups (run by the ``staff`` fixture) grants the timetable."""
    school = Client()
    school.force_login(staff["sp1"])
    assert school.get(STAGE_URL).status_code in (302, 403)
    client = Client()
    client.force_login(staff["department"])
    assert client.get(STAGE_URL).status_code == 200
    assert client.post(STAGE_URL + "add/", stage_form(starts_on="2027-03-03")).status_code == 302
    assert RecruitmentStage.objects.count() == 1
