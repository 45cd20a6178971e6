"""Recording when a case ends (closed or withdrawn), by the portal's clock."""

from eservice_bridge import clock
from eservice_bridge.cases.models import CaseState

ENDING_TARGETS = frozenset({CaseState.CLOSED, CaseState.WITHDRAWN})


def record_ending(sender, *, case, target, **kwargs) -> None:
    """Receiver of ``cases.workflow.case_moved`` (runs inside the transition's transaction)."""
    if target not in ENDING_TARGETS:
        return
    from .models import CaseEnding

    CaseEnding.objects.update_or_create(
        case=case, defaults={"state": target, "ended_at": clock.now()}
    )
