"""Staff handling in the admin, delivery to the inbox, audit trail, encryption, embedding."""

import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.test import Client

from eservice_bridge.audit.models import AuditEntry, AuditImmutableError
from eservice_bridge.cases.models import Case, Decision
from eservice_bridge.identity.models import Applicant
from eservice_bridge.test_data.answers import CHILD_PESEL, SCHOLARSHIP_DAY
from eservice_bridge.test_data.files import pdf_bytes, upload

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def september(settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY


@pytest.fixture
def department_client(staff):
    client = Client()
    client.force_login(staff["department"])
    return client


def act(client, case, action, data=None):
    return client.post(f"/admin/e-uslugi/sprawy/{case.pk}/akcja/{action}/", data or {})


def test_department_decides_and_parent_reads_decision(
    client_a, applicant_a, department_client, catalogue, units, settings, scholarship_case
):
    case = scholarship_case(client_a, units["sp1"].home_id)
    mail.outbox.clear()
    listing = department_client.get("/admin/e-uslugi/sprawy/").content.decode()
    assert applicant_a.pesel not in listing
    assert "*******" + applicant_a.pesel[-4:] in listing
    page = department_client.get(f"/admin/e-uslugi/sprawy/{case.pk}/")
    assert page.status_code == 200
    assert CHILD_PESEL not in page.content.decode()  # masked until explicitly revealed
    assert "*******" in page.content.decode()

    assert act(department_client, case, "zarejestruj").status_code == 302
    assert act(department_client, case, "rozpatruj").status_code == 302
    act(department_client, case, "komentarz", {"body": "Dochód sprawdzony."})
    act(department_client, case, "przydziel", {"assignee": str(staff_user_pk(department_client))})
    case.refresh_from_db()
    assert case.assigned_to.username == "wydzial"
    refused = act(
        department_client, case, "rozstrzygnij", {"outcome": "negatywne", "justification": ""}
    )
    assert refused.status_code == 302
    assert not Decision.objects.filter(case=case).exists()  # refusal without justification: nothing

    act(
        department_client,
        case,
        "rozstrzygnij",
        {"outcome": "pozytywne", "justification": "Spełnia kryteria."},
    )
    case.refresh_from_db()
    decision = case.decision
    assert case.state == "rozstrzygnieta"
    assert "przyznaje stypendium szkolne" in decision.body
    assert "Samorządowego Kolegium Odwoławczego" in decision.appeal_instruction
    assert decision.first_opened_at is None
    assert decision.deemed_delivered_at == decision.issued_at + dt.timedelta(days=14)
    assert len(mail.outbox) == 1
    assert case.number in mail.outbox[0].subject
    assert CHILD_PESEL not in mail.outbox[0].body

    inbox = client_a.get("/e-uslugi/skrzynka/").content.decode()
    assert "nowe" in inbox
    settings.ESERVICES_NOW = "2026-09-10T12:00:00"
    read = client_a.get(f"/e-uslugi/sprawy/{case.public_id}/rozstrzygniecie/")
    assert read.status_code == 200 and "przyznaje stypendium szkolne" in read.content.decode()
    decision.refresh_from_db()
    first = decision.first_opened_at
    assert first is not None and first.date() == dt.date(2026, 9, 10)
    assert decision.deemed_delivered_at == first
    settings.ESERVICES_NOW = "2026-09-25T12:00:00"
    client_a.get(f"/e-uslugi/sprawy/{case.public_id}/rozstrzygniecie/")
    decision.refresh_from_db()
    assert decision.first_opened_at == first  # later openings change nothing

    actions = list(AuditEntry.objects.filter(case=case).values_list("action", flat=True))
    for expected in (
        "zlozenie-wniosku",
        "podglad-sprawy",
        "zmiana-stanu",
        "komentarz-wewnetrzny",
        "wydanie-rozstrzygniecia",
        "odebranie-rozstrzygniecia",
    ):
        assert expected in actions
    staff_view = AuditEntry.objects.filter(
        case=case, action="podglad-sprawy", staff_user__isnull=False
    ).first()
    assert staff_view.ip_address == "127.0.0.1"
    assert staff_view.actor == "pracownik: wydzial"


def test_information_request_answered_online(
    client_a, department_client, catalogue, units, scholarship_case
):
    case = scholarship_case(client_a, units["sp1"].home_id)
    act(department_client, case, "zarejestruj")
    act(department_client, case, "wezwij", {"message": "Prosimy o zaświadczenie z MOPS."})
    case.refresh_from_db()
    assert case.state == "uzupelnienie"
    page = client_a.get(f"/e-uslugi/sprawy/{case.public_id}/").content.decode()
    assert "Prosimy o zaświadczenie z MOPS." in page
    bad = client_a.post(
        f"/e-uslugi/sprawy/{case.public_id}/uzupelnienie/",
        {"answer": "", "file": upload("x.pdf", b"GIF89a")},
    )
    assert bad.status_code == 302
    case.refresh_from_db()
    assert case.state == "uzupelnienie"
    client_a.post(
        f"/e-uslugi/sprawy/{case.public_id}/uzupelnienie/",
        {"answer": "W załączeniu.", "file": upload("mops.pdf", pdf_bytes())},
    )
    case.refresh_from_db()
    assert case.state == "w-rozpatrzeniu"
    assert case.attachments.filter(kind="uzupelnienie").count() == 1


def test_withdrawal_and_forbidden_transition(
    client_a, department_client, catalogue, units, scholarship_case
):
    case = scholarship_case(client_a, units["sp1"].home_id)
    client_a.post(f"/e-uslugi/sprawy/{case.public_id}/wycofaj/")
    case.refresh_from_db()
    assert case.state == "wycofana"
    response = act(department_client, case, "rozpatruj")
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.state == "wycofana"
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("nie można przenieść" in m for m in messages)


def test_audit_entries_cannot_be_changed_or_deleted(client_a, catalogue, units, scholarship_case):
    case = scholarship_case(client_a, units["sp1"].home_id)
    entry = AuditEntry.objects.filter(case=case).first()
    entry.detail = "zmienione"
    with pytest.raises(AuditImmutableError):
        entry.save()
    with pytest.raises(AuditImmutableError):
        entry.delete()
    with pytest.raises(AuditImmutableError):
        AuditEntry.objects.filter(pk=entry.pk).update(detail="x")
    with pytest.raises(AuditImmutableError):
        AuditEntry.objects.all().delete()
    entry.refresh_from_db()
    assert entry.detail != "zmienione"


def test_audit_admin_is_read_only(client_a, department_client, catalogue, units, scholarship_case):
    scholarship_case(client_a, units["sp1"].home_id)
    listing = department_client.get("/admin/e-uslugi/sprawy/dziennik/")
    assert listing.status_code == 200 and "zlozenie-wniosku" in listing.content.decode()
    count = AuditEntry.objects.count()
    department_client.post("/admin/e-uslugi/sprawy/dziennik/")
    assert AuditEntry.objects.count() == count


def test_pesel_and_answers_are_encrypted_at_rest(
    client_a, applicant_a, catalogue, units, scholarship_case
):
    case = scholarship_case(client_a, units["sp1"].home_id)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pesel FROM eservice_bridge_applicant WHERE id = %s", [applicant_a.pk]
        )
        raw_pesel = cursor.fetchone()[0]
        cursor.execute("SELECT answers FROM eservice_bridge_case WHERE id = %s", [case.pk])
        raw_answers = cursor.fetchone()[0]
    assert applicant_a.pesel not in raw_pesel and raw_pesel.startswith("gAAAA")
    assert CHILD_PESEL not in raw_answers and "Tomek" not in raw_answers
    assert Applicant.objects.get(pk=applicant_a.pk).pesel == applicant_a.pesel
    assert Case.objects.get(pk=case.pk).answers["uczen"]["child_pesel"] == CHILD_PESEL


def test_pesel_is_masked_in_logs():
    import logging

    from eservice_bridge.protection.masking import PeselMaskingFilter

    logger = logging.getLogger("eservice_bridge.test")
    handler = logging.Handler()
    records = []
    handler.emit = records.append
    handler.addFilter(PeselMaskingFilter())
    logger.addHandler(handler)
    try:
        logger.warning("Wniosek dla %s", "85041240212")
    finally:
        logger.removeHandler(handler)
    assert records[0].getMessage() == "Wniosek dla *******0212"


def test_embed_widget_may_be_framed_only_by_portal_hosts(client, catalogue):
    response = client.get("/e-uslugi/stypendium-szkolne/osadzony/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    directives = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert directives["frame-ancestors"].startswith("'self'")
    assert "*.localhost" in directives["frame-ancestors"]
    assert directives["script-src"] == "'self'"  # the site-wide policy, only framing widened
    full = client.get("/e-uslugi/stypendium-szkolne/")
    assert full["X-Frame-Options"] == "DENY"
    script = client.get("/e-uslugi/embed.js")
    assert script.status_code == 200 and "text/javascript" in script["Content-Type"]
    assert "eservice:height" in script.content.decode()
    assert client.get("/e-uslugi/nie-ma-takiej/osadzony/").status_code == 404


def test_seed_is_idempotent(catalogue):
    from django.core.management import call_command

    from eservice_bridge.catalogue.models import Service

    call_command("seed_eservices", verbosity=0)
    assert Service.objects.count() == 7
    assert set(catalogue) == {
        "rekrutacja",
        "stypendium-szkolne",
        "zasilek-szkolny",
        "dowoz-ucznia-niepelnosprawnego",
        "duplikat-swiadectwa",
        "dofinansowanie-mlodocianych",
        "pismo-ogolne",
    }
    # The duplicate's fee depends on the document: the year's legal figures state it.
    duplicate = catalogue["duplikat-swiadectwa"]
    assert duplicate.fee == 0
    assert duplicate.texts["fee_description"] == "duplikat świadectwa 26 zł; legitymacja 9 zł"
    assert catalogue["dowoz-ucznia-niepelnosprawnego"].handler == "cuw"
    for service in catalogue.values():
        assert "PUODO" in service.information_clause


def test_catalogue_is_managed_in_wagtail_admin(client, superuser, catalogue):
    client.force_login(superuser)
    listing = client.get("/admin/snippets/eservice_bridge/service/")
    assert listing.status_code == 200 and "Stypendium szkolne" in listing.content.decode()


def staff_user_pk(client) -> int:
    return int(client.session["_auth_user_id"])


def test_catalogue_edit_with_bad_attachment_lines_changes_nothing(client, superuser, catalogue):
    client.force_login(superuser)
    service = catalogue["stypendium-szkolne"]
    url = f"/admin/snippets/eservice_bridge/service/edit/{service.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    data = {
        field: "" if getattr(service, field) is None else getattr(service, field)
        for field in (
            "name",
            "slug",
            "description",
            "legal_basis",
            "handler",
            "outcome",
            "form_key",
            "case_symbol",
            "processing_time",
            "window_start_day",
            "window_start_month",
            "window_end_day",
            "window_end_month",
            "window_description",
            "fee",
            "fee_description",
            "information_clause",
            "grant_template",
            "refuse_template",
            "appeal_instruction",
        )
    }
    data.update({"is_active": "on", "required_attachments": "to nie jest poprawny wiersz"})
    response = client.post(url, data)
    assert response.status_code == 200
    assert "kod | opis" in response.content.decode()
    service.refresh_from_db()
    assert service.required_attachments.startswith("dochod |")
    data["required_attachments"] = "dochod | Zaświadczenia o dochodach"
    data.update({"window_start_day": "1", "window_start_month": "9"})  # no end given
    response = client.post(url, data)
    assert "Podaj pełny termin naboru" in response.content.decode()


def test_production_refuses_to_start_without_encryption_key():
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "ESERVICES_ENCRYPTION_KEY"}
    env.update({"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "example.org"})
    code = "import cms.settings.production"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode != 0
    assert "ESERVICES_ENCRYPTION_KEY must be set in production" in result.stderr
    env["ESERVICES_ENCRYPTION_KEY"] = "dGVzdC1rZXktdGVzdC1rZXktdGVzdC1rZXktMTIzNDU="
    env.pop("ESERVICES_LOOKUP_KEY", None)
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode != 0
    assert "ESERVICES_LOOKUP_KEY must be set in production" in result.stderr
    env["ESERVICES_LOOKUP_KEY"] = "blind-index-key-" + "k" * 32
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0
