"""Append-only audit trail: every case transition and every view of personal data.

Entries are never changed. They are deleted only through ``eservice_bridge.audit.purge``, the
narrow path retention uses (see docs/retention.md); every other update or delete is refused.
"""

from contextvars import ContextVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditImmutableError(RuntimeError):
    """Audit entries are written once and never changed or deleted."""


# Set only by eservice_bridge.audit.purge while it runs a retention purge.
purge_sanctioned: ContextVar[bool] = ContextVar("audit_purge_sanctioned", default=False)


class AuditQuerySet(models.QuerySet):
    def update(self, **kwargs):  # type: ignore[override]
        raise AuditImmutableError("Audit entries cannot be changed.")

    def delete(self):  # type: ignore[override]
        if not purge_sanctioned.get():
            raise AuditImmutableError("Audit entries cannot be deleted.")
        return super().delete()

    def bulk_update(self, *args, **kwargs):  # type: ignore[override]
        raise AuditImmutableError("Audit entries cannot be changed.")


class AuditEntry(models.Model):
    at = models.DateTimeField(_("kiedy"), auto_now_add=True, db_index=True)
    staff_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pracownik"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    applicant = models.ForeignKey(
        "eservice_bridge.Applicant",
        verbose_name=_("wnioskodawca"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    actor = models.CharField(_("kto"), max_length=200)
    action = models.CharField(_("co"), max_length=60, db_index=True)
    case = models.ForeignKey(
        "eservice_bridge.Case",
        verbose_name=_("sprawa"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audit_entries",
    )
    # Never personal data (files and household members by their public id, states, numbers):
    # the column stays clear so indicators can read state changes in SQL (docs/eservices.md).
    detail = models.CharField(_("szczegóły"), max_length=500, blank=True)
    ip_address = models.GenericIPAddressField(_("skąd (IP)"), null=True, blank=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("wpis dziennika zdarzeń")
        verbose_name_plural = _("dziennik zdarzeń e-usług")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.actor}: {self.action}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None or not self._state.adding:
            raise AuditImmutableError("Audit entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditImmutableError("Audit entries cannot be deleted.")
