"""Small, realistic content for the chatbot tests (and the chatbot widget's browser test)."""

import datetime as dt
import json

from django.utils import timezone

from chatbot_embed.index.refresh import rebuild_all
from cms.announcements.models import Announcement, Audience
from cms.home.unit_types import UnitType
from cms.test_data.factories import (
    ContactPageFactory,
    DepartmentHomePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    SchoolHomePageFactory,
    StandardPageFactory,
    make_site,
    root_page,
)


def blocks(*items: tuple[str, object]) -> str:
    return json.dumps([{"type": kind, "value": value} for kind, value in items])


def build_content() -> dict:
    """The content of the ``content`` fixture (also used by the browser tests)."""
    from wagtail.models import Site

    from eservice_bridge.catalogue.seed import seed_services

    Site.objects.all().delete()
    dept = DepartmentHomePageFactory(
        parent=root_page(),
        office_hours="poniedziałek–piątek 7:30–15:30",
    )
    make_site(dept, "localhost", is_default=True)
    sp1 = SchoolHomePageFactory(
        parent=root_page(),
        slug="sp1",
        title="Szkoła Podstawowa nr 1",
        official_name="Szkoła Podstawowa nr 1 im. Marii Konopnickiej",
        phone="32 262 11 11",
        email="sekretariat@sp1.example.org",
        office_hours="7:30–15:30",
        unit_type=UnitType.PRIMARY_SCHOOL,
    )
    sp1_site = make_site(sp1, "sp1.localhost")
    sp2 = SchoolHomePageFactory(
        parent=root_page(),
        slug="sp2",
        title="Szkoła Podstawowa nr 2",
        unit_type=UnitType.PRIMARY_SCHOOL,
    )
    make_site(sp2, "sp2.localhost")

    scholarship = StandardPageFactory(
        parent=dept,
        title="Stypendium szkolne",
        slug="stypendium-szkolne",
        summary="Pomoc materialna o charakterze socjalnym dla uczniów.",
        body=blocks(
            (
                "paragraph",
                "<p>Wnioski o stypendium szkolne na rok szkolny 2026/2027 przyjmujemy od 1 do "
                "15 września 2026 r. Stypendium przysługuje, gdy miesięczny dochód netto na osobę "
                "w rodzinie nie przekracza 823 zł.</p>",
            ),
            ("heading", {"text": "Wymagane dokumenty", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>zaświadczenia o dochodach z miesiąca poprzedzającego złożenie "
                "wniosku</li><li>zaświadczenie z ośrodka pomocy społecznej</li></ul>",
            ),
            ("eservice", {"service_slug": "stypendium-szkolne", "intro": "Złóż wniosek online."}),
            (
                "faq",
                {
                    "title": "Najczęstsze pytania",
                    "items": [
                        {
                            "question": "Ile wynosi stypendium szkolne?",
                            "answer": "<p>Od 99,20 zł do 248 zł miesięcznie.</p>",
                        },
                        {
                            "question": "Kto wydaje decyzję o stypendium?",
                            "answer": "<p>Decyzję wydaje Prezydent Miasta.</p>",
                        },
                    ],
                },
            ),
        ),
    )
    news_index = NewsIndexPageFactory(parent=sp1)
    festyn = NewsPageFactory(
        parent=news_index,
        title="Festyn rodzinny na boisku szkolnym",
        slug="festyn-rodzinny",
        lead="Zapraszamy rodziców i uczniów na festyn rodzinny w sobotę 13 czerwca.",
        body=blocks(("paragraph", "<p>Na festynie będą gry, konkursy i loteria fantowa.</p>")),
    )
    events = EventIndexPageFactory(parent=sp1)
    meeting = EventPageFactory(
        parent=events,
        title="Zebranie z rodzicami klas pierwszych",
        slug="zebranie-klasy-pierwsze",
        start=timezone.make_aware(dt.datetime(2026, 9, 10, 17, 0)),
        place="sala gimnastyczna",
    )
    ContactPageFactory(parent=sp1)
    other_news = NewsIndexPageFactory(parent=sp2)
    NewsPageFactory(
        parent=other_news,
        title="Festyn w Szkole Podstawowej nr 2",
        slug="festyn-sp2",
        lead="Festyn rodzinny w SP 2 odbędzie się w maju.",
    )
    announcement = Announcement.objects.create(
        title="Dzień wolny od zajęć 2 stycznia",
        body=(
            "<p>Dzień 2 stycznia jest dniem wolnym od zajęć dydaktycznych "
            "we wszystkich szkołach podstawowych.</p>"
        ),
        audience=Audience.UNIT_TYPES,
        unit_types=[UnitType.PRIMARY_SCHOOL],
        active_from=timezone.now() - dt.timedelta(days=1),
        live=True,
    )
    seed_services()
    rebuild_all()
    return {
        "dept": dept,
        "sp1": sp1,
        "sp1_site": sp1_site,
        "sp2": sp2,
        "scholarship": scholarship,
        "festyn": festyn,
        "meeting": meeting,
        "announcement": announcement,
    }
