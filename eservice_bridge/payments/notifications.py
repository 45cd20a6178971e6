"""Receiving a provider's server-to-server notification: verify, record once, apply.

``receive`` is what the notification endpoint runs on the raw POST body and headers, and what
the sandbox gateway calls in-process. Only a verified "paid" notification settles a payment;
the browser's return to the portal never does.
"""

import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction

from eservice_bridge import clock
from eservice_bridge.audit.recorder import record
from eservice_bridge.cases.models import Case, CaseState
from eservice_bridge.cases.workflow import move

from .models import (
    OPEN_STATUSES,
    REJECTED_OUTCOMES,
    SETTLED_STATUSES,
    NotificationOutcome,
    Payment,
    PaymentNotification,
    PaymentStatus,
    RefundReason,
)
from .providers import registry
from .providers.base import (
    REPORTED_CANCELLED,
    REPORTED_PAID,
    InvalidSignature,
    NotificationRejected,
    VerifiedNotification,
)
from .refunds import request_refund

logger = logging.getLogger(__name__)
Outcome = NotificationOutcome


@dataclass(frozen=True)
class Receipt:
    """What the endpoint answers: 200 when accepted (also for a replay), 400/404 otherwise."""

    status_code: int
    outcome: str


def receive(provider_name: str, body: bytes, headers: Mapping[str, str]) -> Receipt:
    if not registry.is_known(provider_name):
        return Receipt(404, "unknown-provider")
    try:
        provider = registry.get_provider(provider_name)
    except ImproperlyConfigured:
        # e.g. the sandbox under production settings: it refuses to exist, so nobody is there.
        return Receipt(404, "provider-unavailable")
    try:
        note = provider.verify_notification(body, headers)
    except InvalidSignature:
        logger.warning("Payment notification for %s with a bad signature ignored.", provider_name)
        return Receipt(400, "bad-signature")
    except NotificationRejected as exc:
        logger.warning("Malformed payment notification for %s: %s", provider_name, exc)
        return Receipt(400, "malformed")
    return apply(note)


def _payment_for(note: VerifiedNotification) -> Payment | None:
    try:
        public_id = uuid.UUID(note.payment_id)
    except ValueError:
        return None
    return Payment.objects.filter(public_id=public_id, provider=note.provider).first()


def _replay(previous: PaymentNotification, note: VerifiedNotification) -> Receipt:
    if previous.body_sha256 != note.body_sha256:
        logger.warning("Notification %s replayed with a different body.", note.notification_id)
    code = 400 if previous.outcome in REJECTED_OUTCOMES else 200
    return Receipt(code, "replay")


def _judge(payment: Payment | None, note: VerifiedNotification) -> tuple[str, str]:
    if payment is None:
        return Outcome.REJECTED_UNKNOWN, "no such payment"
    if payment.provider_reference and note.provider_reference != payment.provider_reference:
        mismatch = f"transaction {note.provider_reference} is not this payment's"
        return Outcome.REJECTED_UNKNOWN, mismatch
    if note.amount != payment.amount or note.currency != payment.currency:
        return (
            Outcome.REJECTED_AMOUNT,
            f"reported {note.amount} {note.currency}, expected {payment.amount} {payment.currency}",
        )
    if note.status == REPORTED_PAID:
        if payment.is_settled:
            return Outcome.NO_CHANGE, "already settled"
        return Outcome.APPLIED, ""
    if payment.status in OPEN_STATUSES:
        return Outcome.APPLIED, ""
    return Outcome.NO_CHANGE, "not open"


def apply(note: VerifiedNotification) -> Receipt:
    previous = PaymentNotification.objects.filter(
        provider=note.provider, notification_id=note.notification_id, verified=True
    ).first()
    if previous is not None:
        return _replay(previous, note)
    payment = _payment_for(note)
    try:
        with transaction.atomic():
            # The insert comes first: it claims the notification id (a racing copy fails here).
            stored = PaymentNotification.objects.create(
                provider=note.provider,
                notification_id=note.notification_id,
                payment=payment,
                reported_status=note.status,
                body_sha256=note.body_sha256,
                received_at=clock.now(),
                verified=True,
                outcome=Outcome.NO_CHANGE,
            )
            if payment is not None:
                # Lock order everywhere: the case, then its payments.
                if payment.case_id:
                    list(Case.objects.select_for_update().filter(pk=payment.case_id))
                payment = Payment.objects.select_for_update().get(pk=payment.pk)
            outcome, detail = _judge(payment, note)
            stored.outcome, stored.detail = outcome, detail[:300]
            stored.save(update_fields=["outcome", "detail"])
            if outcome == Outcome.APPLIED:
                _settle(payment, note)
    except IntegrityError:
        previous = PaymentNotification.objects.filter(
            provider=note.provider, notification_id=note.notification_id, verified=True
        ).first()
        if previous is None:
            raise
        return _replay(previous, note)
    if outcome in REJECTED_OUTCOMES:
        logger.error("Payment notification %s rejected: %s", note.notification_id, detail)
        return Receipt(400, outcome)
    return Receipt(200, outcome)


def _settle(payment: Payment, note: VerifiedNotification) -> None:
    case = payment.case
    if note.status != REPORTED_PAID:
        payment.status = (
            PaymentStatus.CANCELLED if note.status == REPORTED_CANCELLED else PaymentStatus.FAILED
        )
        payment.provider_reference = note.provider_reference
        payment.save(update_fields=["status", "provider_reference", "updated_at"])
        record(None, "platnosc-nieudana", case=case, detail=f"{payment.title}: {note.status}")
        return
    payment.status = PaymentStatus.PAID
    payment.paid_at = clock.now()
    payment.provider_reference = note.provider_reference
    payment.save(update_fields=["status", "paid_at", "provider_reference", "updated_at"])
    record(
        None,
        "platnosc-zaksiegowana",
        case=case,
        detail=f"{payment.amount} {payment.currency}, {payment.provider} {note.provider_reference}",
    )
    if case is None:
        request_refund(payment, RefundReason.CASE_CLOSED)
        return
    others = case.payments.exclude(pk=payment.pk)
    if case.state == CaseState.AWAITING_PAYMENT:
        others.filter(status__in=OPEN_STATUSES).update(status=PaymentStatus.CANCELLED)
        move(case, CaseState.SUBMITTED, None)
    elif others.filter(status__in=SETTLED_STATUSES).exists():
        request_refund(payment, RefundReason.DUPLICATE)
    else:
        request_refund(payment, RefundReason.CASE_CLOSED)
