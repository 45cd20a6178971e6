"""Applicants (signed in through the login node or an e-mail link) and e-mail sign-in tokens."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from eservice_bridge.protection.fields import EncryptedTextField
from eservice_bridge.protection.masking import mask_pesel


class AssuranceLevel(models.TextChoices):
    SUBSTANTIAL = "substantial", _("węzeł krajowy (poziom znaczący)")
    EMAIL = "email", _("adres e-mail")


class Applicant(models.Model):
    """A resident who applies; not a Django user (staff are users, applicants are not)."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    given_name = models.CharField(_("imię"), max_length=100, blank=True)
    family_name = models.CharField(_("nazwisko"), max_length=150, blank=True)
    birth_date = models.DateField(_("data urodzenia"), null=True, blank=True)
    pesel = EncryptedTextField(_("PESEL"), blank=True)
    pesel_digest = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    email = models.EmailField(_("e-mail"), blank=True, db_index=True)
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
    email = models.EmailField()
    next_url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("link logowania e-mail")
        verbose_name_plural = _("linki logowania e-mail")
