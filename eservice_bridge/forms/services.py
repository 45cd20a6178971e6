"""The form of every service in the catalogue, with its legal rules.

Each definition lists its steps (Django forms), the yearly windows that apply to the answers
given, the unit that handles the case, and attachments required beyond the catalogue's.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.home.unit_types import UnitType
from eservice_bridge import clock
from eservice_bridge.legal_figures.models import LegalFigures
from eservice_bridge.legal_figures.text import day_month, pln

from . import nip as nip_rules
from .steps import (
    ApplicantContactForm,
    PersonWithPeselMixin,
    StepForm,
    date_field,
    money_field,
    pesel_field,
    text_field,
)
from .units import DEPARTMENT_CHOICE, unit_choices, unit_exists, with_empty
from .windows import YearlyWindow, add_months, within_months_after

# The year's amounts, fees and windows are data: ``eservice_bridge.legal_figures``.
SCHOLARSHIP_KINDS = {
    "zwykla": "",
    "kolegium": "kolegia pracowników służb społecznych",
    "luty": "szkoły rozpoczynające naukę w lutym",
}


def figures(day: dt.date | None = None) -> LegalFigures:
    """The legal figures in force on ``day`` (default: the e-services' today)."""
    return LegalFigures.objects.for_day(day or clock.today())


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


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    form_class: type[StepForm]


@dataclass(frozen=True)
class FormDefinition:
    key: str
    label: str
    steps: list[Step]
    # Windows that apply to the answers so far; None = the catalogue's yearly window.
    windows: Callable[[dict], list[YearlyWindow]] | None = None
    # The unit page id that handles the case, from the answers (school-handled services).
    unit_from_answers: Callable[[dict], str] | None = None
    extra_attachments: Callable[[dict], list[tuple[str, str]]] = field(default=lambda a: [])
    facts: Callable[[dict], list[tuple[str, str]]] = field(default=lambda a: [])
    # The fee due for the answers given; None = the catalogue's fixed fee.
    fee: Callable[[dict], Decimal] | None = None

    def step(self, slug: str) -> Step | None:
        return next((s for s in self.steps if s.slug == slug), None)


def _flat(answers: dict) -> dict:
    merged: dict = {}
    for values in answers.values():
        if isinstance(values, dict):
            merged.update(values)
    return merged


# ---------------------------------------------------------------- shared pupil step
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


# ---------------------------------------------------------------- recruitment
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


# ---------------------------------------------------------------- scholarship
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
                    "value": _pl_money(per_person),
                    "limit": _pl_money(threshold),
                },
            )
        return cleaned


def _pl_money(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


def _decimal(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value).replace(",", ".").replace(" ", ""))
    except ArithmeticError:
        return None


def scholarship_income_per_person(values: dict, record: LegalFigures) -> Decimal | None:
    income = _decimal(values.get("net_income"))
    hectares = _decimal(values.get("farm_hectares")) or Decimal("0")
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
    threshold = _pl_money(record.scholarship_income_threshold)
    return [(str(_("Dochód na osobę")), f"{_pl_money(per_person)} zł (próg {threshold} zł)")]


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


# ---------------------------------------------------------------- school allowance
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


# ---------------------------------------------------------------- transport of a disabled pupil
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


# ---------------------------------------------------------------- duplicate certificate
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


# ---------------------------------------------------------------- young-worker training funding
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
    return [(str(_("Szacowana kwota dofinansowania")), f"do {_pl_money(amount)} zł")]


YOUNG_WORKERS = FormDefinition(
    key="dofinansowanie-mlodocianych",
    label="Dofinansowanie kształcenia młodocianych pracowników",
    steps=[
        Step("pracodawca", "Pracodawca", EmployerForm),
        Step("mlodociany", "Młodociany pracownik", YoungWorkerForm),
    ],
    facts=_young_worker_facts,
)


# ---------------------------------------------------------------- general letter
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


DEFINITIONS: dict[str, FormDefinition] = {
    d.key: d
    for d in (RECRUITMENT, SCHOLARSHIP, ALLOWANCE, TRANSPORT, DUPLICATE, YOUNG_WORKERS, LETTER)
}

__all__ = ["DEFINITIONS", "FormDefinition", "Step", "unit_exists"]
