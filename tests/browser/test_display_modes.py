"""The text-size switch and high-contrast mode work without JavaScript and remember with it."""

from __future__ import annotations

import pytest

from tests.sites.content import SCHOOL

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

BLACK = "rgb(0, 0, 0)"
WHITE = "rgb(255, 255, 255)"


def body_background(page) -> str:
    return page.locator("body").evaluate("el => getComputedStyle(el).backgroundColor")


def root_font_size(page) -> str:
    return page.locator("html").evaluate("el => getComputedStyle(el).fontSize")


def test_modes_without_javascript(browser, served_sites):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    base = served_sites[SCHOOL]
    page.goto(base + "/aktualnosci/")
    assert body_background(page) == WHITE
    assert root_font_size(page) == "16px"
    page.get_by_role("link", name="Wysoki kontrast").click()
    assert page.url.endswith("#kontrast")
    assert body_background(page) == BLACK
    page.get_by_role("link", name="Kontrast standardowy").click()
    assert body_background(page) == WHITE
    page.get_by_role("link", name="A+ — tekst duży").click()
    assert root_font_size(page) == "20px"
    page.get_by_role("link", name="A++ — tekst największy").click()
    assert root_font_size(page) == "24px"
    # The choice is in the address, so it survives a reload.
    page.reload()
    assert root_font_size(page) == "24px"
    # Reading needs no JavaScript: the content is all there.
    assert page.locator("main h1").inner_text() == "Aktualności"
    context.close()


def test_modes_are_remembered_with_javascript(browser, served_sites):
    context = browser.new_context()
    page = context.new_page()
    base = served_sites[SCHOOL]
    page.goto(base + "/")
    page.get_by_role("link", name="Wysoki kontrast").click()
    page.get_by_role("link", name="A+ — tekst duży").click()
    assert "#" not in page.url  # handled by the script, not by :target
    assert body_background(page) == BLACK
    assert root_font_size(page) == "20px"
    assert page.get_by_role("link", name="Wysoki kontrast").get_attribute("aria-current") == "true"
    page.goto(base + "/kontakt/")
    assert body_background(page) == BLACK
    assert root_font_size(page) == "20px"
    page.get_by_role("link", name="Kontrast standardowy").click()
    page.get_by_role("link", name="A — tekst standardowy").click()
    assert body_background(page) == WHITE
    assert root_font_size(page) == "16px"
    page.goto(base + "/aktualnosci/")
    assert body_background(page) == WHITE
    context.close()


def test_skip_link_is_first_focus_and_visible(browser, served_sites):
    context = browser.new_context()
    page = context.new_page()
    page.goto(served_sites[SCHOOL] + "/o-nas/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Przejdź do treści"
    box = page.locator(".skip-link").bounding_box()
    assert box is not None and box["y"] >= 0
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "tresc"
    context.close()
