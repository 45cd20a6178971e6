"""Absolute addresses of the open-data files, catalogue and API."""

from __future__ import annotations

from django.conf import settings

from cms.public.urls import public_origin

DATA_PREFIX = "/dane/"
API_PREFIX = "/api/v1/"


def base_url() -> str:
    """``OPEN_DATA_BASE_URL`` or the department portal's public origin, without a slash."""
    configured = getattr(settings, "OPEN_DATA_BASE_URL", "")
    return (configured or public_origin(settings.BASE_DOMAIN)).rstrip("/")


def absolute(path: str) -> str:
    return base_url() + path


def dataset_path(slug: str, extension: str = "") -> str:
    return f"{DATA_PREFIX}{slug}.{extension}" if extension else f"{DATA_PREFIX}{slug}/"


def dataset_url(slug: str, extension: str = "") -> str:
    return absolute(dataset_path(slug, extension))
