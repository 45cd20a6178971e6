"""The demo's list of units: 60 curated units of the city's real kinds, plus generated extras.

Names follow the real naming patterns of Dąbrowa Górnicza's units; people, addresses, phone
numbers, RSPO numbers and e-mail addresses are fictional.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from cms.home.unit_types import UnitType

from .people import Person, make_person

CITY = "Dąbrowa Górnicza"
CITY_LOCATIVE = "w Dąbrowie Górniczej"
EMAIL_DOMAIN = "edu.example.pl"
MAX_UNITS = 1000


@dataclass(frozen=True)
class UnitGrammar:
    """Polish forms of the unit's kind, so generated sentences agree grammatically."""

    noun: str  # "szkoła"
    genitive: str  # "szkoły"
    locative: str  # "(w) szkole"
    about_title: str  # "O szkole"
    members: str  # "uczniowie"
    members_genitive: str  # "uczniów"
    instrumental: str  # "(jesteśmy) szkołą"


GRAMMAR = {
    UnitType.KINDERGARTEN: UnitGrammar(
        "przedszkole",
        "przedszkola",
        "przedszkolu",
        "O przedszkolu",
        "dzieci",
        "dzieci",
        "przedszkolem",
    ),
    UnitType.PRIMARY_SCHOOL: UnitGrammar(
        "szkoła", "szkoły", "szkole", "O szkole", "uczniowie", "uczniów", "szkołą"
    ),
    UnitType.GENERAL_SECONDARY: UnitGrammar(
        "liceum", "liceum", "liceum", "O liceum", "uczniowie", "uczniów", "liceum"
    ),
    UnitType.VOCATIONAL_SCHOOL: UnitGrammar(
        "szkoła", "szkoły", "szkole", "O szkole", "uczniowie", "uczniów", "szkołą"
    ),
    UnitType.SCHOOL_COMPLEX: UnitGrammar(
        "zespół szkół",
        "zespołu szkół",
        "zespole szkół",
        "O zespole",
        "uczniowie",
        "uczniów",
        "zespołem szkół",
    ),
    UnitType.SPECIAL_NEEDS_CENTRE: UnitGrammar(
        "ośrodek",
        "ośrodka",
        "ośrodku",
        "O ośrodku",
        "wychowankowie",
        "wychowanków",
        "ośrodkiem",
    ),
    UnitType.COUNSELLING_CENTRE: UnitGrammar(
        "poradnia",
        "poradni",
        "poradni",
        "O poradni",
        "dzieci i młodzież",
        "dzieci i młodzieży",
        "poradnią",
    ),
    UnitType.YOUTH_CULTURE_CENTRE: UnitGrammar(
        "dom kultury",
        "domu kultury",
        "domu kultury",
        "O nas",
        "uczestnicy zajęć",
        "uczestników zajęć",
        "domem kultury",
    ),
}

STREETS = (
    "ul. Słoneczna",
    "ul. Akacjowa",
    "ul. Kasztanowa",
    "ul. Jaworowa",
    "ul. Lipowa",
    "ul. Wrzosowa",
    "ul. Modrzewiowa",
    "ul. Klonowa",
    "ul. Jarzębinowa",
    "ul. Tęczowa",
    "ul. Ogrodowa",
    "ul. Źródlana",
    "ul. Łąkowa",
    "ul. Zielona",
    "ul. Sosnowa",
    "ul. Brzozowa",
    "ul. Cicha",
    "ul. Kwiatowa",
    "ul. Żurawia",
    "ul. Pogodna",
    "ul. Wiśniowa",
    "ul. Świerkowa",
)
POSTAL_CODES = ("41-300", "41-303", "41-306", "41-308", "41-310", "41-316")

SP_PATRONS = (
    "Marii Konopnickiej",
    "Janusza Korczaka",
    "Henryka Sienkiewicza",
    "Adama Mickiewicza",
    "Kornela Makuszyńskiego",
    "Jana Pawła II",
    "Tadeusza Kościuszki",
    "Juliana Tuwima",
    "Jana Brzechwy",
    "Polskich Olimpijczyków",
    "Mikołaja Kopernika",
    "Bolesława Prusa",
    "Władysława Broniewskiego",
    "Gustawa Morcinka",
    "Jana Kochanowskiego",
    "Wisławy Szymborskiej",
    "Ireny Sendlerowej",
    "Armii Krajowej",
    "Orła Białego",
    "Stanisława Wyspiańskiego",
)
KINDERGARTEN_PATRONS = {
    3: "Misia Uszatka",
    7: "Jana Brzechwy",
    12: "Krasnala Hałabały",
    17: "Marii Kownackiej",
    21: "Kubusia Puchatka",
}
KINDERGARTEN_NUMBERS = (
    1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 26, 27, 28,
)  # fmt: skip
PRIMARY_NUMBERS = (1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 14, 16, 17, 18, 19, 20, 22, 24, 30)


@dataclass(frozen=True)
class UnitSpec:
    """Everything the seeder needs to know about one demo unit."""

    index: int
    slug: str
    unit_type: str
    official_name: str
    short_name: str
    patron: str
    address: str
    postal_code: str
    phone: str
    email: str
    rspo_number: str
    latitude: Decimal
    longitude: Decimal
    principal: Person
    coordinator: Person
    secretary: Person

    @property
    def grammar(self) -> UnitGrammar:
        return GRAMMAR[UnitType(self.unit_type)]

    @property
    def is_school(self) -> bool:
        return self.unit_type in SCHOOL_TYPES

    @property
    def name_without_city(self) -> str:
        return self.official_name.removesuffix(f" {CITY_LOCATIVE}")

    def home_fields(self) -> dict:
        """Fields of the unit's SchoolHomePage besides the names and type."""
        return {
            "rspo_number": self.rspo_number,
            "patron": self.patron,
            "principal": self.principal.full_name,
            "address": self.address,
            "postal_code": self.postal_code,
            "city": CITY,
            "phone": self.phone,
            "email": self.email,
            "office_hours": office_hours(self.unit_type),
            "latitude": self.latitude,
            "longitude": self.longitude,
        }


SCHOOL_TYPES = {
    UnitType.PRIMARY_SCHOOL,
    UnitType.GENERAL_SECONDARY,
    UnitType.VOCATIONAL_SCHOOL,
    UnitType.SCHOOL_COMPLEX,
    UnitType.SPECIAL_NEEDS_CENTRE,
}


def office_hours(unit_type: str) -> str:
    if unit_type == UnitType.KINDERGARTEN:
        return "Przedszkole czynne: poniedziałek–piątek 6:00–17:00\nIntendentka: 7:30–15:30"
    if unit_type == UnitType.YOUTH_CULTURE_CENTRE:
        return "Sekretariat: poniedziałek–piątek 8:00–16:00\nZajęcia: 14:00–20:00"
    if unit_type == UnitType.COUNSELLING_CENTRE:
        return "Poniedziałek–czwartek 8:00–18:00\nPiątek 8:00–15:00"
    return "Sekretariat: poniedziałek–piątek 7:30–15:30\nW ferie i wakacje: 8:00–13:00"


def _curated_rows() -> list[tuple[str, str, str, str, str]]:
    """(slug, unit type, name without city, short name, patron) of the 60 curated units."""
    rows: list[tuple[str, str, str, str, str]] = []
    for number in KINDERGARTEN_NUMBERS:
        rows.append(
            (
                f"pm{number}",
                UnitType.KINDERGARTEN,
                f"Przedszkole Miejskie nr {number}",
                f"PM {number}",
                KINDERGARTEN_PATRONS.get(number, ""),
            )
        )
    for position, number in enumerate(PRIMARY_NUMBERS):
        rows.append(
            (
                f"sp{number}",
                UnitType.PRIMARY_SCHOOL,
                f"Szkoła Podstawowa nr {number}",
                f"SP {number}",
                SP_PATRONS[position % len(SP_PATRONS)],
            )
        )
    rows += [
        (
            "lo1",
            UnitType.GENERAL_SECONDARY,
            "I Liceum Ogólnokształcące",
            "I LO",
            "Stefana Żeromskiego",
        ),
        (
            "lo2",
            UnitType.GENERAL_SECONDARY,
            "II Liceum Ogólnokształcące",
            "II LO",
            "Marii Skłodowskiej-Curie",
        ),
        (
            "lo3",
            UnitType.GENERAL_SECONDARY,
            "III Liceum Ogólnokształcące",
            "III LO",
            "Cypriana Kamila Norwida",
        ),
        (
            "lo4",
            UnitType.GENERAL_SECONDARY,
            "IV Liceum Ogólnokształcące",
            "IV LO",
            "Hugona Kołłątaja",
        ),
        ("t3", UnitType.VOCATIONAL_SCHOOL, "Technikum nr 3", "T 3", "Eugeniusza Kwiatkowskiego"),
        ("bs2", UnitType.VOCATIONAL_SCHOOL, "Branżowa Szkoła I Stopnia nr 2", "BS 2", ""),
        (
            "zstio",
            UnitType.SCHOOL_COMPLEX,
            "Zespół Szkół Technicznych i Ogólnokształcących",
            "ZSTiO",
            "Stanisława Staszica",
        ),
        (
            "zsz1",
            UnitType.SCHOOL_COMPLEX,
            "Zespół Szkół Zawodowych nr 1",
            "ZSZ 1",
            "Ignacego Łukasiewicza",
        ),
        (
            "zse",
            UnitType.SCHOOL_COMPLEX,
            "Zespół Szkół Ekonomicznych",
            "ZSE",
            "Władysława Grabskiego",
        ),
        ("zsb", UnitType.SCHOOL_COMPLEX, "Zespół Szkół Budowlanych", "ZSB", ""),
        (
            "zsp1",
            UnitType.SCHOOL_COMPLEX,
            "Zespół Szkolno-Przedszkolny nr 1",
            "ZSP 1",
            "Jana Wiktora",
        ),
        ("zsp2", UnitType.SCHOOL_COMPLEX, "Zespół Szkolno-Przedszkolny nr 2", "ZSP 2", ""),
        (
            "sosw",
            UnitType.SPECIAL_NEEDS_CENTRE,
            "Specjalny Ośrodek Szkolno-Wychowawczy nr 1",
            "SOSW 1",
            "Marii Grzegorzewskiej",
        ),
        ("zss", UnitType.SPECIAL_NEEDS_CENTRE, "Zespół Szkół Specjalnych nr 2", "ZSS 2", ""),
        ("ppp", UnitType.COUNSELLING_CENTRE, "Poradnia Psychologiczno-Pedagogiczna", "PPP", ""),
        ("mdk", UnitType.YOUTH_CULTURE_CENTRE, "Młodzieżowy Dom Kultury", "MDK", "Jana Kiepury"),
    ]
    return rows


CURATED_COUNT = len(_curated_rows())


def _generated_rows(count: int) -> list[tuple[str, str, str, str, str]]:
    """Plausible extra units for benchmarks: alternating new kindergartens and primary schools."""
    rows = []
    for offset in range(count):
        number = 101 + offset // 2
        if offset % 2 == 0:
            rows.append(
                (
                    f"pm{number}",
                    UnitType.KINDERGARTEN,
                    f"Przedszkole Miejskie nr {number}",
                    f"PM {number}",
                    "",
                )
            )
        else:
            rows.append(
                (
                    f"sp{number}",
                    UnitType.PRIMARY_SCHOOL,
                    f"Szkoła Podstawowa nr {number}",
                    f"SP {number}",
                    SP_PATRONS[number % len(SP_PATRONS)],
                )
            )
    return rows


def unit_rng(slug: str, purpose: str = "") -> random.Random:
    """A generator seeded by the unit (and purpose), so every run draws the same values."""
    return random.Random(f"elacze-demo:{slug}:{purpose}")  # noqa: S311 (demo data, not secrets)


def _spec(index: int, row: tuple[str, str, str, str, str]) -> UnitSpec:
    slug, unit_type, name, short_name, patron = row
    rng = unit_rng(slug, "catalogue")
    official = f"{name} im. {patron} {CITY_LOCATIVE}" if patron else f"{name} {CITY_LOCATIVE}"
    street = STREETS[(index * 7) % len(STREETS)]
    return UnitSpec(
        index=index,
        slug=slug,
        unit_type=str(unit_type),
        official_name=official,
        short_name=short_name,
        patron=patron,
        address=f"{street} {rng.randint(1, 60)}",
        postal_code=POSTAL_CODES[index % len(POSTAL_CODES)],
        phone=f"32 555 {10 + index // 100:02d} {index % 100:02d}",
        email=f"{slug}@{EMAIL_DOMAIN}",
        rspo_number=str(870000 + index * 173),
        latitude=Decimal(f"{50.300 + rng.uniform(0, 0.06):.6f}"),
        longitude=Decimal(f"{19.150 + rng.uniform(0, 0.12):.6f}"),
        principal=make_person(rng),
        coordinator=make_person(rng),
        secretary=make_person(rng, female=True),
    )


def unit_specs(count: int) -> list[UnitSpec]:
    """The first ``count`` units: the curated list, then generated ones."""
    if not 1 <= count <= MAX_UNITS:
        raise ValueError(f"count must be between 1 and {MAX_UNITS}")
    rows = _curated_rows()
    if count > len(rows):
        rows += _generated_rows(count - len(rows))
    # Interleave kinds so that small demos (--units 5) still show several kinds of unit.
    ordered = _interleaved(rows[:CURATED_COUNT]) + rows[CURATED_COUNT:]
    return [_spec(index, row) for index, row in enumerate(ordered[:count])]


def _interleaved(
    rows: list[tuple[str, str, str, str, str]],
) -> list[tuple[str, str, str, str, str]]:
    by_type: dict[str, list] = {}
    for row in rows:
        by_type.setdefault(row[1], []).append(row)
    queues = [list(group) for group in by_type.values()]
    result = []
    while any(queues):
        for queue in queues:
            if queue:
                result.append(queue.pop(0))
    return result
