"""The e-services' footer carries the EU funding marking from the department's site settings."""

from cms.site_settings.models import SiteSettings


def test_the_footer_shows_the_marking_and_asks_for_missing_figures(client, department_site):
    html = client.get("/e-uslugi/").content.decode()
    assert "Dofinansowane przez Unię Europejską" in html
    assert "Rzeczpospolita Polska" in html
    assert "tytuł do uzupełnienia w ustawieniach witryny" in html


def test_the_footer_shows_the_figures_set_in_site_settings(client, department_site):
    settings = SiteSettings.for_site(department_site)
    settings.eu_project_title = "E-łącze — projekt testowy"
    settings.eu_project_value = "2 000 000,00 zł"
    settings.eu_contribution = "1 700 000,00 zł"
    settings.save()
    html = client.get("/e-uslugi/").content.decode()
    assert "E-łącze — projekt testowy" in html
    assert "1 700 000,00 zł" in html
    assert "tytuł do uzupełnienia" not in html
