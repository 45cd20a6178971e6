"""The median of handling times, in days."""

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from .numbers import one_decimal

SECONDS_PER_DAY = 86_400


def handling_days(submitted_at: dt.datetime, issued_at: dt.datetime) -> float:
    """Elapsed days (fractional) from submission to the decision being issued."""
    return (issued_at - submitted_at).total_seconds() / SECONDS_PER_DAY


def median(values: Iterable[float]) -> float | None:
    """The middle value; for an even count the mean of the two middle values; None if empty."""
    ordered = sorted(values)
    count = len(ordered)
    if count == 0:
        return None
    middle = count // 2
    if count % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def median_days(values: Iterable[float]) -> Decimal | None:
    """The median rounded half up to one decimal place (exact before rounding)."""
    value = median(values)
    return None if value is None else one_decimal(value)
