"""Department announcements shown on all, some kinds of, or chosen unit sites."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from cms.core.blocks import RICH_TEXT_FEATURES
from cms.home.unit_types import UnitType


class Priority(models.TextChoices):
    INFORMATION = "information", _("informacja")
    IMPORTANT = "important", _("ważne")
    URGENT = "urgent", _("pilne")


PRIORITY_ORDER = {Priority.URGENT: 0, Priority.IMPORTANT: 1, Priority.INFORMATION: 2}


class Audience(models.TextChoices):
    ALL_UNITS = "all", _("wszystkie jednostki")
    UNIT_TYPES = "unit_types", _("jednostki wybranych typów")
    CHOSEN_UNITS = "units", _("wybrane jednostki")


class AnnouncementQuerySet(models.QuerySet):
    def active(self, at: datetime | None = None) -> AnnouncementQuerySet:
        """Live announcements whose activity window contains ``at`` (default: now)."""
        at = at or timezone.now()
        return self.filter(live=True, active_from__lte=at).filter(
            models.Q(active_to__isnull=True) | models.Q(active_to__gt=at)
        )


class Announcement(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    title = models.CharField(_("tytuł"), max_length=200)
    body = RichTextField(_("treść"), features=RICH_TEXT_FEATURES)
    priority = models.CharField(
        _("priorytet"), max_length=12, choices=Priority.choices, default=Priority.INFORMATION
    )
    audience = models.CharField(
        _("odbiorcy"), max_length=12, choices=Audience.choices, default=Audience.ALL_UNITS
    )
    unit_types = models.JSONField(
        _("typy jednostek"),
        default=list,
        blank=True,
        help_text=_("Używane, gdy odbiorcami są jednostki wybranych typów."),
    )
    units = ParentalManyToManyField(
        "home.SchoolHomePage",
        verbose_name=_("wybrane jednostki"),
        blank=True,
        related_name="announcements",
    )
    active_from = models.DateTimeField(_("aktywny od"), default=timezone.now)
    active_to = models.DateTimeField(_("aktywny do"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AnnouncementQuerySet.as_manager()

    search_fields = [index.SearchField("title"), index.SearchField("body")]

    class Meta:
        verbose_name = _("komunikat")
        verbose_name_plural = _("komunikaty")
        ordering = ["-active_from"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        if self.active_to and self.active_from and self.active_to <= self.active_from:
            errors["active_to"] = _("Koniec aktywności musi być po jej początku.")
        valid_types = set(UnitType.values)
        if not isinstance(self.unit_types, list) or not set(self.unit_types) <= valid_types:
            errors["unit_types"] = _("Nieznany typ jednostki.")
        elif self.audience == Audience.UNIT_TYPES and not self.unit_types:
            errors["unit_types"] = _("Wybierz co najmniej jeden typ jednostki.")
        if errors:
            raise ValidationError(errors)

    def is_active(self, at: datetime | None = None) -> bool:
        at = at or timezone.now()
        return (
            self.live and self.active_from <= at and (self.active_to is None or self.active_to > at)
        )

    def targets_unit(self, unit_type: str | None, home_page_id: int | None) -> bool:
        """Whether this announcement is meant for a unit (``None`` type: the department site)."""
        if unit_type is None or self.audience == Audience.ALL_UNITS:
            return True
        if self.audience == Audience.UNIT_TYPES:
            return unit_type in self.unit_types
        return any(unit.pk == home_page_id for unit in self.units.all())
