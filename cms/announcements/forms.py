"""Admin form for announcements: audience as checkboxes, consistent with the chosen audience."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from cms.home.models import SchoolHomePage
from cms.home.unit_types import UnitType

from .models import Audience


class UnitChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: SchoolHomePage) -> str:
        return f"{obj.short_name} — {obj.official_name}"


class AnnouncementForm(WagtailAdminModelForm):
    """Edits an announcement; selections that do not match the audience are cleared on save."""

    unit_types = forms.MultipleChoiceField(
        label=_("typy jednostek"),
        choices=UnitType.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Używane, gdy odbiorcami są jednostki wybranych typów."),
    )
    units = UnitChoiceField(
        label=_("wybrane jednostki"),
        queryset=SchoolHomePage.objects.order_by("short_name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Używane, gdy odbiorcami są wybrane jednostki."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "audience" in self.fields:
            self.fields["audience"].widget = forms.RadioSelect(choices=Audience.choices)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        audience = cleaned.get("audience")
        if audience == Audience.UNIT_TYPES and not cleaned.get("unit_types"):
            self.add_error("unit_types", _("Wybierz co najmniej jeden typ jednostki."))
        if audience == Audience.CHOSEN_UNITS and not cleaned.get("units"):
            self.add_error("units", _("Wybierz co najmniej jedną jednostkę."))
        if audience != Audience.UNIT_TYPES:
            cleaned["unit_types"] = []
        if audience != Audience.CHOSEN_UNITS:
            cleaned["units"] = SchoolHomePage.objects.none()
        return cleaned
