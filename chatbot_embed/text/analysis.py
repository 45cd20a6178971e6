"""Turning text into index terms: the same analysis for documents and queries."""

from dataclasses import dataclass

from .normalise import fold, tokenise
from .stemming import stem
from .stopwords import STOPWORDS

PREFIX_LENGTH = 6
PREFIX_MARK = "~"


def content_tokens(text: str) -> list[str]:
    """Lower-case tokens without stopwords (diacritics kept)."""
    return [t for t in tokenise(text) if t not in STOPWORDS and fold(t) not in STOPWORDS]


def stem_term(token: str) -> str:
    """Main index term of a token: its stem, folded so that diacritics do not matter."""
    return fold(stem(token))


def prefix_term(token: str) -> str | None:
    """Secondary term: the folded prefix, robust to endings, typos at the end and diacritics."""
    folded = fold(token)
    if len(folded) < PREFIX_LENGTH + 1 or folded.isdigit():
        return None
    return PREFIX_MARK + folded[:PREFIX_LENGTH]


@dataclass(frozen=True)
class AnalysedText:
    tokens: list[str]
    terms: list[str]


def analyse(text: str) -> AnalysedText:
    """Tokens (surface forms) and terms (stem terms followed by prefix terms) of a text."""
    tokens = content_tokens(text)
    terms = [stem_term(t) for t in tokens]
    terms.extend(p for p in (prefix_term(t) for t in tokens) if p)
    return AnalysedText(tokens=tokens, terms=terms)
