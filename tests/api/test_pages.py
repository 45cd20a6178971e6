"""Pages by path, the full page set of a site, each page type's fields, and previews."""

import datetime as dt
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.utils import timezone
from taggit.models import Tag

from cms.test_data.factories import DocumentPageFactory, EventPageFactory, StandardPageFactory

from .content import add_news, publish, save_draft
from .queries import PAGE_BY_PATH, SITE_PAGES


def test_page_by_path_with_breadcrumbs_and_tree_fields(gql, school):
    (news,) = add_news(school.news_index, 1, summary="Skrót", seo_title="Tytuł SEO")

    for path in (
        "/aktualnosci/wiadomosc-0/",
        "/aktualnosci/wiadomosc-0",
        "aktualnosci/wiadomosc-0/",
    ):
        page = gql(PAGE_BY_PATH, {"host": "sp1.localhost", "path": path})["page"]
        assert page["id"] == str(news.pk)

    assert page["pageType"] == "NewsPage"
    assert page["urlPath"] == "/aktualnosci/wiadomosc-0/"
    assert page["url"] == "http://sp1.localhost:8000/aktualnosci/wiadomosc-0/"
    assert page["depth"] == 2
    assert page["parentId"] == str(school.news_index.pk)
    assert page["seoTitle"] == "Tytuł SEO"
    assert page["summary"] == "Skrót"
    assert page["breadcrumbs"] == [
        {"title": "Szkoła Podstawowa nr 1", "urlPath": "/", "url": "http://sp1.localhost:8000/"},
        {
            "title": "Aktualności",
            "urlPath": "/aktualnosci/",
            "url": "http://sp1.localhost:8000/aktualnosci/",
        },
        {
            "title": "Wiadomość 0",
            "urlPath": "/aktualnosci/wiadomosc-0/",
            "url": "http://sp1.localhost:8000/aktualnosci/wiadomosc-0/",
        },
    ]
    home = gql(PAGE_BY_PATH, {"host": "sp1.localhost", "path": "/"})["page"]
    assert (home["pageType"], home["urlPath"], home["depth"], home["parentId"]) == (
        "SchoolHomePage",
        "/",
        0,
        None,
    )
    missing = gql(PAGE_BY_PATH, {"host": "sp1.localhost", "path": "/nie-ma/"})
    assert missing == {"page": None}


def test_site_pages_lists_every_type_with_its_fields(gql, school, superuser):
    news = add_news(school.news_index, 1, lead="Lead wiadomości")[0].specific
    news.tags.add("sport", "Wycieczki")
    news.save()
    start = timezone.now() + dt.timedelta(days=3)
    EventPageFactory(
        parent=school.event_index,
        slug="piknik",
        title="Piknik",
        start=start,
        end=start + dt.timedelta(hours=2),
        place="Boisko",
        registration_url="https://example.org/zapisy",
    )
    StandardPageFactory(parent=school.home, slug="o-szkole", title="O szkole")
    document = DocumentPageFactory(
        parent=school.home, slug="zarzadzenie", title="Zarządzenie 1/2026", live=False
    )
    superuser.first_name, superuser.last_name = "Ewa", "Redaktorska"
    superuser.save()
    publish(document, user=superuser, change_description="Pierwsza publikacja")
    publish(document, user=superuser, change_description="Poprawka daty")

    data = gql(SITE_PAGES, {"host": "sp1.localhost"})
    pages = {page["urlPath"]: page for page in data["sitePages"]}

    assert data["sitePages"][0]["pageType"] == "SchoolHomePage"
    assert set(pages) == {
        "/",
        "/aktualnosci/",
        "/aktualnosci/wiadomosc-0/",
        "/wydarzenia/",
        "/wydarzenia/piknik/",
        "/kontakt/",
        "/deklaracja-dostepnosci/",
        "/o-szkole/",
        "/zarzadzenie/",
    }
    news_page = pages["/aktualnosci/wiadomosc-0/"]
    assert news_page["lead"] == "Lead wiadomości"
    assert news_page["date"] == timezone.localdate().isoformat()
    assert news_page["tags"] == [
        {"name": "sport", "slug": "sport"},
        {"name": "Wycieczki", "slug": "wycieczki"},
    ]
    assert news_page["mainImage"] is None
    event = pages["/wydarzenia/piknik/"]
    assert event["place"] == "Boisko"
    assert event["registrationUrl"] == "https://example.org/zapisy"
    assert dt.datetime.fromisoformat(event["start"]) == start
    assert dt.datetime.fromisoformat(event["end"]) == start + dt.timedelta(hours=2)
    statement = pages["/deklaracja-dostepnosci/"]
    assert statement["status"] == "partial"
    assert statement["statusLabel"] == "częściowo zgodna"
    assert statement["publicationDate"] == "2024-09-01"
    assert (
        statement["nonAccessibleContent"] == "<p>Niektóre archiwalne pliki PDF nie są dostępne.</p>"
    )
    assert 'href="https://bip.brpo.gov.pl/"' in statement["procedure"]
    assert statement["contactEmail"] == "dostepnosc@example.org"
    assert statement["preparationMethodLabel"] == "samoocena przeprowadzona przez podmiot publiczny"
    assert statement["body"] == []
    doc = pages["/zarzadzenie/"]
    assert doc["producedBy"] == "Dyrektor szkoły"
    assert doc["producedDate"] == "2026-01-10"
    assert doc["enteredBy"] == "Ewa Redaktorska"
    assert [(e["user"], e["description"]) for e in doc["changeRegister"]] == [
        ("Ewa Redaktorska", "Pierwsza publikacja"),
        ("Ewa Redaktorska", "Poprawka daty"),
    ]
    assert doc["firstPublishedAt"] is not None
    assert doc["lastPublishedAt"] >= doc["firstPublishedAt"]
    assert pages["/o-szkole/"]["pageType"] == "StandardPage"
    assert pages["/kontakt/"]["pageType"] == "ContactPage"
    assert data["newsTags"] == [
        {"name": "sport", "slug": "sport", "count": 1},
        {"name": "Wycieczki", "slug": "wycieczki", "count": 1},
    ]
    assert Tag.objects.count() == 2


def test_site_pages_in_process_matches_http(gql, run_in_process, school):
    add_news(school.news_index, 2)
    over_http = gql(SITE_PAGES, {"host": "sp1.localhost"})
    in_process = run_in_process(SITE_PAGES, {"host": "sp1.localhost"})
    assert in_process == over_http


PREVIEW = """{ previewPage { id title urlPath pageType body { type value }
  ... on NewsPage { lead tags { name } } } }"""


def test_preview_page_only_in_process(gql, run_in_process, school):
    (news,) = add_news(school.news_index, 1)
    publish(news)
    draft = save_draft(news, title="Tytuł roboczy", lead="Nowy lead")
    draft.tags.add("szkic")
    preview = draft.get_latest_revision_as_object()
    preview.tags.add("szkic")

    data = run_in_process(PREVIEW, context=SimpleNamespace(preview_page=preview))
    assert data["previewPage"]["title"] == "Tytuł roboczy"
    assert data["previewPage"]["lead"] == "Nowy lead"
    assert data["previewPage"]["urlPath"] == "/aktualnosci/wiadomosc-0/"
    assert data["previewPage"]["tags"] == [{"name": "szkic"}]

    assert run_in_process(PREVIEW) == {"previewPage": None}
    assert gql(PREVIEW) == {"previewPage": None}
    # the live content is untouched by the draft
    live = gql(PAGE_BY_PATH, {"host": "sp1.localhost", "path": "/aktualnosci/wiadomosc-0/"})
    assert live["page"]["title"] == "Wiadomość 0"


def test_entered_by_falls_back_to_owner(gql, school):
    owner = get_user_model().objects.create_user("autor", first_name="Adam", last_name="Autor")
    DocumentPageFactory(parent=school.home, slug="dok", owner=owner)
    page = gql(PAGE_BY_PATH, {"host": "sp1.localhost", "path": "/dok/"})["page"]
    assert page["enteredBy"] == "Adam Autor"
    assert page["changeRegister"] == []


def test_preview_of_a_page_not_yet_created(run_in_process, school):
    """The admin previews a new page with its tree position set but no id (as Wagtail does)."""
    from cms.news.models import NewsPage

    parent = school.news_index
    page = NewsPage(title="Nowa", slug="nowa", lead="Jeszcze nie zapisana")
    page.depth = parent.depth + 1
    page.path = page._get_path(parent.path, page.depth, 1)
    page.set_url_path(parent)

    data = run_in_process(PREVIEW, context=SimpleNamespace(preview_page=page))
    assert data["previewPage"] == {
        "id": "preview",
        "title": "Nowa",
        "urlPath": "/aktualnosci/nowa/",
        "pageType": "NewsPage",
        "body": [],
        "lead": "Jeszcze nie zapisana",
        "tags": [],
    }
