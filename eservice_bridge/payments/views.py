"""The applicant's payment pages and the providers' notification endpoint."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from eservice_bridge.cases.models import Case
from eservice_bridge.identity.session import applicant_required, current_applicant

from . import checkout
from .models import Payment
from .notifications import receive
from .presentation import describe, money


@require_POST
@applicant_required
def start_payment(request: HttpRequest, case_id) -> HttpResponse:
    """Only the case's own applicant; any other case id is a 404."""
    case = get_object_or_404(
        Case.objects.select_related("service", "applicant"),
        public_id=case_id,
        applicant=current_applicant(request),
    )
    try:
        payment = checkout.start(case, request)
    except checkout.PaymentRefused as exc:
        messages.error(request, str(exc))
        return redirect("eservices:case", case_id=case.public_id)
    return HttpResponseRedirect(payment.redirect_url)


@applicant_required
def payment_return(request: HttpRequest, payment_id) -> HttpResponse:
    """Where the gateway sends the browser back. It only shows what the notifications said."""
    payment = get_object_or_404(
        Payment.objects.select_related("case", "case__service"),
        public_id=payment_id,
        case__applicant=current_applicant(request),
    )
    return render(
        request,
        "eservice_bridge/payments/return.html",
        {
            "payment": payment,
            "case": payment.case,
            "state": describe(payment),
            "amount": money(payment.amount),
            "page_title": _("Płatność w sprawie %(number)s") % {"number": payment.case.number},
        },
    )


@csrf_exempt
@require_POST
def notification(request: HttpRequest, provider: str) -> HttpResponse:
    """Server-to-server: the raw body and headers go to the provider's verification."""
    receipt = receive(provider, request.body, request.headers)
    text = "OK" if receipt.status_code == 200 else receipt.outcome
    return HttpResponse(text, status=receipt.status_code, content_type="text/plain")
