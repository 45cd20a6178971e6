"""Session-wide GraphQL data of three demo sites (built once, then rolled back)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.db import transaction

from tests.sites.content import HOSTNAMES, build_demo_sites, execute_site_query

# tests/browser re-exports this fixture; the data (plain JSON) is built once per session.
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
