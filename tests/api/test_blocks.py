"""StreamField blocks and rich text as static renderers receive them."""

from wagtail.embeds.models import Embed

from cms.test_data.factories import StandardPageFactory

from .content import add_news, make_document, make_image, stream
from .queries import PAGE_BY_PATH, SITE_PAGES

BODY = """query Body($host: String!, $path: String!) {
  page(hostname: $host, path: $path) { body { id type value } } }"""


def body_of(gql, path, host="sp1.localhost"):
    return gql(BODY, {"host": host, "path": path})["page"]["body"]


def test_rich_text_links_resolve_to_public_urls(gql, school, other_school):
    target_here = StandardPageFactory(parent=school.home, slug="rekrutacja", title="Rekrutacja")
    target_there = StandardPageFactory(parent=other_school.home, slug="oferta", title="Oferta")
    draft = StandardPageFactory(parent=school.home, slug="szkic", title="Szkic", live=False)
    document = make_document()
    html = (
        f'<p><a linktype="page" id="{target_here.pk}">tutaj</a>, '
        f'<a linktype="page" id="{target_there.pk}">w SP2</a>, '
        f'<a linktype="page" id="{school.home.pk}">start</a>, '
        f'<a linktype="document" id="{document.pk}">statut</a>, '
        f'<a linktype="page" id="{draft.pk}">szkic</a>, '
        '<a linktype="page" id="999999">usunięta</a>, '
        '<a href="https://example.org/?a=1&amp;b=2">zewnętrzny</a></p>'
    )
    StandardPageFactory(
        parent=school.home, slug="linki", title="Linki", body=stream(("paragraph", html))
    )

    (block,) = body_of(gql, "/linki/")

    assert block["type"] == "paragraph"
    assert block["id"] == "block-0"
    assert block["value"] == (
        '<p><a href="/rekrutacja/">tutaj</a>, '
        '<a href="http://sp2.localhost:8000/oferta/">w SP2</a>, '
        '<a href="/">start</a>, '
        f'<a href="/documents/{document.pk}/statut.pdf">statut</a>, '
        "szkic, usunięta, "
        '<a href="https://example.org/?a=1&amp;b=2">zewnętrzny</a></p>'
    )


def test_every_block_type_has_a_static_ready_value(gql, school, other_school):
    other_contact = other_school.contact.pk
    image = make_image("Boisko", 2400, 1600)
    document = make_document("Plan lekcji", "plan.pdf")
    Embed.objects.create(
        url="https://www.youtube.com/watch?v=abc",
        max_width=None,
        type="video",
        html='<iframe title="Film"></iframe>',
        title="Film",
        width=640,
        height=360,
    )
    body = stream(
        ("heading", {"text": "Nagłówek", "level": "h3"}),
        ("image", {"image": image.pk, "alt_text": "Uczniowie na boisku", "caption": "Boisko"}),
        (
            "documents",
            {
                "title": "Do pobrania",
                "documents": [{"type": "item", "value": document.pk, "id": "d1"}, 424242],
            },
        ),
        (
            "table",
            {
                "caption": "Dzwonki",
                "table": {
                    "data": [["Lekcja", "Godzina"], ["1", None]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            },
        ),
        ("quote", {"quote": "Cytat", "attribution": "Autor"}),
        (
            "call_to_action",
            {
                "title": "Zapisz się",
                "text": "Opis",
                "page": school.contact.pk,
                "url": "",
                "link_label": "Przejdź",
            },
        ),
        (
            "call_to_action",
            {
                "title": "Zewnętrzny",
                "text": "",
                "page": None,
                "url": "https://example.org/",
                "link_label": "Idź",
            },
        ),
        (
            "faq",
            {
                "title": "Pytania",
                "items": [
                    {
                        "type": "item",
                        "id": "q1",
                        "value": {
                            "question": "Gdzie?",
                            "answer": f'<p><a linktype="page" id="{other_contact}">Tam</a></p>',
                        },
                    }
                ],
            },
        ),
        ("eservice", {"service_slug": "stypendium-szkolne", "intro": "Złóż wniosek"}),
        ("embed", "https://www.youtube.com/watch?v=abc"),
        ("embed", "https://vimeo.com/nieznany"),
        ("image", {"image": 987654, "alt_text": "usunięty", "caption": ""}),
        ("unknown_type", {"x": 1}),
    )
    StandardPageFactory(parent=school.home, slug="bloki", title="Bloki", body=body)

    blocks = body_of(gql, "/bloki/")
    values = [(block["type"], block["value"]) for block in blocks]

    assert values[0] == ("heading", {"text": "Nagłówek", "level": "h3"})
    kind, picture = values[1]
    assert kind == "image"
    assert picture["alt"] == "Uczniowie na boisku"
    assert picture["caption"] == "Boisko"
    assert (picture["width"], picture["height"]) == (1200, 800)
    assert picture["url"].startswith("/media/images/") and picture["url"].endswith(".webp")
    small_url = picture["srcset"].split(", ")[0].split(" ")[0]
    assert picture["srcset"] == f"{small_url} 600w, {picture['url']} 1200w"
    assert values[2] == (
        "documents",
        {
            "title": "Do pobrania",
            "documents": [
                {
                    "title": "Plan lekcji",
                    "url": f"/documents/{document.pk}/plan.pdf",
                    "fileSize": len(b"%PDF-1.4 test"),
                    "fileExtension": "pdf",
                }
            ],
        },
    )
    assert values[3] == (
        "table",
        {
            "caption": "Dzwonki",
            "firstRowIsHeader": True,
            "firstColIsHeader": False,
            "rows": [["Lekcja", "Godzina"], ["1", ""]],
        },
    )
    assert values[4] == ("quote", {"quote": "Cytat", "attribution": "Autor"})
    assert values[5] == (
        "call_to_action",
        {
            "title": "Zapisz się",
            "text": "Opis",
            "linkLabel": "Przejdź",
            "page": {"title": "Kontakt", "url": "/kontakt/"},
            "url": "/kontakt/",
        },
    )
    assert values[6][1]["page"] is None
    assert values[6][1]["url"] == "https://example.org/"
    assert values[7] == (
        "faq",
        {
            "title": "Pytania",
            "items": [
                {
                    "question": "Gdzie?",
                    "answer": '<p><a href="http://sp2.localhost:8000/kontakt/">Tam</a></p>',
                }
            ],
        },
    )
    assert values[8] == ("eservice", {"serviceSlug": "stypendium-szkolne", "intro": "Złóż wniosek"})
    assert values[9] == (
        "embed",
        {
            "url": "https://www.youtube.com/watch?v=abc",
            "html": '<iframe title="Film"></iframe>',
            "title": "Film",
        },
    )
    assert values[10] == ("embed", {"url": "https://vimeo.com/nieznany", "html": None, "title": ""})
    assert len(values) == 11  # the vanished image and the unknown block type are left out


def test_news_main_image_rendition(gql, school):
    image = make_image("Portret", 900, 1800)
    add_news(school.news_index, 1, main_image=image, main_image_alt="Dyrektorka szkoły")
    page = gql(PAGE_BY_PATH, {"host": "sp1.localhost", "path": "/aktualnosci/wiadomosc-0/"})
    main = page["page"]["mainImage"]
    assert main["alt"] == "Dyrektorka szkoły"
    assert (main["width"], main["height"]) == (400, 800)
    assert main["url"].startswith("/media/images/")
    assert main["srcset"].endswith(f"{main['url']} 400w")
    assert " 200w, " in main["srcset"]


def test_a_missing_image_file_does_not_break_the_site(gql, school):
    broken = make_image("Zepsute", 300, 200)
    broken.file.storage.delete(broken.file.name)
    add_news(
        school.news_index,
        1,
        main_image=broken,
        main_image_alt="Opis",
        body=stream(
            ("image", {"image": broken.pk, "alt_text": "Opis", "caption": ""}),
            ("heading", {"text": "Dalej", "level": "h2"}),
        ),
    )
    pages = gql(SITE_PAGES, {"host": "sp1.localhost"})["sitePages"]
    news = next(page for page in pages if page["pageType"] == "NewsPage")
    assert news["mainImage"] is None
    assert [block["type"] for block in news["body"]] == ["heading"]
