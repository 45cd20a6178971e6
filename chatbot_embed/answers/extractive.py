"""Extractive answers: the best sentences of the best documents, with sources; never new text."""

from dataclasses import dataclass, field

from django.conf import settings

from ..models import DocumentKind
from ..retrieval.engine import Document, SearchIndex, SearchResult
from ..retrieval.query import TYPO_WEIGHT, QueryToken
from .fallback import fallback_text
from .public_urls import public_url
from .sentences import is_heading, sentence_terms, split_sentences

MAX_ANSWER_CHARS = 400
MAX_SOURCES = 3
MAX_SERVICES = 3
RELATED_SCORE_SHARE = 0.5


def min_confidence() -> float:
    return float(getattr(settings, "CHATBOT_MIN_CONFIDENCE", 0.5))


@dataclass
class Answer:
    answer: str
    sources: list[dict[str, str]] = field(default_factory=list)
    services: list[dict[str, str]] = field(default_factory=list)
    confidence: float = 0.0
    answered: bool = False

    def as_json(self) -> dict:
        return {
            "answer": self.answer,
            "sources": self.sources,
            "services": self.services,
            "confidence": round(self.confidence, 3),
        }


def _token_matches(sentence: str, tokens: list[QueryToken]) -> list[float]:
    """For each question word, how well the sentence matches it (0, 0.5 prefix, 0.8 typo, 1)."""
    terms = sentence_terms(sentence)
    matches = []
    for token in tokens:
        best = 0.0
        for term, weight in token.terms.items():
            if term in terms:
                best = max(best, weight if weight >= TYPO_WEIGHT else 0.5)
        matches.append(best)
    return matches


def best_sentences(doc: Document, tokens: list[QueryToken], index: SearchIndex) -> str:
    """The one or two sentences of a document that answer the question best, in text order.

    The second sentence is chosen for the question words the first one does not cover; a
    heading is followed by the sentence after it.
    """
    sentences = split_sentences(doc.text)
    if not sentences:
        return doc.title
    weights = [index.token_weight(t) for t in tokens]
    if doc.kind == DocumentKind.FAQ:
        chosen = list(range(min(2, len(sentences))))
    else:
        matches = [_token_matches(s, tokens) for s in sentences]
        scores = [sum(m * w for m, w in zip(ms, weights, strict=True)) for ms in matches]
        first = max(range(len(sentences)), key=lambda n: (scores[n], -n))
        chosen = [first] if scores[first] > 0 else [0]
        if is_heading(sentences[chosen[0]]) and chosen[0] + 1 < len(sentences):
            chosen.append(chosen[0] + 1)
        elif scores[first] > 0:
            covered = matches[first]
            gains = [
                sum(max(m - c, 0) * w for m, c, w in zip(ms, covered, weights, strict=True))
                for ms in matches
            ]
            second = max(range(len(sentences)), key=lambda n: (gains[n], -n))
            if gains[second] > 0 and second != first:
                chosen.append(second)
    text = " ".join(
        s if s.endswith((".", "!", "?", ":")) else s + ":" if is_heading(s) else s + "."
        for s in (sentences[n] for n in sorted(chosen))
    )
    if len(text) > MAX_ANSWER_CHARS:
        text = text[: MAX_ANSWER_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return text


def host_for(doc: Document, result: SearchResult, index: SearchIndex) -> str:
    if doc.site_id is None:
        return result.site.hostname
    for info in index.sites.values():
        if info.pk == doc.site_id:
            return info.hostname
    return result.site.hostname


def compose(result: SearchResult, index: SearchIndex) -> Answer:
    """Turn ranked hits into an answer with sources and services, or an honest fallback."""
    hits = result.hits
    confidence = hits[0].coverage if hits else 0.0
    if not hits or confidence < min_confidence():
        return Answer(
            answer=fallback_text(result.site.contact),
            confidence=confidence,
            answered=False,
        )
    top = hits[0]
    related = [h for h in hits if h.score >= top.score * RELATED_SCORE_SHARE]
    sources, seen_urls = [], set()
    for hit in related:
        url = public_url(host_for(hit.document, result, index), hit.document.path)
        if url not in seen_urls and hit.document.kind != DocumentKind.SERVICE:
            seen_urls.add(url)
            sources.append({"title": hit.document.title, "url": url})
    slugs: list[str] = []
    for hit in related[:2]:
        for slug in hit.document.service_slugs:
            if slug not in slugs:
                slugs.append(slug)
    services = []
    for slug in slugs:
        doc = index.services.get(slug)
        if doc is not None:
            services.append({"name": doc.title, "url": public_url(result.site.hostname, doc.path)})
    return Answer(
        answer=best_sentences(top.document, result.tokens, index),
        sources=sources[:MAX_SOURCES],
        services=services[:MAX_SERVICES],
        confidence=confidence,
        answered=True,
    )
