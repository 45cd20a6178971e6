"""End to end in chromium: a school site's static page (built by the pipeline) with the e-service
widget → simulator sign-in → application with an attachment → UPO → department decision in the
admin → the parent reads it in the inbox. Every applicant-facing page is checked with axe-core."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from cms.home.unit_types import UnitType
from cms.units.provisioning import provision_unit
from cms.units.staff import ensure_department_groups
from eservice_bridge.cases.models import Case
from tests.browser.chromium import assert_accessible
from tests.two_factor import current_code, totp_device

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


ESERVICE_BODY = [
    {
        "type": "eservice",
        "value": {
            "service_slug": "stypendium-szkolne",
            "intro": "Złóż wniosek o stypendium online.",
        },
    }
]


def build_school_page(unit) -> str:
    """A real static page of the school's site, built by the pipeline from GraphQL."""
    from cms.test_data.factories import StandardPageFactory
    from static_builds.builder import build_site
    from static_builds.transport import InProcessTransport

    StandardPageFactory(
        parent=unit.home,
        title="Stypendium szkolne",
        slug="stypendium",
        body=json.dumps(ESERVICE_BODY),
    )
    result = build_site(unit.site.hostname, InProcessTransport())
    assert result.ok, result.error
    return "/stypendium/"


def test_parent_applies_from_school_page_and_reads_decision(
    fresh_browser, live_server, settings, tmp_path
):
    settings.ESERVICES_NOW = "2026-09-05T10:00:00"
    call_command("seed_eservices", verbosity=0)
    unit, _ = provision_unit(
        slug="sp1",
        official_name="Szkoła Podstawowa nr 1",
        short_name="SP 1",
        unit_type=UnitType.PRIMARY_SCHOOL,
    )
    department, _cuw = ensure_department_groups()
    clerk = get_user_model().objects.create_user("urzednik", "u@example.org", "haslo-urzednika-1")
    clerk.groups.add(department)
    totp_device(clerk)  # the clerk has set up an authenticator app before
    proof = tmp_path / "dochody.pdf"
    proof.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

    settings.STATIC_BUILDS_ROOT = tmp_path / "builds"
    page_path = build_school_page(unit)

    parent = fresh_browser.new_context(locale="pl-PL").new_page()
    port = live_server.url.rsplit(":", 1)[1]
    # Chromium resolves *.localhost to the loopback: this is the school's own host name.
    parent.goto(f"http://{unit.site.hostname}:{port}{page_path}")
    assert "Stypendium szkolne" in parent.title()
    frame_element = parent.wait_for_selector("iframe.eservice-frame")
    frame = frame_element.content_frame()
    frame.wait_for_selector("text=Złóż wniosek online")
    parent.wait_for_function("document.querySelector('iframe.eservice-frame').offsetHeight > 200")
    assert_accessible(parent)

    frame.click("text=Złóż wniosek online")
    parent.wait_for_url("**/e-uslugi/stypendium-szkolne/")
    assert_accessible(parent)
    parent.click("text=Zaloguj się i rozpocznij")
    assert_accessible(parent)
    parent.click("text=Zaloguj się przez login.gov.pl")
    parent.wait_for_url("**/wezel-symulator/**")
    assert_accessible(parent)
    parent.click("text=Zaloguj i wróć do e-usług")
    parent.wait_for_url("**/e-uslugi/stypendium-szkolne/")
    parent.click("text=Rozpocznij wypełnianie wniosku")

    parent.wait_for_url("**/krok/wnioskodawca/")
    assert parent.input_value("#id_given_name") == "Anna"
    parent.click("text=Zapisz i przejdź dalej")  # missing address: error summary
    assert parent.is_visible(".error-summary")
    assert_accessible(parent)
    parent.fill("#id_email", "anna@example.org")
    parent.fill("#id_address", "ul. Szkolna 5")
    parent.fill("#id_postal_code", "41-300")
    parent.fill("#id_city", "Dąbrowa Górnicza")
    parent.click("text=Zapisz i przejdź dalej")

    parent.wait_for_url("**/krok/uczen/")
    assert_accessible(parent)
    parent.fill("#id_child_given_name", "Tomek")
    parent.fill("#id_child_family_name", "Testowy")
    parent.fill("#id_child_birth_date", "2015-03-21")
    parent.fill("#id_child_pesel", "15232177779")  # wrong checksum first
    parent.select_option("#id_school", str(unit.home_id))
    parent.fill("#id_school_class", "5b")
    parent.click("text=Zapisz i przejdź dalej")
    assert "błędna cyfra kontrolna" in parent.inner_text(".error-summary")
    assert_accessible(parent)
    from eservice_bridge.forms.pesel import make

    parent.fill("#id_child_pesel", make(__import__("datetime").date(2015, 3, 21), 777, 5))
    parent.click("text=Zapisz i przejdź dalej")

    parent.wait_for_url("**/krok/dochod/")
    assert_accessible(parent)
    parent.fill("#id_household_size", "4")
    parent.fill("#id_net_income", "2400")
    parent.check("#id_support_form_1")
    parent.click("text=Zapisz i przejdź dalej")

    parent.wait_for_url("**/zalaczniki/")
    assert_accessible(parent)
    parent.select_option("#id_kind", "dochod")
    parent.set_input_files("#id_file", str(proof))
    parent.click("button[name=dodaj]")
    parent.wait_for_selector("text=dodano")
    assert_accessible(parent)
    parent.click("text=Przejdź do podsumowania")

    parent.wait_for_url("**/sprawdz/")
    assert_accessible(parent)
    parent.click("text=Wyślij wniosek")
    parent.wait_for_url("**/e-uslugi/sprawy/**")
    case = Case.objects.get()
    assert case.number in parent.inner_text("h1")
    assert_accessible(parent)
    parent.click("text=Urzędowe poświadczenie odbioru (UPO)")
    assert case.upo_sha256 in parent.content()
    assert_accessible(parent)

    staff = fresh_browser.new_context(locale="pl-PL").new_page()
    staff.goto(f"{live_server.url}/admin/login/")
    staff.fill("#id_username", "urzednik")
    staff.fill("#id_password", "haslo-urzednika-1")
    staff.click("button[type=submit]")
    # Department staff sign in in two steps: the code from the clerk's authenticator app.
    staff.wait_for_url("**/admin/dwuetapowe/weryfikacja/**")
    staff.fill("#id_code", current_code(totp_device(clerk)))
    staff.click("button:has-text('Potwierdź')")
    staff.wait_for_url("**/admin/")
    staff.goto(f"{live_server.url}/admin/e-uslugi/sprawy/")
    staff.click(f"text={case.number}")
    staff.click("button:has-text('Zarejestruj')")
    staff.wait_for_selector("text=zarejestrowana")
    staff.check("#rozstrzygniecie input[value=pozytywne]")
    staff.fill("#rozstrzygniecie textarea", "Dochód na osobę 600 zł nie przekracza progu.")
    staff.click("text=Wydaj i doręcz do skrzynki")
    staff.wait_for_selector("text=rozstrzygnięta")

    parent.goto(f"http://{unit.site.hostname}:{port}/e-uslugi/skrzynka/")
    assert "nowe" in parent.inner_text("main")
    assert_accessible(parent)
    parent.click("a:has-text('Rozstrzygnięcie')")
    parent.wait_for_url("**/rozstrzygniecie/")
    assert "przyznaje stypendium szkolne" in parent.inner_text("main")
    assert_accessible(parent)
    case.refresh_from_db()
    assert case.state == "rozstrzygnieta"
    assert case.decision.first_opened_at is not None
