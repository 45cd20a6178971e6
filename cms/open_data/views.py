"""Public downloads under /dane/: every dataset as CSV, JSON, XLSX and its data dictionary.

Who may see them: everyone, anonymously (the content is public and free of personal data);
only GET and HEAD are answered. ETag and Last-Modified let clients and caches revalidate.
"""

from __future__ import annotations

import hashlib
import json

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from . import formats, registry, snapshots

RENDERERS = {
    "csv": lambda dataset, snapshot: formats.as_csv(snapshot),
    "json": formats.as_json,
    "xlsx": formats.as_xlsx,
    "schema.json": lambda dataset, snapshot: json.dumps(
        formats.table_schema(dataset), ensure_ascii=False, indent=1
    ).encode("utf-8"),
}


def not_modified(request, etag: str, last_modified) -> bool:
    match = request.headers.get("If-None-Match")
    if match is not None:
        return etag in {tag.strip() for tag in match.split(",")} or match.strip() == "*"
    since = request.headers.get("If-Modified-Since")
    return since is not None and since == http_date(last_modified.timestamp())


def cached_response(request, body_factory, content_type: str, etag: str, last_modified):
    """A 304 when the client has this version, else the body; validators on both."""
    if not_modified(request, etag, last_modified):
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body_factory(), content_type=content_type)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified.timestamp())
    response["Cache-Control"] = "public, max-age=300"
    return response


@require_safe
def index(request):
    """The human catalogue is the department portal's static page."""
    return HttpResponseRedirect("/otwarte-dane/")


@require_safe
def download(request, slug: str, extension: str):
    dataset = registry.get(slug)
    if dataset is None or extension not in RENDERERS:
        raise Http404(_("Nie ma takiego zbioru danych ani formatu."))
    snapshot = snapshots.current(dataset)
    etag = f'"{snapshot.digest[:32]}-{extension}"'
    response = cached_response(
        request,
        lambda: RENDERERS[extension](dataset, snapshot),
        formats.MEDIA_TYPES[extension],
        etag,
        snapshot.modified_at,
    )
    if extension in {"csv", "xlsx"}:
        response["Content-Disposition"] = f'attachment; filename="{slug}.{extension}"'
    return response


CATALOGUES = {
    "xml": ("application/xml; charset=utf-8", "harvester"),
    "ttl": ("text/turtle; charset=utf-8", "turtle"),
    "jsonld": ("application/ld+json", "jsonld"),
}


@require_safe
def catalogue(request, extension: str):
    """The whole catalogue: dane.gov.pl harvester XML, DCAT-AP Turtle or JSON-LD."""
    from .catalogue import dcat, harvester

    builders = {"harvester": harvester.harvester_xml, "turtle": dcat.as_turtle}
    builders["jsonld"] = dcat.as_jsonld
    content_type, kind = CATALOGUES[extension]
    current = snapshots.current_all()
    digests = "".join(current[slug].digest for slug in sorted(current))
    settings_key = f"{formats.current_licence().code}|{harvester.schema_version()}"
    tag = hashlib.sha256((digests + settings_key).encode()).hexdigest()[:32]
    modified = max((s.modified_at for s in current.values()), default=timezone.now())
    return cached_response(request, builders[kind], content_type, f'"{tag}-{kind}"', modified)
