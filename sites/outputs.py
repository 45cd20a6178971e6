"""Which files a site consists of, and which pages each of them shows.

Every output is named by its site path ("/", "/aktualnosci/strona/2/", "/feed.atom");
:func:`output_file` maps such a path to the file written under the build directory.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .site_model import NEWS_PER_PAGE, Page, SiteModel

# Paths of the site-wide files (relative to the site root).
FEED_ATOM = "/feed.atom"
FEED_RSS = "/feed.rss"
SITEMAP = "/sitemap.xml"
ROBOTS = "/robots.txt"
NOT_FOUND = "/404.html"
SITE_CALENDAR_NAME = "kalendarz.ics"
EVENT_CALENDAR_NAME = "wydarzenie.ics"


@dataclass(frozen=True)
class Output:
    path: str
    kind: str
    page_id: str | None = None
    depends_on: frozenset[str] = frozenset()
    number: int = 1
    tag: str | None = None

    @property
    def page_key(self) -> str:
        """The id of the page a page-bound output shows (a page, a news list, an event's ICS)."""
        if self.page_id is None:
            raise ValueError(f"The {self.kind} output {self.path} shows no page.")
        return self.page_id

    @property
    def label(self) -> str:
        """What the output depends on, for :func:`sites.renderer.site_outputs`."""
        if self.kind == "page":
            return f"page:{self.page_id}"
        if self.tag:
            return f"{self.kind}:{self.tag}"
        return self.kind


def output_file(path: str) -> str:
    """The file (relative to the build directory) that holds the output ``path``."""
    relative = path.lstrip("/")
    if not relative or relative.endswith("/"):
        relative += "index.html"
    return relative


def page_count(items: int) -> int:
    return max(1, math.ceil(items / NEWS_PER_PAGE))


def paginated_path(base: str, number: int) -> str:
    return base if number == 1 else f"{base}strona/{number}/"


def event_calendar_path(event: Page) -> str:
    return event.path + EVENT_CALENDAR_NAME


def site_calendar_path(model: SiteModel) -> str:
    base = model.event_index.path if model.event_index else "/wydarzenia/"
    return base + SITE_CALENDAR_NAME


# The build pipeline's pseudo page id for "announcements changed" (static_builds.affected).
ANNOUNCEMENTS = "announcements"
# The pseudo page id for "open data or the public indicators changed" (cms.open_data.signals).
OPEN_DATA = "open-data"
PSEUDO_IDS = frozenset({ANNOUNCEMENTS, OPEN_DATA})

# The department portal's generated pages (not CMS pages; a CMS page at the same path wins).
OPEN_DATA_PATH = "/otwarte-dane/"
FIGURES_PATH = "/e-lacze-w-liczbach/"
PROJECT_PATH = "/o-projekcie/"
GENERATED_PAGE_KINDS = frozenset({"open_data", "figures", "eu_project"})


def plan_outputs(model: SiteModel) -> dict[str, Output]:
    """Every output of the site with the ids of the pages it shows."""
    outputs: dict[str, Output] = {}
    news_ids = frozenset(p.id for p in model.news)
    event_ids = frozenset(p.id for p in model.events)
    home_id = model.home.id

    def add(output: Output) -> None:
        outputs.setdefault(output.path, output)

    for page in model.pages:
        shown = {page.id, *(c.id for c in model.breadcrumbs(page))}
        if page.kind in {"standard", "document"}:
            shown.update(c.id for c in model.children(page))
        if page.kind == "home":
            shown.update(news_ids | event_ids)
            shown.add(ANNOUNCEMENTS)  # the banner of active announcements
        elif page.kind == "event_index":
            shown.update(event_ids)
        elif page is model.news_index:
            continue  # written below, paginated
        add(Output(page.path, "page", page.id, frozenset(shown)))
        if page.kind == "event":
            add(Output(event_calendar_path(page), "event_ics", page.id, frozenset({page.id})))

    if model.news_index is not None:
        index = model.news_index
        listing = frozenset({index.id, home_id}) | news_ids
        for number in range(1, page_count(len(model.news)) + 1):
            add(Output(paginated_path(index.path, number), "news_list", index.id, listing, number))
        for slug, tag in model.tags().items():
            base = model.tag_path(slug)
            for number in range(1, page_count(len(tag["news"])) + 1):
                add(
                    Output(
                        paginated_path(base, number), "tag_list", index.id, listing, number, slug
                    )
                )
    if model.event_index is not None:
        add(
            Output(
                site_calendar_path(model),
                "site_ics",
                model.event_index.id,
                frozenset({model.event_index.id}) | event_ids,
            )
        )
    if model.open_data:
        add(Output(OPEN_DATA_PATH, "open_data", None, frozenset({OPEN_DATA, home_id})))
    if model.figures:
        add(Output(FIGURES_PATH, "figures", None, frozenset({OPEN_DATA, home_id})))
    if model.is_department:
        add(Output(PROJECT_PATH, "eu_project", None, frozenset({home_id})))
    all_ids = frozenset(model.by_id)
    add(Output(FEED_ATOM, "feed_atom", None, news_ids | {home_id}))
    add(Output(FEED_RSS, "feed_rss", None, news_ids | {home_id}))
    add(Output(SITEMAP, "sitemap", None, all_ids))
    add(Output(ROBOTS, "robots", None, frozenset()))
    add(Output(NOT_FOUND, "not_found", None, frozenset({home_id})))
    return outputs


def affected_paths(model: SiteModel, outputs: dict[str, Output], page_ids: set[str]) -> set[str]:
    """Outputs that show any of ``page_ids`` (see ``sites.renderer.paths_affected``)."""
    ids = {str(i) for i in page_ids}
    if not ids:
        return set()
    menu_paths = {item["path"] for item in model.menu} | {
        child["path"] for item in model.menu for child in item["children"]
    }
    site_wide = {model.by_path[path].id for path in menu_paths if path in model.by_path}
    # The home page carries the unit's name and contacts shown on every page; the menu and
    # the links to the contact page and the accessibility statement are on every page too.
    site_wide |= {p.id for p in (model.home, model.contact_page, model.statement) if p}
    if ids & site_wide:
        return set(outputs)
    affected = {path for path, output in outputs.items() if output.depends_on & ids}
    unknown = ids - set(model.by_id) - PSEUDO_IDS
    if unknown:
        # Pages no longer in the data (unpublished, deleted, moved away): every listing,
        # feed, calendar and the sitemap may have shown them.
        affected.update(path for path, output in outputs.items() if output.kind != "page")
        affected.update(
            path
            for path, output in outputs.items()
            if output.kind == "page"
            and model.by_id[output.page_key].kind in {"home", "event_index"}
        )
    return affected
