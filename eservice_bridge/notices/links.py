"""Absolute links for e-mails, built from settings (a beat run has no request)."""

from django.conf import settings


def public_base() -> str:
    """``ESERVICES_PUBLIC_URL``, or the department's host from BASE_DOMAIN and PUBLIC_*."""
    configured = (getattr(settings, "ESERVICES_PUBLIC_URL", "") or "").rstrip("/")
    if configured:
        return configured
    scheme = settings.PUBLIC_SCHEME
    port = int(settings.PUBLIC_PORT)
    default = {"http": 80, "https": 443}.get(scheme)
    suffix = "" if port in (80, 443) or port == default else f":{port}"
    return f"{scheme}://{settings.BASE_DOMAIN}{suffix}"


def absolute(path: str) -> str:
    return public_base() + path
