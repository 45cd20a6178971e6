"""The year's legal figures: one record the department edits; forms, catalogue and texts follow."""

import datetime as dt
from decimal import Decimal

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse

from eservice_bridge.applications.rules import fee_for
from eservice_bridge.catalogue.models import Service
from eservice_bridge.legal_figures.models import LegalFigures, shipped, shipped_values

from .flows import CONTACT, INCOME, post_step, pupil, start

pytestmark = pytest.mark.django_db

EDIT = "wagtailsnippets_legal_figures_legalfigures:edit"
ADD = "wagtailsnippets_legal_figures_legalfigures:add"


@pytest.fixture
def figures(db) -> LegalFigures:
    """The record created by the data migration (the figures in force)."""
    return LegalFigures.objects.get()


def form_data(record: LegalFigures, **changes) -> dict[str, str]:
    data = {**model_to_dict(record, exclude=["id"]), **changes}
    return {name: "" if value is None else str(value) for name, value in data.items()}


def test_the_migration_creates_the_shipped_record(figures):
    assert figures.start_year == shipped_values()["start_year"]
    assert figures.scholarship_income_threshold == Decimal("823.00")
    assert figures.pupil_id_duplicate_fee == Decimal("9.00")
    assert figures.kindergarten_hourly_fee == Decimal("1.44")
    assert figures.placeholders() == shipped().placeholders()


def test_the_record_of_the_day_falls_back_to_the_latest_earlier_year(figures):
    later = LegalFigures.objects.create(
        **{**model_to_dict(figures, exclude=["id"]), "start_year": figures.start_year + 2}
    )
    in_force = LegalFigures.objects.for_day
    assert in_force(dt.date(figures.start_year, 9, 1)) == figures
    assert in_force(dt.date(figures.start_year + 2, 8, 31)) == figures  # year +1 has no record
    assert in_force(dt.date(figures.start_year + 2, 9, 1)) == later
    assert in_force(dt.date(2001, 1, 1)) == figures  # before every record: the earliest
    LegalFigures.objects.all().delete()
    assert in_force(dt.date(2030, 1, 1)).scholarship_income_threshold == Decimal("823.00")


def test_raising_the_threshold_lets_the_form_accept_the_income(
    settings, client_a, catalogue, school, figures
):
    settings.ESERVICES_NOW = "2026-09-05T10:00:00"
    too_high = {**INCOME, "net_income": "3300"}  # 825 zł a person

    def income_step():
        draft = start(client_a, "stypendium-szkolne")
        post_step(client_a, draft, "wnioskodawca", CONTACT)
        post_step(client_a, draft, "uczen", pupil(school["sp1"].home_id, school_kind="zwykla"))
        return post_step(client_a, draft, "dochod", too_high)

    refused = income_step()
    assert refused.status_code == 400
    assert "przekracza próg 823,00 zł" in refused.content.decode()

    figures.scholarship_income_threshold = Decimal("900.00")
    figures.save()
    assert income_step().status_code == 302


def test_moving_the_window_changes_when_the_form_is_open(
    settings, client_a, catalogue, school, figures
):
    settings.ESERVICES_NOW = "2026-09-20T10:00:00"
    data = pupil(school["sp1"].home_id, school_kind="zwykla")
    draft = start(client_a, "stypendium-szkolne")
    post_step(client_a, draft, "wnioskodawca", CONTACT)
    closed = post_step(client_a, draft, "uczen", data)
    assert closed.status_code == 400
    assert "1.09–15.09" in closed.content.decode()

    figures.scholarship_window_end = dt.date(2026, 9, 30)
    figures.save()
    assert post_step(client_a, draft, "uczen", data).status_code == 302


def test_the_catalogue_and_fees_state_the_record(client, catalogue, figures):
    page = client.get("/e-uslugi/stypendium-szkolne/").content.decode()
    assert "do 823 zł netto na osobę" in page and "od 99,20 zł do 248 zł" in page
    duplicate = Service.objects.get(slug="duplikat-swiadectwa")
    assert fee_for(duplicate, {"dokument": {"document": "legitymacja"}}) == Decimal("9.00")

    figures.scholarship_income_threshold = Decimal("850.50")
    figures.pupil_id_duplicate_fee = Decimal("12.00")
    figures.save()
    page = client.get("/e-uslugi/stypendium-szkolne/").content.decode()
    assert "do 850,50 zł netto na osobę" in page and "823 zł" not in page
    assert "legitymacja 12 zł" in client.get("/e-uslugi/duplikat-swiadectwa/").content.decode()
    assert fee_for(duplicate, {"dokument": {"document": "legitymacja"}}) == Decimal("12.00")
    listing = client.get("/e-uslugi/").content.decode()
    assert "850,50 zł" in listing


def test_an_unknown_placeholder_in_a_catalogue_text_is_refused_in_polish(catalogue):
    service = Service.objects.get(slug="stypendium-szkolne")
    service.description = "Próg {prog_dochodowy}, a kwota {kwota_nieznana}."
    with pytest.raises(Exception) as caught:
        service.full_clean()
    assert "Nieznane pola: {kwota_nieznana}" in str(caught.value)


def test_department_staff_edit_the_figures_in_the_admin(client, staff, figures):
    client.force_login(staff["department"])
    url = reverse(EDIT, args=[figures.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, form_data(figures, allowance_max="700.00"))
    assert response.status_code == 302
    figures.refresh_from_db()
    assert figures.allowance_max == Decimal("700.00")


def test_inconsistent_figures_are_refused_with_polish_errors_and_not_saved(client, staff, figures):
    client.force_login(staff["department"])
    response = client.post(
        reverse(EDIT, args=[figures.pk]),
        form_data(
            figures,
            scholarship_min_monthly="300.00",
            scholarship_window_end="2026-08-15",
            certificate_duplicate_fee="-1",
        ),
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Najwyższa kwota stypendium nie może być niższa od najniższej." in body
    assert "Data musi przypadać w roku szkolnym 2026/2027" in body
    assert "Kwota musi być większa od zera." in body
    figures.refresh_from_db()
    assert figures.scholarship_min_monthly == Decimal("99.20")


def test_a_second_record_for_the_same_year_is_refused(client, staff, figures):
    client.force_login(staff["department"])
    response = client.post(reverse(ADD), form_data(figures))
    assert response.status_code == 200
    assert "Kwoty na ten rok szkolny już są" in response.content.decode()
    assert LegalFigures.objects.count() == 1


@pytest.mark.parametrize("who", ["sp1", "cuw", "nobody"])
def test_others_may_not_edit_the_figures(client, staff, figures, who):
    client.force_login(staff[who])
    url = reverse(EDIT, args=[figures.pk])
    assert client.get(url).status_code in (302, 403)
    client.post(url, form_data(figures, allowance_max="1.00"))
    figures.refresh_from_db()
    assert figures.allowance_max == Decimal("620.00")
