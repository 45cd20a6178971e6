"""The demo's generators without a database: determinism, scale, Polish text, valid values."""

import datetime as dt
import itertools
import re
from zoneinfo import ZoneInfo

import pytest

from cms.home.models import phone_validator, postal_code_validator, rspo_validator
from cms.home.unit_types import UnitType
from cms.site_settings.contrast import AA_NORMAL_TEXT, contrast_ratio
from demo import facts
from demo.catalogue import CURATED_COUNT, MAX_UNITS, unit_specs
from demo.news_corpus import TARGET_NEWS_PER_UNIT
from demo.theme import DEPARTMENT_THEME, THEMES
from demo.unit_content import (
    DepartmentLinks,
    UnitMedia,
    news_items,
    recruitment_page,
    unit_events,
)

# The content states the year's legal figures, read from the database.
pytestmark = pytest.mark.django_db

POLISH_LETTERS = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
TODAY = dt.date(2026, 11, 25)
TZ = ZoneInfo("Europe/Warsaw")


def test_curated_list_has_sixty_units_of_every_kind():
    specs = unit_specs(CURATED_COUNT)
    assert CURATED_COUNT >= 60
    assert {spec.unit_type for spec in specs} == set(UnitType.values)
    names = [spec.official_name for spec in specs]
    assert any(name.startswith("Szkoła Podstawowa nr") and " im. " in name for name in names)
    assert any(name.startswith("Przedszkole Miejskie nr") for name in names)
    assert any(name.startswith("III Liceum Ogólnokształcące") for name in names)
    assert any(name.startswith("Poradnia Psychologiczno-Pedagogiczna") for name in names)
    assert any(name.startswith("Młodzieżowy Dom Kultury") for name in names)
    assert all(name.endswith("w Dąbrowie Górniczej") for name in names)


def test_small_demos_still_show_several_kinds():
    assert len({spec.unit_type for spec in unit_specs(5)}) == 5


@pytest.mark.parametrize("count", [60, 200])
def test_specs_are_unique_valid_and_fictional(count):
    specs = unit_specs(count)
    assert len(specs) == count
    assert len({s.slug for s in specs}) == count
    assert len({s.short_name for s in specs}) == count
    assert len({s.rspo_number for s in specs}) == count
    for spec in specs:
        phone_validator(spec.phone)
        postal_code_validator(spec.postal_code)
        rspo_validator(spec.rspo_number)
        assert spec.phone.startswith("32 ")
        assert spec.postal_code.startswith("41-3")
        assert spec.email.endswith("@edu.example.pl")
        assert spec.unit_type in UnitType.values


def test_specs_are_deterministic():
    assert unit_specs(70) == unit_specs(70)


@pytest.mark.parametrize("bad", [0, -1, MAX_UNITS + 1])
def test_specs_reject_out_of_range_counts(bad):
    with pytest.raises(ValueError):
        unit_specs(bad)


def test_every_unit_gets_enough_dated_polish_news():
    for spec in unit_specs(CURATED_COUNT + 4):
        items = news_items(spec, TODAY)
        assert len(items) >= max(20, TARGET_NEWS_PER_UNIT), spec.slug
        assert len({item.slug for item in items}) == len(items)
        assert all(item.date <= TODAY for item in items)
        assert all(item.tags for item in items)
        assert sum(bool(POLISH_LETTERS.search(item.title + item.lead)) for item in items) >= 10
        assert not any("{" in item.title or "[P:" in item.lead for item in items)
    assert news_items(unit_specs(1)[0], TODAY) == news_items(unit_specs(1)[0], TODAY)


def test_every_unit_has_past_and_upcoming_events():
    now = dt.datetime.combine(TODAY, dt.time(12), tzinfo=TZ)
    for spec in unit_specs(CURATED_COUNT):
        events = unit_events(spec, TODAY, TZ)
        assert any(event.start < now for event in events), spec.slug
        assert any(event.start > now for event in events), spec.slug


def test_themes_pass_wcag_aa():
    for theme in [DEPARTMENT_THEME, *THEMES.values()]:
        assert contrast_ratio(theme.primary_text, theme.primary) >= AA_NORMAL_TEXT
        assert contrast_ratio(theme.primary, "#ffffff") >= AA_NORMAL_TEXT
        assert contrast_ratio(theme.accent, "#ffffff") >= AA_NORMAL_TEXT
    assert set(THEMES) == set(UnitType.values)


def test_recruitment_schedule_follows_today():
    autumn = facts.recruitment_facts(dt.date(2026, 11, 25))
    spring = facts.recruitment_facts(dt.date(2027, 2, 1))
    assert autumn.school_year == spring.school_year == "2027/2028"
    stages = autumn.stages
    assert all(a.start <= b.start for a, b in itertools.pairwise(stages))
    assert facts.pln(facts.scholarship().min_monthly_pln) == "99,20 zł"
    assert facts.pln(facts.scholarship().income_threshold_pln) == "823 zł"


def _recruitment_text(slug: str) -> tuple[str, str]:
    spec = next(s for s in unit_specs(CURATED_COUNT) if s.slug == slug)
    media = UnitMedia(logo_id=1, illustrations=[], recruitment_rules_id=2, application_form_id=3)
    draft = recruitment_page(spec, TODAY, media, DepartmentLinks(recruitment_page_id=9))
    return draft.slug, str(draft.body)


def test_recruitment_pages_fit_the_kind_of_unit():
    slug, text = _recruitment_text("pm1")
    assert slug == "rekrutacja"
    assert "kontynuowaniu wychowania przedszkolnego" in text
    assert 'linktype="page" id="9"' in text  # the department's recruitment page
    slug, text = _recruitment_text("sp1")
    assert "kontynuowaniu wychowania przedszkolnego" not in text
    slug, text = _recruitment_text("lo1")
    assert "egzaminu ósmoklasisty" in text
    assert "Śląski Kurator Oświaty" in text
    assert facts.polish_date(facts.secondary_recruitment_facts(TODAY).stages[0].start) in text
    assert _recruitment_text("ppp")[0] == "zgloszenia"
    assert _recruitment_text("mdk")[0] == "zapisy"
