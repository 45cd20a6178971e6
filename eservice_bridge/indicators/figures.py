"""The indicators for one year (and optionally one service or unit), aggregated in the database.

A fixed number of queries whatever the number of cases: one grouped count per
(service, handling unit, month), one list of handling times of decided cases (the median is not
an aggregate every database has, so it is computed here from that list), plus the unit titles.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from eservice_bridge.cases.models import Case
from eservice_bridge.catalogue.models import Handler, Service

from .filters import IndicatorFilters
from .medians import handling_days, median_days
from .numbers import one_decimal
from .online import decided_q, fully_online_q

MONTH_NAMES = [
    gettext_lazy("styczeń"),
    gettext_lazy("luty"),
    gettext_lazy("marzec"),
    gettext_lazy("kwiecień"),
    gettext_lazy("maj"),
    gettext_lazy("czerwiec"),
    gettext_lazy("lipiec"),
    gettext_lazy("sierpień"),
    gettext_lazy("wrzesień"),
    gettext_lazy("październik"),
    gettext_lazy("listopad"),
    gettext_lazy("grudzień"),
]
MONTH_ABBREVIATIONS = [
    gettext_lazy("sty"),
    gettext_lazy("lut"),
    gettext_lazy("mar"),
    gettext_lazy("kwi"),
    gettext_lazy("maj"),
    gettext_lazy("cze"),
    gettext_lazy("lip"),
    gettext_lazy("sie"),
    gettext_lazy("wrz"),
    gettext_lazy("paź"),
    gettext_lazy("lis"),
    gettext_lazy("gru"),
]

UNKNOWN_SCHOOL = "szkola"  # a school case without a unit page (should not happen)


@dataclass
class Tally:
    """Counts and handling times of one group of cases."""

    cases: int = 0
    decided: int = 0
    online: int = 0
    durations: list[float] = field(default_factory=list)

    def add_counts(self, cases: int, decided: int, online: int) -> None:
        self.cases += cases
        self.decided += decided
        self.online += online

    @property
    def online_share(self) -> Decimal | None:
        """Percent of decided cases handled fully online, one decimal; None with none decided."""
        if not self.decided:
            return None
        return one_decimal(Decimal(self.online) * 100 / Decimal(self.decided))

    @property
    def median_days(self) -> Decimal | None:
        return median_days(self.durations)


@dataclass
class Group:
    key: str
    label: str
    tally: Tally


@dataclass
class Figures:
    filters: IndicatorFilters
    total: Tally
    by_service: list[Group]
    by_unit: list[Group]
    by_month: list[Group]
    # (month number, service label, unit label) → tally, for the CSV.
    detail: list[tuple[int, str, str, Tally]]


def unit_key(handler: str, unit_page_id: int | None) -> str:
    if handler == Handler.SCHOOL:
        return str(unit_page_id) if unit_page_id else UNKNOWN_SCHOOL
    return handler


def unit_filter(unit: str) -> Q:
    if unit == Handler.DEPARTMENT:
        return Q(handler=Handler.DEPARTMENT)
    if unit == Handler.CUW:
        return Q(handler=Handler.CUW)
    return Q(handler=Handler.SCHOOL, unit_page_id=int(unit))


def handler_unit_labels() -> dict[str, str]:
    return {
        Handler.DEPARTMENT.value: _("Wydział Oświaty"),
        Handler.CUW.value: _("CUW"),
        UNKNOWN_SCHOOL: _("jednostka nieustalona"),
    }


def filtered_cases(filters: IndicatorFilters):
    start, end = filters.period
    cases = Case.objects.filter(submitted_at__gte=start, submitted_at__lt=end)
    if filters.service is not None:
        cases = cases.filter(service=filters.service)
    if filters.unit:
        cases = cases.filter(unit_filter(filters.unit))
    return cases


def compute(
    filters: IndicatorFilters, services: list[Service], unit_titles: dict[int, str]
) -> Figures:
    """All the figures; ``unit_titles`` maps unit home page ids to titles (others are looked up)."""
    cases = filtered_cases(filters).annotate(
        month=TruncMonth("submitted_at", tzinfo=timezone.get_current_timezone())
    )
    keys = ("service_id", "handler", "unit_page_id", "month")
    counts = (
        cases.values(*keys)
        .annotate(
            n_cases=Count("pk"),
            n_decided=Count("pk", filter=decided_q()),
            n_online=Count("pk", filter=fully_online_q()),
        )
        .order_by()
    )
    timings = (
        cases.filter(decided_q())
        .values_list(*keys, "submitted_at", "decision__issued_at")
        .order_by()
    )

    cells: dict[tuple[int, str, int], Tally] = defaultdict(Tally)
    for row in counts:
        key = (row["service_id"], unit_key(row["handler"], row["unit_page_id"]), row["month"].month)
        cells[key].add_counts(row["n_cases"], row["n_decided"], row["n_online"])
    for service_id, handler, unit_page_id, month, submitted_at, issued_at in timings:
        key = (service_id, unit_key(handler, unit_page_id), month.month)
        cells[key].durations.append(handling_days(submitted_at, issued_at))

    labels = handler_unit_labels()
    titles = dict(unit_titles)
    missing = {int(unit) for _s, unit, _m in cells if unit.isdigit() and int(unit) not in titles}
    if missing:
        titles.update(Page.objects.filter(pk__in=missing).values_list("pk", "title"))
    labels.update({str(pk): title for pk, title in titles.items()})
    service_names = {s.pk: s.name for s in services}

    total = Tally()
    per_service: dict[int, Tally] = defaultdict(Tally)
    per_unit: dict[str, Tally] = defaultdict(Tally)
    per_month: dict[int, Tally] = defaultdict(Tally)
    for (service_id, unit, month), tally in cells.items():
        for bucket in (total, per_service[service_id], per_unit[unit], per_month[month]):
            bucket.add_counts(tally.cases, tally.decided, tally.online)
            bucket.durations.extend(tally.durations)

    shown_services = [filters.service] if filters.service is not None else services
    by_service = [
        Group(str(s.pk), s.name, per_service.get(s.pk, Tally()))
        for s in sorted(shown_services, key=lambda s: s.name)
    ]
    by_unit = sorted(
        (Group(unit, labels.get(unit, unit), tally) for unit, tally in per_unit.items()),
        key=lambda g: (-g.tally.cases, g.label),
    )
    by_month = [
        Group(str(m), str(MONTH_NAMES[m - 1]), per_month.get(m, Tally())) for m in range(1, 13)
    ]
    detail = sorted(
        (
            (month, service_names.get(service_id, str(service_id)), labels.get(unit, unit), tally)
            for (service_id, unit, month), tally in cells.items()
        ),
        key=lambda row: (row[0], row[1], row[2]),
    )
    return Figures(filters, total, by_service, by_unit, by_month, detail)
