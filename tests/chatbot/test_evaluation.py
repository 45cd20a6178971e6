"""Accuracy floor of the chatbot on the demo content (seed_demo with three units)."""

from decimal import Decimal

import pytest
from django.core.management import call_command

from chatbot_embed.answers.ask import ask
from chatbot_embed.evaluation.questions import QUESTIONS
from chatbot_embed.evaluation.runner import evaluate
from chatbot_embed.index.refresh import rebuild_all
from eservice_bridge.catalogue.seed import seed_services
from eservice_bridge.legal_figures.models import LegalFigures


@pytest.mark.django_db
def test_evaluation_on_the_demo(settings):
    settings.BASE_DOMAIN = "localhost"
    settings.PUBLIC_SCHEME = "http"
    settings.PUBLIC_PORT = 8000
    # The chatbot has its own index; Wagtail's search index is not needed here (and skipping it
    # keeps the seeding fast).
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
    }
    # The demo and the evaluation read the year's legal figures: a changed threshold is what
    # the pages state and what the answer must say.
    LegalFigures.objects.update(scholarship_income_threshold=Decimal("850.50"))
    call_command("seed_demo", units=3, verbosity=0)
    seed_services()
    rebuild_all()

    report = evaluate()
    print(report.summary())
    assert report.total == len(QUESTIONS) >= 60
    assert report.top3_rate >= 0.9, report.misses
    assert report.top1_rate >= 0.75, report.misses
    assert report.figure_questions == 4
    assert report.figures_stated == report.figure_questions, report.unstated
    threshold = ask("jaki jest prog dochodowy na stypendium", "sp1.localhost").answer
    assert "850,50 zł" in threshold and "823 zł" not in threshold

    # Done-when of the issue: the scholarship deadline on a school site, with the service link.
    answer = ask("Do kiedy można złożyć wniosek o stypendium szkolne?", "sp1.localhost")
    assert answer.answered
    assert "15 września" in answer.answer
    assert {
        "name": "Stypendium szkolne",
        "url": "http://sp1.localhost:8000/e-uslugi/stypendium-szkolne/",
    } in answer.services

    # A scheduled announcement is not an answer before its time.
    hits = ask("przerwa techniczna portalu E-łącze", "localhost").sources
    assert all("Przerwa techniczna" not in source["title"] for source in hits)
