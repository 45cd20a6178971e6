"""The surge benchmark's verification (bench/surge/checks.py) counts what it should.

The benchmark itself needs gunicorn, PostgreSQL and Redis and is not part of the suite; its
counting queries are, on the test database.
"""

from django.db import transaction
from django.utils import timezone

from bench.surge import checks
from eservice_bridge.applications.models import Attachment, Draft
from eservice_bridge.cases.models import Case, CaseCounter
from eservice_bridge.cases.numbering import next_number
from eservice_bridge.test_data.answers import SCHOLARSHIP_DAY

from .flows import scholarship_ready, submit


def _submitted(client, school_id: int) -> tuple[Draft, Case]:
    draft = scholarship_ready(client, school_id)
    assert submit(client, draft).status_code == 302
    return draft, Case.objects.get(draft=draft)


def test_a_clean_submission_passes(client_a, catalogue, school, settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    draft, case = _submitted(client_a, school["sp1"].home_id)
    waiting = scholarship_ready(client_a, school["sp1"].home_id)
    verdict = checks.verify(
        {str(draft.public_id): str(case.public_id)}, [str(draft.public_id), str(waiting.public_id)]
    )
    assert verdict.ok, verdict
    assert (verdict.acknowledged, verdict.unacknowledged_unsaved) == (1, 1)


def test_lost_half_saved_and_gaps_are_counted(client_a, catalogue, school, settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    draft, case = _submitted(client_a, school["sp1"].home_id)
    never_sent = scholarship_ready(client_a, school["sp1"].home_id)
    marked_only = scholarship_ready(client_a, school["sp1"].home_id)
    bypassed = scholarship_ready(client_a, school["sp1"].home_id)
    # A draft marked submitted without its case, a case written without its audit entry and
    # without marking its draft, an attachment left behind, a number skipped.
    Draft.objects.filter(pk=marked_only.pk).update(submitted_at=timezone.now())
    with transaction.atomic():
        Case.objects.create(
            number=next_number(case.service, 2026),
            service=case.service,
            applicant=case.applicant,
            draft=bypassed,
            handler=case.handler,
            answers={},
            submitted_at=timezone.now(),
            upo_sha256="0" * 64,
        )
    Attachment.objects.filter(draft=draft).update(case=None)
    CaseCounter.objects.filter(service=case.service).update(last=5)

    verdict = checks.verify(
        {str(draft.public_id): str(case.public_id), str(never_sent.public_id): str(case.public_id)},
        [str(d.public_id) for d in (draft, never_sent, marked_only, bypassed)],
    )

    assert not verdict.ok
    assert verdict.lost == [str(never_sent.public_id)]
    assert verdict.half_saved == {
        "draft marked submitted without a case": 1,
        "case whose draft is not marked submitted": 1,
        "case without its audit entry": 1,
        # the one moved off ``case`` and the bypassing case's, never attached to it
        "attachment of a submitted draft left without the case": 2,
    }
    assert len(verdict.numbering) == 1 and "3 missing" in verdict.numbering[0]
    assert verdict.duplicated == 0
