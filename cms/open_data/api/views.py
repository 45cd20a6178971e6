"""The public read-only API, /api/v1/: units, news, events and the datasets, as JSON.

Who may see it: everyone, anonymously (the same public, personal-data-free content as the
datasets); only GET and HEAD; CORS open (django-cors-headers, ``CORS_URLS_REGEX``); each client
address at most ``OPEN_DATA_API_RATE_LIMIT`` requests (django-ratelimit via cms.clients).
Units, news and events are served from the datasets' snapshots, so the API and the files always
agree and answer with the same validators.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from cms.clients.ratelimits import Limit, exceeded

from .. import formats, registry, snapshots
from ..addresses import API_PREFIX, absolute
from ..models import DatasetSnapshot
from . import openapi
from .responses import BadParameter, error, json_response, paginated

PER_CLIENT = Limit("open-data-api:client", lambda: str(settings.OPEN_DATA_API_RATE_LIMIT))

# Resource → (dataset slug, filters it accepts).
RESOURCES = {
    "units": ("jednostki-oswiatowe", ()),
    "news": ("aktualnosci", ("unit", "from", "to")),
    "events": ("wydarzenia", ("unit", "from", "to")),
}
DATE_COLUMNS = {"aktualnosci": "data", "wydarzenia": "poczatek"}


def limited(view):
    """Rate-limit per client and turn bad parameters into a 400 with a Polish message."""

    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if exceeded(request, PER_CLIENT):
            response = error(
                _("Zbyt wiele zapytań w krótkim czasie. Spróbuj ponownie za minutę."), 429
            )
            response["Retry-After"] = "60"
            return response
        try:
            return view(request, *args, **kwargs)
        except BadParameter as problem:
            return error(str(problem), 400)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return require_safe(wrapper)


def _date(request: HttpRequest, name: str) -> dt.date | None:
    raw = request.GET.get(name)
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise BadParameter(
            _("Parametr %(name)s musi być datą w formacie RRRR-MM-DD.") % {"name": name}
        ) from exc


def _rows(snapshot: DatasetSnapshot) -> list[dict[str, Any]]:
    return [dict(zip(snapshot.columns, row, strict=True)) for row in snapshot.rows]


def _filtered(request: HttpRequest, slug: str, accepted: tuple[str, ...], rows: list[dict]):
    unknown = set(request.GET) - {"page", "page_size", *accepted}
    if unknown:
        raise BadParameter(
            _("Nieznany parametr: %(names)s.") % {"names": ", ".join(sorted(unknown))}
        )
    unit = request.GET.get("unit")
    if unit:
        rows = [row for row in rows if row.get("rspo") == unit]
    start, end = _date(request, "from"), _date(request, "to")
    column = DATE_COLUMNS.get(slug)
    if column and (start or end):
        rows = [
            row
            for row in rows
            if row.get(column)
            and (not start or row[column][:10] >= start.isoformat())
            and (not end or row[column][:10] <= end.isoformat())
        ]
    return rows


def _dataset_summary(dataset: registry.Dataset, snapshot: DatasetSnapshot) -> dict[str, Any]:
    summary = formats.metadata(dataset, snapshot)
    summary["api_url"] = absolute(f"{API_PREFIX}datasets/{dataset.slug}/")
    return summary


@limited
def index(request: HttpRequest) -> HttpResponse:
    body = {
        "name": "E-łącze: publiczne API otwartych danych",
        "version": "v1",
        "documentation": absolute(f"{API_PREFIX}docs/"),
        "openapi": absolute(f"{API_PREFIX}openapi.json"),
        "resources": {name: absolute(f"{API_PREFIX}{name}/") for name in (*RESOURCES, "datasets")},
    }
    return json_response(request, body, "index", openapi.PUBLISHED)


@limited
def resource(request: HttpRequest, name: str) -> HttpResponse:
    slug, accepted = RESOURCES[name]
    dataset = registry.get(slug)
    if dataset is None:
        raise Http404
    snapshot = snapshots.current(dataset)
    rows = _filtered(request, slug, accepted, _rows(snapshot))
    body = paginated(request, rows)
    body["modified"] = snapshot.modified_at.isoformat(timespec="seconds")
    return json_response(request, body, snapshot.digest, snapshot.modified_at)


@limited
def datasets(request: HttpRequest) -> HttpResponse:
    _filtered(request, "", (), [])
    current = snapshots.current_all()
    items = [_dataset_summary(d, current[d.slug]) for d in registry.datasets()]
    body = paginated(request, items)
    version = "".join(current[slug].digest for slug in sorted(current))
    modified = max((s.modified_at for s in current.values()), default=openapi.PUBLISHED)
    return json_response(request, body, version, modified)


@limited
def dataset_rows(request: HttpRequest, slug: str) -> HttpResponse:
    dataset = registry.get(slug)
    if dataset is None:
        return error(_("Nie ma zbioru danych „%(slug)s”.") % {"slug": slug[:40]}, 404)
    snapshot = snapshots.current(dataset)
    rows = _filtered(request, slug, (), _rows(snapshot))
    body = {
        "dataset": _dataset_summary(dataset, snapshot),
        "schema": formats.table_schema(dataset),
        **paginated(request, rows),
    }
    return json_response(request, body, snapshot.digest, snapshot.modified_at)


@limited
def openapi_document(request: HttpRequest) -> HttpResponse:
    document = openapi.document()
    version = json.dumps(document, sort_keys=True)
    return json_response(request, document, version, openapi.PUBLISHED)


@limited
def documentation(request: HttpRequest) -> HttpResponse:
    """The OpenAPI document rendered for people (server-side HTML, no scripts)."""
    return render(
        request,
        "open_data/api_docs.html",
        {"api": openapi.for_people(), "openapi_url": f"{API_PREFIX}openapi.json"},
    )


def not_found(request: HttpRequest, path: str) -> HttpResponse:
    return error(_("Nie ma takiego zasobu API. Spis zasobów: %(url)s") % {"url": API_PREFIX}, 404)
