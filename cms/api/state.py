"""Per-execution state: sites, visibility rules and batch loaders shared by all resolvers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page, Site

from cms.bip.models import DocumentPage
from cms.news.models import NewsPage
from cms.public.urls import normalise_hostname
from cms.public.visibility import restricted_paths

from . import loaders
from .batch import BatchLoader
from .references import page_references
from .richtext import References

if TYPE_CHECKING:
    from .content import SiteContent

STATE_ATTRIBUTE = "_cms_api_state"


class ApiState:
    """Everything one GraphQL execution loads, loaded at most once and in bulk."""

    def __init__(self) -> None:
        self.now = timezone.now()
        self.images = BatchLoader(loaders.load_images)
        self.documents = BatchLoader(loaders.load_documents)
        self.link_targets = BatchLoader(loaders.load_link_targets)
        self.embeds = BatchLoader(loaders.load_embeds)
        self.news_tags = BatchLoader(loaders.load_news_tags)
        self.change_registers = BatchLoader(loaders.load_change_registers)
        self.entered_by = BatchLoader(loaders.load_entered_by)
        self.site_settings = BatchLoader(loaders.load_site_settings)
        self._specific: dict[int, Page] = {}
        self._contents: dict[int, SiteContent] = {}

    @cached_property
    def sites(self) -> list[Site]:
        return list(Site.objects.select_related("root_page").order_by("hostname", "port", "pk"))

    @cached_property
    def restricted(self) -> tuple[str, ...]:
        return restricted_paths()

    def site_for_hostname(self, hostname: str) -> Site | None:
        wanted = normalise_hostname(hostname)
        matches = [site for site in self.sites if site.hostname.lower() == wanted]
        # One hostname normally has one Site; prefer the public ports if there are several.
        matches.sort(key=lambda site: site.port not in (80, 443))
        return matches[0] if matches else None

    def site_for_path(self, tree_path: str) -> Site | None:
        """The site whose root is the nearest ancestor-or-self of a tree path."""
        best = None
        for site in self.sites:
            root_path = site.root_page.path
            if tree_path.startswith(root_path) and (
                best is None or len(root_path) > len(best.root_page.path)
            ):
                best = site
        return best

    def content(self, site: Site) -> SiteContent:
        from .content import SiteContent

        if site.pk not in self._contents:
            self._contents[site.pk] = SiteContent(self, site)
        return self._contents[site.pk]

    def specific(self, pages: Iterable[Page]) -> list[Page]:
        """Specific instances of ``pages`` (same order), one query per page type."""
        pages = list(pages)
        by_type: dict[int, list[int]] = defaultdict(list)
        for page in pages:
            if type(page) is not Page:
                self._specific.setdefault(page.pk, page)
            elif page.pk not in self._specific:
                by_type[page.content_type_id].append(page.pk)
        for content_type_id, ids in by_type.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is None or not issubclass(model, Page):
                continue
            for specific in model._default_manager.filter(pk__in=ids):
                self._specific[specific.pk] = specific
        return [self._specific.get(page.pk, page) for page in pages]

    def register(self, pages: Iterable[Page]) -> None:
        """Announce what these (specific) pages refer to, so it loads in one go."""
        refs = References()
        news_ids, document_ids = [], []
        for page in pages:
            page_references(page, refs)
            if isinstance(page, NewsPage):
                news_ids.append(page.pk)
            elif isinstance(page, DocumentPage):
                document_ids.append(page.pk)
        self.want(refs)
        self.news_tags.want(news_ids)
        self.change_registers.want(document_ids)
        self.entered_by.want(document_ids)

    def want(self, refs: References) -> None:
        self.images.want(refs.images)
        self.documents.want(refs.documents)
        self.link_targets.want(refs.pages)
        self.embeds.want(refs.embeds)


def get_state(context: Any) -> ApiState:
    """The state of the current execution, kept on the GraphQL context object."""
    if isinstance(context, dict):
        return context.setdefault(STATE_ATTRIBUTE, ApiState())
    state = getattr(context, STATE_ATTRIBUTE, None)
    if state is None:
        state = ApiState()
        setattr(context, STATE_ATTRIBUTE, state)
    return state
