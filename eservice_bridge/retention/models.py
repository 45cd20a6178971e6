"""Retention rules per service and the moment each case ended (the start of its period)."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

RECRUITMENT_FORM_KEY = "rekrutacja"
CATEGORY_PATTERN = re.compile(r"^(A|B|BE|Bc)(\d{1,3})?$")


class RetentionKind(models.TextChoices):
    RECRUITMENT = (
        "rekrutacja",
        _("rekrutacja: przyjęci do końca uczęszczania, nieprzyjęci – okres od rozstrzygnięcia"),
    )
    ARCHIVAL = (
        "kategoria-b",
        _("kategoria archiwalna B: okres od 1 stycznia roku po zakończeniu sprawy"),
    )
    PERMANENT = (
        "kategoria-a",
        _("kategoria archiwalna A: materiały archiwalne, przekazywane do archiwum, nie usuwane"),
    )


class RetentionRule(models.Model):
    """How long the portal keeps the cases of one service, and why."""

    service = models.OneToOneField(
        "eservice_bridge.Service",
        verbose_name=_("e-usługa"),
        on_delete=models.CASCADE,
        related_name="retention_rule",
    )
    kind = models.CharField(_("rodzaj reguły"), max_length=20, choices=RetentionKind.choices)
    archival_category = models.CharField(
        _("kategoria archiwalna (JRWA)"),
        max_length=10,
        blank=True,
        help_text=_("Np. B10, B5, BE5 albo A. Dla rekrutacji można zostawić puste."),
    )
    period_years = models.PositiveSmallIntegerField(
        _("okres przechowywania (lata)"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "Rekrutacja: ile lat po rozstrzygnięciu odmownym lub zakończeniu sprawy bez przyjęcia. "
            "Kategoria B: ile pełnych lat od 1 stycznia roku następnego po zakończeniu sprawy."
        ),
    )
    description = models.TextField(
        _("opis dla pracowników i klauzuli informacyjnej"),
        help_text=_("Zdanie do klauzuli informacyjnej: jak długo i od kiedy przechowujemy dane."),
    )
    legal_basis = models.TextField(_("podstawa prawna okresu przechowywania"))
    updated_at = models.DateTimeField(_("zmieniono"), auto_now=True)

    panels = [
        FieldPanel("service"),
        FieldRowPanel(
            [FieldPanel("kind"), FieldPanel("archival_category"), FieldPanel("period_years")]
        ),
        FieldPanel("description"),
        FieldPanel("legal_basis"),
    ]

    class Meta:
        ordering = ["service__name"]
        verbose_name = _("reguła przechowywania danych")
        verbose_name_plural = _("reguły przechowywania danych")

    def __str__(self) -> str:
        return f"{self.service}: {self.summary()}"

    def summary(self) -> str:
        """Short label without personal data, used in tombstones and reports."""
        if self.kind == RetentionKind.RECRUITMENT:
            return _("rekrutacja, nieprzyjęci %(n)d l.") % {"n": self.period_years}
        if self.kind == RetentionKind.PERMANENT:
            return _("kategoria %(c)s") % {"c": self.archival_category or "A"}
        return _("kategoria %(c)s, %(n)d l.") % {
            "c": self.archival_category or "B",
            "n": self.period_years,
        }

    def clean(self) -> None:
        errors: dict[str, str] = {}
        category = (self.archival_category or "").strip()
        self.archival_category = category
        if category and not CATEGORY_PATTERN.match(category):
            errors["archival_category"] = _(
                "Podaj kategorię archiwalną w postaci A, B5, B10, BE5 itp."
            )
        service = getattr(self, "service", None) if self.service_id else None
        if self.kind == RetentionKind.RECRUITMENT:
            if service is not None and service.form_key != RECRUITMENT_FORM_KEY:
                errors["kind"] = _("Regułę rekrutacyjną można przypisać tylko usłudze rekrutacji.")
        elif self.kind == RetentionKind.ARCHIVAL:
            match = CATEGORY_PATTERN.match(category) if category else None
            if match is None or match.group(1) == "A":
                errors["archival_category"] = _("Dla kategorii B podaj symbol, np. B10.")
            elif match.group(2) and int(match.group(2)) != self.period_years:
                errors["period_years"] = _(
                    "Kategoria %(c)s oznacza %(n)s lat – popraw okres albo kategorię."
                ) % {"c": category, "n": match.group(2)}
        elif self.kind == RetentionKind.PERMANENT and category and not category.startswith("A"):
            errors["archival_category"] = _("Materiały archiwalne mają kategorię A.")
        if errors:
            raise ValidationError(errors)


class CaseEnding(models.Model):
    """When a case was closed or withdrawn, by the portal's clock (written on the transition)."""

    case = models.OneToOneField(
        "eservice_bridge.Case", on_delete=models.CASCADE, related_name="retention_ending"
    )
    state = models.CharField(max_length=20)
    ended_at = models.DateTimeField()

    class Meta:
        verbose_name = _("zakończenie sprawy")
        verbose_name_plural = _("zakończenia spraw")
