"""The payment provider interface every gateway adapter implements.

The portal never trusts the browser about money: ``start`` only sends the payer to the gateway;
the payment is settled by a server-to-server notification that ``verify_notification`` checks
(signature first, then the caller compares amount and currency with its own record).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from eservice_bridge.payments.models import Payment


class NotificationRejected(Exception):
    """The notification cannot be accepted (malformed); nothing was changed."""


class InvalidSignature(NotificationRejected):
    """The notification's signature does not match its body; nothing was changed."""


class ProviderError(Exception):
    """The provider could not be reached or refused the request; the message is Polish."""


# The statuses a provider may report for a payment in a notification.
REPORTED_PAID = "paid"
REPORTED_FAILED = "failed"
REPORTED_CANCELLED = "cancelled"
REPORTED_STATUSES = (REPORTED_PAID, REPORTED_FAILED, REPORTED_CANCELLED)


@dataclass(frozen=True)
class StartedPayment:
    """Where to send the payer, and the provider's id of the transaction it registered."""

    redirect_url: str
    reference: str


@dataclass(frozen=True)
class VerifiedNotification:
    """A notification whose signature checked out; amounts are exact (Decimal, 2 places)."""

    provider: str
    notification_id: str
    payment_id: str  # the portal's Payment.public_id, sent to the provider in ``start``
    provider_reference: str
    status: str  # one of REPORTED_STATUSES
    amount: Decimal
    currency: str
    body_sha256: str


@dataclass(frozen=True)
class RefundResult:
    accepted: bool
    reference: str = ""
    message: str = ""


@runtime_checkable
class PaymentProvider(Protocol):
    name: str

    def start(self, payment: "Payment", return_url: str, notify_url: str) -> StartedPayment:
        """Register the transaction at the gateway; idempotent for the same payment."""

    def verify_notification(self, body: bytes, headers: Mapping[str, str]) -> VerifiedNotification:
        """Check the signature and parse; raise InvalidSignature / NotificationRejected."""

    def refund(self, payment: "Payment", amount: Decimal, idempotency_key: str) -> RefundResult:
        """Ask the gateway to return ``amount``; the same key never refunds twice."""
