"""Per-client limits behind nginx: counted per real client, never one city-wide counter.

Before the fix every limit counted REMOTE_ADDR, which behind the shipped nginx is the proxy's
own address: the sixth family to ask for a sign-in link in a quarter of an hour was refused.
"""

import pytest

from eservice_bridge.audit.models import AuditEntry
from tests.clients.proxy import through_proxy

pytestmark = pytest.mark.django_db

CLIENTS = [f"203.0.113.{n}" for n in range(1, 23)]


def _ask_for_link(client, email: str, **headers):
    return client.post("/e-uslugi/logowanie/email/", {"email": email}, **headers)


def test_22_families_behind_the_proxy_are_not_refused(client, behind_proxy):
    codes = [
        _ask_for_link(client, f"rodzic{n}@example.org", **through_proxy(address)).status_code
        for n, address in enumerate(CLIENTS)
    ]
    assert codes == [200] * 22


def test_one_client_behind_the_proxy_is_still_limited(client, behind_proxy):
    headers = through_proxy("203.0.113.50")
    codes = [
        _ask_for_link(client, f"rodzic{n}@example.org", **headers).status_code for n in range(7)
    ]
    assert codes[:5] == [200] * 5
    assert codes[5:] == [429, 429]
    # Another family behind the same proxy is not affected.
    assert (
        _ask_for_link(client, "inny@example.org", **through_proxy("203.0.113.51")).status_code
        == 200
    )


def test_spoofed_forwarded_for_from_an_untrusted_peer_is_ignored(client, behind_proxy):
    codes = [
        _ask_for_link(
            client,
            f"rodzic{n}@example.org",
            REMOTE_ADDR="198.51.100.7",
            HTTP_X_FORWARDED_FOR=address,
        ).status_code
        for n, address in enumerate(CLIENTS[:7])
    ]
    assert codes[:5] == [200] * 5
    assert codes[5:] == [429, 429]


def test_a_client_cannot_escape_the_limit_by_prepending_addresses(client, behind_proxy):
    codes = [
        _ask_for_link(
            client, f"rodzic{n}@example.org", **through_proxy("203.0.113.60", spoofed=address)
        ).status_code
        for n, address in enumerate(CLIENTS[:7])
    ]
    assert codes[5:] == [429, 429]


def test_the_audit_trail_records_the_real_client(client, behind_proxy):
    response = client.get("/e-uslugi/logowanie/wezel/", **through_proxy("203.0.113.77"))
    saml_request = response["Location"].split("SAMLRequest=", 1)[1]
    from urllib.parse import unquote

    at_node = client.post(
        "/e-uslugi/wezel-symulator/logowanie/",
        {"SAMLRequest": unquote(saml_request), "person": "0"},
        **through_proxy("203.0.113.77"),
    )
    back = client.get(at_node["Location"], **through_proxy("203.0.113.77"))
    assert back.status_code == 302
    entry = AuditEntry.objects.get(action="logowanie")
    assert entry.ip_address == "203.0.113.77"


def test_chatbot_counts_each_client_behind_the_proxy(client, behind_proxy, settings):
    settings.CHATBOT_RATE_PER_IP = 3
    payload = '{"question": "festyn", "site": "nieznany.localhost"}'

    def ask(address):
        return client.post(
            "/chatbot/api/ask", payload, content_type="application/json", **through_proxy(address)
        ).status_code

    # Unknown site answers 400, but only after the limits were counted.
    assert [ask(address) for address in CLIENTS] == [400] * 22
    assert [ask("203.0.113.90") for _ in range(4)] == [400, 400, 400, 429]
