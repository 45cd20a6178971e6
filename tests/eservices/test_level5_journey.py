"""Issue 5's "done when", end to end through the doors a parent uses.

A parent who applied for the scholarship last September and keeps a profile with her child gets
the reminder when the window opens on 1 September (the clock is moved), applies with the data
given once, pays for a duplicate pupil ID, and follows both cases in "Moje sprawy".
"""

import pytest
from django.core import mail

from eservice_bridge.applications.models import Draft
from eservice_bridge.cases.models import Case, CaseState
from eservice_bridge.household.models import HouseholdMember
from eservice_bridge.notices.dispatch import send_due_notices
from eservice_bridge.notices.models import Notice
from eservice_bridge.test_data.answers import CHILD_BORN, CHILD_PESEL, INCOME
from eservice_bridge.test_data.files import PNG_BYTES, pdf_bytes, upload

from .flows import add_file, post_step, submit

pytestmark = pytest.mark.django_db

LAST_YEAR = "2025-09-04T10:00:00"
WINDOW_OPENS = "2026-09-01T08:00:00"


def register_profile(client, school_id: int) -> HouseholdMember:
    profile = client.post(
        "/e-uslugi/profil/",
        {
            "email": "anna@example.org",
            "phone": "32 123 45 67",
            "address": "ul. Szkolna 5/2",
            "postal_code": "41-300",
            "city": "Dąbrowa Górnicza",
        },
    )
    assert profile.status_code == 302, profile.content[:300]
    added = client.post(
        "/e-uslugi/profil/dzieci/dodaj/",
        {
            "given_name": "Tomek",
            "family_name": "Testowy",
            "birth_date": CHILD_BORN.isoformat(),
            "pesel": CHILD_PESEL,
            "school": str(school_id),
            "school_class": "6b",
        },
    )
    assert added.status_code == 302, added.content[:300]
    return HouseholdMember.objects.get()


def start_for(client, slug: str, member: HouseholdMember):
    """The service page's button, the "for whom" question, then the draft."""
    asked = client.post(f"/e-uslugi/{slug}/rozpocznij/", follow=True)
    assert "Dla kogo składasz wniosek?" in asked.content.decode()
    chosen = client.post(
        f"/e-uslugi/{slug}/rozpocznij/", {"pytanie": "dla-kogo", "dla": str(member.public_id)}
    )
    assert chosen.status_code == 302
    return chosen.url


def confirm_prefilled_step(client, draft, step: str, **extra) -> str:
    """GET the step (the browser shows the data given once), then submit it as shown."""
    page = client.get(f"/e-uslugi/wnioski/{draft.public_id}/krok/{step}/").content.decode()
    values = {**draft.answers["_prefill"].get(step, {}), **extra}
    response = post_step(client, draft, step, values)
    assert response.status_code == 302, response.content[:500]
    return page


def test_reminder_prefilled_application_payment_and_my_cases(
    client_a, catalogue, units, settings, scholarship_case
):
    school_id = units["sp1"].home_id

    # Last September: Anna applied for the scholarship.
    settings.ESERVICES_NOW = LAST_YEAR
    last_year = scholarship_case(client_a, school_id)
    member = register_profile(client_a, school_id)

    # 31 August: nothing yet. 1 September: one reminder, however often the beat runs.
    settings.ESERVICES_NOW = "2026-08-31T20:00:00"
    send_due_notices()
    assert not Notice.objects.filter(kind="stypendium").exists() and not mail.outbox
    settings.ESERVICES_NOW = WINDOW_OPENS
    send_due_notices()
    send_due_notices()
    reminders = [m for m in mail.outbox if "stypendium" in m.subject.lower()]
    assert len(reminders) == 1 and reminders[0].to == ["anna@example.org"]
    assert "/e-uslugi/powiadomienia/rezygnacja/" in reminders[0].body  # opt-out in every reminder
    inbox = client_a.get("/e-uslugi/skrzynka/").content.decode()
    notice = Notice.objects.get(applicant=last_year.applicant, kind="stypendium")
    assert notice.title in inbox

    # The notice leads to the service; the draft starts with what Anna gave once.
    opened = client_a.get(f"/e-uslugi/powiadomienia/{notice.public_id}/").content.decode()
    assert "/e-uslugi/stypendium-szkolne/" in opened
    draft_url = start_for(client_a, "stypendium-szkolne", member)
    draft = Draft.objects.filter(submitted_at__isnull=True).latest("created_at")
    assert draft_url.endswith("/krok/wnioskodawca/")
    contact = confirm_prefilled_step(client_a, draft, "wnioskodawca")
    assert 'value="ul. Szkolna 5/2"' in contact and 'value="41-300"' in contact
    pupil = confirm_prefilled_step(client_a, draft, "uczen", school_kind="zwykla")
    assert 'value="Tomek"' in pupil and f'value="{CHILD_PESEL}"' in pupil
    assert post_step(client_a, draft, "dochod", INCOME).status_code == 302
    add_file(client_a, draft, "dochod", upload("dochody.pdf", pdf_bytes()))
    draft.refresh_from_db()
    assert submit(client_a, draft).status_code == 302
    scholarship = Case.objects.get(draft=draft)
    assert scholarship.state == CaseState.SUBMITTED
    assert scholarship.answers["uczen"]["child_pesel"] == CHILD_PESEL

    # A duplicate pupil ID costs 9 zł: the case waits for payment until the gateway confirms.
    start_for(client_a, "duplikat-swiadectwa", member)
    draft = Draft.objects.filter(submitted_at__isnull=True).latest("created_at")
    confirm_prefilled_step(client_a, draft, "wnioskodawca")
    document = confirm_prefilled_step(
        client_a,
        draft,
        "dokument",
        document="legitymacja",
        school_year="2025/2026",
        reason="zgubiona",
    )
    assert 'value="Tomek Testowy"' in document
    add_file(client_a, draft, "zdjecie", upload("zdjecie.png", PNG_BYTES, "image/png"))
    draft.refresh_from_db()
    assert submit(client_a, draft).status_code == 302
    duplicate = Case.objects.get(draft=draft)
    assert duplicate.state == CaseState.AWAITING_PAYMENT

    case_page = client_a.get(f"/e-uslugi/sprawy/{duplicate.public_id}/").content.decode()
    assert "9,00 zł" in case_page and "Zapłać online" in case_page
    to_bank = client_a.post(f"/e-uslugi/platnosci/{duplicate.public_id}/rozpocznij/")
    assert to_bank.status_code == 302
    back = client_a.post(to_bank.url, {"decyzja": "zaplac"})
    assert "Płatność potwierdzona" in client_a.get(back.url).content.decode()
    duplicate.refresh_from_db()
    assert duplicate.state == CaseState.SUBMITTED

    # "Moje sprawy": every case with its state; the case page shows the timeline.
    dashboard = client_a.get("/e-uslugi/moje-sprawy/").content.decode()
    for case in (last_year, scholarship, duplicate):
        assert case.number in dashboard
    timeline = client_a.get(f"/e-uslugi/sprawy/{duplicate.public_id}/").content.decode()
    assert "Złożono wniosek" in timeline
    assert "Opłata przyjęta – wniosek przekazany do rozpatrzenia" in timeline
