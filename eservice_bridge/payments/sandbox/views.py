"""The sandbox gateway's payment page, served by the portal only while the sandbox is in use."""

from decimal import Decimal

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from ..models import SandboxTransaction, SandboxTransactionStatus
from ..presentation import money
from ..providers import registry
from . import adapter as sandbox
from . import gateway

ACTIONS = {
    "zaplac": (gateway.PAY, True),
    "zaplac-bez-powiadomienia": (gateway.PAY, False),
    "odrzuc": (gateway.REJECT, True),
    "anuluj": (gateway.CANCEL, True),
}


def sandbox_page(request: HttpRequest, reference: str) -> HttpResponse:
    """GET: what the payer is asked to pay. POST: the payer's choice, then back to the portal.

    The transaction's reference (unguessable) is the only key, as at a real gateway; the page
    shows no personal data, only the payee, the title (case number and service) and the amount.
    """
    if registry.configured_name() != "sandbox" or sandbox.configuration_problem():
        raise Http404
    tx = get_object_or_404(SandboxTransaction, reference=reference)
    if request.method == "POST":
        if "wyslij-ponownie" in request.POST:
            try:
                gateway.deliver(tx)
            except gateway.GatewayRefusal as exc:
                messages.error(request, str(exc))
            return HttpResponseRedirect(request.path)
        action = ACTIONS.get(request.POST.get("decyzja", ""))
        if action is None:
            messages.error(request, _("Wybierz jedną z opcji."))
            return HttpResponseRedirect(request.path)
        try:
            gateway.decide(tx.reference, action[0], notify=action[1])
        except gateway.GatewayRefusal as exc:
            messages.error(request, str(exc))
            return HttpResponseRedirect(request.path)
        return HttpResponseRedirect(tx.return_url)
    return render(
        request,
        "eservice_bridge/payments/sandbox.html",
        {
            "tx": tx,
            "amount": money(Decimal(tx.amount_grosze) / 100),
            "pending": tx.status == SandboxTransactionStatus.PENDING,
            "page_title": _("Piaskownica płatności"),
        },
    )
