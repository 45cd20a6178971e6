"""Fixtures shared by the whole suite."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Site

from cms.test_data.factories import (
    DepartmentHomePageFactory,
    SchoolHomePageFactory,
    make_site,
    root_page,
)
from eservice_bridge.test_data.factories import seed_catalogue
from tests.sites.content import HOSTNAMES, build_demo_sites, execute_site_query


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under ``pytest -n`` (``--dist loadgroup``), tests sharing an outside resource run on one
    worker: the browser tests share one chromium and the served demo sites; the real Celery
    worker test and the Redis coalescing test share the Redis broker and its queues; the nginx
    tests (their browser test too) share one nginx + gunicorn stack, built once per worker."""
    for item in items:
        if item.get_closest_marker("nginx"):
            item.add_marker(pytest.mark.xdist_group("nginx"))
        elif item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("browser"))
        elif item.get_closest_marker("worker") or item.get_closest_marker("redis"):
            item.add_marker(pytest.mark.xdist_group("redis"))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The e-service catalogue is reference data (the service definitions every e-service test
    reads): seeded once per test database, not before every test."""
    with django_db_blocker.unblock():
        seed_catalogue()


@pytest.fixture(autouse=True)
def _fresh_unit_directory():
    """A rolled-back test leaves no trace in the per-process list of live units."""
    from eservice_bridge.forms import units

    units.invalidate()
    yield
    units.invalidate()


@pytest.fixture(autouse=True)
def _force_login_with_second_factor(monkeypatch):
    """``client.force_login(user)`` signs staff in fully: password and second factor.

    Staff who must use two-factor sign-in (docs/security.md) would otherwise be sent to set it
    up. Tests of the sign-in itself post to the login and verification pages instead.
    """
    from django.test import Client

    from tests.two_factor import verify_second_factor

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        verify_second_factor(self, user)

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture
def department_site(db) -> Site:
    Site.objects.filter(is_default_site=True).delete()
    home = DepartmentHomePageFactory(parent=root_page())
    return make_site(home, "localhost", is_default=True)


@pytest.fixture
def school_site(db) -> Site:
    home = SchoolHomePageFactory(parent=root_page(), slug="sp1", title="Szkoła Podstawowa nr 1")
    return make_site(home, "sp1.localhost")


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", "haslo-admina")


# The sites tests and the browser tests read the same data (plain JSON), built once per process.
_BUILT: dict[str, dict[str, Any]] = {}


@pytest.fixture(scope="session")
def site_data(django_db_setup, django_db_blocker) -> dict[str, dict[str, Any]]:
    """hostname -> the ``data`` of the frontend's query for that site."""
    if not _BUILT:
        with django_db_blocker.unblock(), transaction.atomic():
            build_demo_sites()
            _BUILT.update({hostname: execute_site_query(hostname) for hostname in HOSTNAMES})
            transaction.set_rollback(True)
        cache.clear()
    return _BUILT
