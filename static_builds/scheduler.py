"""Scheduled publishing without Celery beat: a light periodic check inside the serving process.

``make run`` has no beat, yet a page's expiry (or go-live) date and an announcement's window
must still reach the static site. ``run_portal`` starts one daemon thread that runs the same
tasks beat runs (``publish_scheduled``: Wagtail's go-live and expiry, whose unpublishes fire the
usual signals; ``check_announcement_windows``) every
``settings.STATIC_BUILDS_IN_PROCESS_SCHEDULE_SECONDS``. Both tasks are idempotent, so a beat
running beside it does no harm.
"""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django.db import connection

from .tasks import check_announcement_windows_task, publish_scheduled_task

logger = logging.getLogger(__name__)


def run_once() -> None:
    """One round of the scheduled checks (what beat runs every minute)."""
    publish_scheduled_task()
    check_announcement_windows_task()


class PeriodicChecks(threading.Thread):
    """Runs :func:`run_once` every ``interval`` seconds until :meth:`stop`."""

    def __init__(self, interval: float) -> None:
        super().__init__(name="static-builds-schedule", daemon=True)
        self.interval = interval
        self.rounds = 0
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(self.interval):
            try:
                run_once()
            except Exception:  # a locked database or a failed build: try again next round
                logger.exception("Scheduled publishing check failed")
            finally:
                connection.close()  # this thread's own connection
            self.rounds += 1

    def stop(self) -> None:
        self._stopped.set()


def start_in_process() -> PeriodicChecks | None:
    """Start the checks if the interval setting is positive; returns the running thread."""
    interval = float(getattr(settings, "STATIC_BUILDS_IN_PROCESS_SCHEDULE_SECONDS", 0) or 0)
    if interval <= 0:
        return None
    checks = PeriodicChecks(interval)
    checks.start()
    return checks
