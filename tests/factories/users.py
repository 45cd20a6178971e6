"""User factories: admin users in the roles the project defines (unit staff, department staff)."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms.units.models import Unit
from cms.units.staff import ensure_department_groups

PASSWORD = "haslo-testowe-123"


class UserFactory(factory.django.DjangoModelFactory):
    """An active user with a known password; pass ``groups=[...]`` to put them in groups."""

    username = factory.Sequence(lambda n: f"uzytkownik{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    first_name = "Jan"
    last_name = factory.Sequence(lambda n: f"Testowy{n}")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create: bool, extracted: list[Group] | None, **kwargs: object) -> None:
        if create and extracted:
            self.groups.add(*extracted)


def unit_editor(unit: Unit, **kwargs: object):
    """A member of the unit's editors group (drafts and submits for moderation)."""
    return UserFactory(groups=[unit.editors_group], **kwargs)


def unit_moderator(unit: Unit, **kwargs: object):
    """A member of the unit's moderators group (approves and publishes)."""
    return UserFactory(groups=[unit.moderators_group], **kwargs)


def department_staff(**kwargs: object):
    """A member of the education department's staff group."""
    department, _cuw = ensure_department_groups()
    return UserFactory(groups=[department], **kwargs)
