"""The admin's "Publikacja stron" view: build status per site, rebuild now, rollback."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from cms.units.staff import ensure_department_groups
from static_builds import storage
from static_builds.models import SiteBuild
from tests.static_builds.publishing import (
    build_marker,
    builds_since,
    full_build,
    login,
    make_unit,
)

pytestmark = pytest.mark.django_db

STATUS_URL = "/admin/publikacja-stron/"


@pytest.fixture
def units(db):
    return make_unit("sp51"), make_unit("sp52")


def _superuser():
    return get_user_model().objects.create_superuser("szef", "szef@example.org", "haslo-szefa")


def test_status_lists_last_success_and_failure_with_its_log(units):
    unit, other = units
    full_build(unit.hostname)
    SiteBuild.objects.create(
        hostname=unit.hostname,
        status=SiteBuild.Status.FAILED,
        reason="publikacja strony 123",
        log="[  0.010s] BŁĄD: GraphQL: strona nie istnieje",
    )
    client = login(unit.editor)
    response = client.get(STATUS_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Publikacja stron" in html
    assert unit.hostname in html
    assert other.hostname not in html  # unit staff see only their own units
    assert storage.current_build_id(unit.hostname) in html
    assert "BŁĄD: GraphQL: strona nie istnieje" in html  # the failure's log, in <details>
    assert "ostatnie budowanie nieudane" in html
    assert "Przebuduj teraz" not in html  # editors cannot rebuild

    superuser_html = login(_superuser()).get(STATUS_URL).content.decode()
    assert unit.hostname in superuser_html and other.hostname in superuser_html

    department_staff, _cuw_staff = ensure_department_groups()
    clerk = get_user_model().objects.create_user("urzednik", password="x-haslo-123")
    clerk.groups.add(department_staff)
    clerk_html = login(clerk).get(STATUS_URL).content.decode()
    assert unit.hostname in clerk_html and other.hostname in clerk_html


def test_menu_item_is_shown_to_unit_staff(units):
    unit, _other = units
    html = login(unit.moderator).get("/admin/").content.decode()
    assert STATUS_URL in html


def test_rebuild_now_for_moderator_and_403_for_editor(units):
    unit, other = units
    marker = build_marker()
    response = login(unit.editor).post(f"{STATUS_URL}{unit.hostname}/przebuduj/")
    assert response.status_code == 403
    response = login(unit.moderator).post(f"{STATUS_URL}{other.hostname}/przebuduj/")
    assert response.status_code == 403  # another unit's site
    assert not builds_since(marker).exists()

    client = login(unit.moderator)
    assert client.get(f"{STATUS_URL}{unit.hostname}/przebuduj/").status_code == 405
    response = client.post(f"{STATUS_URL}{unit.hostname}/przebuduj/", follow=True)
    assert response.status_code == 200
    builds = list(builds_since(marker))
    assert [(b.hostname, b.status, b.kind) for b in builds] == [
        (unit.hostname, SiteBuild.Status.SUCCEEDED, SiteBuild.Kind.FULL)
    ]
    assert "została przebudowana" in response.content.decode()
    assert "Przebuduj teraz" in response.content.decode()

    response = client.post(f"{STATUS_URL}nie-ma-takiej.localhost/przebuduj/")
    assert response.status_code == 404


def test_rebuild_needs_csrf_token(units):
    unit, _other = units
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(unit.moderator)
    response = client.post(f"{STATUS_URL}{unit.hostname}/przebuduj/")
    assert response.status_code == 403


def test_rollback_only_for_superusers(units):
    unit, _other = units
    full_build(unit.hostname)
    first = storage.current_build_id(unit.hostname)
    full_build(unit.hostname)
    second = storage.current_build_id(unit.hostname)
    assert first != second

    response = login(unit.moderator).post(f"{STATUS_URL}{unit.hostname}/przywroc/")
    assert response.status_code == 403
    assert storage.current_build_id(unit.hostname) == second

    client = login(_superuser())
    assert "Przywróć poprzedni build" in client.get(STATUS_URL).content.decode()
    response = client.post(f"{STATUS_URL}{unit.hostname}/przywroc/")
    assert response.status_code == 302
    assert storage.current_build_id(unit.hostname) == first
