"""Splitting document text into sentences and scoring them against the question."""

import re
from functools import lru_cache

from ..text.analysis import analyse

_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ0-9„\"])")
# Abbreviations after which a full stop does not end the sentence.
_ABBREVIATIONS = re.compile(
    r"(?:^|\s)(?:godz|ul|nr|tel|np|im|ok|tzw|pn|św|al|pl|os|prof|dr|mgr|inż|ds|r|t|ust|art|pkt|zł)\.$",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    for line in text.split("\n"):
        parts = [part.strip() for part in _BOUNDARY.split(line) if part.strip()]
        merged: list[str] = []
        for part in parts:
            if merged and _ABBREVIATIONS.search(merged[-1]) and not merged[-1].endswith(" r."):
                merged[-1] = f"{merged[-1]} {part}"
            else:
                merged.append(part)
        sentences.extend(merged)
    return sentences


def is_heading(sentence: str) -> bool:
    return len(sentence) < 80 and not sentence.endswith((".", "!", "?"))


@lru_cache(maxsize=50_000)
def sentence_terms(sentence: str) -> frozenset[str]:
    return frozenset(analyse(sentence).terms)
