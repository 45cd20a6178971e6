"""Payments for fee-bearing services through the sandbox gateway, over HTTP."""

import uuid
from decimal import Decimal

import pytest
from django.conf import settings as django_settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from eservice_bridge.audit.models import AuditEntry
from eservice_bridge.cases.models import Case, CaseState
from eservice_bridge.cases.workflow import case_moved
from eservice_bridge.identity.models import Applicant
from eservice_bridge.identity.session import SESSION_KEY
from eservice_bridge.payments.models import (
    Payment,
    PaymentNotification,
    PaymentStatus,
    Refund,
    RefundReason,
    RefundStatus,
    SandboxRefund,
    SandboxTransaction,
)
from eservice_bridge.payments.providers import registry
from eservice_bridge.payments.sandbox import signing
from eservice_bridge.test_data import answers
from eservice_bridge.test_data.answers import CONTACT
from eservice_bridge.test_data.factories import CaseFactory, catalogue_service
from eservice_bridge.test_data.files import PNG_BYTES, upload

from .flows import add_file, post_step, start, submit

pytestmark = pytest.mark.django_db

NOTIFY_URL = "/e-uslugi/platnosci/powiadomienia/sandbox/"


# ------------------------------------------------------------------ helpers
def duplicate_case_over_http(client, school_id: int, document: str = "swiadectwo") -> Case:
    """Walk the duplicate service as a parent does; the case waits for its fee."""
    draft = start(client, "duplikat-swiadectwa")
    assert post_step(client, draft, "wnioskodawca", CONTACT).status_code == 302
    answers = {
        "document": document,
        "school": str(school_id),
        "holder_name": "Tomek Testowy",
        "holder_birth_date": "2012-03-21",
        "school_year": "2024/2025",
        "reason": "zgubiony",
    }
    assert post_step(client, draft, "dokument", answers).status_code == 302
    if document == "legitymacja":
        add_file(client, draft, "zdjecie", upload("zdjecie.png", PNG_BYTES, "image/png"))
    draft.refresh_from_db()
    assert submit(client, draft).status_code == 302
    return Case.objects.get(draft=draft)


def duplicate_case(client, school_id: int, document: str = "swiadectwo") -> Case:
    """A filed duplicate of the signed-in parent, waiting for its fee (from the test kit)."""
    return CaseFactory(
        applicant=Applicant.objects.get(pk=client.session[SESSION_KEY]),
        service=catalogue_service("duplikat-swiadectwa"),
        answers=answers.duplicate(school_id, document),
        state=CaseState.AWAITING_PAYMENT,
    )


def start_payment(client, case: Case):
    return client.post(f"/e-uslugi/platnosci/{case.public_id}/rozpocznij/")


def go_to_sandbox(client, case: Case) -> str:
    response = start_payment(client, case)
    assert response.status_code == 302
    assert response.url.startswith("/e-uslugi/platnosci/sandbox/SBX-")
    return response.url


def decide(client, sandbox_url: str, choice: str):
    return client.post(sandbox_url, {"decyzja": choice})


def signed_post(client, document: dict, secret: str | None = None):
    body, headers = signing.signed(secret or django_settings.PAYMENTS_SANDBOX_SECRET, document)
    return client.post(
        NOTIFY_URL,
        body,
        content_type="application/json",
        headers={signing.SIGNATURE_HEADER: headers[signing.SIGNATURE_HEADER]},
    )


def paid_document(payment: Payment, **changes) -> dict:
    return {
        "notification_id": f"NTF-{uuid.uuid4().hex[:12]}",
        "merchant_payment_id": str(payment.public_id),
        "transaction_id": payment.provider_reference,
        "status": "paid",
        "amount": payment.amount_grosze,
        "currency": "PLN",
        "sent_at": "2026-09-01T10:00:00+02:00",
        **changes,
    }


def payment_moves(case: Case) -> int:
    return AuditEntry.objects.filter(
        case=case, action="zmiana-stanu", detail="oczekuje na opłatę → złożona"
    ).count()


@pytest.fixture
def sp1_client(staff):
    client = Client()
    client.force_login(staff["sp1"])
    return client


# ------------------------------------------------------------------ the whole journey
def test_duplicate_certificate_is_paid_through_the_sandbox(client_a, catalogue, units, sp1_client):
    case = duplicate_case_over_http(client_a, units["sp1"].home_id)
    assert case.state == CaseState.AWAITING_PAYMENT

    page = client_a.get(f"/e-uslugi/sprawy/{case.public_id}/").content.decode()
    assert "Opłata" in page and "26,00 zł" in page and "Zapłać online" in page

    # Staff see the case waiting for its fee and cannot register it.
    staff_page = sp1_client.get(f"/admin/e-uslugi/sprawy/{case.pk}/").content.decode()
    assert "oczekuje na opłatę" in staff_page and "Zarejestruj</button>" not in staff_page
    listing = sp1_client.get("/admin/e-uslugi/sprawy/").content.decode()
    assert case.number in listing and "oczekuje na opłatę" in listing
    sp1_client.post(f"/admin/e-uslugi/sprawy/{case.pk}/akcja/zarejestruj/")
    case.refresh_from_db()
    assert case.state == CaseState.AWAITING_PAYMENT

    sandbox_url = go_to_sandbox(client_a, case)
    payment = Payment.objects.get(case=case)
    assert payment.status == PaymentStatus.PENDING and payment.amount == Decimal("26.00")
    assert payment.title == f"{case.number} – {case.service.name}"
    bank = client_a.get(sandbox_url).content.decode()
    assert "Gmina Dąbrowa Górnicza" in bank and case.number in bank and "26,00 zł" in bank
    assert "Anna" not in bank  # the gateway sees no personal data

    paid = decide(client_a, sandbox_url, "zaplac")
    assert paid.status_code == 302
    assert paid.url == f"http://testserver/e-uslugi/platnosci/{payment.public_id}/powrot/"
    back = client_a.get(paid.url).content.decode()
    assert "Płatność potwierdzona" in back

    case.refresh_from_db()
    payment.refresh_from_db()
    assert case.state == CaseState.SUBMITTED
    assert payment.status == PaymentStatus.PAID and payment.paid_at is not None
    assert payment_moves(case) == 1
    assert PaymentNotification.objects.get().outcome == "applied"

    # The gateway sends the same notification again: accepted, nothing changes.
    client_a.post(sandbox_url, {"wyslij-ponownie": "1"})
    assert PaymentNotification.objects.count() == 1 and payment_moves(case) == 1
    case.refresh_from_db()
    assert case.state == CaseState.SUBMITTED

    # A second payment cannot be started and the panel shows the fee as paid.
    start_payment(client_a, case)
    assert Payment.objects.filter(case=case).count() == 1
    page = client_a.get(f"/e-uslugi/sprawy/{case.public_id}/").content.decode()
    assert "Płatność potwierdzona" in page and "Zapłać online" not in page

    sp1_client.post(f"/admin/e-uslugi/sprawy/{case.pk}/akcja/zarejestruj/")
    case.refresh_from_db()
    assert case.state == CaseState.REGISTERED


def test_pupil_id_costs_9_zl_and_the_return_alone_never_marks_it_paid(client_a, catalogue, units):
    case = duplicate_case(client_a, units["sp2"].home_id, "legitymacja")
    assert case.state == CaseState.AWAITING_PAYMENT
    sandbox_url = go_to_sandbox(client_a, case)
    payment = Payment.objects.get(case=case)
    assert payment.amount == Decimal("9.00") and payment.amount_grosze == 900
    assert "9,00 zł" in client_a.get(sandbox_url).content.decode()

    # Paid at the gateway, but its notification is held back: the portal must not guess.
    back = decide(client_a, sandbox_url, "zaplac-bez-powiadomienia")
    page = client_a.get(back.url).content.decode()
    assert "Oczekujemy na potwierdzenie" in page and "Odśwież stan płatności" in page
    case.refresh_from_db()
    assert case.state == CaseState.AWAITING_PAYMENT

    bank = client_a.get(sandbox_url).content.decode()
    assert "nie zostało jeszcze dostarczone" in bank
    client_a.post(sandbox_url, {"wyslij-ponownie": "1"})
    case.refresh_from_db()
    assert case.state == CaseState.SUBMITTED
    assert "Płatność potwierdzona" in client_a.get(back.url).content.decode()


def test_cancel_or_refusal_in_the_sandbox_leaves_the_case_waiting_and_allows_retry(
    client_a, catalogue, units
):
    case = duplicate_case(client_a, units["sp1"].home_id)
    first_url = go_to_sandbox(client_a, case)
    back = decide(client_a, first_url, "anuluj")
    page = client_a.get(back.url).content.decode()
    assert "Płatność anulowana" in page and "Spróbuj zapłacić ponownie" in page
    case.refresh_from_db()
    assert case.state == CaseState.AWAITING_PAYMENT
    assert Payment.objects.get(case=case).status == PaymentStatus.CANCELLED
    # The finished transaction cannot be paid afterwards.
    decide(client_a, first_url, "zaplac")
    case.refresh_from_db()
    assert case.state == CaseState.AWAITING_PAYMENT

    second_url = go_to_sandbox(client_a, case)
    assert second_url != first_url
    back = decide(client_a, second_url, "odrzuc")
    assert "Płatność odrzucona" in client_a.get(back.url).content.decode()
    assert Payment.objects.filter(case=case, status=PaymentStatus.FAILED).count() == 1

    third_url = go_to_sandbox(client_a, case)
    decide(client_a, third_url, "zaplac")
    case.refresh_from_db()
    assert case.state == CaseState.SUBMITTED
    statuses = sorted(Payment.objects.filter(case=case).values_list("status", flat=True))
    assert statuses == ["cancelled", "failed", "paid"]


def test_double_click_reuses_the_one_open_payment(client_a, catalogue, units):
    case = duplicate_case(client_a, units["sp1"].home_id)
    first = start_payment(client_a, case)
    second = start_payment(client_a, case)
    assert first.url == second.url
    assert Payment.objects.filter(case=case).count() == 1
    assert SandboxTransaction.objects.count() == 1


# ------------------------------------------------------------------ the notification endpoint
def test_notification_endpoint_verifies_signature_amount_and_replays(client_a, catalogue, units):
    case = duplicate_case(client_a, units["sp1"].home_id)
    go_to_sandbox(client_a, case)
    payment = Payment.objects.get(case=case)
    gateway = Client()  # server to server: no session, no CSRF token

    forged = signed_post(gateway, paid_document(payment), secret="not-the-shared-secret")
    assert forged.status_code == 400
    unsigned = gateway.post(
        NOTIFY_URL, signing.canonical(paid_document(payment)), "application/json"
    )
    assert unsigned.status_code == 400
    # A genuine signature over one body does not cover another.
    document = paid_document(payment)
    body, headers = signing.signed(django_settings.PAYMENTS_SANDBOX_SECRET, document)
    altered = body.replace(b'"amount":2600', b'"amount":1')
    swapped = gateway.post(
        NOTIFY_URL,
        altered,
        content_type="application/json",
        headers={signing.SIGNATURE_HEADER: headers[signing.SIGNATURE_HEADER]},
    )
    assert swapped.status_code == 400
    assert gateway.post(NOTIFY_URL, b"{not json", "application/json").status_code == 400
    assert PaymentNotification.objects.count() == 0
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING

    # Correctly signed, but the amount or currency is not this payment's: rejected.
    assert signed_post(gateway, paid_document(payment, amount=100)).status_code == 400
    assert signed_post(gateway, paid_document(payment, currency="EUR")).status_code == 400
    assert (
        signed_post(gateway, paid_document(payment, transaction_id="SBX-OTHER")).status_code == 400
    )
    unknown = paid_document(payment, merchant_payment_id=str(uuid.uuid4()))
    assert signed_post(gateway, unknown).status_code == 400
    payment.refresh_from_db()
    case.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING and case.state == CaseState.AWAITING_PAYMENT

    good = paid_document(payment)
    response = signed_post(gateway, good)
    assert response.status_code == 200 and response.content == b"OK"
    case.refresh_from_db()
    assert case.state == CaseState.SUBMITTED and payment_moves(case) == 1
    entries = AuditEntry.objects.count()

    replay = signed_post(gateway, good)
    assert replay.status_code == 200
    assert PaymentNotification.objects.filter(notification_id=good["notification_id"]).count() == 1
    assert AuditEntry.objects.count() == entries and payment_moves(case) == 1
    # A late "cancelled" for a settled payment changes nothing either.
    late = signed_post(gateway, paid_document(payment, status="cancelled"))
    assert late.status_code == 200
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PAID

    assert gateway.get(NOTIFY_URL).status_code == 405
    assert (
        gateway.post(
            "/e-uslugi/platnosci/powiadomienia/nieznany/", b"{}", "application/json"
        ).status_code
        == 404
    )


# ------------------------------------------------------------------ isolation
def test_another_applicant_cannot_start_or_see_the_payment(client_a, client_b, catalogue, units):
    case = duplicate_case(client_a, units["sp1"].home_id)
    assert start_payment(client_b, case).status_code == 404
    assert not Payment.objects.exists()
    go_to_sandbox(client_a, case)
    payment = Payment.objects.get()
    assert client_b.get(f"/e-uslugi/platnosci/{payment.public_id}/powrot/").status_code == 404
    anonymous = Client()
    assert start_payment(anonymous, case).url.startswith("/e-uslugi/logowanie/")
    assert anonymous.get(f"/e-uslugi/platnosci/{payment.public_id}/powrot/").status_code == 302
    assert Payment.objects.count() == 1


# ------------------------------------------------------------------ refunds
def test_withdrawal_after_payment_records_exactly_one_refund(
    client_a, catalogue, units, django_capture_on_commit_callbacks
):
    case = duplicate_case(client_a, units["sp1"].home_id)
    decide(client_a, go_to_sandbox(client_a, case), "zaplac")
    case.refresh_from_db()
    assert case.state == CaseState.SUBMITTED

    with django_capture_on_commit_callbacks(execute=True):
        assert client_a.post(f"/e-uslugi/sprawy/{case.public_id}/wycofaj/").status_code == 302
    case.refresh_from_db()
    assert case.state == CaseState.WITHDRAWN
    refund = Refund.objects.get()
    assert refund.reason == RefundReason.WITHDRAWAL and refund.amount == Decimal("26.00")
    assert refund.status == RefundStatus.COMPLETED
    assert refund.provider_reference.startswith("SBX-R-")
    assert Payment.objects.get().status == PaymentStatus.REFUNDED
    assert SandboxTransaction.objects.get().refunded_grosze == 2600

    # The signal delivered a second time records and refunds nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        case_moved.send(
            sender=Case,
            case=case,
            previous=CaseState.SUBMITTED,
            target=CaseState.WITHDRAWN,
            request=None,
            applicant=None,
            staff_user=None,
        )
    assert Refund.objects.count() == 1 and SandboxRefund.objects.count() == 1
    page = client_a.get(f"/e-uslugi/sprawy/{case.public_id}/").content.decode()
    assert "Zwrot 26,00 zł zrealizowany" in page


def test_withdrawal_before_payment_cancels_it_and_a_late_payment_is_returned(
    client_a, catalogue, units, django_capture_on_commit_callbacks
):
    case = duplicate_case(client_a, units["sp1"].home_id)
    sandbox_url = go_to_sandbox(client_a, case)
    with django_capture_on_commit_callbacks(execute=True):
        client_a.post(f"/e-uslugi/sprawy/{case.public_id}/wycofaj/")
    case.refresh_from_db()
    assert case.state == CaseState.WITHDRAWN
    assert Payment.objects.get().status == PaymentStatus.CANCELLED
    assert not Refund.objects.exists()

    # The payer still had the gateway open and pays: the money goes straight back.
    with django_capture_on_commit_callbacks(execute=True):
        decide(client_a, sandbox_url, "zaplac")
    case.refresh_from_db()
    assert case.state == CaseState.WITHDRAWN
    refund = Refund.objects.get()
    assert refund.reason == RefundReason.CASE_CLOSED and refund.status == RefundStatus.COMPLETED


# ------------------------------------------------------------------ staff listing
def test_payments_listing_is_read_only_for_finance_staff(
    client_a, catalogue, units, staff, superuser
):
    case = duplicate_case(client_a, units["sp1"].home_id)
    decide(client_a, go_to_sandbox(client_a, case), "zaplac")
    payment = Payment.objects.get()
    for name in ("department", "cuw"):
        client = Client()
        client.force_login(staff[name])
        listing = client.get("/admin/eservice_payments/")
        assert listing.status_code == 200, name
        assert case.number in listing.content.decode()
        assert client.get(f"/admin/eservice_payments/inspect/{payment.pk}/").status_code == 200
        assert client.get("/admin/eservice_refunds/").status_code == 200
    for user in (superuser, staff["department"]):
        client = Client()
        client.force_login(user)
        for url in (
            "/admin/eservice_payments/new/",
            f"/admin/eservice_payments/edit/{payment.pk}/",
            f"/admin/eservice_payments/delete/{payment.pk}/",
        ):
            assert client.get(url).status_code in (302, 403), url
        client.post(f"/admin/eservice_payments/delete/{payment.pk}/")
    assert Payment.objects.filter(pk=payment.pk, status=PaymentStatus.PAID).exists()
    school = Client()
    school.force_login(staff["sp1"])
    assert school.get("/admin/eservice_payments/").status_code in (302, 403)


# ------------------------------------------------------------------ configuration
def test_production_refuses_the_development_secret(settings):
    settings.DEBUG = False
    settings.SESSION_COOKIE_SECURE = True
    settings.PAYMENTS_SANDBOX_SECRET = "elacze-sandbox-dev-secret-not-for-production"
    errors = [m for m in checks.run_checks() if m.id == "eservice_payments.E001"]
    assert len(errors) == 1
    with pytest.raises(ImproperlyConfigured):
        registry.get_provider()
    settings.PAYMENTS_SANDBOX_SECRET = "a-long-random-secret-from-the-environment-4f9a"
    assert not [m for m in checks.run_checks() if m.id == "eservice_payments.E001"]
    assert registry.get_provider().name == "sandbox"
