"""The frontend's GraphQL document is valid against the real schema and answers fully."""

import pytest
from django.conf import settings
from django.utils.module_loading import import_string
from graphql import parse, validate

from sites.renderer import load_query
from tests.sites.content import DEPARTMENT, KINDERGARTEN, NEWS_PER_SITE, SCHOOL

# The session-wide site_data fixture needs the test database to exist.
pytestmark = pytest.mark.django_db


def test_query_validates_against_the_schema():
    schema = import_string(settings.STATIC_BUILDS_GRAPHQL_SCHEMA)
    errors = validate(schema.graphql_schema, parse(load_query()))
    assert errors == []


def test_query_returns_every_page_type(site_data):
    data = site_data[SCHOOL]
    types = {page["__typename"] for page in data["sitePages"]}
    assert types >= {
        "SchoolHomePage",
        "NewsIndexPage",
        "NewsPage",
        "EventIndexPage",
        "EventPage",
        "StandardPage",
        "ContactPage",
        "AccessibilityStatementPage",
        "DocumentPage",
    }
    news = [p for p in data["sitePages"] if p["__typename"] == "NewsPage"]
    assert len(news) == NEWS_PER_SITE[SCHOOL]
    assert data["site"]["isDepartment"] is False
    assert site_data[DEPARTMENT]["site"]["isDepartment"] is True
    assert site_data[KINDERGARTEN]["site"]["unit"]["unitType"] == "przedszkole"
    about = next(p for p in data["sitePages"] if p["urlPath"] == "/o-nas/")
    assert {block["type"] for block in about["body"]} >= {"table", "faq", "eservice", "image"}
