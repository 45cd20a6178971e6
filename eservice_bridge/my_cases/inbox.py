"""The applicant's inbox: decisions, information requests and in-portal notices."""

from django.utils.translation import gettext as _

from eservice_bridge.cases.models import Decision, InformationRequest
from eservice_bridge.notices.inbox import notices_for
from eservice_bridge.notices.models import NoticeKind

# In-portal notices that announce a letter (a decision, an information request) of a case: the
# inbox lists the letter itself, so the announcement is not shown twice.
LETTER_NOTICE_KINDS = {NoticeKind.DECISION_DELIVERED, NoticeKind.INFORMATION_REQUESTED}


def inbox_items(applicant, unread_only: bool = False) -> list[dict]:
    """Decisions, information requests and in-portal notices, newest first."""
    items = []
    for decision in Decision.objects.filter(case__applicant=applicant).select_related(
        "case", "case__service"
    ):
        if unread_only and decision.first_opened_at:
            continue
        items.append(
            {
                "kind": _("Rozstrzygnięcie"),
                "case": decision.case,
                "at": decision.issued_at,
                "opened": decision.first_opened_at,
                "decision": decision,
            }
        )
    for info in InformationRequest.objects.filter(case__applicant=applicant).select_related(
        "case", "case__service"
    ):
        if unread_only and info.first_opened_at:
            continue
        items.append(
            {
                "kind": _("Wezwanie do uzupełnienia"),
                "case": info.case,
                "at": info.requested_at,
                "opened": info.first_opened_at,
                "info": info,
            }
        )
    for notice in notices_for(applicant).select_related("case", "case__service"):
        if notice.kind in LETTER_NOTICE_KINDS and notice.case_id:
            continue  # the letter itself is listed above, read on its own page
        if unread_only and notice.read_at:
            continue
        items.append(
            {
                "kind": notice.title,
                "case": notice.case,
                "at": notice.created_at,
                "opened": notice.read_at,
                "notice": notice,
            }
        )
    return sorted(items, key=lambda i: i["at"], reverse=True)
