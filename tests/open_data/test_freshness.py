"""Datasets follow content: publishing marks them stale, the next read regenerates them, the
last-modified time moves only with the content, and a change rebuilds the department pages."""

from unittest import mock

from cms.open_data import registry, snapshots, tasks
from cms.open_data.models import DatasetSnapshot
from cms.test_data.factories import NewsIndexPageFactory, NewsPageFactory


def news_titles(client) -> list[str]:
    return [row["tytul"] for row in client.get("/dane/aktualnosci.json").json()["rows"]]


def test_publishing_news_marks_the_dataset_stale_and_the_next_read_has_it(
    client, department_site, school_site
):
    index = NewsIndexPageFactory(parent=school_site.root_page)
    NewsPageFactory(parent=index, title="Pierwsza wiadomość")
    assert news_titles(client) == ["Pierwsza wiadomość"]
    before = DatasetSnapshot.objects.get(slug="aktualnosci")

    draft = NewsPageFactory.build(title="Druga wiadomość", live=False)
    index.add_child(instance=draft)
    draft.save_revision().publish()
    assert DatasetSnapshot.objects.get(slug="aktualnosci").stale

    assert set(news_titles(client)) == {"Pierwsza wiadomość", "Druga wiadomość"}
    after = DatasetSnapshot.objects.get(slug="aktualnosci")
    assert not after.stale
    assert after.modified_at > before.modified_at
    row = client.get("/dane/aktualnosci.json").json()["rows"][0]
    assert row["jednostka"] == school_site.root_page.specific.official_name
    assert row["adres_url"].startswith("http://sp1.localhost")


def test_an_unchanged_refresh_keeps_last_modified(client, department_site, school_site):
    dataset = registry.get("jednostki-oswiatowe")
    first = snapshots.refresh(dataset, announce=False)
    second = snapshots.refresh(dataset, announce=False)
    assert second.modified_at == first.modified_at
    assert second.refreshed_at >= first.refreshed_at


def test_a_changed_dataset_rebuilds_the_department_pages(
    department_site, school_site, django_capture_on_commit_callbacks
):
    with (
        mock.patch("cms.open_data.rebuilds.request_builds") as request_builds,
        django_capture_on_commit_callbacks(execute=True),
    ):
        changed = snapshots.refresh_all()
    assert "jednostki-oswiatowe" in changed
    hosts = request_builds.call_args.args[0]
    assert hosts == {"localhost": {"open-data"}}


def test_the_periodic_task_refreshes_and_rebuilds(department_site, school_site):
    with mock.patch("cms.open_data.rebuilds.request_builds") as request_builds:
        changed = tasks.refresh_datasets()
    assert set(changed) == {d.slug for d in registry.datasets()}
    request_builds.assert_called_once()
    assert DatasetSnapshot.objects.count() == len(registry.datasets())


def test_no_dataset_declares_a_personal_field():
    names = {c.name for d in registry.datasets() for c in d.columns}
    assert not names & {
        "pesel",
        "imie",
        "nazwisko",
        "data_urodzenia",
        "wnioskodawca",
        "adres_email",
    }
