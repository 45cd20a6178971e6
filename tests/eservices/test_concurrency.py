"""Two submissions of the same draft racing in separate threads and connections: one case."""

import threading

import pytest
from django.db import connection

from eservice_bridge.applications.models import Draft
from eservice_bridge.cases.models import Case
from eservice_bridge.cases.submission import submit
from eservice_bridge.test_data.answers import SCHOLARSHIP_DAY

from .flows import scholarship_ready


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_racing_submissions_create_one_case(client_a, catalogue, school, settings):
    settings.ESERVICES_NOW = SCHOLARSHIP_DAY
    draft = scholarship_ready(client_a, school["sp1"].home_id)
    token = str(draft.submission_token)
    barrier = threading.Barrier(2)
    results, errors = [], []

    def worker() -> None:
        try:
            barrier.wait()
            own = Draft.objects.get(pk=draft.pk)
            results.append(submit(own, token, None))
        except Exception as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Case.objects.count() == 1
    assert sorted(created for _case, created in results) == [False, True]
    assert {case.pk for case, _created in results} == {Case.objects.get().pk}
