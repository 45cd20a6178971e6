"""iCalendar (.ics) files: one per event and one for the whole site."""

from __future__ import annotations

from datetime import UTC, timedelta

from icalendar import Calendar, Event

from .site_model import Page, SiteModel, pick


def _calendar(model: SiteModel, name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//E-lacze//Strony jednostek oswiatowych//PL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Warsaw")
    return calendar


def _event(model: SiteModel, page: Page) -> Event:
    event = Event()
    event.add("uid", f"wydarzenie-{page.id}@{model.hostname}")
    event.add("summary", page.title)
    # UTC times need no VTIMEZONE component (RFC 5545 3.3.5).
    start = (page.start or model.now).astimezone(UTC)
    end = page.end.astimezone(UTC) if page.end else start + timedelta(hours=1)
    event.add("dtstart", start)
    event.add("dtend", end)
    stamp = page.last_published or page.first_published or model.now
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("url", model.absolute(page.path))
    if pick(page.raw, "place"):
        event.add("location", page.raw["place"])
    if page.description:
        event.add("description", page.description)
    return event


def _event_lines(model: SiteModel, page: Page) -> bytes:
    """The VEVENT of a page, serialised once per render (it is in two files)."""
    cache: dict[str, bytes] = model.__dict__.setdefault("_vevent_cache", {})
    if page.id not in cache:
        cache[page.id] = _event(model, page).to_ical()
    return cache[page.id]


def _wrap(calendar: Calendar, events: list[bytes]) -> bytes:
    head, end = calendar.to_ical().rsplit(b"END:VCALENDAR", 1)
    return head + b"".join(events) + b"END:VCALENDAR" + end


def event_ics(model: SiteModel, page: Page) -> bytes:
    calendar = _calendar(model, f"{page.title} — {model.name}")
    return _wrap(calendar, [_event_lines(model, page)])


def site_ics(model: SiteModel) -> bytes:
    calendar = _calendar(model, f"Wydarzenia — {model.name}")
    return _wrap(calendar, [_event_lines(model, page) for page in model.events])
