"""Admin preview in the real theme: a draft rendered by the same templates as the static build.

This module sits above the GraphQL API and is plugged into the page models through
``cms.core.preview`` (the app's ``ready``). The draft never reaches the pipeline's storage: the
renderer's combined preview query (the site query plus ``previewPage``) runs in-process once, with
``context.preview_page`` set to the draft Wagtail hands to ``serve_preview``; the API's
``previewPage`` field returns it, and the renderer's ``render_page_html`` renders it on the
unit's theme (its colours, menu, footer).
"""

from __future__ import annotations

import logging
from importlib import import_module
from types import ModuleType
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.html import escape
from wagtail.models import Page

from cms.api.execution import execute_query  # the API's own limits and loaders
from static_builds.affected import sites_for_path

logger = logging.getLogger(__name__)

PREVIEW_FIELD = "previewPage"


class PreviewUnavailable(Exception):
    """The draft cannot be shown in the site's theme (no site, or the API refused it)."""


def renderer() -> ModuleType:
    return import_module(getattr(settings, "STATIC_BUILDS_RENDERER", "sites.renderer"))


def _execute(query: str, variables: dict[str, Any], context: HttpRequest) -> dict[str, Any]:
    result = execute_query(query, variables, context=context)
    errors = result.get("errors") if isinstance(result, dict) else getattr(result, "errors", None)
    data = result.get("data") if isinstance(result, dict) else getattr(result, "data", None)
    if errors:
        messages = "; ".join(
            str(e.get("message", e)) if isinstance(e, dict) else str(getattr(e, "message", e))
            for e in errors
        )
        raise PreviewUnavailable(f"GraphQL: {messages}")
    if data is None:
        raise PreviewUnavailable("GraphQL: pusta odpowiedź")
    return data


def _api_context(page: Page) -> HttpRequest:
    """A request like the build's (anonymous: nothing but live content and this draft)."""
    context = HttpRequest()
    context.method = "POST"
    context.META["SERVER_NAME"] = "preview"
    context.user = AnonymousUser()
    context.preview_page = page
    return context


def inline_stylesheet(html: str, module: ModuleType) -> str:
    """Embed the theme's stylesheet: the admin host does not serve the site's hashed assets."""
    css = module.theme_assets().get("css")
    if css is None:
        return html
    link = f'<link rel="stylesheet" href="{css.path}">'
    return html.replace(link, "<style>" + css.content.decode("utf-8") + "</style>", 1)


def render_preview_html(page: Page) -> str:
    """The draft as the public site would show it, on its unit's theme (one query)."""
    sites = sites_for_path(page.path or "")
    if not sites:
        raise PreviewUnavailable("Strona nie należy do żadnej witryny.")
    module = renderer()
    data = _execute(
        module.load_preview_query(), {"hostname": sites[0].hostname}, _api_context(page)
    )
    page_data = data.get(PREVIEW_FIELD)
    if not page_data:
        raise PreviewUnavailable("API nie zwróciło podglądanej strony.")
    return inline_stylesheet(module.render_page_html(data, page_data), module)


def serve_themed_preview(page: Page, request: HttpRequest) -> HttpResponse:
    try:
        return HttpResponse(render_preview_html(page))
    except PreviewUnavailable as exc:
        logger.warning("Preview of page %s unavailable: %s", page.pk, exc)
        return TemplateResponse(
            request,
            "wagtailadmin/generic/preview_error.html",
            {"object": page, "preview_error": escape(str(exc))},
            status=200,
        )
