"""The demo's list of units: 60 curated units of the city's real kinds, plus generated extras.

The names, patrons, streets and grammar are data (``corpora/units.yaml``).

Names follow the real naming patterns of Dąbrowa Górnicza's units; people, addresses, phone
numbers, RSPO numbers and e-mail addresses are fictional.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from cms.home.unit_types import UnitType

from . import corpora
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


_UNITS = corpora.load("units")  # corpora/units.yaml
GRAMMAR = {UnitType(kind): UnitGrammar(**forms) for kind, forms in _UNITS["grammar"].items()}
STREETS: tuple[str, ...] = tuple(_UNITS["streets"])
POSTAL_CODES: tuple[str, ...] = tuple(_UNITS["postal_codes"])
SP_PATRONS: tuple[str, ...] = tuple(_UNITS["primary_patrons"])
KINDERGARTEN_PATRONS: dict[int, str] = _UNITS["kindergarten_patrons"]
KINDERGARTEN_NUMBERS: tuple[int, ...] = tuple(_UNITS["kindergarten_numbers"])
PRIMARY_NUMBERS: tuple[int, ...] = tuple(_UNITS["primary_numbers"])


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
    hours = _UNITS["office_hours"]
    return hours.get(str(unit_type), hours["default"])


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
            unit["slug"],
            UnitType(unit["type"]),
            unit["name"],
            unit["short_name"],
            unit.get("patron", ""),
        )
        for unit in _UNITS["other_units"]
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
