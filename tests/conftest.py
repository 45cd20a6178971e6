"""Fixtures shared by the whole suite."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site

from cms.test_data.factories import (
    DepartmentHomePageFactory,
    SchoolHomePageFactory,
    make_site,
    root_page,
)


@pytest.fixture(autouse=True)
def _fresh_unit_directory():
    """A rolled-back test leaves no trace in the per-process list of live units."""
    from eservice_bridge.forms import units

    units.invalidate()
    yield
    units.invalidate()


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
