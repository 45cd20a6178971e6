"""The client's address: X-Forwarded-For is believed only from a trusted proxy."""

import pytest
from django.test import RequestFactory

from cms.clients.address import client_address


def _request(remote: str, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(_request("198.51.100.7", "203.0.113.9")) == "198.51.100.7"


def test_from_the_trusted_proxy_the_address_it_appended_is_the_client(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    # The client sent "1.2.3.4" itself; nginx appended the address it saw.
    assert client_address(_request("10.0.0.5", "1.2.3.4, 203.0.113.9")) == "203.0.113.9"
    assert client_address(_request("10.0.0.5", "2001:db8::17")) == "2001:db8::17"
    assert client_address(_request("10.0.0.5", "garbage, 203.0.113.9")) == "203.0.113.9"


def test_an_untrusted_peer_cannot_choose_its_address(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    assert client_address(_request("198.51.100.7", "10.0.0.5, 203.0.113.9")) == "198.51.100.7"


def test_two_proxy_hops(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.5"]
    settings.TRUSTED_PROXY_COUNT = 2
    # A load balancer appended the client, nginx appended the load balancer.
    forwarded = "1.2.3.4, 203.0.113.9, 10.0.0.1"
    assert client_address(_request("10.0.0.5", forwarded)) == "203.0.113.9"


@pytest.mark.parametrize("forwarded", ["", "nonsense", "unknown, ,"])
def test_a_useless_header_from_the_proxy_falls_back_to_the_peer(settings, forwarded):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_address(_request("127.0.0.1", forwarded)) == "127.0.0.1"
