"""Applicants (signed in through the login node or an e-mail link) and e-mail sign-in tokens."""

import uuid

from django.core.validators import validate_email
from django.db import models
from django.utils.translation import gettext_lazy as _

from eservice_bridge.protection.crypto import lookup_digest
from eservice_bridge.protection.fields import EncryptedDateField, EncryptedTextField
from eservice_bridge.protection.masking import mask_pesel


class AssuranceLevel(models.TextChoices):
    SUBSTANTIAL = "substantial", _("węzeł krajowy (poziom znaczący)")
    EMAIL = "email", _("adres e-mail")


class Applicant(models.Model):
    """A resident who applies; not a Django user (staff are users, applicants are not)."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    given_name = EncryptedTextField(_("imię"), max_length=100, blank=True)
    family_name = EncryptedTextField(_("nazwisko"), max_length=150, blank=True)
    birth_date = EncryptedDateField(_("data urodzenia"), null=True, blank=True)
    pesel = EncryptedTextField(_("PESEL"), blank=True)
    # Blind indexes (crypto.lookup_digest under ESERVICES_LOOKUP_KEY) for equality look-ups.
    pesel_digest = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    email = EncryptedTextField(_("e-mail"), max_length=254, blank=True, validators=[validate_email])
    email_digest = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    assurance = models.CharField(
        _("sposób logowania"), max_length=20, choices=AssuranceLevel.choices
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_sign_in_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("wnioskodawca")
        verbose_name_plural = _("wnioskodawcy")

    def __str__(self) -> str:
        return self.display_name

    def save(self, *args, **kwargs) -> None:
        self.email_digest = self.email_digest_for(self.email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "email" in update_fields:
            kwargs["update_fields"] = {*update_fields, "email_digest"}
        super().save(*args, **kwargs)

    @staticmethod
    def email_digest_for(email: str) -> str:
        email = (email or "").strip().lower()
        return lookup_digest(email, "email") if email else ""

    @property
    def display_name(self) -> str:
        name = f"{self.given_name} {self.family_name}".strip()
        return name or self.email

    @property
    def masked_pesel(self) -> str:
        return mask_pesel(self.pesel)


class EmailSignInToken(models.Model):
    """A one-time, expiring sign-in link; only the token's digest is stored."""

    digest = models.CharField(max_length=64, unique=True)
    email = EncryptedTextField(max_length=254)
    next_url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("link logowania e-mail")
        verbose_name_plural = _("linki logowania e-mail")
