"""Renditions of a private collection's images are deleted, so no old URL keeps working.

The public sites never show such an image (``cms.api`` treats it as gone) and the rendition
files under ``/media/images/`` are public, so when a collection becomes private, or an image
moves into a private collection, its renditions go (Wagtail deletes their files after the
commit). They are made again when the image is next shown publicly.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from .collections import is_private


def delete_renditions(collection: Collection) -> int:
    """Delete the renditions of every image in ``collection`` and its descendants."""
    images = get_image_model().objects.filter(collection__path__startswith=collection.path)
    deleted = 0
    for image in images:
        for rendition in image.renditions.all():
            rendition.delete()
            deleted += 1
    return deleted


def on_collection_restricted(
    sender: Any, instance: CollectionViewRestriction, **kwargs: Any
) -> None:
    if not kwargs.get("raw"):
        delete_renditions(instance.collection)


def on_image_saved(sender: Any, instance: Any, created: bool = False, **kwargs: Any) -> None:
    update_fields = kwargs.get("update_fields")
    if kwargs.get("raw") or (update_fields is not None and "collection" not in update_fields):
        return
    if is_private(instance.collection):
        for rendition in instance.renditions.all():
            rendition.delete()


def connect() -> None:
    post_save.connect(
        on_collection_restricted,
        sender=CollectionViewRestriction,
        dispatch_uid="privacy:collection-restricted",
    )
    post_save.connect(on_image_saved, sender=get_image_model(), dispatch_uid="privacy:image-saved")
