"""Recording questions answered with low confidence, masked, for the editors' admin view."""

from django.conf import settings

from ..answers.extractive import Answer, min_confidence
from ..models import LoggedQuestion
from .masking import mask_personal_data


def log_threshold() -> float:
    return max(min_confidence(), float(getattr(settings, "CHATBOT_LOG_BELOW_CONFIDENCE", 0.65)))


def log_if_low_confidence(question: str, site_id: int, answer: Answer) -> None:
    if answer.confidence >= log_threshold():
        return
    LoggedQuestion.objects.create(
        site_id=site_id,
        question=mask_personal_data(question)[:500],
        confidence=answer.confidence,
        best_source=answer.sources[0]["title"] if answer.sources else "",
    )
