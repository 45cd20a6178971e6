"""Payments for fee-bearing services, the notifications that settle them, and refunds.

A payment outlives its case: accounting records are kept for years (ustawa o rachunkowości),
while the retention task may delete the case itself. ``Payment.case`` is therefore SET_NULL and
the payment keeps only what the books need: amount, currency, a title made of the case number and
the service name (no names, no PESEL), and the provider's references. Nothing here is personal
data, so retention has nothing to erase in this app.
"""

import uuid
from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class PaymentStatus(models.TextChoices):
    NEW = "new", _("nowa")
    PENDING = "pending", _("oczekuje na potwierdzenie")
    PAID = "paid", _("opłacona")
    FAILED = "failed", _("odrzucona przez bank")
    CANCELLED = "cancelled", _("anulowana")
    PARTIALLY_REFUNDED = "partially-refunded", _("zwrócona częściowo")
    REFUNDED = "refunded", _("zwrócona")


OPEN_STATUSES = (PaymentStatus.NEW, PaymentStatus.PENDING)
SETTLED_STATUSES = (
    PaymentStatus.PAID,
    PaymentStatus.PARTIALLY_REFUNDED,
    PaymentStatus.REFUNDED,
)


class Payment(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(
        "eservice_bridge.Case",
        verbose_name=_("sprawa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="payments",
    )
    amount = models.DecimalField(
        _("kwota"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    currency = models.CharField(_("waluta"), max_length=3, default="PLN")
    title = models.CharField(_("tytuł płatności"), max_length=200)
    provider = models.CharField(_("operator płatności"), max_length=30)
    provider_reference = models.CharField(
        _("identyfikator u operatora"), max_length=100, blank=True
    )
    redirect_url = models.CharField(max_length=500, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=PaymentStatus.choices, default=PaymentStatus.NEW
    )
    created_at = models.DateTimeField(_("utworzono"))
    updated_at = models.DateTimeField(auto_now=True)
    paid_at = models.DateTimeField(_("opłacono"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("płatność")
        verbose_name_plural = _("płatności e-usług")
        constraints = [
            # Double clicks and racing requests reuse the one open payment of a case.
            models.UniqueConstraint(
                fields=["case"],
                condition=Q(status__in=["new", "pending"]),
                name="payments_one_open_payment_per_case",
            ),
            models.CheckConstraint(condition=Q(amount__gt=0), name="payments_amount_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.amount} {self.currency})"

    @property
    def amount_grosze(self) -> int:
        return int((self.amount * 100).to_integral_exact())

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_settled(self) -> bool:
        return self.status in SETTLED_STATUSES


class NotificationOutcome(models.TextChoices):
    APPLIED = "applied", _("zastosowane")
    NO_CHANGE = "no-change", _("bez zmian (stan już był taki)")
    REJECTED_AMOUNT = "rejected-amount", _("odrzucone: kwota lub waluta się nie zgadza")
    REJECTED_UNKNOWN = "rejected-unknown", _("odrzucone: nieznana płatność")


REJECTED_OUTCOMES = (NotificationOutcome.REJECTED_AMOUNT, NotificationOutcome.REJECTED_UNKNOWN)


class PaymentNotification(models.Model):
    """One server-to-server notification from a provider, kept once per provider's id.

    Rows are written only for notifications whose signature verified, so a forged message can
    never occupy the id of a genuine one; the unique constraint makes a replay a no-op.
    """

    provider = models.CharField(_("operator"), max_length=30)
    notification_id = models.CharField(_("identyfikator powiadomienia"), max_length=100)
    payment = models.ForeignKey(
        Payment,
        verbose_name=_("płatność"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="notifications",
    )
    reported_status = models.CharField(_("zgłoszony status"), max_length=20)
    body_sha256 = models.CharField(_("skrót treści (SHA-256)"), max_length=64)
    received_at = models.DateTimeField(_("odebrano"))
    verified = models.BooleanField(_("podpis zweryfikowany"), default=True)
    outcome = models.CharField(_("wynik"), max_length=20, choices=NotificationOutcome.choices)
    detail = models.CharField(_("szczegóły"), max_length=300, blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("powiadomienie o płatności")
        verbose_name_plural = _("powiadomienia o płatnościach")
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "notification_id"],
                condition=Q(verified=True),
                name="payments_notification_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.provider}:{self.notification_id}"


class RefundReason(models.TextChoices):
    WITHDRAWAL = "withdrawal", _("wycofanie wniosku")
    DUPLICATE = "duplicate", _("podwójna wpłata")
    CASE_CLOSED = "case-closed", _("wpłata po zamknięciu sprawy")


class RefundStatus(models.TextChoices):
    REQUESTED = "requested", _("zlecony")
    COMPLETED = "completed", _("zrealizowany")
    FAILED = "failed", _("nieudany – wymaga obsługi")


class Refund(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    payment = models.ForeignKey(
        Payment, verbose_name=_("płatność"), on_delete=models.PROTECT, related_name="refunds"
    )
    amount = models.DecimalField(
        _("kwota zwrotu"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    reason = models.CharField(_("powód"), max_length=20, choices=RefundReason.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=RefundStatus.choices, default=RefundStatus.REQUESTED
    )
    requested_at = models.DateTimeField(_("zlecono"))
    completed_at = models.DateTimeField(_("zrealizowano"), null=True, blank=True)
    provider_reference = models.CharField(
        _("identyfikator u operatora"), max_length=100, blank=True
    )
    detail = models.CharField(_("szczegóły"), max_length=300, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        verbose_name = _("zwrot opłaty")
        verbose_name_plural = _("zwroty opłat")
        constraints = [
            # One refund per payment and reason: a signal delivered twice records it once.
            models.UniqueConstraint(fields=["payment", "reason"], name="payments_refund_once"),
            models.CheckConstraint(condition=Q(amount__gt=0), name="payments_refund_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.payment.title}: {self.amount} {self.payment.currency}"


# ---------------------------------------------------------------- the sandbox gateway's own books
class SandboxTransactionStatus(models.TextChoices):
    PENDING = "pending", _("czeka na decyzję płacącego")
    PAID = "paid", _("zapłacona")
    REJECTED = "rejected", _("odrzucona przez bank")
    CANCELLED = "cancelled", _("anulowana przez płacącego")


class SandboxTransaction(models.Model):
    """What the local sandbox "gateway" knows: kept apart from the portal's Payment on purpose."""

    reference = models.CharField(max_length=40, unique=True)
    merchant_payment_id = models.UUIDField(unique=True)
    amount_grosze = models.PositiveIntegerField()
    currency = models.CharField(max_length=3)
    title = models.CharField(max_length=200)
    payee = models.CharField(max_length=200)
    return_url = models.CharField(max_length=500)
    notify_url = models.CharField(max_length=500)
    status = models.CharField(
        max_length=20,
        choices=SandboxTransactionStatus.choices,
        default=SandboxTransactionStatus.PENDING,
    )
    notification_id = models.CharField(max_length=40, blank=True)
    notification_body = models.TextField(blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)
    refunded_grosze = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("transakcja w piaskownicy płatności")
        verbose_name_plural = _("transakcje w piaskownicy płatności")

    def __str__(self) -> str:
        return self.reference


class SandboxRefund(models.Model):
    """A refund the sandbox gateway accepted, keyed by the portal's idempotency key."""

    transaction = models.ForeignKey(
        SandboxTransaction, on_delete=models.PROTECT, related_name="refunds"
    )
    idempotency_key = models.CharField(max_length=64, unique=True)
    reference = models.CharField(max_length=40, unique=True)
    amount_grosze = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
