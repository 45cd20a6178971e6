"""The public doors: POST /chatbot/api/ask, the search page, the widget files, the admin view."""

import gzip
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Collection

from chatbot_embed.models import LoggedQuestion
from cms.units.models import Unit
from cms.units.permissions import admin_access_permission

ASK = "/chatbot/api/ask"


def post(client, payload, **headers):
    body = payload if isinstance(payload, str | bytes) else json.dumps(payload)
    return client.post(ASK, body, content_type="application/json", **headers)


def test_scholarship_deadline_answer_with_date_and_source(client, content):
    response = post(
        client,
        {
            "question": "Do kiedy można złożyć wniosek o stypendium?",
            "site": "sp1.localhost",
            "session": "abc",
        },
        HTTP_ORIGIN="http://sp1.localhost:8000",
    )
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"answer", "sources", "services", "confidence"}
    assert "15 września" in data["answer"]
    assert "http://localhost:8000/stypendium-szkolne/" in [s["url"] for s in data["sources"]]
    assert data["services"][0]["url"] == "http://sp1.localhost:8000/e-uslugi/stypendium-szkolne/"
    assert data["confidence"] >= 0.5


@pytest.mark.parametrize(
    ("payload", "status", "message"),
    [
        ("nie json", 400, "oczekiwano danych JSON"),
        ([1, 2], 400, "obiektu JSON"),
        ({"question": "", "site": "sp1.localhost"}, 400, "Wpisz pytanie"),
        ({"question": "a" * 501, "site": "sp1.localhost"}, 400, "zbyt długie"),
        ({"question": "festyn", "site": "obcy.example.com"}, 400, "Nieznany serwis"),
        ({"question": "festyn"}, 400, "Brak adresu serwisu"),
        ({"question": "festyn", "site": "sp1.localhost", "session": "x" * 65}, 400, "rozmowy"),
    ],
)
def test_bad_input_gets_a_polish_message_and_logs_nothing(
    client, content, payload, status, message
):
    response = post(client, payload)
    assert response.status_code == status
    assert message in response.json()["error"]
    assert not LoggedQuestion.objects.exists()


def test_only_post_and_only_portal_origins(client, content):
    assert client.get(ASK).status_code == 405
    payload = {"question": "festyn", "site": "sp1.localhost", "session": "s"}
    assert post(client, payload, HTTP_ORIGIN="https://evil.example.com").status_code == 403
    assert post(client, payload, HTTP_ORIGIN="http://localhost.evil.com").status_code == 403
    assert post(client, payload, HTTP_ORIGIN="http://sp2.localhost:8000").status_code == 200


def test_rate_limit_per_session(client, content, settings):
    settings.CHATBOT_RATE_PER_SESSION = 3
    payload = {"question": "festyn", "site": "sp1.localhost", "session": "s1"}
    assert [post(client, payload).status_code for _ in range(4)] == [200, 200, 200, 429]
    assert "Zbyt wiele pytań" in post(client, payload).json()["error"]
    # Another session from the same address still gets answers (IP limit is higher).
    assert post(client, {**payload, "session": "s2"}).status_code == 200


def test_low_confidence_question_is_logged_masked(client, content):
    question = (
        "Mój syn ma PESEL 12345678901, czy dostanie miejsce na basenie? "
        "Proszę o kontakt: anna.nowak@example.org, 600 100 200"
    )
    data = post(client, {"question": question, "site": "sp1.localhost", "session": "q"}).json()
    assert data["confidence"] < 0.5
    assert "32 262 11 11" in data["answer"]
    logged = LoggedQuestion.objects.get()
    assert "12345678901" not in logged.question
    assert "anna.nowak" not in logged.question
    assert "600 100 200" not in logged.question
    assert "[PESEL]" in logged.question and "[e-mail]" in logged.question
    assert logged.site_id == content["sp1_site"].pk


def test_search_page_finds_news_by_inflected_form_without_js(client, content):
    response = client.get("/chatbot/szukaj/", {"q": "festynie"}, HTTP_HOST="sp1.localhost:8000")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Festyn rodzinny na boisku szkolnym" in html
    assert 'href="http://sp1.localhost:8000/aktualnosci/festyn-rodzinny/"' in html
    assert "<script" not in html
    assert "Festyn w Szkole Podstawowej nr 2" not in html


def test_search_page_escapes_the_query_and_handles_nothing_found(client, content):
    response = client.get(
        "/chatbot/szukaj/", {"q": "<script>alert(1)</script>"}, HTTP_HOST="sp1.localhost"
    )
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert "Nic nie znaleziono" in html


def test_search_page_rejects_overlong_query(client, content):
    response = client.get("/chatbot/szukaj/", {"q": "x" * 600}, HTTP_HOST="sp1.localhost")
    assert response.status_code == 400
    assert "zbyt długie" in response.content.decode()


def test_widget_files_are_served_and_small(client):
    js = client.get("/chatbot/widget.js")
    css = client.get("/chatbot/widget.css")
    assert js.status_code == css.status_code == 200
    assert js["Content-Type"].startswith("text/javascript")
    assert css["Content-Type"].startswith("text/css")
    size = len(gzip.compress(js.content, 9)) + len(gzip.compress(css.content, 9))
    assert size <= 15 * 1024
    again = client.get("/chatbot/widget.js", HTTP_IF_NONE_MATCH=js["ETag"])
    assert again.status_code == 304


@pytest.fixture
def unit_editor(content):
    """An editor of SP 1 only (a Unit with its groups, as provisioning creates them)."""
    editors = Group.objects.create(name="SP 1 — redaktorzy")
    moderators = Group.objects.create(name="SP 1 — moderatorzy")
    case_handlers = Group.objects.create(name="SP 1 — sekretariat")
    editors.permissions.add(admin_access_permission())
    collection = Collection.get_first_root_node().add_child(name="SP 1")
    Unit.objects.create(
        slug="sp1",
        home=content["sp1"],
        site=content["sp1_site"],
        collection=collection,
        editors_group=editors,
        moderators_group=moderators,
        case_handlers_group=case_handlers,
    )
    user = get_user_model().objects.create_user("redaktor", "r@example.org", "haslo-redaktora")
    user.groups.add(editors)
    return user


def test_admin_view_shows_an_editor_only_their_units_questions(client, content, unit_editor):
    from wagtail.models import Site

    sp2_site = Site.objects.get(hostname="sp2.localhost")
    LoggedQuestion.objects.create(
        site=content["sp1_site"], question="gdzie jest basen", confidence=0.1
    )
    LoggedQuestion.objects.create(site=sp2_site, question="kiedy jest bal", confidence=0.2)
    client.force_login(unit_editor)
    response = client.get("/admin/czatbot/pytania/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "gdzie jest basen" in html
    assert "kiedy jest bal" not in html
    forbidden = client.get("/admin/czatbot/pytania/", {"site": sp2_site.pk})
    assert forbidden.status_code == 404
    assert "kiedy jest bal" not in forbidden.content.decode()


def test_admin_view_needs_login(client, content):
    response = client.get("/admin/czatbot/pytania/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_superuser_sees_every_unit(client, content, superuser):
    LoggedQuestion.objects.create(
        site=content["sp1_site"], question="gdzie jest basen", confidence=0.1
    )
    client.force_login(superuser)
    assert "gdzie jest basen" in client.get("/admin/czatbot/pytania/").content.decode()
