"""Hostile or oversized queries get a GraphQL error quickly, over HTTP and in-process."""

import json
import time

import pytest
from graphql import GraphQLError, get_introspection_query

from cms.api.execution import execute_query, mask_error

from .queries import PAGE_FIELDS, SITE_PAGES

HOST = '"sp1.localhost"'


def fragment_bomb(levels: int = 40) -> str:
    fragments = ["fragment F0 on Site { name hostname }"]
    fragments += [f"fragment F{i} on Site {{ ...F{i - 1} ...F{i - 1} }}" for i in range(1, levels)]
    return f"{{ site(hostname: {HOST}) {{ ...F{levels - 1} }} }}\n" + "\n".join(fragments)


SITE = f"site(hostname: {HOST})"
ALIASES = " ".join(f"a{i}: __typename" for i in range(1000))
WHOLE_SITES = " ".join(f"p{i}: sitePages(hostname: {HOST}) {{ ...PageFields }}" for i in range(20))

HOSTILE = {
    "deep nesting": f"{{ {SITE} {{ menu {{ {'children { ' * 30} title {'} ' * 30} }} }} }}",
    "absurd nesting": f"{{ {SITE} {{ menu {{ {'children { ' * 1200} title {'} ' * 1200} }} }} }}",
    "1000 aliases": f"{{ {ALIASES} }}",
    "oversized": f"{{ {SITE} {{ name }} }} # {'x' * 25_000}",
    "fragment cycle": f"{{ {SITE} {{ ...A }} }} "
    "fragment A on Site { name ...B } fragment B on Site { hostname ...A }",
    "self-referencing fragment": f"{{ {SITE} {{ ...A }} }} fragment A on Site {{ ...A }}",
    "fragment bomb": fragment_bomb(),
    "many whole-site lists": f"{{ {WHOLE_SITES} }} {PAGE_FIELDS}",
    "nested introspection lists": "{ __schema { types { fields { type { fields { type { fields "
    "{ type { name } } } } } } } } }",
    "too many fields": f"{{ {SITE} {{ {'name ' * 1600} }} }}",
    "huge perPage": f"{{ news(hostname: {HOST}, perPage: 1000000) {{ items {{ title }} }} }}",
    "mutation": f"mutation {{ {SITE} {{ name }} }}",
}


def _via_http(client, query):
    response = client.post(
        "/graphql", data=json.dumps({"query": query}), content_type="application/json"
    )
    assert response.status_code in (200, 400), response.status_code
    return response.json()


def _in_process(client, query):
    return execute_query(query)


@pytest.mark.parametrize("transport", [_via_http, _in_process], ids=["http", "in-process"])
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_query_gets_a_quick_graphql_error(client, school, name, transport):
    transport(client, "{ __typename }")  # warm up imports and URL resolution
    # CPU time, not wall time: the point is "no CPU burn", and wall time is noisy on busy CI.
    started = time.process_time()
    body = transport(client, HOSTILE[name])
    elapsed = time.process_time() - started
    assert body["errors"], body
    assert all(error["message"] for error in body["errors"])
    assert not (body.get("data") or {}).get("site")
    assert elapsed < 1.5, f"{name} took {elapsed:.2f}s of CPU"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("deep nesting", "Głębokość zapytania"),
        ("absurd nesting", "nested too deeply"),
        ("1000 aliases", "Liczba aliasów 1000 przekracza 50"),
        ("oversized", "limit to 20000"),
        ("fragment cycle", "odwołuje się sam do siebie"),
        ("self-referencing fragment", "odwołuje się sam do siebie"),
        ("fragment bomb", "Liczba pól"),
        ("many whole-site lists", "Koszt zapytania"),
        ("nested introspection lists", "Zagnieżdżenie list 4 przekracza 3"),
        ("too many fields", "Liczba pól"),
        ("huge perPage", "perPage musi być liczbą od 1 do 100"),
    ],
)
def test_each_limit_names_itself(client, school, name, expected):
    messages = " ".join(error["message"] for error in _via_http(client, HOSTILE[name])["errors"])
    assert expected in messages


def test_validation_errors_are_http_400_and_field_errors_http_200(client, school):
    response = client.post(
        "/graphql",
        data=json.dumps({"query": HOSTILE["1000 aliases"]}),
        content_type="application/json",
    )
    assert response.status_code == 400
    response = client.post(
        "/graphql",
        data=json.dumps({"query": HOSTILE["huge perPage"]}),
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["data"] == {"news": None}


def test_depth_limit_follows_the_setting(client, school, settings):
    query = f"{{ {SITE} {{ settings {{ logo {{ url }} }} }} }}"
    assert "errors" not in execute_query(query)
    settings.GRAPHQL_MAX_DEPTH = 3
    result = execute_query(query)
    assert "Głębokość zapytania 4 przekracza 3" in result["errors"][0]["message"]


def test_legitimate_queries_pass_the_limits(client, school):
    introspection = _via_http(client, get_introspection_query(descriptions=True))
    assert "errors" not in introspection
    assert introspection["data"]["__schema"]["queryType"]["name"] == "Query"
    full = _via_http(client, SITE_PAGES.replace("$host", "$host"))
    assert "Variable '$host'" in full["errors"][0]["message"]  # needs its variable
    response = client.post(
        "/graphql",
        data=json.dumps({"query": SITE_PAGES, "variables": {"host": "sp1.localhost"}}),
        content_type="application/json",
    )
    assert response.status_code == 200
    assert "errors" not in response.json()


def test_malformed_requests_are_rejected_cleanly(client, school):
    response = client.post("/graphql", data="{not json", content_type="application/json")
    assert response.status_code == 400
    response = client.post(
        "/graphql", data=json.dumps({"query": "{ site(hostname: "}), content_type="application/json"
    )
    assert response.status_code == 400
    assert "Syntax Error" in response.json()["errors"][0]["message"]
    response = client.post(
        "/graphql",
        data=json.dumps({"query": "{ __typename }", "variables": "[1, 2]"}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert execute_query("", None)["errors"]
    assert execute_query("{ __typename }", [1])["errors"]  # type: ignore[arg-type]


def test_unexpected_errors_do_not_leak_details():
    leaked = GraphQLError("boom", original_error=RuntimeError("password=hunter2 at /srv/db"))
    masked = mask_error(leaked)
    assert masked.message == "Błąd wewnętrzny serwera."
    assert "hunter2" not in str(masked.formatted)
    deliberate = GraphQLError("Argument perPage musi być liczbą od 1 do 100.")
    assert mask_error(deliberate) is deliberate
