"""Polish news articles for unit sites: templates filled with each unit's details.

The texts are data, ``corpora/news.yaml`` (its header lists the placeholders). A template's
``kinds`` says which units may publish it. Gendered verbs are written
``[P:masculine|feminine]`` (the principal) or ``[T:…|…]`` (the teacher) and resolved per person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import corpora


@dataclass(frozen=True)
class NewsTemplate:
    kinds: frozenset[str]
    title: str
    lead: str
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]
    month_day: tuple[int, int] | None = None  # when the story usually happens
    params: dict[str, tuple[str, ...]] = field(default_factory=dict)
    repeats: int = 1  # how many distinct articles (different params) a unit may publish


def _template(item: dict, lists: dict[str, list[str]]) -> NewsTemplate:
    params = {
        name: tuple(lists[value[1:]] if isinstance(value, str) else value)
        for name, value in item.get("params", {}).items()
    }
    return NewsTemplate(
        kinds=frozenset(item["kinds"].split()),
        title=item["title"],
        lead=item["lead"],
        paragraphs=tuple(item["paragraphs"]),
        tags=tuple(item["tags"].split(",")),
        month_day=tuple(item["month_day"]) if "month_day" in item else None,
        params=params,
        repeats=item.get("repeats", 1),
    )


def _templates() -> tuple[NewsTemplate, ...]:
    corpus = corpora.load("news")
    return tuple(_template(item, corpus["lists"]) for item in corpus["news"])


NEWS_TEMPLATES: tuple[NewsTemplate, ...] = _templates()

TARGET_NEWS_PER_UNIT = 22


def unit_kinds(unit_type: str, slug: str) -> frozenset[str]:
    """Which template kinds apply to a unit."""
    from cms.home.unit_types import UnitType

    kinds = {
        UnitType.KINDERGARTEN: {"kindergarten"},
        UnitType.PRIMARY_SCHOOL: {"school", "primary"},
        UnitType.GENERAL_SECONDARY: {"school", "secondary"},
        UnitType.VOCATIONAL_SCHOOL: {"school", "secondary", "vocational"},
        UnitType.SCHOOL_COMPLEX: {"school", "secondary", "vocational"},
        UnitType.SPECIAL_NEEDS_CENTRE: {"school", "special"},
        UnitType.COUNSELLING_CENTRE: {"counselling"},
        UnitType.YOUTH_CULTURE_CENTRE: {"culture"},
    }[UnitType(unit_type)]
    if slug.startswith("zsp"):  # school-and-kindergarten complexes
        kinds = {"school", "primary", "kindergarten"}
    return frozenset(kinds | {"all"})
