"""E-mail copies of notices: only the person's name and links, never the notice's details."""

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from eservice_bridge.cases.models import Case

from .links import absolute
from .models import Notice, NoticeKind
from .unsubscribe import make_token

log = logging.getLogger(__name__)

# Official letters whose subject names the case (no personal data, and people search for it).
LETTER_KINDS = {NoticeKind.DECISION_DELIVERED, NoticeKind.INFORMATION_REQUESTED}


def address_for(applicant, case: Case | None = None) -> str:
    """The applicant's e-mail, else the one given in the case's (or the latest case's) answers."""
    if applicant.email:
        return applicant.email
    cases = [case] if case is not None else []
    if not cases:
        latest = Case.objects.filter(applicant=applicant).order_by("-submitted_at").first()
        cases = [latest] if latest else []
    for candidate in cases:
        answers = candidate.answers or {}
        email = (answers.get("wnioskodawca", {}) or {}).get("email", "")
        email = email or next(
            (v.get("email") for v in answers.values() if isinstance(v, dict) and v.get("email")),
            "",
        )
        if email:
            return email
    return ""


def build_message(notice: Notice, address: str) -> EmailMessage:
    with translation.override(settings.LANGUAGE_CODE):
        name = f"{notice.applicant.given_name} {notice.applicant.family_name}".strip()
        greeting = _("Dzień dobry, %(name)s,") % {"name": name} if name else _("Dzień dobry,")
        link = absolute(reverse("eservices:notice", args=[notice.public_id]))
        if notice.kind in LETTER_KINDS and notice.case is not None:
            subject = _("Nowe pismo w sprawie %(number)s") % {"number": notice.case.number}
        else:
            subject = notice.title
        lines = [
            greeting,
            "",
            _("w Twojej skrzynce e-usług oświatowych czeka nowe powiadomienie."),
            _("Zaloguj się, aby je odczytać: %(link)s") % {"link": link},
        ]
        if notice.kind == NoticeKind.DECISION_DELIVERED:
            lines += [
                "",
                _("Pismo uznaje się za doręczone z chwilą otwarcia, a najpóźniej po 14 dniach."),
            ]
        headers = {}
        if notice.is_reminder:
            unsubscribe = absolute(
                reverse("eservices:notice-unsubscribe", args=[make_token(notice.applicant)])
            )
            lines += [
                "",
                _("Nie chcesz otrzymywać przypomnień? Zrezygnuj jednym kliknięciem: %(link)s")
                % {"link": unsubscribe},
            ]
            headers = {
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
        lines += ["", _("Wydział Oświaty Urzędu Miejskiego w Dąbrowie Górniczej")]
    return EmailMessage(
        subject=subject,
        body="\n".join(str(line) for line in lines) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address],
        headers=headers,
    )


def send_pending(notice: Notice, now: dt.datetime) -> bool:
    """Send the e-mail a notice owes, at most once: the single UPDATE that claims it wins."""
    claimed = Notice.objects.filter(pk=notice.pk, email_pending=True).update(email_pending=False)
    if not claimed:
        return False
    address = address_for(notice.applicant, notice.case)
    if not address:
        return False
    try:
        build_message(notice, address).send()
    except Exception:  # the notice stays in the inbox; a later run retries the e-mail
        log.exception("E-mail for notice %s failed; will retry", notice.public_id)
        Notice.objects.filter(pk=notice.pk).update(email_pending=True)
        return False
    Notice.objects.filter(pk=notice.pk).update(emailed_at=now)
    notice.email_pending, notice.emailed_at = False, now
    return True
