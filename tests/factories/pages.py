"""Page factories: build page trees the way editors would, without the admin."""

import datetime as dt

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Page, Site

from cms.accessibility.models import AccessibilityStatementPage
from cms.bip.models import DocumentPage
from cms.events.models import EventIndexPage, EventPage
from cms.home.models import DepartmentHomePage, SchoolHomePage
from cms.home.unit_types import UnitType
from cms.news.models import NewsIndexPage, NewsPage
from cms.standardpages.models import ContactPage, StandardPage


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
