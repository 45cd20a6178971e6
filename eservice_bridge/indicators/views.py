"""The department's e-service indicators in the Wagtail admin: page with charts, and CSV."""

from django.db.models.functions import ExtractYear
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from cms.units.models import Unit
from cms.units.staff import is_department_staff
from eservice_bridge import clock
from eservice_bridge.cases.models import Case
from eservice_bridge.catalogue.models import Service

from .charts import Bar, bar_chart, column_chart
from .export import csv_response
from .figures import MONTH_ABBREVIATIONS, Figures, Group, compute, handler_unit_labels
from .filters import HANDLER_UNITS, IndicatorFilters, parse_filters
from .numbers import format_decimal, format_int, format_percent

UNITS_IN_CHART = 15


def _refusal(request: HttpRequest) -> HttpResponse | None:
    """A real 403 page for anyone but department staff and superusers.

    (Raising PermissionDenied would make Wagtail redirect to the admin home instead.)
    """
    if is_department_staff(request.user):
        return None
    return render(request, "eservice_bridge/indicators/forbidden.html", status=403)


def _load(request: HttpRequest) -> tuple[IndicatorFilters, Figures, list[Service], dict]:
    services = list(Service.objects.order_by("name"))
    unit_titles = dict(Unit.objects.values_list("home_id", "home__title"))
    filters = parse_filters(request.GET, services, set(unit_titles))
    figures = compute(filters, services, unit_titles)
    return filters, figures, services, unit_titles


def _row(group: Group) -> dict[str, str]:
    tally = group.tally
    return {
        "label": group.label,
        "cases": format_int(tally.cases),
        "decided": format_int(tally.decided),
        "online": format_int(tally.online),
        "share": format_percent(tally.online_share),
        "share_fraction": _("%(online)s z %(decided)s")
        % {"online": format_int(tally.online), "decided": format_int(tally.decided)},
        "median": format_decimal(tally.median_days),
    }


def _year_options(selected: int) -> list[int]:
    years = set(
        Case.objects.annotate(y=ExtractYear("submitted_at"))
        .values_list("y", flat=True)
        .distinct()
        .order_by()
    )
    years |= {selected, clock.today().year}
    return sorted(years, reverse=True)


def _charts(figures: Figures) -> dict[str, str]:
    year = figures.filters.year
    services = figures.by_service
    units = figures.by_unit[:UNITS_IN_CHART]
    unit_title = (
        _("Sprawy według jednostki, %(year)d") % {"year": year}
        if len(figures.by_unit) <= UNITS_IN_CHART
        else _("Sprawy według jednostki, %(year)d: %(n)d jednostek z największą liczbą spraw")
        % {"year": year, "n": UNITS_IN_CHART}
    )
    timed = [g for g in services if g.tally.median_days is not None]
    return {
        "service": bar_chart(
            "wykres-uslugi",
            _("Sprawy według e-usługi, %(year)d") % {"year": year},
            _(
                "Wykres słupkowy: liczba spraw złożonych w każdej e-usłudze. "
                "Te same liczby są w tabeli pod wykresem."
            ),
            [Bar(g.label, g.tally.cases) for g in services],
        ),
        "unit": bar_chart(
            "wykres-jednostki",
            unit_title,
            _(
                "Wykres słupkowy: liczba spraw według jednostki prowadzącej. "
                "Pełne zestawienie jest w tabeli pod wykresem."
            ),
            [Bar(g.label, g.tally.cases) for g in units],
        ),
        "month": column_chart(
            "wykres-miesiace",
            _("Sprawy według miesiąca złożenia, %(year)d") % {"year": year},
            _(
                "Wykres kolumnowy: liczba spraw złożonych w każdym miesiącu roku. "
                "Te same liczby są w tabeli pod wykresem."
            ),
            [
                Bar(str(MONTH_ABBREVIATIONS[int(g.key) - 1]), g.tally.cases)
                for g in figures.by_month
            ],
        ),
        "median": bar_chart(
            "wykres-mediana",
            _("Mediana czasu załatwienia (dni) według e-usługi, %(year)d") % {"year": year},
            _(
                "Wykres słupkowy: mediana liczby dni od złożenia wniosku do wydania "
                "rozstrzygnięcia, tylko e-usługi z rozstrzygniętymi sprawami. "
                "Te same liczby są w tabeli pod wykresem."
            ),
            [Bar(g.label, float(g.tally.median_days)) for g in timed],
            value_text=format_decimal,
        ),
    }


def dashboard(request: HttpRequest) -> HttpResponse:
    if refused := _refusal(request):
        return refused
    filters, figures, services, unit_titles = _load(request)
    handler_labels = handler_unit_labels()
    unit_options = [(key, handler_labels[key]) for key in HANDLER_UNITS] + sorted(
        ((str(pk), title) for pk, title in unit_titles.items()), key=lambda item: item[1]
    )
    total = figures.total
    return render(
        request,
        "eservice_bridge/indicators/dashboard.html",
        {
            "filters": filters,
            "years": _year_options(filters.year),
            "services": services,
            "unit_options": unit_options,
            "total": _row(Group("", _("Razem"), total)),
            "has_cases": total.cases > 0,
            "service_rows": [_row(g) for g in figures.by_service],
            "unit_rows": [_row(g) for g in figures.by_unit],
            "month_rows": [_row(g) for g in figures.by_month],
            "charts": _charts(figures),
            "csv_query": filters.query(),
        },
    )


def export_csv(request: HttpRequest) -> HttpResponse:
    if refused := _refusal(request):
        return refused
    _filters, figures, _services, _titles = _load(request)
    return csv_response(figures)
