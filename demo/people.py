"""Fictional people for the demo: names with correct Polish gender agreement."""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import corpora

_NAMES = corpora.load("people")  # corpora/people.yaml
FEMALE_FIRST: list[str] = _NAMES["female_first_names"]
MALE_FIRST: list[str] = _NAMES["male_first_names"]
# (masculine, feminine) surname forms.
SURNAMES: tuple[tuple[str, str], ...] = tuple(tuple(pair) for pair in _NAMES["surnames"])


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    female: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def with_title(self, title: str) -> str:
        return f"{title} {self.full_name}"

    @property
    def principal_title(self) -> str:
        return "Pani dyrektor" if self.female else "Pan dyrektor"


def make_person(rng: random.Random, *, female: bool | None = None) -> Person:
    """A fictional person drawn from ``rng`` (deterministic for a seeded generator)."""
    if female is None:
        female = rng.random() < 0.7  # Polish schools are mostly run by women
    masculine, feminine = rng.choice(SURNAMES)
    first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    return Person(first, feminine if female else masculine, female)
