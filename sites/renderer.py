"""Public API of the frontend: the GraphQL query, full/partial site renders, page previews.

The build pipeline executes :func:`load_query` with ``{"hostname": host}`` and hands the
``data`` dict to :func:`render_site`. Nothing here imports the CMS.
"""

from __future__ import annotations

import copy
import functools
import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pelican import Pelican
from pelican.plugins import signals
from pelican.settings import DEFAULT_CONFIG, configure_settings

from . import pelican_graphql
from .assets import asset_urls, theme_assets
from .outputs import Output, affected_paths, plan_outputs
from .page_rendering import base_context, news_list_context, page_context
from .site_model import SiteModel, build_page, build_site
from .theme_env import DEFAULT_THEME, THEMES_DIR, get_environment

QUERY_FILE = Path(__file__).resolve().parent / "queries" / "site.graphql"

logger = logging.getLogger(__name__)


SITE_OPERATION = "query SiteBuild($hostname: String!) {"


@functools.cache
def load_query() -> str:
    """The GraphQL document the frontend needs (variables: ``{"hostname": ...}``)."""
    return QUERY_FILE.read_text(encoding="utf-8")


@functools.cache
def load_preview_query() -> str:
    """The site query plus ``previewPage`` (same fields), for :func:`render_page_html`.

    Execute it in-process with the draft on the context as ``preview_page``; then call
    ``render_page_html(data, data["previewPage"])``.
    """
    query = load_query()
    if SITE_OPERATION not in query:
        raise ValueError("site.graphql no longer starts with the SiteBuild operation")
    return query.replace(
        SITE_OPERATION,
        "query PreviewBuild($hostname: String!) {\n  previewPage { ...PageFields }",
        1,
    )


@dataclass(frozen=True)
class PreparedSite:
    """A site's model and planned outputs, built from one ``data`` dict."""

    data: dict[str, Any]
    now: datetime | None
    model: SiteModel
    outputs: dict[str, Output]


_last_prepared: PreparedSite | None = None


def prepare_site(data: dict[str, Any], *, now: datetime | None = None) -> PreparedSite:
    """The model of ``data``, built once per build.

    A build calls :func:`site_outputs`, :func:`paths_affected` and :func:`render_site` with the
    same ``data`` object; the model and its outputs are kept for that object (the last one only)
    so they are built once. The renderer never changes them.
    """
    global _last_prepared
    last = _last_prepared
    if last is not None and last.data is data and last.now == now:
        return last
    model = build_site(data, now=now)
    prepared = PreparedSite(data=data, now=now, model=model, outputs=plan_outputs(model))
    _last_prepared = prepared
    return prepared


class SitePelican(Pelican):
    """Pelican run with only the generators plugins provide (no content files to read)."""

    def run(self) -> None:
        context = self.settings.copy()
        context.update(
            generated_content={},
            static_links=set(),
            static_content={},
            localsiteurl=self.settings["SITEURL"],
        )
        generators = [
            generator_class(
                context=context,
                settings=self.settings,
                path=self.path,
                theme=self.theme,
                output_path=self.output_path,
            )
            for _receiver, generator_class in signals.get_generators.send(self)
            if generator_class is not None
        ]
        for generator in generators:
            generator.generate_context()
        signals.all_generators_finalized.send(generators)
        writer = self._get_writer()
        for generator in generators:
            generator.generate_output(writer)
        signals.finalized.send(self)


@functools.cache
def _base_settings(theme: str) -> dict[str, Any]:
    settings = copy.deepcopy(DEFAULT_CONFIG)
    settings.update(
        PATH=str(THEMES_DIR / theme),
        THEME=str(THEMES_DIR / theme),
        OUTPUT_PATH=str(THEMES_DIR / theme),  # replaced per render
        PLUGINS=[pelican_graphql],
        DELETE_OUTPUT_DIRECTORY=False,
        DEFAULT_LANG="pl",
        TIMEZONE="Europe/Warsaw",
        THEME_STATIC_PATHS=[],
        DIRECT_TEMPLATES=[],
        CACHE_CONTENT=False,
        LOAD_CONTENT_CACHE=False,
        # Feeds are written by the plugin (sites.feeds), not by Pelican's article feeds.
        FEED_ALL_ATOM=None,
        CATEGORY_FEED_ATOM=None,
        TRANSLATION_FEED_ATOM=None,
        AUTHOR_FEED_ATOM=None,
        AUTHOR_FEED_RSS=None,
    )
    return configure_settings(settings)


def render_site(
    data: dict[str, Any],
    output_dir: Path,
    *,
    only_paths: Collection[str] | None = None,
    theme: str = DEFAULT_THEME,
    now: datetime | None = None,
) -> list[str]:
    """Render a site (or only ``only_paths``) into ``output_dir``; return the written paths.

    Paths are site paths as in :func:`site_outputs` ("/", "/aktualnosci/strona/2/",
    "/feed.atom"); the hashed theme assets are added when they had to be written.
    Unknown entries of ``only_paths`` are ignored.
    """
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    prepared = prepare_site(data, now=now)
    settings = dict(_base_settings(theme))
    settings.update(
        OUTPUT_PATH=str(output_dir),
        SITEURL="",
        GRAPHQL_DATA=data,
        GRAPHQL_PREPARED=prepared,
        GRAPHQL_ONLY_PATHS=None if only_paths is None else set(only_paths),
        GRAPHQL_NOW=now,
        GRAPHQL_WRITTEN=written,
    )
    SitePelican(settings).run()
    return written


def site_outputs(data: dict[str, Any], *, now: datetime | None = None) -> dict[str, str]:
    """Every output path of the site -> what it shows ("page:<id>", "news_list", ...)."""
    outputs = prepare_site(data, now=now).outputs
    return {path: output.label for path, output in outputs.items()}


def paths_affected(
    data: dict[str, Any], page_ids: set[str], *, now: datetime | None = None
) -> set[str]:
    """Outputs that show any of ``page_ids``: the pages, listings, tag pages, feeds, home...

    A change to the home page, a menu page, the contact page or the accessibility statement
    affects every output. Ids missing from ``data`` (unpublished or deleted pages) affect
    every listing, feed and calendar.
    """
    prepared = prepare_site(data, now=now)
    return affected_paths(prepared.model, prepared.outputs, page_ids)


def render_page_html(
    data: dict[str, Any],
    page: dict[str, Any],
    *,
    theme: str = DEFAULT_THEME,
    now: datetime | None = None,
) -> str:
    """One page (e.g. a draft from ``previewPage``) rendered with the site's templates."""
    model = build_site(data, now=now)  # a model of its own: the draft is put into it
    preview = build_page(page)
    existing = model.by_id.get(preview.id)
    if existing is not None:
        model.pages[model.pages.index(existing)] = preview
    else:
        model.pages.append(preview)
    model.index_pages()
    if preview.kind == "news_index":
        # The index renders its first page of news, as the built site does.
        rendered = news_list_context(
            model, Output(path=preview.path, kind="news_list", page_id=preview.id)
        )
    else:
        rendered = page_context(model, preview)
    context = {**base_context(model, theme), **rendered.context, "preview": True}
    return get_environment(theme).get_template(rendered.template).render(context)


__all__ = [
    "asset_urls",
    "load_preview_query",
    "load_query",
    "paths_affected",
    "prepare_site",
    "render_page_html",
    "render_site",
    "site_outputs",
    "theme_assets",
]
