"""Cache-based fixed-window rate limits (sign-in, e-mail links, submissions)."""

from dataclasses import dataclass

from django.core.cache import cache
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


def hit(limit: Limit, identity: str) -> bool:
    """Count one attempt; True while the caller is still within the limit."""
    key = f"eservices:rl:{limit.scope}:{identity}"
    added = cache.add(key, 1, timeout=limit.window_seconds)
    if added:
        return True
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=limit.window_seconds)
        return True
    return count <= limit.max_hits
