"""Celery tasks: coalesced site builds, the admin's rebuild, scheduled publishing and windows.

With ``CELERY_TASK_ALWAYS_EAGER`` (the embedded default) builds run in the CMS process right
after the publishing transaction commits; with a worker they run there (the cache must then be
shared: set ``REDIS_URL``).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from . import affected as affected_module
from .builder import build_site
from .coalescing import SiteBusy, add_request, run_pending, schedule_after_commit
from .transport import InProcessTransport

logger = logging.getLogger(__name__)

# How long an eager build waits for another thread's build of the same site.
EAGER_LOCK_WAIT_SECONDS = 120.0
BUSY_RETRY_SECONDS = 0.25
WINDOW_CHECK_KEY = "static_builds:announcement-window-check"


class BuildNotLive(Exception):
    """The build failed (its SiteBuild record holds the log); the task is retried."""


def debounce_seconds() -> float:
    return max(0.0, float(getattr(settings, "STATIC_BUILDS_DEBOUNCE_SECONDS", 0.3)))


def dispatch_build(hostname: str, token: int) -> None:
    """Schedule the coalescing build task for a request token, after the debounce delay."""
    build_site_task.apply_async((hostname, token), countdown=debounce_seconds())


def request_builds(affected: affected_module.Affected, reason: str) -> None:
    """Queue builds for every affected site once the current transaction commits."""
    schedule_after_commit(affected, reason, dispatch_build)


def _build(hostname: str, page_ids: set[str] | None, reason: str) -> None:
    result = build_site(hostname, InProcessTransport(), changed_page_ids=page_ids, reason=reason)
    if not result.ok:
        raise BuildNotLive(f"{hostname}: {result.error}")


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(BuildNotLive, ConnectionError, OSError),
    retry_backoff=2,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=5,
    name="static_builds.build_site",
)
def build_site_task(self, hostname: str, token: int) -> dict | None:
    """Build ``hostname`` with everything requested up to ``token`` unless a later task will.

    Idempotent: a duplicate or late delivery finds nothing pending and does nothing.
    """
    eager = bool(self.request.is_eager)
    try:
        work = run_pending(
            hostname,
            token,
            _build,
            lock_wait_seconds=EAGER_LOCK_WAIT_SECONDS if eager else 0.0,
        )
    except SiteBusy:
        if eager:
            logger.warning("Build of %s skipped: the site stayed locked", hostname)
            return None
        # Someone is building this site: come back shortly (not counted as a retry).
        build_site_task.apply_async((hostname, token), countdown=BUSY_RETRY_SECONDS)
        return None
    except BuildNotLive as exc:
        if eager:
            # The editor's publish stands; the failure (and its log) is shown in the admin and
            # the changes stay pending for the next build.
            logger.warning("Build failed: %s", exc)
            return None
        raise
    if work is None:
        return None
    return {
        "hostname": hostname,
        "upto": work.upto,
        "pages": work.page_ids and sorted(work.page_ids),
    }


@shared_task(name="static_builds.rebuild_site")
def rebuild_site_task(hostname: str, reason: str = "") -> None:
    """A full rebuild requested by hand (the admin's "rebuild now")."""
    token = add_request(hostname, None, reason or "przebudowa ręczna")
    dispatch_build(hostname, token)


@shared_task(name="static_builds.publish_scheduled")
def publish_scheduled_task() -> None:
    """Wagtail's scheduled publishing and expiry; its publishes fire the usual signals."""
    call_command("publish_scheduled")


@shared_task(name="static_builds.check_announcement_windows")
def check_announcement_windows_task() -> list[str]:
    """Rebuild the audience of live announcements whose window opened or closed since last run.

    Returns the hostnames queued (for logs and tests).
    """
    label = getattr(settings, "STATIC_BUILDS_ANNOUNCEMENT_MODEL", "")
    if not label:
        return []
    model = apps.get_model(label)
    now = timezone.now()
    last = cache.get(WINDOW_CHECK_KEY)
    since = parse_datetime(last) if isinstance(last, str) else None
    if since is None:
        since = now - timedelta(minutes=2)
    changed = model._default_manager.filter(live=True).filter(
        Q(active_from__gt=since, active_from__lte=now) | Q(active_to__gt=since, active_to__lte=now)
    )
    affected: affected_module.Affected = {}
    for announcement in changed:
        affected_module.merge(affected, affected_module.for_announcement(announcement))
    cache.set(WINDOW_CHECK_KEY, now.isoformat(), timeout=None)
    if affected:
        request_builds(affected, "okno czasowe komunikatu")
    return sorted(affected)
