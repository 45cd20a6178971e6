"""Staff accounts: units with their groups, and people in each role."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from cms.home.unit_types import UnitType
from cms.units.provisioning import provision_unit
from cms.units.staff import ensure_department_groups

from .signing import PASSWORD


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def make_user(username: str, *groups, superuser: bool = False):
    model = get_user_model()
    create = model.objects.create_superuser if superuser else model.objects.create_user
    user = create(username, f"{username}@example.org", PASSWORD)
    user.groups.add(*groups)
    return user


@pytest.fixture
def unit(db):
    sp1, _ = provision_unit(
        slug="sp1",
        official_name="Szkoła Podstawowa nr 1",
        short_name="SP 1",
        unit_type=UnitType.PRIMARY_SCHOOL,
    )
    return sp1


@pytest.fixture
def people(unit):
    department, cuw = ensure_department_groups()
    handlers = Group.objects.create(name="SP 1 — nowa grupa spraw")
    handlers.permissions.add(
        Permission.objects.get(content_type__app_label="eservice_bridge", codename="handle_case")
    )
    return {
        "admin": make_user("admin", superuser=True),
        "department": make_user("wydzial", department),
        "cuw": make_user("cuw", cuw),
        "moderator": make_user("sp1-moderator", unit.moderators_group),
        "handler": make_user("sp1-sprawy", handlers),
        "editor": make_user("sp1-redaktor", unit.editors_group),
    }
