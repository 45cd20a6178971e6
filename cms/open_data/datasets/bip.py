"""Dataset: the BIP change register (which document changed, where, when and how).

Built from Wagtail's publish log entries of live, public BIP documents. The name of the person
who published a version is left out: the dataset says what changed, not who did it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from cms.open_data.registry import Column, ColumnType, Dataset, Frequency

from .sites import visible_pages

S, DT = ColumnType.STRING, ColumnType.DATETIME


def rows() -> Iterator[dict[str, Any]]:
    from wagtail.models import PageLogEntry

    from cms.bip.models import DocumentPage

    documents = {page.pk: (site, page) for site, page in visible_pages(DocumentPage, ("path",))}
    entries = (
        PageLogEntry.objects.filter(page_id__in=list(documents), action="wagtail.publish")
        .select_related("revision")
        .order_by("-timestamp", "-pk")
    )
    for entry in entries:
        site, page = documents[entry.page_id]
        description = ""
        if entry.revision is not None:
            description = entry.revision.content.get("change_description", "") or ""
        yield {
            "jednostka": site.unit_name,
            "dokument": page.title,
            "adres_url": site.url(page),
            "opublikowano": entry.timestamp,
            "opis_zmiany": description,
        }


DATASET = Dataset(
    slug="bip-rejestr-zmian",
    title_pl="Rejestr zmian dokumentów BIP",
    title_en="Change register of public-information (BIP) documents",
    description_pl="Każda opublikowana wersja dokumentu Biuletynu Informacji Publicznej "
    "jednostek oświatowych i Wydziału Oświaty: jednostka, dokument, adres, data publikacji i "
    "opis zmiany.",
    description_en="Every published version of a public-information (BIP) document of the "
    "educational units and the Education Department: unit, document, address, publication time "
    "and description of the change.",
    columns=(
        Column("jednostka", S, "Jednostka, której dokument dotyczy.", "Unit of the document."),
        Column("dokument", S, "Tytuł dokumentu.", "Document title."),
        Column("adres_url", S, "Adres dokumentu.", "Address of the document."),
        Column("opublikowano", DT, "Czas publikacji wersji (ISO 8601).", "Publication time."),
        Column("opis_zmiany", S, "Co zmieniono w tej wersji.", "What changed in this version."),
    ),
    rows=rows,
    frequency=Frequency.DAILY,
    keywords_pl=("BIP", "informacja publiczna", "rejestr zmian"),
    keywords_en=("public information", "change register", "transparency"),
    categories=("EDUC", "GOVE"),
    order=50,
    stale_on=("bip.DocumentPage", "home.SchoolHomePage"),
)
