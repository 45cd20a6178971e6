"""Starting (or resuming) the payment of a case that waits for its fee."""

from decimal import Decimal

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from eservice_bridge import clock
from eservice_bridge.applications.rules import fee_for
from eservice_bridge.audit.recorder import record
from eservice_bridge.cases.models import Case, CaseState

from .models import OPEN_STATUSES, SETTLED_STATUSES, Payment, PaymentStatus
from .providers import registry


class PaymentRefused(Exception):
    """No payment can be started; the message is Polish, for the applicant."""


def fee_due(case: Case) -> Decimal:
    return fee_for(case.service, case.answers)


def payment_title(case: Case) -> str:
    """Case number and service only: the title reaches the bank and keeps no personal data."""
    return f"{case.number} – {case.service.name}"[:200]


def _open_payment(case: Case, amount: Decimal, provider_name: str) -> Payment:
    """The case's one open payment for this amount and provider, created if needed."""
    for stale in case.payments.filter(status__in=OPEN_STATUSES):
        if stale.amount == amount and stale.provider == provider_name:
            return stale
        Payment.objects.filter(pk=stale.pk).update(status=PaymentStatus.CANCELLED)
    try:
        with transaction.atomic():
            return Payment.objects.create(
                case=case,
                amount=amount,
                currency="PLN",
                title=payment_title(case),
                provider=provider_name,
                created_at=clock.now(),
            )
    except IntegrityError:  # a second click won the race: use its payment
        return case.payments.get(status__in=OPEN_STATUSES)


def start(case: Case, request: HttpRequest) -> Payment:
    """Create or reuse the case's open payment and register it at the provider.

    A double click ends at the same payment and the same provider transaction (providers key
    transactions on the payment's id), so two payments can never both be paid by the same clicks.
    """
    if case.state != CaseState.AWAITING_PAYMENT:
        raise PaymentRefused(_("Ta sprawa nie czeka na opłatę."))
    if case.payments.filter(status__in=SETTLED_STATUSES).exists():
        raise PaymentRefused(_("Opłata w tej sprawie została już wniesiona."))
    amount = fee_due(case)
    if amount <= 0:
        raise PaymentRefused(_("Ta e-usługa nie wymaga opłaty."))
    if not registry.configured_name():
        raise PaymentRefused(
            _("Płatności online są niedostępne. Skontaktuj się z urzędem w sprawie opłaty.")
        )
    provider = registry.get_provider()
    payment = _open_payment(case, amount, provider.name)
    if payment.redirect_url:
        return payment
    started = provider.start(
        payment,
        request.build_absolute_uri(reverse("eservices:payment-return", args=[payment.public_id])),
        request.build_absolute_uri(reverse("eservices:payment-notify", args=[provider.name])),
    )
    Payment.objects.filter(pk=payment.pk, status__in=OPEN_STATUSES).update(
        status=PaymentStatus.PENDING,
        provider_reference=started.reference,
        redirect_url=started.redirect_url,
    )
    record(
        request,
        "platnosc-rozpoczeta",
        case=case,
        applicant=case.applicant,
        detail=f"{payment.amount} {payment.currency}, {provider.name} {started.reference}",
    )
    payment.refresh_from_db()
    return payment
