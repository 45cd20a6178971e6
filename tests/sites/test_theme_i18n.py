"""The static sites' theme text goes through gettext: a catalogue translates it, or Polish."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from sites.theme_env import (
    THEME_DOMAIN,
    THEMES_DIR,
    build_environment,
    get_environment,
    theme_translations,
)
from tests.sites.translations import write_mo

ENGLISH = {
    "Przejdź do treści": "Skip to content",
    "Nie znaleziono strony": "Page not found",
    "Dyrektor: %(name)s": "Head teacher: %(name)s",
    "HTML lang attribute of the rendered site\x04pl": "en",
    "listopada": "November",
    'Zapisz się<span class="visually-hidden"> na wydarzenie %(title)s</span>': (
        'Sign up<span class="visually-hidden"> for the event %(title)s</span>'
    ),
}


@pytest.fixture
def english(tmp_path):
    write_mo(tmp_path / "en" / "LC_MESSAGES" / f"{THEME_DOMAIN}.mo", ENGLISH)
    return build_environment(translations=theme_translations("en", tmp_path))


def test_a_catalogue_translates_theme_text(english):
    html = english.get_template("404.html").render(site={"name": "SP 1"})
    assert '<html lang="en">' in html
    assert '<a class="skip-link" href="#tresc">Skip to content</a>' in html
    assert "<title>Page not found — SP 1</title>" in html
    assert "<h1>Page not found</h1>" in html
    # Not in the catalogue: the Polish source string is shown.
    assert "Przejdź do strony głównej" in html


def test_translated_sentences_keep_their_markup_and_escape_variables(english):
    page = {
        "title": "Dzień <otwarty>",
        "start": datetime(2026, 11, 25, 17, 0, tzinfo=UTC),
        "registrationUrl": "/zapis/",
    }
    html = english.get_template("event.html").render(site={"name": "SP 1"}, page=page)
    assert (
        'Sign up<span class="visually-hidden"> for the event Dzień &lt;otwarty&gt;</span>' in html
    )
    director = english.from_string('{{ _("Dyrektor: %(name)s", name=n) }}').render(n="A & B")
    assert director == "Head teacher: A &amp; B"


def test_date_filters_translate_month_names(english):
    assert english.filters["date_pl"](date(2026, 11, 25)) == "25 November 2026"


def test_without_a_catalogue_the_polish_source_is_rendered(tmp_path):
    env = build_environment(translations=theme_translations("en", tmp_path))
    html = env.get_template("404.html").render(site={"name": "SP 1"})
    assert '<html lang="pl">' in html
    assert "Przejdź do treści" in html
    assert env.filters["date_pl"](date(2026, 11, 25)) == "25 listopada 2026"


def test_the_shared_environment_renders_polish_by_default():
    html = get_environment().get_template("404.html").render(site={"name": "SP 1"})
    assert "<h1>Nie znaleziono strony</h1>" in html


def test_no_theme_template_keeps_a_known_literal_outside_gettext():
    """A spot check that the marked strings stay marked (guards against regressions)."""
    templates = THEMES_DIR / "elacze" / "templates"
    for name, literal in (
        ("base.html", ">Przejdź do treści<"),
        ("base.html", 'aria-label="Menu główne"'),
        ("404.html", "<h1>Nie znaleziono strony</h1>"),
        ("home.html", "<p>Brak aktualności.</p>"),
    ):
        assert literal not in (templates / name).read_text(encoding="utf-8"), name
