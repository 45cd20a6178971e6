"""The identity-provider interface the bridge signs applicants in through.

A provider starts a sign-in (``begin``: redirect the browser to the identity provider) and
finishes it (``complete``: turn the provider's answer into a verified identity). The local
simulator of the national login node implements it; a real login.gov.pl SAML adapter
implements the same two methods (see docs/identity.md).
"""

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.module_loading import import_string


class IdentityError(Exception):
    """Sign-in failed; the message is user-facing Polish text."""


@dataclass(frozen=True)
class VerifiedIdentity:
    given_name: str
    family_name: str
    birth_date: dt.date
    pesel: str
    assurance: str = "substantial"


class IdentityProvider(Protocol):
    name: str

    def begin(self, request: HttpRequest, relay_state: str) -> HttpResponse:
        """Redirect to the provider with a signed authentication request."""

    def complete(self, request: HttpRequest) -> tuple[VerifiedIdentity, str]:
        """Verify the provider's answer; return the identity and the relay state."""


def get_provider() -> IdentityProvider:
    path = getattr(
        settings,
        "ESERVICES_IDENTITY_PROVIDER",
        "eservice_bridge.identity.simulator.SimulatedNodeProvider",
    )
    return import_string(path)()
