"""Funding the training of young workers: employer, worker, exam, estimated amount."""

from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from eservice_bridge.legal_figures.models import LegalFigures

from .. import nip as nip_rules
from ..amounts import figures, pl_money
from ..definition import FormDefinition, Step
from ..steps import (
    ApplicantContactForm,
    PersonWithPeselMixin,
    StepForm,
    date_field,
    pesel_field,
    text_field,
)
from ..windows import add_months, within_months_after


class EmployerForm(StepForm):
    company_name = text_field(_("Nazwa pracodawcy"), _("Podaj nazwę pracodawcy."), max_length=300)
    nip = forms.CharField(
        label=_("NIP"),
        max_length=13,
        help_text=_("10 cyfr, np. 6290012345."),
        error_messages={"required": _("Podaj NIP pracodawcy.")},
    )
    email = ApplicantContactForm.base_fields["email"]
    phone = ApplicantContactForm.base_fields["phone"]
    address = text_field(_("Adres siedziby"), _("Podaj adres siedziby."), max_length=300)
    postal_code = ApplicantContactForm.base_fields["postal_code"]
    city = ApplicantContactForm.base_fields["city"]

    def clean_nip(self):
        value = nip_rules.normalise(self.cleaned_data["nip"])
        if not nip_rules.is_valid(value):
            raise forms.ValidationError(_("NIP jest nieprawidłowy (sprawdź cyfry)."))
        return value


class YoungWorkerForm(PersonWithPeselMixin, StepForm):
    person_prefix = "worker"

    worker_given_name = text_field(
        _("Imię młodocianego pracownika"), _("Podaj imię pracownika."), max_length=100
    )
    worker_family_name = text_field(
        _("Nazwisko młodocianego pracownika"), _("Podaj nazwisko pracownika.")
    )
    worker_birth_date = date_field(_("Data urodzenia"), _("Podaj datę urodzenia pracownika."))
    worker_pesel = pesel_field(_("PESEL młodocianego pracownika"))
    profession = text_field(_("Zawód"), _("Podaj zawód."), max_length=200)
    shortage_profession = forms.BooleanField(
        label=_("Zawód z prognozy zapotrzebowania na pracowników (zawód deficytowy)"),
        required=False,
    )
    training_kind = forms.ChoiceField(
        label=_("Forma przygotowania zawodowego"),
        choices=[
            ("nauka", _("nauka zawodu")),
            ("przyuczenie", _("przyuczenie do wykonywania określonej pracy")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Wybierz formę przygotowania zawodowego.")},
    )
    training_months = forms.IntegerField(
        label=_("Okres kształcenia (pełne miesiące)"),
        min_value=1,
        max_value=36,
        error_messages={
            "required": _("Podaj okres kształcenia w miesiącach."),
            "invalid": _("Podaj liczbę miesięcy."),
            "min_value": _("Okres kształcenia to co najmniej 1 miesiąc."),
            "max_value": _("Okres kształcenia to najwyżej 36 miesięcy."),
        },
    )
    exam_date = date_field(_("Data zdania egzaminu"), _("Podaj datę zdania egzaminu."))

    def clean_exam_date(self):
        exam = self.cleaned_data["exam_date"]
        if exam > self.today:
            raise forms.ValidationError(_("Data egzaminu nie może być w przyszłości."))
        months = figures(self.today).young_worker_months
        if not within_months_after(exam, self.today, months):
            raise forms.ValidationError(
                _(
                    "Wniosek składa się w ciągu %(months)s miesięcy od zdania egzaminu; "
                    "termin minął %(date)s."
                )
                % {"months": months, "date": add_months(exam, months).strftime("%d.%m.%Y")}
            )
        return exam


def young_worker_amount(values: dict, record: LegalFigures) -> Decimal | None:
    try:
        months = int(values.get("training_months", ""))
    except (TypeError, ValueError):
        return None
    if values.get("training_kind") == "przyuczenie":
        return record.young_worker_short_monthly * months
    shortage = values.get("shortage_profession") == "on"
    base = record.young_worker_shortage_amount if shortage else record.young_worker_amount
    return (base * months / 36).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _young_worker_facts(answers: dict) -> list[tuple[str, str]]:
    amount = young_worker_amount(answers.get("mlodociany", {}), figures())
    if amount is None:
        return []
    return [(str(_("Szacowana kwota dofinansowania")), f"do {pl_money(amount)} zł")]


YOUNG_WORKERS = FormDefinition(
    key="dofinansowanie-mlodocianych",
    label="Dofinansowanie kształcenia młodocianych pracowników",
    steps=[
        Step("pracodawca", "Pracodawca", EmployerForm),
        Step("mlodociany", "Młodociany pracownik", YoungWorkerForm),
    ],
    facts=_young_worker_facts,
)
