"""The chatbot counts questions and answers per day (no text) for "E-łącze w liczbach"."""

import json

from chatbot_embed.models import DailyAnswerCount
from chatbot_embed.tasks import flush_answer_counts_task
from cms.open_data import figures

ASK = "/chatbot/api/ask"


def ask(client, question: str):
    return client.post(
        ASK,
        json.dumps({"question": question, "site": "sp1.localhost"}),
        content_type="application/json",
        HTTP_ORIGIN="http://sp1.localhost:8000",
    )


def chatbot_figures() -> dict[str, str]:
    section = next(s for s in figures.sections() if s.key == "czatbot")
    return {figure.label: figure.value for figure in section.figures}


def test_questions_and_answers_are_counted_without_their_text(client, content):
    assert ask(client, "Do kiedy można złożyć wniosek o stypendium?").status_code == 200
    assert ask(client, "xyzzy plugh qwerty").status_code == 200
    assert not DailyAnswerCount.objects.exists()  # answering writes nothing to the database
    assert flush_answer_counts_task() == 2
    counts = DailyAnswerCount.objects.get()
    assert (counts.questions, counts.answered) == (2, 1)
    assert ask(client, "Do kiedy można złożyć wniosek o stypendium?").status_code == 200
    assert chatbot_figures() == {
        "Pytania zadane czatbotowi": "3",
        "Pytania z odpowiedzią": "2",
        "Udział pytań z odpowiedzią": "66,7\u00a0%",
    }


def test_a_refused_question_is_not_counted(client, content):
    assert ask(client, "").status_code == 400
    assert flush_answer_counts_task() == 0
    assert not DailyAnswerCount.objects.exists()
