"""Helpers of the build-engine tests: factory-built sites and failing transports."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from django.utils import timezone
from wagtail.models import Page, Site

from cms.test_data.factories import (
    ContactPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SchoolHomePageFactory,
    StandardPageFactory,
    make_site,
    root_page,
)
from static_builds.transport import InProcessTransport


@dataclass
class SchoolContent:
    site: Site
    home: Page
    news: list[Page] = field(default_factory=list)
    event: Page | None = None
    contact: Page | None = None
    standard: Page | None = None

    @property
    def hostname(self) -> str:
        return self.site.hostname


def make_school(slug: str = "sp1", *, news_count: int = 3) -> SchoolContent:
    """A unit site with the conventional children, all published (what editors would make)."""
    home = SchoolHomePageFactory(parent=root_page(), slug=slug, title=f"Szkoła {slug.upper()}")
    site = make_site(home, f"{slug}.localhost")
    content = SchoolContent(site=site, home=home)
    news_index = NewsIndexPageFactory(parent=home)
    today = timezone.localdate()
    for number in range(news_count):
        content.news.append(
            NewsPageFactory(
                parent=news_index,
                title=f"Wiadomość {slug} {number}",
                slug=f"wiadomosc-{number}",
                date=today - dt.timedelta(days=number),
            )
        )
    events = EventIndexPageFactory(parent=home)
    content.event = EventPageFactory(parent=events, title="Dzień otwarty", slug="dzien-otwarty")
    content.contact = ContactPageFactory(parent=home)
    content.standard = StandardPageFactory(parent=home, title="O szkole", slug="o-szkole")
    return content


def files_of(build_dir: Path) -> dict[str, int]:
    """Relative path -> inode of every file of a build."""
    return {
        str(path.relative_to(build_dir)): os.stat(path).st_ino
        for path in build_dir.rglob("*")
        if path.is_file()
    }


class InvalidQueryTransport(InProcessTransport):
    """The real in-process API asked a query it rejects: GraphQL errors, no data."""

    def execute(self, query, variables):
        return super().execute(query.replace("title", "titleThatDoesNotExist", 1), variables)
