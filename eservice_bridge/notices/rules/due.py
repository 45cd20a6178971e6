"""What a rule returns: a notice that should exist."""

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
