"""Rules that decide which notices are due at a moment; one module per family.

Each rule is a function ``(now) -> list[Due]``. Rules skip people who already have the notice
(cheap repeat runs) but the unique constraint on Notice is what guarantees "once".
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Due:
    """A notice that should exist; publishing creates it unless it already does."""

    applicant: object  # eservice_bridge.identity.models.Applicant
    kind: str
    event_key: str
    title: str
    body: str
    url: str = ""
    case: object | None = None  # eservice_bridge.cases.models.Case


Rule = Callable[[dt.datetime], list[Due]]


def reminder_rules() -> list[Rule]:
    """The scheduled rules (all of them reminders a person may switch off)."""
    from . import missing_information, recruitment, scholarship

    return [scholarship.due, recruitment.due, missing_information.due]
