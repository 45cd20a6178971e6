"""The page for a host that is not one of the portal's sites (instead of a 400 trace or a 500).

Answers a host Django refuses (``DisallowedHost``, e.g. ``Host: evil.example``: 400, also as the
project's ``handler400``) and an allowed host with no site behind it (e.g. http://127.0.0.1:8000/
on the demo: 404). The page names no host from the request and links the department portal.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.views import defaults


def portal_url() -> str:
    """The department portal as browsers reach it (BASE_DOMAIN, PUBLIC_SCHEME, PUBLIC_PORT)."""
    scheme = settings.PUBLIC_SCHEME
    port = int(settings.PUBLIC_PORT)
    default_port = {"http": 80, "https": 443}.get(scheme)
    suffix = "" if port == default_port else f":{port}"
    return f"{scheme}://{settings.BASE_DOMAIN}{suffix}/"


def response(status: int) -> HttpResponse:
    body = render_to_string("static_builds/unknown_host.html", {"portal_url": portal_url()})
    answer = HttpResponse(body, status=status, content_type="text/html; charset=utf-8")
    answer["Cache-Control"] = "no-store"
    return answer


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """``handler400``: with DEBUG off, a refused host lands here; other bad requests as usual."""
    if isinstance(exception, DisallowedHost):
        return response(400)
    return defaults.bad_request(request, exception)
