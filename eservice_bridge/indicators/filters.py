"""The dashboard's filters (year, service, handling unit), read from the query string.

Bad values never fail the page: each is dropped with a Polish message and its default used.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from eservice_bridge import clock
from eservice_bridge.catalogue.models import Handler, Service

MIN_YEAR = 2000
MAX_YEAR = 2100

# The "jednostka" parameter: one of these, or the id of a unit's home page.
HANDLER_UNITS = (Handler.DEPARTMENT.value, Handler.CUW.value)


@dataclass
class IndicatorFilters:
    year: int
    service: Service | None = None
    # "wydzial", "cuw" or the home page id of a school/kindergarten (as a string), or "".
    unit: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def period(self) -> tuple[dt.datetime, dt.datetime]:
        """Start (inclusive) and end (exclusive) of the year in the portal's time zone."""
        zone = timezone.get_current_timezone()
        start = dt.datetime(self.year, 1, 1, tzinfo=zone)
        end = dt.datetime(self.year + 1, 1, 1, tzinfo=zone)
        return start, end

    def query(self, **extra: str) -> str:
        """The filters as a query string (for the CSV link)."""
        params = QueryDict(mutable=True)
        params["rok"] = str(self.year)
        if self.service is not None:
            params["usluga"] = self.service.slug
        if self.unit:
            params["jednostka"] = self.unit
        params.update(extra)
        return params.urlencode()


def parse_filters(
    params: QueryDict, services: list[Service], unit_ids: set[int]
) -> IndicatorFilters:
    """Filters from ``params``; ``services`` and ``unit_ids`` are the values that exist."""
    default_year = clock.today().year
    filters = IndicatorFilters(year=default_year)

    raw_year = (params.get("rok") or "").strip()
    if raw_year:
        if raw_year.isdigit() and MIN_YEAR <= int(raw_year) <= MAX_YEAR:
            filters.year = int(raw_year)
        else:
            filters.problems.append(
                _(
                    "Rok „%(value)s” jest nieprawidłowy (podaj rok od %(min)d do %(max)d) — "
                    "pokazuję rok %(year)d."
                )
                % {"value": raw_year[:20], "min": MIN_YEAR, "max": MAX_YEAR, "year": default_year}
            )

    raw_service = (params.get("usluga") or "").strip()
    if raw_service:
        by_slug = {s.slug: s for s in services}
        if raw_service in by_slug:
            filters.service = by_slug[raw_service]
        else:
            filters.problems.append(
                _("Nie ma e-usługi „%(value)s” — pokazuję wszystkie usługi.")
                % {"value": raw_service[:80]}
            )

    raw_unit = (params.get("jednostka") or "").strip()
    if raw_unit:
        if raw_unit in HANDLER_UNITS or (raw_unit.isdigit() and int(raw_unit) in unit_ids):
            filters.unit = raw_unit
        else:
            filters.problems.append(
                _("Nie ma jednostki „%(value)s” — pokazuję wszystkie jednostki.")
                % {"value": raw_unit[:80]}
            )
    return filters
