"""Atom and RSS feeds of a site's news (feedgenerator, the library Pelican writes feeds with)."""

from __future__ import annotations

from datetime import datetime, time

from feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed

from .site_model import WARSAW, Page, SiteModel

FEED_ITEMS = 20


def _published(page: Page) -> datetime:
    if page.date:
        return datetime.combine(page.date, time(12, 0), tzinfo=WARSAW)
    return page.first_published or datetime(2000, 1, 1, tzinfo=WARSAW)


def build_feed(model: SiteModel, feed_class: type[SyndicationFeed], feed_path: str) -> str:
    feed = feed_class(
        title=f"Aktualności — {model.name}",
        link=model.absolute(model.news_index.path if model.news_index else "/"),
        description=f"Najnowsze aktualności: {model.name}",
        language="pl",
        feed_url=model.absolute(feed_path),
    )
    for page in model.news[:FEED_ITEMS]:
        feed.add_item(
            title=page.title,
            link=model.absolute(page.path),
            description=page.description,
            unique_id=model.absolute(page.path),
            pubdate=_published(page),
            updateddate=page.last_published or _published(page),
            categories=[tag["name"] for tag in page.tags],
        )
    return feed.writeString("utf-8")


def atom(model: SiteModel, path: str) -> str:
    return build_feed(model, Atom1Feed, path)


def rss(model: SiteModel, path: str) -> str:
    return build_feed(model, Rss201rev2Feed, path)
