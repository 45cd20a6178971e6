"""A snapshot written as CSV, JSON, XLSX and its data dictionary (Frictionless Table Schema)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Font

from . import registry
from .addresses import dataset_url
from .licences import current_licence
from .models import DatasetSnapshot
from .suppression import MIN_COUNT

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "schema.json": "application/json",
}
FORMAT_LABELS = {"csv": "CSV", "json": "JSON", "xlsx": "XLSX"}
SUPPRESSION_NOTE_PL = (
    f"Liczby mniejsze od {MIN_COUNT} (1 i 2) oraz udziały i mediany policzone z mniej niż "
    f"{MIN_COUNT} spraw są utajnione (puste pole), aby nie dało się rozpoznać rodziny."
)


def metadata(dataset: registry.Dataset, snapshot: DatasetSnapshot) -> dict[str, Any]:
    licence = current_licence()
    return {
        "id": dataset.slug,
        "title": dataset.title_pl,
        "title_en": dataset.title_en,
        "description": dataset.description_pl,
        "description_en": dataset.description_en,
        "licence": {"name": licence.name, "url": licence.url},
        "update_frequency": dataset.frequency.harvester_code,
        "modified": snapshot.modified_at.isoformat(timespec="seconds"),
        "row_count": snapshot.row_count,
        "distributions": {
            ext: dataset_url(dataset.slug, ext) for ext in ("csv", "json", "xlsx", "schema.json")
        },
    }


def table_schema(dataset: registry.Dataset) -> dict[str, Any]:
    """The data dictionary as a Frictionless Table Schema (with Polish and English text)."""
    fields = []
    for column in dataset.columns:
        entry = {
            "name": column.name,
            "type": column.type.value,
            "description": column.description_pl,
            "description_en": column.description_en,
        }
        if column.suppressed_count:
            entry["description"] += " " + SUPPRESSION_NOTE_PL
            entry["constraints"] = {"minimum": 0}
        fields.append(entry)
    return {"fields": fields, "missingValues": [""]}


def as_csv(snapshot: DatasetSnapshot) -> bytes:
    """RFC 4180 CSV, UTF-8, comma-separated, header row; empty field = no value."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(snapshot.columns)
    for row in snapshot.rows:
        writer.writerow(["" if value is None else value for value in row])
    return buffer.getvalue().encode("utf-8")


def as_json(dataset: registry.Dataset, snapshot: DatasetSnapshot) -> bytes:
    document = {
        "dataset": metadata(dataset, snapshot),
        "schema": table_schema(dataset),
        "rows": [dict(zip(snapshot.columns, row, strict=True)) for row in snapshot.rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def as_xlsx(dataset: registry.Dataset, snapshot: DatasetSnapshot) -> bytes:
    """A workbook with the data and a second sheet with the data dictionary and licence."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "dane"
    sheet.append(snapshot.columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in snapshot.rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                # Text stays text: a value starting with "=" is never run as a formula.
                cell.data_type = TYPE_STRING
    sheet.freeze_panes = "A2"
    dictionary = workbook.create_sheet("slownik")
    dictionary.append(["kolumna", "typ", "opis", "description"])
    for cell in dictionary[1]:
        cell.font = Font(bold=True)
    for field in table_schema(dataset)["fields"]:
        dictionary.append(
            [field["name"], field["type"], field["description"], field["description_en"]]
        )
    licence = current_licence()
    dictionary.append([])
    dictionary.append(["licencja", licence.name, licence.url])
    dictionary.append(["zmodyfikowano", snapshot.modified_at.isoformat(timespec="seconds")])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
