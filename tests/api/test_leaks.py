"""Only live, public pages of the requested site ever leave the API."""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from cms.test_data.factories import StandardPageFactory

from .content import add_news, publish, save_draft, stream
from .queries import PAGE_BY_PATH

EVERYWHERE = """
query Everywhere($host: String!, $path: String!) {
  page(hostname: $host, path: $path) { title }
  sitePages(hostname: $host) { title urlPath body { value } }
  news(hostname: $host, perPage: 100) { totalCount items { title } }
  newsTags(hostname: $host) { name }
  site(hostname: $host) { menu { title children { title } } }
}
"""


def seen(gql, path, host="sp1.localhost"):
    """Every title the API shows for a site, and whether ``path`` resolves."""
    data = gql(EVERYWHERE, {"host": host, "path": path})
    titles = {page["title"] for page in data["sitePages"]}
    titles |= {item["title"] for item in data["news"]["items"]}
    for item in data["site"]["menu"]:
        titles.add(item["title"])
        titles |= {child["title"] for child in item["children"]}
    return data["page"], titles, data


def test_draft_pages_never_appear(gql, school):
    StandardPageFactory(
        parent=school.home, slug="szkic", title="Szkic", live=False, show_in_menus=True
    )
    (news,) = add_news(school.news_index, 1, live=False)
    news.tags.add("tajne")
    news.save()

    page, titles, data = seen(gql, "/szkic/")
    assert page is None
    assert "Szkic" not in titles
    assert "Wiadomość 0" not in titles
    assert data["news"]["totalCount"] == 0
    assert data["newsTags"] == []


def test_unpublished_changes_are_not_served(gql, school):
    page = StandardPageFactory(
        parent=school.home,
        slug="o-szkole",
        title="O szkole",
        show_in_menus=True,
        body=stream(("paragraph", "<p>Opublikowana treść</p>")),
    )
    publish(page)
    save_draft(
        page,
        title="Tytuł niezatwierdzony",
        body=stream(("paragraph", "<p>Treść niezatwierdzona</p>")),
    )
    (news,) = add_news(school.news_index, 1)
    publish(news)
    save_draft(news, title="Niezatwierdzona wiadomość")

    found, titles, data = seen(gql, "/o-szkole/")
    assert found == {"title": "O szkole"}
    assert "Tytuł niezatwierdzony" not in titles
    assert "Niezatwierdzona wiadomość" not in titles
    assert {"O szkole", "Wiadomość 0"} <= titles
    bodies = str([p["body"] for p in data["sitePages"]])
    assert "Opublikowana treść" in bodies
    assert "niezatwierdzona" not in bodies


def test_expired_and_scheduled_pages_never_appear(gql, school):
    past = timezone.now() - dt.timedelta(hours=1)
    StandardPageFactory(
        parent=school.home, slug="wygasla", title="Wygasła", expire_at=past, show_in_menus=True
    )
    StandardPageFactory(
        parent=school.home, slug="wygasla2", title="Wygasła 2", expired=True, live=False
    )
    add_news(school.news_index, 1, expire_at=past)
    StandardPageFactory(
        parent=school.home,
        slug="pozniej",
        title="Zaplanowana",
        live=False,
        go_live_at=timezone.now() + dt.timedelta(days=1),
    )

    for path in ("/wygasla/", "/wygasla2/", "/aktualnosci/wiadomosc-0/", "/pozniej/"):
        page, titles, data = seen(gql, path)
        assert page is None
    assert not titles & {"Wygasła", "Wygasła 2", "Wiadomość 0", "Zaplanowana"}
    assert data["news"]["totalCount"] == 0


@pytest.mark.parametrize("restriction", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_view_restricted_pages_and_their_subtrees_never_appear(gql, school, restriction):
    private = StandardPageFactory(
        parent=school.home, slug="prywatna", title="Prywatna", show_in_menus=True
    )
    StandardPageFactory(parent=private, slug="dziecko", title="Dziecko", show_in_menus=True)
    PageViewRestriction.objects.create(page=private, restriction_type=restriction, password="tajne")
    add_news(school.news_index, 2)
    PageViewRestriction.objects.create(
        page=school.news_index, restriction_type=restriction, password="tajne"
    )

    for path in ("/prywatna/", "/prywatna/dziecko/", "/aktualnosci/", "/aktualnosci/wiadomosc-0/"):
        page, titles, data = seen(gql, path)
        assert page is None, path
    assert not titles & {"Prywatna", "Dziecko", "Aktualności", "Wiadomość 0", "Wiadomość 1"}
    assert data["news"]["totalCount"] == 0
    assert "Kontakt" in titles


def test_other_sites_pages_never_appear(gql, school, other_school):
    StandardPageFactory(parent=other_school.home, slug="tylko-sp2", title="Tylko SP2")
    add_news(other_school.news_index, 2)

    for path in (
        "/tylko-sp2/",
        "/sp2/tylko-sp2/",
        "/../sp2/tylko-sp2/",
        "/../tylko-sp2/",
        "//sp2.localhost/tylko-sp2/",
        "/%2E%2E/sp2/tylko-sp2/",
    ):
        page, titles, data = seen(gql, path)
        assert page is None, path
    assert "Tylko SP2" not in titles
    assert data["news"]["totalCount"] == 0
    assert all(p["urlPath"] != "/tylko-sp2/" for p in data["sitePages"])
    # the page is there for its own site
    found = gql(PAGE_BY_PATH, {"host": "sp2.localhost", "path": "/tylko-sp2/"})["page"]
    assert found["title"] == "Tylko SP2"
    assert found["url"] == "http://sp2.localhost:8000/tylko-sp2/"


def test_pages_outside_any_site_tree_never_appear(gql, school):
    """A home page created without a Site (e.g. a unit being set up) is reachable from nowhere."""
    from cms.test_data.factories import SchoolHomePageFactory, root_page

    orphan = SchoolHomePageFactory(parent=root_page(), slug="bez-witryny", title="Bez witryny")
    StandardPageFactory(parent=orphan, slug="strona", title="Sierota")
    _page, titles, _data = seen(gql, "/strona/")
    assert not titles & {"Bez witryny", "Sierota"}
    assert gql(PAGE_BY_PATH, {"host": "bez-witryny.localhost", "path": "/"})["page"] is None


def test_documents_and_images_of_a_private_collection_never_leave_the_api(gql, school):
    from wagtail.models import Collection

    from .content import make_document, make_image

    private = Collection.get_first_root_node().add_child(name="Kadry")
    inner = private.add_child(name="Kadry — umowy")  # privacy covers sub-collections too
    private.view_restrictions.create(restriction_type="password", password="tajne")
    document = make_document("Lista płac", "lista-plac.pdf")
    document.collection = inner
    document.save()
    image = make_image("Zdjęcie z dokumentu tożsamości")
    image.collection = private
    image.save()
    body = stream(
        ("paragraph", f'<p>Zobacz <a linktype="document" id="{document.pk}">listę</a>.</p>'),
        ("documents", {"title": "Do pobrania", "documents": [document.pk]}),
        ("image", {"image": image.pk, "alt_text": "Dowód", "caption": "Dowód"}),
    )
    publish(StandardPageFactory(parent=school.home, slug="kadry", title="Kadry", body=body))
    add_news(school.news_index, 1, main_image=image, main_image_alt="Dowód")

    data = gql(
        """query($host: String!) { sitePages(hostname: $host) {
             urlPath body { type value } ... on NewsPage { mainImage { url } } } }""",
        {"host": "sp1.localhost"},
    )
    text = str(data)
    for secret in ("Lista płac", "lista-plac", f"/documents/{document.pk}/", "/media/"):
        assert secret not in text, secret
    page = next(p for p in data["sitePages"] if p["urlPath"] == "/kadry/")
    assert [block["type"] for block in page["body"]] == ["paragraph", "documents"]
    assert page["body"][0]["value"] == "<p>Zobacz listę.</p>"
    assert page["body"][1]["value"]["documents"] == []
