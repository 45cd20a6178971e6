"""GraphQL has a per-client rate limit over HTTP; in-process static builds are never limited."""

import pytest

from cms.api.execution import execute_query
from tests.clients.proxy import through_proxy

pytestmark = pytest.mark.django_db

QUERY = {"query": "{ sites { hostname } }"}


def _post(client, **headers):
    return client.post("/graphql", QUERY, content_type="application/json", **headers)


def test_graphql_refuses_a_client_over_its_rate(client, behind_proxy, settings):
    settings.GRAPHQL_RATE_LIMIT = "3/m"
    codes = [_post(client, **through_proxy("203.0.113.5")).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = _post(client, **through_proxy("203.0.113.5"))
    assert "Zbyt wiele zapytań" in refused.json()["errors"][0]["message"]
    # Other clients behind the same proxy are answered.
    assert [
        _post(client, **through_proxy(f"203.0.113.{n}")).status_code for n in range(10, 32)
    ] == [200] * 22


def test_in_process_execution_is_not_limited(settings):
    settings.GRAPHQL_RATE_LIMIT = "1/m"
    for _ in range(5):
        result = execute_query(QUERY["query"], {})
        assert not result.get("errors"), result
