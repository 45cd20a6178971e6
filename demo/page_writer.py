"""Writing demo pages fast but completely: live page, one revision, correct publish metadata.

Most demo pages are written with ``add_live_child``: the page is created live with a single
revision recorded as its live revision, without Wagtail's publish machinery (signals, log
entries, per-page indexing), which is what makes publishing thousands of pages slow. Pages whose
history matters (BIP documents and their change register) go through ``publish_versions``,
which uses Wagtail's real publish action for every version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page, Revision

from .indexing import BulkIndexer

P = TypeVar("P", bound=Page)


def _record_live_revision(page: Page, user: AbstractBaseUser | None) -> Revision:
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        user=user,
        content=page.serializable_data(),
        object_str=str(page),
    )
    Page.objects.filter(pk=page.pk).update(
        latest_revision=revision,
        live_revision=revision,
        latest_revision_created_at=revision.created_at,
        draft_title=page.title,
        has_unpublished_changes=False,
    )
    page.latest_revision = page.live_revision = revision
    page.latest_revision_created_at = revision.created_at
    page.draft_title = page.title
    page.has_unpublished_changes = False
    return revision


def _append_child(parent: Page, page: Page, *, count_child: bool = True) -> None:
    """Insert ``page`` as the last child of ``parent`` (treebeard's add_child, minus validation).

    Demo content is validated by the test suite (``full_clean`` on every seeded page) instead
    of on every save, which roughly halves the cost of writing a page.
    """
    depth = parent.depth + 1
    step = getattr(parent, "_demo_last_step", None)
    if step is None:
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=depth)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        step = Page._str2int(last[-Page.steplen :]) if last else 0
    step += 1
    page.depth = depth
    page.path = Page._get_path(parent.path, depth, step)
    page.numchild = 0
    page.locale_id = page.locale_id or parent.locale_id
    page.draft_title = page.title
    page._cached_parent_obj = parent  # Page.save derives url_path from it without a query
    page.save(clean=False)
    parent._demo_last_step = step
    if count_child:
        _count_children(parent, 1)


def _count_children(parent: Page, added: int) -> None:
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + added)
    parent.numchild += added


def add_live_child(
    parent: Page,
    page: P,
    *,
    published_at: dt.datetime,
    user: AbstractBaseUser | None,
    indexer: BulkIndexer,
) -> P:
    """Create ``page`` under ``parent`` as a published page with one revision."""
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = page.last_published_at = published_at
    page.owner = user
    _append_child(parent, page)
    _record_live_revision(page, user)
    indexer.add(page)
    return page


def add_live_children(
    parent: Page,
    pages: list[tuple[Page, dt.datetime]],
    *,
    user: AbstractBaseUser | None,
    indexer: BulkIndexer,
) -> list[Page]:
    """``add_live_child`` for many pages of one parent, with revisions written in bulk."""
    created = []
    for page, published_at in pages:
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = published_at
        page.owner = user
        _append_child(parent, page, count_child=False)
        created.append(page)
    if not created:
        return created
    _count_children(parent, len(created))
    now = timezone.now()
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
                base_content_type=page.get_base_content_type(),
                object_id=str(page.pk),
                user=user,
                content=page.serializable_data(),
                object_str=str(page),
                created_at=now,
            )
            for page in created
        ]
    )
    for page, revision in zip(created, revisions, strict=True):
        page.latest_revision = page.live_revision = revision
        page.latest_revision_created_at = revision.created_at
        indexer.add(page)
    Page.objects.bulk_update(
        created, ["latest_revision", "live_revision", "latest_revision_created_at"]
    )
    return created


def update_live_page(
    page: P, user: AbstractBaseUser | None, indexer: BulkIndexer, **values: Any
) -> P:
    """Change fields of a live page and record the result as its new live revision."""
    for name, value in values.items():
        setattr(page, name, value)
    page.save()
    _record_live_revision(page, user)
    indexer.add(page)
    return page


def publish_versions(
    parent: Page,
    page: P,
    versions: Iterable[dict[str, Any]],
    *,
    author: AbstractBaseUser | None,
    publisher: AbstractBaseUser | None,
    indexer: BulkIndexer,
) -> P:
    """Create ``page`` and publish each version in turn through Wagtail's publish action."""
    versions = list(versions)
    for name, value in versions[0].items():
        setattr(page, name, value)
    page.live = False
    page.owner = author
    _append_child(parent, page)
    for number, version in enumerate(versions):
        if number:
            page = type(page).objects.get(pk=page.pk)
            for name, value in version.items():
                setattr(page, name, value)
        revision = page.save_revision(user=author, log_action=True)
        revision.publish(user=publisher, skip_permission_checks=True)
    page = type(page).objects.get(pk=page.pk)
    indexer.add(page)
    return page
