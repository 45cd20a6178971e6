"""Sign-in forms: the simulator's person form and the e-mail link request."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.input.text import PlainTextFormMixin
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.forms.steps import DATE_FORMATS


class EmailSignInForm(PlainTextFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("Adres e-mail"),
        error_messages={
            "required": _("Podaj adres e-mail."),
            "invalid": _("Podaj adres e-mail w formacie nazwa@domena.pl."),
        },
    )


class SimulatedPersonForm(PlainTextFormMixin, forms.Form):
    """The tester's fictional person (the real node would authenticate a real one)."""

    given_name = forms.CharField(
        label=_("Imię"), max_length=100, error_messages={"required": _("Podaj imię.")}
    )
    family_name = forms.CharField(
        label=_("Nazwisko"), max_length=150, error_messages={"required": _("Podaj nazwisko.")}
    )
    birth_date = forms.DateField(
        label=_("Data urodzenia"),
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Podaj datę urodzenia."),
            "invalid": _("Podaj prawdziwą datę w formacie RRRR-MM-DD."),
        },
    )
    pesel = forms.CharField(
        label=_("PESEL"),
        max_length=11,
        help_text=_("11 cyfr, zgodny z datą urodzenia."),
        error_messages={
            "required": _("Podaj numer PESEL."),
            "max_length": _("Numer PESEL składa się z 11 cyfr."),
        },
    )

    def clean(self):
        cleaned = super().clean()
        number, born = cleaned.get("pesel"), cleaned.get("birth_date")
        if number:
            try:
                pesel_rules.validate(number, born)
            except pesel_rules.PeselError as exc:
                self.add_error("pesel", str(exc))
        return cleaned
