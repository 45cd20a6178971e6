"""Open data and public indicators for the department portal's static pages."""

from __future__ import annotations

from typing import Any

import graphene
from django.utils import timezone

from cms.open_data import figures as figures_module
from cms.open_data import registry, snapshots
from cms.open_data.addresses import API_PREFIX, DATA_PREFIX, absolute, dataset_path
from cms.open_data.formats import FORMAT_LABELS, MEDIA_TYPES
from cms.open_data.licences import current_licence

PREVIEW_ROWS = 5


class DatasetColumn(graphene.ObjectType):
    name = graphene.String(required=True)
    type = graphene.String(required=True)
    description = graphene.String(required=True)


class DatasetFile(graphene.ObjectType):
    format = graphene.String(required=True, description="CSV, JSON, XLSX or Table Schema.")
    path = graphene.String(required=True, description="Path on the department portal's host.")
    url = graphene.String(required=True)
    media_type = graphene.String(required=True)


class OpenDataset(graphene.ObjectType):
    slug = graphene.String(required=True)
    title = graphene.String(required=True)
    title_en = graphene.String(required=True)
    description = graphene.String(required=True)
    note = graphene.String(required=True)
    frequency = graphene.String(required=True, description="daily, weekly, monthly or yearly.")
    frequency_label = graphene.String(required=True)
    modified_at = graphene.DateTime(required=True)
    row_count = graphene.Int(required=True)
    columns = graphene.List(graphene.NonNull(DatasetColumn), required=True)
    files = graphene.List(graphene.NonNull(DatasetFile), required=True)
    preview_rows = graphene.List(
        graphene.NonNull(graphene.List(graphene.String)),
        required=True,
        description=f"The first {PREVIEW_ROWS} rows as text (null = no value).",
    )


class OpenDataCatalogue(graphene.ObjectType):
    licence_name = graphene.String(required=True)
    licence_url = graphene.String(required=True)
    licence_text = graphene.String(required=True)
    harvester_url = graphene.String(required=True)
    dcat_turtle_url = graphene.String(required=True)
    dcat_jsonld_url = graphene.String(required=True)
    api_url = graphene.String(required=True)
    api_docs_url = graphene.String(required=True)
    openapi_url = graphene.String(required=True)
    datasets = graphene.List(graphene.NonNull(OpenDataset), required=True)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def _dataset(dataset: registry.Dataset, snapshot) -> dict[str, Any]:
    files = [
        {
            "format": FORMAT_LABELS[ext],
            "path": dataset_path(dataset.slug, ext),
            "url": absolute(dataset_path(dataset.slug, ext)),
            "media_type": MEDIA_TYPES[ext].split(";")[0],
        }
        for ext in ("csv", "json", "xlsx")
    ]
    files.append(
        {
            "format": "Table Schema",
            "path": dataset_path(dataset.slug, "schema.json"),
            "url": absolute(dataset_path(dataset.slug, "schema.json")),
            "media_type": "application/json",
        }
    )
    return {
        "slug": dataset.slug,
        "title": dataset.title_pl,
        "title_en": dataset.title_en,
        "description": dataset.description_pl,
        "note": dataset.note_pl,
        "frequency": dataset.frequency.harvester_code,
        "frequency_label": dataset.frequency.label,
        "modified_at": snapshot.modified_at,
        "row_count": snapshot.row_count,
        "columns": [
            {"name": c.name, "type": c.type.value, "description": c.description_pl}
            for c in dataset.columns
        ],
        "files": files,
        "preview_rows": [[_text(v) for v in row] for row in snapshot.rows[:PREVIEW_ROWS]],
    }


def catalogue() -> dict[str, Any]:
    # Cheap here (builds and previews): only a missing snapshot is generated, a stale one is
    # shown until its refresh (which rebuilds these pages); no rebuild requested from a build.
    current = snapshots.current_all(announce=False, stale_ok=True)
    licence = current_licence()
    return {
        "licence_name": licence.name,
        "licence_url": licence.url,
        "licence_text": licence.attribution_pl,
        "harvester_url": absolute(f"{DATA_PREFIX}katalog.xml"),
        "dcat_turtle_url": absolute(f"{DATA_PREFIX}katalog.ttl"),
        "dcat_jsonld_url": absolute(f"{DATA_PREFIX}katalog.jsonld"),
        "api_url": absolute(API_PREFIX),
        "api_docs_url": absolute(f"{API_PREFIX}docs/"),
        "openapi_url": absolute(f"{API_PREFIX}openapi.json"),
        "datasets": [_dataset(d, current[d.slug]) for d in registry.datasets()],
    }


class ChartBar(graphene.ObjectType):
    label = graphene.String(required=True)
    value = graphene.Float(required=True)
    display = graphene.String(required=True, description="The value as printed (Polish).")


class Chart(graphene.ObjectType):
    title = graphene.String(required=True)
    description = graphene.String(required=True)
    label_heading = graphene.String(required=True)
    value_heading = graphene.String(required=True)
    bars = graphene.List(graphene.NonNull(ChartBar), required=True)


class Figure(graphene.ObjectType):
    label = graphene.String(required=True)
    value = graphene.String(required=True)
    note = graphene.String(required=True)


class FigureSection(graphene.ObjectType):
    key = graphene.String(required=True)
    title = graphene.String(required=True)
    intro = graphene.String(required=True)
    figures = graphene.List(graphene.NonNull(Figure), required=True)
    charts = graphene.List(graphene.NonNull(Chart), required=True)


class PortalFigures(graphene.ObjectType):
    computed_at = graphene.DateTime(required=True)
    sections = graphene.List(graphene.NonNull(FigureSection), required=True)


def portal_figures() -> dict[str, Any]:
    return {"computed_at": timezone.now(), "sections": figures_module.sections()}
