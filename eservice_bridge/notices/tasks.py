"""Celery beat entry point (scheduled every 15 minutes in CELERY_BEAT_SCHEDULE)."""

from celery import shared_task

from .dispatch import send_due_notices


@shared_task(name="eservice_bridge.send_due_notices")
def send_due_notices_task() -> dict[str, int]:
    return send_due_notices()
