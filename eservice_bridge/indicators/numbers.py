"""Numbers written the Polish way: decimal comma, a non-breaking space between thousands.

Polish typography groups digits only from five-digit numbers on (1234, but 12 345).
"""

from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"


def _group(digits: str) -> str:
    if len(digits) < 5:
        return digits
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return NBSP.join(groups)


def one_decimal(value: float | Decimal) -> Decimal:
    """Round half up to one decimal place (12.25 → 12.3)."""
    return Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def format_int(value: int) -> str:
    sign = "-" if value < 0 else ""
    return sign + _group(str(abs(int(value))))


def format_decimal(value: float | Decimal | None, *, grouping: bool = True) -> str:
    """One decimal place, decimal comma; "—" for a missing value."""
    if value is None:
        return "—"
    rounded = one_decimal(value)
    sign = "-" if rounded < 0 else ""
    whole, _dot, fraction = f"{abs(rounded):.1f}".partition(".")
    return f"{sign}{_group(whole) if grouping else whole},{fraction}"


def format_percent(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"{format_decimal(value)}{NBSP}%"
