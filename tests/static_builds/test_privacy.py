"""Privacy changes reach the static sites at once (issue 10, item 1).

A page's view restriction set in the admin's privacy dialog, or a collection's privacy, takes
the page (and its subtree), or the documents and images, off every built file: pages, listings,
feeds, sitemap, calendars. Removing the restriction brings them back.
"""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail_factories import ImageFactory

from cms.news.models import NewsPage
from cms.test_data.factories import StandardPageFactory
from tests.static_builds.publishing import (
    admin_add_news,
    files_containing,
    full_build,
    login,
    make_unit,
    publish_news,
    served,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def unit(db):
    unit = make_unit("sp8")
    full_build(unit.hostname)
    return unit


def set_privacy(client, page: Page, restriction_type: str, **fields) -> None:
    """The admin's "Prywatność" dialog of a page, as the browser submits it."""
    response = client.post(
        f"/admin/pages/{page.pk}/privacy/", {"restriction_type": restriction_type, **fields}
    )
    assert response.status_code == 200
    assert json.loads(response.content)["step"] == "set_privacy_done"


@pytest.mark.parametrize(
    "restriction",
    [
        {"restriction_type": "login"},
        {"restriction_type": "password", "password": "tajne-haslo-rady"},
        {"restriction_type": "groups"},
    ],
    ids=["login", "password", "groups"],
)
def test_restricting_a_live_page_in_the_admin_takes_it_off_the_static_site(
    unit, run_on_commit, restriction
):
    client = login(unit.moderator)
    with run_on_commit():
        page = admin_add_news(
            client, unit.news_index, "Protokół rady pedagogicznej", "protokol", tags="rada"
        )
    assert served(unit.hostname, "/aktualnosci/protokol/")[0] == 200
    assert "sitemap.xml" in files_containing(unit.hostname, "/aktualnosci/protokol/")

    if restriction["restriction_type"] == "groups":
        council = Group.objects.create(name="Rada pedagogiczna")
        restriction = {**restriction, "groups": [council.pk]}
    with run_on_commit():
        set_privacy(client, page, **restriction)

    assert served(unit.hostname, "/aktualnosci/protokol/")[0] == 404
    assert files_containing(unit.hostname, "Protokół rady pedagogicznej") == []
    assert files_containing(unit.hostname, "/aktualnosci/protokol/") == []

    # Public again: it comes back with its listings.
    with run_on_commit():
        set_privacy(client, page, "none")
    assert served(unit.hostname, "/aktualnosci/protokol/")[0] == 200
    for path in ("/", "/aktualnosci/", "/feed.atom", "/sitemap.xml"):
        assert "protokol" in served(unit.hostname, path)[1], path


def test_restricting_a_section_takes_its_whole_subtree_off(unit, run_on_commit):
    client = login(unit.moderator)
    with run_on_commit():
        publish_news(unit.news_index, "Wyniki egzaminu ósmoklasisty", "wyniki")
    assert served(unit.hostname, "/aktualnosci/wyniki/")[0] == 200

    with run_on_commit():
        set_privacy(client, unit.news_index, "login")

    for path in ("/aktualnosci/", "/aktualnosci/wyniki/"):
        assert served(unit.hostname, path)[0] == 404, path
    assert files_containing(unit.hostname, "Wyniki egzaminu") == []
    # The menu of every other page lost its link to the section.
    assert files_containing(unit.hostname, 'href="/aktualnosci/"') == []


def test_a_restricted_page_disappears_from_the_chatbot_and_search(unit, run_on_commit):
    from chatbot_embed.models import IndexedDocument

    client = login(unit.moderator)
    with run_on_commit():
        page = admin_add_news(client, unit.news_index, "Rekrutacja do klasy sportowej", "sport")
    assert IndexedDocument.objects.filter(page_id=page.pk).exists()
    with run_on_commit():
        set_privacy(client, page, "login")
    assert not IndexedDocument.objects.filter(page_id=page.pk).exists()
    response = client.get("/chatbot/szukaj/", {"q": "klasa sportowa rekrutacja"})
    assert "Rekrutacja do klasy sportowej" not in response.content.decode()


# --- collection privacy: documents and images used by pages ---


@pytest.fixture
def private_material(unit, run_on_commit):
    """A page linking a document and showing an image, both in one collection of the unit."""
    collection = Collection.get_first_root_node().add_child(name="Rada pedagogiczna")
    document = get_document_model().objects.create(
        title="Regulamin rady pedagogicznej",
        file=ContentFile(b"%PDF-1.4 regulamin", name="regulamin-rady.pdf"),
        collection=collection,
    )
    image = ImageFactory(title="Zdjęcie z posiedzenia", collection=collection)
    body = json.dumps(
        [
            {
                "type": "paragraph",
                "value": f'<p>Zobacz <a linktype="document" id="{document.pk}">regulamin</a>.</p>',
            },
            {
                "type": "documents",
                "value": {"title": "Do pobrania", "documents": [document.pk]},
            },
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "Sala obrad", "caption": ""},
            },
        ]
    )
    with run_on_commit():
        page = publish_news(
            unit.news_index,
            "Posiedzenie rady",
            "posiedzenie",
            body=body,
            main_image=image,
            main_image_alt="Sala obrad",
        )
    return collection, document, image, NewsPage.objects.get(pk=page.pk)


def test_collection_privacy_in_the_admin_removes_its_documents_and_images_from_pages(
    unit, superuser, run_on_commit, private_material
):
    collection, document, image, page = private_material
    html = served(unit.hostname, "/aktualnosci/posiedzenie/")[1]
    assert "Regulamin rady pedagogicznej" in html
    assert document.url in html
    image_files = [r.file.name.rsplit("/", 1)[-1] for r in image.renditions.all()]
    assert image_files and any(name in html for name in image_files)

    from chatbot_embed.models import IndexedDocument

    assert "Regulamin rady pedagogicznej" in IndexedDocument.objects.get(key=f"page:{page.pk}").text

    client = login(superuser)
    with run_on_commit():
        response = client.post(
            f"/admin/collections/{collection.pk}/privacy/", {"restriction_type": "login"}
        )
    assert response.status_code == 200

    html = served(unit.hostname, "/aktualnosci/posiedzenie/")[1]
    assert "Posiedzenie rady" in html  # the page itself stays public
    assert "regulamin" in html  # the link's text stays, the link does not
    for hidden in ("Regulamin rady pedagogicznej", document.url, document.filename):
        assert files_containing(unit.hostname, hidden) == [], hidden
    for name in image_files:
        assert files_containing(unit.hostname, name) == [], name
    # The chatbot and the no-JS search page no longer name it either.
    indexed = IndexedDocument.objects.get(key=f"page:{page.pk}")
    assert "Posiedzenie rady" in indexed.title
    assert "Regulamin rady pedagogicznej" not in indexed.text

    # Public again: the link and the image come back.
    with run_on_commit():
        client.post(f"/admin/collections/{collection.pk}/privacy/", {"restriction_type": "none"})
    html = served(unit.hostname, "/aktualnosci/posiedzenie/")[1]
    assert document.url in html
    assert "Regulamin rady pedagogicznej" in html


def test_moving_a_document_to_a_private_collection_unlinks_it(
    unit, run_on_commit, private_material
):
    _collection, document, _image, _page = private_material
    private = Collection.get_first_root_node().add_child(name="Kadry")
    private.view_restrictions.create(restriction_type="login")
    with run_on_commit():
        document.collection = private
        document.save()
    assert files_containing(unit.hostname, "Regulamin rady pedagogicznej") == []


# --- unpublish: pages that stay live forget the page in their breadcrumbs ---


def test_unpublishing_a_section_alone_drops_it_from_its_live_subpages_breadcrumbs(
    unit, run_on_commit
):
    section = StandardPageFactory(parent=unit.home, title="Dla rodziców", slug="dla-rodzicow")
    section.save_revision().publish()
    child = StandardPageFactory(parent=section, title="Wyprawka szkolna", slug="wyprawka")
    child.save_revision().publish()
    full_build(unit.hostname)
    assert 'href="/dla-rodzicow/"' in served(unit.hostname, "/dla-rodzicow/wyprawka/")[1]

    client = login(unit.moderator)
    with run_on_commit():
        response = client.post(f"/admin/pages/{section.pk}/unpublish/", {})
    assert response.status_code == 302
    assert Page.objects.get(pk=child.pk).live  # the editor kept the subpage live

    assert served(unit.hostname, "/dla-rodzicow/")[0] == 404
    assert files_containing(unit.hostname, 'href="/dla-rodzicow/"') == []
    assert files_containing(unit.hostname, ">Dla rodziców<") == []
    assert "Wyprawka szkolna" in served(unit.hostname, "/dla-rodzicow/wyprawka/")[1]


def test_links_to_a_restricted_page_from_another_site_become_text(unit, run_on_commit):
    target = StandardPageFactory(parent=unit.home, title="Plan lekcji", slug="plan")
    target.save_revision().publish()
    other = make_unit("sp11")
    body = json.dumps(
        [
            {
                "type": "paragraph",
                "value": f'<p>Zobacz <a linktype="page" id="{target.pk}">plan</a>.</p>',
            }
        ]
    )
    linking = StandardPageFactory(
        parent=other.home, title="Współpraca", slug="wspolpraca", body=body
    )
    linking.save_revision().publish()
    full_build(unit.hostname)
    full_build(other.hostname)
    assert "sp8.localhost:8000/plan/" in served(other.hostname, "/wspolpraca/")[1]

    with run_on_commit():
        set_privacy(login(unit.moderator), target, "password", password="tajne-haslo")

    html = served(other.hostname, "/wspolpraca/")[1]
    assert "Zobacz plan." in html
    assert files_containing(other.hostname, "/plan/") == []


def test_a_site_logo_of_a_collection_made_private_leaves_every_page(unit, superuser, run_on_commit):
    from cms.site_settings.models import SiteSettings

    collection = Collection.get_first_root_node().add_child(name="Logotypy")
    logo = ImageFactory(title="Logo szkoły", collection=collection, file__filename="logo-sp8.png")
    settings_obj = SiteSettings.for_site(unit.site)
    settings_obj.logo = logo
    settings_obj.logo_alt = "Logo SP 8"
    with run_on_commit():
        settings_obj.save()
    assert files_containing(unit.hostname, "logo-sp8")

    with run_on_commit():
        response = login(superuser).post(
            f"/admin/collections/{collection.pk}/privacy/", {"restriction_type": "login"}
        )
    assert response.status_code == 200
    assert files_containing(unit.hostname, "logo-sp8") == []
