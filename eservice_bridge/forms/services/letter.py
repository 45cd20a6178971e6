"""A general letter to a unit or the department."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..definition import FormDefinition, Step
from ..steps import (
    ApplicantContactForm,
    StepForm,
    text_field,
)
from ..units import DEPARTMENT_CHOICE, unit_choices, with_empty


class LetterForm(StepForm):
    addressee = forms.ChoiceField(
        label=_("Adresat"),
        error_messages={
            "required": _("Wybierz adresata pisma."),
            "invalid_choice": _("Wybierz adresata z listy."),
        },
    )
    subject = text_field(_("Temat"), _("Podaj temat pisma."), max_length=200)
    content = forms.CharField(
        label=_("Treść pisma"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=10000,
        error_messages={"required": _("Wpisz treść pisma.")},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["addressee"].choices = with_empty(
            [(DEPARTMENT_CHOICE, str(_("Wydział Oświaty"))), *unit_choices()]
        )


LETTER = FormDefinition(
    key="pismo-ogolne",
    label="Pismo ogólne",
    steps=[
        Step("nadawca", "Nadawca", ApplicantContactForm),
        Step("pismo", "Pismo", LetterForm),
    ],
    unit_from_answers=lambda a: a.get("pismo", {}).get("addressee", ""),
)
