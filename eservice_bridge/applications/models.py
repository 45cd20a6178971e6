"""Drafts (save and return) and their attachments."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from eservice_bridge.protection.fields import EncryptedJSONField, EncryptedTextField


class Draft(models.Model):
    """An application being filled in; submitting it creates exactly one case."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    applicant = models.ForeignKey(
        "eservice_bridge.Applicant", on_delete=models.CASCADE, related_name="drafts"
    )
    service = models.ForeignKey(
        "eservice_bridge.Service", on_delete=models.PROTECT, related_name="drafts"
    )
    answers = EncryptedJSONField(_("odpowiedzi"))
    completed_steps = models.JSONField(default=list, blank=True)
    # Rendered into the submit form; one token, one case (idempotent submission).
    submission_token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("wersja robocza wniosku")
        verbose_name_plural = _("wersje robocze wniosków")

    def __str__(self) -> str:
        return f"{self.service} ({self.updated_at:%Y-%m-%d})"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class Attachment(models.Model):
    """A file kept encrypted under PRIVATE_STORAGE_ROOT, never under the web root."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    applicant = models.ForeignKey(
        "eservice_bridge.Applicant", on_delete=models.CASCADE, related_name="attachments"
    )
    draft = models.ForeignKey(
        Draft, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    case = models.ForeignKey(
        "eservice_bridge.Case",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="attachments",
    )
    information_request = models.ForeignKey(
        "eservice_bridge.InformationRequest",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="attachments",
    )
    kind = models.CharField(_("rodzaj"), max_length=30)
    original_name = EncryptedTextField(_("nazwa pliku"), max_length=120)
    stored_name = models.CharField(max_length=80, unique=True, editable=False)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at"]
        verbose_name = _("załącznik")
        verbose_name_plural = _("załączniki")

    def __str__(self) -> str:
        return self.original_name

    @property
    def audit_label(self) -> str:
        """How the audit trail names the file: its kind and public id, never its name."""
        return f"{self.kind}: {self.public_id}"
