"""A record of every build, for the admin's status view and for debugging failures."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

LOG_MAX_CHARS = 20_000


class SiteBuild(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", _("w toku")
        SUCCEEDED = "succeeded", _("udany")
        FAILED = "failed", _("nieudany")

    class Kind(models.TextChoices):
        FULL = "full", _("pełny")
        INCREMENTAL = "incremental", _("przyrostowy")

    hostname = models.CharField(_("host"), max_length=253, db_index=True)
    build_id = models.CharField(_("identyfikator buildu"), max_length=40, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.RUNNING
    )
    kind = models.CharField(_("rodzaj"), max_length=16, choices=Kind.choices, default=Kind.FULL)
    reason = models.CharField(_("powód"), max_length=255, blank=True)
    started_at = models.DateTimeField(_("rozpoczęto"), auto_now_add=True)
    finished_at = models.DateTimeField(_("zakończono"), null=True, blank=True)
    duration = models.FloatField(_("czas trwania [s]"), null=True, blank=True)
    pages_written = models.PositiveIntegerField(_("zapisane pliki HTML"), default=0)
    log = models.TextField(_("dziennik"), blank=True)

    class Meta:
        verbose_name = _("build strony")
        verbose_name_plural = _("buildy stron")
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["hostname", "status", "-started_at"])]

    def __str__(self) -> str:
        return f"{self.hostname} {self.build_id or '-'} ({self.get_status_display()})"

    @classmethod
    def last_success(cls, hostname: str) -> SiteBuild | None:
        return cls.objects.filter(hostname=hostname, status=cls.Status.SUCCEEDED).first()

    @classmethod
    def last_failure(cls, hostname: str) -> SiteBuild | None:
        return cls.objects.filter(hostname=hostname, status=cls.Status.FAILED).first()

    @staticmethod
    def truncate_log(text: str) -> str:
        """Keep the end of a long log: the error is at the bottom."""
        if len(text) <= LOG_MAX_CHARS:
            return text
        return "…\n" + text[-(LOG_MAX_CHARS - 2) :]
