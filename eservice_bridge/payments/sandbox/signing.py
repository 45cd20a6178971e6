"""The sandbox gateway's signature scheme: HMAC-SHA256 over the canonical JSON body.

Canonical form: the JSON object with keys sorted, no insignificant whitespace (separators
``,`` and ``:``), non-ASCII characters kept as UTF-8. The sender signs those bytes and sends them
as the body; the receiver parses the body, re-serialises it canonically and compares the
HMAC in constant time, so a body changed in any field (amount, status, ids) fails.
Header: ``X-Sandbox-Signature: sha256=<hex digest>``.
"""

import hashlib
import hmac
import json
from collections.abc import Mapping

from django.conf import settings

SIGNATURE_HEADER = "X-Sandbox-Signature"
SCHEME = "sha256="
# The provider name the gateway's notifications are addressed to (``SandboxProvider.name``).
PROVIDER_NAME = "sandbox"
# The same literal is the default in cms/settings/base.py; a production deployment refuses it.
DEV_SECRET = "elacze-sandbox-dev-secret-not-for-production"  # noqa: S105


def secret() -> str:
    """The secret the gateway and the adapter share."""
    return getattr(settings, "PAYMENTS_SANDBOX_SECRET", "") or DEV_SECRET


def canonical(document: dict) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def signature(secret: str, body: bytes) -> str:
    return SCHEME + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signed(secret: str, document: dict) -> tuple[bytes, dict[str, str]]:
    """The canonical body and the headers to send with it."""
    body = canonical(document)
    return body, {
        "Content-Type": "application/json; charset=utf-8",
        SIGNATURE_HEADER: signature(secret, body),
    }


def header(headers: Mapping[str, str], name: str) -> str:
    """A header by case-insensitive name (works for dicts and Django's request.headers)."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return ""


def matches(secret: str, canonical_body: bytes, sent: str) -> bool:
    return bool(sent) and hmac.compare_digest(signature(secret, canonical_body), sent.strip())
