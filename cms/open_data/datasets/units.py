"""Dataset: the register of educational units (one row per unit with a live public site)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cms.open_data.registry import Column, ColumnType, Dataset, Frequency

from .sites import public_sites

S, N, INT = ColumnType.STRING, ColumnType.NUMBER, ColumnType.INTEGER

COLUMNS = (
    Column("rspo", S, "Numer RSPO (Rejestr Szkół i Placówek Oświatowych).", "RSPO register id."),
    Column("nazwa", S, "Pełna nazwa urzędowa jednostki.", "Official name of the unit."),
    Column("nazwa_skrocona", S, "Nazwa skrócona.", "Short name."),
    Column("typ", S, "Kod typu jednostki (np. przedszkole, szkola-podstawowa).", "Unit type code."),
    Column("typ_opis", S, "Typ jednostki słownie.", "Unit type in Polish words."),
    Column("patron", S, "Patron jednostki (jeśli ma).", "The unit's patron, if any."),
    Column("adres", S, "Ulica i numer.", "Street address."),
    Column("kod_pocztowy", S, "Kod pocztowy.", "Postal code."),
    Column("miejscowosc", S, "Miejscowość.", "Town."),
    Column("szerokosc_geo", N, "Szerokość geograficzna (WGS 84).", "Latitude (WGS 84)."),
    Column("dlugosc_geo", N, "Długość geograficzna (WGS 84).", "Longitude (WGS 84)."),
    Column("telefon", S, "Telefon sekretariatu.", "Office phone."),
    Column("email", S, "Służbowy adres e-mail jednostki.", "The unit's official e-mail address."),
    Column("strona_www", S, "Adres strony internetowej jednostki.", "The unit's website."),
    Column(
        "dyrektor",
        S,
        "Imię i nazwisko dyrektora, tak jak podaje je strona jednostki (funkcja publiczna).",
        "Head of the unit, as published on the unit's website (a public function).",
    ),
)


def rows() -> Iterator[dict[str, Any]]:
    from cms.home.models import SchoolHomePage
    from cms.home.unit_types import UnitType

    sites = {s.root.pk: s for s in public_sites()}
    homes = SchoolHomePage.objects.filter(pk__in=list(sites), live=True).order_by("official_name")
    for home in homes:
        yield {
            "rspo": home.rspo_number,
            "nazwa": home.official_name,
            "nazwa_skrocona": home.short_name,
            "typ": home.unit_type,
            "typ_opis": str(UnitType(home.unit_type).label) if home.unit_type else "",
            "patron": home.patron,
            "adres": home.address,
            "kod_pocztowy": home.postal_code,
            "miejscowosc": home.city,
            "szerokosc_geo": home.latitude,
            "dlugosc_geo": home.longitude,
            "telefon": home.phone,
            "email": home.email,
            "strona_www": sites[home.pk].url(home),
            "dyrektor": home.principal,
        }


DATASET = Dataset(
    slug="jednostki-oswiatowe",
    title_pl="Rejestr jednostek oświatowych Dąbrowy Górniczej",
    title_en="Register of educational units of Dąbrowa Górnicza",
    description_pl="Przedszkola, szkoły i placówki prowadzone przez miasto: nazwa, typ, numer "
    "RSPO, adres ze współrzędnymi, kontakt, strona internetowa i dyrektor. Dane pochodzą ze "
    "stron jednostek w portalu E-łącze.",
    description_en="Kindergartens, schools and other educational units run by the city: name, "
    "type, RSPO id, address with coordinates, contacts, website and head. Taken from the units' "
    "websites in the E-łącze portal.",
    columns=COLUMNS,
    rows=rows,
    frequency=Frequency.DAILY,
    keywords_pl=("oświata", "szkoły", "przedszkola", "RSPO"),
    keywords_en=("education", "schools", "kindergartens", "RSPO"),
    categories=("EDUC", "REGI"),
    order=10,
    stale_on=("home.SchoolHomePage",),
)
