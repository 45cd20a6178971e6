"""Pages with personal data send ``Cache-Control: no-store``; public pages stay cacheable."""

import pytest
from django.test import Client

from eservice_bridge.cases.models import Case, CaseState
from eservice_bridge.identity.models import Applicant
from eservice_bridge.identity.session import SESSION_KEY
from eservice_bridge.test_data import answers
from eservice_bridge.test_data.answers import SCHOLARSHIP_DAY
from eservice_bridge.test_data.factories import CaseFactory, DraftFactory, catalogue_service

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def september(settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY


def fee_case(client, school_id: int) -> Case:
    """A filed duplicate of the signed-in parent, waiting for its fee."""
    return CaseFactory(
        applicant=Applicant.objects.get(pk=client.session[SESSION_KEY]),
        service=catalogue_service("duplikat-swiadectwa"),
        answers=answers.duplicate(school_id),
        state=CaseState.AWAITING_PAYMENT,
    )


def assert_no_store(response, what: str) -> None:
    assert response.status_code == 200, (what, response.status_code)
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    assert "no-store" in directives, (what, response.get("Cache-Control"))
    assert "private" in directives, (what, response.get("Cache-Control"))


def test_applicant_pages_are_never_stored(client_a, catalogue, units, scholarship_case):
    case = scholarship_case(client_a, units["sp1"].home_id)
    attachment = case.attachments.get()
    draft = DraftFactory(
        applicant=case.applicant,
        service=case.service,
        answers=answers.scholarship(units["sp1"].home_id),
    )
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


def test_staff_handling_pages_are_never_stored(client_a, staff, catalogue, units, scholarship_case):
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
