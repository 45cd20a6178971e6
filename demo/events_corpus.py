"""Polish events for unit and department calendars, placed relative to today.

``day_offset`` is counted from ``timezone.localdate()`` at seeding time, so every demo has
past and upcoming events whatever day it is built on.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventTemplate:
    kinds: frozenset[str]
    title: str
    lead: str
    place: str
    day_offset: int
    hour: int
    duration_hours: float
    registration: bool = False


def _e(kinds: str, title: str, lead: str, place: str, day: int, hour: int, hours: float, **kw):
    return EventTemplate(frozenset(kinds.split()), title, lead, place, day, hour, hours, **kw)


EVENT_TEMPLATES: tuple[EventTemplate, ...] = (
    _e(
        "all",
        "Zebranie z rodzicami",
        "Spotkanie wychowawców z rodzicami: informacje o postępach i frekwencji.",
        "sale lekcyjne, wejście główne",
        -35,
        17,
        1.5,
    ),
    _e(
        "all",
        "Rada pedagogiczna — dzień bez zajęć dydaktycznych",
        "Posiedzenie rady pedagogicznej. Zapewniamy zajęcia opiekuńcze.",
        "pokój nauczycielski",
        -14,
        13,
        3,
    ),
    _e(
        "all",
        "Konsultacje dla rodziców",
        "Indywidualne konsultacje z nauczycielami i specjalistami.",
        "sale lekcyjne",
        -3,
        16,
        2,
    ),
    _e(
        "all",
        "Dzień otwarty",
        "Zapraszamy kandydatów i rodziców: zwiedzanie, rozmowy z nauczycielami, pokazy.",
        "cały budynek",
        9,
        10,
        4,
        registration=True,
    ),
    _e(
        "all",
        "Festyn rodzinny",
        "Gry i zabawy dla całych rodzin, kiermasz, stoiska z jedzeniem.",
        "boisko i ogród",
        23,
        15,
        4,
    ),
    _e(
        "all",
        "Warsztaty dla rodziców: bezpieczeństwo dziecka w sieci",
        "Bezpłatne warsztaty prowadzone przez specjalistę od cyberbezpieczeństwa.",
        "sala nr 12",
        41,
        17,
        1.5,
        registration=True,
    ),
    _e(
        "all",
        "Zebranie rady rodziców",
        "Plan pracy i budżet rady rodziców na kolejny semestr.",
        "biblioteka",
        60,
        18,
        1,
    ),
    _e(
        "school",
        "Próbny egzamin — matematyka",
        "Próbny egzamin dla uczniów klas ostatnich.",
        "sala gimnastyczna",
        -21,
        9,
        2,
    ),
    _e(
        "school",
        "Szkolny konkurs recytatorski",
        "Eliminacje szkolne do miejskiego konkursu recytatorskiego.",
        "aula",
        16,
        12,
        2,
    ),
    _e(
        "kindergarten",
        "Teatrzyk dla dzieci „Czerwony Kapturek”",
        "Przedstawienie teatru objazdowego dla wszystkich grup.",
        "sala zabaw",
        5,
        10,
        1,
    ),
    _e(
        "counselling culture",
        "Zajęcia otwarte",
        "Pokazowe zajęcia dla rodziców i nowych uczestników.",
        "sala warsztatowa",
        12,
        16,
        2,
        registration=True,
    ),
)

DEPARTMENT_EVENTS: tuple[EventTemplate, ...] = (
    _e(
        "department",
        "Narada dyrektorów szkół i przedszkoli",
        "Podsumowanie rekrutacji i plan pracy na semestr.",
        "Urząd Miejski, sala sesyjna",
        -20,
        10,
        3,
    ),
    _e(
        "department",
        "Gala stypendystów Prezydenta Miasta",
        "Wręczenie stypendiów za wybitne osiągnięcia w nauce i sporcie.",
        "Pałac Kultury Zagłębia",
        -6,
        17,
        2,
    ),
    _e(
        "department",
        "Dąbrowskie Targi Edukacyjne",
        "Szkoły ponadpodstawowe prezentują ofertę dla ósmoklasistów.",
        "Hala Centrum",
        18,
        9,
        6,
    ),
    _e(
        "department",
        "Szkolenie: e-usługi oświatowe dla sekretariatów",
        "Obsługa wniosków elektronicznych i doręczeń w portalu E-łącze.",
        "Urząd Miejski, sala 210",
        30,
        9,
        4,
        registration=True,
    ),
)
