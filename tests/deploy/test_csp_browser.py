"""Chromium through nginx: the static theme, an e-service page and the chatbot widget run under
the shipped Content-Security-Policy without a single violation."""

import pytest

from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS

from .stack import BASE_DOMAIN, UNIT_HOST

pytestmark = [pytest.mark.nginx, pytest.mark.browser]

# Every violation the page (or a frame in it) reports, collected before any script of the page.
COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const blocked = event.blockedURI || "inline";
  const where = event.sourceFile || document.location.href;
  window.__cspViolations.push(`${event.violatedDirective} blocked ${blocked} in ${where}`);
});
"""


@pytest.fixture
def page(stack):
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    from playwright.sync_api import sync_playwright

    resolve = f"MAP {BASE_DOMAIN} 127.0.0.1, MAP *.{BASE_DOMAIN} 127.0.0.1"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[*CHROMIUM_ARGS, f"--host-resolver-rules={resolve}"],
        )
        context = browser.new_context(ignore_https_errors=True)  # the test's own certificate
        context.add_init_script(COLLECT_VIOLATIONS)
        page = context.new_page()
        console = []
        page.on(
            "console",
            lambda message: (
                console.append(message.text) if message.type in ("error", "warning") else None
            ),
        )
        page.console_errors = console
        yield page
        browser.close()


def violations(page) -> list[str]:
    found = []
    for frame in page.frames:
        found += frame.evaluate("window.__cspViolations || []")
    found += [text for text in page.console_errors if "Content Security Policy" in text]
    return found


def test_static_page_with_an_eservice_embed_and_the_chatbot(stack, page):
    origin = f"https://{BASE_DOMAIN}:{stack.https_port}"
    response = page.goto(f"{origin}/stypendium-szkolne/")
    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    # The site's colours (a stylesheet of their own) apply.
    primary = page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--primary').trim()"
    )
    assert primary.startswith("#")
    # The e-service widget is framed from the CMS and has rendered its content.
    page.wait_for_selector("iframe.eservice-frame")
    frame = page.frame_locator("iframe.eservice-frame").first
    frame.locator(".embed-title").wait_for()
    # The chatbot widget opens and answers through /chatbot/api/ask (connect-src).
    page.locator(".cb-open").click()
    page.locator("#cb-question").fill("Do kiedy można złożyć wniosek o stypendium szkolne?")
    page.keyboard.press("Enter")
    page.locator(".cb-bot").last.wait_for()
    assert violations(page) == []


def test_eservice_pages_and_search_run_under_the_policy(stack, page):
    unit = f"https://{UNIT_HOST}:{stack.https_port}"
    for url in (
        f"{unit}/",
        f"{unit}/e-uslugi/",
        f"{unit}/e-uslugi/stypendium-szkolne/",
        f"{unit}/e-uslugi/logowanie/",
        f"{unit}/chatbot/szukaj/?q=rekrutacja",
    ):
        response = page.goto(url)
        assert response.status == 200, url
        assert response.headers.get("content-security-policy"), url
        page.wait_for_load_state("load")
        assert violations(page) == [], url


def test_an_inline_script_would_be_caught(stack, page):
    """The check can fail: an inline script added to a served page is blocked and reported."""
    page.goto(f"https://{BASE_DOMAIN}:{stack.https_port}/")
    page.evaluate(
        """() => {
          const script = document.createElement("script");
          script.textContent = "window.__inlineRan = true";
          document.body.appendChild(script);
        }"""
    )
    page.wait_for_function("window.__cspViolations.length > 0")
    assert page.evaluate("window.__inlineRan === undefined")
    assert any(found.startswith("script-src") for found in violations(page))
