"""How a payment's state reads to the applicant (Polish, through gettext)."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from eservice_bridge.cases.models import CaseState

from .models import Payment, PaymentStatus, RefundStatus


@dataclass(frozen=True)
class PaymentState:
    key: str  # paid / waiting / failed / refunded
    heading: str
    message: str
    can_retry: bool


def describe(payment: Payment) -> PaymentState:
    status = payment.status
    if status == PaymentStatus.PAID:
        return PaymentState(
            "paid",
            _("Płatność potwierdzona"),
            _("Operator potwierdził wpłatę. Sprawa została przekazana do rozpatrzenia."),
            False,
        )
    if status in (PaymentStatus.REFUNDED, PaymentStatus.PARTIALLY_REFUNDED):
        return PaymentState(
            "refunded",
            _("Opłata zwrócona"),
            _("Wpłata została zwrócona na rachunek, z którego ją wysłano."),
            False,
        )
    if status in (PaymentStatus.NEW, PaymentStatus.PENDING):
        return PaymentState(
            "waiting",
            _("Oczekujemy na potwierdzenie płatności"),
            _(
                "Nie mamy jeszcze potwierdzenia od operatora płatności. Jeśli zapłacono, "
                "potwierdzenie zwykle przychodzi w ciągu kilku minut – odśwież tę stronę. "
                "Nie płać drugi raz."
            ),
            False,
        )
    cancelled = status == PaymentStatus.CANCELLED
    return PaymentState(
        "failed",
        _("Płatność anulowana") if cancelled else _("Płatność odrzucona"),
        _("Nie pobrano opłaty. Sprawa nadal czeka na opłatę – możesz spróbować ponownie."),
        payment.case is not None and payment.case.state == CaseState.AWAITING_PAYMENT,
    )


def money(amount: Decimal) -> str:
    """Polish notation, exact to the grosz: 26,00 zł."""
    return _("%(amount)s zł") % {"amount": number_format(amount, 2, use_l10n=True)}


def refund_line(refund) -> str:
    amount = money(refund.amount)
    if refund.status == RefundStatus.COMPLETED:
        when = timezone.localtime(refund.completed_at).strftime("%d.%m.%Y")
        return _("Zwrot %(amount)s zrealizowany %(date)s.") % {"amount": amount, "date": when}
    if refund.status == RefundStatus.FAILED:
        return _("Zwrot %(amount)s wymaga obsługi przez pracownika – skontaktujemy się.") % {
            "amount": amount
        }
    return _("Zwrot %(amount)s zlecony.") % {"amount": amount}
