"""Reimbursed transport of a disabled pupil (rulings are health data: encrypted at rest)."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from ..definition import FormDefinition, Step
from ..steps import (
    ApplicantContactForm,
    PupilForm,
    StepForm,
    text_field,
)


class TransportForm(StepForm):
    fieldsets = [
        (
            _("Orzeczenia (dane o zdrowiu – przechowujemy je zaszyfrowane)"),
            ["special_ruling_number", "disability_ruling_number"],
        ),
        (_("Dowóz"), ["school_year", "distance_km", "car_registration", "fuel_consumption"]),
    ]

    special_ruling_number = text_field(
        _("Numer orzeczenia o potrzebie kształcenia specjalnego"),
        _("Podaj numer orzeczenia o potrzebie kształcenia specjalnego."),
        max_length=60,
    )
    disability_ruling_number = forms.CharField(
        label=_("Numer orzeczenia o niepełnosprawności (jeśli jest)"), max_length=60, required=False
    )
    school_year = forms.RegexField(
        label=_("Rok szkolny"),
        regex=r"^20\d\d/20\d\d$",
        error_messages={
            "required": _("Podaj rok szkolny, np. 2026/2027."),
            "invalid": _("Podaj rok szkolny w formacie 2026/2027."),
        },
    )
    distance_km = forms.DecimalField(
        label=_("Odległość z domu do szkoły (km, w jedną stronę)"),
        min_value=Decimal("0.1"),
        max_value=Decimal("200"),
        decimal_places=1,
        localize=True,
        error_messages={
            "required": _("Podaj odległość w kilometrach."),
            "invalid": _("Podaj odległość jako liczbę, np. 7,5."),
            "min_value": _("Odległość musi być większa od zera."),
            "max_value": _("Sprawdź odległość (najwyżej 200 km)."),
        },
    )
    car_registration = forms.RegexField(
        label=_("Numer rejestracyjny samochodu"),
        regex=r"^[A-Z0-9 ]{4,10}$",
        error_messages={
            "required": _("Podaj numer rejestracyjny samochodu."),
            "invalid": _("Podaj numer rejestracyjny wielkimi literami, np. SD 12345."),
        },
    )
    fuel_consumption = forms.DecimalField(
        label=_("Średnie zużycie paliwa (l/100 km, wg producenta)"),
        min_value=Decimal("1"),
        max_value=Decimal("30"),
        decimal_places=1,
        localize=True,
        error_messages={
            "required": _("Podaj średnie zużycie paliwa."),
            "invalid": _("Podaj zużycie paliwa jako liczbę, np. 6,4."),
            "min_value": _("Sprawdź zużycie paliwa (co najmniej 1 l/100 km)."),
            "max_value": _("Sprawdź zużycie paliwa (najwyżej 30 l/100 km)."),
        },
    )


TRANSPORT = FormDefinition(
    key="dowoz-ucznia-niepelnosprawnego",
    label="Dowóz ucznia niepełnosprawnego (zwrot kosztów)",
    steps=[
        Step("wnioskodawca", "Wnioskodawca", ApplicantContactForm),
        Step("uczen", "Uczeń", PupilForm),
        Step("dowoz", "Orzeczenia i dowóz", TransportForm),
    ],
)
