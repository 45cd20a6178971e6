"""What each output is made of: a theme template with its context, or ready bytes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import charts, feeds, ical_export, structured_data
from .assets import asset_urls, colour_asset
from .outputs import (
    FEED_ATOM,
    FEED_RSS,
    FIGURES_PATH,
    GENERATED_PAGE_KINDS,
    OPEN_DATA_PATH,
    PROJECT_PATH,
    Output,
    event_calendar_path,
    page_count,
    paginated_path,
    site_calendar_path,
)
from .site_model import (
    HOME_EVENTS,
    HOME_NEWS,
    NEWS_PER_PAGE,
    Page,
    SiteModel,
    parse_datetime,
)
from .theme_env import json_script

TEMPLATE_BY_KIND = {
    "home": "home.html",
    "news_index": "news_index.html",
    "news": "news.html",
    "event_index": "event_index.html",
    "event": "event.html",
    "standard": "page.html",
    "contact": "contact.html",
    "accessibility": "accessibility.html",
    "document": "document.html",
}


@dataclass(frozen=True)
class TemplateOutput:
    template: str
    context: dict[str, Any]


def base_context(model: SiteModel, theme: str) -> dict[str, Any]:
    """Variables every template gets."""
    statement = model.statement
    return {
        "site": model,
        "assets": asset_urls(theme),
        "colours_css": colour_asset(model.colours).path,
        "statement_url": model.absolute(statement.path) if statement else "",
        "statement_path": statement.path if statement else "",
        "feed_atom": FEED_ATOM,
        "feed_rss": FEED_RSS,
        # Serialised once per render: it is the same on every page.
        "organization_ld": json_script(structured_data.organization(model)),
        "site_calendar": site_calendar_path(model) if model.event_index else "",
        "open_data_path": OPEN_DATA_PATH if model.open_data else "",
        "figures_path": FIGURES_PATH if model.figures else "",
        "project_path": PROJECT_PATH if model.is_department else "",
        "eu_stars": EU_STARS,
    }


def _pagination(base: str, number: int, total: int) -> dict[str, Any]:
    return {
        "number": number,
        "count": total,
        "pages": [(n, paginated_path(base, n)) for n in range(1, total + 1)],
        "previous": paginated_path(base, number - 1) if number > 1 else None,
        "next": paginated_path(base, number + 1) if number < total else None,
    }


def page_context(model: SiteModel, page: Page, path: str | None = None) -> TemplateOutput:
    """The template and context of a page (also used for the admin preview)."""
    path = path or page.path
    context: dict[str, Any] = {
        "page": page,
        "output_path": path,
        "canonical": model.absolute(path),
        "breadcrumbs": model.breadcrumbs(page),
        "jsonld": [],
        "has_eservice": page.has_eservice,
    }
    kind = page.kind
    if kind == "home":
        context["announcements"] = model.active_announcements()
        context["latest_news"] = model.news[:HOME_NEWS]
        context["upcoming_events"] = model.upcoming_events[:HOME_EVENTS]
    elif kind == "event_index":
        context["upcoming_events"] = model.upcoming_events
        context["past_events"] = model.past_events[:NEWS_PER_PAGE]
    elif kind == "event":
        context["ics_path"] = event_calendar_path(page)
        context["jsonld"] = [structured_data.event(model, page)]
    elif kind in {"standard", "document"}:
        context["children"] = model.children(page)
    elif kind == "news":
        context["tag_links"] = [
            {"name": tag["name"], "path": model.tag_path(tag["slug"])} for tag in page.tags
        ]
    return TemplateOutput(TEMPLATE_BY_KIND.get(kind, "page.html"), context)


def news_list_context(model: SiteModel, output: Output) -> TemplateOutput:
    index = model.by_id[output.page_key]
    if output.tag:
        tag = model.tags()[output.tag]
        items, base = tag["news"], model.tag_path(output.tag)
    else:
        tag, items, base = None, model.news, index.path
    total = page_count(len(items))
    start = (output.number - 1) * NEWS_PER_PAGE
    context = page_context(model, index, output.path).context
    context.update(
        items=items[start : start + NEWS_PER_PAGE],
        tag=tag,
        pagination=_pagination(base, output.number, total),
        all_tags=list(model.tags().values()),
    )
    if tag or output.number > 1:
        context["breadcrumbs"] = [*context["breadcrumbs"], index]
    return TemplateOutput("news_index.html", context)


def render_output(model: SiteModel, outputs: dict[str, Output], output: Output) -> Any:
    """A :class:`TemplateOutput`, or the str/bytes of a non-HTML output."""
    kind = output.kind
    if kind == "page":
        return page_context(model, model.by_id[output.page_key], output.path)
    if kind in {"news_list", "tag_list"}:
        return news_list_context(model, output)
    if kind in GENERATED_PAGE_KINDS:
        return generated_page_context(model, output)
    if kind == "event_ics":
        return ical_export.event_ics(model, model.by_id[output.page_key])
    if kind == "site_ics":
        return ical_export.site_ics(model)
    if kind == "feed_atom":
        return feeds.atom(model, output.path)
    if kind == "feed_rss":
        return feeds.rss(model, output.path)
    if kind == "sitemap":
        listed = {"page", "news_list", "tag_list", *GENERATED_PAGE_KINDS}
        pages = [o for o in outputs.values() if o.kind in listed]
        return TemplateOutput("sitemap.xml", {"entries": _sitemap_entries(model, pages)})
    if kind == "robots":
        return TemplateOutput("robots.txt", {})
    if kind == "not_found":
        return TemplateOutput(
            "404.html",
            {"output_path": output.path, "breadcrumbs": [], "jsonld": [], "has_eservice": False},
        )
    raise ValueError(f"Nieznany rodzaj wyjścia: {kind}")


EU_STARS = charts.eu_stars()

GENERATED_PAGES = {
    "open_data": ("open_data.html", "Otwarte dane"),
    "figures": ("figures.html", "E-łącze w liczbach"),
    "eu_project": ("eu_project.html", "O projekcie"),
}


def generated_page_context(model: SiteModel, output: Output) -> TemplateOutput:
    """The department's open-data catalogue, indicators and project page."""
    template, title = GENERATED_PAGES[output.kind]
    context: dict[str, Any] = {
        "page": {"title": title, "description": ""},
        "output_path": output.path,
        "canonical": model.absolute(output.path),
        "breadcrumbs": [model.home],
        "jsonld": [],
        "has_eservice": False,
    }
    if output.kind == "open_data":
        catalogue = dict(model.open_data or {})
        catalogue["datasets"] = [
            {**dataset, "modified": parse_datetime(dataset.get("modifiedAt"))}
            for dataset in catalogue.get("datasets") or []
        ]
        context["open_data"] = catalogue
    elif output.kind == "figures":
        figures = dict(model.figures or {})
        figures["computed"] = parse_datetime(figures.get("computedAt"))
        figures["sections"] = [
            {**section, "charts": [charts.bar_chart(c) for c in section.get("charts") or []]}
            for section in figures.get("sections") or []
        ]
        context["figures"] = figures
    return TemplateOutput(template, context)


def _sitemap_entries(model: SiteModel, outputs: list[Output]) -> list[dict[str, Any]]:
    entries = []
    for output in outputs:
        page = model.by_id.get(output.page_id or "")
        lastmod = page.last_published if page and output.kind == "page" else None
        entries.append({"loc": model.absolute(output.path), "lastmod": lastmod})
    return entries
