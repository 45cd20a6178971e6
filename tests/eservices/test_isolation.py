"""Applicants never reach another's case, draft, file, UPO or decision; staff see their own unit."""

import pytest

from eservice_bridge.applications.models import Draft
from eservice_bridge.test_data.answers import SCHOLARSHIP_DAY

from .flows import start

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def september(settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY


def test_applicant_b_cannot_reach_applicant_a(
    client_a, client_b, catalogue, units, staff, scholarship_case
):
    case = scholarship_case(client_a, units["sp1"].home_id)
    attachment = case.attachments.get()
    draft = start(client_a, "zasilek-szkolny")
    from eservice_bridge.cases.delivery import issue_decision
    from eservice_bridge.cases.models import CaseState
    from eservice_bridge.cases.workflow import move

    move(case, CaseState.REGISTERED, None, staff_user=staff["department"])
    issue_decision(case, "pozytywne", "", staff["department"], None)

    urls = [
        f"/e-uslugi/sprawy/{case.public_id}/",
        f"/e-uslugi/sprawy/{case.public_id}/upo/",
        f"/e-uslugi/sprawy/{case.public_id}/upo.pdf",
        f"/e-uslugi/sprawy/{case.public_id}/rozstrzygniecie/",
        f"/e-uslugi/zalaczniki/{attachment.public_id}/",
        f"/e-uslugi/wnioski/{draft.public_id}/krok/wnioskodawca/",
        f"/e-uslugi/wnioski/{draft.public_id}/zalaczniki/",
        f"/e-uslugi/wnioski/{draft.public_id}/sprawdz/",
    ]
    for url in urls:
        assert client_b.get(url).status_code == 404, url
        assert client_a.get(url).status_code == 200, url
    posts = [
        (f"/e-uslugi/sprawy/{case.public_id}/wycofaj/", {}),
        (f"/e-uslugi/sprawy/{case.public_id}/uzupelnienie/", {"answer": "x"}),
        (f"/e-uslugi/wnioski/{draft.public_id}/krok/wnioskodawca/", {"given_name": "Hak"}),
        (
            f"/e-uslugi/wnioski/{draft.public_id}/wyslij/",
            {"submission_token": str(draft.submission_token)},
        ),
        (f"/e-uslugi/wnioski/{draft.public_id}/usun/", {}),
    ]
    for url, data in posts:
        assert client_b.post(url, data).status_code == 404, url
    assert Draft.objects.filter(pk=draft.pk).exists()
    case.refresh_from_db()
    assert case.state == "rozstrzygnieta"
    assert case.decision.first_opened_at is not None  # opened by A above, never by B
    # B's own listings do not mention A's case.
    assert case.number not in client_b.get("/e-uslugi/moje-sprawy/").content.decode()
    assert case.number not in client_b.get("/e-uslugi/skrzynka/").content.decode()


def test_signed_out_replay_of_links_reaches_nothing(client_a, catalogue, units, scholarship_case):
    case = scholarship_case(client_a, units["sp1"].home_id)
    client_a.post("/e-uslugi/wyloguj/")
    response = client_a.get(f"/e-uslugi/sprawy/{case.public_id}/upo/")
    assert response.status_code == 302 and "/e-uslugi/logowanie/" in response["Location"]


def test_staff_see_only_their_units_cases(
    client_a, catalogue, units, staff, scholarship_case, letter_case
):
    from django.test import Client

    client = Client()
    to_sp1 = letter_case(client_a, str(units["sp1"].home_id))
    to_sp2 = letter_case(client_a, str(units["sp2"].home_id))
    to_department = letter_case(client_a, "wydzial")
    scholarship = scholarship_case(client_a, units["sp1"].home_id)

    def visible(user):
        client.force_login(user)
        listing = client.get("/admin/e-uslugi/sprawy/")
        assert listing.status_code == 200
        body = listing.content.decode()
        return {c.number for c in (to_sp1, to_sp2, to_department, scholarship) if c.number in body}

    assert visible(staff["sp1"]) == {to_sp1.number}
    assert visible(staff["sp2"]) == {to_sp2.number}
    assert visible(staff["department"]) == {to_department.number, scholarship.number}
    assert visible(staff["cuw"]) == set()

    client.force_login(staff["sp1"])
    assert client.get(f"/admin/e-uslugi/sprawy/{to_sp2.pk}/").status_code == 404
    assert client.get(f"/admin/e-uslugi/sprawy/{scholarship.pk}/").status_code == 404
    assert client.post(f"/admin/e-uslugi/sprawy/{to_sp2.pk}/akcja/zarejestruj/").status_code == 404
    to_sp2.refresh_from_db()
    assert to_sp2.state == "zlozona"
    attachment = scholarship.attachments.get()
    assert (
        client.get(
            f"/admin/e-uslugi/sprawy/{scholarship.pk}/zalaczniki/{attachment.public_id}/"
        ).status_code
        == 404
    )

    client.force_login(staff["nobody"])
    assert client.get("/admin/e-uslugi/sprawy/").status_code in (302, 403)
