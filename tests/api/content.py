"""Content of the GraphQL API tests (unit sites, news, images, documents) and a GraphQL client."""

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import wagtail_factories
from django.utils import timezone
from wagtail.models import Collection, Page, Site

from cms.test_data.factories import (
    AccessibilityStatementPageFactory,
    ContactPageFactory,
    EventIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SchoolHomePageFactory,
    make_site,
    root_page,
)


class GraphQLClient:
    """Posts queries to /graphql like a static build over HTTP would."""

    def __init__(self, client):
        self.client = client

    def post(self, query: str, variables: dict | None = None):
        return self.client.post(
            "/graphql",
            data=json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
        )

    def __call__(self, query: str, variables: dict | None = None) -> dict[str, Any]:
        """The ``data`` of a successful query (fails the test on any error)."""
        response = self.post(query, variables)
        body = response.json()
        assert response.status_code == 200, body
        assert "errors" not in body, body["errors"]
        return body["data"]


def make_image(title: str = "Zdjęcie", width: int = 1600, height: int = 900):
    return wagtail_factories.ImageFactory(
        title=title,
        collection=Collection.get_first_root_node(),
        file__width=width,
        file__height=height,
    )


def make_document(title: str = "Statut szkoły", filename: str = "statut.pdf"):
    return wagtail_factories.DocumentFactory(
        title=title,
        collection=Collection.get_first_root_node(),
        file__filename=filename,
        file__data=b"%PDF-1.4 test",
    )


@dataclass
class SchoolSite:
    site: Site
    home: Page
    news_index: Page
    event_index: Page
    contact: Page
    statement: Page


def build_school(slug: str, **home_fields) -> SchoolSite:
    """A unit site with the conventional children, as create_unit + editors would leave it."""
    home = SchoolHomePageFactory(parent=root_page(), slug=slug, **home_fields)
    site = make_site(home, f"{slug}.localhost")
    news_index = NewsIndexPageFactory(parent=home, show_in_menus=True)
    event_index = EventIndexPageFactory(parent=home, show_in_menus=True)
    contact = ContactPageFactory(parent=home, show_in_menus=True)
    statement = AccessibilityStatementPageFactory(parent=home)
    return SchoolSite(site, home, news_index, event_index, contact, statement)


def add_news(index: Page, count: int, **fields) -> list[Page]:
    today = timezone.localdate()
    slug = fields.pop("slug", "wiadomosc-{i}")
    title = fields.pop("title", "Wiadomość {i}")
    return [
        NewsPageFactory(
            parent=index,
            slug=slug.format(i=i),
            title=title.format(i=i),
            date=today - dt.timedelta(days=i),
            **fields,
        )
        for i in range(count)
    ]


def publish(page: Page, user=None, **changes) -> Page:
    """Change a page and publish it as an editor would (creates a revision and a log entry)."""
    page = page.specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def save_draft(page: Page, **changes) -> Page:
    """Save unpublished changes on a page (the live row must keep the live content)."""
    page = page.specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision()
    return page


def stream(*blocks: tuple[str, Any]) -> str:
    """Raw StreamField JSON from ``(type, value)`` pairs."""
    return json.dumps(
        [
            {"type": kind, "value": value, "id": f"block-{i}"}
            for i, (kind, value) in enumerate(blocks)
        ]
    )
