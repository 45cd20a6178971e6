"""The local sandbox gateway: the "bank" side that a real provider runs on its own servers.

It keeps its own books (SandboxTransaction), lets the payer pay, be refused or cancel on its
page, then sends the signed server-to-server notification to the portal and sends the browser
back to the return URL. Delivery is in-process: the body and headers are handed to the same
function the notification endpoint runs on a raw POST (``notifications.receive``).
"""

import logging
import secrets

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from eservice_bridge import clock

from ..models import SandboxRefund, SandboxTransaction
from ..models import SandboxTransactionStatus as S
from . import signing

logger = logging.getLogger(__name__)

PAY, REJECT, CANCEL = "pay", "reject", "cancel"
OUTCOME = {PAY: S.PAID, REJECT: S.REJECTED, CANCEL: S.CANCELLED}
REPORTED = {S.PAID: "paid", S.REJECTED: "failed", S.CANCELLED: "cancelled"}


class GatewayRefusal(Exception):
    """The gateway refuses the operation; the message is Polish, for the payer or staff."""


def payee() -> str:
    return getattr(settings, "PAYMENTS_PAYEE_NAME", "") or "Gmina Dąbrowa Górnicza"


def _reference(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(8).upper()}"


def register(
    *,
    merchant_payment_id,
    amount_grosze: int,
    currency: str,
    title: str,
    return_url: str,
    notify_url: str,
) -> SandboxTransaction:
    """Register a transaction; the same merchant payment id always gets the same one."""
    existing = SandboxTransaction.objects.filter(merchant_payment_id=merchant_payment_id).first()
    if existing is not None:
        return existing
    return SandboxTransaction.objects.create(
        reference=_reference("SBX"),
        merchant_payment_id=merchant_payment_id,
        amount_grosze=amount_grosze,
        currency=currency,
        title=title,
        payee=payee(),
        return_url=return_url,
        notify_url=notify_url,
    )


def notification_document(tx: SandboxTransaction) -> dict:
    return {
        "notification_id": _reference("NTF"),
        "merchant_payment_id": str(tx.merchant_payment_id),
        "transaction_id": tx.reference,
        "status": REPORTED[tx.status],
        "amount": tx.amount_grosze,
        "currency": tx.currency,
        "sent_at": clock.now().isoformat(),
    }


def decide(reference: str, action: str, *, notify: bool = True) -> SandboxTransaction:
    """The payer's choice on the gateway page; then (unless held back) the notification."""
    if action not in OUTCOME:
        raise GatewayRefusal(_("Nieznane działanie."))
    with transaction.atomic():
        tx = SandboxTransaction.objects.select_for_update().get(reference=reference)
        if tx.status != S.PENDING:
            raise GatewayRefusal(_("Ta transakcja została już zakończona."))
        tx.status = OUTCOME[action]
        tx.decided_at = clock.now()
        document = notification_document(tx)
        tx.notification_id = document["notification_id"]
        tx.notification_body = signing.canonical(document).decode()
        tx.save()
    if notify:
        deliver(tx)
    return tx


def deliver(tx: SandboxTransaction) -> int:
    """Send (or send again, same id) the transaction's notification; returns the HTTP status."""
    from ..notifications import receive  # the gateway "posts" to our notification endpoint

    if not tx.notification_body:
        raise GatewayRefusal(_("Ta transakcja nie ma jeszcze powiadomienia do wysłania."))
    body = tx.notification_body.encode()
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        signing.SIGNATURE_HEADER: signing.signature(signing.secret(), body),
    }
    receipt = receive(signing.PROVIDER_NAME, body, headers)
    if receipt.status_code == 200:
        SandboxTransaction.objects.filter(pk=tx.pk).update(notified_at=clock.now())
    else:
        logger.warning(
            "Sandbox notification %s answered %s (%s).",
            tx.notification_id,
            receipt.status_code,
            receipt.outcome,
        )
    return receipt.status_code


def refund(reference: str, amount_grosze: int, idempotency_key: str) -> str:
    """Return money from a paid transaction; the same key returns the first refund's id."""
    with transaction.atomic():
        done = SandboxRefund.objects.filter(idempotency_key=idempotency_key).first()
        if done is not None:
            return done.reference
        tx = SandboxTransaction.objects.select_for_update().filter(reference=reference).first()
        if tx is None or tx.status != S.PAID:
            raise GatewayRefusal(_("Nie można zwrócić nieopłaconej transakcji."))
        if amount_grosze <= 0 or tx.refunded_grosze + amount_grosze > tx.amount_grosze:
            raise GatewayRefusal(_("Kwota zwrotu przekracza kwotę wpłaty."))
        tx.refunded_grosze += amount_grosze
        tx.save(update_fields=["refunded_grosze"])
        return SandboxRefund.objects.create(
            transaction=tx,
            idempotency_key=idempotency_key,
            reference=_reference("SBX-R"),
            amount_grosze=amount_grosze,
        ).reference
