"""Bulk loaders: one query per kind of related object, whatever the number of pages."""

from collections import defaultdict

from django.contrib.auth import get_user_model
from django.db.models.fields.json import KT
from django.db.models.functions import Lower
from wagtail.documents import get_document_model
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision

from cms.bip.models import ChangeRegisterEntry
from cms.news.models import NewsPageTag
from cms.public.visibility import in_restricted_collection
from cms.site_settings.models import SiteSettings

from .renditions import ALL_SPECS

LINK_TARGET_FIELDS = ("id", "title", "path", "url_path", "depth", "live", "expire_at")


def load_images(ids: set[int]) -> dict:
    """Images by id; those of a private collection count as gone (never shown)."""
    images = (
        get_image_model()
        .objects.filter(id__in=ids)
        .exclude(in_restricted_collection())
        .prefetch_renditions(*ALL_SPECS)
    )
    return {image.id: image for image in images}


def load_documents(ids: set[int]) -> dict:
    """Documents by id; those the public may not download (private collection) count as gone."""
    return get_document_model().objects.exclude(in_restricted_collection()).in_bulk(ids)


def load_link_targets(ids: set[int]) -> dict:
    """Bare page rows for link resolution; visibility is checked by the caller."""
    return Page.objects.only(*LINK_TARGET_FIELDS).in_bulk(ids)


def load_embeds(urls: set[str]) -> dict:
    """Embeds already fetched by the admin (never fetches the network)."""
    found: dict[str, Embed] = {}
    for embed in Embed.objects.filter(url__in=urls).order_by("max_width"):
        found.setdefault(embed.url, embed)
    return found


def load_news_tags(page_ids: set[int]) -> dict:
    tags = defaultdict(list)
    items = (
        NewsPageTag.objects.filter(content_object_id__in=page_ids)
        .select_related("tag")
        .order_by(Lower("tag__name"), "tag__slug")
    )
    for item in items:
        tags[item.content_object_id].append(item.tag)
    return {page_id: tags.get(page_id, []) for page_id in page_ids}


def display_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def load_change_registers(page_ids: set[int]) -> dict:
    """Every publication of each page, oldest first (as ``DocumentPage.change_register``)."""
    registers = defaultdict(list)
    entries = list(
        PageLogEntry.objects.filter(page_id__in=page_ids, action="wagtail.publish")
        .select_related("user")
        .order_by("timestamp", "pk")
    )
    revision_ids = {entry.revision_id for entry in entries if entry.revision_id}
    descriptions = dict(
        Revision.objects.filter(id__in=revision_ids)
        .annotate(description=KT("content__change_description"))
        .values_list("id", "description")
    )
    for entry in entries:
        registers[entry.page_id].append(
            ChangeRegisterEntry(
                published_at=entry.timestamp,
                user=display_name(entry.user),
                description=descriptions.get(entry.revision_id) or "",
            )
        )
    return {page_id: registers.get(page_id, []) for page_id in page_ids}


def load_entered_by(page_ids: set[int]) -> dict:
    """Who first entered each page: its first revision's author, else the page owner."""
    entered: dict[int, str] = {}
    seen: set[int] = set()
    revisions = (
        Revision.page_revisions.filter(object_id__in=[str(pk) for pk in page_ids])
        .select_related("user")
        .defer("content")
        .order_by("created_at", "pk")
    )
    for revision in revisions:
        page_id = int(revision.object_id)
        if page_id in seen:
            continue
        seen.add(page_id)
        if revision.user is not None:
            entered[page_id] = display_name(revision.user)
    missing = page_ids - entered.keys()
    if missing:
        owners = dict(Page.objects.filter(id__in=missing).values_list("id", "owner_id"))
        users = get_user_model().objects.in_bulk({uid for uid in owners.values() if uid})
        for page_id in missing:
            entered[page_id] = display_name(users.get(owners.get(page_id)))
    return entered


def load_site_settings(site_ids: set[int]) -> dict:
    """Each site's settings; a site without a row gets its defaults (as ``for_site`` does)."""
    found = {
        settings.site_id: settings for settings in SiteSettings.objects.filter(site_id__in=site_ids)
    }
    for site_id in site_ids - found.keys():
        found[site_id] = SiteSettings.objects.get_or_create(site_id=site_id)[0]
    return found
