"""Public indicators for the "E-łącze w liczbach" page, supplied by the apps that own them.

Apps register a provider from ``AppConfig.ready()`` (e-services, chatbot); the CMS reads the
sections through GraphQL for the department portal's static page. Providers return aggregates
only, with counts under :data:`~cms.open_data.suppression.MIN_COUNT` withheld.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    note: str = ""


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: float
    display: str


@dataclass(frozen=True)
class Chart:
    title: str
    description: str
    label_heading: str
    value_heading: str
    bars: tuple[ChartBar, ...]


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    intro: str
    figures: tuple[Figure, ...] = ()
    charts: tuple[Chart, ...] = ()
    order: int = 100
    notes: tuple[str, ...] = field(default=())


Provider = Callable[[], list[Section]]
_PROVIDERS: dict[str, Provider] = {}


def register_provider(name: str, provider: Provider) -> None:
    _PROVIDERS[name] = provider


def sections() -> list[Section]:
    result: list[Section] = []
    for name in sorted(_PROVIDERS):
        result.extend(_PROVIDERS[name]())
    return sorted(result, key=lambda s: (s.order, s.key))
