"""Application windows: yearly date ranges and time limits counted from an event."""

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class YearlyWindow:
    """From (month, day) to (month, day) inclusive, every year."""

    start_month: int
    start_day: int
    end_month: int
    end_day: int
    label: str

    def contains(self, day: dt.date) -> bool:
        start = (self.start_month, self.start_day)
        end = (self.end_month, self.end_day)
        return start <= (day.month, day.day) <= end

    def describe(self) -> str:
        return (
            f"{self.start_day}.{self.start_month:02d}–{self.end_day}.{self.end_month:02d}"
            f" ({self.label})"
        )


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months later; the last day of a shorter month when the day does not exist."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in range(day.day, 27, -1):
        try:
            return dt.date(year, month, candidate)
        except ValueError:
            continue
    return dt.date(year, month, min(day.day, 28))


def within_months_after(event: dt.date, today: dt.date, months: int) -> bool:
    return event <= today <= add_months(event, months)
