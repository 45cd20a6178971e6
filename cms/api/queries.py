"""The root query type: everything a public site needs, by hostname."""

from __future__ import annotations

from typing import Any

import graphene
from wagtail.models import Page

from cms.home.models import DepartmentHomePage

from . import listings
from .announcements import active_announcements
from .content import SiteContent
from .pagination import check_pagination, paginate
from .state import get_state
from .types.announcements import Announcement
from .types.listings import EventConnection, NewsConnection, TagCount
from .types.open_data import OpenDataCatalogue, PortalFigures, catalogue, portal_figures
from .types.pages import PageInterface, PageRef
from .types.sites import Site

HOSTNAME_HELP = "Hostname of the site, e.g. sp1.localhost (a :port suffix is ignored)."


def _content(info, hostname: str) -> SiteContent | None:
    state = get_state(info.context)
    site = state.site_for_hostname(hostname)
    return state.content(site) if site is not None else None


def _is_department(info, hostname: str) -> bool:
    site = get_state(info.context).site_for_hostname(hostname)
    return site is not None and site.root_page.specific_class is DepartmentHomePage


def _page_refs(content: SiteContent, pages: list[Page]) -> list[PageRef]:
    """Specific pages, with everything they refer to announced for bulk loading."""
    state = content.state
    specific = state.specific(pages)
    state.register(specific)
    return [PageRef(page, content) for page in specific]


def _connection(content: SiteContent, result: dict[str, Any]) -> dict[str, Any]:
    result["items"] = _page_refs(content, result["items"])
    return result


class Query(graphene.ObjectType):
    site = graphene.Field(Site, hostname=graphene.String(required=True, description=HOSTNAME_HELP))
    sites = graphene.List(
        graphene.NonNull(Site), required=True, description="Every site (for building them all)."
    )
    page = graphene.Field(
        PageInterface,
        hostname=graphene.String(required=True),
        path=graphene.String(required=True, description='Site-relative, e.g. "/aktualnosci/x/".'),
    )
    site_pages = graphene.List(
        graphene.NonNull(PageInterface),
        required=True,
        hostname=graphene.String(required=True),
        description="Every live, public page of the site in tree order (for static builds).",
    )
    news = graphene.Field(
        NewsConnection,
        hostname=graphene.String(required=True),
        page=graphene.Int(default_value=1),
        per_page=graphene.Int(default_value=10),
        tag=graphene.String(description="Tag slug or name."),
        year=graphene.Int(),
    )
    news_tags = graphene.List(
        graphene.NonNull(TagCount), required=True, hostname=graphene.String(required=True)
    )
    events = graphene.Field(
        EventConnection,
        hostname=graphene.String(required=True),
        page=graphene.Int(default_value=1),
        per_page=graphene.Int(default_value=10),
        upcoming=graphene.Boolean(),
        date_from=graphene.Date(),
        date_to=graphene.Date(),
    )
    announcements = graphene.List(
        graphene.NonNull(Announcement), required=True, hostname=graphene.String(required=True)
    )
    open_data = graphene.Field(
        OpenDataCatalogue,
        hostname=graphene.String(required=True),
        description="The open-data catalogue; only on the department portal (null elsewhere).",
    )
    portal_figures = graphene.Field(
        PortalFigures,
        hostname=graphene.String(required=True),
        description='Public indicators ("E-łącze w liczbach"); only on the department portal.',
    )
    preview_page = graphene.Field(
        PageInterface,
        description="The draft an in-process caller put on the context as preview_page; "
        "always null over HTTP.",
    )

    @staticmethod
    def resolve_site(root, info, hostname: str) -> SiteContent | None:
        return _content(info, hostname)

    @staticmethod
    def resolve_sites(root, info) -> list[SiteContent]:
        state = get_state(info.context)
        contents = [state.content(site) for site in state.sites]
        state.site_settings.want(site.pk for site in state.sites)
        state.specific(content.root for content in contents if content.home_is_visible())
        return contents

    @staticmethod
    def resolve_page(root, info, hostname: str, path: str) -> PageRef | None:
        content = _content(info, hostname)
        page = content.page_by_path(path) if content is not None else None
        if content is None or page is None:
            return None
        return _page_refs(content, [page])[0]

    @staticmethod
    def resolve_site_pages(root, info, hostname: str) -> list[PageRef]:
        content = _content(info, hostname)
        return _page_refs(content, content.pages) if content is not None else []

    @staticmethod
    def resolve_news(root, info, hostname: str, page: int, per_page: int, tag=None, year=None):
        check_pagination(page, per_page)
        content = _content(info, hostname)
        if content is None:
            return None
        return _connection(content, paginate(listings.news(content, tag, year), page, per_page))

    @staticmethod
    def resolve_news_tags(root, info, hostname: str) -> list[dict]:
        content = _content(info, hostname)
        return listings.news_tags(content) if content is not None else []

    @staticmethod
    def resolve_events(
        root,
        info,
        hostname: str,
        page: int,
        per_page: int,
        upcoming=None,
        date_from=None,
        date_to=None,
    ):
        check_pagination(page, per_page)
        content = _content(info, hostname)
        if content is None:
            return None
        queryset = listings.events(content, upcoming, date_from, date_to)
        return _connection(content, paginate(queryset, page, per_page))

    @staticmethod
    def resolve_announcements(root, info, hostname: str) -> list[dict]:
        content = _content(info, hostname)
        return active_announcements(content) if content is not None else []

    @staticmethod
    def resolve_open_data(root, info, hostname: str) -> dict | None:
        return catalogue() if _is_department(info, hostname) else None

    @staticmethod
    def resolve_portal_figures(root, info, hostname: str) -> dict | None:
        return portal_figures() if _is_department(info, hostname) else None

    @staticmethod
    def resolve_preview_page(root, info) -> PageRef | None:
        page = getattr(info.context, "preview_page", None)
        if not isinstance(page, Page) or not page.path:
            return None
        state = get_state(info.context)
        site = state.site_for_path(page.path)
        if site is None:
            return None
        state.register([page])
        return PageRef(page, state.content(site), preview=True)
