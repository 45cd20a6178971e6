"""Demo-like content for three sites, and the GraphQL data the frontend renders from it.

The data is produced by executing ``sites.renderer.load_query()`` against the real schema,
so a change to the schema that breaks the frontend's query breaks these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import wagtail_factories
from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string
from wagtail.models import Page, Site

from cms.announcements.models import Announcement
from cms.home.unit_types import UnitType
from cms.site_settings.models import SiteSettings
from cms.test_data.factories import (
    AccessibilityStatementPageFactory,
    ContactPageFactory,
    DepartmentHomePageFactory,
    DocumentPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SchoolHomePageFactory,
    StandardPageFactory,
    make_site,
)
from sites.renderer import load_query

DEPARTMENT = "localhost"
SCHOOL = "sp1.localhost"
KINDERGARTEN = "pm5.localhost"
HOSTNAMES = (DEPARTMENT, SCHOOL, KINDERGARTEN)
NEWS_PER_SITE = {DEPARTMENT: 12, SCHOOL: 23, KINDERGARTEN: 4}
TAGS = ("Rekrutacja", "Sport", "Konkursy")


def execute_site_query(hostname: str) -> dict[str, Any]:
    """The ``data`` of the frontend's query, executed in-process like the pipeline does."""
    schema = import_string(settings.STATIC_BUILDS_GRAPHQL_SCHEMA)
    result = schema.execute(load_query(), variables={"hostname": hostname}, context_value={})
    assert not result.errors, result.errors
    # Round-trip through JSON: the pipeline may also receive the data over HTTP.
    return json.loads(json.dumps(result.data, default=str))


def _body(document_id: int, image_id: int, contact_page_id: int) -> list[dict[str, Any]]:
    return [
        {"type": "heading", "value": {"text": "Informacje", "level": "h2"}},
        {
            "type": "paragraph",
            "value": f'<p>Zapraszamy do <a linktype="page" id="{contact_page_id}">kontaktu</a>.'
            "</p><ul><li>pierwszy punkt</li><li>drugi punkt</li></ul>",
        },
        {
            "type": "image",
            "value": {
                "image": image_id,
                "alt_text": "Budynek szkoły od strony boiska",
                "caption": "Nasz budynek",
            },
        },
        {"type": "documents", "value": {"title": "Do pobrania", "documents": [document_id]}},
        {
            "type": "table",
            "value": {
                "caption": "Godziny pracy sekretariatu",
                "table": {
                    "data": [
                        ["Dzień", "Godziny"],
                        ["Poniedziałek", "7:30–15:30"],
                        ["Piątek", "7:30–14:00"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                },
            },
        },
        {
            "type": "quote",
            "value": {"quote": "Uczymy się przez całe życie.", "attribution": "Dyrektor"},
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Masz pytania?",
                "text": "Napisz lub zadzwoń.",
                "page": contact_page_id,
                "url": "",
                "link_label": "Przejdź do kontaktu",
            },
        },
        {
            "type": "faq",
            "value": {
                "title": "Najczęstsze pytania",
                "items": [
                    {"question": "Kiedy jest zebranie?", "answer": "<p>We wrześniu.</p>"},
                    {"question": "Gdzie są wyniki?", "answer": "<p>W dzienniku.</p>"},
                ],
            },
        },
        {
            "type": "eservice",
            "value": {"service_slug": "stypendium-szkolne", "intro": "Złóż wniosek online."},
        },
    ]


def _build_site(home: Page, hostname: str, *, is_default: bool, colour: str | None) -> Site:
    site = make_site(home, hostname, is_default=is_default)
    if colour:
        site_settings = SiteSettings.for_site(site)
        site_settings.primary_colour = colour
        site_settings.facebook_url = "https://www.facebook.com/przyklad"
        site_settings.save()
    image = wagtail_factories.ImageFactory(title=f"Budynek {hostname}")
    document = wagtail_factories.DocumentFactory(title=f"Statut {hostname}")
    news_index = NewsIndexPageFactory(parent=home, show_in_menus=True, intro="Co słychać.")
    events = EventIndexPageFactory(parent=home, show_in_menus=True)
    contact = ContactPageFactory(
        parent=home, show_in_menus=True, intro="Zapraszamy.", map_description="Autobus 21."
    )
    AccessibilityStatementPageFactory(parent=home, entity_name=home.title)
    about = StandardPageFactory(
        parent=home,
        title="O nas",
        slug="o-nas",
        show_in_menus=True,
        summary="Kim jesteśmy.",
        body=json.dumps(_body(document.pk, image.pk, contact.pk)),
    )
    StandardPageFactory(parent=about, title="Historia", slug="historia")
    bip = DocumentPageFactory(parent=home, title="Zarządzenie nr 1/2026", slug="zarzadzenie-1-2026")
    bip.change_description = "Pierwsza publikacja"
    bip.save_revision().publish()
    today = timezone.localdate()
    for number in range(NEWS_PER_SITE[hostname]):
        news = NewsPageFactory(
            parent=news_index,
            title=f"Wiadomość {number + 1} ({hostname})",
            slug=f"wiadomosc-{number + 1}",
            date=today - dt.timedelta(days=number),
            lead="Krótki wstęp do wiadomości.",
            body=json.dumps(
                [{"type": "paragraph", "value": "<p>" + "Treść wiadomości. " * 60 + "</p>"}]
            ),
        )
        news.tags.add(TAGS[number % len(TAGS)])
        news.save()
    now = timezone.now()
    for number, days in enumerate((-10, 3, 8, 20)):
        start = (now + dt.timedelta(days=days)).replace(minute=0, second=0, microsecond=0)
        EventPageFactory(
            parent=events,
            title=f"Wydarzenie {number + 1}",
            slug=f"wydarzenie-{number + 1}",
            start=start,
            end=start + dt.timedelta(hours=2),
            lead="Zapraszamy rodziców.",
        )
    return site


def build_demo_sites() -> dict[str, Site]:
    """The department, a primary school and a kindergarten, with every page type."""
    Site.objects.filter(is_default_site=True).delete()
    root = Page.get_first_root_node()
    department = DepartmentHomePageFactory(
        parent=root,
        intro="Wydział Oświaty Urzędu Miejskiego.",
        easy_read="Tu znajdziesz informacje o szkołach.\nMożesz do nas napisać.",
    )
    school = SchoolHomePageFactory(
        parent=root,
        title="Szkoła Podstawowa nr 1",
        slug="sp1",
        short_name="SP 1",
        principal="Jan Kowalski",
        rspo_number="12345",
        latitude="50.320000",
        longitude="19.190000",
    )
    kindergarten = SchoolHomePageFactory(
        parent=root,
        title="Przedszkole Miejskie nr 5",
        slug="pm5",
        short_name="PM 5",
        unit_type=UnitType.KINDERGARTEN,
    )
    sites = {
        DEPARTMENT: _build_site(department, DEPARTMENT, is_default=True, colour=None),
        SCHOOL: _build_site(school, SCHOOL, is_default=False, colour="#1d5e20"),
        KINDERGARTEN: _build_site(kindergarten, KINDERGARTEN, is_default=False, colour="#6a1b9a"),
    }
    Announcement.objects.create(
        title="Rekrutacja do przedszkoli rusza 1 marca",
        body="<p>Szczegóły w zakładce rekrutacja.</p>",
        priority="important",
        active_from=timezone.now() - dt.timedelta(days=1),
        live=True,
    )
    Announcement.objects.create(
        title="Zamknięte szkoły z powodu mrozu",
        body="<p>Zajęcia zdalne.</p>",
        priority="urgent",
        active_from=timezone.now() - dt.timedelta(hours=1),
        live=True,
    )
    return sites
