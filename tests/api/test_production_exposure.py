"""Production turns GraphiQL and schema introspection off; the build's own query still runs."""

import json

import pytest
from graphql import get_introspection_query

from sites.renderer import load_query

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_graphql(settings):
    settings.GRAPHQL_GRAPHIQL = False
    settings.GRAPHQL_INTROSPECTION = False


def post(client, query: str, variables: dict | None = None):
    return client.post(
        "/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
    )


def test_graphiql_is_shown_in_development_only(client, school, settings):
    assert b"graphiql" in client.get("/graphql", HTTP_ACCEPT="text/html").content.lower()
    settings.GRAPHQL_GRAPHIQL = False
    response = client.get("/graphql", HTTP_ACCEPT="text/html")
    assert b"graphiql" not in response.content.lower()
    assert response.status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        get_introspection_query(),
        "{ __schema { types { name } } }",
        '{ __type(name: "Query") { fields { name } } }',
    ],
)
def test_introspection_is_refused_when_off(client, school, production_graphql, query):
    response = post(client, query)
    body = response.json()
    assert response.status_code == 400
    assert "data" not in body or body["data"] is None
    assert any("Introspekcja" in error["message"] for error in body["errors"]), body


def test_introspection_works_in_development(client, school):
    body = post(client, "{ __schema { queryType { name } } }").json()
    assert body["data"]["__schema"]["queryType"]["name"] == "Query"


def test_the_build_query_runs_without_introspection(client, school, production_graphql):
    body = post(client, load_query(), {"hostname": "sp1.localhost"}).json()
    assert "errors" not in body, body
    assert body["data"]["site"]["hostname"] == "sp1.localhost"
