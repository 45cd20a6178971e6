"""Another unit's editor learns no title of a draft or private page from reports, bulk actions,
the dashboard, workflow views or choosers (logged in as unit A's editor, over HTTP)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from cms.standardpages.models import StandardPage
from cms.test_data.factories import unit_editor, unit_moderator
from cms.units.provisioning import provision_department, provision_unit

pytestmark = pytest.mark.django_db

SECRET_TITLES = ("Szkic Gamma", "Prywatna Gamma", "Moderacja Gamma", "Blokada Gamma")


def _page(parent: Page, title: str, user, *, live: bool) -> StandardPage:
    page = StandardPage(title=title, slug=title.lower().replace(" ", "-"), live=False, owner=user)
    parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    if live:
        revision.publish(user=user)
    return page


@pytest.fixture
def world():
    provision_department()
    unit_a, _ = provision_unit(
        slug="sp-a", official_name="Szkoła Alfa", short_name="SP A", unit_type="szkola-podstawowa"
    )
    unit_b, _ = provision_unit(
        slug="sp-b", official_name="Szkoła Gamma", short_name="SP B", unit_type="liceum"
    )
    b_editor, b_moderator = unit_editor(unit_b), unit_moderator(unit_b)
    draft = _page(unit_b.home, "Szkic Gamma", b_editor, live=False)
    private = _page(unit_b.home, "Prywatna Gamma", b_moderator, live=True)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    in_moderation = _page(unit_b.home, "Moderacja Gamma", b_editor, live=False)
    workflow = in_moderation.get_workflow()
    workflow.start(in_moderation, b_editor)
    locked = _page(unit_b.home, "Blokada Gamma", b_moderator, live=False)
    locked.locked, locked.locked_by, locked.locked_at = True, b_moderator, timezone.now()
    locked.save()
    editor = unit_editor(unit_a)
    client = Client()
    client.force_login(editor)
    return {
        "client": client,
        "pages": [draft, private, in_moderation, locked],
        "unit_b": unit_b,
    }


def _assert_no_secret(response, url: str) -> None:
    body = response.content.decode()
    leaked = [title for title in SECRET_TITLES if title in body]
    assert not leaked, f"{url} shows {leaked}"


REPORT_URLS = [
    "/admin/",
    "/admin/reports/locked/",
    "/admin/reports/site-history/",
    "/admin/reports/site-history/results/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow/results/",
    "/admin/reports/workflow_tasks/",
    "/admin/reports/workflow_tasks/results/",
    "/admin/reports/aging-pages/",
    "/admin/reports/aging-pages/results/",
    "/admin/reports/page-types-usage/",
    "/admin/pages/search/?q=Gamma",
    "/admin/choose-page/search/?q=Gamma",
    "/admin/choose-page/?q=Gamma",
    "/admin/api/main/pages/?search=Gamma",
    "/admin/api/main/pages/?limit=50",
]


@pytest.mark.parametrize("url", REPORT_URLS)
def test_reports_and_dashboard_hide_other_units_titles(world, url):
    response = world["client"].get(url, follow=True)
    assert response.status_code in (200, 400, 403, 404)
    _assert_no_secret(response, url)


def test_bulk_actions_name_no_other_units_page(world):
    client = world["client"]
    ids = "&".join(f"id={page.pk}" for page in world["pages"])
    parent = world["unit_b"].home.pk
    for action in ("delete", "publish", "unpublish", "move"):
        url = f"/admin/bulk/wagtailcore/page/{action}/?next=/admin/pages/&childOf={parent}&{ids}"
        response = client.get(url, follow=True)
        assert response.status_code in (200, 400, 403, 404)
        _assert_no_secret(response, url)
    for page in world["pages"]:
        for path in (
            "history/",
            "revisions/compare/earliest...latest/",
            "usage/",
            "workflow/history/",
        ):
            url = f"/admin/pages/{page.pk}/{path}"
            response = client.get(url, follow=True)
            _assert_no_secret(response, url)
    assert Page.objects.filter(pk__in=[p.pk for p in world["pages"]]).count() == 4
