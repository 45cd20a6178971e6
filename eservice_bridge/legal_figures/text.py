"""Polish renderings of the figures and ``{placeholder}`` filling of the catalogue's texts."""

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal

from django.utils import formats, translation

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def pln(amount: Decimal) -> str:
    """An amount the Polish way: ``99,20 zł``, ``823 zł``, ``8081 zł``, ``10 000 zł``."""
    whole, _dot, cents = f"{Decimal(amount):.2f}".partition(".")
    if len(whole) > 4:  # Polish typography groups five digits and more
        whole = f"{int(whole):,}".replace(",", " ")
    return f"{whole} zł" if cents == "00" else f"{whole},{cents} zł"


def day_month(day: dt.date) -> str:
    """``2026-09-15`` → ``15 września`` (Django's Polish genitive month names)."""
    with translation.override("pl"):
        return formats.date_format(day, "j E")


def polish_date(day: dt.date) -> str:
    """``2027-03-02`` → ``2 marca 2027 r.``."""
    with translation.override("pl"):
        return f"{formats.date_format(day, 'j E Y')} r."


def day_range(start: dt.date, end: dt.date) -> str:
    """``1–15 września``, or ``1 września – 15 października`` across months."""
    if start.month == end.month:
        return f"{start.day}–{day_month(end)}"
    return f"{day_month(start)} – {day_month(end)}"


def unknown_placeholders(text: str, known: Mapping[str, str]) -> list[str]:
    return sorted({name for name in PLACEHOLDER.findall(text) if name not in known})


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace every known ``{name}``; anything else in braces is left as written."""
    return PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), text)
