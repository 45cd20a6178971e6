"""The OpenAPI 3.1 description of /api/v1/, served as JSON and rendered as HTML for people."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings

from .. import registry
from ..addresses import API_PREFIX, absolute
from ..licences import current_licence

# When this description last changed (its Last-Modified).
PUBLISHED = dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)

DESCRIPTION = (
    "Publiczne API tylko do odczytu z danymi oświaty Dąbrowy Górniczej z portalu E-łącze: "
    "jednostki, aktualności, wydarzenia i wszystkie zbiory otwartych danych (te same, co pliki "
    "CSV/JSON/XLSX pod /dane/). Bez logowania, JSON, stronicowanie (`page`, `page_size`), "
    "nagłówki ETag i Last-Modified (odpowiedź 304 na If-None-Match / If-Modified-Since), CORS "
    "dla każdej domeny, limit zapytań na adres klienta (po przekroczeniu HTTP 429 z "
    "Retry-After). Dane nie zawierają danych osobowych wnioskodawców ani uczniów; liczby 1 i 2 "
    "są utajnione.\n\n"
    "GraphQL (`/graphql`) jest wewnętrznym kontraktem stron statycznych, nie API publicznym: "
    "jego schemat może się zmienić bez zapowiedzi. Można z niego korzystać, ale obowiązują "
    "limity głębokości, rozmiaru i kosztu zapytania oraz limit zapytań na adres klienta; do "
    "ponownego wykorzystania danych służy to API."
)


def _error_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def _list_response(description: str, item: dict[str, Any]) -> dict[str, Any]:
    return {
        "description": description,
        "headers": {
            "ETag": {"$ref": "#/components/headers/ETag"},
            "Last-Modified": {"$ref": "#/components/headers/LastModified"},
        },
        "content": {
            "application/json": {
                "schema": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Page"},
                        {
                            "type": "object",
                            "properties": {"results": {"type": "array", "items": item}},
                        },
                    ]
                }
            }
        },
    }


def _row_schema(slug: str) -> dict[str, Any]:
    dataset = registry.get(slug)
    types = {"integer": "integer", "number": "number"}
    properties = {}
    for column in dataset.columns if dataset else ():
        kind = types.get(column.type.value, "string")
        schema: dict[str, Any] = {"type": [kind, "null"], "description": column.description_pl}
        if column.type.value in {"date", "datetime"}:
            schema["format"] = "date" if column.type.value == "date" else "date-time"
        properties[column.name] = schema
    return {"type": "object", "properties": properties}


COMMON_RESPONSES = {
    "304": {"description": "Bez zmian od wersji wskazanej w If-None-Match / If-Modified-Since."},
    "400": _error_response("Błędny parametr (komunikat po polsku)."),
    "429": {
        "description": "Przekroczony limit zapytań; spróbuj po czasie z nagłówka Retry-After.",
        "headers": {"Retry-After": {"schema": {"type": "integer"}}},
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    },
}


def _operation(
    operation_id: str, summary: str, response: dict[str, Any], parameters: list[dict]
) -> dict[str, Any]:
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "parameters": parameters,
            "responses": {"200": response, **COMMON_RESPONSES},
        }
    }


PAGING = [
    {"$ref": "#/components/parameters/page"},
    {"$ref": "#/components/parameters/page_size"},
]
FILTERS = [
    {
        "name": "unit",
        "in": "query",
        "description": "Numer RSPO jednostki (tylko jej wpisy).",
        "schema": {"type": "string"},
    },
    {
        "name": "from",
        "in": "query",
        "description": "Od dnia (RRRR-MM-DD), włącznie.",
        "schema": {"type": "string", "format": "date"},
    },
    {
        "name": "to",
        "in": "query",
        "description": "Do dnia (RRRR-MM-DD), włącznie.",
        "schema": {"type": "string", "format": "date"},
    },
]


def document() -> dict[str, Any]:
    licence = current_licence()
    dataset_slugs = [d.slug for d in registry.datasets()]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "E-łącze — API otwartych danych",
            "version": "1.0.0",
            "description": DESCRIPTION,
            "contact": {
                "name": settings.OPEN_DATA_PUBLISHER_NAME,
                "email": settings.OPEN_DATA_CONTACT_EMAIL,
            },
            "license": {"name": licence.name, "url": licence.url},
        },
        "servers": [{"url": absolute(API_PREFIX.rstrip("/"))}],
        "paths": {
            "/units/": _operation(
                "listUnits",
                "Jednostki oświatowe (rejestr)",
                _list_response("Strona listy jednostek.", _row_schema("jednostki-oswiatowe")),
                PAGING,
            ),
            "/news/": _operation(
                "listNews",
                "Aktualności wszystkich jednostek",
                _list_response("Strona listy aktualności.", _row_schema("aktualnosci")),
                [*PAGING, *FILTERS],
            ),
            "/events/": _operation(
                "listEvents",
                "Wydarzenia wszystkich jednostek",
                _list_response("Strona listy wydarzeń.", _row_schema("wydarzenia")),
                [*PAGING, *FILTERS],
            ),
            "/datasets/": _operation(
                "listDatasets",
                "Zbiory otwartych danych (metadane)",
                _list_response(
                    "Strona listy zbiorów.", {"$ref": "#/components/schemas/DatasetMetadata"}
                ),
                PAGING,
            ),
            "/datasets/{slug}/": {
                "get": {
                    "operationId": "getDataset",
                    "summary": "Jeden zbiór: metadane, słownik danych i wiersze",
                    "parameters": [
                        {
                            "name": "slug",
                            "in": "path",
                            "required": True,
                            "description": "Identyfikator zbioru.",
                            "schema": {"type": "string", "enum": dataset_slugs},
                        },
                        *PAGING,
                    ],
                    "responses": {
                        "200": _list_response(
                            "Metadane, słownik danych (Table Schema) i strona wierszy.",
                            {"type": "object"},
                        ),
                        "404": _error_response("Nie ma takiego zbioru."),
                        **COMMON_RESPONSES,
                    },
                }
            },
        },
        "components": {
            "parameters": {
                "page": {
                    "name": "page",
                    "in": "query",
                    "description": "Numer strony, od 1.",
                    "schema": {"type": "integer", "minimum": 1, "default": 1},
                },
                "page_size": {
                    "name": "page_size",
                    "in": "query",
                    "description": "Wyników na stronie.",
                    "schema": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": int(getattr(settings, "OPEN_DATA_API_MAX_PAGE_SIZE", 100)),
                        "default": 50,
                    },
                },
            },
            "headers": {
                "ETag": {"description": "Wersja odpowiedzi.", "schema": {"type": "string"}},
                "LastModified": {
                    "description": "Ostatnia zmiana danych (HTTP-date).",
                    "schema": {"type": "string"},
                },
            },
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {"error": {"type": "string"}},
                },
                "Page": {
                    "type": "object",
                    "required": ["count", "page", "page_size", "num_pages", "results"],
                    "properties": {
                        "count": {"type": "integer"},
                        "page": {"type": "integer"},
                        "page_size": {"type": "integer"},
                        "num_pages": {"type": "integer"},
                        "next": {"type": ["string", "null"], "format": "uri"},
                        "previous": {"type": ["string", "null"], "format": "uri"},
                        "modified": {"type": "string", "format": "date-time"},
                    },
                },
                "DatasetMetadata": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "title": {"type": "string"},
                        "title_en": {"type": "string"},
                        "description": {"type": "string"},
                        "description_en": {"type": "string"},
                        "licence": {"type": "object"},
                        "update_frequency": {"type": "string"},
                        "modified": {"type": "string", "format": "date-time"},
                        "row_count": {"type": "integer"},
                        "distributions": {"type": "object"},
                        "api_url": {"type": "string", "format": "uri"},
                    },
                },
            },
        },
    }


def for_people() -> dict[str, Any]:
    """The document flattened for the HTML page: one entry per operation with its parameters."""
    spec = document()
    components = spec["components"]["parameters"]
    operations = []
    for path, item in spec["paths"].items():
        operation = item["get"]
        parameters = [
            components[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p
            for p in operation.get("parameters", [])
        ]
        operations.append(
            {
                "path": path,
                "url": spec["servers"][0]["url"] + path,
                "summary": operation["summary"],
                "parameters": parameters,
                "responses": [
                    (code, response["description"])
                    for code, response in operation["responses"].items()
                ],
            }
        )
    return {"info": spec["info"], "operations": operations, "server": spec["servers"][0]["url"]}
