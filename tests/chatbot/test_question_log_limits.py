"""Anonymous askers cannot fill the editors' log of unanswered questions.

Before the fix every low-confidence question from anyone became a row: one script could bury
the real questions of a unit's parents under thousands of its own.
"""

import json

import pytest

from chatbot_embed.models import LoggedQuestion

ASK = "/chatbot/api/ask"


def _ask(client, question: str, address: str = "203.0.113.5"):
    body = json.dumps({"question": question, "site": "sp1.localhost", "session": address})
    return client.post(ASK, body, content_type="application/json", REMOTE_ADDR=address)


@pytest.fixture
def generous_chat_rates(settings):
    settings.CHATBOT_RATE_PER_IP = 1000
    settings.CHATBOT_RATE_PER_SESSION = 1000


def test_one_client_adds_at_most_its_share(client, content, settings, generous_chat_rates):
    settings.CHATBOT_LOG_PER_CLIENT = "3/d"
    answers = [_ask(client, f"czy jest basen numer {n}?") for n in range(10)]
    assert all(response.status_code == 200 for response in answers)  # still answered
    assert LoggedQuestion.objects.count() == 3
    # Another parent's question still reaches the editors.
    _ask(client, "czy szkoła ma stołówkę wegetariańską?", address="203.0.113.99")
    assert LoggedQuestion.objects.filter(question__contains="stołówkę").exists()


def test_many_clients_cannot_flood_one_site(client, content, settings, generous_chat_rates):
    settings.CHATBOT_LOG_PER_SITE = "5/d"
    for n in range(12):
        _ask(client, f"czy jest basen numer {n}?", address=f"203.0.113.{n + 1}")
    assert LoggedQuestion.objects.count() == 5


def test_the_same_question_is_logged_once(client, content, generous_chat_rates):
    for n in range(4):
        _ask(client, "czy jest basen?", address=f"203.0.113.{n + 1}")
    assert LoggedQuestion.objects.count() == 1
