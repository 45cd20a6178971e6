"""A page's expiry reaches the static site without Celery beat (``make run``; issue 10, item 1).

``run_portal`` starts ``static_builds.scheduler``'s in-process check, which runs Wagtail's
``publish_scheduled`` (expiry unpublishes the page, firing the usual rebuild) every minute.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
from django.utils import timezone
from wagtail.models import Page

from cms.test_data.factories import StandardPageFactory
from static_builds import scheduler
from tests.static_builds.publishing import files_containing, full_build, make_unit, served


def expire_now(page: Page) -> None:
    """The page's expiry date (set by an editor) has just passed."""
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - dt.timedelta(seconds=1))


def section_with_subpage(unit):
    section = StandardPageFactory(parent=unit.home, title="Nabór uzupełniający", slug="nabor")
    section.expire_at = timezone.now() + dt.timedelta(hours=1)
    section.save_revision().publish()
    child = StandardPageFactory(parent=section, title="Wymagane dokumenty", slug="dokumenty")
    child.save_revision().publish()
    full_build(unit.hostname)
    assert served(unit.hostname, "/nabor/")[0] == 200
    return section


@pytest.mark.django_db
def test_an_expired_page_leaves_the_site_its_sitemap_and_breadcrumbs(
    django_capture_on_commit_callbacks,
):
    unit = make_unit("sp9")
    section = section_with_subpage(unit)
    expire_now(section)
    with django_capture_on_commit_callbacks(execute=True):
        scheduler.run_once()

    assert not Page.objects.get(pk=section.pk).live
    assert served(unit.hostname, "/nabor/")[0] == 404
    assert files_containing(unit.hostname, 'href="/nabor/"') == []
    assert files_containing(unit.hostname, "Nabór uzupełniający") == []
    assert "/nabor/" not in served(unit.hostname, "/sitemap.xml")[1].replace(
        "/nabor/dokumenty/", ""
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_run_portal_checks_expiry_in_process_without_beat(settings):
    settings.STATIC_BUILDS_IN_PROCESS_SCHEDULE_SECONDS = 0.05
    unit = make_unit("sp9")
    section = section_with_subpage(unit)
    expire_now(section)

    checks = scheduler.start_in_process()
    assert checks is not None and checks.daemon
    try:
        deadline = time.monotonic() + 60
        while served(unit.hostname, "/nabor/")[0] != 404 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        checks.stop()
        checks.join(timeout=60)
    assert checks.rounds >= 1
    assert served(unit.hostname, "/nabor/")[0] == 404


def test_the_check_is_off_when_its_interval_is_zero(settings):
    settings.STATIC_BUILDS_IN_PROCESS_SCHEDULE_SECONDS = 0
    assert scheduler.start_in_process() is None
