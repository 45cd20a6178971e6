"""Statistical disclosure control: small counts that could point at one family are withheld.

A count of 1 or 2 applications, admissions etc. is published as empty (``None``), and so is any
figure derived from fewer than :data:`MIN_COUNT` cases (a share, a median). Zero is kept: it
says nothing about anyone.
"""

from __future__ import annotations

from typing import Any

MIN_COUNT = 3


def suppress_count(value: int | None) -> int | None:
    if value is None:
        return None
    return None if 0 < value < MIN_COUNT else value


def derived_from(population: int | None, value: Any) -> Any:
    """``value`` (a share, a median) only when it was computed from enough cases."""
    if population is None or population < MIN_COUNT:
        return None
    return value
