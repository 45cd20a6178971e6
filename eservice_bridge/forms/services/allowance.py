"""School allowance after a random event (at most the legal number of months back)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..amounts import figures
from ..definition import FormDefinition, Step
from ..steps import (
    ApplicantContactForm,
    PupilForm,
    StepForm,
    date_field,
)
from ..windows import add_months, within_months_after


class AllowanceEventForm(StepForm):
    event_kind = forms.ChoiceField(
        label=_("Zdarzenie losowe"),
        choices=[
            ("", _("— wybierz —")),
            ("smierc", _("śmierć rodzica lub opiekuna")),
            ("pozar", _("pożar")),
            ("powodz", _("powódź lub inna klęska żywiołowa")),
            ("choroba", _("ciężka choroba w rodzinie")),
            ("inne", _("inne zdarzenie losowe")),
        ],
        error_messages={"required": _("Wybierz rodzaj zdarzenia.")},
    )
    event_date = date_field(_("Data zdarzenia"), _("Podaj datę zdarzenia."))
    description = forms.CharField(
        label=_("Opis sytuacji"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=3000,
        error_messages={"required": _("Opisz krótko sytuację rodziny po zdarzeniu.")},
    )

    def clean_event_date(self):
        event = self.cleaned_data["event_date"]
        if event > self.today:
            raise forms.ValidationError(_("Data zdarzenia nie może być w przyszłości."))
        months = figures(self.today).allowance_months
        if not within_months_after(event, self.today, months):
            raise forms.ValidationError(
                _(
                    "Zasiłek szkolny można przyznać na wniosek złożony w ciągu %(months)s "
                    "miesięcy od zdarzenia; termin minął %(date)s."
                )
                % {"months": months, "date": add_months(event, months).strftime("%d.%m.%Y")}
            )
        return event


ALLOWANCE = FormDefinition(
    key="zasilek-szkolny",
    label="Zasiłek szkolny",
    steps=[
        Step("wnioskodawca", "Wnioskodawca", ApplicantContactForm),
        Step("uczen", "Uczeń", PupilForm),
        Step("zdarzenie", "Zdarzenie losowe", AllowanceEventForm),
    ],
)
