"""JSON answers of the public API: pagination, validators (ETag, Last-Modified), errors."""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from ..views import cached_response

DEFAULT_PAGE_SIZE = 50


class BadParameter(ValueError):
    """A query parameter the API cannot use; the message is Polish, for the client."""


def max_page_size() -> int:
    return int(getattr(settings, "OPEN_DATA_API_MAX_PAGE_SIZE", 100))


def error(message: str, status: int) -> JsonResponse:
    return JsonResponse(
        {"error": message}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def positive_int(request: HttpRequest, name: str, default: int, maximum: int) -> int:
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= maximum:
        raise BadParameter(
            _("Parametr %(name)s musi być liczbą całkowitą od 1 do %(max)d.")
            % {"name": name, "max": maximum}
        )
    return int(raw)


def _page_url(request: HttpRequest, page: int) -> str:
    params = request.GET.copy()
    params["page"] = str(page)
    return request.build_absolute_uri(request.path) + "?" + urlencode(sorted(params.items()))


def paginated(request: HttpRequest, rows: list[Any]) -> dict[str, Any]:
    """One page of ``rows`` (``page``, ``page_size``) with counts and links."""
    page_size = positive_int(request, "page_size", DEFAULT_PAGE_SIZE, max_page_size())
    count = len(rows)
    num_pages = max(1, math.ceil(count / page_size))
    page = positive_int(request, "page", 1, 1_000_000)
    if page > num_pages:
        raise BadParameter(
            _("Nie ma strony %(page)d: wyników jest %(count)d, stron %(pages)d.")
            % {"page": page, "count": count, "pages": num_pages}
        )
    start = (page - 1) * page_size
    return {
        "count": count,
        "page": page,
        "page_size": page_size,
        "num_pages": num_pages,
        "next": _page_url(request, page + 1) if page < num_pages else None,
        "previous": _page_url(request, page - 1) if page > 1 else None,
        "results": rows[start : start + page_size],
    }


def json_response(
    request: HttpRequest, body: dict[str, Any], version: str, last_modified
) -> HttpResponse:
    """The body as JSON with an ETag of (data version, query) and Last-Modified."""
    query = urlencode(sorted(request.GET.items()))
    tag = hashlib.sha256(f"{version}|{request.path}|{query}".encode()).hexdigest()[:32]
    response = cached_response(
        request,
        lambda: json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8"),
        "application/json",
        f'"{tag}"',
        last_modified,
    )
    links = [f'<{body[rel]}>; rel="{rel}"' for rel in ("next", "previous") if body.get(rel)]
    if links:
        response["Link"] = ", ".join(links)
    return response
