"""Choices of educational units (their live home pages) for school-handled services.

Every submission validates its unit choices (on the recruitment morning, thousands a minute),
while the units change a few times a year. So each process keeps the list of live units and
reloads it only when the shared cache's version key changes; saving or deleting a unit's home
page bumps the version (``invalidate``, connected in ``EserviceBridgeConfig.ready``), so every
process sees a published, unpublished or renamed unit within ``RECHECK_SECONDS``.
"""

import threading
import time
import uuid
from typing import NamedTuple

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

DEPARTMENT_CHOICE = "wydzial"
VERSION_KEY = "eservices:units:version"
# How long a process trusts its list before asking the cache again (one read per request
# would cost more than the validation it serves).
RECHECK_SECONDS = 2.0


class Unit(NamedTuple):
    pk: int
    title: str
    unit_type: str


_lock = threading.Lock()
_loaded: tuple[str, tuple[Unit, ...], frozenset[int]] = ("", (), frozenset())
_checked: tuple[float, str] = (0.0, "")  # (monotonic time, version) of the last cache read


def _version() -> str:
    global _checked
    checked_at, version = _checked
    now = time.monotonic()
    if version and now - checked_at < RECHECK_SECONDS:
        return version
    version = _shared_version()
    _checked = (now, version)
    return version


def _shared_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY) or ""
    return version


def live_units() -> tuple[Unit, ...]:
    """Live unit home pages ordered by title (one cache read; a query only after a change)."""
    global _loaded
    version = _version()
    loaded = _loaded
    if version and loaded[0] == version:
        return loaded[1]
    from cms.home.models import SchoolHomePage

    units = tuple(
        Unit(*row)
        for row in SchoolHomePage.objects.filter(live=True)
        .order_by("title")
        .values_list("pk", "title", "unit_type")
    )
    with _lock:
        _loaded = (version, units, frozenset(u.pk for u in units))
    return units


def invalidate(**_kwargs) -> None:
    """A unit changed: this process reloads at once, the others within ``RECHECK_SECONDS``."""
    global _checked
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    _checked = (0.0, "")


def unit_choices(unit_types: list[str] | None = None) -> list[tuple[str, str]]:
    return [
        (str(unit.pk), unit.title)
        for unit in live_units()
        if not unit_types or unit.unit_type in unit_types
    ]


def with_empty(choices: list[tuple[str, str]], label: str = "") -> list[tuple[str, str]]:
    return [("", label or _("— wybierz —")), *choices]


def unit_exists(value: str) -> bool:
    """Whether ``value`` is the id of a live unit home page."""
    if not value.isdigit():
        return False
    live_units()
    return int(value) in _loaded[2]
