"""Publish, unpublish, move and delete signals keep the index in step with the public sites.

Removals happen at once in the same transaction; (re)indexing, which stems text, is queued
as a Celery task after commit (run in-process when Celery is eager).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    ReferenceIndex,
    Site,
)
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from .refresh import reindex_announcement, reindex_service, remove_key, remove_pages, remove_subtree
from .version import bump_version


def _queue_subtree(page_id: int) -> None:
    from .tasks import reindex_subtree_task

    transaction.on_commit(lambda: reindex_subtree_task.delay(page_id))


def on_page_published(sender, instance: Page, **kwargs) -> None:
    _queue_subtree(instance.pk)


def on_page_unpublished(sender, instance: Page, **kwargs) -> None:
    remove_subtree(instance)


def on_page_moved(sender, instance: Page, **kwargs) -> None:
    _queue_subtree(instance.pk)


def on_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        remove_pages([instance.pk])


def on_restriction_changed(sender, instance: PageViewRestriction, **kwargs) -> None:
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    if kwargs.get("signal") is post_save:
        remove_subtree(page)
    else:
        _queue_subtree(page.pk)


def _queue_referring_pages(documents) -> None:
    """Re-index the live pages that use any of ``documents`` (they name them in their text)."""
    page_ct = ContentType.objects.get_for_model(Page)
    ids = ReferenceIndex.get_references_to_in_bulk(documents).filter(base_content_type=page_ct)
    for page_id in Page.objects.filter(
        pk__in=[int(pk) for pk in ids.values_list("object_id", flat=True)], live=True
    ).values_list("pk", flat=True):
        _queue_subtree(page_id)


def on_collection_restriction_changed(sender, instance: CollectionViewRestriction, **kwargs):
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is not None:
        subtree = Collection.objects.filter(path__startswith=collection.path)
        _queue_referring_pages(get_document_model().objects.filter(collection__in=subtree))


def on_document_saved(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    if created or kwargs.get("raw"):
        return
    if update_fields is not None and not {"title", "collection"} & set(update_fields):
        return  # e.g. a lazily computed file size or hash
    _queue_referring_pages([instance])


def on_site_saved(sender, instance: Site, **kwargs) -> None:
    _queue_subtree(instance.root_page_id)


def on_site_deleted(sender, instance: Site, **kwargs) -> None:
    # The site's documents go with it (foreign key cascade); processes must forget them too.
    bump_version()


def on_announcement_published(sender, instance, **kwargs) -> None:
    transaction.on_commit(lambda: reindex_announcement(instance))


def on_announcement_removed(sender, instance, **kwargs) -> None:
    remove_key(f"announcement:{instance.pk}")


def on_service_saved(sender, instance, **kwargs) -> None:
    if instance.is_active:
        transaction.on_commit(lambda: reindex_service(instance))
    else:
        remove_key(f"service:{instance.slug}")


def on_figures_saved(sender, instance, **kwargs) -> None:
    """The catalogue's texts state the year's figures: reindex every active service."""
    from eservice_bridge.catalogue.models import Service

    def reindex() -> None:
        for service in Service.objects.filter(is_active=True):
            reindex_service(service)

    transaction.on_commit(reindex)


def on_service_deleted(sender, instance, **kwargs) -> None:
    remove_key(f"service:{instance.slug}")


def connect() -> None:
    from cms.announcements.models import Announcement

    page_published.connect(on_page_published, dispatch_uid="chatbot_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="chatbot_page_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="chatbot_page_moved")
    page_slug_changed.connect(on_page_moved, dispatch_uid="chatbot_page_slug_changed")
    post_delete.connect(on_deleted, dispatch_uid="chatbot_page_deleted")
    post_save.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="chatbot_restriction_saved"
    )
    post_delete.connect(
        on_restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="chatbot_restriction_deleted",
    )
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            on_collection_restriction_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"chatbot_collection_restriction_{name}",
        )
    post_save.connect(
        on_document_saved, sender=get_document_model(), dispatch_uid="chatbot_document_saved"
    )
    post_save.connect(on_site_saved, sender=Site, dispatch_uid="chatbot_site_saved")
    post_delete.connect(on_site_deleted, sender=Site, dispatch_uid="chatbot_site_deleted")
    published.connect(
        on_announcement_published, sender=Announcement, dispatch_uid="chatbot_ann_published"
    )
    unpublished.connect(
        on_announcement_removed, sender=Announcement, dispatch_uid="chatbot_ann_unpublished"
    )
    post_delete.connect(
        on_announcement_removed, sender=Announcement, dispatch_uid="chatbot_ann_deleted"
    )
    from eservice_bridge.catalogue.models import Service

    post_save.connect(on_service_saved, sender=Service, dispatch_uid="chatbot_service_saved")
    post_delete.connect(on_service_deleted, sender=Service, dispatch_uid="chatbot_service_deleted")
    from eservice_bridge.legal_figures.models import LegalFigures

    post_save.connect(on_figures_saved, sender=LegalFigures, dispatch_uid="chatbot_figures_saved")
