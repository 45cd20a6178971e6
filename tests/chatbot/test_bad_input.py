"""Bad chatbot input: lone surrogates, control characters, oversized and deeply nested JSON.

Before the fix a lone surrogate (valid JSON: ``"\\ud800"``) reached the database and the JSON
answer (a 500), and a body over Django's upload limit got an English HTML page.
"""

import pytest

from chatbot_embed.models import LoggedQuestion

ASK = "/chatbot/api/ask"


def _post(client, body: bytes | str):
    return client.post(ASK, body, content_type="application/json")


@pytest.mark.parametrize(
    "body",
    [
        '{"question": "festyn \\ud800 basen", "site": "sp1.localhost", "session": "a"}',
        '{"question": "festyn \\u0007 basen", "site": "sp1.localhost", "session": "a"}',
        '{"question": "festyn", "site": "sp1.localhost\\u0000", "session": "a"}',
        '{"question": "festyn", "site": "sp1.localhost", "session": "\\udfff"}',
    ],
    ids=["lone-surrogate", "bell", "nul-in-site", "surrogate-session"],
)
def test_unsafe_characters_get_a_polish_error_and_nothing_is_logged(client, content, body):
    response = _post(client, body)
    assert response.status_code == 400
    assert "niedozwolone znaki" in response.json()["error"]
    assert not LoggedQuestion.objects.exists()


def test_oversized_body_gets_a_polish_json_error(client, content, settings):
    body = '{"question": "' + "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10) + '"}'
    response = _post(client, body)
    assert response.status_code == 413
    assert response.json()["error"] == "Zapytanie jest zbyt duże."


def test_deeply_nested_json_is_refused(client, content):
    response = _post(client, "[" * 2000 + "]" * 2000)  # within 4 KB, deeper than Python's stack
    assert response.status_code == 400
    assert "JSON" in response.json()["error"]


def test_invalid_utf8_is_refused(client, content):
    response = _post(client, b'{"question": "\xff\xfe"}')
    assert response.status_code == 400
    assert "JSON" in response.json()["error"]


def test_search_page_refuses_control_characters(client, content):
    response = client.get("/chatbot/szukaj/", {"q": "festyn\x1b"}, HTTP_HOST="sp1.localhost:8000")
    assert response.status_code == 400
    assert "niedozwolone znaki" in response.content.decode()
