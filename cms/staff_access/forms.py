"""Forms of the second factor: a code from the app or a recovery code."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.input.text import PlainTextFormMixin

from . import devices


class CodeForm(PlainTextFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Kod"),
        max_length=32,
        help_text=_("6 cyfr z aplikacji uwierzytelniającej albo jeden z kodów zapasowych."),
        error_messages={"required": _("Wpisz kod.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, *args, user, device=None, **kwargs):
        self.user = user
        self.device = device  # when set (setting up), only this device is checked
        self.verified_device = None
        super().__init__(*args, **kwargs)

    def clean_code(self):
        code = self.cleaned_data["code"]
        candidates = [self.device] if self.device is not None else devices.all_devices(self.user)
        if candidates and not any(device.verify_is_allowed()[0] for device in candidates):
            raise forms.ValidationError(
                _("Zbyt wiele błędnych kodów. Odczekaj kilka sekund i spróbuj ponownie.")
            )
        if self.device is not None:
            ok = self.device.verify_token("".join(code.split()))
            self.verified_device = self.device if ok else None
        else:
            self.verified_device = devices.verify(self.user, code)
        if self.verified_device is None:
            raise forms.ValidationError(
                _("Kod jest nieprawidłowy lub wygasł. Spróbuj ponownie z nowym kodem.")
            )
        return code
