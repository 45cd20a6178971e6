"""Site lookup, settings, unit data and menu, through /graphql."""

from cms.site_settings.models import SiteSettings
from cms.test_data.factories import StandardPageFactory

from .content import make_image

SITE = """
query Site($host: String!) {
  site(hostname: $host) {
    hostname name rootUrl isDepartment
    settings { primaryColour accentColour logoAlt logo { url width height alt }
      socialLinks { name url } footerPhone accessibilityContactName }
    unit { officialName shortName unitType unitTypeLabel rspoNumber patron principal address
      postalCode city phone email officeHours latitude longitude easyRead intro }
    menu { title url urlPath children { title urlPath children { title } } }
    homePage { id pageType urlPath url title }
  }
}
"""


def test_site_by_hostname_with_unit_settings_and_home(gql, school):
    home = school.home.specific
    home.rspo_number = "12345"
    home.patron = "Marii Konopnickiej"
    home.latitude = "50.321000"
    home.longitude = "19.187000"
    home.save()
    site_settings = SiteSettings.for_site(school.site)
    site_settings.logo = make_image("Logo", 800, 400)
    site_settings.logo_alt = "Herb szkoły"
    site_settings.facebook_url = "https://facebook.com/sp1"
    site_settings.accessibility_contact_name = "Jan Testowy"
    site_settings.save()

    site = gql(SITE, {"host": "sp1.localhost"})["site"]

    assert site["hostname"] == "sp1.localhost"
    assert site["name"] == "Szkoła Podstawowa nr 1"
    assert site["rootUrl"] == "http://sp1.localhost:8000/"
    assert site["isDepartment"] is False
    assert site["unit"] == {
        "officialName": "Szkoła Podstawowa nr 1 w Dąbrowie Górniczej",
        "shortName": home.short_name,
        "unitType": "szkola-podstawowa",
        "unitTypeLabel": "Szkoła podstawowa",
        "rspoNumber": "12345",
        "patron": "Marii Konopnickiej",
        "principal": "",
        "address": "ul. Szkolna 1",
        "postalCode": "41-300",
        "city": "Dąbrowa Górnicza",
        "phone": "32 000 00 00",
        "email": "sp1@example.org",
        "officeHours": "",
        "latitude": 50.321,
        "longitude": 19.187,
        "easyRead": "",
        "intro": "",
    }
    settings = site["settings"]
    assert settings["primaryColour"] == "#0b5394"
    assert settings["logoAlt"] == "Herb szkoły"
    assert settings["logo"]["url"].startswith("/media/images/")
    assert (settings["logo"]["width"], settings["logo"]["height"]) == (320, 160)
    assert settings["logo"]["alt"] == "Herb szkoły"
    assert settings["socialLinks"] == [{"name": "facebook", "url": "https://facebook.com/sp1"}]
    assert settings["accessibilityContactName"] == "Jan Testowy"
    assert site["homePage"] == {
        "id": str(home.pk),
        "pageType": "SchoolHomePage",
        "urlPath": "/",
        "url": "http://sp1.localhost:8000/",
        "title": "Szkoła Podstawowa nr 1",
    }


def test_hostname_is_normalised_and_port_80_left_out(gql, school, settings):
    settings.PUBLIC_PORT = 80
    site = gql(SITE, {"host": " SP1.localhost:8000 "})["site"]
    assert site["hostname"] == "sp1.localhost"
    assert site["rootUrl"] == "http://sp1.localhost/"
    assert site["homePage"]["url"] == "http://sp1.localhost/"


def test_department_site(gql, department_site, school):
    site = gql(SITE, {"host": "localhost"})["site"]
    assert site["isDepartment"] is True
    assert site["unit"]["officialName"] == "Wydział Oświaty"
    assert site["unit"]["unitType"] is None
    assert site["homePage"]["pageType"] == "DepartmentHomePage"
    hostnames = gql("{ sites { hostname isDepartment } }")["sites"]
    assert {"hostname": "localhost", "isDepartment": True} in hostnames
    assert {"hostname": "sp1.localhost", "isDepartment": False} in hostnames


def test_menu_has_two_levels_of_live_public_menu_pages(gql, school):
    about = StandardPageFactory(
        parent=school.home, title="O szkole", slug="o-szkole", show_in_menus=True
    )
    history = StandardPageFactory(
        parent=about, title="Historia", slug="historia", show_in_menus=True
    )
    StandardPageFactory(parent=history, title="Za głęboko", slug="gleboko", show_in_menus=True)
    StandardPageFactory(parent=about, title="Ukryta", slug="ukryta", show_in_menus=False)
    StandardPageFactory(parent=about, title="Szkic", slug="szkic", show_in_menus=True, live=False)
    StandardPageFactory(parent=school.home, title="Poza menu", slug="poza-menu")

    menu = gql(SITE, {"host": "sp1.localhost"})["site"]["menu"]

    assert [item["title"] for item in menu] == ["Aktualności", "Wydarzenia", "Kontakt", "O szkole"]
    about_item = menu[3]
    assert about_item["urlPath"] == "/o-szkole/"
    assert about_item["url"] == "http://sp1.localhost:8000/o-szkole/"
    assert about_item["children"] == [
        {"title": "Historia", "urlPath": "/o-szkole/historia/", "children": []}
    ]


def test_unknown_hostname_gives_null_and_empty_lists_without_errors(gql, school):
    data = gql(
        """{ site(hostname: "nieznana.localhost") { name }
             page(hostname: "nieznana.localhost", path: "/") { title }
             news(hostname: "nieznana.localhost") { totalCount }
             events(hostname: "nieznana.localhost") { totalCount }
             newsTags(hostname: "nieznana.localhost") { name }
             announcements(hostname: "nieznana.localhost") { title }
             sitePages(hostname: "nieznana.localhost") { title } }"""
    )
    assert data == {
        "site": None,
        "page": None,
        "news": None,
        "events": None,
        "newsTags": [],
        "announcements": [],
        "sitePages": [],
    }
