"""Per-client rate limits, counted by django-ratelimit in the shared cache (Redis in production).

One call counts one attempt under a named limit and a key (by default the client's real
address, see ``address``) and says whether the caller went over. django-ratelimit keeps one
counter per key and fixed window (the window is part of the cache key, so a counter that
outlives its window limits nobody), and every gunicorn worker counts in the same cache.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest
from django_ratelimit.core import is_ratelimited

from .address import client_address


@dataclass(frozen=True)
class Limit:
    """``rate``: django-ratelimit's ``"count/period"`` (``"20/5m"``), or a function giving it
    (to read settings at request time)."""

    group: str
    rate: str | Callable[[], str]

    def resolved_rate(self) -> str:
        return self.rate() if callable(self.rate) else self.rate


def exceeded(request: HttpRequest, limit: Limit, key: str | None = None) -> bool:
    """Count one attempt; True once the key has gone over the limit in the current window.

    ``key`` names what is counted (an account, an e-mail address, a chat session); without it
    the client's address is.
    """
    value = key if key is not None else "ip:" + client_address(request)
    keyfn: Callable[[str, HttpRequest], str] = lambda _group, _request: value  # noqa: E731
    return is_ratelimited(
        request, group=limit.group, key=keyfn, rate=limit.resolved_rate(), increment=True
    )
