"""Deferred search and reference indexing for bulk seeding.

Wagtail indexes every saved object one by one (a task per save). While seeding thousands of
pages we mute those handlers and index the collected objects in bulk afterwards.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_save
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex, Site
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published


class BulkIndexer:
    """Collects objects saved while indexing is muted, then indexes them in one go."""

    def __init__(self) -> None:
        # Per model, by primary key: an object saved twice is indexed once, in its last state.
        self._objects: dict[type[Model], dict[object, Model]] = defaultdict(dict)

    def add(self, obj: Model) -> None:
        self._objects[type(obj)][obj.pk] = obj

    def flush(self) -> None:
        """Write search entries (bulk, per model) and reference-index rows for collected objects."""
        objects, self._objects = self._objects, defaultdict(dict)
        for model, by_pk in objects.items():
            items = list(by_pk.values())
            if search_index.class_is_indexed(model):
                for backend in get_search_backends(with_auto_update=True):
                    backend.add_bulk(model, items)
            if ReferenceIndex.model_is_indexable(model):
                for item in items:
                    ReferenceIndex.create_or_update_for_object(item)


@contextmanager
def deferred_indexing() -> Iterator[BulkIndexer]:
    """Mute per-save search and reference indexing; the caller flushes the indexer."""
    models = [
        m for m in search_index.get_indexed_models() if getattr(m, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield BulkIndexer()
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


@contextmanager
def deferred_chatbot_indexing() -> Iterator[Callable[[int], None]]:
    """Yield ``reindex_site(home_page_id)``: the chatbot index re-reads each seeded site once.

    The chatbot re-reads a page's whole subtree on every publish and every Site save; seeding
    a unit causes several of those per unit. While seeding they are muted and the caller asks
    for one re-read per site, run after its transaction commits. The demo sits above the chatbot
    app, so it imports the chatbot's receivers directly.
    """
    from chatbot_embed.index import signals as chatbot_signals
    from chatbot_embed.tasks import reindex_subtree_task

    hooks = [
        (page_published, chatbot_signals.on_page_published, None, "chatbot_page_published"),
        (post_save, chatbot_signals.on_site_saved, Site, "chatbot_site_saved"),
    ]
    muted = [hook for hook in hooks if hook[0].disconnect(sender=hook[2], dispatch_uid=hook[3])]

    def reindex_site(page_id: int) -> None:
        if muted:
            transaction.on_commit(lambda: reindex_subtree_task.delay(page_id))

    try:
        yield reindex_site
    finally:
        for signal, receiver, sender, uid in muted:
            signal.connect(receiver, sender=sender, dispatch_uid=uid)
