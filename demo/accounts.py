"""Demo accounts: a superuser, department and CUW staff; per unit an editor, a moderator and
the secretariat (e-service cases).

Every demo account has the same documented password. The password is hashed once per process
and the hash reused, because hashing it for each of 120+ accounts would dominate seeding time.
"""

from __future__ import annotations

from functools import cache

import factory
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import AbstractUser, Group

from cms.test_data.factories import UserFactory

from .people import Person

DEMO_PASSWORD = "demo-haslo-2026"  # noqa: S105 (documented demo password)
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
    return UserFactory(
        username=username,
        email=email,
        first_name=person.first_name if person else "",
        last_name=person.last_name if person else "",
        is_staff=superuser,
        is_superuser=superuser,
        password=factory.Transformer.Force(_demo_password_hash()),
        groups=list(groups),
    )
