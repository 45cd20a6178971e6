"""``manage.py create_unit`` and ``provision_unit``: idempotent, and bad input changes nothing."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.home.models import SchoolHomePage
from cms.standardpages.models import StandardPage
from cms.test_data.factories import UserFactory
from cms.units.models import Unit
from cms.units.provisioning import provision_department, provision_unit
from cms.units.staff import DEPARTMENT_STAFF_GROUP, units_for_user

pytestmark = pytest.mark.django_db

SP1 = [
    "--slug",
    "sp1",
    "--name",
    "Szkoła Podstawowa nr 1 im. Marii Konopnickiej w Dąbrowie Górniczej",
    "--short-name",
    "SP 1",
    "--type",
    "szkola-podstawowa",
    "--rspo",
    "123456",
    "--email",
    "sp1@example.org",
    "--phone",
    "32 262 00 01",
]

COUNTED = (
    Page,
    Revision,
    Site,
    Collection,
    Group,
    GroupPagePermission,
    GroupCollectionPermission,
    Workflow,
    WorkflowTask,
    WorkflowPage,
    Unit,
    Permission,
)


def _counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED}


def _run(*args: str) -> str:
    out = StringIO()
    call_command("create_unit", *args, stdout=out)
    return out.getvalue()


def test_create_unit_builds_everything(settings):
    settings.BASE_DOMAIN = "edu.example"
    output = _run(*SP1)
    assert "Utworzono jednostkę „SP 1”" in output

    unit = Unit.objects.get(slug="sp1")
    home = unit.home
    assert home.live and home.get_parent().is_root()
    assert home.official_name.endswith("w Dąbrowie Górniczej")
    assert (home.short_name, home.unit_type, home.rspo_number) == (
        "SP 1",
        "szkola-podstawowa",
        "123456",
    )
    assert (unit.site.hostname, unit.site.port, unit.site.site_name) == (
        "sp1.edu.example",
        80,
        "SP 1",
    )
    assert unit.site.root_page_id == home.pk
    assert unit.collection.get_parent().is_root()
    assert unit.editors_group.name == "SP 1 — redaktorzy"
    assert unit.moderators_group.name == "SP 1 — moderatorzy"

    def page_perms(group):
        return set(
            GroupPagePermission.objects.filter(group=group, page=home).values_list(
                "permission__codename", flat=True
            )
        )

    assert page_perms(unit.editors_group) == {"add_page", "change_page"}
    assert page_perms(unit.moderators_group) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    editor_media = set(
        GroupCollectionPermission.objects.filter(
            group=unit.editors_group, collection=unit.collection
        ).values_list("permission__codename", flat=True)
    )
    assert editor_media == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }
    for group in (unit.editors_group, unit.moderators_group):
        assert group.permissions.filter(codename="access_admin").exists()

    workflow = WorkflowPage.objects.get(page=home).workflow
    assert workflow.name == "SP 1 — akceptacja"
    task = workflow.tasks.get().specific
    assert list(task.groups.all()) == [unit.moderators_group]

    editor = UserFactory(groups=[unit.editors_group])
    assert list(units_for_user(editor)) == [unit]
    assert list(units_for_user(UserFactory())) == []


def test_create_unit_twice_changes_nothing():
    _run(*SP1)
    before = _counts()
    output = _run(*SP1)
    assert "już istniała" in output
    assert _counts() == before


def test_rerun_updates_names_in_place():
    _run(*SP1)
    before = _counts()
    unit, created = provision_unit(
        slug="sp1",
        official_name="Szkoła Podstawowa nr 1 z Oddziałami Integracyjnymi w Dąbrowie Górniczej",
        short_name="SP 1 Integracyjna",
        unit_type="szkola-podstawowa",
    )
    assert not created
    after = _counts()
    assert after.pop("Revision") == before.pop("Revision") + 1
    assert after == before
    unit.refresh_from_db()
    assert unit.editors_group.name == "SP 1 Integracyjna — redaktorzy"
    assert unit.collection.name == "SP 1 Integracyjna"
    assert unit.site.site_name == "SP 1 Integracyjna"
    assert unit.home.short_name == "SP 1 Integracyjna"


@pytest.mark.parametrize(
    ("replace", "message"),
    [
        ({"--slug": "SP_1"}, "Nieprawidłowy identyfikator jednostki „SP_1”"),
        ({"--slug": "sp1-"}, "Nieprawidłowy identyfikator"),
        ({"--slug": "szkoła"}, "Nieprawidłowy identyfikator"),
        ({"--type": "gimnazjum"}, "Nieznany typ jednostki „gimnazjum”"),
        ({"--email": "sekretariat-at-sp1"}, "email"),
        ({"--rspo": "12ab"}, "RSPO"),
        ({"--phone": "abc"}, "telefon"),
        ({"--name": "   "}, "Podaj pełną nazwę urzędową"),
    ],
)
def test_bad_arguments_are_rejected_without_changes(replace, message):
    args = list(SP1)
    for option, value in replace.items():
        args[args.index(option) + 1] = value
    before = _counts()
    with pytest.raises(CommandError) as error:
        _run(*args)
    assert message in str(error.value)
    assert _counts() == before


def test_bad_arguments_on_existing_unit_change_nothing():
    _run(*SP1)
    home = SchoolHomePage.objects.get(slug="sp1")
    before = _counts()
    args = list(SP1)
    args[args.index("--email") + 1] = "zly adres"
    with pytest.raises(CommandError):
        _run(*args)
    assert _counts() == before
    home.refresh_from_db()
    assert home.email == "sp1@example.org"


def test_slug_clash_with_another_page_is_rejected():
    root = Page.get_first_root_node()
    root.add_child(instance=StandardPage(title="Strona sp1", slug="sp1"))
    before = _counts()
    with pytest.raises(CommandError, match="jest już zajęty przez inną stronę"):
        _run(*SP1)
    assert _counts() == before


def test_short_name_clash_is_rejected():
    _run(*SP1)
    args = list(SP1)
    args[args.index("--slug") + 1] = "sp2"
    with pytest.raises(CommandError, match="Nazwę skróconą „SP 1” ma już jednostka „sp1”"):
        _run(*args)
    assert not Unit.objects.filter(slug="sp2").exists()


def test_missing_required_argument_is_a_command_error():
    with pytest.raises(CommandError, match="--type"):
        call_command("create_unit", "--slug", "sp9", "--name", "X", "--short-name", "X")


def test_provision_department_replaces_placeholder_and_creates_groups(settings):
    settings.BASE_DOMAIN = "edu.example"
    home, created = provision_department()
    assert created
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_page_id) == ("edu.example", 80, home.pk)
    assert not Page.objects.filter(depth=2, slug="home").exists()
    group = Group.objects.get(name=DEPARTMENT_STAFF_GROUP)
    assert GroupPagePermission.objects.filter(group=group, page=home).count() == 5
    before = _counts()
    assert provision_department() == (home, False)
    assert _counts() == before


def _provision_queries(slug: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        provision_unit(
            slug=slug, official_name=f"Przedszkole {slug}", short_name=slug, unit_type="przedszkole"
        )
    return len(queries)


def test_provisioning_cost_does_not_grow_with_the_number_of_units():
    """The demo seeder provisions up to 200 units: each one must cost the same."""
    for n in range(2):
        provision_unit(slug=f"pm{n}", official_name=f"P{n}", short_name=f"P{n}", unit_type="mdk")
    early = _provision_queries("early")
    for n in range(2, 8):
        provision_unit(slug=f"pm{n}", official_name=f"P{n}", short_name=f"P{n}", unit_type="mdk")
    late = _provision_queries("late")
    assert late == early
