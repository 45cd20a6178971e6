"""Framing policy: embed views may be framed only by the portal's own hosts (CSP)."""

from collections.abc import Callable
from functools import wraps

from csp.decorators import csp_replace
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.clickjacking import xframe_options_exempt


def frame_ancestors() -> list[str]:
    """The portal's own hosts (department and units, any port, http and https)."""
    domain = settings.BASE_DOMAIN
    sources = ["'self'"]
    for scheme in {settings.PUBLIC_SCHEME, "https"}:
        sources += [
            f"{scheme}://{domain}:*",
            f"{scheme}://*.{domain}:*",
            f"{scheme}://{domain}",
            f"{scheme}://*.{domain}",
        ]
    return list(dict.fromkeys(sources))


def allow_portal_framing(view: Callable) -> Callable:
    """Replace the global X-Frame-Options DENY by the site-wide CSP whose frame-ancestors
    allows only the portal's hosts (BASE_DOMAIN and *.BASE_DOMAIN)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        framed = csp_replace({"frame-ancestors": frame_ancestors()})(view)
        return framed(request, *args, **kwargs)

    return xframe_options_exempt(wrapper)
