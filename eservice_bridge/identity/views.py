"""Sign-in pages: choice of method, the login-node simulator, e-mail links, sign-out."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from cms.clients.ratelimits import exceeded
from eservice_bridge.protection.ratelimit import EMAIL_LINK, SIGN_IN

from . import email_link, simulator
from .forms import EmailSignInForm, SimulatedPersonForm
from .providers import IdentityError, get_provider
from .session import applicant_for_email, applicant_for_identity, safe_next, sign_in, sign_out

TOO_MANY = gettext_lazy("Zbyt wiele prób logowania. Odczekaj kilka minut i spróbuj ponownie.")


def sign_in_page(request: HttpRequest) -> HttpResponse:
    next_url = safe_next(request.GET.get("next"))
    return render(
        request,
        "eservice_bridge/identity/sign_in.html",
        {"next": next_url, "email_form": EmailSignInForm(), "page_title": _("Logowanie")},
    )


def wezel_start(request: HttpRequest) -> HttpResponse:
    if exceeded(request, SIGN_IN):
        return _error(request, TOO_MANY, status=429)
    try:
        return get_provider().begin(request, safe_next(request.GET.get("next")))
    except IdentityError as exc:
        return _error(request, str(exc))


@require_http_methods(["GET", "POST"])
def wezel_simulator(request: HttpRequest) -> HttpResponse:
    """The simulated node's own login page (in reality: login.gov.pl)."""
    token = request.POST.get("SAMLRequest") or request.GET.get("SAMLRequest", "")
    try:
        if not simulator.simulator_enabled():
            raise IdentityError(_("Symulator węzła krajowego jest wyłączony."))
        authn_request = simulator.read_authn_request(token)
    except IdentityError as exc:
        return _error(request, str(exc))
    people = simulator.fictional_people()
    form = SimulatedPersonForm()
    if request.method == "POST":
        choice = request.POST.get("person", "")
        if choice.isdigit() and int(choice) < len(people):
            person = people[int(choice)]
        else:
            form = SimulatedPersonForm(request.POST)
            person = form.cleaned_data if form.is_valid() else None
        if person is not None:
            artifact = simulator.issue_artifact(authn_request, person)
            query = urlencode({"SAMLart": artifact, "RelayState": authn_request["relay_state"]})
            return HttpResponseRedirect(f"{authn_request['acs']}?{query}")
    return render(
        request,
        "eservice_bridge/identity/simulator.html",
        {
            "people": people,
            "form": form,
            "saml_request": token,
            "page_title": _("Symulator węzła krajowego"),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def wezel_acs(request: HttpRequest) -> HttpResponse:
    """Assertion consumer: resolve the artifact, verify, sign the applicant in."""
    if exceeded(request, SIGN_IN):
        return _error(request, TOO_MANY, status=429)
    try:
        identity, relay_state = get_provider().complete(request)
    except IdentityError as exc:
        return _error(request, str(exc))
    applicant = applicant_for_identity(identity)
    sign_in(request, applicant, "węzeł krajowy (symulator)")
    return HttpResponseRedirect(safe_next(relay_state))


@require_POST
def email_request(request: HttpRequest) -> HttpResponse:
    next_url = safe_next(request.POST.get("next"))
    form = EmailSignInForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "eservice_bridge/identity/sign_in.html",
            {"next": next_url, "email_form": form, "page_title": _("Logowanie")},
            status=400,
        )
    email = form.cleaned_data["email"].lower()
    if exceeded(request, EMAIL_LINK) or exceeded(request, EMAIL_LINK, "email:" + email):
        return _error(request, TOO_MANY, status=429)
    email_link.send_link(request, email, next_url)
    return render(
        request,
        "eservice_bridge/identity/email_sent.html",
        {"email": email, "page_title": _("Sprawdź skrzynkę e-mail")},
    )


@require_http_methods(["GET", "POST"])
def email_link_view(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button (mail scanners do not use the link up); POST signs in once."""
    if exceeded(request, SIGN_IN):
        return _error(request, TOO_MANY, status=429)
    try:
        if request.method == "GET":
            link = email_link.peek(token)
            return render(
                request,
                "eservice_bridge/identity/email_confirm.html",
                {"email": link.email, "page_title": _("Potwierdź logowanie")},
            )
        link = email_link.consume(token)
    except IdentityError as exc:
        return _error(request, str(exc))
    applicant = applicant_for_email(link.email)
    sign_in(request, applicant, "link e-mail")
    return HttpResponseRedirect(safe_next(link.next_url))


@require_POST
def sign_out_view(request: HttpRequest) -> HttpResponse:
    sign_out(request)
    messages.info(request, _("Wylogowano."))
    return HttpResponseRedirect(reverse("eservices:sign-in"))


def _error(request: HttpRequest, message: str, status: int = 400) -> HttpResponse:
    return render(
        request,
        "eservice_bridge/error.html",
        {"message": message, "page_title": _("Nie udało się")},
        status=status,
    )
