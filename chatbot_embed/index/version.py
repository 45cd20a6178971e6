"""The index version: a DB row is the truth, the cache makes reading it nearly free."""

from django.core.cache import cache
from django.db import transaction
from django.db.models import F

from ..models import IndexState

CACHE_KEY = "chatbot_embed:index-version"


def current_version() -> int:
    version = cache.get(CACHE_KEY)
    if version is None:
        state = IndexState.objects.filter(pk=1).first()
        version = state.version if state else 0
        cache.set(CACHE_KEY, version, timeout=None)
    return version


def bump_version() -> None:
    """Mark the index changed; every process rebuilds its in-memory structure on next use."""
    _state, created = IndexState.objects.get_or_create(pk=1)
    if not created:
        IndexState.objects.filter(pk=1).update(version=F("version") + 1)

    def publish() -> None:
        cache.set(CACHE_KEY, IndexState.objects.get(pk=1).version, timeout=None)

    cache.delete(CACHE_KEY)
    transaction.on_commit(publish)
