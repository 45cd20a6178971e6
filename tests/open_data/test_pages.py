"""The department portal's "Otwarte dane", "E-łącze w liczbach" and project pages, rendered
by the static pipeline from GraphQL on the demo data; unit sites have none of them."""

import re
import tempfile
from pathlib import Path

from wagtail.models import Site

from cms.open_data import registry
from cms.site_settings.models import SiteSettings
from sites.renderer import render_site
from tests.open_data.demo import DemoTestCase
from tests.sites.content import execute_site_query
from tests.sites.html_inspect import inspect

GENERATED = ("/otwarte-dane/", "/e-lacze-w-liczbach/", "/o-projekcie/")


class DepartmentPagesTests(DemoTestCase):
    def render(self, hostname: str) -> tuple[Path, list[str]]:
        directory = Path(tempfile.mkdtemp(prefix="opendata-pages-"))
        return directory, render_site(execute_site_query(hostname), directory)

    def department(self) -> str:
        return Site.objects.get(is_default_site=True).hostname

    def test_the_home_page_links_both_pages(self):
        directory, written = self.render(self.department())
        for path in GENERATED:
            self.assertIn(path, written)
        links = inspect(directory, "/").links()
        self.assertIn("/otwarte-dane/", links)
        self.assertIn("/e-lacze-w-liczbach/", links)
        self.assertIn("/o-projekcie/", links)

    def test_the_catalogue_lists_every_dataset_with_working_downloads(self):
        directory, _written = self.render(self.department())
        html = (directory / "otwarte-dane" / "index.html").read_text(encoding="utf-8")
        page = inspect(directory, "/otwarte-dane/")
        for dataset in registry.datasets():
            self.assertIn(f'id="{dataset.slug}"', html)
            self.assertIn(dataset.title_pl, html)
            for extension in ("csv", "json", "xlsx", "schema.json"):
                path = f"/dane/{dataset.slug}.{extension}"
                self.assertIn(path, page.links())
                self.assertEqual(self.client.get(path).status_code, 200, path)
        self.assertIn("CC BY 4.0", html)
        self.assertIn("/api/v1/docs/", html)
        self.assertIn("/dane/katalog.xml", html)
        # Preview tables: a caption, column headers with scope, some rows.
        self.assertIn("Pierwsze wiersze zbioru: Rejestr jednostek", html)
        self.assertGreater(len(page.find("th", scope="col")), 20)
        self.assertIn("Zbiór jest na razie pusty", html)  # the recruitment dataset

    def test_the_figures_page_has_each_chart_with_a_data_table(self):
        directory, _written = self.render(self.department())
        html = (directory / "e-lacze-w-liczbach" / "index.html").read_text(encoding="utf-8")
        self.assertIn("E-usługi według poziomu dojrzałości", html)
        self.assertIn("Stypendium szkolne", html)
        self.assertIn("5 — personalizacja", html)
        self.assertIn("Sprawy załatwiane przez internet", html)
        self.assertIn("Unikalni użytkownicy e-usług", html)
        charts = html.count('<figure class="chart"')
        self.assertGreaterEqual(charts, 3)
        self.assertEqual(html.count("<caption"), charts)
        self.assertEqual(html.count('role="img"'), charts)
        # Every bar prints its value (readable without colour).
        for svg in re.findall(r"<svg viewBox.*?</svg>", html, flags=re.S):
            self.assertEqual(svg.count("<rect"), svg.count('class="chart-value"'))

    def test_the_project_page_shows_the_eu_marking_from_site_settings(self):
        directory, _written = self.render(self.department())
        html = (directory / "o-projekcie" / "index.html").read_text(encoding="utf-8")
        self.assertIn("Dofinansowane przez Unię Europejską", html)
        self.assertIn("do uzupełnienia w ustawieniach witryny", html)

        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.eu_project_title = "E-łącze — tytuł z umowy"
        settings.eu_project_value = "1 000 000,00 zł"
        settings.eu_contribution = "850 000,00 zł"
        settings.save()
        directory, _written = self.render(self.department())
        html = (directory / "o-projekcie" / "index.html").read_text(encoding="utf-8")
        self.assertIn("E-łącze — tytuł z umowy", html)
        self.assertIn("850 000,00 zł", html)
        self.assertIn("do uzupełnienia", html)  # the programme is still empty

    def test_unit_sites_have_none_of_these_pages(self):
        unit = Site.objects.filter(is_default_site=False).order_by("hostname").first()
        data = execute_site_query(unit.hostname)
        self.assertIsNone(data["openData"])
        self.assertIsNone(data["portalFigures"])
        _directory, written = self.render(unit.hostname)
        for path in GENERATED:
            self.assertNotIn(path, written)
