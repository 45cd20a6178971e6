"""The Pelican renderer on GraphQL data of three demo sites (department, school, kindergarten)."""

from __future__ import annotations

import copy
import gzip
import os
import re
import shutil
import time
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from sites.outputs import output_file
from sites.renderer import (
    paths_affected,
    render_page_html,
    render_site,
    site_outputs,
)
from sites.site_model import SiteDataError
from tests.sites.content import DEPARTMENT, HOSTNAMES, KINDERGARTEN, NEWS_PER_SITE, SCHOOL, TAGS
from tests.sites.html_inspect import inspect

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
STATEMENT_IDS = (
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-ocena",
    "a11y-data-sporzadzenie",
    "a11y-audytor",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-aplikacje",
)


@pytest.fixture(scope="module")
def builds(site_data, tmp_path_factory) -> dict[str, tuple[Path, list[str]]]:
    result = {}
    for hostname in HOSTNAMES:
        directory = tmp_path_factory.mktemp(hostname)
        result[hostname] = (directory, render_site(site_data[hostname], directory))
    return result


def _page(data: dict, url_path: str) -> dict:
    return next(p for p in data["sitePages"] if p["urlPath"] == url_path)


def _news(data: dict) -> list[dict]:
    return [p for p in data["sitePages"] if p["__typename"] == "NewsPage"]


def test_every_planned_output_is_written(builds, site_data):
    for hostname in HOSTNAMES:
        directory, written = builds[hostname]
        outputs = site_outputs(site_data[hostname])
        assert set(outputs) <= set(written)
        for path in outputs:
            assert (directory / output_file(path)).is_file(), path
        css = [p for p in written if p.startswith("/theme/css/site.") and p.endswith(".css")]
        assert len(css) == 1
        for page in site_data[hostname]["sitePages"]:
            assert page["urlPath"] in outputs
    assert {"/404.html", "/robots.txt", "/sitemap.xml", "/feed.atom", "/feed.rss"} <= set(
        builds[SCHOOL][1]
    )


def test_news_pagination_is_accessible(builds):
    directory, written = builds[SCHOOL]
    assert NEWS_PER_SITE[SCHOOL] == 23
    assert {"/aktualnosci/", "/aktualnosci/strona/2/", "/aktualnosci/strona/3/"} <= set(written)
    assert "/aktualnosci/strona/4/" not in written
    second = inspect(directory, "/aktualnosci/strona/2/")
    nav = second.find("nav", aria_label="Strony listy aktualności")
    assert nav
    current = second.find("a", aria_current="page", href="/aktualnosci/strona/2/")
    assert current
    assert second.find("a", rel="prev", href="/aktualnosci/")
    assert second.find("a", rel="next", href="/aktualnosci/strona/3/")
    items = [a for a in second.links() if a.startswith("/aktualnosci/wiadomosc-")]
    assert len(items) == 10
    last = inspect(directory, "/aktualnosci/strona/3/")
    assert len([a for a in last.links() if a.startswith("/aktualnosci/wiadomosc-")]) == 3
    # A site with few news has a single list page and no pagination.
    small = inspect(builds[KINDERGARTEN][0], "/aktualnosci/")
    assert not small.find("nav", aria_label="Strony listy aktualności")


def test_tag_pages_list_only_their_news(builds, site_data):
    directory, written = builds[SCHOOL]
    news = _news(site_data[SCHOOL])
    for tag in TAGS:
        slug = tag.lower()
        tagged = {p["urlPath"] for p in news if slug in {t["slug"] for t in p["tags"]}}
        assert tagged
        shown: set[str] = set()
        number = 1
        path = f"/aktualnosci/tag/{slug}/"
        while path in written:
            page = inspect(directory, path)
            shown |= {a for a in page.links() if a.startswith("/aktualnosci/wiadomosc-")}
            number += 1
            path = f"/aktualnosci/tag/{slug}/strona/{number}/"
        assert shown == tagged
    article = inspect(directory, news[0]["urlPath"])
    tag_links = [a for a in article.links() if a.startswith("/aktualnosci/tag/")]
    assert tag_links == [f"/aktualnosci/tag/{t['slug']}/" for t in news[0]["tags"]]


def test_icalendar_files_parse_back(builds, site_data):
    directory, _ = builds[SCHOOL]
    site_calendar = Calendar.from_ical((directory / "wydarzenia/kalendarz.ics").read_bytes())
    events = site_calendar.walk("VEVENT")
    titles = {str(e["SUMMARY"]) for e in events}
    expected = {
        p["title"] for p in site_data[SCHOOL]["sitePages"] if p["__typename"] == "EventPage"
    }
    assert titles == expected and len(events) == 4
    event_page = next(p for p in site_data[SCHOOL]["sitePages"] if p["__typename"] == "EventPage")
    single = Calendar.from_ical(
        (directory / output_file(event_page["urlPath"] + "wydarzenie.ics")).read_bytes()
    )
    (vevent,) = single.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event_page["title"]
    assert vevent.decoded("DTSTART") == datetime.fromisoformat(event_page["start"])
    assert str(vevent["URL"]).endswith(event_page["urlPath"])
    html = inspect(directory, event_page["urlPath"])
    assert html.find("a", href=event_page["urlPath"] + "wydarzenie.ics")


def test_feeds_parse_and_link_absolute_urls(builds, site_data):
    directory, _ = builds[SCHOOL]
    atom = ET.parse(directory / "feed.atom").getroot()
    entries = atom.findall(f"{ATOM}entry")
    assert len(entries) == min(NEWS_PER_SITE[SCHOOL], 20)
    newest = max(_news(site_data[SCHOOL]), key=lambda p: p["date"])
    first_link = entries[0].find(f"{ATOM}link").get("href")
    assert first_link == site_data[SCHOOL]["site"]["rootUrl"].rstrip("/") + newest["urlPath"]
    rss = ET.parse(directory / "feed.rss").getroot()
    items = rss.findall("./channel/item")
    assert len(items) == len(entries)
    assert all(item.findtext("link").startswith("http") for item in items)


def test_sitemap_and_robots(builds, site_data):
    directory, _ = builds[DEPARTMENT]
    root_url = site_data[DEPARTMENT]["site"]["rootUrl"].rstrip("/")
    sitemap = ET.parse(directory / "sitemap.xml").getroot()
    locations = {url.findtext(f"{SITEMAP}loc") for url in sitemap.findall(f"{SITEMAP}url")}
    for page in site_data[DEPARTMENT]["sitePages"]:
        assert root_url + page["urlPath"] in locations
    assert root_url + "/404.html" not in locations
    robots = (directory / "robots.txt").read_text()
    assert f"Sitemap: {root_url}/sitemap.xml" in robots


def test_json_ld_describes_the_unit_and_events(builds, site_data):
    school_home = inspect(builds[SCHOOL][0], "/")
    (organisation,) = school_home.jsonld
    assert organisation["@type"] == "EducationalOrganization"
    assert organisation["identifier"]["value"] == "12345"
    assert organisation["address"]["postalCode"] == "41-300"
    department_home = inspect(builds[DEPARTMENT][0], "/")
    assert department_home.jsonld[0]["@type"] == "GovernmentOrganization"
    event_page = next(
        p for p in site_data[KINDERGARTEN]["sitePages"] if p["__typename"] == "EventPage"
    )
    event_html = inspect(builds[KINDERGARTEN][0], event_page["urlPath"])
    events = [item for item in event_html.jsonld if item["@type"] == "Event"]
    assert len(events) == 1
    assert events[0]["name"] == event_page["title"]
    start = datetime.fromisoformat(events[0]["startDate"])
    assert start == datetime.fromisoformat(event_page["start"])


def test_accessibility_statement_and_its_meta_on_every_page(builds, site_data):
    for hostname in HOSTNAMES:
        directory, written = builds[hostname]
        statement = inspect(directory, "/deklaracja-dostepnosci/")
        for element_id in STATEMENT_IDS:
            assert element_id in statement.ids, (hostname, element_id)
        for element_id in ("a11y-data-publikacja", "a11y-data-aktualizacja"):
            element = statement.ids[element_id]
            assert element["tag"] == "time"
            assert len(element["datetime"]) == 10 and element["datetime"][4] == "-"
        assert statement.ids["a11y-kontakt"]["tag"] == "h2"
        assert statement.ids["a11y-architektura"]["tag"] == "h2"
        assert statement.text_by_id["a11y-osoba"] == "Anna Przykładowa"
        statement_url = site_data[hostname]["site"]["rootUrl"].rstrip("/") + (
            "/deklaracja-dostepnosci/"
        )
        for path in written:
            if path.endswith("/") or path.endswith(".html"):
                page = inspect(directory, path)
                assert page.meta("deklaracja-dostępności") == statement_url, path
                assert (
                    page.find("html", lang="pl")
                    or 'lang="pl"' in (directory / output_file(path)).read_text()[:200]
                )


def test_every_page_has_chatbot_slot_search_and_skip_link(builds):
    directory, written = builds[SCHOOL]
    for path in written:
        if not (path.endswith("/") or path.endswith(".html")):
            continue
        page = inspect(directory, path)
        assert page.ids["chatbot"]["data-site"] == SCHOOL
        assert page.find("script", src="/chatbot/widget.js")
        assert page.find("form", action="/chatbot/szukaj/", method="get")
        assert page.find("label", **{"for": "szukaj-q"})
        assert page.find("a", href="#tresc")
        assert page.ids["tresc"]["tag"] == "main"


def test_blocks_render_accessibly(builds):
    directory, _ = builds[SCHOOL]
    html = (directory / "o-nas/index.html").read_text()
    page = inspect(directory, "/o-nas/")
    assert "<caption>Godziny pracy sekretariatu</caption>" in html
    assert page.find("th", scope="col") and page.find("th", scope="row")
    assert html.count("<details>") == 2 and "<summary>Kiedy jest zebranie?</summary>" in html
    assert page.find("div", data_eservice="stypendium-szkolne")
    assert page.find("a", href="/e-uslugi/stypendium-szkolne/")
    assert page.find("script", src="/e-uslugi/embed.js")
    assert page.find("a", href="/kontakt/")  # call to action resolved to the page
    images = page.find("img")
    assert images and all(img.get("alt") for img in images if "logo" not in img.get("class", ""))
    assert any(a.startswith("/documents/") for a in page.links())
    # The e-services script is only on pages having such a block.
    assert not inspect(directory, "/kontakt/").find("script", src="/e-uslugi/embed.js")


def test_document_page_shows_metryczka_and_change_register(builds):
    directory, _ = builds[SCHOOL]
    html = (directory / "zarzadzenie-1-2026/index.html").read_text()
    assert "<caption>Informacje o dokumencie</caption>" in html
    assert "Dyrektor szkoły" in html
    assert "<caption>Rejestr zmian</caption>" in html
    assert "Pierwsza publikacja" in html


def site_colours_css(directory) -> str:
    """The site's colour stylesheet linked from its home page (no inline <style> for CSP)."""
    html = (directory / "index.html").read_text()
    assert "<style" not in html
    href = re.search(r'<link rel="stylesheet" href="(/theme/css/colours\.[0-9a-f]+\.css)">', html)
    assert href, "no colour stylesheet linked"
    return (directory / href.group(1).lstrip("/")).read_text()


def test_site_colours_are_custom_properties_in_a_stylesheet(builds):
    assert "--primary:#1d5e20" in site_colours_css(builds[SCHOOL][0])
    assert "--primary:#6a1b9a" in site_colours_css(builds[KINDERGARTEN][0])


def test_home_shows_announcements_by_priority(builds):
    html = (builds[SCHOOL][0] / "index.html").read_text()
    urgent = html.index("Zamknięte szkoły z powodu mrozu")
    important = html.index("Rekrutacja do przedszkoli rusza 1 marca")
    assert urgent < important


def test_paths_affected_by_a_news_item(site_data):
    data = site_data[SCHOOL]
    news = _news(data)[5]
    affected = paths_affected(data, {news["id"]})
    tag_slug = news["tags"][0]["slug"]
    assert {
        news["urlPath"],
        "/",
        "/aktualnosci/",
        "/aktualnosci/strona/2/",
        f"/aktualnosci/tag/{tag_slug}/",
        "/feed.atom",
        "/feed.rss",
        "/sitemap.xml",
    } <= affected
    assert "/kontakt/" not in affected
    assert "/o-nas/" not in affected
    other_news = [p["urlPath"] for p in _news(data) if p["id"] != news["id"]]
    assert not affected & set(other_news)


def test_paths_affected_by_an_event_the_home_page_and_a_removed_page(site_data):
    data = site_data[SCHOOL]
    event = next(p for p in data["sitePages"] if p["__typename"] == "EventPage")
    affected = paths_affected(data, {event["id"]})
    assert {
        event["urlPath"],
        event["urlPath"] + "wydarzenie.ics",
        "/wydarzenia/",
        "/wydarzenia/kalendarz.ics",
        "/",
    } <= affected
    assert "/aktualnosci/" not in affected
    home = _page(data, "/")
    assert paths_affected(data, {home["id"]}) == set(site_outputs(data))
    removed = paths_affected(data, {"999999"})
    assert {"/", "/aktualnosci/", "/feed.atom", "/sitemap.xml", "/wydarzenia/"} <= removed
    assert paths_affected(data, set()) == set()


def test_incremental_render_writes_only_requested_paths(builds, site_data, tmp_path):
    source, _ = builds[SCHOOL]
    target = tmp_path / "build"
    shutil.copytree(source, target)
    data = copy.deepcopy(site_data[SCHOOL])
    news = _news(data)[0]
    news["title"] = "Zmieniony tytuł wiadomości"
    affected = paths_affected(data, {news["id"]})
    past = time.time() - 3600
    for file in target.rglob("*"):
        if file.is_file():
            os.utime(file, (past, past))
    written = render_site(data, target, only_paths=affected)
    assert set(written) == affected
    changed = {
        "/" + str(file.relative_to(target))
        for file in target.rglob("*")
        if file.is_file() and file.stat().st_mtime > past + 1
    }
    assert changed == {"/" + output_file(path) for path in affected}
    assert "Zmieniony tytuł wiadomości" in (target / output_file(news["urlPath"])).read_text()
    assert "Zmieniony tytuł wiadomości" in (target / "index.html").read_text()
    assert render_site(data, target, only_paths={"/nie-ma-takiej/"}) == []


def test_bad_data_raises_a_clear_error_and_writes_nothing(tmp_path, site_data):
    with pytest.raises(SiteDataError):
        render_site({}, tmp_path / "out")
    broken = copy.deepcopy(site_data[SCHOOL])
    broken["sitePages"] = [p for p in broken["sitePages"] if p["urlPath"] != "/"]
    with pytest.raises(SiteDataError, match="strony głównej"):
        render_site(broken, tmp_path / "out2")
    assert not any((tmp_path / "out2").rglob("*.html"))


def test_preview_renders_a_draft_with_the_site_theme(site_data):
    data = site_data[KINDERGARTEN]
    draft = copy.deepcopy(_news(data)[0])
    draft["title"] = "Wersja robocza wiadomości"
    html = render_page_html(data, draft)
    assert "<h1>Wersja robocza wiadomości</h1>" in html
    assert "Podgląd wersji roboczej" in html
    assert "--primary:#6a1b9a" in html
    new_page = {**_page(data, "/o-nas/"), "id": "preview", "urlPath": "/o-nas/nowa/"}
    new_page["title"] = "Nowa strona"
    html = render_page_html(data, new_page)
    assert "<h1>Nowa strona</h1>" in html
    assert 'href="/o-nas/"' in html  # breadcrumbs include the parent


def test_news_page_is_small_and_render_is_fast(builds, site_data):
    directory, written = builds[SCHOOL]
    news = _news(site_data[SCHOOL])[0]
    css = next(p for p in written if p.endswith(".css"))
    size = len(gzip.compress((directory / output_file(news["urlPath"])).read_bytes())) + len(
        gzip.compress((directory / css.lstrip("/")).read_bytes())
    )
    assert size < 30 * 1024
    started = time.perf_counter()
    pages = 0
    for hostname in HOSTNAMES:
        out = Path(directory.parent / f"speed-{hostname}")
        pages += len(render_site(site_data[hostname], out))
    elapsed = time.perf_counter() - started
    # Generous bound for slow CI machines; bench/ reports the real figure.
    assert pages / elapsed > 50, (pages, elapsed)
