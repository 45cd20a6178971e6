"""The admin's preview of a draft, rendered by the public site's templates on the unit's theme."""

from __future__ import annotations

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text

from cms.accessibility.models import AccessibilityStatementPage
from cms.test_data.factories import AccessibilityStatementPageFactory
from tests.static_builds.publishing import (
    build_marker,
    builds_since,
    login,
    make_unit,
    news_form_data,
    publish_news,
    served,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def unit(db):
    return make_unit("sp41", colour="#7a1f1f")


def _preview(client, url: str, data: dict) -> str:
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.json() == {"is_valid": True, "is_available": True}
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_preview_of_a_draft_uses_the_site_theme(unit):
    page = publish_news(unit.news_index, "Rozpoczęcie roku szkolnego", "rozpoczecie")
    marker = build_marker()
    client = login(unit.moderator)
    html = _preview(
        client,
        f"/admin/pages/{page.pk}/edit/preview/",
        news_form_data(
            "Rozpoczęcie roku szkolnego — wersja robocza",
            "rozpoczecie",
            lead="Zapraszamy uczniów i rodziców na apel.",
            tags="apel",
        ),
    )
    assert "Rozpoczęcie roku szkolnego — wersja robocza" in html
    assert "Zapraszamy uczniów i rodziców na apel." in html
    assert "--primary:#7a1f1f" in html  # the unit's colour, from its site settings
    assert 'lang="pl"' in html and "<main" in html  # the public layout, not the admin's
    assert "<style>" in html and "wagtailadmin" not in html  # theme stylesheet inlined
    # A preview builds nothing and leaves the public page as it was.
    assert not builds_since(marker).exists()
    page.refresh_from_db()
    assert page.title == "Rozpoczęcie roku szkolnego"
    assert "wersja robocza" not in served(unit.hostname, "/aktualnosci/rozpoczecie/")[1]


def test_preview_of_a_new_page_before_it_is_saved(unit):
    client = login(unit.moderator)
    html = _preview(
        client,
        f"/admin/pages/add/news/newspage/{unit.news_index.pk}/preview/",
        news_form_data("Całkiem nowa wiadomość", "nowa", lead="Jeszcze nieopublikowana."),
    )
    assert "Całkiem nowa wiadomość" in html
    assert "--primary:#7a1f1f" in html


def test_preview_of_the_accessibility_statement(unit):
    statement = AccessibilityStatementPageFactory(parent=unit.home)
    statement.save_revision().publish()
    page = AccessibilityStatementPage.objects.get(pk=statement.pk)
    data = {
        "title": page.title,
        "slug": page.slug,
        "entity_name": "Szkoła Podstawowa nr 41 — szkic",
        "site_url": "",
        "intro": page.intro,
        "publication_date": "2024-09-01",
        "update_date": "2026-03-01",
        "status": page.status,
        "non_accessible_content": rich_text("<p>Filmy bez napisów.</p>"),
        "burden_analysis_url": "",
        "prepared_date": "2026-03-15",
        "review_date": "",
        "preparation_method": page.preparation_method,
        "auditor_name": "",
        "contact_person": page.contact_person,
        "contact_email": page.contact_email,
        "contact_phone": page.contact_phone,
        "procedure": rich_text(page.procedure),
        "architecture": rich_text(""),
        "sign_language_interpreter": "",
        "mobile_apps": page.mobile_apps,
        "seo_title": "",
        "search_description": "",
    }
    html = _preview(
        login(unit.moderator), f"/admin/pages/{page.pk}/edit/preview/", nested_form_data(data)
    )
    assert "Szkoła Podstawowa nr 41 — szkic" in html
    assert 'id="a11y-podmiot"' in html
    assert "--primary:#7a1f1f" in html


def test_preview_is_refused_to_another_units_editor(unit):
    other = make_unit("sp42")
    page = publish_news(unit.news_index, "Tylko dla swoich", "tylko")
    client = login(other.moderator)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/preview/", news_form_data("Cudzy szkic", "tylko")
    )
    assert response.status_code in (302, 403)
    response = client.get(f"/admin/pages/{page.pk}/edit/preview/")
    assert response.status_code in (302, 403)
    assert b"Cudzy szkic" not in response.content
