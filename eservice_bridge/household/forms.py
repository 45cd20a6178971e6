"""Profile and household-member forms: the same rules as the service forms they feed."""

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.input.text import PlainTextFormMixin
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.forms.steps import DATE_FORMATS
from eservice_bridge.forms.units import unit_choices, unit_exists, with_empty

from .models import ApplicantProfile, HouseholdMember

PHONE_REGEX = r"^\+?[0-9 ()-]{9,20}$"
POSTAL_CODE_REGEX = r"^\d{2}-\d{3}$"
# Household members are the children and pupils an applicant applies for; a scholarship can be
# granted up to the age of 24, so anyone older than this is not a member this profile is for.
MEMBER_MAX_AGE_YEARS = 26


class ProfileForm(PlainTextFormMixin, forms.ModelForm):
    """Contact data reused by forms; e-mail only where sign-in did not already fix it."""

    email = forms.EmailField(
        label=_("Adres e-mail"),
        required=False,
        help_text=_("Na ten adres wyślemy powiadomienia o sprawach i przypomnienia."),
        error_messages={"invalid": _("Podaj adres e-mail w formacie nazwa@domena.pl.")},
    )
    phone = forms.RegexField(
        label=_("Telefon"),
        regex=PHONE_REGEX,
        required=False,
        max_length=20,
        error_messages={"invalid": _("Podaj numer telefonu, np. 32 295 69 47.")},
    )
    address = forms.CharField(
        label=_("Adres zamieszkania (ulica, numer domu i lokalu)"), max_length=150, required=False
    )
    postal_code = forms.RegexField(
        label=_("Kod pocztowy"),
        regex=POSTAL_CODE_REGEX,
        required=False,
        max_length=6,
        error_messages={"invalid": _("Podaj kod pocztowy w formacie 00-000.")},
    )
    city = forms.CharField(label=_("Miejscowość"), max_length=100, required=False)
    reminders_opt_out = forms.BooleanField(
        label=_("Nie chcę przypomnień o terminach i brakujących informacjach"),
        help_text=_(
            "Wiadomości o doręczeniu rozstrzygnięcia w Twojej sprawie wysyłamy zawsze, "
            "bo od nich biegną terminy."
        ),
        required=False,
    )

    class Meta:
        model = ApplicantProfile
        fields = ["phone", "address", "postal_code", "city", "reminders_opt_out"]

    def __init__(self, *args, email_editable: bool = True, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.order_fields(["email", *self.Meta.fields])
        if not email_editable:
            del self.fields["email"]

    def clean(self):
        cleaned = super().clean()
        for name in ("address", "city"):
            if name in cleaned:
                cleaned[name] = cleaned[name].strip()
        return cleaned


class MemberForm(PlainTextFormMixin, forms.ModelForm):
    """A child registered once: name, date of birth, PESEL (agreeing with it), school, class."""

    given_name = forms.CharField(
        label=_("Imię dziecka"),
        max_length=100,
        error_messages={"required": _("Podaj imię dziecka.")},
    )
    family_name = forms.CharField(
        label=_("Nazwisko dziecka"),
        max_length=150,
        error_messages={"required": _("Podaj nazwisko dziecka.")},
    )
    birth_date = forms.DateField(
        label=_("Data urodzenia"),
        input_formats=DATE_FORMATS,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Podaj datę urodzenia dziecka."),
            "invalid": _("Podaj prawdziwą datę w formacie RRRR-MM-DD, np. 2015-03-21."),
        },
    )
    pesel = forms.CharField(
        label=_("PESEL dziecka (nieobowiązkowo)"),
        help_text=_("11 cyfr. Gdy dziecko nie ma numeru PESEL, zostaw puste."),
        required=False,
        max_length=11,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        error_messages={"max_length": _("Numer PESEL składa się z 11 cyfr.")},
    )
    school = forms.ChoiceField(
        label=_("Szkoła lub przedszkole (nieobowiązkowo)"),
        required=False,
        error_messages={"invalid_choice": _("Wybierz szkołę lub przedszkole z listy.")},
    )
    school_class = forms.CharField(
        label=_("Klasa lub grupa (nieobowiązkowo)"),
        help_text=_("Np. 3b albo Motylki."),
        max_length=20,
        required=False,
    )

    class Meta:
        model = HouseholdMember
        # "school" is a declared choice of live unit pages, stored as the page FK in save().
        fields = ["given_name", "family_name", "birth_date", "pesel", "school_class"]

    def __init__(self, *args, applicant, today: dt.date, **kwargs) -> None:
        self.applicant = applicant
        self.today = today
        super().__init__(*args, **kwargs)
        self.order_fields(
            ["given_name", "family_name", "birth_date", "pesel", "school", "school_class"]
        )
        self.fields["school"].choices = with_empty(unit_choices(), str(_("— nie wybrano —")))
        if self.instance.pk and not self.is_bound:
            self.initial["school"] = str(self.instance.school_id or "")

    def clean_given_name(self) -> str:
        return self.cleaned_data["given_name"].strip()

    def clean_family_name(self) -> str:
        return self.cleaned_data["family_name"].strip()

    def clean_birth_date(self) -> dt.date:
        born = self.cleaned_data["birth_date"]
        if born > self.today:
            raise forms.ValidationError(_("Data urodzenia nie może być w przyszłości."))
        if born.year < self.today.year - MEMBER_MAX_AGE_YEARS:
            raise forms.ValidationError(
                _(
                    "W profilu rejestrujesz dzieci i uczniów (do %(years)s lat). "
                    "Sprawdź datę urodzenia."
                )
                % {"years": MEMBER_MAX_AGE_YEARS}
            )
        return born

    def clean_pesel(self) -> str:
        number = self.cleaned_data["pesel"].strip().replace(" ", "")
        if not number:
            return ""
        try:
            pesel_rules.validate(number, None)
        except pesel_rules.PeselError as exc:
            raise forms.ValidationError(str(exc)) from exc
        # Recruitment law never lets us collect a parent's PESEL: refuse the applicant's own.
        if self.applicant.pesel and number == self.applicant.pesel:
            raise forms.ValidationError(
                _("To Twój numer PESEL. W profilu zapisujemy tylko dane dzieci.")
            )
        others = HouseholdMember.objects.filter(applicant=self.applicant)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if any(member.pesel == number for member in others):
            raise forms.ValidationError(_("Dziecko z tym numerem PESEL jest już w profilu."))
        return number

    def clean_school(self) -> str:
        value = self.cleaned_data["school"]
        if value and not unit_exists(value):
            raise forms.ValidationError(_("Wybierz szkołę lub przedszkole z listy."))
        return value

    def clean(self):
        cleaned = super().clean()
        number, born = cleaned.get("pesel"), cleaned.get("birth_date")
        if number and born:
            try:
                pesel_rules.validate(number, born)
            except pesel_rules.PeselError as exc:
                self.add_error("pesel", str(exc))
        return cleaned

    def save(self, commit: bool = True) -> HouseholdMember:
        member = super().save(commit=False)
        member.applicant = self.applicant
        school = self.cleaned_data.get("school")
        member.school_id = int(school) if school else None
        if commit:
            member.save()
        return member
