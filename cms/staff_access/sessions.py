"""Staff sessions end 8 hours after sign-in and after 30 minutes without a request.

Applies to signed-in Django users (staff) only; applicants' e-service sessions have their own
rules. Times live in the session; ``STAFF_SESSION_MAX_AGE`` and ``STAFF_SESSION_IDLE_TIMEOUT``
(seconds) set the limits.
"""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

SIGNED_IN_AT = "staff_signed_in_at"
SEEN_AT = "staff_seen_at"
SEEN_WRITE_EVERY = 30  # seconds: do not rewrite the session on every request


@receiver(user_logged_in, dispatch_uid="staff_access_signed_in_at")
def remember_sign_in(sender, request, user, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[SIGNED_IN_AT] = now
        request.session[SEEN_AT] = now


def expired(request) -> bool:
    """True (and the user signed out) when the staff session is past either limit."""
    now = int(time.time())
    session = request.session
    signed_in_at = session.get(SIGNED_IN_AT)
    seen_at = session.get(SEEN_AT)
    if signed_in_at is None or seen_at is None:  # a session from before these limits
        session[SIGNED_IN_AT] = signed_in_at or now
        session[SEEN_AT] = now
        return False
    too_old = now - int(signed_in_at) > int(settings.STAFF_SESSION_MAX_AGE)
    idle = now - int(seen_at) > int(settings.STAFF_SESSION_IDLE_TIMEOUT)
    if too_old or idle:
        logout(request)
        return True
    if now - int(seen_at) >= SEEN_WRITE_EVERY:
        session[SEEN_AT] = now
    return False
