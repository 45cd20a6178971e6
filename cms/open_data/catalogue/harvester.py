"""The dane.gov.pl harvester feed: the catalogue in the portal's XML import schema.

The namespace carries the schema version (``OPEN_DATA_HARVESTER_SCHEMA_VERSION``, 1.10 by
default); the XSD of that version lives in ``cms/open_data/specs/dane-gov-pl/``.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from django.conf import settings
from django.utils import timezone

from ..licences import current_licence
from .entries import Entry, entries

SPECS_DIR = Path(__file__).resolve().parent.parent / "specs" / "dane-gov-pl"
RESPONSIBILITIES_PL = (
    "Dane są generowane automatycznie z treści opublikowanych w portalu E-łącze. Dostawca "
    "dokłada starań, aby były aktualne, ale nie odpowiada za skutki ich wykorzystania."
)
RESOURCE_DESCRIPTIONS = {
    "csv": ("Plik CSV (UTF-8, przecinek, wiersz nagłówka).", "CSV file (UTF-8, comma, header)."),
    "json": (
        "Plik JSON z metadanymi, słownikiem danych i wierszami.",
        "JSON file with metadata, data dictionary and rows.",
    ),
    "xlsx": (
        "Arkusz XLSX z danymi i słownikiem danych.",
        "XLSX workbook with the data and the data dictionary.",
    ),
}


def schema_version() -> str:
    return settings.OPEN_DATA_HARVESTER_SCHEMA_VERSION


def namespace() -> str:
    return f"urn:otwarte-dane:harvester:{schema_version()}"


def schema_path() -> Path:
    return SPECS_DIR / f"xml_import_otwarte_dane_{schema_version().replace('.', '_')}.xsd"


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = text
    return element


def _bilingual(parent: ET.Element, tag: str, polish: str, english: str, limit: int) -> None:
    element = ET.SubElement(parent, tag)
    _text(element, "polish", polish[:limit])
    _text(element, "english", english[:limit])


def _boolean(value: bool) -> str:
    return "true" if value else "false"


def _dataset(root: ET.Element, entry: Entry) -> None:
    dataset, snapshot = entry.dataset, entry.snapshot
    licence = current_licence()
    modified = timezone.localtime(snapshot.modified_at).isoformat(timespec="seconds")
    element = ET.SubElement(root, "dataset", {"status": "published"})
    _text(element, "extIdent", dataset.slug)
    _bilingual(element, "title", dataset.title_pl, dataset.title_en, 300)
    _bilingual(element, "description", dataset.description_pl, dataset.description_en, 1000)
    _text(element, "url", entry.landing_page)
    _text(element, "updateFrequency", dataset.frequency.harvester_code)
    categories = ET.SubElement(element, "categories")
    for category in dataset.categories:
        _text(categories, "category", category)
    conditions = ET.SubElement(element, "conditions")
    attribution = licence.harvester_choice is not None
    _text(conditions, "source", _boolean(attribution))
    _text(conditions, "modification", _boolean(attribution))
    _text(conditions, "responsibilities", RESPONSIBILITIES_PL)
    if licence.harvester_choice:
        _text(conditions, "dbOrCopyrighted", licence.attribution_pl)
        _text(conditions, "dbOrCopyrightedLicenseChosen", licence.harvester_choice)
    resources = ET.SubElement(element, "resources")
    for resource in entry.resources:
        item = ET.SubElement(resources, "resource", {"status": "published"})
        _text(item, "extIdent", resource.ext_ident)
        _text(item, "url", resource.url)
        _bilingual(
            item,
            "title",
            f"{dataset.title_pl} ({resource.label})",
            f"{dataset.title_en} ({resource.label})",
            300,
        )
        polish, english = RESOURCE_DESCRIPTIONS[resource.extension]
        _bilingual(item, "description", polish, english, 1000)
        _text(item, "availability", "remote")
        _text(item, "dataDate", timezone.localdate(snapshot.refreshed_at).isoformat())
        _text(item, "lastUpdateDate", modified)
        supplements = ET.SubElement(item, "supplements")
        supplement = ET.SubElement(supplements, "supplement")
        _text(supplement, "url", entry.schema_url)
        _bilingual(supplement, "name", "Słownik danych", "Data dictionary", 300)
        _text(supplement, "language", "pl")
    tags = ET.SubElement(element, "tags")
    for keyword in dataset.keywords_pl:
        _text(tags, "tag", keyword, lang="pl")
    for keyword in dataset.keywords_en:
        _text(tags, "tag", keyword, lang="en")
    _text(element, "lastUpdateDate", modified)
    _text(element, "hasDynamicData", "false")
    _text(element, "hasHighValueData", "false")
    _text(element, "hasResearchData", "false")


def harvester_xml() -> bytes:
    """The whole catalogue as one harvester import document (UTF-8 bytes)."""
    root = ET.Element("datasets", {"xmlns": namespace()})
    for entry in entries():
        _dataset(root, entry)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
