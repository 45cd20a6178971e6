"""Notices for things staff did: a decision delivered, a request for more information.

These are official letters, not reminders: they are created even for people who opted out
of reminders.
"""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from eservice_bridge import clock
from eservice_bridge.cases.models import Decision, DeliveryChannel, InformationRequest

from .models import Notice, NoticeKind
from .publishing import publish_and_mail
from .rules.due import Due


def decision_delivered(decision: Decision) -> Due:
    case = decision.case
    deemed = timezone.localtime(decision.deemed_delivered_at)
    body = _(
        "W sprawie %(number)s (%(service)s) wydano rozstrzygnięcie. Otwórz je w portalu: pismo "
        "uznaje się za doręczone z chwilą otwarcia, a najpóźniej %(deemed)s. Od tego dnia "
        "biegnie termin na odwołanie – pouczenie znajdziesz w rozstrzygnięciu."
    ) % {
        "number": case.number,
        "service": case.service.name,
        "deemed": deemed.strftime("%d.%m.%Y"),
    }
    if decision.delivery_channel == DeliveryChannel.PAPER:
        body += " " + _("Na Twoją prośbę doręczymy je także w formie papierowej.")
    return Due(
        applicant=case.applicant,
        kind=NoticeKind.DECISION_DELIVERED,
        event_key=f"decyzja:{decision.pk}",
        title=_("Rozstrzygnięcie w sprawie %(number)s") % {"number": case.number},
        body=body,
        url=reverse("eservices:decision", args=[case.public_id]),
        case=case,
    )


def information_requested(info: InformationRequest) -> Due:
    case = info.case
    return Due(
        applicant=case.applicant,
        kind=NoticeKind.INFORMATION_REQUESTED,
        event_key=f"wezwanie:{info.pk}",
        title=_("Wezwanie do uzupełnienia wniosku w sprawie %(number)s") % {"number": case.number},
        body=_(
            "Prosimy o uzupełnienie wniosku w sprawie %(number)s (%(service)s). Treść wezwania "
            "znajdziesz na stronie sprawy; tam też odpowiesz i dodasz pliki."
        )
        % {"number": case.number, "service": case.service.name},
        url=reverse("eservices:case", args=[case.public_id]),
        case=case,
    )


def announce(event: Decision | InformationRequest) -> bool:
    """Create the in-portal notice and e-mail it; True when the e-mail went out."""
    due = decision_delivered(event) if isinstance(event, Decision) else information_requested(event)
    _notice, emailed = publish_and_mail(due, clock.now())
    return emailed


def on_decision_issued(sender, decision: Decision, **kwargs) -> None:
    """Receiver of ``cases.signals.decision_issued``: notice + e-mail, then mark it sent."""
    if announce(decision):
        decision.notice_sent_at = clock.now()
        decision.save(update_fields=["notice_sent_at"])


def on_information_requested(sender, info: InformationRequest, **kwargs) -> None:
    """Receiver of ``cases.signals.information_requested``."""
    announce(info)


def on_case_erasing(sender, case, **kwargs) -> None:
    """Receiver of ``cases.signals.case_erasing``: the notices about the case go with it."""
    Notice.objects.filter(case=case).delete()
