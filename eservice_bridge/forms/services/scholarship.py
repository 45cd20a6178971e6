"""School scholarship (art. 90b, 90d of the school education act): pupil, family income, windows."""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from eservice_bridge.legal_figures.models import LegalFigures
from eservice_bridge.legal_figures.text import day_month

from ..amounts import figures, parse_decimal, pl_money
from ..definition import FormDefinition, Step
from ..steps import (
    ApplicantContactForm,
    PupilForm,
    StepForm,
    money_field,
)
from ..windows import YearlyWindow

# The year's amounts, fees and windows are data: ``eservice_bridge.legal_figures``.
SCHOLARSHIP_KINDS = {
    "zwykla": "",
    "kolegium": "kolegia pracowników służb społecznych",
    "luty": "szkoły rozpoczynające naukę w lutym",
}


def scholarship_windows(record: LegalFigures) -> dict[str, YearlyWindow]:
    """The scholarship's windows by school kind, recurring every year by day and month."""

    def window(start: dt.date, end: dt.date, label: str) -> YearlyWindow:
        return YearlyWindow(start.month, start.day, end.month, end.day, label)

    start = record.scholarship_window_start
    college_end, february_end = record.scholarship_college_end, record.scholarship_february_end
    return {
        "zwykla": window(start, record.scholarship_window_end, record.scholarship_window_text),
        "kolegium": window(
            start, college_end, f"do {day_month(college_end)} – {SCHOLARSHIP_KINDS['kolegium']}"
        ),
        "luty": window(
            record.scholarship_february_start,
            february_end,
            f"do {day_month(february_end)} – {SCHOLARSHIP_KINDS['luty']}",
        ),
    }


class ScholarshipPupilForm(PupilForm):
    school_kind = forms.ChoiceField(
        label=_("Rodzaj szkoły lub kolegium"),
        choices=[
            ("zwykla", _("szkoła rozpoczynająca rok szkolny we wrześniu")),
            ("kolegium", _("kolegium pracowników służb społecznych")),
            ("luty", _("szkoła rozpoczynająca naukę w lutym")),
        ],
        widget=forms.RadioSelect,
        initial="zwykla",
        error_messages={"required": _("Wybierz rodzaj szkoły.")},
    )

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("school_kind")
        window = scholarship_windows(figures(self.today)).get(kind or "")
        if window and not window.contains(self.today):
            self.add_error(
                "school_kind",
                _("Wniosek o stypendium dla tej szkoły składa się w terminie %(w)s.")
                % {"w": window.describe()},
            )
        return cleaned


class ScholarshipIncomeForm(StepForm):
    fieldsets = [
        (
            _("Dochód rodziny z miesiąca poprzedzającego złożenie wniosku"),
            ["household_size", "net_income", "farm_hectares"],
        ),
        (_("Forma pomocy"), ["support_form"]),
    ]

    household_size = forms.IntegerField(
        label=_("Liczba osób w rodzinie (we wspólnym gospodarstwie domowym)"),
        min_value=1,
        max_value=30,
        error_messages={
            "required": _("Podaj liczbę osób w rodzinie."),
            "invalid": _("Podaj liczbę osób jako liczbę całkowitą."),
            "min_value": _("Rodzina liczy co najmniej jedną osobę."),
            "max_value": _("Sprawdź liczbę osób w rodzinie (najwyżej 30)."),
        },
    )
    net_income = money_field(
        _("Łączny miesięczny dochód netto rodziny (zł)"),
        _("Podaj łączny dochód netto rodziny."),
        help_text=_("Bez gospodarstwa rolnego – ono jest liczone osobno."),
    )
    farm_hectares = forms.DecimalField(
        label=_("Hektary przeliczeniowe gospodarstwa rolnego (0, gdy brak)"),
        min_value=Decimal("0"),
        max_digits=8,
        decimal_places=4,
        initial=0,
        localize=True,
        error_messages={
            "required": _("Podaj liczbę hektarów przeliczeniowych (0, gdy brak)."),
            "invalid": _("Podaj liczbę hektarów, np. 1,5."),
            "min_value": _("Liczba hektarów nie może być ujemna."),
        },
    )
    support_form = forms.ChoiceField(
        label=_("Preferowana forma stypendium"),
        choices=[
            ("zajecia", _("pokrycie kosztów zajęć edukacyjnych")),
            ("rzeczowa", _("pomoc rzeczowa o charakterze edukacyjnym")),
            ("pieniezna", _("świadczenie pieniężne")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Wybierz preferowaną formę stypendium.")},
    )

    def clean(self):
        cleaned = super().clean()
        record = figures(self.today)
        per_person = scholarship_income_per_person(cleaned, record)
        threshold = record.scholarship_income_threshold
        if per_person is not None and per_person > threshold:
            self.add_error(
                "net_income",
                _(
                    "Dochód na osobę w rodzinie wynosi %(value)s zł i przekracza próg "
                    "%(limit)s zł – stypendium nie przysługuje."
                )
                % {
                    "value": pl_money(per_person),
                    "limit": pl_money(threshold),
                },
            )
        return cleaned


def scholarship_income_per_person(values: dict, record: LegalFigures) -> Decimal | None:
    income = parse_decimal(values.get("net_income"))
    hectares = parse_decimal(values.get("farm_hectares")) or Decimal("0")
    size = values.get("household_size")
    try:
        size = int(size)
    except (TypeError, ValueError):
        return None
    if income is None or size < 1:
        return None
    total = income + hectares * record.scholarship_farm_hectare_income
    return (total / size).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _scholarship_windows(answers: dict) -> list[YearlyWindow]:
    kind = answers.get("uczen", {}).get("school_kind")
    windows = scholarship_windows(figures())
    if kind in windows:
        return [windows[kind]]
    return list(windows.values())


def _scholarship_facts(answers: dict) -> list[tuple[str, str]]:
    record = figures()
    per_person = scholarship_income_per_person(answers.get("dochod", {}), record)
    if per_person is None:
        return []
    threshold = pl_money(record.scholarship_income_threshold)
    return [(str(_("Dochód na osobę")), f"{pl_money(per_person)} zł (próg {threshold} zł)")]


SCHOLARSHIP = FormDefinition(
    key="stypendium-szkolne",
    label="Stypendium szkolne",
    steps=[
        Step("wnioskodawca", "Wnioskodawca", ApplicantContactForm),
        Step("uczen", "Uczeń", ScholarshipPupilForm),
        Step("dochod", "Dochód rodziny", ScholarshipIncomeForm),
    ],
    windows=_scholarship_windows,
    facts=_scholarship_facts,
)
