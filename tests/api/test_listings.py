"""News and events listings: pagination, filters, tags and the page-size limit."""

import datetime as dt

import pytest
from django.utils import timezone

from cms.test_data.factories import EventPageFactory

from .content import add_news

NEWS = """
query News($host: String!, $page: Int, $perPage: Int, $tag: String, $year: Int) {
  news(hostname: $host, page: $page, perPage: $perPage, tag: $tag, year: $year) {
    totalCount page perPage numPages hasNext hasPrevious
    items { title urlPath date tags { slug } }
  }
}
"""

EVENTS = """
query Events($host: String!, $upcoming: Boolean, $from: Date, $to: Date, $perPage: Int) {
  events(hostname: $host, upcoming: $upcoming, dateFrom: $from, dateTo: $to, perPage: $perPage) {
    totalCount items { title start end }
  }
}
"""


def test_news_pagination_newest_first(gql, school, other_school):
    add_news(school.news_index, 25)
    add_news(other_school.news_index, 3)

    first = gql(NEWS, {"host": "sp1.localhost"})["news"]
    assert first["totalCount"] == 25
    assert (first["page"], first["perPage"], first["numPages"]) == (1, 10, 3)
    assert (first["hasNext"], first["hasPrevious"]) == (True, False)
    assert [item["title"] for item in first["items"]] == [f"Wiadomość {i}" for i in range(10)]

    last = gql(NEWS, {"host": "sp1.localhost", "page": 3})["news"]
    assert [item["title"] for item in last["items"]] == [f"Wiadomość {i}" for i in range(20, 25)]
    assert (last["hasNext"], last["hasPrevious"]) == (False, True)
    assert all(item["urlPath"].startswith("/aktualnosci/") for item in last["items"])

    beyond = gql(NEWS, {"host": "sp1.localhost", "page": 4})["news"]
    assert beyond["items"] == []
    assert beyond["totalCount"] == 25

    other = gql(NEWS, {"host": "sp2.localhost", "perPage": 100})["news"]
    assert other["totalCount"] == 3


def test_news_filters_by_tag_and_year(gql, school):
    items = add_news(school.news_index, 4)
    for news in items[:2]:
        news.tags.add("Sport")
        news.save()
    old = items[3]
    old.date = dt.date(2024, 5, 1)
    old.save()

    by_slug = gql(NEWS, {"host": "sp1.localhost", "tag": "sport"})["news"]
    assert [item["title"] for item in by_slug["items"]] == ["Wiadomość 0", "Wiadomość 1"]
    assert by_slug["items"][0]["tags"] == [{"slug": "sport"}]
    by_name = gql(NEWS, {"host": "sp1.localhost", "tag": "SPORT"})["news"]
    assert by_name["totalCount"] == 2
    assert gql(NEWS, {"host": "sp1.localhost", "tag": "brak"})["news"]["totalCount"] == 0

    in_2024 = gql(NEWS, {"host": "sp1.localhost", "year": 2024})["news"]
    assert [item["title"] for item in in_2024["items"]] == ["Wiadomość 3"]
    tags = gql('{ newsTags(hostname: "sp1.localhost") { name slug count } }')["newsTags"]
    assert tags == [{"name": "Sport", "slug": "sport", "count": 2}]


@pytest.mark.parametrize(
    ("page", "per_page"), [(1, 101), (1, 0), (1, -5), (0, 10), (-1, 10), (1, 100_000_000)]
)
def test_bad_pagination_is_an_error_not_a_silent_clamp(gql, school, page, per_page):
    response = gql.post(NEWS, {"host": "sp1.localhost", "page": page, "perPage": per_page})
    assert response.status_code in (200, 400)
    body = response.json()
    assert body["errors"]
    assert body.get("data", {}).get("news") is None
    message = body["errors"][0]["message"]
    assert "perPage" in message or "page" in message or "Int" in message


def test_page_size_limit_follows_the_setting(gql, school, settings):
    add_news(school.news_index, 3)
    settings.GRAPHQL_MAX_PAGE_SIZE = 2
    response = gql.post(NEWS, {"host": "sp1.localhost", "perPage": 3})
    assert "od 1 do 2" in response.json()["errors"][0]["message"]
    assert gql(NEWS, {"host": "sp1.localhost", "perPage": 2})["news"]["numPages"] == 2


def test_events_upcoming_past_and_date_range(gql, school):
    now = timezone.now()
    soon = EventPageFactory(
        parent=school.event_index, slug="wkrotce", title="Wkrótce", start=now + dt.timedelta(days=2)
    )
    EventPageFactory(
        parent=school.event_index,
        slug="pozniej",
        title="Później",
        start=now + dt.timedelta(days=40),
    )
    EventPageFactory(
        parent=school.event_index, slug="bylo", title="Było", start=now - dt.timedelta(days=10)
    )
    EventPageFactory(
        parent=school.event_index,
        slug="trwa",
        title="Trwa",
        start=now - dt.timedelta(days=1),
        end=now + dt.timedelta(days=1),
    )

    def titles(**variables):
        events = gql(EVENTS, {"host": "sp1.localhost", **variables})["events"]
        return [item["title"] for item in events["items"]]

    assert titles() == ["Było", "Trwa", "Wkrótce", "Później"]
    assert titles(upcoming=True) == ["Trwa", "Wkrótce", "Później"]
    assert titles(upcoming=False) == ["Było"]
    start_day = timezone.localtime(soon.start).date()
    assert titles(**{"from": start_day.isoformat(), "to": start_day.isoformat()}) == ["Wkrótce"]
    assert titles(**{"to": timezone.localdate().isoformat()}) == ["Było", "Trwa"]
