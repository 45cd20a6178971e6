"""Signed one-click links that switch reminders off, without signing in."""

import datetime as dt

from django.core import signing
from django.db import transaction

from eservice_bridge import clock
from eservice_bridge.household.models import ApplicantProfile
from eservice_bridge.identity.models import Applicant

SALT = "eservice_bridge.notices.unsubscribe"
VALID_DAYS = 400  # a reminder comes about once a year; its link should outlive the next one


class BadToken(ValueError):
    """The link is damaged, forged, expired or its person no longer exists."""


def make_token(applicant: Applicant) -> str:
    return signing.dumps(
        {"a": str(applicant.public_id), "d": clock.today().isoformat()}, salt=SALT, compress=True
    )


def applicant_for(token: str) -> Applicant:
    try:
        payload = signing.loads(token, salt=SALT)
        issued = dt.date.fromisoformat(payload["d"])
        public_id = payload["a"]
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise BadToken("damaged") from exc
    if (clock.today() - issued).days > VALID_DAYS:
        raise BadToken("expired")
    applicant = Applicant.objects.filter(public_id=public_id).first()
    if applicant is None:
        raise BadToken("unknown")
    return applicant


def opt_out(applicant: Applicant) -> bool:
    """Switch reminders off; False when they were off already (the first date is kept)."""
    with transaction.atomic():
        profile, _ = ApplicantProfile.objects.select_for_update().get_or_create(applicant=applicant)
        if profile.reminders_opt_out:
            return False
        profile.reminders_opt_out = True
        profile.reminders_opt_out_at = clock.now()
        profile.save(update_fields=["reminders_opt_out", "reminders_opt_out_at", "updated_at"])
    return True
