"""'Moje sprawy' and the profile in chromium, on a desktop and on a 360 px phone: axe-core finds
no WCAG 2.1 AA violation and no page scrolls sideways."""

from __future__ import annotations

import datetime as dt
from importlib import import_module

import pytest
from django.conf import settings as django_settings

from cms.test_data.factories import UnitFactory
from eservice_bridge.cases.models import CaseState
from eservice_bridge.forms import pesel as pesel_rules
from eservice_bridge.household.models import HouseholdMember
from eservice_bridge.identity.models import Applicant, AssuranceLevel
from eservice_bridge.identity.session import SESSION_KEY
from eservice_bridge.protection.crypto import lookup_digest
from eservice_bridge.test_data import answers
from eservice_bridge.test_data.answers import SCHOLARSHIP_DAY
from eservice_bridge.test_data.factories import CaseFactory, DraftFactory, catalogue_service
from tests.browser.chromium import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

VIEWPORTS = {
    "desktop": {"width": 1280, "height": 900},
    "phone": {"width": 360, "height": 740},
}


def assert_no_sideways_scroll(page) -> None:
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    wide = page.evaluate(
        """(limit) => Array.from(document.querySelectorAll('body *'))
            .filter(e => e.getBoundingClientRect().right > limit)
            .slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' '
                + Math.round(e.getBoundingClientRect().right))""",
        widths[1],
    )
    assert widths[0] <= widths[1], f"{page.url}: scrollWidth {widths[0]} > {widths[1]}: {wide}"


def check(page, phone: bool) -> None:
    assert_accessible(page)
    if phone:
        assert_no_sideways_scroll(page)


def _applicant() -> Applicant:
    born = dt.date(1985, 4, 12)
    number = pesel_rules.make(born, 402, 4)
    return Applicant.objects.create(
        given_name="Anna",
        family_name="Testowa",
        birth_date=born,
        pesel=number,
        pesel_digest=lookup_digest(number, "pesel"),
        email="anna@example.org",
        assurance=AssuranceLevel.SUBSTANTIAL,
    )


def _signed_in_cookie(applicant: Applicant, url: str) -> dict:
    session = import_module(django_settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = applicant.pk
    session.save()
    return {"name": django_settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": url}


def test_my_cases_and_profile_are_accessible_on_desktop_and_phone(
    fresh_browser, live_server, settings
):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    unit = UnitFactory(
        slug="sp1",
        official_name="Szkoła Podstawowa nr 1 im. Marii Konopnickiej w Dąbrowie Górniczej",
        short_name="SP 1",
    )
    applicant = _applicant()
    # A case with a request for information, and a draft of a letter, as the factories file them.
    case = CaseFactory(
        applicant=applicant,
        service=catalogue_service("stypendium-szkolne"),
        unit=unit,
        state=CaseState.INFO_REQUESTED,
        message="Prosimy o zaświadczenie o dochodach z sierpnia.",
    )
    DraftFactory(
        applicant=applicant,
        service=catalogue_service("pismo-ogolne"),
        answers={"nadawca": answers.CONTACT},
    )
    HouseholdMember.objects.create(
        applicant=applicant,
        given_name="Tomek",
        family_name="Testowy",
        birth_date=dt.date(2015, 3, 21),
        pesel=pesel_rules.make(dt.date(2015, 3, 21), 777, 5),
        school=unit.home,
        school_class="5b",
    )

    for name, viewport in VIEWPORTS.items():
        phone = name == "phone"
        context = fresh_browser.new_context(locale="pl-PL", viewport=viewport)
        context.add_cookies([_signed_in_cookie(applicant, live_server.url)])
        page = context.new_page()

        page.goto(f"{live_server.url}/e-uslugi/moje-sprawy/")
        assert case.number in page.inner_text("main")
        if not phone:  # the desktop pass opens the case, which reads the request
            assert "Nieodczytane w skrzynce: 1." in page.inner_text("main")
        check(page, phone)

        page.goto(f"{live_server.url}/e-uslugi/skrzynka/")
        check(page, phone)

        page.goto(f"{live_server.url}/e-uslugi/moje-sprawy/")
        page.click(f"main >> text={case.number}")
        page.wait_for_selector("ol.timeline")
        assert "Wezwanie do uzupełnienia wniosku" in page.inner_text("ol.timeline")
        check(page, phone)

        page.click("text=Wycofaj wniosek")
        page.wait_for_url("**/wycofaj/")
        check(page, phone)
        page.click("text=Nie, wróć do sprawy")
        page.wait_for_url(f"**/sprawy/{case.public_id}/")

        page.click("nav >> text=Profil")
        page.wait_for_url("**/e-uslugi/profil/")
        assert "Tomek Testowy" in page.inner_text("main")
        check(page, phone)

        page.fill("#id_postal_code", "41300")
        page.click("text=Zapisz dane profilu")
        page.wait_for_selector(".error-summary")
        assert "00-000" in page.inner_text(".error-summary")
        check(page, phone)

        page.goto(f"{live_server.url}/e-uslugi/profil/dzieci/dodaj/")
        page.fill("#id_given_name", "Ola")
        page.fill("#id_family_name", "Testowa")
        page.fill("#id_birth_date", "2016-06-01")
        page.fill("#id_pesel", "16260100001")  # wrong check digit
        page.click("button:has-text('Dodaj dziecko')")
        page.wait_for_selector(".error-summary")
        assert "PESEL" in page.inner_text(".error-summary")
        check(page, phone)

        page.goto(f"{live_server.url}/e-uslugi/stypendium-szkolne/rozpocznij/")
        assert "Dla kogo składasz wniosek?" in page.inner_text("h1")
        check(page, phone)
        page.click("text=Dalej")  # nothing chosen: an error, nothing created
        page.wait_for_selector(".error-summary")
        check(page, phone)
        context.close()
