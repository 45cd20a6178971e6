"""Recording questions answered with low confidence, masked, for the editors' admin view.

The ask endpoint is anonymous, so the log is bounded: a question is recorded only while its
client (real address behind the trusted proxy) has logged fewer than
``CHATBOT_LOG_PER_CLIENT`` questions and its site fewer than ``CHATBOT_LOG_PER_SITE`` in the
current window, and only if the same masked question is not already in the site's log of the
last ``CHATBOT_LOG_DEDUP_DAYS`` days. A flood of questions is still answered, but cannot push
the real ones out of the editors' view. The answer never depends on being logged.
"""

import datetime as dt

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from cms.clients.ratelimits import Limit, exceeded

from ..answers.extractive import Answer, min_confidence
from ..models import LoggedQuestion
from .masking import mask_personal_data

PER_CLIENT = Limit("chatbot:log-client", lambda: str(settings.CHATBOT_LOG_PER_CLIENT))
PER_SITE = Limit("chatbot:log-site", lambda: str(settings.CHATBOT_LOG_PER_SITE))


def log_threshold() -> float:
    return max(min_confidence(), float(getattr(settings, "CHATBOT_LOG_BELOW_CONFIDENCE", 0.65)))


def log_if_low_confidence(
    request: HttpRequest, question: str, site_id: int, answer: Answer
) -> LoggedQuestion | None:
    if answer.confidence >= log_threshold():
        return None
    masked = mask_personal_data(question)[:500]
    since = timezone.now() - dt.timedelta(days=int(settings.CHATBOT_LOG_DEDUP_DAYS))
    if LoggedQuestion.objects.filter(
        site_id=site_id, question=masked, created_at__gte=since
    ).exists():
        return None
    if exceeded(request, PER_CLIENT) or exceeded(request, PER_SITE, f"site:{site_id}"):
        return None
    return LoggedQuestion.objects.create(
        site_id=site_id,
        question=masked,
        confidence=answer.confidence,
        best_source=answer.sources[0]["title"] if answer.sources else "",
    )
