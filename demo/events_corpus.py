"""Polish events for unit and department calendars (``corpora/events.yaml``), relative to today.

``day_offset`` is counted from ``timezone.localdate()`` at seeding time, so every demo has
past and upcoming events whatever day it is built on.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import corpora


@dataclass(frozen=True)
class EventTemplate:
    kinds: frozenset[str]
    title: str
    lead: str
    place: str
    day_offset: int
    hour: int
    duration_hours: float
    registration: bool = False


def _template(item: dict) -> EventTemplate:
    return EventTemplate(**{**item, "kinds": frozenset(item["kinds"].split())})


_EVENTS = corpora.load("events")  # corpora/events.yaml
EVENT_TEMPLATES: tuple[EventTemplate, ...] = tuple(map(_template, _EVENTS["unit_events"]))
DEPARTMENT_EVENTS: tuple[EventTemplate, ...] = tuple(map(_template, _EVENTS["department_events"]))
