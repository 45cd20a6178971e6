"""A site's full page set costs the same number of SQL queries for 10 and for 100 pages."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from cms.news.models import NewsPageTag
from cms.test_data.factories import DocumentPageFactory

from .content import SchoolSite, add_news, build_school, make_document, make_image, publish, stream
from .queries import SITE_PAGES


def populate(school: SchoolSite, other: SchoolSite, count: int, editor) -> None:
    """``count`` news items with images, tags, links and documents.

    Distinct images and documents grow with ``count`` too (one per five news items; making
    renditions for one image per item would only slow the test down).
    """
    shared_image = make_image("Wspólne", 64, 48)
    images = [make_image(f"Zdjęcie {i}", 64, 48) for i in range(count // 5)]
    documents = [make_document(f"Załącznik {i}", f"zalacznik-{i}.pdf") for i in range(count // 5)]
    news_items = []
    for i in range(count):
        document = documents[i % len(documents)]
        body = stream(
            (
                "paragraph",
                f'<p><a linktype="page" id="{school.contact.pk}">Kontakt</a> '
                f'<a linktype="page" id="{other.contact.pk}">SP2</a> '
                f'<a linktype="document" id="{document.pk}">plik</a></p>',
            ),
            ("image", {"image": shared_image.pk, "alt_text": "Wspólne", "caption": ""}),
            ("documents", {"title": "Pliki", "documents": [document.pk]}),
            (
                "call_to_action",
                {
                    "title": "Więcej",
                    "page": school.event_index.pk,
                    "url": "",
                    "text": "",
                    "link_label": "Wydarzenia",
                },
            ),
            ("embed", f"https://www.youtube.com/watch?v={i}"),
        )
        news_items.extend(
            add_news(
                school.news_index,
                1,
                slug=f"news-{i}",
                main_image=images[i % len(images)],
                main_image_alt=f"Opis zdjęcia {i}",
                body=body,
            )
        )
    tags = [
        Tag.objects.get_or_create(name=name, slug=name)[0]
        for name in ["szkola", *(f"tag-{i}" for i in range(7))]
    ]
    NewsPageTag.objects.bulk_create(
        NewsPageTag(content_object_id=news.pk, tag=tag)
        for i, news in enumerate(news_items)
        for tag in (tags[0], tags[1 + i % 7])
    )
    for i in range(count // 10):
        document_page = DocumentPageFactory(parent=school.home, slug=f"dokument-{i}", live=False)
        publish(document_page, user=editor, change_description="Pierwsza publikacja")
        publish(document_page, user=editor, change_description="Zmiana")


def count_queries(gql, host: str) -> tuple[int, dict]:
    gql(SITE_PAGES, {"host": host})  # first build creates the renditions once
    with CaptureQueriesContext(connection) as queries:
        data = gql(SITE_PAGES, {"host": host})
    return len(queries.captured_queries), data


def test_site_pages_query_count_does_not_grow_with_pages(gql, superuser):
    small = build_school("mala")
    large = build_school("duza")
    other = build_school("inna")
    populate(small, other, 10, superuser)
    populate(large, other, 100, superuser)

    small_count, small_data = count_queries(gql, "mala.localhost")
    large_count, large_data = count_queries(gql, "duza.localhost")

    assert len(small_data["sitePages"]) == 5 + 10 + 1
    assert len(large_data["sitePages"]) == 5 + 100 + 10
    news = [p for p in large_data["sitePages"] if p["pageType"] == "NewsPage"]
    assert all(p["mainImage"]["url"].startswith("/media/images/") for p in news)
    assert all(len(p["tags"]) == 2 for p in news)
    assert all('href="http://inna.localhost:8000/kontakt/"' in p["body"][0]["value"] for p in news)
    documents = [p for p in large_data["sitePages"] if p["pageType"] == "DocumentPage"]
    assert all(len(p["changeRegister"]) == 2 for p in documents)
    assert small_count == large_count, (small_count, large_count)
    assert large_count <= 30


SITES = """{ sites { hostname name isDepartment
  settings { primaryColour logo { url } socialLinks { url } }
  unit { officialName unitType logo { url } } homePage { title urlPath } } }"""


def test_sites_query_count_does_not_grow_with_sites(gql, department_site):
    def measured() -> tuple[int, list]:
        with CaptureQueriesContext(connection) as queries:
            sites = gql(SITES)["sites"]
        return len(queries.captured_queries), sites

    for i in range(2):
        build_school(f"a{i}")
    gql(SITES)  # creates default settings rows once
    few_count, few = measured()
    for i in range(6):
        build_school(f"b{i}")
    gql(SITES)
    many_count, many = measured()

    assert (len(few), len(many)) == (3, 9)
    assert all(site["settings"]["primaryColour"] == "#0b5394" for site in many)
    assert {site["unit"]["unitType"] for site in many} == {None, "szkola-podstawowa"}
    assert few_count == many_count, (few_count, many_count)
