"""Request limits: question length, per-session and per-client rates, allowed origins."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest

from cms.clients.ratelimits import Limit, exceeded

MAX_QUESTION_CHARS = 500
MAX_SESSION_CHARS = 64


def _rate(count_setting: str, default_count: int) -> str:
    window = int(getattr(settings, "CHATBOT_RATE_WINDOW_SECONDS", 60))
    return f"{int(getattr(settings, count_setting, default_count))}/{window}s"


PER_CLIENT = Limit("chatbot:client", lambda: _rate("CHATBOT_RATE_PER_IP", 60))
PER_SESSION = Limit("chatbot:session", lambda: _rate("CHATBOT_RATE_PER_SESSION", 20))


def within_rate_limits(request: HttpRequest, session: str | None) -> bool:
    """Per client (its real address behind the proxy) and, when the widget names one, per
    conversation; counted by django-ratelimit in the shared cache."""
    client_over = exceeded(request, PER_CLIENT)
    session_over = session is not None and exceeded(request, PER_SESSION, "session:" + session)
    return not (client_over or session_over)


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
