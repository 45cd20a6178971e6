"""Masking personal data in questions before anything is written down."""

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_PESEL = re.compile(r"(?<!\d)\d{11}(?!\d)")
# Polish phone numbers: 9 digits, optionally +48, grouped by spaces or dashes.
_PHONE = re.compile(r"(?<!\d)(?:\+?48[ -]?)?(?:\d[ -]?){8}\d(?!\d)")


def mask_personal_data(text: str) -> str:
    """Replace e-mail addresses, PESEL numbers and phone numbers by placeholders."""
    text = _EMAIL.sub("[e-mail]", text)
    text = _PESEL.sub("[PESEL]", text)
    return _PHONE.sub("[telefon]", text)
