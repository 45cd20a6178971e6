"""Recruitment to a kindergarten or the first grade: the child, the parents, up to three units."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.home.unit_types import UnitType

from ..definition import FormDefinition, Step
from ..steps import (
    ApplicantContactForm,
    PersonWithPeselMixin,
    StepForm,
    date_field,
    pesel_field,
    text_field,
)
from ..units import unit_choices, with_empty

RECRUITMENT_LEVELS = {
    "przedszkole": [UnitType.KINDERGARTEN],
    "klasa-1": [UnitType.PRIMARY_SCHOOL, UnitType.SCHOOL_COMPLEX],
}


class RecruitmentChildForm(PersonWithPeselMixin, StepForm):
    person_prefix = "child"
    pesel_optional_with = "child_passport"

    level = forms.ChoiceField(
        label=_("Rekrutacja do"),
        choices=[
            ("przedszkole", _("przedszkola")),
            ("klasa-1", _("klasy pierwszej szkoły podstawowej")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Wybierz, do czego zapisujesz dziecko.")},
    )
    child_given_name = text_field(_("Imię dziecka"), _("Podaj imię dziecka."), max_length=100)
    child_family_name = text_field(_("Nazwisko dziecka"), _("Podaj nazwisko dziecka."))
    child_birth_date = date_field(_("Data urodzenia dziecka"), _("Podaj datę urodzenia dziecka."))
    child_pesel = pesel_field(_("PESEL dziecka"))
    child_passport = forms.CharField(
        label=_("Numer paszportu lub innego dokumentu (gdy dziecko nie ma numeru PESEL)"),
        max_length=30,
        required=False,
    )


class RecruitmentParentsForm(StepForm):
    """Parents' names, address and contacts. Never a parent's PESEL (not allowed by law)."""

    fieldsets = [
        (_("Rodzic (opiekun prawny) 1"), ["parent1_name", "parent1_email", "parent1_phone"]),
        (
            _("Rodzic (opiekun prawny) 2 – nieobowiązkowo"),
            ["parent2_name", "parent2_email", "parent2_phone"],
        ),
        (_("Adres zamieszkania dziecka"), ["address", "postal_code", "city"]),
    ]

    parent1_name = text_field(
        _("Imię i nazwisko"), _("Podaj imię i nazwisko rodzica."), max_length=200
    )
    parent1_email = forms.EmailField(
        label=_("Adres e-mail"),
        error_messages={
            "required": _("Podaj adres e-mail rodzica."),
            "invalid": _("Podaj adres e-mail w formacie nazwa@domena.pl."),
        },
    )
    parent1_phone = forms.RegexField(
        label=_("Telefon"),
        regex=r"^\+?[0-9 ()-]{9,20}$",
        error_messages={
            "required": _("Podaj numer telefonu rodzica."),
            "invalid": _("Podaj numer telefonu, np. 32 295 69 47."),
        },
    )
    parent2_name = forms.CharField(label=_("Imię i nazwisko"), max_length=200, required=False)
    parent2_email = forms.EmailField(
        label=_("Adres e-mail"),
        required=False,
        error_messages={"invalid": _("Podaj adres e-mail w formacie nazwa@domena.pl.")},
    )
    parent2_phone = forms.RegexField(
        label=_("Telefon"),
        regex=r"^\+?[0-9 ()-]{9,20}$",
        required=False,
        error_messages={"invalid": _("Podaj numer telefonu, np. 32 295 69 47.")},
    )
    address = ApplicantContactForm.base_fields["address"]
    postal_code = ApplicantContactForm.base_fields["postal_code"]
    city = ApplicantContactForm.base_fields["city"]


class RecruitmentPreferencesForm(StepForm):
    """Up to three preferred units, in order, all different; the first one handles the case."""

    fieldsets = [(_("Wybrane jednostki w kolejności preferencji"), ["pref_1", "pref_2", "pref_3"])]

    pref_1 = forms.ChoiceField(
        label=_("1. wybór (pierwsza preferencja)"),
        help_text=_(
            "Wniosek rozpatruje i podpisany wniosek przyjmuje jednostka pierwszego wyboru."
        ),
        error_messages={
            "required": _("Wybierz jednostkę pierwszego wyboru."),
            "invalid_choice": _("Wybierz jednostkę z listy."),
        },
    )
    pref_2 = forms.ChoiceField(
        label=_("2. wybór (nieobowiązkowo)"),
        required=False,
        error_messages={"invalid_choice": _("Wybierz jednostkę z listy.")},
    )
    pref_3 = forms.ChoiceField(
        label=_("3. wybór (nieobowiązkowo)"),
        required=False,
        error_messages={"invalid_choice": _("Wybierz jednostkę z listy.")},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        level = self.answers.get("dziecko", {}).get("level", "")
        choices = with_empty(unit_choices(RECRUITMENT_LEVELS.get(level)))
        for name in ("pref_1", "pref_2", "pref_3"):
            self.fields[name].choices = choices

    def clean(self):
        cleaned = super().clean()
        prefs = [cleaned.get("pref_1", ""), cleaned.get("pref_2", ""), cleaned.get("pref_3", "")]
        if prefs[2] and not prefs[1]:
            self.add_error("pref_3", _("Najpierw wybierz jednostkę drugiego wyboru."))
        chosen = [p for p in prefs if p]
        seen: set[str] = set()
        for index, value in enumerate(prefs, start=1):
            if value and value in seen:
                self.add_error(
                    f"pref_{index}", _("Każda preferencja musi wskazywać inną jednostkę.")
                )
            seen.add(value)
        if len(chosen) > 3:
            self.add_error(None, _("Można wskazać najwyżej trzy jednostki."))
        return cleaned


def _recruitment_facts(answers: dict) -> list[tuple[str, str]]:
    return [
        (
            str(_("Zasada")),
            str(_("Podpisany wniosek składa się tylko w jednostce pierwszego wyboru.")),
        )
    ]


RECRUITMENT = FormDefinition(
    key="rekrutacja",
    label="Rekrutacja do przedszkola / klasy I",
    steps=[
        Step("dziecko", "Dane dziecka", RecruitmentChildForm),
        Step("rodzice", "Rodzice i adres", RecruitmentParentsForm),
        Step("preferencje", "Wybrane jednostki", RecruitmentPreferencesForm),
    ],
    unit_from_answers=lambda a: a.get("preferencje", {}).get("pref_1", ""),
    facts=_recruitment_facts,
)
