"""Fixtures of the chatbot tests: realistic content and a fresh search index per test."""

import pytest

from tests.chatbot.content import build_content


@pytest.fixture(autouse=True)
def fresh_search_state():
    """Each test starts with an empty cache and no in-memory index (the DB is rolled back)."""
    from django.core.cache import cache

    from chatbot_embed.retrieval import engine

    cache.clear()
    engine._index = None
    yield
    cache.clear()
    engine._index = None


@pytest.fixture
def content(db, settings):
    """Department + two schools with pages, news, events, FAQ and an announcement."""
    settings.BASE_DOMAIN = "localhost"
    settings.PUBLIC_SCHEME = "http"
    settings.PUBLIC_PORT = 8000
    return build_content()
