"""Cases: numbered, stateful, with information requests, internal comments and decisions."""

import datetime as dt
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from eservice_bridge.catalogue.models import Handler
from eservice_bridge.protection.fields import EncryptedJSONField, EncryptedTextField

DEEMED_DELIVERY_DAYS = 14


class CaseState(models.TextChoices):
    AWAITING_PAYMENT = "oczekuje-na-oplate", _("oczekuje na opłatę")
    SUBMITTED = "zlozona", _("złożona")
    REGISTERED = "zarejestrowana", _("zarejestrowana")
    IN_REVIEW = "w-rozpatrzeniu", _("w rozpatrzeniu")
    INFO_REQUESTED = "uzupelnienie", _("wezwanie do uzupełnienia")
    DECIDED = "rozstrzygnieta", _("rozstrzygnięta")
    CLOSED = "zakonczona", _("zakończona")
    WITHDRAWN = "wycofana", _("wycofana przez wnioskodawcę")


class CaseCounter(models.Model):
    """The last number given per service and year (row-locked while numbering)."""

    service = models.ForeignKey("eservice_bridge.Service", on_delete=models.PROTECT)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["service", "year"], name="eservices_counter_per_year")
        ]


class Case(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    number = models.CharField(_("numer sprawy"), max_length=60, unique=True)
    service = models.ForeignKey(
        "eservice_bridge.Service", on_delete=models.PROTECT, related_name="cases"
    )
    applicant = models.ForeignKey(
        "eservice_bridge.Applicant", on_delete=models.PROTECT, related_name="cases"
    )
    # One draft, one case: the database refuses a second case for the same draft.
    draft = models.OneToOneField(
        "eservice_bridge.Draft", on_delete=models.PROTECT, related_name="case"
    )
    handler = models.CharField(_("rozpatruje"), max_length=20, choices=Handler.choices)
    unit_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("jednostka"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    state = models.CharField(
        _("stan"), max_length=20, choices=CaseState.choices, default=CaseState.SUBMITTED
    )
    answers = EncryptedJSONField(_("treść wniosku"))
    submitted_at = models.DateTimeField(_("data wpływu"))
    upo_sha256 = models.CharField(_("skrót wniosku (SHA-256)"), max_length=64)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("prowadzący"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Recruitment data of a child not admitted is kept past its year while a complaint to the
    # administrative court is pending (see eservice_bridge.retention).
    court_complaint_pending = models.BooleanField(
        _("skarga do sądu administracyjnego w toku"), default=False
    )
    court_complaint_noted_at = models.DateTimeField(_("skargę odnotowano"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("sprawa")
        verbose_name_plural = _("sprawy")
        # ``handle_case`` identifies the people who handle cases (and so must sign in with a
        # second factor); ``reveal_pesel`` lets them see a full PESEL on a case in their scope.
        permissions = [
            ("handle_case", _("Może prowadzić sprawy e-usług")),
            ("reveal_pesel", _("Może odsłonić pełny numer PESEL w sprawie")),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def open_information_request(self):  # -> InformationRequest | None
        return self.information_requests.filter(answered_at__isnull=True).first()


class InternalComment(models.Model):
    """A note among staff; never shown to the applicant."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = EncryptedTextField(_("treść"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]


class InformationRequest(models.Model):
    """A request to complete the application; the applicant answers and adds files online."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="information_requests")
    message = EncryptedTextField(_("treść wezwania"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField()
    answer = EncryptedTextField(_("odpowiedź"), blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    first_opened_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["requested_at"]


class DecisionOutcome(models.TextChoices):
    GRANT = "pozytywne", _("pozytywne (przyznanie, zgoda)")
    REFUSE = "negatywne", _("negatywne (odmowa)")


class DeliveryChannel(models.TextChoices):
    PORTAL = "portal", _("w portalu (skrzynka e-usług)")
    PAPER = "papier", _("papierowo (na wniosek strony)")


class Decision(models.Model):
    """The outcome delivered to the applicant's inbox; first opening is recorded."""

    case = models.OneToOneField(Case, on_delete=models.PROTECT, related_name="decision")
    outcome = models.CharField(_("rozstrzygnięcie"), max_length=20, choices=DecisionOutcome.choices)
    delivery_channel = models.CharField(
        _("sposób doręczenia"),
        max_length=10,
        choices=DeliveryChannel.choices,
        default=DeliveryChannel.PORTAL,
    )
    body = EncryptedTextField(_("treść"))
    justification = EncryptedTextField(_("uzasadnienie"), blank=True)
    # The service's standard instruction, the same for every party: no personal data.
    appeal_instruction = models.TextField(_("pouczenie"), blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    issued_at = models.DateTimeField()
    notice_sent_at = models.DateTimeField(null=True, blank=True)
    first_opened_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.case.number}: {self.get_outcome_display()}"

    @property
    def deemed_delivered_at(self) -> dt.datetime:
        """Delivered on first opening, or else 14 days after it was made available."""
        fallback = self.issued_at + dt.timedelta(days=DEEMED_DELIVERY_DAYS)
        if self.first_opened_at and self.first_opened_at < fallback:
            return self.first_opened_at
        return fallback
