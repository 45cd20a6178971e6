"""Building blocks of the per-service forms: a step form base and shared steps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.input.text import PlainTextFormMixin

from . import pesel as pesel_rules
from .units import unit_choices, with_empty

if TYPE_CHECKING:  # the catalogue is above the forms: it names a form by its key
    from eservice_bridge.catalogue.models import Service

DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"]


def required_message(message: str) -> dict:
    return {"required": message}


def text_field(label: str, missing: str, *, max_length: int = 150, **kwargs) -> forms.CharField:
    return forms.CharField(
        label=label, max_length=max_length, error_messages=required_message(missing), **kwargs
    )


def date_field(label: str, missing: str, **kwargs) -> forms.DateField:
    return forms.DateField(
        label=label,
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": missing,
            "invalid": _("Podaj prawdziwą datę w formacie RRRR-MM-DD, np. 2015-03-21."),
        },
        **kwargs,
    )


def money_field(label: str, missing: str, **kwargs) -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        min_value=Decimal("0"),
        max_digits=10,
        decimal_places=2,
        error_messages={
            "required": missing,
            "invalid": _("Podaj kwotę w złotych, np. 2450,50."),
            "min_value": _("Kwota nie może być ujemna."),
            "max_decimal_places": _("Podaj kwotę z dokładnością do groszy."),
            "max_digits": _("Kwota jest zbyt duża."),
        },
        localize=True,
        **kwargs,
    )


class StepForm(PlainTextFormMixin, forms.Form):
    """One step of an application; knows the service, today's date and the other answers."""

    fieldsets: list[tuple[str, list[str]]] = []

    def __init__(self, *args, service: Service, today: dt.date, answers: dict, **kwargs) -> None:
        self.service = service
        self.today = today
        self.answers = answers
        super().__init__(*args, **kwargs)

    def grouped_fields(self) -> list[tuple[str, list]]:
        """Fields in their fieldsets (legend, bound fields); the rest under an empty legend."""
        used: set[str] = set()
        groups = []
        for legend, names in self.fieldsets:
            groups.append((legend, [self[name] for name in names]))
            used.update(names)
        rest = [self[name] for name in self.fields if name not in used]
        if rest:
            groups.insert(0, ("", rest))
        return groups

    def stored_values(self) -> dict[str, str]:
        """The submitted strings of this step's fields (they re-bind to the same form)."""
        values = {}
        for name, field in self.fields.items():
            raw = self.data.get(self.add_prefix(name), "")
            if isinstance(field, forms.BooleanField):
                values[name] = "on" if self.cleaned_data.get(name) else ""
            else:
                values[name] = str(raw).strip()
        return values


class ApplicantContactForm(StepForm):
    """The person applying: name (from sign-in), contact data and address."""

    given_name = text_field(_("Imię"), _("Podaj imię."), max_length=100)
    family_name = text_field(_("Nazwisko"), _("Podaj nazwisko."))
    email = forms.EmailField(
        label=_("Adres e-mail"),
        help_text=_("Na ten adres wyślemy powiadomienie o odpowiedzi w sprawie."),
        error_messages={
            "required": _("Podaj adres e-mail."),
            "invalid": _("Podaj adres e-mail w formacie nazwa@domena.pl."),
        },
    )
    phone = forms.RegexField(
        label=_("Telefon (nieobowiązkowo)"),
        regex=r"^\+?[0-9 ()-]{9,20}$",
        required=False,
        error_messages={"invalid": _("Podaj numer telefonu, np. 32 295 69 47.")},
    )
    address = text_field(_("Adres zamieszkania (ulica, numer domu i lokalu)"), _("Podaj adres."))
    postal_code = forms.RegexField(
        label=_("Kod pocztowy"),
        regex=r"^\d{2}-\d{3}$",
        error_messages={
            "required": _("Podaj kod pocztowy."),
            "invalid": _("Podaj kod pocztowy w formacie 00-000."),
        },
    )
    city = text_field(_("Miejscowość"), _("Podaj miejscowość."), max_length=100)


class PersonWithPeselMixin:
    """Date of birth + PESEL that must agree; field names come from ``person_prefix``."""

    person_prefix = "child"
    pesel_optional_with = ""  # a field name that may replace the PESEL (a passport number)

    def clean(self):
        cleaned = super().clean()
        number = cleaned.get(f"{self.person_prefix}_pesel", "")
        born = cleaned.get(f"{self.person_prefix}_birth_date")
        alternative = cleaned.get(self.pesel_optional_with, "") if self.pesel_optional_with else ""
        if not number:
            if not alternative:
                message = (
                    _("Podaj numer PESEL albo, gdy go nie ma, numer paszportu.")
                    if self.pesel_optional_with
                    else _("Podaj numer PESEL.")
                )
                self.add_error(f"{self.person_prefix}_pesel", message)
            return cleaned
        try:
            pesel_rules.validate(number, None)
        except pesel_rules.PeselError as exc:
            self.add_error(f"{self.person_prefix}_pesel", str(exc))
            return cleaned
        if born is not None:
            try:
                pesel_rules.validate(number, born)
            except pesel_rules.PeselError as exc:
                self.add_error(f"{self.person_prefix}_pesel", str(exc))
        if born is not None and born > self.today:
            self.add_error(
                f"{self.person_prefix}_birth_date", _("Data urodzenia nie może być w przyszłości.")
            )
        return cleaned


def pesel_field(label: str, *, required: bool = True) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=11,
        min_length=11,
        required=False,  # checked in clean() so the message can be specific
        help_text=_("11 cyfr."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        error_messages={
            "min_length": _("Numer PESEL składa się z 11 cyfr."),
            "max_length": _("Numer PESEL składa się z 11 cyfr."),
        },
    )


class PupilForm(PersonWithPeselMixin, StepForm):
    person_prefix = "child"

    child_given_name = text_field(_("Imię ucznia"), _("Podaj imię ucznia."), max_length=100)
    child_family_name = text_field(_("Nazwisko ucznia"), _("Podaj nazwisko ucznia."))
    child_birth_date = date_field(_("Data urodzenia ucznia"), _("Podaj datę urodzenia ucznia."))
    child_pesel = pesel_field(_("PESEL ucznia"))
    school = forms.ChoiceField(
        label=_("Szkoła, do której uczęszcza uczeń"),
        error_messages={
            "required": _("Wybierz szkołę."),
            "invalid_choice": _("Wybierz szkołę z listy."),
        },
    )
    school_class = text_field(_("Klasa"), _("Podaj klasę, np. 3b."), max_length=20)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["school"].choices = with_empty(unit_choices())
