"""The e-services' public indicators for "E-łącze w liczbach" (registered with cms.open_data).

Over the last 12 months (by submission date): services by declared maturity level with the
reason each gives, cases submitted, decided and handled fully online with the share, the median
handling time (overall and per service), and unique users. Aggregates only; counts of 1–2 and
figures from fewer than 3 decided cases are shown as "mniej niż 3" / "—".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.open_data.figures import Chart, ChartBar, Figure, Section
from cms.open_data.suppression import MIN_COUNT, derived_from, suppress_count
from eservice_bridge import clock

from .figures import MONTH_ABBREVIATIONS
from .medians import handling_days, median_days
from .numbers import format_decimal, format_int, format_percent, one_decimal
from .online import decided_q, fully_online_q

PERIOD_DAYS = 365


def _count(value: int) -> str:
    shown = suppress_count(value)
    return _("mniej niż %(n)d") % {"n": MIN_COUNT} if shown is None else format_int(shown)


def _period() -> tuple[dt.datetime, dt.datetime]:
    end = clock.now()
    return end - dt.timedelta(days=PERIOD_DAYS), end


def maturity_section() -> Section:
    from eservice_bridge.catalogue.models import MaturityLevel, Service

    services = list(Service.objects.filter(is_active=True).order_by("-maturity_level", "name"))
    per_level = defaultdict(int)
    for service in services:
        per_level[service.maturity_level] += 1
    bars = tuple(
        ChartBar(str(level.label), per_level[level.value], format_int(per_level[level.value]))
        for level in MaturityLevel
    )
    return Section(
        key="dojrzalosc",
        title=_("E-usługi według poziomu dojrzałości"),
        intro=_(
            "Każda e-usługa deklaruje poziom dojrzałości (od 1 — informacja, do 5 — usługa "
            "spersonalizowana i proaktywna) i podaje, co go spełnia."
        ),
        figures=tuple(
            Figure(service.name, str(service.get_maturity_level_display()), service.maturity_reason)
            for service in services
        ),
        charts=(
            Chart(
                title=_("Liczba e-usług na każdym poziomie dojrzałości"),
                description=_("Wykres słupkowy: liczba e-usług na poziomach od 1 do 5."),
                label_heading=_("Poziom dojrzałości"),
                value_heading=_("Liczba e-usług"),
                bars=bars,
            ),
        ),
        order=10,
    )


def cases_section() -> Section:
    from eservice_bridge.cases.models import Case

    start, end = _period()
    cases = Case.objects.filter(submitted_at__gte=start, submitted_at__lt=end)
    totals = cases.aggregate(
        total=Count("pk"),
        decided=Count("pk", filter=decided_q()),
        online=Count("pk", filter=fully_online_q()),
        users=Count("applicant", distinct=True),
    )
    timings = list(
        cases.filter(decided_q()).values_list(
            "service__name", "submitted_at", "decision__issued_at"
        )
    )
    per_service: dict[str, list[float]] = defaultdict(list)
    for name, submitted_at, issued_at in timings:
        per_service[name].append(handling_days(submitted_at, issued_at))
    all_days = [d for days in per_service.values() for d in days]
    decided, online = totals["decided"], totals["online"]
    share = one_decimal(Decimal(online) * 100 / decided) if decided else None
    overall_median = derived_from(len(all_days), median_days(all_days))

    monthly = (
        cases.annotate(month=TruncMonth("submitted_at", tzinfo=timezone.get_current_timezone()))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by("month")
    )
    month_bars = tuple(
        ChartBar(
            f"{MONTH_ABBREVIATIONS[row['month'].month - 1]} {row['month'].year}",
            suppress_count(row["n"]) or 0,
            _count(row["n"]),
        )
        for row in monthly
    )
    median_bars = []
    for name in sorted(per_service):
        value = derived_from(len(per_service[name]), median_days(per_service[name]))
        if value is not None:
            median_bars.append(ChartBar(name, float(value), format_decimal(value)))
    return Section(
        key="sprawy",
        title=_("Sprawy załatwiane przez internet"),
        intro=_(
            "Ostatnie 12 miesięcy, według daty złożenia wniosku. Każdy wniosek w portalu jest "
            "składany przez internet; „w pełni online” to sprawa rozstrzygnięta i doręczona w "
            "portalu, z opłatą (jeśli była) zapłaconą online."
        ),
        figures=(
            Figure(_("Wnioski złożone przez internet"), _count(totals["total"])),
            Figure(_("Sprawy rozstrzygnięte"), _count(decided)),
            Figure(_("Sprawy załatwione w pełni online"), _count(online)),
            Figure(
                _("Udział spraw w pełni online wśród rozstrzygniętych"),
                format_percent(derived_from(decided, share)),
            ),
            Figure(
                _("Mediana czasu załatwienia sprawy"),
                _("%(days)s dnia") % {"days": format_decimal(overall_median)}
                if overall_median is not None
                else "—",
            ),
            Figure(
                _("Unikalni użytkownicy e-usług"),
                _count(totals["users"]),
                _("Osoby, które złożyły co najmniej jeden wniosek."),
            ),
        ),
        charts=(
            Chart(
                title=_("Wnioski w kolejnych miesiącach"),
                description=_("Wykres słupkowy: liczba wniosków złożonych w każdym miesiącu."),
                label_heading=_("Miesiąc"),
                value_heading=_("Liczba wniosków"),
                bars=month_bars,
            ),
            Chart(
                title=_("Mediana czasu załatwienia według e-usługi (dni)"),
                description=_(
                    "Wykres słupkowy: mediana liczby dni od złożenia wniosku do rozstrzygnięcia."
                ),
                label_heading=_("E-usługa"),
                value_heading=_("Mediana (dni)"),
                bars=tuple(median_bars),
            ),
        ),
        order=20,
    )


def sections() -> list[Section]:
    return [maturity_section(), cases_section()]
