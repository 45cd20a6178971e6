"""Running the evaluation: top-1 / top-3 accuracy of the sources and answer latency."""

import statistics
import time
from dataclasses import dataclass, field

from django.conf import settings

from eservice_bridge import clock
from eservice_bridge.legal_figures.models import LegalFigures

from ..answers.ask import ask, search
from ..retrieval.engine import Document, get_index
from .questions import QUESTIONS, Question


def hostname_for(unit: str) -> str:
    base = settings.BASE_DOMAIN
    return f"{unit}.{base}" if unit else base


def matches(doc: Document, expected: tuple[str, ...]) -> bool:
    for item in expected:
        if item.startswith("title:"):
            if doc.title.casefold() == item[6:].casefold():
                return True
        elif item.endswith("*"):
            if doc.path.startswith(item[:-1]):
                return True
        elif doc.path == item:
            return True
    return False


@dataclass
class Report:
    total: int = 0
    top1: int = 0
    top3: int = 0
    answered: int = 0
    figure_questions: int = 0  # questions whose answer must state a legal figure
    figures_stated: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    misses: list[tuple[Question, list[str]]] = field(default_factory=list)
    unstated: list[tuple[Question, str]] = field(default_factory=list)

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.total if self.total else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.total if self.total else 0.0

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]

    def summary(self) -> str:
        return (
            f"questions: {self.total}\n"
            f"top-1 accuracy: {self.top1_rate:.1%} ({self.top1}/{self.total})\n"
            f"top-3 accuracy: {self.top3_rate:.1%} ({self.top3}/{self.total})\n"
            f"answered (confidence over the threshold): {self.answered}/{self.total}\n"
            f"legal figures stated: {self.figures_stated}/{self.figure_questions}\n"
            f"answer latency p50: {self.percentile(0.5):.1f} ms, "
            f"p95: {self.percentile(0.95):.1f} ms, "
            f"mean: {statistics.fmean(self.latencies_ms or [0]):.1f} ms"
        )


def evaluate(questions: list[Question] | None = None, repeat: int = 1) -> Report:
    """Ask every question (``repeat`` times for latency); the index is built before timing."""
    get_index()
    report = Report()
    figures = LegalFigures.objects.for_day(clock.today()).placeholders()
    for question in questions or QUESTIONS:
        host = hostname_for(question.unit)
        hits = search(question.text, host, limit=3).hits
        titles = [f"{h.document.title} ({h.document.path})" for h in hits]
        report.total += 1
        if hits and matches(hits[0].document, question.expected):
            report.top1 += 1
        if any(matches(h.document, question.expected) for h in hits):
            report.top3 += 1
        else:
            report.misses.append((question, titles))
        for _ in range(repeat):
            started = time.perf_counter()
            answer = ask(question.text, host)
            report.latencies_ms.append((time.perf_counter() - started) * 1000)
        report.answered += answer.answered
        if question.states:
            report.figure_questions += 1
            if figures[question.states] in answer.answer:
                report.figures_stated += 1
            else:
                report.unstated.append((question, answer.answer))
    return report
