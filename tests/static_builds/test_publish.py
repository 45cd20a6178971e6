"""Publish → live through the admin: what a change rebuilds, and that the live site shows it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import nested_form_data, rich_text

from cms.announcements.models import Announcement, Audience
from cms.home.unit_types import UnitType
from cms.site_settings.models import SiteSettings
from cms.standardpages.models import StandardPage
from static_builds.models import SiteBuild
from tests.static_builds.publishing import (
    admin_add_news,
    admin_edit_news,
    build_marker,
    builds_since,
    full_build,
    login,
    make_unit,
    publish_news,
    served,
    served_colours,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run on_commit callbacks (the build requests) when the block ends, like a real commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def unit(db):
    unit = make_unit("sp7", colour="#7a1f1f")
    full_build(unit.hostname)
    return unit


def test_publish_in_admin_makes_the_page_live_with_its_listings(unit, run_on_commit):
    client = login(unit.moderator)
    marker = build_marker()
    with run_on_commit():
        page = admin_add_news(
            client, unit.news_index, "Dzień Patrona w naszej szkole", "dzien-patrona", tags="patron"
        )
    assert page.live
    builds = list(builds_since(marker))
    assert [(b.hostname, b.status) for b in builds] == [(unit.hostname, SiteBuild.Status.SUCCEEDED)]
    assert builds[0].kind == SiteBuild.Kind.INCREMENTAL

    status, html = served(unit.hostname, "/aktualnosci/dzien-patrona/")
    assert status == 200
    assert "Dzień Patrona w naszej szkole" in html
    for path in ("/", "/aktualnosci/", "/aktualnosci/tag/patron/", "/feed.atom"):
        status, body = served(unit.hostname, path)
        assert status == 200, path
        assert "Dzień Patrona w naszej szkole" in body, path


def test_editing_a_live_page_updates_it_and_a_draft_does_not(unit, run_on_commit):
    client = login(unit.moderator)
    with run_on_commit():
        page = admin_add_news(client, unit.news_index, "Wycieczka do Krakowa", "wycieczka")
    marker = build_marker()
    with run_on_commit():
        admin_edit_news(client, page, publish=False, lead="Szkic, którego nikt nie widzi.")
    assert not builds_since(marker).exists()
    assert "Szkic, którego" not in served(unit.hostname, "/aktualnosci/wycieczka/")[1]

    with run_on_commit():
        admin_edit_news(client, page, title="Wycieczka do Krakowa i Wieliczki")
    assert builds_since(marker, unit.hostname).count() == 1
    html = served(unit.hostname, "/aktualnosci/wycieczka/")[1]
    assert "Wycieczka do Krakowa i Wieliczki" in html
    assert "Wycieczka do Krakowa i Wieliczki" in served(unit.hostname, "/aktualnosci/")[1]


def test_unpublish_removes_the_page_and_its_listing_entries(unit, run_on_commit):
    client = login(unit.moderator)
    with run_on_commit():
        page = admin_add_news(
            client, unit.news_index, "Konkurs matematyczny", "konkurs", tags="mat"
        )
    assert served(unit.hostname, "/aktualnosci/konkurs/")[0] == 200

    with run_on_commit():
        response = client.post(f"/admin/pages/{page.pk}/unpublish/", {"include_descendants": ""})
    assert response.status_code == 302
    assert served(unit.hostname, "/aktualnosci/konkurs/")[0] == 404
    for path in ("/", "/aktualnosci/", "/feed.atom"):
        assert "Konkurs matematyczny" not in served(unit.hostname, path)[1], path


def test_delete_in_admin_removes_the_page(unit, run_on_commit):
    client = login(unit.moderator)
    with run_on_commit():
        page = admin_add_news(client, unit.news_index, "Zebranie z rodzicami", "zebranie")
    superuser_client = login(_superuser())
    with run_on_commit():
        response = superuser_client.post(f"/admin/pages/{page.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()
    assert served(unit.hostname, "/aktualnosci/zebranie/")[0] == 404
    assert "Zebranie z rodzicami" not in served(unit.hostname, "/aktualnosci/")[1]


def test_rename_rebuilds_the_site_and_the_old_path_goes_away(unit, run_on_commit):
    client = login(unit.moderator)
    with run_on_commit():
        page = admin_add_news(client, unit.news_index, "Sukces w olimpiadzie", "olimpiada")
    marker = build_marker()
    with run_on_commit():
        admin_edit_news(client, page, slug="olimpiada-biologiczna")
    assert builds_since(marker, unit.hostname).filter(kind=SiteBuild.Kind.FULL).exists()
    assert served(unit.hostname, "/aktualnosci/olimpiada-biologiczna/")[0] == 200
    assert served(unit.hostname, "/aktualnosci/olimpiada/")[0] == 404


def test_move_to_another_site_rebuilds_both_sites(unit, run_on_commit):
    other = make_unit("sp8")
    full_build(other.hostname)
    with run_on_commit():
        page = publish_news(unit.news_index, "Nowy nabór do klasy sportowej", "nabor")
    assert served(unit.hostname, "/aktualnosci/nabor/")[0] == 200
    marker = build_marker()
    with run_on_commit():
        response = login(_superuser()).post(
            f"/admin/pages/{page.pk}/move/{other.news_index.pk}/confirm/"
        )
    assert response.status_code == 302
    assert {b.hostname for b in builds_since(marker)} == {unit.hostname, other.hostname}
    assert served(unit.hostname, "/aktualnosci/nabor/")[0] == 404
    status, html = served(other.hostname, "/aktualnosci/nabor/")
    assert status == 200 and "Nowy nabór do klasy sportowej" in html


def test_a_page_linking_from_another_site_is_rebuilt(unit, run_on_commit):
    other = make_unit("sp9")
    with run_on_commit():
        target = publish_news(unit.news_index, "Dni otwarte", "dni-otwarte")
    link = f'<p>Zobacz <a linktype="page" id="{target.pk}">dni otwarte</a>.</p>'
    linking = StandardPage(title="Dla kandydatów", slug="dla-kandydatow")
    linking.body = [("paragraph", _rich(link))]
    other.home.add_child(instance=linking)
    linking.save_revision().publish()
    full_build(other.hostname)
    assert "/aktualnosci/dni-otwarte/" in served(other.hostname, "/dla-kandydatow/")[1]

    marker = build_marker()
    with run_on_commit():
        admin_edit_news(login(unit.moderator), target, slug="dni-otwarte-2027")
    rebuilt = {b.hostname for b in builds_since(marker)}
    assert rebuilt == {unit.hostname, other.hostname}
    html = served(other.hostname, "/dla-kandydatow/")[1]
    assert "/aktualnosci/dni-otwarte-2027/" in html
    assert "/aktualnosci/dni-otwarte/" not in html


def test_site_settings_change_rebuilds_with_new_colours(unit, run_on_commit):
    marker = build_marker()
    settings_obj = SiteSettings.for_site(unit.site)
    with run_on_commit():
        response = login(_superuser()).post(
            f"/admin/settings/site_settings/sitesettings/{unit.site.pk}/",
            nested_form_data(
                {
                    "primary_colour": "#1d4d1d",
                    "primary_text_colour": settings_obj.primary_text_colour,
                    "accent_colour": settings_obj.accent_colour,
                }
            ),
        )
    assert response.status_code == 302
    assert builds_since(marker, unit.hostname).filter(kind=SiteBuild.Kind.FULL).count() == 1
    assert "--primary:#1d4d1d" in served_colours(unit.hostname)


def test_announcement_rebuilds_exactly_its_audience(db, run_on_commit):
    chosen = [make_unit("sp11"), make_unit("sp12")]
    kindergarten = make_unit("pm13", unit_type=UnitType.KINDERGARTEN)
    for unit in [*chosen, kindergarten]:
        full_build(unit.hostname)
    marker = build_marker()
    data = nested_form_data(
        {
            "title": "Zmiana godzin pracy Wydziału",
            "body": rich_text("<p>W piątek Wydział pracuje do 13:00.</p>"),
            "priority": "important",
            "audience": Audience.CHOSEN_UNITS,
            "active_from": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
            "active_to": "",
            "action-publish": "1",
        }
    )
    data["units"] = [str(chosen[0].home.pk), str(chosen[1].home.pk)]
    with run_on_commit():
        response = login(_superuser()).post("/admin/snippets/announcements/announcement/add/", data)
    assert response.status_code == 302, response.context["form"].errors
    announcement = Announcement.objects.get(title="Zmiana godzin pracy Wydziału")
    assert announcement.live
    rebuilt = sorted(b.hostname for b in builds_since(marker))
    # The chosen units, plus the department's (default) site, which lists every announcement.
    department = Site.objects.get(is_default_site=True).hostname
    assert rebuilt == sorted([department, *(unit.hostname for unit in chosen)]), [
        (b.hostname, b.status, b.reason, b.log) for b in builds_since(marker)
    ]
    for unit in chosen:
        assert "Zmiana godzin pracy Wydziału" in served(unit.hostname, "/")[1]
    assert "Zmiana godzin pracy Wydziału" not in served(kindergarten.hostname, "/")[1]
    # Only the home page (the banner) is re-rendered on the units that were already built.
    unit_builds = [b for b in builds_since(marker) if b.hostname != department]
    assert {(b.kind, b.pages_written) for b in unit_builds} == {("incremental", 1)}, [
        (b.hostname, b.kind, b.pages_written) for b in unit_builds
    ]

    # Narrowing the audience also rebuilds the site that no longer shows it.
    marker = build_marker()
    with run_on_commit():
        announcement.units.set([chosen[0].home])
        announcement.save_revision().publish()
    rebuilt = sorted(b.hostname for b in builds_since(marker))
    assert rebuilt == sorted([department, *(unit.hostname for unit in chosen)])
    assert "Zmiana godzin pracy Wydziału" not in served(chosen[1].hostname, "/")[1]


def test_announcement_window_check_rebuilds_when_it_ends(db, run_on_commit):
    from static_builds.tasks import check_announcement_windows_task

    unit = make_unit("sp14")
    now = timezone.now()
    announcement = Announcement(
        title="Przerwa w dostawie wody",
        body="<p>Szkoła nieczynna.</p>",
        audience=Audience.ALL_UNITS,
        active_from=now - dt.timedelta(hours=1),
        active_to=now + dt.timedelta(hours=1),
    )
    announcement.save()
    announcement.save_revision().publish()
    full_build(unit.hostname)
    assert "Przerwa w dostawie wody" in served(unit.hostname, "/")[1]

    check_announcement_windows_task()  # nothing opened or closed since the last check
    Announcement.objects.filter(pk=announcement.pk).update(active_to=timezone.now())
    marker = build_marker()
    with run_on_commit():
        queued = check_announcement_windows_task()
    assert unit.hostname in queued
    assert builds_since(marker, unit.hostname).count() == 1
    assert "Przerwa w dostawie wody" not in served(unit.hostname, "/")[1]


def test_scheduled_publishing_goes_live_with_publish_scheduled(unit, run_on_commit):
    page = publish_news(unit.news_index, "Ogłoszenie o naborze", "nabor-planowany")
    page.unpublish()
    revision = page.save_revision(approved_go_live_at=timezone.now() - dt.timedelta(seconds=1))
    assert revision.approved_go_live_at is not None
    full_build(unit.hostname)
    assert served(unit.hostname, "/aktualnosci/nabor-planowany/")[0] == 404

    marker = build_marker()
    with run_on_commit():
        call_command("publish_scheduled")
    assert builds_since(marker, unit.hostname).count() == 1
    status, html = served(unit.hostname, "/aktualnosci/nabor-planowany/")
    assert status == 200 and "Ogłoszenie o naborze" in html


def _superuser():
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    return user_model.objects.filter(
        is_superuser=True
    ).first() or user_model.objects.create_superuser(
        "admin-publikacja", "admin@example.org", "haslo-admina"
    )


def _rich(html: str):
    from wagtail.rich_text import RichText

    return RichText(html)
