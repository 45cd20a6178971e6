"""Wagtail and Django signals → build requests for exactly the sites a change affects.

Handlers run in the CMS process inside the editor's transaction: they work out what is affected
(``affected.py``) and queue the builds for after the commit, so tasks see committed data.
Connected in ``StaticBuildsConfig.ready()``; never imports the CMS.
"""

from __future__ import annotations

import logging
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from . import affected
from .tasks import request_builds

logger = logging.getLogger(__name__)

DISPATCH_PREFIX = "static_builds"
# Page fields that also appear in menus and breadcrumbs of other pages.
MENU_FIELDS = ("title", "slug", "show_in_menus")


def _request(result: affected.Affected, reason: str) -> None:
    if result:
        request_builds(result, reason)


# -- pages --


def remember_menu_state(
    sender: Any, instance: Any, update_fields: Any = None, **kwargs: Any
) -> None:
    """Before a live page is saved, note whether its menu entry (title, visibility) changes."""
    if not isinstance(instance, Page) or not instance.pk or kwargs.get("raw"):
        return
    if update_fields is not None and not set(update_fields) & set(MENU_FIELDS):
        return
    before = Page.objects.filter(pk=instance.pk).values(*MENU_FIELDS, "live").first()
    if before is None:
        return
    instance._static_builds_menu_changed = before["live"] and (
        before["show_in_menus"] != instance.show_in_menus
        or (instance.show_in_menus and before["title"] != instance.title)
    )


def on_page_published(sender: Any, instance: Page, **kwargs: Any) -> None:
    full = bool(getattr(instance, "_static_builds_menu_changed", False))
    _request(affected.for_page(instance, full=full), f"publikacja strony {instance.pk}")


def on_page_unpublished(sender: Any, instance: Page, **kwargs: Any) -> None:
    # Also sent by Wagtail just before a live page is deleted, while its references still exist.
    _request(affected.for_unpublished(instance), f"wycofanie strony {instance.pk}")


def on_page_slug_changed(sender: Any, instance: Page, **kwargs: Any) -> None:
    if instance.live:
        _request(affected.for_subtree(instance), f"zmiana adresu strony {instance.pk}")


def on_page_moved(
    sender: Any,
    instance: Page,
    parent_page_before: Page | None = None,
    parent_page_after: Page | None = None,
    **kwargs: Any,
) -> None:
    if not instance.live:
        return
    result = affected.for_subtree(instance)
    if parent_page_before is not None:
        for site in affected.sites_for_path(parent_page_before.path):
            result[site.hostname] = None
    _request(result, f"przeniesienie strony {instance.pk}")


# -- privacy: page view restrictions, collection privacy, documents and images --


def on_view_restriction_changed(sender: Any, instance: PageViewRestriction, **kwargs: Any) -> None:
    """A page's restriction added, changed or removed (the admin's "Prywatność" dialog)."""
    if kwargs.get("raw"):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _request(affected.for_view_restriction(page), f"prywatność strony {page.pk}")


def on_collection_restriction_changed(
    sender: Any, instance: CollectionViewRestriction, **kwargs: Any
) -> None:
    if kwargs.get("raw"):
        return
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is not None:
        _request(affected.for_collection(collection), f"prywatność kolekcji {collection.pk}")


def on_media_item_saved(
    sender: Any, instance: Any, created: bool = False, update_fields: Any = None, **kwargs: Any
) -> None:
    """An edited document or image (new title, another collection): the pages using it."""
    if created or kwargs.get("raw"):
        return
    if update_fields is not None and not {"title", "collection"} & set(update_fields):
        return  # e.g. a lazily computed file size or hash
    _request(affected.for_media_item(instance), f"zmiana pliku {instance.pk}")


def on_media_item_deleting(sender: Any, instance: Any, **kwargs: Any) -> None:
    # The references to it are still in the index before the delete.
    _request(affected.for_media_item(instance), f"usunięcie pliku {instance.pk}")


# -- sites and their settings --


def on_site_settings_saved(
    sender: Any, instance: Any, created: bool = False, **kwargs: Any
) -> None:
    # Wagtail creates a site's settings with their defaults on first read: nothing changes then.
    if isinstance(instance, BaseSiteSetting) and not created and not kwargs.get("raw"):
        _request(affected.for_site(instance.site), f"ustawienia witryny {instance.site.hostname}")


def on_site_saved(sender: Any, instance: Site, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        _request(affected.for_site(instance), f"zmiana witryny {instance.hostname}")


# -- announcements --


def remember_announcement_audience(sender: Any, instance: Any, **kwargs: Any) -> None:
    """Before a full save, note which sites show the stored version (its audience may change)."""
    if not instance.pk or kwargs.get("raw") or kwargs.get("update_fields") is not None:
        return
    stored = sender._default_manager.filter(pk=instance.pk, live=True).first()
    instance._static_builds_previous_hosts = (
        affected.announcement_hostnames(stored) if stored is not None else set()
    )


def on_announcement_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    previous: set[str] = getattr(instance, "_static_builds_previous_hosts", set())
    _request(affected.for_announcement(instance, previous), f"komunikat {instance.pk}")


def on_announcement_deleting(sender: Any, instance: Any, **kwargs: Any) -> None:
    # The audience (units) is still readable before the delete.
    instance._static_builds_previous_hosts = (
        affected.announcement_hostnames(instance) if instance.live else set()
    )


def on_announcement_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    hosts: set[str] = getattr(instance, "_static_builds_previous_hosts", set())
    _request(dict.fromkeys(hosts), f"usunięcie komunikatu {instance.pk}")


def announcement_model() -> type | None:
    label = getattr(settings, "STATIC_BUILDS_ANNOUNCEMENT_MODEL", "")
    return apps.get_model(label) if label else None


def connect() -> None:
    """Connect every handler (idempotent: each has a dispatch_uid)."""
    uid = DISPATCH_PREFIX
    pre_save.connect(remember_menu_state, dispatch_uid=f"{uid}:page-menu")
    page_published.connect(on_page_published, dispatch_uid=f"{uid}:page-published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid=f"{uid}:page-unpublished")
    page_slug_changed.connect(on_page_slug_changed, dispatch_uid=f"{uid}:page-slug")
    post_page_move.connect(on_page_moved, dispatch_uid=f"{uid}:page-moved")
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            on_view_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"{uid}:page-restriction-{name}",
        )
        signal.connect(
            on_collection_restriction_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"{uid}:collection-restriction-{name}",
        )
    for model in (get_document_model(), get_image_model()):
        label = model._meta.label_lower
        post_save.connect(on_media_item_saved, sender=model, dispatch_uid=f"{uid}:{label}-saved")
        pre_delete.connect(
            on_media_item_deleting, sender=model, dispatch_uid=f"{uid}:{label}-deleting"
        )
    post_save.connect(on_site_settings_saved, dispatch_uid=f"{uid}:site-settings")
    post_save.connect(on_site_saved, sender=Site, dispatch_uid=f"{uid}:site")
    model = announcement_model()
    if model is not None:
        pre_save.connect(
            remember_announcement_audience, sender=model, dispatch_uid=f"{uid}:ann-pre"
        )
        published.connect(on_announcement_changed, sender=model, dispatch_uid=f"{uid}:ann-pub")
        unpublished.connect(on_announcement_changed, sender=model, dispatch_uid=f"{uid}:ann-unpub")
        pre_delete.connect(on_announcement_deleting, sender=model, dispatch_uid=f"{uid}:ann-del0")
        post_delete.connect(on_announcement_deleted, sender=model, dispatch_uid=f"{uid}:ann-del")
