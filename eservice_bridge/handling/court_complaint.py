"""Flagging a complaint to the administrative court on a recruitment case (stops retention)."""

from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from eservice_bridge import clock
from eservice_bridge.audit.recorder import record
from eservice_bridge.cases.models import Case
from eservice_bridge.cases.workflow import TransitionRefused
from eservice_bridge.retention.models import RECRUITMENT_FORM_KEY

# URL action slug -> the flag it sets.
COMPLAINT_ACTIONS = {"skarga-odnotuj": True, "skarga-usun": False}


def complaint_applies(case: Case) -> bool:
    """Only recruitment data has a retention period suspended by a court complaint."""
    return case.service.form_key == RECRUITMENT_FORM_KEY


def set_court_complaint(case: Case, pending: bool, request: HttpRequest) -> Case:
    """Set or clear the flag (row-locked, audited); refuses other services and no-op changes."""
    if not complaint_applies(case):
        raise TransitionRefused(
            _("Skargę do sądu administracyjnego odnotowuje się tylko w sprawach rekrutacji.")
        )
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if locked.court_complaint_pending == pending:
            raise TransitionRefused(
                _("Skarga jest już odnotowana.")
                if pending
                else _("Sprawa nie ma oznaczenia skargi.")
            )
        locked.court_complaint_pending = pending
        locked.court_complaint_noted_at = clock.now() if pending else None
        locked.save(
            update_fields=["court_complaint_pending", "court_complaint_noted_at", "updated_at"]
        )
        record(
            request,
            "skarga-do-sadu" if pending else "skarga-do-sadu-usunieta",
            case=locked,
            staff_user=request.user,
            detail=(
                "odnotowano skargę do sądu administracyjnego"
                if pending
                else "usunięto oznaczenie skargi do sądu administracyjnego"
            ),
        )
    case.court_complaint_pending = locked.court_complaint_pending
    case.court_complaint_noted_at = locked.court_complaint_noted_at
    return locked
