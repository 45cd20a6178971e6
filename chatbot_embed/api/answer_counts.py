"""Daily counts of questions and answered questions, for the public indicators.

Answering a question writes nothing to the database: it increments two counters in the shared
cache (atomic in Redis). :func:`flush` moves them into ``DailyAnswerCount`` rows; it runs from
the hourly beat task and before the indicators are read.
"""

import contextlib
import datetime as dt

from celery import shared_task
from django.core.cache import cache
from django.db.models import F
from django.utils import timezone

from ..models import DailyAnswerCount

KEY = "chatbot:answer-counts:{day}:{what}"
KEEP_SECONDS = 3 * 24 * 3600
FLUSH_DAYS = 3


def _increment(key: str) -> None:
    cache.add(key, 0, KEEP_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, KEEP_SECONDS)


def count_question(answered: bool) -> None:
    day = timezone.localdate().isoformat()
    _increment(KEY.format(day=day, what="questions"))
    if answered:
        _increment(KEY.format(day=day, what="answered"))


def _take(key: str) -> int:
    value = cache.get(key) or 0
    if value:
        with contextlib.suppress(ValueError):  # expired meanwhile: nothing left to take
            cache.decr(key, value)
    return int(value)


def flush() -> int:
    """Add the cached counts of the last days to the database; returns the questions moved."""
    moved = 0
    today = timezone.localdate()
    for offset in range(FLUSH_DAYS):
        day = today - dt.timedelta(days=offset)
        questions = _take(KEY.format(day=day.isoformat(), what="questions"))
        answered = _take(KEY.format(day=day.isoformat(), what="answered"))
        if not questions and not answered:
            continue
        row, _created = DailyAnswerCount.objects.get_or_create(day=day)
        DailyAnswerCount.objects.filter(pk=row.pk).update(
            questions=F("questions") + questions, answered=F("answered") + answered
        )
        moved += questions
    return moved


@shared_task(name="chatbot_embed.flush_answer_counts")
def flush_answer_counts_task() -> int:
    """Move the day's question counters from the cache into the database (beat, hourly)."""
    return flush()
