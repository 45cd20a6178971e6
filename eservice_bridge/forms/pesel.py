"""PESEL: checksum, the encoded date of birth, and its agreement with a given date."""

import datetime as dt

from django.utils.translation import gettext as _

WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
# The month field carries the century: +80 for 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s.
CENTURY_OFFSETS = {80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200}


class PeselError(ValueError):
    """The number is not a valid PESEL; the message is user-facing Polish text."""


def ascii_digits(text: str) -> bool:
    """Only 0-9: ``str.isdigit`` also accepts Arabic-Indic, fullwidth and superscript digits."""
    return text.isascii() and text.isdigit()


def checksum_ok(pesel: str) -> bool:
    if len(pesel) != 11 or not ascii_digits(pesel):
        return False
    total = sum(int(d) * w for d, w in zip(pesel[:10], WEIGHTS, strict=True))
    return (10 - total % 10) % 10 == int(pesel[10])


def birth_date(pesel: str) -> dt.date:
    """The date of birth encoded in a PESEL; raises PeselError if the number is invalid."""
    pesel = (pesel or "").strip()
    if len(pesel) != 11 or not pesel.isdigit():
        raise PeselError(_("Numer PESEL składa się z 11 cyfr."))
    if not ascii_digits(pesel):
        raise PeselError(_("Wpisz numer PESEL cyframi 0–9 (bez innych znaków)."))
    if not checksum_ok(pesel):
        raise PeselError(_("Numer PESEL jest nieprawidłowy (błędna cyfra kontrolna)."))
    year, month, day = int(pesel[0:2]), int(pesel[2:4]), int(pesel[4:6])
    offset = (month // 20) * 20
    century = CENTURY_OFFSETS.get(offset)
    if century is None:
        raise PeselError(_("Numer PESEL zawiera nieprawidłowy miesiąc urodzenia."))
    try:
        return dt.date(century + year, month - offset, day)
    except ValueError as exc:
        raise PeselError(_("Numer PESEL zawiera nieprawidłową datę urodzenia.")) from exc


def validate(pesel: str, date_of_birth: dt.date | None = None) -> dt.date:
    """Check the checksum and, when given, agreement with the date of birth."""
    encoded = birth_date(pesel)
    if date_of_birth is not None and encoded != date_of_birth:
        raise PeselError(_("Numer PESEL nie zgadza się z datą urodzenia."))
    return encoded


def make(date_of_birth: dt.date, serial: int = 123, sex_digit: int = 5) -> str:
    """Build a valid PESEL for a date (fictional people in the simulator and tests)."""
    offset = {1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60}[date_of_birth.year // 100 * 100]
    body = (
        f"{date_of_birth.year % 100:02d}{date_of_birth.month + offset:02d}"
        f"{date_of_birth.day:02d}{serial % 1000:03d}{sex_digit % 10}"
    )
    total = sum(int(d) * w for d, w in zip(body, WEIGHTS, strict=True))
    return body + str((10 - total % 10) % 10)
