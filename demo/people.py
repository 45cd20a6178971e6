"""Fictional people for the demo: names with correct Polish gender agreement."""

from __future__ import annotations

import random
from dataclasses import dataclass

FEMALE_FIRST = [
    "Agnieszka",
    "Anna",
    "Barbara",
    "Beata",
    "Dorota",
    "Elżbieta",
    "Ewa",
    "Grażyna",
    "Halina",
    "Iwona",
    "Jadwiga",
    "Joanna",
    "Justyna",
    "Katarzyna",
    "Magdalena",
    "Małgorzata",
    "Marta",
    "Monika",
    "Renata",
    "Urszula",
    "Zofia",
    "Żaneta",
    "Bożena",
    "Aleksandra",
    "Jolanta",
    "Łucja",
]
MALE_FIRST = [
    "Adam",
    "Andrzej",
    "Bartłomiej",
    "Dariusz",
    "Grzegorz",
    "Jacek",
    "Jarosław",
    "Krzysztof",
    "Łukasz",
    "Marek",
    "Michał",
    "Paweł",
    "Piotr",
    "Przemysław",
    "Rafał",
    "Robert",
    "Sławomir",
    "Tomasz",
    "Wojciech",
    "Zbigniew",
    "Mirosław",
    "Jędrzej",
]
# (masculine, feminine) surname forms; ordinary-sounding but invented combinations.
SURNAMES = (
    ("Jaworski", "Jaworska"),
    ("Wierzbicki", "Wierzbicka"),
    ("Lipiński", "Lipińska"),
    ("Sosnowski", "Sosnowska"),
    ("Modrzejewski", "Modrzejewska"),
    ("Grabowiecki", "Grabowiecka"),
    ("Zielonka", "Zielonka"),
    ("Kalinowski", "Kalinowska"),
    ("Borowiec", "Borowiec"),
    ("Jastrzębski", "Jastrzębska"),
    ("Łęcki", "Łęcka"),
    ("Śliwiński", "Śliwińska"),
    ("Dębski", "Dębska"),
    ("Żurawski", "Żurawska"),
    ("Cichoń", "Cichoń"),
    ("Pietrzyk", "Pietrzyk"),
    ("Wróblewski", "Wróblewska"),
    ("Gołębiowski", "Gołębiowska"),
    ("Kwiatkowski", "Kwiatkowska"),
    ("Bielecki", "Bielecka"),
    ("Chmielewski", "Chmielewska"),
    ("Malinowski", "Malinowska"),
    ("Ożóg", "Ożóg"),
    ("Szczygieł", "Szczygieł"),
    ("Rudnicki", "Rudnicka"),
    ("Wilczyński", "Wilczyńska"),
    ("Kozłowski", "Kozłowska"),
    ("Ptaszyński", "Ptaszyńska"),
)


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    female: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def with_title(self, title: str) -> str:
        return f"{title} {self.full_name}"

    @property
    def principal_title(self) -> str:
        return "Pani dyrektor" if self.female else "Pan dyrektor"


def make_person(rng: random.Random, *, female: bool | None = None) -> Person:
    """A fictional person drawn from ``rng`` (deterministic for a seeded generator)."""
    if female is None:
        female = rng.random() < 0.7  # Polish schools are mostly run by women
    masculine, feminine = rng.choice(SURNAMES)
    first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    return Person(first, feminine if female else masculine, female)
