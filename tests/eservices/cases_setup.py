"""Submitted cases for the handling and isolation tests."""

from eservice_bridge.cases.models import Case

from .flows import CONTACT, post_step, scholarship_ready, start, submit


def scholarship_case(client, school_id: int) -> Case:
    draft = scholarship_ready(client, school_id)
    submit(client, draft)
    return Case.objects.get(draft=draft)


def letter_case(client, addressee: str) -> Case:
    draft = start(client, "pismo-ogolne")
    post_step(client, draft, "nadawca", CONTACT)
    post_step(
        client,
        draft,
        "pismo",
        {"addressee": addressee, "subject": "Pytanie", "content": "Treść pisma."},
    )
    draft.refresh_from_db()
    assert submit(client, draft).status_code == 302
    return Case.objects.get(draft=draft)
