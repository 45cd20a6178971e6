"""Staff action forms (Polish messages)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.input.text import PlainTextFormMixin
from eservice_bridge.cases.models import DecisionOutcome, DeliveryChannel


class CommentForm(PlainTextFormMixin, forms.Form):
    body = forms.CharField(
        label=_("Komentarz wewnętrzny (niewidoczny dla wnioskodawcy)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        error_messages={"required": _("Wpisz treść komentarza.")},
    )


class InformationRequestForm(PlainTextFormMixin, forms.Form):
    message = forms.CharField(
        label=_("Treść wezwania do uzupełnienia"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        error_messages={"required": _("Wpisz treść wezwania.")},
    )


class DecisionForm(PlainTextFormMixin, forms.Form):
    outcome = forms.ChoiceField(
        label=_("Rozstrzygnięcie"),
        choices=DecisionOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Wybierz rozstrzygnięcie.")},
    )
    justification = forms.CharField(
        label=_("Uzasadnienie"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=20000,
        required=False,
        help_text=_("Wymagane przy odmowie."),
    )
    delivery_channel = forms.ChoiceField(
        label=_("Sposób doręczenia"),
        choices=DeliveryChannel.choices,
        initial=DeliveryChannel.PORTAL,
        widget=forms.RadioSelect,
        required=False,
        help_text=_("Papierowo tylko wtedy, gdy strona o to poprosiła."),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("outcome") == DecisionOutcome.REFUSE
            and not cleaned.get("justification", "").strip()
        ):
            self.add_error("justification", _("Rozstrzygnięcie odmowne wymaga uzasadnienia."))
        cleaned["delivery_channel"] = cleaned.get("delivery_channel") or DeliveryChannel.PORTAL
        return cleaned


class AssignForm(PlainTextFormMixin, forms.Form):
    assignee = forms.ChoiceField(label=_("Prowadzący"), required=False)

    def __init__(self, *args, choices: list[tuple[str, str]], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [("", _("— nikt —")), *choices]
