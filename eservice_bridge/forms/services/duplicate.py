"""A duplicate of a school certificate or pupil ID: the issuing school handles it, a fee is due."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from eservice_bridge.legal_figures.text import pln

from ..amounts import figures
from ..definition import FormDefinition, Step
from ..steps import (
    ApplicantContactForm,
    StepForm,
    date_field,
    text_field,
)
from ..units import unit_choices, with_empty


class DuplicateForm(StepForm):
    document = forms.ChoiceField(
        label=_("Dokument"),
        choices=[
            ("swiadectwo", _("duplikat świadectwa")),
            ("legitymacja", _("duplikat legitymacji")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Wybierz dokument.")},
    )
    school = forms.ChoiceField(
        label=_("Szkoła, która wydała dokument"),
        error_messages={
            "required": _("Wybierz szkołę."),
            "invalid_choice": _("Wybierz szkołę z listy."),
        },
    )
    holder_name = text_field(
        _("Imię i nazwisko ucznia (absolwenta)"), _("Podaj imię i nazwisko ucznia."), max_length=200
    )
    holder_birth_date = date_field(_("Data urodzenia ucznia"), _("Podaj datę urodzenia ucznia."))
    school_year = forms.RegexField(
        label=_("Rok szkolny, w którym wydano oryginał"),
        regex=r"^(19|20)\d\d/(19|20)\d\d$",
        error_messages={
            "required": _("Podaj rok szkolny, np. 2019/2020."),
            "invalid": _("Podaj rok szkolny w formacie 2019/2020."),
        },
    )
    reason = forms.CharField(
        label=_("Powód (np. utrata, zniszczenie)"),
        max_length=500,
        error_messages={"required": _("Podaj powód wydania duplikatu.")},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["school"].choices = with_empty(unit_choices())
        fees = figures(self.today).duplicate_fees()
        self.fields["document"].choices = [
            (
                "swiadectwo",
                _("duplikat świadectwa (opłata %(fee)s)") % {"fee": pln(fees["swiadectwo"])},
            ),
            (
                "legitymacja",
                _("duplikat legitymacji szkolnej (opłata %(fee)s i zdjęcie)")
                % {"fee": pln(fees["legitymacja"])},
            ),
        ]

    def clean_holder_birth_date(self):
        born = self.cleaned_data["holder_birth_date"]
        if born > self.today:
            raise forms.ValidationError(_("Data urodzenia nie może być w przyszłości."))
        return born


def _duplicate_attachments(answers: dict) -> list[tuple[str, str]]:
    if answers.get("dokument", {}).get("document") == "legitymacja":
        return [("zdjecie", "Aktualne zdjęcie ucznia (JPEG lub PNG)")]
    return []


def _duplicate_fee(answers: dict) -> Decimal:
    fees = figures().duplicate_fees()
    return fees.get(answers.get("dokument", {}).get("document", ""), fees["swiadectwo"])


DUPLICATE = FormDefinition(
    key="duplikat-swiadectwa",
    label="Duplikat świadectwa / legitymacji",
    steps=[
        Step("wnioskodawca", "Wnioskodawca", ApplicantContactForm),
        Step("dokument", "Dokument", DuplicateForm),
    ],
    unit_from_answers=lambda a: a.get("dokument", {}).get("school", ""),
    extra_attachments=_duplicate_attachments,
    fee=_duplicate_fee,
)
