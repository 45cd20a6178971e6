"""Pages with personal data send ``Cache-Control: no-store``; public pages stay cacheable."""

import pytest
from django.test import Client

from eservice_bridge.cases.models import Case

from .cases_setup import scholarship_case
from .conftest import SCHOLARSHIP_DAY
from .flows import CONTACT, post_step, scholarship_ready, start, submit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def september(settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY


def fee_case(client, school_id: int) -> Case:
    draft = start(client, "duplikat-swiadectwa")
    assert post_step(client, draft, "wnioskodawca", CONTACT).status_code == 302
    answers = {
        "document": "swiadectwo",
        "school": str(school_id),
        "holder_name": "Tomek Testowy",
        "holder_birth_date": "2012-03-21",
        "school_year": "2024/2025",
        "reason": "zgubiony",
    }
    assert post_step(client, draft, "dokument", answers).status_code == 302
    draft.refresh_from_db()
    assert submit(client, draft).status_code == 302
    return Case.objects.get(draft=draft)


def assert_no_store(response, what: str) -> None:
    assert response.status_code == 200, (what, response.status_code)
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    assert "no-store" in directives, (what, response.get("Cache-Control"))
    assert "private" in directives, (what, response.get("Cache-Control"))


def test_applicant_pages_are_never_stored(client_a, catalogue, units):
    case = scholarship_case(client_a, units["sp1"].home_id)
    attachment = case.attachments.get()
    draft = scholarship_ready(client_a, units["sp1"].home_id)
    pages = {
        "dashboard": "/e-uslugi/moje-sprawy/",
        "inbox": "/e-uslugi/skrzynka/",
        "case": f"/e-uslugi/sprawy/{case.public_id}/",
        "UPO": f"/e-uslugi/sprawy/{case.public_id}/upo/",
        "UPO PDF": f"/e-uslugi/sprawy/{case.public_id}/upo.pdf",
        "attachment": f"/e-uslugi/zalaczniki/{attachment.public_id}/",
        "profile": "/e-uslugi/profil/",
        "draft step": f"/e-uslugi/wnioski/{draft.public_id}/krok/wnioskodawca/",
        "draft check": f"/e-uslugi/wnioski/{draft.public_id}/sprawdz/",
        "withdraw": f"/e-uslugi/sprawy/{case.public_id}/wycofaj/",
    }
    for what, url in pages.items():
        assert_no_store(client_a.get(url), what)


def test_payment_pages_are_never_stored(client_a, catalogue, units):
    case = fee_case(client_a, units["sp1"].home_id)
    assert_no_store(client_a.get(f"/e-uslugi/sprawy/{case.public_id}/"), "case with a fee")
    started = client_a.post(f"/e-uslugi/platnosci/{case.public_id}/rozpocznij/")
    assert started.status_code == 302
    assert "no-store" in started["Cache-Control"]
    assert_no_store(client_a.get(started.url), "sandbox payment page")
    payment = case.payments.get()
    assert_no_store(
        client_a.get(f"/e-uslugi/platnosci/{payment.public_id}/powrot/"), "payment return"
    )


def test_staff_handling_pages_are_never_stored(client_a, staff, catalogue, units):
    case = scholarship_case(client_a, units["sp1"].home_id)
    attachment = case.attachments.get()
    handler = Client()
    handler.force_login(staff["department"])
    pages = {
        "case list": "/admin/e-uslugi/sprawy/",
        "case": f"/admin/e-uslugi/sprawy/{case.pk}/",
        "attachment": f"/admin/e-uslugi/sprawy/{case.pk}/zalaczniki/{attachment.public_id}/",
    }
    for what, url in pages.items():
        assert_no_store(handler.get(url), what)


def test_public_pages_stay_cacheable(client, catalogue):
    for url in ("/e-uslugi/", "/e-uslugi/stypendium-szkolne/", "/e-uslugi/embed.js"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" not in response.get("Cache-Control", ""), url


def test_without_a_payment_provider_the_fee_is_refused_clearly(
    client_a, catalogue, units, settings
):
    # Production's default: no PAYMENTS_PROVIDER (the sandbox never runs there).
    case = fee_case(client_a, units["sp1"].home_id)
    settings.PAYMENTS_PROVIDER = ""
    started = client_a.post(f"/e-uslugi/platnosci/{case.public_id}/rozpocznij/", follow=True)
    assert started.status_code == 200
    assert "Płatności online są niedostępne" in started.content.decode()
    assert not case.payments.exists()
