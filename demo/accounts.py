"""Demo accounts: a superuser, department and CUW staff; per unit an editor, a moderator and
the secretariat (e-service cases).

Every demo account has the same documented password. The password is hashed once per process
and the hash reused, because hashing it for each of 120+ accounts would dominate seeding time.
"""

from __future__ import annotations

from functools import cache

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import AbstractUser, Group

from cms.staff_access.devices import totp_with_key
from cms.staff_access.policy import two_factor_required
from cms.test_data.factories import UserFactory

from .people import Person

DEMO_PASSWORD = "demo-haslo-2026"  # noqa: S105 (documented demo password)
# Every demo account that must sign in in two steps (cms/staff_access/policy.py) gets a TOTP
# device with this documented key, so one entry in an authenticator app (or
# `python manage.py demo_totp`) serves them all. seed_demo never runs in production.
DEMO_TOTP_KEY = "3132333435363738393031323334353637383930"  # hex of "12345678901234567890"
SUPERUSER_USERNAME = "admin"
DEPARTMENT_USERNAME = "wydzial-oswiaty"
CUW_USERNAME = "cuw"


def editor_username(slug: str) -> str:
    return f"{slug}-redaktor"


def moderator_username(slug: str) -> str:
    return f"{slug}-moderator"


def secretariat_username(slug: str) -> str:
    return f"{slug}-sekretariat"


@cache
def _demo_password_hash() -> str:
    return make_password(DEMO_PASSWORD)


def ensure_user(
    username: str,
    *,
    person: Person | None = None,
    email: str = "",
    groups: tuple[Group, ...] = (),
    superuser: bool = False,
) -> AbstractUser:
    """Create the account if it is missing (an existing one is left as its owner changed it).

    Built by the tests' ``UserFactory`` (get-or-create by username, then the groups).
    """
    user = UserFactory(
        username=username,
        email=email,
        first_name=person.first_name if person else "",
        last_name=person.last_name if person else "",
        is_staff=superuser,
        is_superuser=superuser,
        password=factory.Transformer.Force(_demo_password_hash()),
        groups=list(groups),
    )
    if two_factor_required(user):
        totp_with_key(user, DEMO_TOTP_KEY)
    return user


def ensure_demo_second_factors() -> int:
    """Give demo accounts seeded before two-step sign-in existed the documented TOTP key."""
    from django.db.models import Q

    demo = Q(username__in=[SUPERUSER_USERNAME, DEPARTMENT_USERNAME, CUW_USERNAME])
    demo |= Q(username__endswith="-moderator") | Q(username__endswith="-sekretariat")
    added = 0
    for user in get_user_model().objects.filter(demo, totpdevice__isnull=True):
        if two_factor_required(user):
            totp_with_key(user, DEMO_TOTP_KEY)
            added += 1
    return added
