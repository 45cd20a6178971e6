"""Daily counts of questions and answered questions, for the public indicators."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from ..models import DailyAnswerCount


def count_question(answered: bool) -> None:
    """Add one question (and one answer if ``answered``) to today's counts: one UPDATE."""
    day = timezone.localdate()
    changes = {"questions": F("questions") + 1}
    if answered:
        changes["answered"] = F("answered") + 1
    if DailyAnswerCount.objects.filter(day=day).update(**changes):
        return
    try:
        with transaction.atomic():
            DailyAnswerCount.objects.create(day=day, questions=1, answered=int(answered))
    except IntegrityError:  # another request created today's row first
        DailyAnswerCount.objects.filter(day=day).update(**changes)
