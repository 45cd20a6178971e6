"""What a content change affects: which sites to rebuild and which of their pages changed.

The result maps each hostname to the set of changed page ids (``str(pk)``) on that site, or to
``None`` when the whole site must be rebuilt (a move, a rename, new site settings). The builder
works out the listings, tag pages, feeds, sitemap and home page that show a changed page.

Works on Wagtail objects only and never imports the CMS: an announcement's audience comes from
the function named by ``settings.STATIC_BUILDS_AUDIENCE_RESOLVER``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import QuerySet
from django.utils.module_loading import import_string
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, ReferenceIndex, Site

# hostname -> changed page ids, or None for "rebuild everything on that site"
Affected = dict[str, set[str] | None]

# A pseudo page id for "the announcement banner" in the renderer contract: a renderer maps it to
# the outputs that show announcements (sites.renderer: the home page only).
ANNOUNCEMENTS_MARKER = "announcements"


def merge(target: Affected, other: Affected) -> Affected:
    """Union ``other`` into ``target`` (a full rebuild absorbs any page set) and return it."""
    for hostname, page_ids in other.items():
        if hostname in target and target[hostname] is None:
            continue
        if page_ids is None:
            target[hostname] = None
        else:
            current = target.setdefault(hostname, set())
            if current is not None:
                current.update(page_ids)
    return target


def sites_for_path(path: str, sites: Iterable[Site] | None = None) -> list[Site]:
    """Sites whose root is the closest ancestor-or-self of the tree ``path`` (aliases included)."""
    if sites is None:
        sites = Site.objects.select_related("root_page")
    matches = [site for site in sites if path.startswith(site.root_page.path)]
    if not matches:
        return []
    deepest = max(len(site.root_page.path) for site in matches)
    return [site for site in matches if len(site.root_page.path) == deepest]


def _all_sites() -> list[Site]:
    return list(Site.objects.select_related("root_page"))


def for_page(page: Page, *, full: bool = False, include_referrers: bool = True) -> Affected:
    """The page's own site(s) plus every page (on any site) that links to it.

    ``full`` asks for a full rebuild of the page's own site(s) (moves, renames, menu changes).
    """
    sites = _all_sites()
    affected: Affected = {}
    for site in sites_for_path(page.path, sites):
        affected[site.hostname] = None if full else {str(page.pk)}
    if include_referrers:
        merge(affected, referrers_of([page], sites))
    return affected


def for_subtree(page: Page) -> Affected:
    """A page whose URL changed: its whole site(s) and the pages linking into its subtree."""
    sites = _all_sites()
    affected: Affected = {site.hostname: None for site in sites_for_path(page.path, sites)}
    subtree = list(Page.objects.descendant_of(page, inclusive=True).only("pk", "path"))
    return merge(affected, referrers_of(subtree, sites))


def referrers_of(pages: list[Page], sites: list[Site] | None = None) -> Affected:
    """Pages and live announcements that link to any of ``pages`` (Wagtail's reference index)."""
    if not pages:
        return {}
    references = ReferenceIndex.get_references_to_in_bulk(pages)
    return _referring(references, {page.pk for page in pages}, sites)


def _referring(
    references: QuerySet, own_ids: set[int], sites: list[Site] | None = None
) -> Affected:
    """The live pages and announcements behind ``references`` (ReferenceIndex rows)."""
    sites = _all_sites() if sites is None else sites
    page_ct = ContentType.objects.get_for_model(Page)
    referring_page_ids: set[int] = set()
    other_refs: dict[int, set[str]] = {}
    for base_ct_id, object_id in references.values_list("base_content_type_id", "object_id"):
        if base_ct_id == page_ct.pk:
            referring_page_ids.add(int(object_id))
        else:
            other_refs.setdefault(base_ct_id, set()).add(object_id)
    affected: Affected = {}
    referring = Page.objects.filter(pk__in=referring_page_ids - own_ids, live=True)
    for ref_page in referring.only("pk", "path"):
        for site in sites_for_path(ref_page.path, sites):
            merge(affected, {site.hostname: {str(ref_page.pk)}})
    announcement_model = _announcement_model()
    if announcement_model is not None and other_refs:
        announcement_ct = ContentType.objects.get_for_model(announcement_model)
        ids = other_refs.get(announcement_ct.pk, set())
        for announcement in announcement_model._default_manager.filter(pk__in=ids, live=True):
            merge(affected, for_announcement(announcement))
    return affected


def for_unpublished(page: Page) -> Affected:
    """A page left the public site: it, the pages that show it and its live descendants.

    Descendants that stay live carry the page in their breadcrumbs, so they are re-rendered.
    """
    affected = for_page(page, full=bool(page.show_in_menus))
    descendants = Page.objects.descendant_of(page).filter(live=True)
    ids = {str(pk) for pk in descendants.values_list("pk", flat=True)}
    if ids:
        for site in sites_for_path(page.path):
            merge(affected, {site.hostname: ids})
    return affected


def for_view_restriction(page: Page) -> Affected:
    """A page's view restriction was added, changed or removed: its subtree appears or goes.

    Its whole site(s) (menus, breadcrumbs, listings, feeds, sitemap, calendars) and every page
    linking into the subtree.
    """
    return for_subtree(page)


def for_collection(collection: Collection) -> Affected:
    """A collection's privacy changed: pages and announcements using its documents or images.

    Covers the collection's descendants too (privacy is inherited down the collection tree).
    """
    subtree = Collection.objects.filter(path__startswith=collection.path)
    affected: Affected = {}
    for model in (get_document_model(), get_image_model()):
        items = model.objects.filter(collection__in=subtree)
        merge(affected, _referring(ReferenceIndex.get_references_to_in_bulk(items), set()))
    images = get_image_model().objects.filter(collection__in=subtree)
    return merge(affected, _site_settings_using(images))


def _site_settings_using(images: QuerySet) -> Affected:
    """Sites whose settings (Wagtail site settings, not in the reference index) show an image."""
    image_model = get_image_model()
    affected: Affected = {}
    for model in apps.get_models():
        if not issubclass(model, BaseSiteSetting):
            continue
        for field in model._meta.fields:
            if field.is_relation and field.related_model is image_model:
                using = model._default_manager.filter(**{f"{field.name}__in": images})
                for site in Site.objects.filter(pk__in=using.values("site_id")):
                    merge(affected, for_site(site))
    return affected


def for_media_item(item: Any) -> Affected:
    """A document or image was edited (e.g. moved to a private collection): what shows it."""
    affected = _referring(ReferenceIndex.get_references_to_in_bulk([item]), set())
    if isinstance(item, get_image_model()):
        merge(affected, _site_settings_using(get_image_model().objects.filter(pk=item.pk)))
    return affected


def _announcement_model() -> type[models.Model] | None:
    label = getattr(settings, "STATIC_BUILDS_ANNOUNCEMENT_MODEL", "")
    return apps.get_model(label) if label else None


def announcement_hostnames(announcement: Any) -> set[str]:
    """Hostnames of every site in the announcement's audience (through the configured resolver)."""
    resolver_path = getattr(settings, "STATIC_BUILDS_AUDIENCE_RESOLVER", "")
    if not resolver_path:
        # Without a resolver every site may show it: rebuild them all.
        return set(Site.objects.values_list("hostname", flat=True))
    resolver = import_string(resolver_path)
    return set(resolver(announcement))


def for_announcement(announcement: Any, previous_hostnames: Iterable[str] = ()) -> Affected:
    """Sites that show (or, per ``previous_hostnames``, showed) the announcement.

    Only the outputs that carry the announcement banner are rebuilt on those sites.
    """
    hostnames = announcement_hostnames(announcement) | set(previous_hostnames)
    return {hostname: {ANNOUNCEMENTS_MARKER} for hostname in hostnames}


def for_site(site: Site) -> Affected:
    """New site settings or site record: everything on that site."""
    return {site.hostname: None}
