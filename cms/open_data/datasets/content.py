"""Datasets: news and events of every unit (titles, dates, addresses), from live public pages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cms.open_data.registry import Column, ColumnType, Dataset, Frequency

from .sites import visible_pages

S, D, DT = ColumnType.STRING, ColumnType.DATE, ColumnType.DATETIME

UNIT_COLUMNS = (
    Column("jednostka", S, "Jednostka, która opublikowała wpis.", "Publishing unit."),
    Column("rspo", S, "Numer RSPO jednostki (pusty dla Wydziału).", "Unit's RSPO id."),
)


def news_rows() -> Iterator[dict[str, Any]]:
    from cms.news.models import NewsPage

    for site, page in visible_pages(NewsPage, ("-date", "path")):
        yield {
            "jednostka": site.unit_name,
            "rspo": site.rspo,
            "tytul": page.title,
            "data": page.date,
            "adres_url": site.url(page),
        }


def event_rows() -> Iterator[dict[str, Any]]:
    from cms.events.models import EventPage

    for site, page in visible_pages(EventPage, ("-start", "path")):
        yield {
            "jednostka": site.unit_name,
            "rspo": site.rspo,
            "tytul": page.title,
            "poczatek": page.start,
            "koniec": page.end,
            "miejsce": page.place,
            "adres_url": site.url(page),
        }


NEWS = Dataset(
    slug="aktualnosci",
    title_pl="Aktualności szkół, przedszkoli i Wydziału Oświaty",
    title_en="News of schools, kindergartens and the Education Department",
    description_pl="Wszystkie opublikowane aktualności na stronach jednostek oświatowych i "
    "Wydziału Oświaty w portalu E-łącze: jednostka, tytuł, data i adres wpisu.",
    description_en="All news published on the websites of the educational units and the "
    "Education Department in the E-łącze portal: unit, title, date and address.",
    columns=(
        *UNIT_COLUMNS,
        Column("tytul", S, "Tytuł aktualności.", "Title."),
        Column("data", D, "Data aktualności (RRRR-MM-DD).", "Date (YYYY-MM-DD)."),
        Column("adres_url", S, "Adres strony z aktualnością.", "Address of the news page."),
    ),
    rows=news_rows,
    frequency=Frequency.DAILY,
    keywords_pl=("oświata", "aktualności", "szkoły"),
    keywords_en=("education", "news", "schools"),
    order=30,
    stale_on=("news.NewsPage", "home.SchoolHomePage"),
)

EVENTS = Dataset(
    slug="wydarzenia",
    title_pl="Wydarzenia w szkołach, przedszkolach i Wydziale Oświaty",
    title_en="Events in schools, kindergartens and the Education Department",
    description_pl="Wydarzenia opublikowane w kalendarzach jednostek oświatowych i Wydziału "
    "Oświaty: jednostka, tytuł, początek, koniec, miejsce i adres strony wydarzenia.",
    description_en="Events published in the calendars of the educational units and the "
    "Education Department: unit, title, start, end, place and address of the event page.",
    columns=(
        *UNIT_COLUMNS,
        Column("tytul", S, "Nazwa wydarzenia.", "Event title."),
        Column("poczatek", DT, "Początek (ISO 8601, czas polski).", "Start (ISO 8601, Warsaw)."),
        Column("koniec", DT, "Koniec (ISO 8601; puste, jeśli nie podano).", "End (may be empty)."),
        Column("miejsce", S, "Miejsce wydarzenia.", "Place."),
        Column("adres_url", S, "Adres strony wydarzenia.", "Address of the event page."),
    ),
    rows=event_rows,
    frequency=Frequency.DAILY,
    keywords_pl=("oświata", "wydarzenia", "kalendarz"),
    keywords_en=("education", "events", "calendar"),
    order=40,
    stale_on=("events.EventPage", "home.SchoolHomePage"),
)
