"""``{% load payments %}{% payment_panel case %}``: the fee panel on the applicant's case page."""

from django import template

from eservice_bridge.cases.models import CaseState
from eservice_bridge.payments.checkout import fee_due
from eservice_bridge.payments.models import Refund
from eservice_bridge.payments.presentation import describe, money, refund_line

register = template.Library()


@register.inclusion_tag("eservice_bridge/payments/panel.html", takes_context=True)
def payment_panel(context, case) -> dict:
    payments = list(case.payments.all())
    fee = fee_due(case)
    latest = payments[0] if payments else None
    refunds = Refund.objects.filter(payment__case=case).order_by("requested_at")
    return {
        "shown": fee > 0 or bool(payments),
        "case": case,
        "fee": money(fee),
        "awaiting": case.state == CaseState.AWAITING_PAYMENT,
        "latest": latest,
        "state": describe(latest) if latest else None,
        "paid_at": next((p.paid_at for p in payments if p.paid_at), None),
        "refunds": [refund_line(r) for r in refunds],
        "csrf_token": context.get("csrf_token"),
    }
