"""Bad input to /graphql: oversized, not JSON, unsafe characters: a Polish error, never a 500."""

import json

import pytest

pytestmark = pytest.mark.django_db


def _post(client, body):
    return client.post("/graphql", body, content_type="application/json")


def test_oversized_body_is_refused_before_parsing(client, settings):
    settings.GRAPHQL_MAX_BODY_BYTES = 1000
    body = json.dumps({"query": "{ sites { hostname } }", "variables": {"x": "a" * 2000}})
    response = _post(client, body)
    assert response.status_code == 413
    assert "zbyt duże" in response.json()["errors"][0]["message"]


def test_body_over_the_upload_limit_gets_json_not_html(client, settings):
    body = json.dumps(
        {"query": "{ sites { hostname } }", "x": "a" * settings.DATA_UPLOAD_MAX_MEMORY_SIZE}
    )
    response = _post(client, body)
    assert response.status_code == 413
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize("body", ["nie json", b"\xff\xfe{", "[" * 3000])
def test_not_json_gets_a_polish_error(client, body):
    response = _post(client, body)
    assert response.status_code == 400
    assert (
        "Nieprawidłowe zapytanie" in response.json()["errors"][0]["message"]
        or "zagnieżdżone" in response.json()["errors"][0]["message"]
    )


@pytest.mark.parametrize(
    "body",
    [
        '{"query": "{ site(hostname: \\"\\ud800\\") { name } }"}',
        '{"query": "query($h: String!) { site(hostname: $h) { name } }",'
        ' "variables": {"h": "\\udc00"}}',
        '{"query": "{ sites { hostname } }\\u0000"}',
    ],
)
def test_unsafe_characters_are_refused(client, body):
    response = _post(client, body)
    assert response.status_code == 400
    assert "niedozwolone znaki" in response.json()["errors"][0]["message"]
