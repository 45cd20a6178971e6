"""Request limits: question length, per-session and per-IP rates, allowed origins."""

import hashlib
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

MAX_QUESTION_CHARS = 500
MAX_SESSION_CHARS = 64


def _setting(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


def client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _hit(key: str, limit: int, window: int) -> bool:
    """Count one request; False when the key is over its limit in the current window."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    cache_key = f"chatbot_embed:rate:{digest}"
    if cache.add(cache_key, 1, timeout=window):
        return True
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.add(cache_key, 1, timeout=window)
        return True
    return count <= limit


def within_rate_limits(request: HttpRequest, session: str) -> bool:
    window = _setting("CHATBOT_RATE_WINDOW_SECONDS", 60)
    ip_ok = _hit(f"ip:{client_ip(request)}", _setting("CHATBOT_RATE_PER_IP", 60), window)
    session_ok = _hit(f"session:{session}", _setting("CHATBOT_RATE_PER_SESSION", 20), window)
    return ip_ok and session_ok


def portal_host(hostname: str) -> bool:
    base = settings.BASE_DOMAIN.lower()
    hostname = hostname.lower()
    return hostname == base or hostname.endswith("." + base)


def origin_allowed(request: HttpRequest) -> bool:
    """Browsers send Origin on POST: it must be one of the portal's hosts (*.BASE_DOMAIN)."""
    origin = request.headers.get("Origin")
    if not origin:
        return True  # not a cross-site browser request
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and portal_host(parts.hostname or "")
