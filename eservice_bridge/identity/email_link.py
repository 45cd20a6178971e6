"""E-mail sign-in: a one-time link that expires; only the token's digest is stored."""

import datetime as dt
import hashlib
import secrets

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from eservice_bridge import clock

from .models import EmailSignInToken
from .providers import IdentityError

LINK_VALID_MINUTES = 15


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def send_link(request: HttpRequest, email: str, next_url: str) -> None:
    token = secrets.token_urlsafe(32)
    now = clock.now()
    EmailSignInToken.objects.create(
        digest=_digest(token),
        email=email.strip().lower(),
        next_url=next_url,
        expires_at=now + dt.timedelta(minutes=LINK_VALID_MINUTES),
    )
    link = request.build_absolute_uri(reverse("eservices:email-link", args=[token]))
    send_mail(
        subject=_("Logowanie do e-usług oświatowych"),
        message=_(
            "Dzień dobry,\n\n"
            "aby zalogować się do e-usług, otwórz link (ważny %(minutes)s minut, "
            "jednorazowy):\n%(link)s\n\n"
            "Jeśli to nie Ty prosisz o logowanie, zignoruj tę wiadomość.\n"
        )
        % {"minutes": LINK_VALID_MINUTES, "link": link},
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[email],
    )


def peek(token: str) -> EmailSignInToken:
    """The token if it can still be used (for the confirmation page)."""
    found = EmailSignInToken.objects.filter(digest=_digest(token)).first()
    _check(found)
    return found


def consume(token: str) -> EmailSignInToken:
    """Use the token once; a second use, an expired or an unknown token is refused."""
    with transaction.atomic():
        found = EmailSignInToken.objects.select_for_update().filter(digest=_digest(token)).first()
        _check(found)
        found.used_at = clock.now()
        found.save(update_fields=["used_at"])
    return found


def _check(found: EmailSignInToken | None) -> None:
    if found is None:
        raise IdentityError(_("Link logowania jest nieprawidłowy."))
    if found.used_at is not None:
        raise IdentityError(_("Ten link logowania został już użyty. Poproś o nowy."))
    if found.expires_at < clock.now():
        raise IdentityError(_("Link logowania wygasł. Poproś o nowy."))
