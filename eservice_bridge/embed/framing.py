"""Framing policy: embed views may be framed only by the portal's own hosts (CSP)."""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.clickjacking import xframe_options_exempt


def frame_ancestors() -> str:
    domain = settings.BASE_DOMAIN
    sources = ["'self'"]
    for scheme in {settings.PUBLIC_SCHEME, "https"}:
        sources += [
            f"{scheme}://{domain}:*",
            f"{scheme}://*.{domain}:*",
            f"{scheme}://{domain}",
            f"{scheme}://*.{domain}",
        ]
    return "frame-ancestors " + " ".join(dict.fromkeys(sources))


def allow_portal_framing(view: Callable) -> Callable:
    """Replace the global X-Frame-Options DENY with a CSP allowing only *.BASE_DOMAIN."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        response["Content-Security-Policy"] = frame_ancestors()
        return response

    return xframe_options_exempt(wrapper)
