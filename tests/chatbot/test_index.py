"""The index holds exactly what the public can see and follows publishing at once."""

import datetime as dt

from django.utils import timezone
from wagtail.models import PageViewRestriction

from chatbot_embed.answers.ask import ask, search
from chatbot_embed.models import IndexedDocument
from cms.announcements.models import Announcement, Audience
from cms.home.unit_types import UnitType
from cms.test_data.factories import (
    NewsPageFactory,
    SchoolHomePageFactory,
    StandardPageFactory,
    make_site,
    root_page,
)


def titles(question: str, host: str = "sp1.localhost") -> list[str]:
    return [hit.document.title for hit in search(question, host).hits]


def test_pages_news_events_faq_and_announcements_are_indexed(content):
    kinds = set(IndexedDocument.objects.values_list("kind", flat=True))
    assert {"page", "news", "event", "faq", "announcement"} <= kinds
    faq = IndexedDocument.objects.get(title="Ile wynosi stypendium szkolne?")
    assert faq.kind == "faq"
    assert faq.path == "/stypendium-szkolne/"
    assert "248 zł" in faq.text


def test_drafts_and_restricted_pages_are_not_indexed(content):
    draft = StandardPageFactory(
        parent=content["sp1"], title="Tajny plan remontu", slug="remont", live=False
    )
    private = StandardPageFactory(parent=content["sp1"], title="Regulamin rady pedagogicznej")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    from chatbot_embed.index.refresh import rebuild_all

    rebuild_all()
    keys = set(IndexedDocument.objects.values_list("key", flat=True))
    assert f"page:{draft.pk}" not in keys
    assert f"page:{private.pk}" not in keys
    assert "Tajny plan remontu" not in titles("tajny plan remontu")
    assert "Regulamin rady pedagogicznej" not in titles("regulamin rady pedagogicznej")


def test_unpublished_page_disappears_from_answers_at_once(content):
    assert titles("festyn rodzinny")[0] == "Festyn rodzinny na boisku szkolnym"
    content["festyn"].unpublish()
    assert "Festyn rodzinny na boisku szkolnym" not in titles("festyn rodzinny")


def test_published_page_is_found_after_commit(content, django_capture_on_commit_callbacks):
    page = NewsPageFactory(
        parent=content["festyn"].get_parent(),
        title="Wyniki konkursu ortograficznego",
        slug="konkurs-ortograficzny",
        lead="Laureatami konkursu ortograficznego zostali uczniowie klasy 6b.",
        live=False,
    )
    assert "Wyniki konkursu ortograficznego" not in titles("konkurs ortograficzny")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert titles("konkursie ortograficznym")[0] == "Wyniki konkursu ortograficznego"


def test_own_school_content_comes_before_another_schools(content):
    assert titles("festyn", "sp1.localhost")[0] == "Festyn rodzinny na boisku szkolnym"
    assert titles("festyn", "sp2.localhost")[0] == "Festyn w Szkole Podstawowej nr 2"
    # Another school's news never answers on this school's site.
    assert "Festyn w Szkole Podstawowej nr 2" not in titles("festyn", "sp1.localhost")


def test_announcement_reaches_only_its_audience(content):
    kindergarten = SchoolHomePageFactory(
        parent=root_page(), slug="pm1", unit_type=UnitType.KINDERGARTEN
    )
    make_site(kindergarten, "pm1.localhost")
    question = "czy 2 stycznia jest dzien wolny"
    assert titles(question, "sp1.localhost")[0] == "Dzień wolny od zajęć 2 stycznia"
    assert "Dzień wolny od zajęć 2 stycznia" not in titles(question, "pm1.localhost")


def test_expired_and_unpublished_announcements_are_not_answers(content):
    Announcement.objects.create(
        title="Zmiana godzin pracy basenu",
        body="<p>Basen szkolny jest nieczynny.</p>",
        audience=Audience.ALL_UNITS,
        active_from=timezone.now() - dt.timedelta(days=10),
        active_to=timezone.now() - dt.timedelta(days=1),
        live=True,
    )
    from chatbot_embed.index.refresh import rebuild_all

    rebuild_all()
    assert "Zmiana godzin pracy basenu" not in titles("basen nieczynny")
    announcement = content["announcement"]
    announcement.unpublish()
    assert "Dzień wolny od zajęć 2 stycznia" not in titles("dzień wolny 2 stycznia")


def test_deleted_page_leaves_the_index(content):
    content["meeting"].delete()
    assert "Zebranie z rodzicami klas pierwszych" not in titles("zebranie z rodzicami")


def test_answer_is_extractive_with_date_sources_and_service(content):
    answer = ask("do kiedy mozna skladac wnioski o stypendium?", "sp1.localhost")
    assert answer.answered
    assert "15 września" in answer.answer
    # Extractive: every sentence of the answer is a sentence of an indexed document.
    texts = " ".join(IndexedDocument.objects.values_list("text", flat=True))
    for sentence in answer.answer.split(". "):
        assert sentence.strip(" .") in texts
    assert {"title": "Stypendium szkolne", "url": "http://localhost:8000/stypendium-szkolne/"} in (
        answer.sources
    )
    assert answer.services[0] == {
        "name": "Stypendium szkolne",
        "url": "http://sp1.localhost:8000/e-uslugi/stypendium-szkolne/",
    }


def test_unknown_question_gets_the_units_contact(content):
    answer = ask("czy szkoła wynajmuje basen olimpijski na wesela", "sp1.localhost")
    assert not answer.answered
    assert "32 262 11 11" in answer.answer
    assert "sekretariat@sp1.example.org" in answer.answer
    assert "7:30–15:30" in answer.answer
    assert answer.sources == []
