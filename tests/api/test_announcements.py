"""Which announcements each site shows: audience, active window, drafts, order."""

import datetime as dt

import pytest
from django.utils import timezone

from cms.announcements.models import Announcement, Audience, Priority
from cms.home.unit_types import UnitType

from .content import build_school

QUERY = """query A($host: String!) { announcements(hostname: $host) {
  id title body priority activeFrom activeTo } }"""


def announce(
    title,
    *,
    audience=Audience.ALL_UNITS,
    priority=Priority.INFORMATION,
    units=(),
    unit_types=(),
    live=True,
    active_from=None,
    active_to=None,
    body="<p>Treść</p>",
):
    announcement = Announcement.objects.create(
        title=title,
        body=body,
        priority=priority,
        audience=audience,
        unit_types=list(unit_types),
        live=live,
        active_from=active_from or timezone.now() - dt.timedelta(hours=1),
        active_to=active_to,
    )
    if units:
        announcement.units.set(units)
        announcement.save()
    return announcement


def titles(gql, host):
    return [item["title"] for item in gql(QUERY, {"host": host})["announcements"]]


@pytest.fixture
def kindergarten(db):
    return build_school("p5", title="Przedszkole nr 5", unit_type=UnitType.KINDERGARTEN)


def test_audiences(gql, department_site, school, other_school, kindergarten):
    announce("Dla wszystkich", audience=Audience.ALL_UNITS)
    announce("Dla przedszkoli", audience=Audience.UNIT_TYPES, unit_types=[UnitType.KINDERGARTEN])
    announce("Dla SP1", audience=Audience.CHOSEN_UNITS, units=[school.home.specific])

    assert titles(gql, "sp1.localhost") == ["Dla SP1", "Dla wszystkich"]
    assert titles(gql, "sp2.localhost") == ["Dla wszystkich"]
    assert titles(gql, "p5.localhost") == ["Dla przedszkoli", "Dla wszystkich"]
    assert titles(gql, "localhost") == ["Dla SP1", "Dla przedszkoli", "Dla wszystkich"]


def test_active_window_and_drafts(gql, school):
    now = timezone.now()
    announce("Aktywny")
    announce("Przyszły", active_from=now + dt.timedelta(hours=1))
    announce(
        "Wygasły", active_from=now - dt.timedelta(days=2), active_to=now - dt.timedelta(days=1)
    )
    announce("Szkic", live=False)
    published = announce("Opublikowany")
    published.title = "Niezatwierdzona zmiana"
    published.save_revision()

    assert titles(gql, "sp1.localhost") == ["Opublikowany", "Aktywny"]


def test_order_by_priority_then_newest_with_html_body(gql, school):
    now = timezone.now()
    announce("Informacja nowa", active_from=now - dt.timedelta(minutes=5))
    announce("Informacja stara", active_from=now - dt.timedelta(days=3))
    announce(
        "Pilny",
        priority=Priority.URGENT,
        active_from=now - dt.timedelta(days=5),
        active_to=now + dt.timedelta(days=1),
        body=f'<p>Zobacz <a linktype="page" id="{school.contact.pk}">kontakt</a></p>',
    )
    announce("Ważny", priority=Priority.IMPORTANT)

    items = gql(QUERY, {"host": "sp1.localhost"})["announcements"]
    assert [item["title"] for item in items] == [
        "Pilny",
        "Ważny",
        "Informacja nowa",
        "Informacja stara",
    ]
    urgent = items[0]
    assert urgent["priority"] == "urgent"
    assert urgent["body"] == '<p>Zobacz <a href="/kontakt/">kontakt</a></p>'
    assert urgent["activeTo"] is not None
    assert items[1]["activeTo"] is None
