"""The applicant's profile: contact data given once, household members registered once."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from eservice_bridge.protection.fields import EncryptedDateField, EncryptedTextField
from eservice_bridge.protection.masking import mask_pesel


class ApplicantProfile(models.Model):
    """Contact data reused by forms, and the person's choice about reminders."""

    applicant = models.OneToOneField(
        "eservice_bridge.Applicant", on_delete=models.CASCADE, related_name="profile"
    )
    phone = EncryptedTextField(_("telefon"), max_length=20, blank=True)
    address = EncryptedTextField(_("adres zamieszkania"), max_length=150, blank=True)
    postal_code = EncryptedTextField(_("kod pocztowy"), max_length=6, blank=True)
    city = EncryptedTextField(_("miejscowość"), max_length=100, blank=True)
    # Reminders are proactive notices (deadlines, missing information); the delivery of a
    # decision is not a reminder and is always announced.
    reminders_opt_out = models.BooleanField(_("nie chcę przypomnień"), default=False)
    reminders_opt_out_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("profil wnioskodawcy")
        verbose_name_plural = _("profile wnioskodawców")

    def __str__(self) -> str:
        return str(self.applicant)


class HouseholdMember(models.Model):
    """A child (or other household member) registered once and chosen in later forms."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    applicant = models.ForeignKey(
        "eservice_bridge.Applicant", on_delete=models.CASCADE, related_name="household"
    )
    given_name = EncryptedTextField(_("imię"), max_length=100)
    family_name = EncryptedTextField(_("nazwisko"), max_length=150)
    birth_date = EncryptedDateField(_("data urodzenia"))
    # The year alone, in clear: the recruitment notices select children by year of birth in
    # SQL; a year does not identify a child (docs/eservices.md, "Data protection").
    birth_year = models.PositiveSmallIntegerField(null=True, editable=False, db_index=True)
    pesel = EncryptedTextField(_("PESEL"), blank=True)
    school = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("szkoła lub przedszkole"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    school_class = EncryptedTextField(_("klasa lub grupa"), max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["birth_year", "pk"]
        verbose_name = _("domownik")
        verbose_name_plural = _("domownicy")

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args, **kwargs) -> None:
        self.birth_year = self.birth_date.year if self.birth_date else None
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "birth_date" in update_fields:
            kwargs["update_fields"] = {*update_fields, "birth_year"}
        super().save(*args, **kwargs)

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def masked_pesel(self) -> str:
        return mask_pesel(self.pesel)
