"""The indicators as CSV for Polish Excel: UTF-8 with BOM, semicolons, decimal comma."""

import csv

from django.http import HttpResponse
from django.utils.translation import gettext as _

from .figures import Figures, Tally
from .numbers import format_decimal

BOM = "\ufeff"


def filename(figures: Figures) -> str:
    parts = ["wskazniki-e-uslug", str(figures.filters.year)]
    if figures.filters.service is not None:
        parts.append(figures.filters.service.slug)
    if figures.filters.unit:
        parts.append(f"jednostka-{figures.filters.unit}")
    return "-".join(parts) + ".csv"


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    """Labels come from editors: never let a spreadsheet read one as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _number(value) -> str:
    return "" if value is None else format_decimal(value, grouping=False)


def _figures(tally: Tally) -> list[str]:
    return [
        str(tally.cases),
        str(tally.decided),
        str(tally.online),
        _number(tally.online_share),
        _number(tally.median_days),
    ]


def rows(figures: Figures) -> list[list[str]]:
    """Header, one row per (month, service, unit), then totals per service, unit, month, all."""
    year = figures.filters.year
    result = [
        [
            _("zakres"),
            _("rok"),
            _("miesiąc"),
            _("usługa"),
            _("jednostka"),
            _("sprawy"),
            _("rozstrzygnięte"),
            _("w pełni online"),
            _("udział w pełni online (%)"),
            _("mediana czasu załatwienia (dni)"),
        ]
    ]
    detail_scope = _("miesiąc, usługa, jednostka")
    for month, service, unit, tally in figures.detail:
        result.append(
            [
                detail_scope,
                str(year),
                f"{year}-{month:02d}",
                _text(service),
                _text(unit),
                *_figures(tally),
            ]
        )
    for group in figures.by_service:
        result.append(
            [_("suma: usługa"), str(year), "", _text(group.label), "", *_figures(group.tally)]
        )
    for group in figures.by_unit:
        result.append(
            [_("suma: jednostka"), str(year), "", "", _text(group.label), *_figures(group.tally)]
        )
    for group in figures.by_month:
        month = f"{year}-{int(group.key):02d}"
        result.append([_("suma: miesiąc"), str(year), month, "", "", *_figures(group.tally)])
    result.append([_("razem"), str(year), "", "", "", *_figures(figures.total)])
    return result


def csv_response(figures: Figures) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename(figures)}"'
    response.write(BOM)
    writer = csv.writer(response, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows(figures))
    return response
