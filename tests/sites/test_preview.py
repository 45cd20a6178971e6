"""The admin preview of a draft: previewPage through the real schema, rendered by the theme."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.conf import settings
from django.utils.module_loading import import_string
from graphql import parse, validate

from cms.test_data.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    SchoolHomePageFactory,
    make_site,
    root_page,
)
from sites.renderer import load_preview_query, render_page_html


def _schema():
    return import_string(settings.STATIC_BUILDS_GRAPHQL_SCHEMA)


def test_preview_query_is_valid():
    assert validate(_schema().graphql_schema, parse(load_preview_query())) == []


@pytest.mark.django_db
def test_draft_is_rendered_with_the_site_theme():
    home = SchoolHomePageFactory(parent=root_page(), slug="sp9", title="Szkoła Podstawowa nr 9")
    make_site(home, "sp9.localhost")
    index = NewsIndexPageFactory(parent=home)
    news = NewsPageFactory(parent=index, title="Opublikowany tytuł", slug="wiadomosc")
    news.title = "Tytuł w wersji roboczej"
    news.save_revision()  # a draft: the live page keeps its old title
    draft = news.get_latest_revision_as_object()

    context = SimpleNamespace(preview_page=draft)
    result = _schema().execute(
        load_preview_query(), variables={"hostname": "sp9.localhost"}, context_value=context
    )
    assert not result.errors, result.errors
    assert result.data["previewPage"]["title"] == "Tytuł w wersji roboczej"
    html = render_page_html(result.data, result.data["previewPage"])
    assert "<h1>Tytuł w wersji roboczej</h1>" in html
    assert "Podgląd wersji roboczej" in html
    assert 'href="/aktualnosci/"' in html  # breadcrumbs and menu come from the live site
    live = next(p for p in result.data["sitePages"] if p["urlPath"] == "/aktualnosci/wiadomosc/")
    assert live["title"] == "Opublikowany tytuł"


@pytest.mark.django_db
def test_news_index_draft_is_rendered_with_its_first_page_of_news():
    home = SchoolHomePageFactory(parent=root_page(), slug="sp8", title="Szkoła Podstawowa nr 8")
    make_site(home, "sp8.localhost")
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, title="Dzień Sportu", slug="dzien-sportu")
    index.title = "Wiadomości ze szkoły"
    index.save_revision()

    context = SimpleNamespace(preview_page=index.get_latest_revision_as_object())
    result = _schema().execute(
        load_preview_query(), variables={"hostname": "sp8.localhost"}, context_value=context
    )
    assert not result.errors, result.errors
    html = render_page_html(result.data, result.data["previewPage"])
    assert "Wiadomości ze szkoły</h1>" in html
    assert "Dzień Sportu" in html
