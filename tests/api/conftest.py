"""Fixtures of the GraphQL API tests: sites with content, and ways to query them."""

from typing import Any

import pytest

from cms.api.execution import execute_query
from tests.api.content import GraphQLClient, SchoolSite, build_school


@pytest.fixture(autouse=True)
def public_url_settings(settings):
    settings.PUBLIC_SCHEME = "http"
    settings.PUBLIC_PORT = 8000
    # The API does not search; indexing every test page would only slow the tests down.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
    }


@pytest.fixture
def gql(client) -> GraphQLClient:
    return GraphQLClient(client)


@pytest.fixture
def run_in_process():
    def run(query: str, variables: dict | None = None, **kwargs) -> dict[str, Any]:
        result = execute_query(query, variables, **kwargs)
        assert "errors" not in result, result.get("errors")
        return result["data"]

    return run


@pytest.fixture
def school(db) -> SchoolSite:
    return build_school("sp1", title="Szkoła Podstawowa nr 1")


@pytest.fixture
def other_school(db) -> SchoolSite:
    return build_school("sp2", title="Szkoła Podstawowa nr 2")
