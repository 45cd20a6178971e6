"""The signed-in applicant lives in the session (staff use Django auth; applicants do not)."""

from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from eservice_bridge import clock
from eservice_bridge.audit.recorder import record
from eservice_bridge.protection.crypto import lookup_digest

from .models import Applicant, AssuranceLevel
from .providers import VerifiedIdentity

SESSION_KEY = "eservices_applicant"
PUBLIC_PREFIX = "/e-uslugi/"


def safe_next(value: str | None) -> str:
    """Only paths inside the bridge; anything else becomes the applicant's dashboard."""
    value = (value or "").strip()
    if (
        value.startswith(PUBLIC_PREFIX)
        and url_has_allowed_host_and_scheme(value, allowed_hosts=None)
        and "\\" not in value
    ):
        return value
    return reverse("eservices:dashboard")


def current_applicant(request: HttpRequest) -> Applicant | None:
    if hasattr(request, "_eservices_applicant"):
        return request._eservices_applicant
    applicant = None
    pk = request.session.get(SESSION_KEY)
    if pk:
        applicant = Applicant.objects.filter(pk=pk).first()
    request._eservices_applicant = applicant
    return applicant


def sign_in(request: HttpRequest, applicant: Applicant, how: str) -> None:
    request.session.cycle_key()  # no session fixation
    request.session[SESSION_KEY] = applicant.pk
    request._eservices_applicant = applicant
    applicant.last_sign_in_at = clock.now()
    applicant.save(update_fields=["last_sign_in_at"])
    record(request, "logowanie", applicant=applicant, detail=how)


def sign_out(request: HttpRequest) -> None:
    applicant = current_applicant(request)
    if applicant is not None:
        record(request, "wylogowanie", applicant=applicant)
    request.session.flush()


def applicant_for_identity(identity: VerifiedIdentity) -> Applicant:
    digest = lookup_digest(identity.pesel, "pesel")
    applicant = Applicant.objects.filter(pesel_digest=digest).first()
    if applicant is None:
        applicant = Applicant(pesel_digest=digest, assurance=AssuranceLevel.SUBSTANTIAL)
    applicant.given_name = identity.given_name
    applicant.family_name = identity.family_name
    applicant.birth_date = identity.birth_date
    applicant.pesel = identity.pesel
    applicant.save()
    return applicant


def applicant_for_email(email: str) -> Applicant:
    email = email.strip().lower()
    applicant = Applicant.objects.filter(
        email_digest=Applicant.email_digest_for(email),
        assurance=AssuranceLevel.EMAIL,
        pesel_digest="",
    ).first()
    if applicant is None:
        applicant = Applicant.objects.create(email=email, assurance=AssuranceLevel.EMAIL)
    return applicant


def applicant_required(view: Callable) -> Callable:
    """Send anonymous visitors to sign-in, then back to where they were going."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if current_applicant(request) is None:
            target = request.get_full_path() if request.method == "GET" else ""
            url = reverse("eservices:sign-in")
            if target:
                url += "?" + urlencode({"next": target})
            return HttpResponseRedirect(url)
        return view(request, *args, **kwargs)

    return wrapper
