"""In-process refresh for ``make run`` (eager Celery, no beat): stale datasets are regenerated
in a daemon thread a little after the change that made them stale, and the department's
open-data pages rebuilt. Enabled by ``OPEN_DATA_REFRESH_IN_PROCESS`` (on in cms.settings.dev);
with a Celery worker the ``open_data.refresh_stale`` task does the same.
"""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django.db import connection

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_pending: threading.Timer | None = None


def schedule() -> None:
    """Refresh after ``OPEN_DATA_REFRESH_DELAY_SECONDS`` unless a refresh is already pending
    (it will see this change too)."""
    global _pending
    with _lock:
        if _pending is not None:
            return
        delay = float(getattr(settings, "OPEN_DATA_REFRESH_DELAY_SECONDS", 60))
        _pending = threading.Timer(delay, _run)
        _pending.daemon = True
        _pending.start()


def _run() -> None:
    global _pending
    with _lock:
        _pending = None
    from .tasks import refresh_stale

    try:
        refresh_stale()
    except Exception:  # a locked database: the next change or download refreshes it
        logger.exception("Open-data refresh failed")
    finally:
        connection.close()
