"""Coalescing of build requests: a burst of publishes gives one build per site.

Every request for a site appends an entry (its changed page ids, or "everything") under the next
number of that site's sequence in the cache and schedules a build task carrying that number as its
token, ``STATIC_BUILDS_DEBOUNCE_SECONDS`` later. When a task runs, it builds only if its token is
still the site's latest; otherwise a later task is on its way and will do the work. The build
merges every entry not yet built, under a per-site lock so two workers never build one site at
once, and records the last number built, so a task that is retried or delivered twice finds
nothing left to do (idempotent).

The cache is ``django.core.cache`` (Redis when ``REDIS_URL`` is set: required with a real worker;
local memory on the embedded default, where Celery runs eagerly in the CMS process).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from .affected import Affected, merge

logger = logging.getLogger(__name__)

KEY_PREFIX = "static_builds"
ENTRY_TTL = 24 * 3600
LOCK_TTL = 15 * 60
ALL_PAGES = "*"


def _key(kind: str, hostname: str, suffix: str | int = "") -> str:
    return f"{KEY_PREFIX}:{kind}:{hostname}" + (f":{suffix}" if suffix != "" else "")


@dataclass(frozen=True)
class PendingWork:
    """Everything requested for a site since its last build, up to sequence number ``upto``."""

    hostname: str
    upto: int
    page_ids: set[str] | None  # None: rebuild the whole site
    reasons: list[str]

    @property
    def reason(self) -> str:
        unique = list(dict.fromkeys(r for r in self.reasons if r))
        return "; ".join(unique)[:500]


def add_request(hostname: str, page_ids: Iterable[str] | None, reason: str = "") -> int:
    """Record a build request for ``hostname``; return its token (the next sequence number)."""
    seq_key = _key("seq", hostname)
    cache.add(seq_key, 0, timeout=None)
    try:
        token = cache.incr(seq_key)
    except ValueError:  # evicted between add and incr
        cache.add(seq_key, 0, timeout=None)
        token = cache.incr(seq_key)
    entry = {"pages": None if page_ids is None else sorted(page_ids), "reason": reason}
    cache.set(_key("entry", hostname, token), entry, timeout=ENTRY_TTL)
    return token


def latest_token(hostname: str) -> int:
    return int(cache.get(_key("seq", hostname)) or 0)


def built_token(hostname: str) -> int:
    return int(cache.get(_key("done", hostname)) or 0)


def pending_work(hostname: str) -> PendingWork | None:
    """Merge the entries requested since the last build, or ``None`` when nothing is pending."""
    upto = latest_token(hostname)
    done = built_token(hostname)
    if upto <= done:
        return None
    page_ids: set[str] | None = set()
    reasons: list[str] = []
    entries = cache.get_many([_key("entry", hostname, n) for n in range(done + 1, upto + 1)])
    for n in range(done + 1, upto + 1):
        entry = entries.get(_key("entry", hostname, n))
        if entry is None:
            # Expired, or its writer has not stored it yet: only a full build is safe.
            page_ids = None
            reasons.append("zmiany bez listy stron")
            continue
        reasons.append(entry["reason"])
        if entry["pages"] is None:
            page_ids = None
        elif page_ids is not None:
            page_ids.update(entry["pages"])
    # Very long gaps (e.g. hundreds of requests during an outage) are also just a full build.
    return PendingWork(hostname=hostname, upto=upto, page_ids=page_ids, reasons=reasons)


def mark_built(work: PendingWork) -> None:
    """Record that everything up to ``work.upto`` is live and drop those entries."""
    done_key = _key("done", work.hostname)
    previous = built_token(work.hostname)
    if work.upto > previous:
        cache.set(done_key, work.upto, timeout=None)
    cache.delete_many([_key("entry", work.hostname, n) for n in range(previous + 1, work.upto + 1)])


class SiteLock:
    """A per-site mutex in the cache (``cache.add`` is atomic in Redis and local memory)."""

    def __init__(self, hostname: str, ttl: int = LOCK_TTL) -> None:
        self.key = _key("lock", hostname)
        self.ttl = ttl
        self.owner = uuid.uuid4().hex

    def acquire(self, wait_seconds: float = 0.0) -> bool:
        deadline = time.monotonic() + wait_seconds
        while True:
            if cache.add(self.key, self.owner, timeout=self.ttl):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)

    def release(self) -> None:
        if cache.get(self.key) == self.owner:
            cache.delete(self.key)


class SiteBusy(Exception):
    """Another worker is building this site right now."""


def run_pending(
    hostname: str,
    token: int,
    build: Callable[[str, set[str] | None, str], object],
    *,
    lock_wait_seconds: float = 0.0,
) -> PendingWork | None:
    """Build ``hostname`` if ``token`` is still its latest request; return what was built.

    Raises ``SiteBusy`` when another build holds the site's lock past ``lock_wait_seconds``
    (the caller schedules itself again). Exceptions from ``build`` propagate and leave the
    entries pending, so a retry (or the next request) builds them.
    """
    if token < latest_token(hostname):
        return None  # a later request scheduled its own task: that one builds
    lock = SiteLock(hostname)
    if not lock.acquire(lock_wait_seconds):
        raise SiteBusy(hostname)
    try:
        work = pending_work(hostname)
        if work is None:
            return None  # already built by a duplicate delivery or a concurrent task
        build(hostname, work.page_ids, work.reason)
        mark_built(work)
        return work
    finally:
        lock.release()


_state = threading.local()


@contextlib.contextmanager
def suspended() -> Iterator[None]:
    """Ignore content changes in this thread (bulk imports, demo seeding: build them after)."""
    previous = getattr(_state, "suspended", False)
    _state.suspended = True
    try:
        yield
    finally:
        _state.suspended = previous


def builds_on_change_enabled() -> bool:
    return getattr(settings, "STATIC_BUILDS_ON_CHANGE", True) and not getattr(
        _state, "suspended", False
    )


def schedule_after_commit(
    affected: Affected, reason: str, dispatch: Callable[[str, int], object]
) -> None:
    """Request builds for ``affected`` when the current transaction commits (now, without one).

    ``dispatch(hostname, token)`` schedules the task. A rolled-back transaction (or savepoint)
    drops its requests with its on_commit callbacks.
    """
    if not affected or not builds_on_change_enabled():
        return
    batch: Affected = merge({}, affected)

    def flush() -> None:
        for hostname, page_ids in sorted(batch.items()):
            dispatch(hostname, add_request(hostname, page_ids, reason))

    transaction.on_commit(flush)
