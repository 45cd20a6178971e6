"""Which cases count as decided, and which of them were handled fully online.

Decided: the case is in state DECIDED or CLOSED and has a Decision.
Fully online (among decided cases; every case here was submitted online):
  * the decision was delivered through the portal (``Decision.delivery_channel == "portal"``),
  * and, for a fee-bearing case, the fee was paid online.

A case is fee-bearing when it was ever waiting for its fee: a state-change audit entry leaving
CaseState.AWAITING_PAYMENT exists, or (when the payments app defines ``Payment``) a payment
row exists for it. It was paid online when a ``Payment`` of it was settled online: status "paid"
(or "partially-refunded"/"refunded", which a payment reaches only after being paid); while the
payments app has no such model (or its table is not migrated yet), the audit entry of the move
AWAITING_PAYMENT → SUBMITTED (the only way out of waiting other than withdrawal) is the proof.
"""

from django.apps import apps
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.utils import translation

from eservice_bridge.audit.models import AuditEntry
from eservice_bridge.cases.models import CaseState, DeliveryChannel

STATE_CHANGE_ACTION = "zmiana-stanu"  # written by eservice_bridge.cases.workflow.move
# Statuses of eservice_bridge.payments.models.PaymentStatus a payment has only once it was paid.
PAID_STATUSES = ("paid", "partially-refunded", "refunded")

DECIDED_STATES = (CaseState.DECIDED, CaseState.CLOSED)


def decided_q() -> Q:
    return Q(state__in=DECIDED_STATES, decision__isnull=False)


def state_labels() -> tuple[str, str]:
    """The labels move() writes into the audit detail ("<from> → <to>"), in Polish."""
    with translation.override("pl"):
        return str(CaseState.AWAITING_PAYMENT.label), str(CaseState.SUBMITTED.label)


def payment_model():
    """The payments app's Payment model when it exists with ``case`` and ``status``, else None."""
    try:
        model = apps.get_model("eservice_payments", "Payment")
    except LookupError:
        return None
    names = {f.name for f in model._meta.get_fields()}
    if not {"case", "status"} <= names:
        return None
    return model if model._meta.db_table in connection.introspection.table_names() else None


def fee_bearing(payment=None):
    """Over cases: it once waited for its fee (``payment``: the Payment model or None)."""
    awaiting, _submitted = state_labels()
    condition = Exists(
        AuditEntry.objects.filter(
            case=OuterRef("pk"), action=STATE_CHANGE_ACTION, detail__startswith=f"{awaiting} →"
        )
    )
    if payment is not None:
        condition = condition | Exists(payment.objects.filter(case=OuterRef("pk")))
    return condition


def paid_online(payment=None):
    """Over cases: the fee was paid online (``payment``: the Payment model or None)."""
    if payment is not None:
        return Exists(payment.objects.filter(case=OuterRef("pk"), status__in=PAID_STATUSES))
    awaiting, submitted = state_labels()
    return Exists(
        AuditEntry.objects.filter(
            case=OuterRef("pk"), action=STATE_CHANGE_ACTION, detail=f"{awaiting} → {submitted}"
        )
    )


def fully_online_q() -> Q:
    """Over cases: decided, delivered in the portal, and not fee-bearing or paid online."""
    payment = payment_model()
    return (
        decided_q()
        & Q(decision__delivery_channel=DeliveryChannel.PORTAL)
        & Q(~fee_bearing(payment) | paid_online(payment))
    )
