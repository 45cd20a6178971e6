"""Announcements in the admin: department staff publish them; unit staff never reach them."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import rich_text

from cms.announcements.models import Announcement, Audience
from cms.test_data.factories import department_staff, unit_editor, unit_moderator
from cms.units.provisioning import provision_department, provision_unit

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/announcements/announcement/"
ADD_URL = LIST_URL + "add/"


@pytest.fixture
def units():
    provision_department()
    primary, _ = provision_unit(
        slug="sp-a", official_name="Szkoła Alfa", short_name="SP A", unit_type="szkola-podstawowa"
    )
    secondary, _ = provision_unit(
        slug="lo-b", official_name="Liceum Beta", short_name="LO B", unit_type="liceum"
    )
    return primary, secondary


def _login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _form(title: str, audience: str, **extra) -> dict:
    return {
        "title": title,
        "body": rich_text("<p>Treść komunikatu.</p>"),
        "priority": "important",
        "audience": audience,
        "active_from": "2026-09-01 08:00",
        "active_to": "",
        **extra,
    }


def test_department_staff_publish_for_chosen_units(units):
    primary, secondary = units
    client = _login(department_staff())

    response = client.get(LIST_URL)
    assert response.status_code == 200
    response = client.get(ADD_URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'type="checkbox" name="unit_types"' in page
    assert 'type="checkbox" name="units"' in page

    response = client.post(
        ADD_URL,
        _form(
            "Zmiana godzin pracy",
            Audience.CHOSEN_UNITS,
            units=[primary.home.pk],
            **{"action-publish": "1"},
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    announcement = Announcement.objects.get(title="Zmiana godzin pracy")
    assert announcement.live
    assert list(announcement.units.all()) == [primary.home.specific]
    assert announcement.targets_unit(primary.home.unit_type, primary.home.pk)
    assert not announcement.targets_unit(secondary.home.unit_type, secondary.home.pk)

    edit_form = client.get(f"{LIST_URL}edit/{announcement.pk}/").content.decode()
    checked = re.findall(
        r'<input type="checkbox" name="units" value="(\d+)"[^>]*checked', edit_form
    )
    assert checked == [str(primary.home.pk)]

    listing = client.get(LIST_URL).content.decode()
    assert "Zmiana godzin pracy" in listing
    assert "wybrane jednostki" in listing


def test_unit_types_audience_keeps_only_types(units):
    primary, secondary = units
    client = _login(department_staff())
    response = client.post(
        ADD_URL,
        _form(
            "Matury próbne",
            Audience.UNIT_TYPES,
            unit_types=["liceum"],
            units=[primary.home.pk],
            **{"action-publish": "1"},
        ),
    )
    assert response.status_code == 302
    announcement = Announcement.objects.get(title="Matury próbne")
    assert announcement.unit_types == ["liceum"]
    assert not announcement.units.exists()
    assert announcement.targets_unit("liceum", secondary.home.pk)
    assert not announcement.targets_unit("szkola-podstawowa", primary.home.pk)


@pytest.mark.parametrize(
    ("audience", "extra", "field"),
    [
        (Audience.UNIT_TYPES, {}, "unit_types"),
        (Audience.UNIT_TYPES, {"unit_types": ["gimnazjum"]}, "unit_types"),
        (Audience.CHOSEN_UNITS, {}, "units"),
    ],
)
def test_bad_audience_is_rejected(units, audience, extra, field):
    client = _login(department_staff())
    response = client.post(ADD_URL, _form("Błędny", audience, **extra, **{"action-publish": "1"}))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Announcement.objects.exists()


def test_department_staff_can_submit_to_announcement_workflow(units):
    client = _login(department_staff())
    response = client.post(
        ADD_URL, _form("Do akceptacji", Audience.ALL_UNITS, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    announcement = Announcement.objects.get(title="Do akceptacji")
    assert not announcement.live
    state = WorkflowState.objects.get(object_id=str(announcement.pk))
    assert state.workflow.name == "Komunikaty — akceptacja"

    approver = _login(department_staff())
    url = reverse(
        "wagtailsnippets_announcements_announcement:workflow_action",
        args=(announcement.pk, "approve", state.current_task_state.pk),
    )
    approver.post(url, {})
    announcement.refresh_from_db()
    assert announcement.live


def test_unit_staff_cannot_reach_announcements(units):
    primary, _secondary = units
    announcement = Announcement.objects.create(title="Tajny szkic", body="<p>x</p>", live=False)
    for user in (unit_editor(primary), unit_moderator(primary)):
        client = _login(user)
        dashboard = client.get("/admin/")
        assert dashboard.status_code == 200
        assert LIST_URL not in dashboard.content.decode()
        for url in (LIST_URL, ADD_URL, f"{LIST_URL}edit/{announcement.pk}/"):
            response = client.get(url)
            assert response.status_code == 302
            assert response["Location"] == reverse("wagtailadmin_home")
        client.post(ADD_URL, _form("Przemycony", Audience.ALL_UNITS, **{"action-publish": "1"}))
        assert not Announcement.objects.filter(title="Przemycony").exists()


def test_department_menu_shows_announcements(units):
    dashboard = _login(department_staff()).get("/admin/").content.decode()
    assert LIST_URL in dashboard
