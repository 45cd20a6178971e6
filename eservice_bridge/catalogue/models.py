"""The catalogue of e-services, edited in the Wagtail admin."""

import datetime as dt
import re
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from eservice_bridge import clock
from eservice_bridge.legal_figures import text
from eservice_bridge.legal_figures.models import LegalFigures, shipped

# Texts that state the year's amounts take them from the legal figures, e.g. "{prog_dochodowy}".
FIGURE_TEXT_FIELDS = ("description", "window_description", "fee_description", "processing_time")
FIGURES_HELP = _(
    "Kwoty i terminy roku szkolnego wstawiaj polami w nawiasach klamrowych, np. "
    "{prog_dochodowy} – zmieniają się razem z wpisem w „Kwoty i terminy roku szkolnego”."
)
ATTACHMENT_LINE = re.compile(r"^(?P<code>[a-z0-9-]{2,30})\s*\|\s*(?P<label>.{3,300})$")


class Handler(models.TextChoices):
    SCHOOL = "szkola", _("wybrana jednostka (szkoła, przedszkole)")
    CUW = "cuw", _("Centrum Usług Wspólnych")
    DEPARTMENT = "wydzial", _("Wydział Oświaty")


class OutcomeKind(models.TextChoices):
    DECISION = "decyzja", _("decyzja administracyjna")
    CONTRACT = "umowa", _("umowa")
    DOCUMENT = "dokument", _("wydanie dokumentu")
    REPLY = "odpowiedz", _("odpowiedź na pismo")


class MaturityLevel(models.IntegerChoices):
    """E-service maturity levels of the national strategy (docs/open-data.md)."""

    INFORMATION = 1, _("1 — informacja")
    ONE_WAY = 2, _("2 — interakcja jednostronna (pobranie formularza)")
    TWO_WAY = 3, _("3 — interakcja dwustronna (wniosek online)")
    TRANSACTION = 4, _("4 — transakcja (cała sprawa online, z doręczeniem i płatnością)")
    PERSONALISATION = 5, _("5 — personalizacja (usługa proaktywna, dane podpowiadane)")


def form_choices() -> list[tuple[str, str]]:
    from eservice_bridge.forms.registry import FORM_LABELS

    return list(FORM_LABELS.items())


class Service(index.Indexed, models.Model):
    """One e-service: its description, rules shown to applicants, handler and templates."""

    slug = models.SlugField(_("identyfikator"), max_length=80, unique=True)
    name = models.CharField(_("nazwa"), max_length=200)
    description = models.TextField(_("opis"))
    legal_basis = models.TextField(_("podstawa prawna"))
    handler = models.CharField(_("kto rozpatruje"), max_length=20, choices=Handler.choices)
    outcome = models.CharField(
        _("rozstrzygnięcie"), max_length=20, choices=OutcomeKind.choices, default="decyzja"
    )
    form_key = models.CharField(_("formularz"), max_length=60, choices=form_choices)
    case_symbol = models.CharField(
        _("symbol sprawy (JRWA)"),
        max_length=30,
        help_text=_("Początek numeru sprawy, np. WO.4430 daje WO.4430.1.2026."),
        validators=[
            RegexValidator(r"^[A-Za-z0-9.]{2,30}$", _("Dozwolone są litery, cyfry i kropki."))
        ],
    )
    window_start_month = models.PositiveSmallIntegerField(
        _("nabór od (miesiąc)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    window_start_day = models.PositiveSmallIntegerField(
        _("nabór od (dzień)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
    )
    window_end_month = models.PositiveSmallIntegerField(
        _("nabór do (miesiąc)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    window_end_day = models.PositiveSmallIntegerField(
        _("nabór do (dzień)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
    )
    window_description = models.CharField(_("termin składania (opis)"), max_length=300, blank=True)
    fee = models.DecimalField(
        _("opłata (zł)"), max_digits=8, decimal_places=2, default=Decimal("0")
    )
    fee_description = models.CharField(_("opłata (opis)"), max_length=300, blank=True)
    required_attachments = models.TextField(
        _("wymagane załączniki"),
        blank=True,
        help_text=_("Jeden w wierszu: kod | opis, np. dochod | Zaświadczenia o dochodach."),
    )
    information_clause = models.TextField(_("klauzula informacyjna (RODO)"))
    processing_time = models.CharField(_("termin załatwienia"), max_length=200, blank=True)
    grant_template = models.TextField(
        _("wzór rozstrzygnięcia pozytywnego"),
        help_text=_("Pola: {wnioskodawca}, {numer}, {usluga}, {data_wplywu}."),
    )
    refuse_template = models.TextField(_("wzór rozstrzygnięcia negatywnego"))
    appeal_instruction = models.TextField(_("pouczenie o odwołaniu"), blank=True)
    is_active = models.BooleanField(_("przyjmuje wnioski"), default=True)
    maturity_level = models.PositiveSmallIntegerField(
        _("poziom dojrzałości e-usługi"),
        choices=MaturityLevel.choices,
        default=MaturityLevel.TWO_WAY,
        help_text=_("Publikowany na stronie „E-łącze w liczbach” i w otwartych danych."),
    )
    maturity_reason = models.TextField(
        _("uzasadnienie poziomu dojrzałości"),
        blank=True,
        help_text=_("Co w usłudze odpowiada temu poziomowi (np. doręczenie w portalu, płatność)."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("description", help_text=FIGURES_HELP),
        FieldPanel("legal_basis"),
        FieldRowPanel([FieldPanel("handler"), FieldPanel("outcome"), FieldPanel("form_key")]),
        FieldRowPanel(
            [FieldPanel("case_symbol"), FieldPanel("processing_time", help_text=FIGURES_HELP)]
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("window_start_day"), FieldPanel("window_start_month")]),
                FieldRowPanel([FieldPanel("window_end_day"), FieldPanel("window_end_month")]),
                FieldPanel("window_description", help_text=FIGURES_HELP),
            ],
            heading=_("Termin składania wniosków"),
        ),
        FieldRowPanel([FieldPanel("fee"), FieldPanel("fee_description", help_text=FIGURES_HELP)]),
        FieldPanel("required_attachments"),
        FieldPanel("information_clause"),
        MultiFieldPanel(
            [
                FieldPanel("grant_template"),
                FieldPanel("refuse_template"),
                FieldPanel("appeal_instruction"),
            ],
            heading=_("Wzory rozstrzygnięć"),
        ),
        FieldPanel("is_active"),
        MultiFieldPanel(
            [FieldPanel("maturity_level"), FieldPanel("maturity_reason")],
            heading=_("Poziom dojrzałości"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("e-usługa")
        verbose_name_plural = _("e-usługi")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        parts = [
            self.window_start_month,
            self.window_start_day,
            self.window_end_month,
            self.window_end_day,
        ]
        if any(p is not None for p in parts) and not all(p is not None for p in parts):
            raise ValidationError(
                _("Podaj pełny termin naboru (dzień i miesiąc od–do) albo żaden.")
            )
        try:
            self.attachment_requirements()
        except ValueError as exc:
            raise ValidationError({"required_attachments": str(exc)}) from exc
        if self.maturity_level and self.maturity_level > 1 and not self.maturity_reason.strip():
            raise ValidationError(
                {"maturity_reason": _("Uzasadnij poziom dojrzałości (co go spełnia).")}
            )
        known = shipped().placeholders()
        errors: dict[str, str] = {}
        for name in FIGURE_TEXT_FIELDS:
            unknown = text.unknown_placeholders(getattr(self, name), known)
            if unknown:
                errors[name] = _("Nieznane pola: %(unknown)s. Dostępne: %(known)s.") % {
                    "unknown": ", ".join(f"{{{u}}}" for u in unknown),
                    "known": ", ".join(f"{{{k}}}" for k in sorted(known)),
                }
        if errors:
            raise ValidationError(errors)

    def stated(self, day: dt.date | None = None) -> dict[str, str]:
        """The texts with the figures in force on ``day`` (default: the e-services' today)."""
        figures = LegalFigures.objects.for_day(day or clock.today())
        return {name: figures.fill(getattr(self, name)) for name in FIGURE_TEXT_FIELDS}

    @cached_property
    def texts(self) -> dict[str, str]:
        """``stated()`` for today, once per instance (templates: ``service.texts.description``)."""
        return self.stated()

    def attachment_requirements(self) -> list[tuple[str, str]]:
        """(code, label) pairs of the attachments every application must carry."""
        result = []
        for number, line in enumerate(self.required_attachments.splitlines(), start=1):
            if not line.strip():
                continue
            match = ATTACHMENT_LINE.match(line.strip())
            if not match:
                raise ValueError(
                    _("Wiersz %(n)d: wpisz „kod | opis” (kod: małe litery, cyfry, myślnik).")
                    % {"n": number}
                )
            result.append((match["code"], match["label"].strip()))
        return result

    def yearly_window(self):  # -> YearlyWindow | None
        from eservice_bridge.forms.windows import YearlyWindow

        if self.window_start_month is None:
            return None
        return YearlyWindow(
            self.window_start_month,
            self.window_start_day,
            self.window_end_month,
            self.window_end_day,
            self.window_description or "nabór",
        )
