"""A local simulator of the national login node (Węzeł Krajowy), SAML-like with artifact binding.

Flow: the service provider (SP) signs an AuthnRequest (ID, ACS URL, RelayState; HMAC) and
redirects to the simulated node; the tester picks or enters a fictional person; the node keeps a
signed assertion under a one-time artifact and redirects back to the ACS with the artifact; the SP
resolves the artifact server-to-server (here in-process), checks the signature, InResponseTo
against the pending request in the session, the validity window, and the PESEL.
"""

import datetime as dt
import hashlib
import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from eservice_bridge.forms import pesel as pesel_rules

from .providers import IdentityError, VerifiedIdentity

REQUEST_SALT = "eservice_bridge.wezel.authnrequest"
ASSERTION_SALT = "eservice_bridge.wezel.assertion"
REQUEST_MAX_AGE = 600
ASSERTION_MAX_AGE = 120
ARTIFACT_TTL = 120
PENDING_SESSION_KEY = "eservices_wezel_pending"

FICTIONAL_PEOPLE = [
    ("Anna", "Testowa", dt.date(1985, 4, 12), 402),
    ("Jan", "Próbny", dt.date(1979, 11, 3), 551),
    ("Zofia", "Przykładowa", dt.date(2001, 2, 28), 884),
]


def fictional_people() -> list[dict]:
    people = []
    for given, family, born, serial in FICTIONAL_PEOPLE:
        sex_digit = 4 if given.endswith("a") else 5
        people.append(
            {
                "given_name": given,
                "family_name": family,
                "birth_date": born,
                "pesel": pesel_rules.make(born, serial, sex_digit),
            }
        )
    return people


def simulator_enabled() -> bool:
    """Demo and tests only: production settings never enable it (docs/security.md)."""
    if getattr(settings, "ELACZE_PRODUCTION", False):
        return False
    return bool(getattr(settings, "ESERVICES_SIMULATOR_ENABLED", True))


# ------------------------------------------------------------------ node side
def read_authn_request(token: str) -> dict:
    """Verify the SP's signed AuthnRequest (node side)."""
    try:
        request = signing.loads(token, salt=REQUEST_SALT, max_age=REQUEST_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise IdentityError(_("Żądanie logowania wygasło. Zacznij logowanie od nowa.")) from exc
    except signing.BadSignature as exc:
        raise IdentityError(_("Żądanie logowania ma nieprawidłowy podpis.")) from exc
    if not isinstance(request, dict) or not str(request.get("id", "")).startswith("_"):
        raise IdentityError(_("Żądanie logowania jest niekompletne."))
    return request


def issue_artifact(authn_request: dict, person: dict) -> str:
    """Node side: keep the signed assertion under a one-time artifact."""
    now = int(time.time())
    assertion = signing.dumps(
        {
            "in_response_to": authn_request["id"],
            "issuer": "wezel-krajowy-symulator",
            "audience": authn_request["issuer"],
            "issued": now,
            "not_on_or_after": now + ASSERTION_MAX_AGE,
            "loa": "substantial",
            "given_name": person["given_name"],
            "family_name": person["family_name"],
            "birth_date": person["birth_date"].isoformat(),
            "pesel": person["pesel"],
        },
        salt=ASSERTION_SALT,
    )
    artifact = secrets.token_urlsafe(32)
    cache.set(_artifact_key(artifact), assertion, timeout=ARTIFACT_TTL)
    return artifact


def resolve_artifact(artifact: str) -> str:
    """The ArtifactResolve call (server to server): each artifact resolves once."""
    key = _artifact_key(artifact)
    assertion = cache.get(key)
    cache.delete(key)
    if not assertion:
        raise IdentityError(_("Potwierdzenie logowania jest nieważne lub zostało już użyte."))
    return assertion


def _artifact_key(artifact: str) -> str:
    return "eservices:wezel:artifact:" + hashlib.sha256(artifact.encode()).hexdigest()


# ------------------------------------------------------------------ service-provider side
class SimulatedNodeProvider:
    name = "wezel-symulator"

    def begin(self, request: HttpRequest, relay_state: str) -> HttpResponse:
        if not simulator_enabled():
            raise IdentityError(_("Symulator węzła krajowego jest wyłączony."))
        request_id = "_" + secrets.token_hex(16)
        token = signing.dumps(
            {
                "id": request_id,
                "issuer": "e-lacze",
                "acs": reverse("eservices:wezel-acs"),
                "issued": int(time.time()),
                "relay_state": relay_state,
            },
            salt=REQUEST_SALT,
        )
        request.session[PENDING_SESSION_KEY] = {"id": request_id, "relay_state": relay_state}
        url = reverse("eservices:wezel-simulator") + "?" + urlencode({"SAMLRequest": token})
        return HttpResponseRedirect(url)

    def complete(self, request: HttpRequest) -> tuple[VerifiedIdentity, str]:
        artifact = request.GET.get("SAMLart", "")
        relay_state = request.GET.get("RelayState", "")
        pending = request.session.pop(PENDING_SESSION_KEY, None)
        if not artifact:
            raise IdentityError(_("Brak potwierdzenia logowania z węzła krajowego."))
        assertion_token = resolve_artifact(artifact)
        try:
            assertion = signing.loads(
                assertion_token, salt=ASSERTION_SALT, max_age=ASSERTION_MAX_AGE
            )
        except signing.BadSignature as exc:
            raise IdentityError(
                _("Potwierdzenie logowania ma nieprawidłowy podpis lub wygasło.")
            ) from exc
        if not pending or assertion.get("in_response_to") != pending.get("id"):
            raise IdentityError(
                _("Potwierdzenie logowania nie pasuje do tego logowania. Zacznij od nowa.")
            )
        if relay_state != pending.get("relay_state"):
            raise IdentityError(_("Zmieniono parametry logowania. Zacznij od nowa."))
        if (
            assertion.get("audience") != "e-lacze"
            or int(assertion.get("not_on_or_after", 0)) < time.time()
        ):
            raise IdentityError(_("Potwierdzenie logowania wygasło."))
        try:
            born = dt.date.fromisoformat(assertion["birth_date"])
            pesel_rules.validate(assertion["pesel"], born)
        except (KeyError, ValueError) as exc:
            raise IdentityError(_("Węzeł przekazał nieprawidłowe dane osoby.")) from exc
        identity = VerifiedIdentity(
            given_name=assertion["given_name"],
            family_name=assertion["family_name"],
            birth_date=born,
            pesel=assertion["pesel"],
            assurance=assertion.get("loa", "substantial"),
        )
        return identity, relay_state
