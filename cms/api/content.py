"""One site's visible page tree, public URLs and the link/asset resolution of its content."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from wagtail.models import Page, Site

from cms.public.urls import public_url, site_relative_path
from cms.public.visibility import is_visible, visible_q

from .richtext import expand_rich_text

if TYPE_CHECKING:
    from .state import ApiState

MAX_PATH_LENGTH = 2048
STEPLEN = Page.steplen


def _file_size(document: Any) -> int | None:
    """The stored size, else the file's size on disk (no query); ``None`` if the file is gone."""
    if document.file_size is not None:
        return document.file_size
    try:
        return document.file.size
    except (OSError, ValueError):
        return None


class SiteContent:
    """The live, public pages of one site, and how its content points at things."""

    def __init__(self, state: ApiState, site: Site) -> None:
        self.state = state
        self.site = site
        self.root: Page = site.root_page
        self._page_hrefs: dict[int, str | None] = {}
        self._documents: dict[int, dict[str, Any] | None] = {}

    # --- the page tree ------------------------------------------------------------------------

    @cached_property
    def pages(self) -> list[Page]:
        """Every visible page of the site (bare ``Page`` rows), in tree order."""
        condition = visible_q(self.root, self.state.restricted, self.state.now)
        return list(Page.objects.filter(condition).order_by("path"))

    @cached_property
    def _by_tree_path(self) -> dict[str, Page]:
        return {page.path: page for page in self.pages}

    @cached_property
    def _by_url_path(self) -> dict[str, Page]:
        return {self.url_path(page): page for page in self.pages}

    def url_path(self, page: Page) -> str:
        """Site-relative path: ``/`` for the home page, ``/aktualnosci/foo/`` below it."""
        return site_relative_path(page.url_path or "", self.root.url_path)

    def url(self, page: Page) -> str:
        return public_url(self.site.hostname, self.url_path(page))

    @property
    def root_url(self) -> str:
        return public_url(self.site.hostname, "/")

    def contains(self, page: Page) -> bool:
        return bool(page.path) and page.path.startswith(self.root.path)

    def page_by_path(self, path: str) -> Page | None:
        """A visible page by its site-relative path; never a page outside this site."""
        if not path or len(path) > MAX_PATH_LENGTH:
            return None
        path = unquote(path.split("?", 1)[0].split("#", 1)[0]).strip()
        if not path.startswith("/"):
            path = "/" + path
        if not path.endswith("/"):
            path += "/"
        return self._by_url_path.get(path)

    def home_is_visible(self) -> bool:
        return is_visible(self.root, self.state.restricted, self.state.now)

    def home(self) -> Page | None:
        """The site's (specific) home page if it is live and public, without loading the tree."""
        return self.state.specific([self.root])[0] if self.home_is_visible() else None

    def depth(self, page: Page) -> int:
        """Steps from the home page (the home page is 0)."""
        return page.depth - self.root.depth

    def ancestors(self, page: Page) -> list[Page]:
        """Visible ancestors inside the site, home first (the page itself excluded)."""
        found = []
        for depth in range(self.root.depth, page.depth):
            ancestor = self._by_tree_path.get(page.path[: depth * STEPLEN])
            if ancestor is not None:
                found.append(ancestor)
        return found

    def parent_id(self, page: Page) -> int | None:
        """The nearest visible ancestor in the site; ``None`` for the home page."""
        ancestors = self.ancestors(page)
        return ancestors[-1].pk if ancestors else None

    def breadcrumbs(self, page: Page) -> list[dict[str, str]]:
        """Home to the page itself, each with ``title``, ``urlPath`` and ``url``."""
        return [
            {"title": item.title, "url_path": self.url_path(item), "url": self.url(item)}
            for item in [*self.ancestors(page), page]
        ]

    def menu(self) -> list[dict[str, Any]]:
        """Pages shown in menus: the home page's children and their children."""
        first_level = self.root.depth + 1
        items: dict[str, dict[str, Any]] = {}
        menu = []
        for page in self.pages:
            if not page.show_in_menus or page.depth > first_level + 1:
                continue
            item = {
                "id": page.pk,
                "title": page.title,
                "url_path": self.url_path(page),
                "url": self.url(page),
                "children": [],
            }
            if page.depth == first_level:
                items[page.path] = item
                menu.append(item)
            else:
                parent = items.get(page.path[: first_level * STEPLEN])
                if parent is not None:
                    parent["children"].append(item)
        return menu

    # --- what content points at -------------------------------------------------------------

    def page_href(self, page_id: int) -> str | None:
        """Site-relative path for this site's pages, absolute URL for another site's pages."""
        if page_id not in self._page_hrefs:
            self._page_hrefs[page_id] = self._resolve_page_href(page_id)
        return self._page_hrefs[page_id]

    def _resolve_page_href(self, page_id: int) -> str | None:
        target = self.state.link_targets.get(page_id)
        if target is None or not is_visible(target, self.state.restricted, self.state.now):
            return None
        site = self.state.site_for_path(target.path)
        if site is None:
            return None
        path = site_relative_path(target.url_path, site.root_page.url_path)
        return path if site.pk == self.site.pk else public_url(site.hostname, path)

    def page_link(self, page_id: int | None) -> dict[str, Any] | None:
        if page_id is None:
            return None
        target = self.state.link_targets.get(page_id)
        href = self.page_href(page_id)
        if target is None or href is None:
            return None
        return {"title": target.title, "url": href}

    def document_href(self, document_id: int) -> str | None:
        document = self.document(document_id)
        return document["url"] if document is not None else None

    def document(self, document_id: int | None) -> dict[str, Any] | None:
        """``{title, url, fileSize, fileExtension}`` of a document, or ``None`` if it is gone."""
        if document_id is None:
            return None
        if document_id not in self._documents:
            self._documents[document_id] = self._describe_document(document_id)
        return self._documents[document_id]

    def _describe_document(self, document_id: int) -> dict[str, Any] | None:
        document = self.state.documents.get(document_id)
        if document is None:
            return None
        return {
            "title": document.title,
            "url": document.url,
            "fileSize": _file_size(document),
            "fileExtension": document.file_extension,
        }

    def image(self, image_id: int | None) -> Any:
        return self.state.images.get(image_id)

    def embed(self, url: str) -> Any:
        return self.state.embeds.get(url)

    def rich_text(self, html: str | None) -> str:
        return expand_rich_text(html, self.page_href, self.document_href)
