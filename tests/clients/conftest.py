"""Every test starts with empty rate-limit counters (they live in the cache)."""

import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def behind_proxy(settings):
    """The deployment of deploy/nginx.conf: nginx on the same host is the trusted proxy."""
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1"]
    settings.TRUSTED_PROXY_COUNT = 1
    return settings
