"""Which cases count as decided, and which of them were handled fully online.

Decided: the case is in state DECIDED or CLOSED and has a Decision.
Fully online (among decided cases; every case here was submitted online):
  * the decision was delivered through the portal (``Decision.delivery_channel == "portal"``),
  * and, for a fee-bearing case, the fee was paid online.

A case is fee-bearing when it was ever waiting for its fee (a state-change audit entry leaving
CaseState.AWAITING_PAYMENT exists) or a payment row exists for it. It was paid online when one
of its payments was settled online (``payments.models.SETTLED_STATUSES``: paid, or refunded after
being paid).
"""

from django.db.models import Exists, OuterRef, Q
from django.utils import translation

from eservice_bridge.audit.models import AuditEntry
from eservice_bridge.cases.models import CaseState, DeliveryChannel
from eservice_bridge.payments.models import SETTLED_STATUSES, Payment

STATE_CHANGE_ACTION = "zmiana-stanu"  # written by eservice_bridge.cases.workflow.move
DECIDED_STATES = (CaseState.DECIDED, CaseState.CLOSED)


def decided_q() -> Q:
    return Q(state__in=DECIDED_STATES, decision__isnull=False)


def state_labels() -> tuple[str, str]:
    """The labels move() writes into the audit detail ("<from> → <to>"), in Polish."""
    with translation.override("pl"):
        return str(CaseState.AWAITING_PAYMENT.label), str(CaseState.SUBMITTED.label)


def fee_bearing():
    """Over cases: it once waited for its fee, or has a payment."""
    awaiting, _submitted = state_labels()
    waited = Exists(
        AuditEntry.objects.filter(
            case=OuterRef("pk"), action=STATE_CHANGE_ACTION, detail__startswith=f"{awaiting} →"
        )
    )
    return waited | Exists(Payment.objects.filter(case=OuterRef("pk")))


def paid_online():
    """Over cases: the fee was paid online."""
    return Exists(Payment.objects.filter(case=OuterRef("pk"), status__in=SETTLED_STATUSES))


def fully_online_q() -> Q:
    """Over cases: decided, delivered in the portal, and not fee-bearing or paid online."""
    return (
        decided_q()
        & Q(decision__delivery_channel=DeliveryChannel.PORTAL)
        & Q(~fee_bearing() | paid_online())
    )
