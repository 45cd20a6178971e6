"""The e-services' open datasets, registered with ``cms.open_data`` from ``ready()``.

- e-service statistics per month, service and handling unit (the indicators' own figures),
  with each service's declared maturity level; counts of 1–2 and the share and median of fewer
  than 3 decided cases are suppressed;
- recruitment statistics per unit and stage: the columns are defined now, the rows come once
  recruitment results are kept by the portal (until then the dataset is published empty).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from django.db.models.functions import ExtractYear

from cms.open_data import registry
from cms.open_data.registry import Column, ColumnType, Dataset, Frequency
from cms.open_data.suppression import derived_from

S, INT, N = ColumnType.STRING, ColumnType.INTEGER, ColumnType.NUMBER

STATISTICS_SLUG = "e-uslugi-statystyki"
RECRUITMENT_SLUG = "rekrutacja-statystyki"


def statistics_rows() -> Iterator[dict[str, Any]]:
    from cms.home.models import SchoolHomePage
    from cms.units.models import Unit
    from eservice_bridge.cases.models import Case
    from eservice_bridge.catalogue.models import Service

    from .figures import compute
    from .filters import IndicatorFilters

    services = list(Service.objects.order_by("name"))
    by_name = {service.name: service for service in services}
    unit_titles = dict(Unit.objects.values_list("home_id", "home__title"))
    rspo = dict(SchoolHomePage.objects.values_list("title", "rspo_number"))
    years = sorted(
        set(
            Case.objects.annotate(year=ExtractYear("submitted_at"))
            .values_list("year", flat=True)
            .distinct()
        )
    )
    for year in years:
        figures = compute(IndicatorFilters(year=year), services, unit_titles)
        for month, service_name, unit_label, tally in figures.detail:
            service = by_name.get(service_name)
            yield {
                "miesiac": dt.date(year, month, 1).strftime("%Y-%m"),
                "usluga": service.slug if service else "",
                "usluga_nazwa": service_name,
                "poziom_dojrzalosci": service.maturity_level if service else None,
                "jednostka": unit_label,
                "jednostka_rspo": rspo.get(unit_label, ""),
                "wnioski": tally.cases,
                "rozstrzygniete": tally.decided,
                "w_pelni_online": tally.online,
                "udzial_w_pelni_online_proc": derived_from(tally.decided, tally.online_share),
                "mediana_dni": derived_from(tally.decided, tally.median_days),
            }


STATISTICS = Dataset(
    slug=STATISTICS_SLUG,
    title_pl="E-usługi oświatowe: statystyki spraw",
    title_en="Education e-services: case statistics",
    description_pl="Wnioski złożone przez portal E-łącze w każdym miesiącu, według e-usługi i "
    "jednostki, która je rozpatruje: liczba wniosków, rozstrzygniętych spraw, spraw załatwionych "
    "w pełni online i ich udział, mediana czasu załatwienia oraz zadeklarowany poziom "
    "dojrzałości e-usługi (1–5). Liczby 1 i 2 są utajnione.",
    description_en="Applications submitted through the E-łącze portal each month, by e-service "
    "and handling unit: applications, decided cases, cases handled fully online and their share, "
    "median handling time and the service's declared maturity level (1–5). Counts of 1 and 2 "
    "are suppressed.",
    columns=(
        Column("miesiac", S, "Miesiąc złożenia wniosku (RRRR-MM).", "Month of submission."),
        Column("usluga", S, "Identyfikator e-usługi.", "E-service id."),
        Column("usluga_nazwa", S, "Nazwa e-usługi.", "E-service name."),
        Column(
            "poziom_dojrzalosci",
            INT,
            "Zadeklarowany poziom dojrzałości e-usługi: 1 informacja, 2 formularz do pobrania, "
            "3 wniosek online, 4 cała sprawa online, 5 usługa spersonalizowana i proaktywna.",
            "Declared maturity level: 1 information, 2 one-way, 3 two-way, 4 transaction, "
            "5 personalisation.",
        ),
        Column("jednostka", S, "Jednostka rozpatrująca sprawy.", "Handling unit."),
        Column("jednostka_rspo", S, "Numer RSPO jednostki (pusty dla Wydziału i CUW).", "RSPO."),
        Column("wnioski", INT, "Liczba wniosków.", "Applications.", suppressed_count=True),
        Column(
            "rozstrzygniete",
            INT,
            "Sprawy rozstrzygnięte (z wydanym rozstrzygnięciem).",
            "Decided cases.",
            suppressed_count=True,
        ),
        Column(
            "w_pelni_online",
            INT,
            "Sprawy rozstrzygnięte i doręczone w portalu, z opłatą (jeśli była) zapłaconą online.",
            "Decided cases handled fully online.",
            suppressed_count=True,
        ),
        Column(
            "udzial_w_pelni_online_proc",
            N,
            "Udział spraw w pełni online wśród rozstrzygniętych (%); pusty przy mniej niż 3.",
            "Share of decided cases handled fully online (%); empty below 3 decided cases.",
        ),
        Column(
            "mediana_dni",
            N,
            "Mediana czasu od złożenia do rozstrzygnięcia (dni); pusta przy mniej niż 3.",
            "Median days from submission to decision; empty below 3 decided cases.",
        ),
    ),
    rows=statistics_rows,
    frequency=Frequency.DAILY,
    keywords_pl=("e-usługi", "oświata", "statystyki", "sprawy"),
    keywords_en=("e-services", "education", "statistics", "cases"),
    categories=("EDUC", "GOVE"),
    order=20,
)


def recruitment_rows() -> Iterator[dict[str, Any]]:
    """No recruitment results are kept by the portal yet: the dataset is published empty."""
    return iter(())


RECRUITMENT = Dataset(
    slug=RECRUITMENT_SLUG,
    title_pl="Rekrutacja do przedszkoli i szkół: statystyki",
    title_en="Admissions to kindergartens and schools: statistics",
    description_pl="Wyniki rekrutacji według jednostki i etapu: liczba miejsc, wniosków, "
    "przyjętych i wolnych miejsc. Liczby 1 i 2 są utajnione.",
    description_en="Admission results by unit and stage: places, applications, admitted and "
    "vacancies. Counts of 1 and 2 are suppressed.",
    columns=(
        Column("rok_szkolny", S, "Rok szkolny, na który trwa rekrutacja (np. 2027/2028).", "Year."),
        Column("jednostka", S, "Jednostka prowadząca rekrutację.", "Admitting unit."),
        Column("jednostka_rspo", S, "Numer RSPO jednostki.", "RSPO id."),
        Column(
            "etap",
            S,
            "Etap: deklaracje kontynuacji, wnioski, lista zakwalifikowanych, potwierdzenia woli, "
            "lista przyjętych, rekrutacja uzupełniająca.",
            "Stage of the admission procedure.",
        ),
        Column("miejsca", INT, "Liczba miejsc.", "Places offered."),
        Column("wnioski", INT, "Liczba wniosków.", "Applications.", suppressed_count=True),
        Column("przyjeci", INT, "Liczba przyjętych.", "Admitted.", suppressed_count=True),
        Column("wolne_miejsca", INT, "Wolne miejsca po etapie.", "Vacancies after the stage."),
    ),
    rows=recruitment_rows,
    frequency=Frequency.DAILY,
    keywords_pl=("rekrutacja", "oświata", "przedszkola", "szkoły"),
    keywords_en=("admissions", "education", "kindergartens", "schools"),
    note_pl="Zbiór jest na razie pusty: portal nie prowadzi jeszcze elektronicznej rekrutacji "
    "z wynikami. Kolumny są ustalone i nie zmienią się, gdy pojawią się dane.",
    order=25,
)


def on_case_moved(sender, **kwargs) -> None:
    from cms.open_data.signals import mark_stale

    mark_stale([STATISTICS_SLUG])


def register() -> None:
    registry.register(STATISTICS)
    registry.register(RECRUITMENT)
