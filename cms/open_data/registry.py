"""The registry of open datasets: what each one holds and how its rows are produced.

Apps register their datasets from ``AppConfig.ready()`` (the CMS's own in ``cms.open_data``,
e-services from ``eservice_bridge``), so this app never imports the apps above it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from django.utils.translation import gettext_lazy as _


class Frequency(Enum):
    """Update frequency: (dane.gov.pl code, EU frequency authority code, Polish label)."""

    DAILY = ("daily", "DAILY", _("codziennie"))
    WEEKLY = ("weekly", "WEEKLY", _("co tydzień"))
    MONTHLY = ("monthly", "MONTHLY", _("co miesiąc"))
    YEARLY = ("yearly", "ANNUAL", _("co rok"))

    @property
    def harvester_code(self) -> str:
        return self.value[0]

    @property
    def eu_code(self) -> str:
        return self.value[1]

    @property
    def label(self) -> str:
        return str(self.value[2])


class ColumnType(Enum):
    """Table Schema (frictionless) field types used by the datasets."""

    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    description_pl: str
    description_en: str
    # Counts of people or cases: values 1 and 2 are suppressed (see suppression.py).
    suppressed_count: bool = False


@dataclass(frozen=True)
class Dataset:
    """One dataset. ``rows`` returns mappings keyed by column name, JSON-serialisable values."""

    slug: str
    title_pl: str
    title_en: str
    description_pl: str
    description_en: str
    columns: tuple[Column, ...]
    rows: Callable[[], Iterable[Mapping[str, Any]]]
    frequency: Frequency
    keywords_pl: tuple[str, ...]
    keywords_en: tuple[str, ...]
    # dane.gov.pl categories; the EU data themes follow from them (catalogue.themes).
    categories: tuple[str, ...] = ("EDUC",)
    # Shown with the dataset, e.g. why the table is empty for now.
    note_pl: str = ""
    order: int = 100
    # Page or model classes ("news.NewsPage") whose changes make the dataset stale.
    stale_on: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]


_REGISTRY: dict[str, Dataset] = {}


def register(dataset: Dataset) -> Dataset:
    """Add (or replace, on a repeated ready()) a dataset; slugs are its stable URL."""
    if not dataset.slug.replace("-", "").isalnum() or dataset.slug != dataset.slug.lower():
        raise ValueError(f"Invalid dataset slug: {dataset.slug!r}")
    if len(dataset.slug) > 36:
        raise ValueError(f"Dataset slug longer than 36 characters: {dataset.slug!r}")
    _REGISTRY[dataset.slug] = dataset
    return dataset


def datasets() -> list[Dataset]:
    return sorted(_REGISTRY.values(), key=lambda d: (d.order, d.slug))


def get(slug: str) -> Dataset | None:
    return _REGISTRY.get(slug)


def depending_on(model_label: str) -> list[str]:
    """Slugs of the datasets made stale by a change to ``model_label`` ("news.newspage")."""
    label = model_label.lower()
    return [d.slug for d in _REGISTRY.values() if label in {m.lower() for m in d.stale_on}]
