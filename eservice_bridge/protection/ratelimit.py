"""Cache-based fixed-window rate limits (sign-in, e-mail links, submissions).

Counters live in the shared cache (Redis in production), so every gunicorn worker counts the
same attempts. On Redis one attempt is one round trip that cannot race: "create the counter
with its expiry unless it exists" and "increment it" run as one MULTI/EXEC. (Django's generic
``incr`` checks that the key exists and then increments it in a second command; a window that
expires in between leaves a counter without expiry, and that person limited for good.)
"""

from dataclasses import dataclass

from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.http import HttpRequest


@dataclass(frozen=True)
class Limit:
    scope: str
    max_hits: int
    window_seconds: int


SIGN_IN = Limit("sign-in", 20, 300)
EMAIL_LINK = Limit("email-link", 5, 900)
SUBMISSION = Limit("submission", 10, 300)
UPLOAD = Limit("upload", 40, 300)


def client_ip(request: HttpRequest) -> str:
    """The client's address as Django sees it (a trusted proxy sets REMOTE_ADDR)."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _count_on_redis(backend: RedisCache, key: str, window_seconds: int) -> int:
    full_key = backend.make_and_validate_key(key)
    # Django's Redis backend keeps its redis-py client here (no public accessor exists).
    client = backend._cache.get_client(full_key, write=True)
    pipe = client.pipeline(transaction=True)
    pipe.set(full_key, 0, ex=window_seconds, nx=True)
    pipe.incr(full_key)
    _created, count = pipe.execute()
    return int(count)


def _count(key: str, window_seconds: int) -> int:
    if cache.add(key, 1, timeout=window_seconds):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # the window ended between add and incr
        cache.set(key, 1, timeout=window_seconds)
        return 1


def hit(limit: Limit, identity: str) -> bool:
    """Count one attempt; True while the caller is still within the limit."""
    key = f"eservices:rl:{limit.scope}:{identity}"
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        count = _count_on_redis(backend, key, limit.window_seconds)
    else:
        count = _count(key, limit.window_seconds)
    return count <= limit.max_hits
