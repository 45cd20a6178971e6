"""Staff requests: session limits first, then the second factor.

Installed after Django's ``AuthenticationMiddleware`` and django-otp's ``OTPMiddleware`` (which
gives ``request.user.is_verified()``). A signed-in user who has a second factor but has not
used it in this session, or who must have one (``policy.two_factor_required``) and has none,
reaches only the pages that sign in, verify, set up the factor or sign out.
"""

from functools import lru_cache
from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import sessions
from .devices import has_second_factor
from .policy import two_factor_required

OPEN_URL_NAMES = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    # The admin's icons, fetched by every admin page (the two-step pages too): redirected, the
    # fetched page would be pasted into the page as a second, hidden copy of its form.
    "wagtailadmin_sprite",
    "staff_access_verify",
    "staff_access_setup",
)


@lru_cache(maxsize=1)
def open_paths() -> frozenset[str]:
    return frozenset(reverse(name) for name in OPEN_URL_NAMES)


def _redirect(name: str, request) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")


class StaffAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return self.get_response(request)
        if sessions.expired(request):
            messages.info(request, _("Sesja wygasła. Zaloguj się ponownie."))
            return _redirect("wagtailadmin_login", request)
        if request.path_info in open_paths() or user.is_verified():
            return self.get_response(request)
        if has_second_factor(user):
            return _redirect("staff_access_verify", request)
        if two_factor_required(user):
            return _redirect("staff_access_setup", request)
        return self.get_response(request)
