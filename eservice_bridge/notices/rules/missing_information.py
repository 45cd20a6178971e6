"""Information requested by staff is still missing: remind after 7 and again after 14 days.

The first reminder goes 7 days after the request, the second 14 days after it; a run that
first sees a request 14 or more days old sends only the second one. Answering the request
(or the case leaving the "information requested" state) stops the reminders.
"""

import datetime as dt

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from eservice_bridge.cases.models import CaseState, InformationRequest

from ..models import Notice, NoticeKind
from .audience import without_opted_out
from .due import Due

REMINDER_AFTER_DAYS = (7, 14)


def event_key(info: InformationRequest, number: int) -> str:
    return f"uzupelnienie:{info.pk}:{number}"


def due(now: dt.datetime) -> list[Due]:
    first = now - dt.timedelta(days=REMINDER_AFTER_DAYS[0])
    waiting = without_opted_out(
        InformationRequest.objects.filter(
            answered_at__isnull=True,
            requested_at__lte=first,
            case__state=CaseState.INFO_REQUESTED,
        ).select_related("case", "case__applicant"),
        "case__applicant_id",
    )
    result: list[Due] = []
    for info in waiting.order_by("pk"):
        age = now - info.requested_at
        number = max(
            n for n, days in enumerate(REMINDER_AFTER_DAYS, 1) if age >= dt.timedelta(days=days)
        )
        key = event_key(info, number)
        case = info.case
        if Notice.objects.filter(
            applicant_id=case.applicant_id, kind=NoticeKind.INFORMATION_MISSING, event_key=key
        ).exists():
            continue
        requested = timezone.localtime(info.requested_at).strftime("%d.%m.%Y")
        result.append(
            Due(
                applicant=case.applicant,
                kind=NoticeKind.INFORMATION_MISSING,
                event_key=key,
                title=_("Przypomnienie: czekamy na uzupełnienie wniosku w sprawie %(number)s")
                % {"number": case.number},
                body=_(
                    "%(date)s poprosiliśmy o uzupełnienie wniosku w sprawie %(number)s i nadal "
                    "czekamy na odpowiedź. Odpowiedz i dodaj pliki na stronie sprawy; bez "
                    "uzupełnienia wniosek może pozostać bez rozpoznania."
                )
                % {"date": requested, "number": case.number},
                url=reverse("eservices:case", args=[case.public_id]),
                case=case,
            )
        )
    return result
