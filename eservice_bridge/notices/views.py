"""The notice page (owner only) and the one-click reminder opt-out (no sign-in needed)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from eservice_bridge.audit.recorder import record
from eservice_bridge.identity.session import applicant_required, current_applicant, safe_next

from . import unsubscribe as unsubscribing
from .inbox import mark_read
from .models import Notice


@applicant_required
def notice_detail(request: HttpRequest, notice_id) -> HttpResponse:
    """Only the signed-in owner sees the notice (others get a 404); opening marks it read."""
    applicant = current_applicant(request)
    notice = get_object_or_404(
        Notice.objects.select_related("case"), public_id=notice_id, applicant=applicant
    )
    if mark_read(notice):
        record(
            request,
            "odczytanie-powiadomienia",
            case=notice.case,
            applicant=applicant,
            detail=notice.get_kind_display(),
        )
    onward = safe_next(notice.url) if notice.url else ""
    return render(
        request,
        "eservice_bridge/notices/notice.html",
        {"notice": notice, "onward": onward, "page_title": notice.title},
    )


# The signed token is the authorisation; mail clients' one-click POST (RFC 8058) has no CSRF
# cookie, so the check is off here and nothing else is reachable through this view.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    template = "eservice_bridge/notices/unsubscribe.html"
    try:
        applicant = unsubscribing.applicant_for(token)
    except unsubscribing.BadToken as exc:
        expired = str(exc) == "expired"
        message = (
            _(
                "Ten link wygasł. Przypomnienia możesz wyłączyć w swoim profilu po zalogowaniu "
                "albo użyć linku z najnowszej wiadomości."
            )
            if expired
            else _(
                "Ten link jest niepełny lub nieprawidłowy. Skopiuj cały adres z wiadomości e-mail "
                "albo wyłącz przypomnienia w swoim profilu po zalogowaniu."
            )
        )
        return render(
            request,
            template,
            {"error": message, "page_title": _("Nie udało się zrezygnować z przypomnień")},
            status=400,
        )
    if request.method == "POST":
        changed = unsubscribing.opt_out(applicant)
        if changed:
            record(request, "rezygnacja-z-przypomnien", applicant=applicant, detail="link e-mail")
        return render(
            request,
            template,
            {"done": True, "changed": changed, "page_title": _("Przypomnienia wyłączone")},
        )
    return render(
        request,
        template,
        {"token": token, "page_title": _("Rezygnacja z przypomnień")},
    )
