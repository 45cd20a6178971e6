"""A burst of publishes gives one build per site (debounce + per-site token), with a real worker.

Runs Celery's in-thread test worker on the configured broker (memory by default) and the real
Redis cache backend when ``TEST_REDIS_URL``/``REDIS_URL`` is set (local memory otherwise).
"""

from __future__ import annotations

import os
import time
import uuid

import pytest
from celery.contrib.testing.worker import start_worker

from cms.celery import app as celery_app
from static_builds.coalescing import (
    SiteBusy,
    SiteLock,
    add_request,
    built_token,
    latest_token,
    run_pending,
    suspended,
)
from static_builds.models import SiteBuild
from tests.static_builds.publishing import (
    build_marker,
    builds_since,
    full_build,
    make_unit,
    publish_news,
    served,
)

DEBOUNCE = 0.3


@pytest.fixture
def shared_cache(settings):
    """The real Redis cache when available (as in production and CI), else local memory."""
    url = os.environ.get("TEST_REDIS_URL") or os.environ.get("REDIS_URL")
    if url:
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": url,
                "KEY_PREFIX": f"test-coalescing-{uuid.uuid4().hex[:8]}",
            }
        }
    return url


@pytest.fixture
def celery_not_eager():
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = False
    yield celery_app
    celery_app.conf.task_always_eager = previous


def _settled(hostnames: list[str]) -> bool:
    return all(latest_token(h) and built_token(h) >= latest_token(h) for h in hostnames) and not (
        SiteBuild.objects.filter(hostname__in=hostnames, status=SiteBuild.Status.RUNNING).exists()
    )


@pytest.mark.redis
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ten_publishes_in_a_burst_give_one_build_per_site(settings, shared_cache, celery_not_eager):
    settings.STATIC_BUILDS_DEBOUNCE_SECONDS = DEBOUNCE
    with suspended():  # set-up is not part of the burst
        units = [make_unit("sp21"), make_unit("sp22")]
    hosts = [unit.hostname for unit in units]
    for host in hosts:
        full_build(host)

    marker = build_marker()
    started = time.monotonic()
    # The burst reaches the broker before the worker takes the first task (as it does when ten
    # publishes land within one debounce interval), so the outcome does not depend on load.
    for number in range(10):
        unit = units[number % 2]
        publish_news(unit.news_index, f"Komunikat nr {number}", f"komunikat-{number}")
    burst = round(time.monotonic() - started, 2)
    assert not builds_since(marker).exists()  # nothing ran in the publishing process

    with start_worker(celery_not_eager, perform_ping_check=False, shutdown_timeout=30):
        deadline = time.monotonic() + 60
        while not _settled(hosts) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(DEBOUNCE + 0.5)  # a straggling task would have built by now

    for host in hosts:
        builds = builds_since(marker, host)
        assert [b.status for b in builds] == [SiteBuild.Status.SUCCEEDED], (host, burst)
        assert builds[0].kind == SiteBuild.Kind.INCREMENTAL
    for number in range(10):
        host = hosts[number % 2]
        status, html = served(host, f"/aktualnosci/komunikat-{number}/")
        assert status == 200 and f"Komunikat nr {number}" in html


def test_superseded_failed_duplicate_and_locked_requests(shared_cache):
    """The token rules on their own: only the latest builds, failures stay pending, no doubles."""
    host = f"sp{uuid.uuid4().hex[:6]}.localhost"
    built: list[tuple[set[str] | None, str]] = []

    def build(hostname: str, page_ids: set[str] | None, reason: str) -> None:
        built.append((page_ids, reason))

    def failing(hostname: str, page_ids: set[str] | None, reason: str) -> None:
        raise RuntimeError("renderer exploded")

    first = add_request(host, {"1"}, "publikacja 1")
    second = add_request(host, {"2"}, "publikacja 2")
    assert run_pending(host, first, build) is None  # superseded by the second request
    with pytest.raises(RuntimeError):
        run_pending(host, second, failing)
    work = run_pending(host, second, build)  # the retry builds everything still pending
    assert work is not None and built == [({"1", "2"}, "publikacja 1; publikacja 2")]
    assert run_pending(host, second, build) is None  # a duplicate delivery does nothing
    assert len(built) == 1

    third = add_request(host, {"3"}, "publikacja 3")
    fourth = add_request(host, None, "ustawienia witryny")
    lock = SiteLock(host)
    assert lock.acquire()
    try:
        with pytest.raises(SiteBusy):
            run_pending(host, fourth, build)
    finally:
        lock.release()
    assert third < fourth
    run_pending(host, fourth, build)
    assert built[-1] == (None, "publikacja 3; ustawienia witryny")  # a full build absorbs pages
