"""The client's address: ``X-Forwarded-For`` is believed only from a configured proxy.

``TRUSTED_PROXIES`` (addresses or networks, from the environment; empty by default) names the
peers whose ``X-Forwarded-For`` is read. A request from any other peer is identified by its
``REMOTE_ADDR`` and its forwarded header is ignored, so a client that reaches the CMS directly
cannot pick its own address. Behind a trusted proxy the client is the entry that proxy
appended: ``TRUSTED_PROXY_COUNT`` hops from the right of the chain (1 = nginx alone, which sets
``X-Forwarded-For $proxy_add_x_forwarded_for``). python-ipware parses the chain (IPv6,
ports, ``Forwarded``-style tokens, garbage entries skipped).
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest
from python_ipware import IpWare

UNKNOWN = "unknown"


@lru_cache(maxsize=8)
def _networks(
    proxies: tuple[str, ...],
) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    try:
        return tuple(ipaddress.ip_network(proxy.strip(), strict=False) for proxy in proxies)
    except ValueError as exc:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES must list IP addresses or networks, got {proxies!r}"
        ) from exc


def trusted_networks() -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))


def _parse(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        parsed = ipaddress.ip_address(address.strip())
    except ValueError:
        return None
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is not None:
        return parsed.ipv4_mapped
    return parsed


def is_trusted_proxy(address: str) -> bool:
    parsed = _parse(address)
    if parsed is None:
        return False
    return any(parsed.version == net.version and parsed in net for net in trusted_networks())


@lru_cache(maxsize=8)
def _ipware(proxy_count: int) -> IpWare:
    return IpWare(precedence=("HTTP_X_FORWARDED_FOR",), proxy_count=proxy_count)


def client_address(request: HttpRequest) -> str:
    """The calling client's IP address as text, or ``"unknown"``."""
    cached = getattr(request, "_client_address", None)
    if cached is not None:
        return cached
    remote = request.META.get("REMOTE_ADDR", "") or ""
    address = str(_parse(remote) or "") or UNKNOWN
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and is_trusted_proxy(remote):
        hops = int(getattr(settings, "TRUSTED_PROXY_COUNT", 1))
        # The proxy's own address closes the chain, so "hops" counts the proxies after it.
        chain = {"HTTP_X_FORWARDED_FOR": f"{forwarded}, {remote}"}
        ip, _trusted = _ipware(hops).get_client_ip(chain, strict=False)
        if ip is not None:
            address = str(ip)
    request._client_address = address
    return address


def ratelimit_address(request: HttpRequest) -> str:
    """``RATELIMIT_IP_META_KEY`` for django-ratelimit (it needs a parseable address)."""
    address = client_address(request)
    return "0.0.0.0" if address == UNKNOWN else address  # noqa: S104 - a key, not a bind


def axes_address(request: HttpRequest) -> str | None:
    """``AXES_CLIENT_IP_CALLABLE``: the client's address, or ``None`` when there is none (a
    sign-in without a connection, e.g. ``force_login``); axes stores it in an IP column."""
    address = client_address(request)
    return None if address == UNKNOWN else address
