"""Serve each site's live build by host name from the CMS process (the embedded default).

Production serves the same directories with nginx (``deploy/nginx.conf``); this middleware
mirrors its behaviour: index files, precompressed ``.gz`` siblings, validators and 304s, far-future
caching for hashed assets, the build's own 404 page.
"""

from __future__ import annotations

import mimetypes
import os
import re
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.http.request import split_domain_port
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import gettext as _

from . import storage, unknown_host

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".ics": "text/calendar; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".webmanifest": "application/manifest+json",
    ".woff2": "font/woff2",
    ".webp": "image/webp",
}
# e.g. style.3f2a9c1b.css or logo-5d41402abc4b2a76.png: content-addressed, never changes
# (at least one hex letter, so dates such as report-20260101.txt do not count).
HASHED_NAME_RE = re.compile(r"[.-](?=[0-9]*[a-f])[0-9a-f]{8,64}\.[A-Za-z0-9]+$")
IMMUTABLE = "public, max-age=31536000, immutable"
SHORT = "public, max-age=60, must-revalidate"


def content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    guessed, _encoding = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def accepts_gzip(request: HttpRequest) -> bool:
    for part in request.headers.get("Accept-Encoding", "").split(","):
        coding, _sep, params = part.strip().partition(";")
        if coding.strip().lower() in ("gzip", "*"):
            quality = params.strip().removeprefix("q=").strip()
            try:
                return not quality or float(quality) > 0
            except ValueError:
                return True
    return False


def is_site_host(host: str) -> bool:
    """The department (BASE_DOMAIN) or a unit (<slug>.BASE_DOMAIN)."""
    base = settings.BASE_DOMAIN.lower()
    if host == base:
        return True
    slug, _dot, rest = host.partition(".")
    return rest == base and bool(slug)


def resolve_in_build(build_dir: Path, url_path: str) -> Path | None:
    """The file a decoded URL path names inside ``build_dir``, or None (missing or unsafe)."""
    if "\x00" in url_path or "\\" in url_path:
        return None
    parts = [part for part in url_path.split("/") if part]
    for part in parts:
        if part in (".", "..") or (part.startswith(".") and part != ".well-known"):
            return None
    candidate = build_dir.joinpath(*parts)
    if url_path.endswith("/") or not parts:
        candidate = candidate / "index.html"
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    # Symlinks pointing outside the build are refused (resolve() follows them).
    if not real.is_relative_to(build_dir) or not real.is_file():
        return None
    return real


class StaticSiteMiddleware:
    """Answers GET/HEAD on a site's host from its ``current`` build; everything else passes."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        try:
            requested_host = request.get_host()
        except DisallowedHost:
            # Also with DEBUG on: a clear page, never Django's technical 400 page.
            return unknown_host.response(400)
        if (
            not getattr(settings, "STATIC_BUILDS_SERVING", True)
            or getattr(request, "is_dummy", False)  # Wagtail's admin preview of a draft
            or path.startswith(tuple(settings.STATIC_BUILDS_PASSTHROUGH_PREFIXES))
        ):
            return self.get_response(request)
        try:
            host = storage.validate_hostname(split_domain_port(requested_host)[0])
        except storage.InvalidHostname:
            return unknown_host.response(404)  # e.g. http://127.0.0.1:8000/
        build_dir = storage.current_build(host)
        if build_dir is None:
            if is_site_host(host):
                return self.not_built()
            # No site lives here: Wagtail would try to render a page without templates.
            return unknown_host.response(404)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return self.serve(request, build_dir, path)

    def not_built(self) -> HttpResponse:
        text = _("Strona jest w przygotowaniu")
        body = (
            '<!doctype html><html lang="pl"><head><meta charset="utf-8">'
            f"<title>{text}</title></head><body><h1>{text}</h1>"
            f"<p>{_('Zajrzyj tu za chwilę.')}</p></body></html>"
        )
        response = HttpResponse(body, status=503, content_type="text/html; charset=utf-8")
        response["Retry-After"] = "30"
        response["Cache-Control"] = "no-store"
        return response

    def serve(self, request: HttpRequest, build_dir: Path, path: str) -> HttpResponse:
        file_path = resolve_in_build(build_dir, path)
        if file_path is None and not path.endswith("/"):
            directory_index = resolve_in_build(build_dir, path + "/")
            if directory_index is not None:
                location = path + "/"
                if request.META.get("QUERY_STRING"):
                    location += "?" + request.META["QUERY_STRING"]
                response = HttpResponse(status=301)
                response["Location"] = location
                return response
        if file_path is None:
            not_found = resolve_in_build(build_dir, "/404.html")
            if not_found is None:
                return HttpResponse(
                    _("Nie znaleziono strony"), status=404, content_type="text/plain; charset=utf-8"
                )
            return self.file_response(request, not_found, status=404)
        return self.file_response(request, file_path)

    def file_response(
        self, request: HttpRequest, file_path: Path, status: int = 200
    ) -> HttpResponse:
        served = file_path
        gz_sibling = file_path.with_name(file_path.name + ".gz")
        compressible = file_path.suffix.lower() in storage.COMPRESSIBLE_SUFFIXES
        encoding = None
        if compressible and accepts_gzip(request) and gz_sibling.is_file():
            served, encoding = gz_sibling, "gzip"
        stat = os.stat(served)
        etag = f'"{stat.st_size:x}-{stat.st_mtime_ns:x}{"-gz" if encoding else ""}"'
        headers = {
            "Content-Type": content_type(file_path),
            "ETag": etag,
            "Last-Modified": http_date(stat.st_mtime),
            "Cache-Control": IMMUTABLE if HASHED_NAME_RE.search(file_path.name) else SHORT,
        }
        if encoding:
            headers["Content-Encoding"] = encoding
        if status == 200 and self.not_modified(request, etag, stat.st_mtime):
            response = HttpResponse(status=304)
            for name in ("ETag", "Last-Modified", "Cache-Control"):
                response[name] = headers[name]
        else:
            body = b"" if request.method == "HEAD" else served.read_bytes()
            response = HttpResponse(body, status=status)
            for name, value in headers.items():
                response[name] = value
            response["Content-Length"] = str(stat.st_size)
            response["X-Content-Type-Options"] = "nosniff"
        if compressible:
            patch_vary_headers(response, ["Accept-Encoding"])
        return response

    @staticmethod
    def not_modified(request: HttpRequest, etag: str, mtime: float) -> bool:
        if_none_match = request.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return etag in tags or "*" in tags
        since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
        return since is not None and int(mtime) <= since
