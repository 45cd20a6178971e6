"""``seed_demo --units`` rejects bad values with a clear message and writes nothing."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from cms.standardpages.models import StandardPage
from cms.units.models import Unit
from cms.units.provisioning import provision_unit
from demo.models import DemoSeed

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "poza zakresem"),
        ("-5", "poza zakresem"),
        ("1001", "poza zakresem"),
        ("abc", "nie jest liczbą całkowitą"),
        ("2.5", "nie jest liczbą całkowitą"),
        ("", "nie jest liczbą całkowitą"),
    ],
)
def test_bad_unit_counts_are_rejected(value, message):
    pages_before = Page.objects.count()
    with pytest.raises(CommandError, match=message):
        call_command("seed_demo", f"--units={value}", stdout=StringIO())
    assert Page.objects.count() == pages_before
    assert not DemoSeed.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("value", [0, -1, "x"])
def test_bad_unit_counts_passed_as_keyword_are_rejected(value):
    # call_command(units=...) bypasses argparse; the command validates again.
    with pytest.raises(CommandError, match="--units"):
        call_command("seed_demo", units=value, stdout=StringIO())
    assert not DemoSeed.objects.exists()


def test_command_line_prints_the_error_and_fails():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    result = subprocess.run(
        [sys.executable, "manage.py", "seed_demo", "--units", "zero"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "„zero” nie jest liczbą całkowitą" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.django_db
def test_a_clashing_unit_is_reported_and_rolled_back():
    # A page that is not a unit's home page already uses the first unit's slug ("pm1").
    Page.get_first_root_node().add_child(instance=StandardPage(title="Zajęte", slug="pm1"))
    with pytest.raises(CommandError, match=r"pm1: .*jest już zajęty.*wycofano"):
        call_command("seed_demo", "--units=1", stdout=StringIO())
    assert set(DemoSeed.objects.values_list("key", flat=True)) == {"department"}
    assert not Unit.objects.exists()
    assert not Site.objects.filter(hostname="pm1.localhost").exists()


@pytest.mark.django_db
def test_a_unit_with_pages_of_its_own_is_left_alone():
    unit, _created = provision_unit(
        slug="pm1",
        official_name="Przedszkole Miejskie nr 1 w Dąbrowie Górniczej",
        short_name="PM 1",
        unit_type="przedszkole",
    )
    unit.home.add_child(instance=StandardPage(title="Nasza strona", slug="nasza-strona"))
    out = StringIO()
    call_command("seed_demo", "--units=2", stdout=out)
    assert "PM 1 (pm1) — serwis ma już strony" in out.getvalue()
    assert [p.slug for p in unit.home.get_children()] == ["nasza-strona"]
    assert set(DemoSeed.objects.values_list("key", flat=True)) == {
        "department",
        "sp1",
        "announcements",
    }
