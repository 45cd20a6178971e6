"""The build engine on factory-built content with the real API and the real Pelican renderer."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import threading

import pytest
from django.db import connections

from static_builds import storage
from static_builds.builder import MANIFEST_NAME, build_site, build_sites, list_site_hostnames
from static_builds.models import SiteBuild
from static_builds.transport import GraphQLBuildError, InProcessTransport
from tests.static_builds.engine_content import (
    InvalidQueryTransport,
    files_of,
    make_school,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("builds_root")]


def read(build_dir, relative: str) -> str:
    return (build_dir / relative).read_text(encoding="utf-8")


def test_full_build_renders_the_site_and_makes_it_live(settings):
    root = settings.STATIC_BUILDS_ROOT
    school = make_school(news_count=3)

    result = build_site(school.hostname, InProcessTransport(), reason="test")

    assert result.ok, result.error
    live = storage.current_build(school.hostname)
    assert live is not None and live.name == result.build_id
    assert live.parent == root / "sp1.localhost" / "builds"
    assert os.readlink(root / "sp1.localhost" / "current") == f"builds/{result.build_id}"
    assert "Szkoła SP1" in read(live, "index.html")
    assert "Wiadomość sp1 2" in read(live, "aktualnosci/wiadomosc-2/index.html")
    assert (live / "kontakt/index.html").is_file()
    assert (live / "404.html").is_file()
    # Every HTML file counted, and text assets precompressed with identical content.
    html = list(live.rglob("*.html"))
    assert result.pages_written == len(html) >= 8
    for path in html:
        sibling = path.with_name(path.name + ".gz")
        assert sibling.is_file(), path
        assert gzip.decompress(sibling.read_bytes()) == path.read_bytes()
    manifest = json.loads(read(live, MANIFEST_NAME))
    assert "/aktualnosci/wiadomosc-0/" in manifest["outputs"]
    record = SiteBuild.objects.get(pk=result.record_id)
    assert record.status == SiteBuild.Status.SUCCEEDED
    assert record.kind == SiteBuild.Kind.FULL
    assert record.build_id == result.build_id
    assert record.pages_written == result.pages_written
    assert record.reason == "test" and record.finished_at and record.duration > 0
    assert SiteBuild.last_success(school.hostname) == record
    assert SiteBuild.last_failure(school.hostname) is None


def test_incremental_build_rewrites_only_affected_files():
    school = make_school(news_count=3)
    first = build_site(school.hostname, InProcessTransport())
    old_dir = storage.current_build(school.hostname)
    old_files = files_of(old_dir)
    old_article = read(old_dir, "aktualnosci/wiadomosc-1/index.html")

    article = school.news[1].specific
    article.title = "Nowy tytuł wiadomości"
    article.save_revision().publish()
    result = build_site(school.hostname, InProcessTransport(), changed_page_ids={str(article.pk)})

    assert result.ok, result.error
    assert result.kind == SiteBuild.Kind.INCREMENTAL and result.build_id != first.build_id
    new_dir = storage.current_build(school.hostname)
    assert new_dir.name == result.build_id
    assert "Nowy tytuł wiadomości" in read(new_dir, "aktualnosci/wiadomosc-1/index.html")
    assert "Nowy tytuł wiadomości" in read(new_dir, "aktualnosci/index.html")
    new_files = files_of(new_dir)
    assert set(new_files) == set(old_files)
    rewritten = {path for path in new_files if new_files[path] != old_files[path]}
    # The article, its listing and the feeds changed; unrelated pages are the same inodes.
    assert "aktualnosci/wiadomosc-1/index.html" in rewritten
    assert "aktualnosci/wiadomosc-1/index.html.gz" in rewritten
    assert "kontakt/index.html" not in rewritten
    assert "o-szkole/index.html" not in rewritten
    assert "aktualnosci/wiadomosc-0/index.html" not in rewritten
    assert len([p for p in rewritten if p.endswith(".html")]) == result.pages_written
    assert result.pages_written < first.pages_written
    # The previous build was never written into: still the old title, still complete.
    assert read(old_dir, "aktualnosci/wiadomosc-1/index.html") == old_article
    assert files_of(old_dir) == old_files
    gz = new_dir / "aktualnosci/wiadomosc-1/index.html.gz"
    assert b"Nowy tytu" in gzip.decompress(gz.read_bytes())
    assert_no_temp_dirs(school.hostname)


def test_incremental_build_deletes_outputs_of_removed_pages():
    school = make_school(news_count=3)
    build_site(school.hostname, InProcessTransport())
    old_dir = storage.current_build(school.hostname)

    gone = school.news[2]
    gone.unpublish()
    result = build_site(school.hostname, InProcessTransport(), changed_page_ids={str(gone.pk)})

    assert result.ok, result.error
    new_dir = storage.current_build(school.hostname)
    assert not (new_dir / "aktualnosci/wiadomosc-2").exists()
    assert "Wiadomość sp1 2" not in read(new_dir, "aktualnosci/index.html")
    assert (old_dir / "aktualnosci/wiadomosc-2/index.html").is_file()
    assert "/aktualnosci/wiadomosc-2/" not in json.loads(read(new_dir, MANIFEST_NAME))["outputs"]


def test_incremental_without_a_live_build_builds_everything():
    school = make_school(news_count=1)
    result = build_site(school.hostname, InProcessTransport(), changed_page_ids={"12345"})
    assert result.ok and result.kind == SiteBuild.Kind.FULL
    assert (storage.current_build(school.hostname) / "index.html").is_file()


def assert_no_temp_dirs(hostname: str) -> None:
    storage.wait_for_cleanup()
    directory = storage.builds_dir(hostname)
    leftovers = [p.name for p in directory.glob(".*")] if directory.exists() else []
    assert leftovers == []


def test_graphql_errors_keep_the_previous_build():
    school = make_school(news_count=1)
    good = build_site(school.hostname, InProcessTransport())

    failed = build_site(school.hostname, InvalidQueryTransport(), reason="zepsute zapytanie")

    assert not failed.ok
    assert "titleThatDoesNotExist" in failed.error
    assert storage.current_build_id(school.hostname) == good.build_id
    assert storage.list_builds(school.hostname) == [good.build_id]
    assert_no_temp_dirs(school.hostname)
    record = SiteBuild.last_failure(school.hostname)
    assert record.pk == failed.record_id and record.status == SiteBuild.Status.FAILED
    assert "titleThatDoesNotExist" in record.log
    assert SiteBuild.last_success(school.hostname).build_id == good.build_id


def test_unknown_site_fails_cleanly():
    result = build_site("nie-ma-takiej.localhost", InProcessTransport())
    assert not result.ok and "nie-ma-takiej.localhost" in result.error
    assert storage.current_build("nie-ma-takiej.localhost") is None
    assert_no_temp_dirs("nie-ma-takiej.localhost")


def test_invalid_hostname_is_refused_without_touching_disk(settings):
    root = settings.STATIC_BUILDS_ROOT
    with pytest.raises(storage.InvalidHostname, match="Nieprawidłowa nazwa hosta"):
        build_site("../etc", InProcessTransport())
    assert not SiteBuild.objects.exists()
    assert not root.exists() or list(root.iterdir()) == []


def test_render_without_home_page_keeps_the_previous_build(settings):
    school = make_school(news_count=1)
    good = build_site(school.hostname, InProcessTransport())
    # The renderer refuses a site whose home page is gone (unpublished): nothing is swapped.
    school.home.unpublish()
    failed = build_site(school.hostname, InProcessTransport())
    assert not failed.ok, "a site without a home page must not go live"
    assert storage.current_build_id(school.hostname) == good.build_id
    assert_no_temp_dirs(school.hostname)


def test_missing_index_html_fails_the_build(settings):
    school = make_school(news_count=1)
    good = build_site(school.hostname, InProcessTransport())
    settings.STATIC_BUILDS_RENDERER = "tests.static_builds.failing_renderers.without_index"
    failed = build_site(school.hostname, InProcessTransport())
    assert not failed.ok and "index.html" in failed.error
    assert storage.current_build_id(school.hostname) == good.build_id
    settings.STATIC_BUILDS_RENDERER = "tests.static_builds.failing_renderers.empty"
    failed = build_site(school.hostname, InProcessTransport())
    assert not failed.ok and "żadnych plików" in failed.error
    assert storage.current_build_id(school.hostname) == good.build_id
    assert_no_temp_dirs(school.hostname)


def test_retention_and_rollback(settings):
    settings.STATIC_BUILDS_KEEP = 2
    school = make_school(news_count=1)
    ids = [build_site(school.hostname, InProcessTransport()).build_id for _ in range(3)]

    assert storage.list_builds(school.hostname) == ids[1:]
    assert not (storage.builds_dir(school.hostname) / ids[0]).exists()
    assert_no_temp_dirs(school.hostname)  # the pruned build is deleted in the background
    assert storage.current_build_id(school.hostname) == ids[2]

    assert storage.rollback(school.hostname) == ids[1]
    assert storage.current_build_id(school.hostname) == ids[1]
    with pytest.raises(LookupError):
        storage.rollback(school.hostname)
    # Pruning never removes the live (rolled back) build.
    newest = build_site(school.hostname, InProcessTransport()).build_id
    assert storage.current_build_id(school.hostname) == newest
    assert storage.list_builds(school.hostname) == [ids[2], newest]


def test_rollback_without_builds_is_an_error():
    with pytest.raises(LookupError):
        storage.rollback("sp9.localhost")


def test_host_lock_serialises_builders():
    entered = threading.Event()
    release = threading.Event()
    order: list[str] = []

    def holder() -> None:
        with storage.host_lock("sp1.localhost"):
            order.append("holder in")
            entered.set()
            release.wait(5)
            order.append("holder out")

    def waiter() -> None:
        entered.wait(5)
        with storage.host_lock("sp1.localhost"):
            order.append("waiter in")

    threads = [threading.Thread(target=holder), threading.Thread(target=waiter)]
    for thread in threads:
        thread.start()
    entered.wait(5)
    threads[1].join(0.3)
    assert threads[1].is_alive(), "the second builder must wait for the lock"
    release.set()
    for thread in threads:
        thread.join(5)
    assert order == ["holder in", "holder out", "waiter in"]


def forget_builds(hostname: str) -> None:
    """Committed test content may have been built already by the publish signals: start clean."""
    shutil.rmtree(storage.site_dir(hostname), ignore_errors=True)
    SiteBuild.objects.filter(hostname=hostname).delete()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_builds_of_one_site_do_not_corrupt_it(settings):
    settings.STATIC_BUILDS_KEEP = 10
    school = make_school(news_count=2)
    forget_builds(school.hostname)
    results = []

    def run() -> None:
        try:
            results.append(build_site(school.hostname, InProcessTransport(), reason="równolegle"))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)

    assert len(results) == 3 and all(r.ok for r in results), [r.error for r in results]
    assert len({r.build_id for r in results}) == 3
    assert storage.list_builds(school.hostname) == sorted(r.build_id for r in results)
    expected = set(files_of(storage.current_build(school.hostname)))
    for result in results:
        build_dir = storage.builds_dir(school.hostname) / result.build_id
        assert set(files_of(build_dir)) == expected
        assert json.loads(read(build_dir, MANIFEST_NAME))["build_id"] == result.build_id
    assert_no_temp_dirs(school.hostname)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_build_sites_in_parallel_processes():
    schools = [make_school(slug, news_count=1) for slug in ("sp1", "sp2", "sp3")]
    hostnames = [school.hostname for school in schools]
    for hostname in hostnames:
        forget_builds(hostname)
    seen: list[str] = []

    results = build_sites(
        [*hostnames, "nie-ma.localhost"],
        InProcessTransport,
        processes=2,
        reason="wszystkie",
        on_result=lambda result: seen.append(result.hostname),
    )

    by_host = {result.hostname: result for result in results}
    assert sorted(seen) == sorted([*hostnames, "nie-ma.localhost"])
    for hostname in hostnames:
        assert by_host[hostname].ok, by_host[hostname].error
        assert (storage.current_build(hostname) / "index.html").is_file()
    assert not by_host["nie-ma.localhost"].ok
    # The first site warms the parent up; the rest are built in forked worker processes.
    assert by_host["sp1.localhost"].pid == os.getpid()
    assert all(by_host[host].pid != os.getpid() for host in ("sp2.localhost", "sp3.localhost"))
    assert SiteBuild.objects.filter(status=SiteBuild.Status.SUCCEEDED).count() == 3
    assert SiteBuild.objects.filter(status=SiteBuild.Status.FAILED).count() == 1


def test_list_site_hostnames_uses_the_api():
    make_school("sp1", news_count=0)
    make_school("sp2", news_count=0)
    assert {"sp1.localhost", "sp2.localhost"} <= set(list_site_hostnames(InProcessTransport()))


def test_in_process_transport_raises_graphql_errors():
    with pytest.raises(GraphQLBuildError) as error:
        InProcessTransport().execute("{ nieMaTakiegoPola }", {})
    assert "nieMaTakiegoPola" in str(error.value)
    assert error.value.errors and "message" in error.value.errors[0]


def test_log_is_truncated_at_the_end():
    text = "x" * 30_000 + "BŁĄD NA KOŃCU"
    truncated = SiteBuild.truncate_log(text)
    assert len(truncated) <= 20_000 and truncated.endswith("BŁĄD NA KOŃCU")


def test_a_build_turns_the_site_data_into_a_model_once(monkeypatch):
    import sites.renderer

    school = make_school(news_count=3)
    built = []
    real_build_site = sites.renderer.build_site

    def counting_build_site(data, *, now=None):
        built.append(data["site"]["hostname"])
        return real_build_site(data, now=now)

    monkeypatch.setattr(sites.renderer, "build_site", counting_build_site)
    assert build_site(school.hostname, InProcessTransport()).ok
    assert built == [school.hostname]  # outputs and the full render share one model

    article = school.news[0].specific
    article.title = "Zmieniony tytuł"
    article.save_revision().publish()
    built.clear()
    result = build_site(school.hostname, InProcessTransport(), changed_page_ids={str(article.pk)})
    assert result.ok and result.kind == SiteBuild.Kind.INCREMENTAL
    assert built == [school.hostname]  # outputs, affected paths and the render share one model
