"""Pages of staff access: verify the second factor, set it up, manage it; the administrators'
page of locked-out sign-ins and second-factor resets.

Who may see what: verify and set-up pages need a signed-in user (the middleware sends
unverified users there); ``own_factor`` needs a verified user (or one with no factor); the
administrators' page needs ``auth.change_user`` (superusers have it).
"""

import base64
from io import BytesIO
from urllib.parse import urlencode

from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max, Sum
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp.qr import write_qrcode_image

from . import devices
from .forms import CodeForm
from .policy import two_factor_required

ADMIN_PERMISSION = "auth.change_user"


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


@never_cache
@sensitive_post_parameters("code")
@login_required
@require_http_methods(["GET", "POST"])
@transaction.atomic  # django-otp locks the device row while it checks a code
def verify(request):
    user = request.user
    if user.is_verified():
        return redirect(_next_url(request))
    if not devices.has_second_factor(user):
        return redirect(
            f"{reverse('staff_access_setup')}?{urlencode({'next': _next_url(request)})}"
        )
    form = CodeForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        otp_login(request, form.verified_device)
        request.session.cycle_key()
        if form.verified_device.name == devices.RECOVERY_NAME:
            left = devices.remaining_recovery_codes(user)
            messages.warning(
                request,
                _("Użyto kodu zapasowego; zostało %(n)d. Wygeneruj nowe w ustawieniach konta.")
                % {"n": left},
            )
        return redirect(_next_url(request))
    return render(
        request,
        "staff_access/verify.html",
        {"form": form, "next": _next_url(request)},
        status=400 if form.is_bound else 200,
    )


def _qr_svg(url: str) -> str:
    out = BytesIO()
    write_qrcode_image(url, out)
    svg = out.getvalue().decode()
    return svg[svg.index("<svg") :]  # without the XML declaration, to inline it


@never_cache
@sensitive_post_parameters("code")
@login_required
@require_http_methods(["GET", "POST"])
@transaction.atomic  # django-otp locks the device row while it checks a code
def setup(request):
    user = request.user
    if devices.has_second_factor(user) and not user.is_verified():
        return redirect(
            f"{reverse('staff_access_verify')}?{urlencode({'next': _next_url(request)})}"
        )
    device = devices.pending_totp(user)
    form = CodeForm(request.POST or None, user=user, device=device)
    if request.method == "POST" and form.is_valid():
        codes = devices.confirm_totp(device)
        otp_login(request, device)
        request.session.cycle_key()
        return render(
            request,
            "staff_access/recovery_codes.html",
            {"codes": codes, "next": _next_url(request), "first_time": True},
        )
    secret = base64.b32encode(device.bin_key).decode()
    return render(
        request,
        "staff_access/setup.html",
        {
            "form": form,
            "next": _next_url(request),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "otpauth_url": device.config_url,
            "qr_svg": _qr_svg(device.config_url),
            "required": two_factor_required(user),
        },
        status=400 if form.is_bound else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
@transaction.atomic  # django-otp locks the device row while it checks a code
def own_factor(request):
    """The signed-in user's own second factor: state, new recovery codes, turning it off."""
    user = request.user
    required = two_factor_required(user)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "codes" and devices.has_second_factor(user):
            codes = devices.new_recovery_codes(user)
            return render(
                request, "staff_access/recovery_codes.html", {"codes": codes, "first_time": False}
            )
        if action == "off" and not required:
            devices.remove_second_factor(user)
            messages.success(request, _("Logowanie dwuetapowe zostało wyłączone."))
            return redirect("staff_access_own")
        messages.error(request, _("Tej operacji nie można wykonać."))
        return redirect("staff_access_own")
    return render(
        request,
        "staff_access/own.html",
        {
            "totp": devices.confirmed_totp(user),
            "recovery_left": devices.remaining_recovery_codes(user),
            "required": required,
        },
    )


def _require_admin(request) -> None:
    if not request.user.has_perm(ADMIN_PERMISSION):
        raise PermissionDenied


def lockouts() -> list[dict]:
    """Accounts and addresses locked now: as django-axes counts, failures summed per account
    and per address over the cool-off period."""
    limit = int(settings.AXES_FAILURE_LIMIT)
    recent = AccessAttempt.objects.filter(
        attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME
    )
    rows = []
    for field, label in (("username", _("konto")), ("ip_address", _("adres"))):
        locked = (
            recent.exclude(**{f"{field}__isnull": True})
            .values(field)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=limit)
            .order_by("-last")
        )
        rows += [
            {"kind": label, "field": field, "value": row[field], **row} for row in locked[:100]
        ]
    return rows


@never_cache
@login_required
def accounts_admin(request):
    """Administrators: sign-ins locked after failed attempts, and resets of second factors."""
    _require_admin(request)
    return render(request, "staff_access/accounts_admin.html", {"lockouts": lockouts()})


@login_required
@require_POST
def unlock(request):
    _require_admin(request)
    username = request.POST.get("username") or None
    address = request.POST.get("ip_address") or None
    if username is None and address is None:
        messages.error(request, _("Nie wskazano, co odblokować."))
    else:
        if username:
            axes_reset(username=username)
        if address:
            axes_reset(ip=address)
        messages.success(request, _("Odblokowano logowanie."))
    return redirect("staff_access_accounts")


@login_required
@require_POST
def reset_factor(request):
    _require_admin(request)
    username = (request.POST.get("username") or "").strip()
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        messages.error(request, _("Nie ma konta o tej nazwie."))
    else:
        devices.remove_second_factor(user)
        messages.success(
            request,
            _(
                "Usunięto drugi składnik konta %(name)s; przy następnym logowaniu skonfiguruje go "
                "ponownie."
            )
            % {"name": username},
        )
    return redirect("staff_access_accounts")
