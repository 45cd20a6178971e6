"""Factories for pages, units (site, groups, collection, workflow) and admin users.

Units go through ``cms.units.provisioning`` (the same code as ``create_unit`` and the admin),
so a unit built here has exactly what a real one has: a published home page, a ``Site``, a
media collection, editors and moderators groups with their permissions, and a one-step
moderation workflow.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, Site

from cms.accessibility.models import AccessibilityStatementPage
from cms.bip.models import DocumentPage
from cms.events.models import EventIndexPage, EventPage
from cms.home.models import DepartmentHomePage, SchoolHomePage
from cms.home.unit_types import UnitType
from cms.news.models import NewsIndexPage, NewsPage
from cms.standardpages.models import ContactPage, StandardPage
from cms.units.models import Unit
from cms.units.provisioning import provision_department, provision_unit
from cms.units.staff import ensure_department_groups

PASSWORD = "haslo-testowe-123"  # noqa: S105 (test and demo accounts only)


# ---------------------------------------------------------------- pages
class DepartmentHomePageFactory(wagtail_factories.PageFactory):
    title = "Wydział Oświaty"
    slug = "wydzial-oswiaty"
    phone = "32 295 69 47"
    email = "oswiata@example.org"

    class Meta:
        model = DepartmentHomePage


class SchoolHomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Szkoła Podstawowa nr {n + 1}")
    slug = factory.Sequence(lambda n: f"sp{n + 1}")
    official_name = factory.LazyAttribute(lambda o: f"{o.title} w Dąbrowie Górniczej")
    short_name = factory.Sequence(lambda n: f"SP {n + 1}")
    unit_type = UnitType.PRIMARY_SCHOOL
    address = "ul. Szkolna 1"
    postal_code = "41-300"
    phone = "32 000 00 00"
    email = factory.LazyAttribute(lambda o: f"{o.slug}@example.org")

    class Meta:
        model = SchoolHomePage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktualności"
    slug = "aktualnosci"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Wiadomość {n}")
    lead = "Krótki wstęp do wiadomości."
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = NewsPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Wydarzenia"
    slug = "wydarzenia"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Wydarzenie {n}")
    start = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=7))
    place = "Aula szkoły"

    class Meta:
        model = EventPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Strona {n}")

    class Meta:
        model = StandardPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Kontakt"
    slug = "kontakt"

    class Meta:
        model = ContactPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Deklaracja dostępności"
    slug = "deklaracja-dostepnosci"
    entity_name = "Szkoła Podstawowa nr 1"
    publication_date = dt.date(2024, 9, 1)
    update_date = dt.date(2026, 3, 1)
    prepared_date = dt.date(2026, 3, 15)
    non_accessible_content = "<p>Niektóre archiwalne pliki PDF nie są dostępne.</p>"
    contact_person = "Anna Przykładowa"
    contact_email = "dostepnosc@example.org"
    contact_phone = "32 000 00 01"

    class Meta:
        model = AccessibilityStatementPage


class DocumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Zarządzenie nr {n}/2026")
    produced_by = "Dyrektor szkoły"
    produced_date = dt.date(2026, 1, 10)

    class Meta:
        model = DocumentPage


def make_site(home: Page, hostname: str, *, is_default: bool = False) -> Site:
    """Attach a Wagtail Site to a home page (what create_unit does, minus groups)."""
    return Site.objects.create(
        hostname=hostname,
        port=80,
        root_page=home,
        site_name=home.title,
        is_default_site=is_default,
    )


def root_page() -> Page:
    return Page.get_first_root_node()


# ---------------------------------------------------------------- units and the department
class UnitFactory(factory.Factory):
    """A fully provisioned unit: ``UnitFactory(slug="sp7", unit_type=UnitType.KINDERGARTEN)``.

    Extra keyword arguments are fields of the unit's home page (``address``, ``phone``, …).
    Provisioning is idempotent, so asking twice for the same slug returns the same unit.
    """

    slug = factory.Sequence(lambda n: f"jednostka{n + 1}")
    official_name = factory.Sequence(lambda n: f"Szkoła Podstawowa nr {n + 101}")
    short_name = factory.Sequence(lambda n: f"SP {n + 101}")
    unit_type = UnitType.PRIMARY_SCHOOL

    class Meta:
        model = Unit

    @classmethod
    def _build(cls, model_class: type[Unit], *args: Any, **kwargs: Any) -> Unit:
        raise NotImplementedError("A unit is always provisioned: use UnitFactory(), not build().")

    @classmethod
    def _create(cls, model_class: type[Unit], *args: Any, **kwargs: Any) -> Unit:
        unit, _created = provision_unit(**kwargs)
        return unit


class DepartmentFactory(factory.Factory):
    """The department portal as the default Site, with the department staff groups."""

    class Meta:
        model = DepartmentHomePage

    @classmethod
    def _build(cls, model_class: type, *args: Any, **kwargs: Any) -> DepartmentHomePage:
        raise NotImplementedError("The department is always provisioned: use DepartmentFactory().")

    @classmethod
    def _create(cls, model_class: type, *args: Any, **kwargs: Any) -> DepartmentHomePage:
        home, _created = provision_department(**kwargs)
        return home


# ---------------------------------------------------------------- admin users
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


class SuperuserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin{n}")
    is_staff = True
    is_superuser = True


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


def cuw_staff(**kwargs: object):
    """A member of the shared services centre's (CUW) staff group."""
    _department, cuw = ensure_department_groups()
    return UserFactory(groups=[cuw], **kwargs)
