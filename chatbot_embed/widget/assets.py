"""Serving the widget's script and stylesheet from /chatbot/ on every site's host."""

import hashlib
from functools import lru_cache
from pathlib import Path

from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.views.decorators.http import require_GET

ASSET_DIR = Path(__file__).resolve().parent
CONTENT_TYPES = {"widget.js": "text/javascript", "widget.css": "text/css"}


@lru_cache(maxsize=4)
def _asset(name: str) -> tuple[bytes, str]:
    data = (ASSET_DIR / name).read_bytes()
    return data, '"' + hashlib.sha256(data).hexdigest()[:20] + '"'


@require_GET
def asset(request: HttpRequest, name: str) -> HttpResponse:
    data, etag = _asset(name)
    if request.headers.get("If-None-Match") == etag:
        return HttpResponseNotModified()
    response = HttpResponse(data, content_type=f"{CONTENT_TYPES[name]}; charset=utf-8")
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=300"
    return response
