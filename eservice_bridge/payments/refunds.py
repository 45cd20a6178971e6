"""Refunds: recorded once per payment and reason, executed at the provider after commit."""

from decimal import Decimal

from celery import shared_task
from django.db import transaction
from django.db.models import Sum
from django.dispatch import receiver

from eservice_bridge import clock
from eservice_bridge.audit.recorder import record
from eservice_bridge.cases.models import CaseState
from eservice_bridge.cases.signals import case_moved

from .models import OPEN_STATUSES, Payment, PaymentStatus, Refund, RefundReason, RefundStatus
from .providers import registry
from .providers.base import ProviderError, RefundResult


def refunded_total(payment: Payment) -> Decimal:
    total = payment.refunds.exclude(status=RefundStatus.FAILED).aggregate(s=Sum("amount"))["s"]
    return total or Decimal("0")


def request_refund(payment: Payment, reason: str, amount: Decimal | None = None) -> Refund | None:
    """Record the refund (idempotent per payment and reason); the provider is asked on commit."""
    existing = Refund.objects.filter(payment=payment, reason=reason).first()
    if existing is not None:
        return existing
    amount = amount if amount is not None else payment.amount - refunded_total(payment)
    if amount <= 0:
        return None
    refund, created = Refund.objects.get_or_create(
        payment=payment,
        reason=reason,
        defaults={"amount": amount, "requested_at": clock.now()},
    )
    if created:
        record(
            None,
            "zwrot-oplaty-zlecony",
            case=payment.case,
            detail=f"{refund.amount} {payment.currency}: {refund.get_reason_display()}",
        )
        transaction.on_commit(lambda: _schedule(refund.pk))
    return refund


def _schedule(refund_pk: int) -> None:
    execute_refund.delay(refund_pk)


def execute(refund_pk: int) -> str:
    """Ask the provider for a requested refund once; returns the refund's status."""
    with transaction.atomic():
        refund = Refund.objects.select_for_update().select_related("payment").get(pk=refund_pk)
        if refund.status != RefundStatus.REQUESTED:
            return refund.status
        payment = Payment.objects.select_for_update().get(pk=refund.payment_id)
        try:
            result = registry.get_provider(payment.provider).refund(
                payment, refund.amount, str(refund.public_id)
            )
        except ProviderError as exc:
            result = RefundResult(accepted=False, message=str(exc))
        if result.accepted:
            refund.status = RefundStatus.COMPLETED
            refund.completed_at = clock.now()
            refund.provider_reference = result.reference
            payment.status = (
                PaymentStatus.REFUNDED
                if refunded_total(payment) >= payment.amount
                else PaymentStatus.PARTIALLY_REFUNDED
            )
            payment.save(update_fields=["status", "updated_at"])
        else:
            refund.status = RefundStatus.FAILED
            refund.detail = result.message[:300]
        refund.save(update_fields=["status", "completed_at", "provider_reference", "detail"])
        record(
            None,
            "zwrot-oplaty",
            case=payment.case,
            detail=f"{refund.amount} {payment.currency}: {refund.get_status_display()}",
        )
        return refund.status


@shared_task(name="eservice_payments.execute_refund")
def execute_refund(refund_pk: int) -> str:
    """The Celery task of :func:`execute` (listed in ``tasks.py`` for autodiscovery)."""
    return execute(refund_pk)


@receiver(case_moved, dispatch_uid="eservice_payments_on_withdrawal")
def on_case_moved(sender, case, previous, target, **kwargs) -> None:
    """A withdrawn case: cancel its open payment, refund what was paid (exactly once).

    Withdrawal is only possible before a decision, i.e. before the document is issued, so the
    fee is always returned (a fee for an official act not performed is refundable).
    """
    if target != CaseState.WITHDRAWN:
        return
    for payment in Payment.objects.select_for_update().filter(case=case):
        if payment.status in OPEN_STATUSES:
            payment.status = PaymentStatus.CANCELLED
            payment.save(update_fields=["status", "updated_at"])
        elif payment.status in (PaymentStatus.PAID, PaymentStatus.PARTIALLY_REFUNDED):
            request_refund(payment, RefundReason.WITHDRAWAL)
