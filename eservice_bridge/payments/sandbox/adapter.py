"""The adapter for the local sandbox gateway (a stand-in for Przelewy24, PayU or Paynow).

It talks to ``eservice_bridge.payments.sandbox.gateway`` the way a real adapter talks to its
gateway's API: register a transaction, send the payer to the gateway's page, verify the signed
notification, ask for refunds.
"""

import hashlib
import json
from collections.abc import Mapping
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from ..providers.base import (
    REPORTED_STATUSES,
    InvalidSignature,
    NotificationRejected,
    RefundResult,
    StartedPayment,
    VerifiedNotification,
)
from . import gateway as sandbox_gateway
from . import signing

DEV_SECRET = signing.DEV_SECRET
secret = signing.secret


def configuration_problem() -> str:
    """Why the sandbox must not run with these settings (empty when it may)."""
    if getattr(settings, "ELACZE_PRODUCTION", False):
        return (
            "The payment sandbox is a local simulated gateway and never runs under "
            "production settings; configure a real PAYMENTS_PROVIDER."
        )
    production = not settings.DEBUG and getattr(settings, "SESSION_COOKIE_SECURE", False)
    if production and secret() == DEV_SECRET:
        return (
            "PAYMENTS_SANDBOX_SECRET is the development default; set a long random secret "
            "in the environment (or choose a real PAYMENTS_PROVIDER) in production."
        )
    return ""


class SandboxProvider:
    name = signing.PROVIDER_NAME

    def __init__(self) -> None:
        problem = configuration_problem()
        if problem:
            raise ImproperlyConfigured(problem)
        self.secret = secret()

    def start(self, payment, return_url: str, notify_url: str) -> StartedPayment:
        transaction = sandbox_gateway.register(
            merchant_payment_id=payment.public_id,
            amount_grosze=payment.amount_grosze,
            currency=payment.currency,
            title=payment.title,
            return_url=return_url,
            notify_url=notify_url,
        )
        return StartedPayment(
            redirect_url=reverse("eservices:payment-sandbox", args=[transaction.reference]),
            reference=transaction.reference,
        )

    def verify_notification(self, body: bytes, headers: Mapping[str, str]) -> VerifiedNotification:
        try:
            document = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise NotificationRejected("The body is not UTF-8 JSON.") from exc
        if not isinstance(document, dict):
            raise NotificationRejected("The body is not a JSON object.")
        sent = signing.header(headers, signing.SIGNATURE_HEADER)
        if not signing.matches(self.secret, signing.canonical(document), sent):
            raise InvalidSignature("The signature does not match the body.")
        try:
            grosze = document["amount"]
            fields = {
                key: document[key]
                for key in (
                    "notification_id",
                    "merchant_payment_id",
                    "transaction_id",
                    "status",
                    "currency",
                )
            }
        except KeyError as exc:
            raise NotificationRejected(f"Missing field {exc.args[0]}.") from exc
        if not all(isinstance(v, str) and 0 < len(v) <= 100 for v in fields.values()):
            raise NotificationRejected("Identifiers must be non-empty strings.")
        if type(grosze) is not int or grosze < 0 or fields["status"] not in REPORTED_STATUSES:
            raise NotificationRejected("Bad amount or status.")
        return VerifiedNotification(
            provider=self.name,
            notification_id=fields["notification_id"],
            payment_id=fields["merchant_payment_id"],
            provider_reference=fields["transaction_id"],
            status=fields["status"],
            amount=(Decimal(grosze) / 100).quantize(Decimal("0.01")),
            currency=fields["currency"],
            body_sha256=hashlib.sha256(body).hexdigest(),
        )

    def refund(self, payment, amount: Decimal, idempotency_key: str) -> RefundResult:
        grosze = int((amount * 100).to_integral_exact())
        try:
            reference = sandbox_gateway.refund(payment.provider_reference, grosze, idempotency_key)
        except sandbox_gateway.GatewayRefusal as exc:
            return RefundResult(accepted=False, message=str(exc))
        return RefundResult(accepted=True, reference=reference)
