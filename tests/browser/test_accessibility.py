"""axe-core finds no WCAG 2.1 A/AA violation on any page type of three demo sites."""

from __future__ import annotations

import pytest

from tests.browser.chromium import AXE_URL, WCAG_TAGS
from tests.sites.content import DEPARTMENT, HOSTNAMES, KINDERGARTEN, SCHOOL

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# One of each page type (and the listing variants) on every site.
PAGE_TYPES = {
    "home": "/",
    "news list": "/aktualnosci/",
    "tag page": "/aktualnosci/tag/sport/",
    "news article": "/aktualnosci/wiadomosc-1/",
    "events list": "/wydarzenia/",
    "event": "/wydarzenia/wydarzenie-2/",
    "standard page with every block": "/o-nas/",
    "subpage": "/o-nas/historia/",
    "contact": "/kontakt/",
    "accessibility statement": "/deklaracja-dostepnosci/",
    "BIP document": "/zarzadzenie-1-2026/",
    "404": "/404.html",
}
EXTRA = {
    SCHOOL: {"news list, page 2": "/aktualnosci/strona/2/"},
    DEPARTMENT: {
        "open data catalogue": "/otwarte-dane/",
        "E-łącze in figures": "/e-lacze-w-liczbach/",
        "EU-funded project page": "/o-projekcie/",
    },
}


def axe_violations(page) -> list[dict]:
    page.add_script_tag(url=AXE_URL)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    return [
        {
            "id": v["id"],
            "help": v["help"],
            "nodes": [node["html"][:160] for node in v["nodes"][:3]],
        }
        for v in result["violations"]
    ]


@pytest.mark.parametrize("hostname", HOSTNAMES)
def test_no_axe_violations_on_any_page_type(browser, served_sites, hostname):
    context = browser.new_context()
    page = context.new_page()
    failures = {}
    for name, path in {**PAGE_TYPES, **EXTRA.get(hostname, {})}.items():
        response = page.goto(served_sites[hostname] + path)
        assert response is not None and response.ok, (name, path)
        violations = axe_violations(page)
        if violations:
            failures[f"{name} {path}"] = violations
    context.close()
    assert failures == {}


@pytest.mark.parametrize("hostname", [DEPARTMENT, KINDERGARTEN])
def test_no_axe_violations_in_high_contrast_and_large_text(browser, served_sites, hostname):
    context = browser.new_context()
    page = context.new_page()
    failures = {}
    for path in ("/", "/o-nas/"):
        for mode in ("#kontrast", "#tekst-najwiekszy"):
            page.goto(served_sites[hostname] + path + mode)
            violations = axe_violations(page)
            if violations:
                failures[path + mode] = violations
    context.close()
    assert failures == {}


def test_the_axe_check_catches_a_violation(browser, served_sites):
    """The harness itself: an image without alt text on a served page is reported."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(served_sites[SCHOOL] + "/404.html")
    page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"x.png\">')"
    )
    assert [v["id"] for v in axe_violations(page)] == ["image-alt"]
    context.close()
