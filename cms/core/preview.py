"""The seam through which page models get the admin preview in the public theme.

Page models live below the GraphQL API, so they cannot call it. The preview app above the API
(``cms.preview``) registers a renderer here when Django starts; ``serve_preview`` calls it.
Without one (the app not installed), Wagtail's own preview is used.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from wagtail.models import Page

PreviewRenderer = Callable[[Page, HttpRequest], HttpResponse]

_renderer: PreviewRenderer | None = None


def register_preview_renderer(renderer: PreviewRenderer | None) -> None:
    """Make ``renderer(page, request)`` serve every themed page preview (``None`` removes it)."""
    global _renderer
    _renderer = renderer


def preview_renderer() -> PreviewRenderer | None:
    return _renderer


class ThemedPreviewMixin:
    """``serve_preview`` through the registered renderer (mixed into page models)."""

    def serve_preview(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        renderer = preview_renderer()
        if renderer is None:
            return super().serve_preview(request, mode_name)  # type: ignore[misc]
        return renderer(self, request)
