"""Walking an applicant through a service over HTTP, the way a browser does.

Only for the tests of the applying flow itself; other tests build drafts and cases with the
factories of ``eservice_bridge.test_data``.
"""

from eservice_bridge.applications.models import Draft
from eservice_bridge.test_data.answers import CONTACT, INCOME, pupil
from eservice_bridge.test_data.files import pdf_bytes, upload


def start(client, slug: str) -> Draft:
    response = client.post(f"/e-uslugi/{slug}/rozpocznij/")
    assert response.status_code == 302, response.content[:500]
    return Draft.objects.latest("created_at")


def post_step(client, draft: Draft, step: str, data: dict):
    return client.post(f"/e-uslugi/wnioski/{draft.public_id}/krok/{step}/", data)


def add_file(client, draft: Draft, kind: str, file):
    return client.post(
        f"/e-uslugi/wnioski/{draft.public_id}/zalaczniki/", {"kind": kind, "file": file}
    )


def scholarship_ready(client, school_id: int) -> Draft:
    draft = start(client, "stypendium-szkolne")
    assert post_step(client, draft, "wnioskodawca", CONTACT).status_code == 302
    assert (
        post_step(client, draft, "uczen", pupil(school_id, school_kind="zwykla")).status_code == 302
    )
    assert post_step(client, draft, "dochod", INCOME).status_code == 302
    assert (
        add_file(client, draft, "dochod", upload("dochody wrzesień.pdf", pdf_bytes())).status_code
        == 302
    )
    draft.refresh_from_db()
    return draft


def submit(client, draft: Draft, token: str | None = None):
    token = str(draft.submission_token) if token is None else token
    return client.post(f"/e-uslugi/wnioski/{draft.public_id}/wyslij/", {"submission_token": token})
