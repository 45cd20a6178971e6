"""The chatbot widget and the search page in headless chromium, checked with axe-core."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from django.test import Client

from tests.browser.chromium import WCAG_TAGS, inject_axe
from tests.chatbot.content import build_content

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ORIGIN = "http://sp1.localhost"

SCHOOL_PAGE = """<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>Szkoła Podstawowa nr 1</title></head>
<body><a href="#tresc">Przejdź do treści</a>
<header><p>Szkoła Podstawowa nr 1</p></header>
<main id="tresc"><h1>Szkoła Podstawowa nr 1</h1><p>Witamy na stronie szkoły.</p></main>
<div id="chatbot" data-site="sp1.localhost"></div>
<script src="/chatbot/widget.js" defer></script>
</body></html>"""


@pytest.fixture
def school(db, settings):
    """Content indexed; the browser's requests to the school's host are answered in-process.

    The school's home page is what the static theme renders (mount point and script); every
    other request goes through Django's full stack with the test client, inside this test's
    transaction, so no live server thread and no table flush are needed.
    """
    settings.BASE_DOMAIN = "localhost"
    settings.PUBLIC_SCHEME = "http"
    settings.PUBLIC_PORT = 80
    from django.core.cache import cache

    from chatbot_embed.retrieval import engine

    cache.clear()
    engine._index = None
    build_content()
    # Build the in-memory index here: the route handler runs in another context, whose
    # database connection cannot see this test's (uncommitted) content.
    engine.get_index()
    return ORIGIN


def serve_in_process(route) -> None:
    """Playwright route handler: the school's static home page, or Django for everything else."""
    request = route.request
    url = urlsplit(request.url)
    if url.path == "/":
        route.fulfill(body=SCHOOL_PAGE, content_type="text/html; charset=utf-8")
        return
    headers = {"HTTP_HOST": url.netloc}
    if request.headers.get("origin"):
        headers["HTTP_ORIGIN"] = request.headers["origin"]
    response = Client().generic(
        request.method,
        f"{url.path}?{url.query}" if url.query else url.path,
        data=request.post_data_buffer or b"",
        content_type=request.headers.get("content-type", "application/octet-stream"),
        **headers,
    )
    route.fulfill(
        status=response.status_code,
        headers=dict(response.items()),
        body=response.content,
    )


def new_context(browser, **options):
    context = browser.new_context(**options)
    context.route(f"{ORIGIN}/**", serve_in_process)
    return context


def axe_violations(page) -> list:
    inject_axe(page)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]


def open_school_page(browser, origin: str, *, api_down: bool = False):
    context = new_context(browser)
    page = context.new_page()
    if api_down:
        page.route("**/chatbot/api/ask", lambda route: route.abort())
    page.goto(f"{origin}/")
    page.wait_for_selector(".cb-open")
    return context, page


def tab_to(page, selector: str, limit: int = 20) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} not reachable by Tab")


def widget_answers_the_scholarship_deadline_by_keyboard(browser, school: str) -> None:
    context, page = open_school_page(browser, school)
    try:
        tab_to(page, ".cb-open")
        page.keyboard.press("Enter")
        dialog = page.locator("#cb-dialog")
        assert dialog.is_visible()
        assert page.evaluate("document.activeElement.id") == "cb-question"
        page.keyboard.type("Do kiedy można złożyć wniosek o stypendium szkolne?")
        page.keyboard.press("Enter")
        answer = page.locator(".cb-bot").last
        answer.wait_for()
        text = answer.inner_text()
        assert re.search(r"od 1 do 15 września", text)
        service = answer.get_by_role("link", name=re.compile("E-usługa: Stypendium szkolne"))
        assert service.get_attribute("href").endswith("/e-uslugi/stypendium-szkolne/")
        assert answer.get_by_role("link", name="Stypendium szkolne").count() >= 1
        # The answer sits in a live region.
        assert page.locator(".cb-log").get_attribute("role") == "log"

        assert axe_violations(page) == []

        # Focus stays in the dialog (Tab from the last control wraps to the first).
        for _ in range(15):
            page.keyboard.press("Tab")
            assert page.evaluate(
                "document.getElementById('cb-dialog').contains(document.activeElement)"
            )
        page.keyboard.press("Escape")
        assert not dialog.is_visible()
        assert page.evaluate("document.activeElement.className") == "cb-open"
        assert page.locator(".cb-open").get_attribute("aria-expanded") == "false"
    finally:
        context.close()


def widget_is_graceful_when_the_api_is_down(browser, school: str) -> None:
    context, page = open_school_page(browser, school, api_down=True)
    try:
        page.locator(".cb-open").click()
        page.locator(".cb-suggestion").first.click()
        message = page.locator(".cb-bot").last
        message.wait_for()
        assert "chwilowo niedostępny" in message.inner_text()
        link = message.get_by_role("link")
        assert "/chatbot/szukaj/?q=" in link.get_attribute("href")
    finally:
        context.close()


def search_page_works_without_js_and_passes_axe(browser, school: str) -> None:
    context = new_context(browser, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{school}/chatbot/szukaj/?q=festynie")
        link = page.get_by_role("link", name="Festyn rodzinny na boisku szkolnym")
        assert link.get_attribute("href") == f"{school}/aktualnosci/festyn-rodzinny/"
        assert "Znaleziono wyników" in page.inner_text("main")
    finally:
        context.close()
    context = new_context(browser)
    try:
        page = context.new_page()
        page.goto(f"{school}/chatbot/szukaj/?q=festynie")
        assert axe_violations(page) == []
        page.goto(f"{school}/chatbot/szukaj/?q=nieistniejacetrescxyz")
        assert "Nic nie znaleziono" in page.inner_text("main")
        assert axe_violations(page) == []
    finally:
        context.close()


def test_widget_and_search_page(browser, school):
    """The widget by keyboard, the widget with the API down, the search page without JS."""
    widget_answers_the_scholarship_deadline_by_keyboard(browser, school)
    widget_is_graceful_when_the_api_is_down(browser, school)
    search_page_works_without_js_and_passes_axe(browser, school)
