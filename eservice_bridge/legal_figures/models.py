"""One record per school year: the amounts, fees and windows the e-services and texts state.

The forms (income threshold, windows, fees, grant amounts), the catalogue's texts
(``{placeholders}``), the demo content and the chatbot evaluation all read the record in force
on a given day, so the department changes a figure once, in the Wagtail admin.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from . import text

SHIPPED = Path(__file__).parent / "data" / "current.yaml"

# libyaml's safe loader when PyYAML was built with it (about 8x faster), else the pure one.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def school_year_of(day: dt.date) -> int:
    """The starting calendar year of the school year ``day`` falls in (it starts 1 September)."""
    return day.year if day.month >= 9 else day.year - 1


def _money(label: str, help_text: str = "") -> models.DecimalField:
    return models.DecimalField(
        label,
        max_digits=9,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"), _("Kwota musi być większa od zera."))],
        help_text=help_text,
    )


def _count(label: str, maximum: int, help_text: str = "") -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        label,
        validators=[
            MinValueValidator(1, _("Podaj co najmniej 1.")),
            MaxValueValidator(maximum, _("Podaj najwyżej %(limit_value)s.")),
        ],
        help_text=help_text,
    )


class LegalFiguresQuerySet(models.QuerySet):
    def for_day(self, day: dt.date) -> LegalFigures:
        """The record of ``day``'s school year, else the latest earlier one, else the earliest.

        With no record at all (an install whose table was emptied) the shipped figures apply.
        """
        year = school_year_of(day)
        found = self.filter(start_year__lte=year).order_by("-start_year").first()
        return found or self.order_by("start_year").first() or shipped()


class LegalFigures(models.Model):
    start_year = models.PositiveSmallIntegerField(
        _("rok szkolny (rok rozpoczęcia)"),
        unique=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_(
            "Np. 2026 oznacza rok szkolny 2026/2027 (od 1 września 2026 do 31 sierpnia 2027). "
            "Kwoty obowiązują także w kolejnych latach, dopóki nie dodasz rekordu na nowy rok."
        ),
        error_messages={"unique": _("Kwoty na ten rok szkolny już są – popraw istniejący wpis.")},
    )
    # Scholarship (art. 90b, 90d ustawy o systemie oświaty).
    scholarship_income_threshold = _money(
        _("próg dochodowy na osobę (zł netto miesięcznie)"),
        _("Kwota z art. 8 ust. 1 pkt 2 ustawy o pomocy społecznej."),
    )
    scholarship_farm_hectare_income = _money(_("miesięczny dochód z 1 ha przeliczeniowego (zł)"))
    scholarship_min_monthly = _money(_("stypendium – najniższa kwota miesięczna (zł)"))
    scholarship_max_monthly = _money(_("stypendium – najwyższa kwota miesięczna (zł)"))
    scholarship_max_months = _count(_("stypendium – najdłuższy okres (miesiące)"), 12)
    scholarship_window_start = models.DateField(_("nabór wniosków o stypendium – od"))
    scholarship_window_end = models.DateField(_("nabór wniosków o stypendium – do"))
    scholarship_college_end = models.DateField(
        _("kolegia pracowników służb społecznych – wnioski do")
    )
    scholarship_february_start = models.DateField(_("szkoły rozpoczynające naukę w lutym – od"))
    scholarship_february_end = models.DateField(_("szkoły rozpoczynające naukę w lutym – do"))
    # School allowance (art. 90e).
    allowance_max = _money(_("zasiłek szkolny – najwyższa kwota (zł)"))
    allowance_months = _count(_("zasiłek szkolny – termin na wniosek od zdarzenia (miesiące)"), 12)
    # Young workers' training (art. 122 Prawa oświatowego).
    young_worker_amount = _money(_("młodociani – nauka zawodu (zł za 36 miesięcy)"))
    young_worker_shortage_amount = _money(
        _("młodociani – nauka zawodu deficytowego (zł za 36 miesięcy)")
    )
    young_worker_short_monthly = _money(_("młodociani – przyuczenie do pracy (zł za miesiąc)"))
    young_worker_months = _count(_("młodociani – termin na wniosek od egzaminu (miesiące)"), 12)
    # Duplicates of school documents.
    certificate_duplicate_fee = _money(_("opłata za duplikat świadectwa (zł)"))
    pupil_id_duplicate_fee = _money(_("opłata za duplikat legitymacji szkolnej (zł)"))
    duplicate_days = _count(_("termin wydania duplikatu (dni)"), 60)
    # Kindergarten fees (uchwała rady miasta; art. 52 ustawy o finansowaniu zadań oświatowych).
    kindergarten_free_hours = _count(_("przedszkole – bezpłatne godziny dziennie"), 12)
    kindergarten_hourly_fee = _money(_("przedszkole – opłata za każdą kolejną godzinę (zł)"))
    kindergarten_fee_since = models.DateField(_("przedszkole – stawka obowiązuje od"))

    objects = LegalFiguresQuerySet.as_manager()

    panels = [
        FieldPanel("start_year"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("scholarship_income_threshold"),
                        FieldPanel("scholarship_farm_hectare_income"),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("scholarship_min_monthly"),
                        FieldPanel("scholarship_max_monthly"),
                        FieldPanel("scholarship_max_months"),
                    ]
                ),
                FieldRowPanel(
                    [FieldPanel("scholarship_window_start"), FieldPanel("scholarship_window_end")]
                ),
                FieldPanel("scholarship_college_end"),
                FieldRowPanel(
                    [
                        FieldPanel("scholarship_february_start"),
                        FieldPanel("scholarship_february_end"),
                    ]
                ),
            ],
            heading=_("Stypendium szkolne"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("allowance_max"), FieldPanel("allowance_months")])],
            heading=_("Zasiłek szkolny"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("young_worker_amount"),
                        FieldPanel("young_worker_shortage_amount"),
                        FieldPanel("young_worker_short_monthly"),
                    ]
                ),
                FieldPanel("young_worker_months"),
            ],
            heading=_("Dofinansowanie kształcenia młodocianych pracowników"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("certificate_duplicate_fee"),
                        FieldPanel("pupil_id_duplicate_fee"),
                        FieldPanel("duplicate_days"),
                    ]
                )
            ],
            heading=_("Duplikaty świadectw i legitymacji"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("kindergarten_free_hours"),
                        FieldPanel("kindergarten_hourly_fee"),
                        FieldPanel("kindergarten_fee_since"),
                    ]
                )
            ],
            heading=_("Opłaty za przedszkole"),
        ),
    ]

    class Meta:
        ordering = ["-start_year"]
        verbose_name = _("kwoty i terminy roku szkolnego")
        verbose_name_plural = _("kwoty i terminy (lata szkolne)")

    def __str__(self) -> str:
        return str(_("Rok szkolny %(year)s")) % {"year": self.school_year}

    @property
    def school_year(self) -> str:
        return f"{self.start_year}/{self.start_year + 1}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        low, high = self.scholarship_min_monthly, self.scholarship_max_monthly
        if low is not None and high is not None and low > high:
            errors["scholarship_max_monthly"] = _(
                "Najwyższa kwota stypendium nie może być niższa od najniższej."
            )
        if self.start_year is not None:
            first = dt.date(self.start_year, 9, 1)
            last = dt.date(self.start_year + 1, 8, 31)
            for name in (
                "scholarship_window_start",
                "scholarship_window_end",
                "scholarship_college_end",
                "scholarship_february_start",
                "scholarship_february_end",
            ):
                day = getattr(self, name)
                if day is not None and not first <= day <= last:
                    errors[name] = _(
                        "Data musi przypadać w roku szkolnym %(year)s (1 września – 31 sierpnia)."
                    ) % {"year": self.school_year}
        for start, end in (
            ("scholarship_window_start", "scholarship_window_end"),
            ("scholarship_window_start", "scholarship_college_end"),
            ("scholarship_february_start", "scholarship_february_end"),
        ):
            first_day, last_day = getattr(self, start), getattr(self, end)
            if first_day and last_day and last_day < first_day and end not in errors:
                errors[end] = _("Koniec terminu nie może być wcześniej niż jego początek.")
        if errors:
            raise ValidationError(errors)

    # ------------------------------------------------------------------ rules
    @property
    def scholarship_window_text(self) -> str:
        return text.day_range(self.scholarship_window_start, self.scholarship_window_end)

    def duplicate_fees(self) -> dict[str, Decimal]:
        return {
            "swiadectwo": self.certificate_duplicate_fee,
            "legitymacja": self.pupil_id_duplicate_fee,
        }

    def placeholders(self) -> dict[str, str]:
        """``{name}`` → Polish text, for the catalogue's descriptions and the demo corpora."""
        return {
            "rok_szkolny": self.school_year,
            "prog_dochodowy": text.pln(self.scholarship_income_threshold),
            "dochod_z_hektara": text.pln(self.scholarship_farm_hectare_income),
            "stypendium_od": text.pln(self.scholarship_min_monthly),
            "stypendium_do": text.pln(self.scholarship_max_monthly),
            "stypendium_miesiace": str(self.scholarship_max_months),
            "stypendium_nabor": self.scholarship_window_text,
            "stypendium_kolegia_do": text.day_month(self.scholarship_college_end),
            "stypendium_luty_do": text.day_month(self.scholarship_february_end),
            "zasilek_do": text.pln(self.allowance_max),
            "zasilek_miesiace": str(self.allowance_months),
            "mlodociani_nauka": text.pln(self.young_worker_amount),
            "mlodociani_deficytowe": text.pln(self.young_worker_shortage_amount),
            "mlodociani_przyuczenie": text.pln(self.young_worker_short_monthly),
            "mlodociani_miesiace": str(self.young_worker_months),
            "oplata_swiadectwo": text.pln(self.certificate_duplicate_fee),
            "oplata_legitymacja": text.pln(self.pupil_id_duplicate_fee),
            "duplikat_dni": str(self.duplicate_days),
            "przedszkole_godziny": str(self.kindergarten_free_hours),
            "przedszkole_stawka": text.pln(self.kindergarten_hourly_fee),
            "przedszkole_stawka_od": text.polish_date(self.kindergarten_fee_since),
        }

    def fill(self, template: str) -> str:
        return text.fill(template, self.placeholders())


def shipped_values() -> dict:
    """The figures shipped in ``data/current.yaml`` (read by the data migration too)."""
    return yaml.load(SHIPPED.read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506 (safe)


@cache
def shipped() -> LegalFigures:
    """An unsaved record of the shipped figures (the fallback while the table is empty)."""
    fields = {field.name: field for field in LegalFigures._meta.get_fields()}
    return LegalFigures(
        **{name: fields[name].to_python(value) for name, value in shipped_values().items()}
    )


def placeholder_names() -> list[str]:
    return sorted(shipped().placeholders())
