"""The site as the templates see it, built from the GraphQL ``data`` dict of one site.

This module is the only place that knows the shape of the GraphQL answer
(``sites/queries/site.graphql``); everything after it works on :class:`SiteModel`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

WARSAW = ZoneInfo("Europe/Warsaw")
COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
SLUG_RE = re.compile(r"^[\w-]+$")
DEFAULT_COLOURS = {"primary": "#0b5394", "primary_text": "#ffffff", "accent": "#8a4b00"}
NEWS_PER_PAGE = 10
HOME_NEWS = 4
HOME_EVENTS = 3

HOME_TYPES = {"DepartmentHomePage", "SchoolHomePage"}
KIND_BY_TYPENAME = {
    "DepartmentHomePage": "home",
    "SchoolHomePage": "home",
    "NewsIndexPage": "news_index",
    "NewsPage": "news",
    "EventIndexPage": "event_index",
    "EventPage": "event",
    "StandardPage": "standard",
    "ContactPage": "contact",
    "AccessibilityStatementPage": "accessibility",
    "DocumentPage": "document",
}


class SiteDataError(ValueError):
    """The GraphQL data cannot be rendered (e.g. the site or its home page is missing)."""


def pick(mapping: Mapping[str, Any] | None, *keys: str, default: Any = None) -> Any:
    """The first present, non-null value among ``keys`` (camelCase or snake_case)."""
    if not mapping:
        return default
    for key in keys:
        value = mapping.get(key)
        if value is not None:
            return value
    return default


def site_path(url: str | None) -> str:
    """A page URL reduced to its site-relative path, always with leading and trailing slash."""
    if not url:
        return ""
    path = urlsplit(url).path or "/"
    if not path.startswith("/"):
        path = "/" + path
    if not path.endswith("/"):
        path += "/"
    return path


def parse_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=WARSAW)
    return parsed.astimezone(WARSAW)


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    return date.fromisoformat(value[:10])


@dataclass
class Page:
    """One live public page, normalised for the templates."""

    id: str
    kind: str
    typename: str
    title: str
    path: str
    raw: dict[str, Any]
    summary: str = ""
    body: list[dict[str, Any]] = field(default_factory=list)
    first_published: datetime | None = None
    last_published: datetime | None = None
    date: date | None = None
    start: datetime | None = None
    end: datetime | None = None
    tags: list[dict[str, str]] = field(default_factory=list)
    image: dict[str, Any] | None = None
    change_register: list[dict[str, Any]] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        # Type-specific GraphQL fields (lead, place, entityName, ...) straight from the data.
        raw = self.__dict__.get("raw") or {}
        camel = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)
        if camel in raw:
            return raw[camel]
        if name in raw:
            return raw[name]
        raise AttributeError(name)

    @property
    def description(self) -> str:
        return (
            pick(self.raw, "searchDescription") or self.summary or pick(self.raw, "lead") or ""
        ).strip()

    @property
    def seo_title(self) -> str:
        return pick(self.raw, "seoTitle", default="")

    @property
    def has_eservice(self) -> bool:
        return any(block.get("type") == "eservice" for block in self.body)


@dataclass
class SiteModel:
    hostname: str
    name: str
    base_url: str
    is_department: bool
    colours: dict[str, str]
    settings: dict[str, Any]
    unit: dict[str, Any]
    menu: list[dict[str, Any]]
    pages: list[Page]
    announcements: list[dict[str, Any]]
    now: datetime
    # The department portal only: the open-data catalogue and the public indicators.
    open_data: dict[str, Any] | None = None
    figures: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        self.index_pages()

    def index_pages(self) -> None:
        """(Re)build the lookups and listings from ``pages``."""
        self.by_id = {page.id: page for page in self.pages}
        self.by_path = {page.path: page for page in self.pages}
        homes = [page for page in self.pages if page.kind == "home"]
        home = self.by_path.get("/") or (homes[0] if homes else None)
        if home is None:
            raise SiteDataError(f"Witryna {self.hostname} nie ma opublikowanej strony głównej.")
        self.home = home
        self.news = sorted(
            (p for p in self.pages if p.kind == "news"),
            key=lambda p: (p.date or date.min, p.first_published or self.now),
            reverse=True,
        )
        self.events = sorted(
            (p for p in self.pages if p.kind == "event"),
            key=lambda p: p.start or self.now,
        )
        self.news_index = self._first("news_index")
        self.event_index = self._first("event_index")
        self.contact_page = self._first("contact")
        self.statement = self._first("accessibility")

    def _first(self, kind: str) -> Page | None:
        return next((p for p in self.pages if p.kind == kind), None)

    def absolute(self, path: str) -> str:
        """An absolute URL for a site path (absolute URLs are returned unchanged)."""
        if urlsplit(path).scheme:
            return path
        return self.base_url.rstrip("/") + path

    @property
    def logo(self) -> dict[str, Any] | None:
        logo = pick(self.settings, "logo") or pick(self.unit, "logo")
        return logo if logo and logo.get("url") else None

    @property
    def social_links(self) -> list[dict[str, str]]:
        links = pick(self.settings, "socialLinks")
        if links is not None:
            return [link for link in links if link.get("url")]
        labels = (
            ("facebookUrl", "Facebook"),
            ("instagramUrl", "Instagram"),
            ("youtubeUrl", "YouTube"),
            ("bipUrl", "Biuletyn Informacji Publicznej"),
        )
        return [
            {"label": label, "url": self.settings[key]}
            for key, label in labels
            if pick(self.settings, key)
        ]

    @property
    def eu_funding(self) -> dict[str, str]:
        """The EU funding marking from the site settings (empty strings when not filled in)."""
        keys = ("euProgramme", "euProjectTitle", "euProjectValue", "euContribution")
        names = ("programme", "title", "value", "contribution")
        marking = {
            name: pick(self.settings, key, default="")
            for name, key in zip(names, keys, strict=True)
        }
        marking["description"] = pick(self.settings, "euProjectDescription", default="")
        return marking

    @property
    def upcoming_events(self) -> list[Page]:
        return [e for e in self.events if (e.end or e.start or self.now) >= self.now]

    @property
    def past_events(self) -> list[Page]:
        return [e for e in self.events if (e.end or e.start or self.now) < self.now][::-1]

    def tags(self) -> dict[str, dict[str, Any]]:
        """Every news tag in use: slug -> {name, slug, path, news}."""
        tags: dict[str, dict[str, Any]] = {}
        for news in self.news:
            for tag in news.tags:
                entry = tags.setdefault(tag["slug"], {**tag, "news": []})
                entry["news"].append(news)
        return dict(sorted(tags.items()))

    def tag_path(self, slug: str) -> str:
        base = self.news_index.path if self.news_index else "/aktualnosci/"
        return f"{base}tag/{slug}/"

    def breadcrumbs(self, page: Page) -> list[Page]:
        """Ancestors of a page (home first), found by the prefixes of its path."""
        crumbs = [self.home] if page is not self.home else []
        parts = [part for part in page.path.split("/") if part]
        for depth in range(1, len(parts)):
            ancestor = self.by_path.get("/" + "/".join(parts[:depth]) + "/")
            if ancestor is not None and ancestor is not self.home:
                crumbs.append(ancestor)
        return crumbs

    def children(self, page: Page) -> list[Page]:
        """Direct public subpages (by ``parentId``, else by path)."""
        if any("parentId" in p.raw for p in self.pages):
            return [p for p in self.pages if str(p.raw.get("parentId")) == page.id]
        depth = page.path.count("/")
        return [
            p for p in self.pages if p.path.startswith(page.path) and p.path.count("/") == depth + 1
        ]

    def active_announcements(self) -> list[dict[str, Any]]:
        order = {"urgent": 0, "important": 1, "information": 2}
        return sorted(
            self.announcements,
            key=lambda a: (order.get(str(a.get("priority", "")).lower(), 3), a.get("title", "")),
        )


def _colour(value: Any, fallback: str) -> str:
    return value if isinstance(value, str) and COLOUR_RE.match(value) else fallback


def _tags(raw_tags: Iterable[Any] | None) -> list[dict[str, str]]:
    tags = []
    for tag in raw_tags or []:
        if isinstance(tag, str):
            name, slug = tag, re.sub(r"[^\w-]+", "-", tag.lower()).strip("-")
        else:
            name, slug = pick(tag, "name", default=""), pick(tag, "slug", default="")
        if name and slug and SLUG_RE.match(slug):
            tags.append({"name": name, "slug": slug})
    return tags


def build_page(raw: Mapping[str, Any]) -> Page:
    """Normalise one page of ``sitePages`` (or ``previewPage``)."""
    typename = pick(raw, "__typename", "pageType", default="StandardPage")
    kind = KIND_BY_TYPENAME.get(typename, "standard")
    path = site_path(pick(raw, "urlPath", "url"))
    page = Page(
        id=str(pick(raw, "id", default="")),
        kind=kind,
        typename=typename,
        title=pick(raw, "title", default=""),
        path=path,
        raw=dict(raw),
        summary=pick(raw, "summary", default=""),
        body=[b for b in (pick(raw, "body", default=[]) or []) if isinstance(b, dict)],
        first_published=parse_datetime(pick(raw, "firstPublishedAt", "first_published_at")),
        last_published=parse_datetime(pick(raw, "lastPublishedAt", "last_published_at")),
    )
    if kind == "news":
        page.date = parse_date(pick(raw, "date"))
        page.tags = _tags(pick(raw, "tags"))
        page.image = pick(raw, "mainImage", "main_image")
    elif kind == "event":
        page.start = parse_datetime(pick(raw, "start"))
        page.end = parse_datetime(pick(raw, "end"))
    elif kind == "document":
        page.date = parse_date(pick(raw, "producedDate", "produced_date"))
        page.change_register = [
            {
                "published": parse_datetime(pick(entry, "publishedAt")),
                "user": pick(entry, "user", default=""),
                "description": pick(entry, "description", default=""),
            }
            for entry in pick(raw, "changeRegister", default=[]) or []
        ]
    return page


def build_site(data: Mapping[str, Any], *, now: datetime | None = None) -> SiteModel:
    """Turn the ``data`` of the site query into a :class:`SiteModel`."""
    if not isinstance(data, Mapping) or not data.get("site"):
        raise SiteDataError("Brak danych witryny (pole 'site' w odpowiedzi GraphQL).")
    site = data["site"]
    settings = pick(site, "settings", default={}) or {}
    unit = pick(site, "unit", default={}) or {}
    hostname = pick(site, "hostname", default="")
    base_url = pick(site, "rootUrl", "root_url") or f"https://{hostname}/"
    pages = [
        build_page(raw)
        for raw in data.get("sitePages") or []
        if raw and pick(raw, "urlPath", "url")
    ]
    colours = {
        "primary": _colour(pick(settings, "primaryColour"), DEFAULT_COLOURS["primary"]),
        "primary_text": _colour(
            pick(settings, "primaryTextColour"), DEFAULT_COLOURS["primary_text"]
        ),
        "accent": _colour(pick(settings, "accentColour"), DEFAULT_COLOURS["accent"]),
    }
    is_department = pick(site, "isDepartment")
    if is_department is None:
        is_department = not pick(unit, "unitType")
    model = SiteModel(
        hostname=hostname,
        name=pick(unit, "shortName") or pick(site, "name", default=hostname),
        base_url=base_url.rstrip("/") + "/",
        is_department=bool(is_department),
        colours=colours,
        settings=settings,
        unit=unit,
        menu=[],
        pages=pages,
        announcements=[a for a in data.get("announcements") or [] if a],
        now=now or datetime.now(WARSAW),
        open_data=data.get("openData") or None,
        figures=data.get("portalFigures") or None,
    )
    model.menu = _menu(pick(site, "menu", default=None), model)
    return model


def _menu(raw_menu: list[Mapping[str, Any]] | None, model: SiteModel) -> list[dict[str, Any]]:
    """Menu items from the data, else the home page's direct children."""
    items = []
    if raw_menu:
        for item in raw_menu:
            children = [
                {
                    "title": pick(c, "title", default=""),
                    "path": _menu_url(pick(c, "urlPath", "url"), model.hostname),
                }
                for c in pick(item, "children", default=[]) or []
            ]
            items.append(
                {
                    "title": pick(item, "title", default=""),
                    "path": _menu_url(pick(item, "urlPath", "url"), model.hostname),
                    "children": children,
                }
            )
        return items
    for page in model.children(model.home):
        if page.kind != "accessibility":
            items.append({"title": page.title, "path": page.path, "children": []})
    return items


def _menu_url(url: str | None, hostname: str) -> str:
    """Links to other hosts stay absolute; links into this site become paths."""
    parts = urlsplit(url or "")
    if parts.scheme in {"http", "https"} and parts.hostname and parts.hostname != hostname:
        return url or ""
    return site_path(url) or "/"
