"""'Moje sprawy': the case timeline, documents, withdrawal with confirmation, inbox with notices."""

import re

import pytest

from eservice_bridge.cases.delivery import issue_decision, request_information
from eservice_bridge.cases.models import Case, CaseState
from eservice_bridge.cases.workflow import move
from eservice_bridge.notices.models import Notice, NoticeKind
from eservice_bridge.test_data.answers import CONTACT, SCHOLARSHIP_DAY
from eservice_bridge.test_data.files import pdf_bytes, upload

from .flows import post_step, start

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def september(settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY


def case_url(case: Case, tail: str = "") -> str:
    return f"/e-uslugi/sprawy/{case.public_id}/{tail}"


def timeline_titles(html: str) -> list[str]:
    timeline = re.search(r'<ol class="timeline".*?</ol>', html, re.S)
    assert timeline, "no timeline on the case page"
    return re.findall(r'<strong class="timeline-title">(.*?)</strong>', timeline.group(0))


def timeline_dates(html: str) -> list[str]:
    timeline = re.search(r'<ol class="timeline".*?</ol>', html, re.S).group(0)
    return re.findall(r'<time datetime="[^"]+">([^<]+)</time>', timeline)


def test_timeline_lists_every_step_in_order(
    client_a, catalogue, units, staff, settings, scholarship_case
):
    clerk = staff["department"]
    case = scholarship_case(client_a, units["sp1"].home_id)
    settings.ESERVICES_NOW = "2026-09-08T09:00:00"
    move(case, CaseState.REGISTERED, None, staff_user=clerk)
    settings.ESERVICES_NOW = "2026-09-09T09:00:00"
    request_information(case, "Prosimy o zaświadczenie z MOPS.", clerk, None)
    settings.ESERVICES_NOW = "2026-09-10T09:00:00"
    answer = client_a.post(
        case_url(case, "uzupelnienie/"),
        {"answer": "W załączeniu.", "file": upload("mops.pdf", pdf_bytes())},
    )
    assert answer.status_code == 302
    settings.ESERVICES_NOW = "2026-09-12T09:00:00"
    issue_decision(case, "pozytywne", "Spełnia kryteria.", clerk, None)
    settings.ESERVICES_NOW = "2026-09-13T09:00:00"
    assert client_a.get(case_url(case, "rozstrzygniecie/")).status_code == 200

    page = client_a.get(case_url(case))
    html = page.content.decode()
    assert page.status_code == 200
    assert timeline_titles(html) == [
        "Złożono wniosek",
        "Sprawa zarejestrowana",
        "Wezwanie do uzupełnienia wniosku",
        "Wysłano uzupełnienie wniosku",
        "Wydano rozstrzygnięcie: pozytywne (przyznanie, zgoda)",
        "Odebrano rozstrzygnięcie (doręczenie)",
    ]
    dates = timeline_dates(html)
    assert dates[0] == "05.09.2026 10:00"
    assert dates[2:] == [
        "09.09.2026 09:00",
        "10.09.2026 09:00",
        "12.09.2026 09:00",
        "13.09.2026 09:00",
    ]
    assert 'aria-current="step"' in html
    # Messages: the request and the answer with its file.
    assert "Prosimy o zaświadczenie z MOPS." in html and "W załączeniu." in html
    assert "mops.pdf" in html


def test_every_document_can_be_downloaded(client_a, catalogue, units, staff, scholarship_case):
    case = scholarship_case(client_a, units["sp1"].home_id)
    move(case, CaseState.REGISTERED, None, staff_user=staff["department"])
    issue_decision(case, "pozytywne", "", staff["department"], None)
    html = client_a.get(case_url(case)).content.decode()
    documents = re.search(r'<ul class="documents".*?</ul>', html, re.S).group(0)
    links = re.findall(r'href="([^"]+)"', documents)
    attachment = case.attachments.get()
    assert case_url(case, "upo/") in links
    assert case_url(case, "upo.pdf") in links
    assert case_url(case, "rozstrzygniecie/") in links
    assert f"/e-uslugi/zalaczniki/{attachment.public_id}/" in links
    for link in links:
        response = client_a.get(link)
        assert response.status_code == 200, link
    pdf = client_a.get(case_url(case, "upo.pdf"))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    download = client_a.get(f"/e-uslugi/zalaczniki/{attachment.public_id}/")
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_withdrawal_asks_for_confirmation_first(
    client_a, client_b, catalogue, units, scholarship_case
):
    case = scholarship_case(client_a, units["sp1"].home_id)
    page = client_a.get(case_url(case)).content.decode()
    assert f'href="{case_url(case, "wycofaj/")}"' in page  # a link, no script needed

    assert client_b.get(case_url(case, "wycofaj/")).status_code == 404
    confirm = client_a.get(case_url(case, "wycofaj/"))
    body = confirm.content.decode()
    assert confirm.status_code == 200
    assert f"Wycofać wniosek {case.number}?" in body
    assert f'<form method="post" action="{case_url(case, "wycofaj/")}"' in body
    case.refresh_from_db()
    assert case.state == CaseState.SUBMITTED  # looking at the question changes nothing

    assert client_a.post(case_url(case, "wycofaj/")).status_code == 302
    case.refresh_from_db()
    assert case.state == CaseState.WITHDRAWN
    page = client_a.get(case_url(case)).content.decode()
    assert "Wniosek wycofany" in timeline_titles(page)
    assert case_url(case, "wycofaj/") not in page
    again = client_a.get(case_url(case, "wycofaj/"))
    assert again.status_code == 302 and again["Location"] == case_url(case)


def test_other_applicant_gets_404_everywhere(
    client_a, client_b, catalogue, units, scholarship_case
):
    case = scholarship_case(client_a, units["sp1"].home_id)
    for tail in ("", "upo/", "upo.pdf", "wycofaj/"):
        assert client_b.get(case_url(case, tail)).status_code == 404, tail
    assert client_b.post(case_url(case, "wycofaj/")).status_code == 404
    case.refresh_from_db()
    assert case.state == CaseState.SUBMITTED
    assert case.number not in client_b.get("/e-uslugi/moje-sprawy/").content.decode()


def test_dashboard_lists_drafts_cases_unread_count_and_profile(
    client_a, applicant_a, catalogue, units, staff, scholarship_case
):
    case = scholarship_case(client_a, units["sp1"].home_id)
    draft = start(client_a, "pismo-ogolne")
    post_step(client_a, draft, "nadawca", CONTACT)
    move(case, CaseState.REGISTERED, None, staff_user=staff["department"])
    request_information(case, "Prosimy o podpis.", staff["department"], None)

    html = client_a.get("/e-uslugi/moje-sprawy/").content.decode()
    assert f"/e-uslugi/wnioski/{draft.public_id}/sprawdz/" in html  # continue
    assert f'action="/e-uslugi/wnioski/{draft.public_id}/usun/"' in html  # delete
    assert case.number in html and "wezwanie do uzupełnienia" in html
    assert (
        "Nieodczytane w skrzynce: 1." in html
    )  # the request (its e-mailed announcement folded in)
    assert 'href="/e-uslugi/profil/"' in html
    assert 'role="region"' in html  # the table scrolls within a labelled region on a phone

    client_a.get(case_url(case))  # opening the case reads the request
    assert "Nieodczytane w skrzynce" not in client_a.get("/e-uslugi/moje-sprawy/").content.decode()

    assert client_a.post(f"/e-uslugi/wnioski/{draft.public_id}/usun/").status_code == 302
    assert (
        f"/e-uslugi/wnioski/{draft.public_id}/"
        not in client_a.get("/e-uslugi/moje-sprawy/").content.decode()
    )


def test_inbox_includes_in_portal_notices(client_a, client_b, applicant_a, catalogue):
    from eservice_bridge import clock

    notice = Notice.objects.create(
        applicant=applicant_a,
        kind=NoticeKind.SCHOLARSHIP_WINDOW,
        event_key="stypendium-2026",
        title="Ruszył nabór wniosków o stypendium szkolne",
        body="Wnioski przyjmujemy od 1 do 15 września.",
        url="/e-uslugi/stypendium-szkolne/",
        created_at=clock.now(),
    )
    inbox = client_a.get("/e-uslugi/skrzynka/").content.decode()
    assert "Ruszył nabór wniosków o stypendium szkolne" in inbox
    assert f"/e-uslugi/powiadomienia/{notice.public_id}/" in inbox
    assert "nowe" in inbox
    assert "Nieodczytane w skrzynce: 1." in client_a.get("/e-uslugi/moje-sprawy/").content.decode()
    assert "Ruszył nabór" not in client_b.get("/e-uslugi/skrzynka/").content.decode()

    assert client_a.get(f"/e-uslugi/powiadomienia/{notice.public_id}/").status_code == 200
    notice.refresh_from_db()
    assert notice.read_at is not None
    assert "Nieodczytane w skrzynce" not in client_a.get("/e-uslugi/moje-sprawy/").content.decode()


def test_fee_bearing_case_can_be_withdrawn_while_awaiting_payment(client_a, catalogue, units):
    draft = start(client_a, "duplikat-swiadectwa")
    post_step(client_a, draft, "wnioskodawca", CONTACT)
    post_step(
        client_a,
        draft,
        "dokument",
        {
            "document": "swiadectwo",
            "school": str(units["sp1"].home_id),
            "holder_name": "Tomek Testowy",
            "holder_birth_date": "2010-03-21",
            "school_year": "2020/2021",
            "reason": "zniszczenie",
        },
    )
    draft.refresh_from_db()
    sent = client_a.post(
        f"/e-uslugi/wnioski/{draft.public_id}/wyslij/",
        {"submission_token": str(draft.submission_token)},
    )
    assert sent.status_code == 302, sent.content.decode()[:3000]
    case = Case.objects.get(draft=draft)
    assert case.state == CaseState.AWAITING_PAYMENT
    page = client_a.get(case_url(case)).content.decode()
    assert timeline_titles(page)[0] == "Złożono wniosek"
    confirm = client_a.get(case_url(case, "wycofaj/")).content.decode()
    assert "po wycofaniu nie trzeba jej wnosić" in confirm
    client_a.post(case_url(case, "wycofaj/"))
    case.refresh_from_db()
    assert case.state == CaseState.WITHDRAWN
