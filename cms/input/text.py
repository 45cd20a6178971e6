"""Characters no person types: control characters, lone surrogates, non-characters, and the
replacement character U+FFFD that stands for bytes that were not UTF-8.

Text with them is refused with a Polish message rather than saved: a lone surrogate cannot be
encoded for the database or a JSON answer (it would be a 500), and control characters end up in
PDFs, e-mails and the staff's screens. Tab, line feed and carriage return are ordinary typing.
"""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

ALLOWED_CONTROLS = frozenset("\t\n\r")
UNSAFE_MESSAGE = _(
    "Tekst zawiera niedozwolone znaki (np. znaki sterujące). Usuń je i spróbuj ponownie."
)


def has_unsafe_characters(text: str) -> bool:
    for char in text:
        if char in ALLOWED_CONTROLS:
            continue
        if char == "\ufffd":
            return True
        category = unicodedata.category(char)
        if category in ("Cc", "Cs"):
            return True
        if category == "Cn" and (ord(char) & 0xFFFE) == 0xFFFE:  # U+FFFE, U+FFFF, …
            return True
    return False


def contains_unsafe_text(value) -> bool:
    """True if a string anywhere in a decoded JSON value (keys too) has unsafe characters."""
    if isinstance(value, str):
        return has_unsafe_characters(value)
    if isinstance(value, dict):
        return any(contains_unsafe_text(k) or contains_unsafe_text(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(contains_unsafe_text(item) for item in value)
    return False


class PlainTextFormMixin:
    """Refuse, field by field, submitted text with characters no person types.

    Put it before ``forms.Form``/``forms.ModelForm`` in the bases. Every submitted value of a
    field is checked as sent (also what a field would strip away), so nothing with such characters
    is ever saved.
    """

    def clean(self):
        cleaned = super().clean()
        for name in list(self.fields):
            key = self.add_prefix(name)
            getlist = getattr(self.data, "getlist", None)
            raw = getlist(key) if getlist is not None else [self.data.get(key)]
            if any(isinstance(value, str) and has_unsafe_characters(value) for value in raw):
                self.add_error(name, forms.ValidationError(UNSAFE_MESSAGE, code="unsafe"))
        return cleaned
