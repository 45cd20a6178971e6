"""How every browser test starts Debian's chromium and which axe-core rules it checks."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
# Where the served test sites expose axe-core (tests/browser/conftest.py).
AXE_URL = "/__tests__/axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def inject_axe(page) -> None:
    """Load axe-core through the DevTools protocol: an inline <script> tag would be refused by
    the pages' Content-Security-Policy, which the tests keep on (tests/deploy checks it)."""
    page.evaluate(AXE.read_text())


def assert_accessible(page) -> None:
    """axe-core injected into the page: no WCAG 2.1 A/AA violation."""
    inject_axe(page)
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    violations = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
    assert violations == [], f"{page.url}: {violations}"
