"""Serving live builds by host name through the CMS process (StaticSiteMiddleware)."""

from __future__ import annotations

import gzip
import os

import pytest
from django.test import Client

from static_builds import storage
from static_builds.builder import build_site
from static_builds.transport import InProcessTransport
from tests.static_builds.engine_content import make_school

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("builds_root")]
HOST = "sp1.localhost"


@pytest.fixture
def live_dir():
    school = make_school("sp1", news_count=2)
    result = build_site(school.hostname, InProcessTransport())
    assert result.ok, result.error
    return storage.current_build(HOST)


@pytest.fixture
def client() -> Client:
    return Client(HTTP_HOST=f"{HOST}:8000")


def test_serves_index_files_by_host_with_short_caching(client, live_dir):
    response = client.get("/aktualnosci/wiadomosc-1/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response.content == (live_dir / "aktualnosci/wiadomosc-1/index.html").read_bytes()
    assert response["Cache-Control"] == "public, max-age=60, must-revalidate"
    assert response["ETag"] and response["Last-Modified"]
    assert "Accept-Encoding" in response["Vary"]
    assert "Content-Encoding" not in response
    home = client.get("/")
    assert home.status_code == 200 and "Szkoła SP1" in home.content.decode()


def test_serves_precompressed_gzip_when_accepted(client, live_dir):
    response = client.get("/aktualnosci/", HTTP_ACCEPT_ENCODING="br, gzip;q=0.8")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert gzip.decompress(response.content) == (live_dir / "aktualnosci/index.html").read_bytes()
    refused = client.get("/aktualnosci/", HTTP_ACCEPT_ENCODING="gzip;q=0")
    assert "Content-Encoding" not in refused


def test_conditional_requests_get_304(client, live_dir):
    first = client.get("/kontakt/")
    again = client.get("/kontakt/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == first["ETag"]
    since = client.get("/kontakt/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    changed = client.get("/kontakt/", HTTP_IF_NONE_MATCH='"inny"')
    assert changed.status_code == 200
    # The gzip variant has its own validator.
    gz = client.get("/kontakt/", HTTP_ACCEPT_ENCODING="gzip")
    assert gz["ETag"] != first["ETag"]


def test_head_has_headers_without_body(client, live_dir):
    response = client.head("/o-szkole/")
    assert response.status_code == 200
    assert response.content == b""
    size = (live_dir / "o-szkole/index.html").stat().st_size
    assert response["Content-Length"] == str(size)


def test_hashed_assets_are_immutable(client, live_dir):
    css = next(live_dir.glob("theme/css/*.css"))
    response = client.get("/" + str(css.relative_to(live_dir)))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/css; charset=utf-8"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"


def test_calendar_and_feed_content_types(client, live_dir):
    ics = client.get("/wydarzenia/kalendarz.ics")
    assert ics.status_code == 200 and ics["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"BEGIN:VCALENDAR" in ics.content
    atom = client.get("/feed.atom")
    assert atom.status_code == 200
    assert atom["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert client.get("/sitemap.xml")["Content-Type"] == "application/xml; charset=utf-8"


def test_missing_paths_get_the_builds_404_page(client, live_dir):
    response = client.get("/nie-ma-takiej-strony/")
    assert response.status_code == 404
    assert response.content == (live_dir / "404.html").read_bytes()
    assert response["Content-Type"] == "text/html; charset=utf-8"


def test_directory_without_slash_redirects(client, live_dir):
    response = client.get("/kontakt", {"a": "1"})
    assert response.status_code == 301
    assert response["Location"] == "/kontakt/?a=1"


@pytest.mark.parametrize(
    "path",
    [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/aktualnosci/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/..%5c..%5cetc%5cpasswd",
        "/.build.json",
        "/%2ebuild.json",
        "/wyciek/passwd",
        "/index.html%00.txt",
    ],
)
def test_path_traversal_is_impossible(client, live_dir, path):
    # A symlink planted inside the build must not lead outside it either.
    link = live_dir / "wyciek"
    if not link.exists():
        os.symlink("/etc", link)
    response = client.get(path)
    assert response.status_code in (404, 400)
    assert b"root:" not in response.content
    assert b'"outputs"' not in response.content


def test_host_port_is_ignored_and_other_hosts_are_separate(live_dir):
    assert Client(HTTP_HOST=HOST).get("/kontakt/").status_code == 200
    other = Client(HTTP_HOST="sp2.localhost").get("/kontakt/")
    assert other.status_code == 503


def test_site_without_a_build_says_it_is_being_prepared():
    response = Client(HTTP_HOST="sp7.localhost:8000").get("/")
    assert response.status_code == 503
    assert "Strona jest w przygotowaniu" in response.content.decode()
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"


def test_cms_paths_pass_through_on_site_hosts(client, live_dir):
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.get("/graphql", HTTP_ACCEPT="text/html").status_code != 404


def test_only_get_and_head_are_served(client, live_dir):
    response = client.post("/kontakt/", {"x": "1"})
    assert response.status_code == 405
    assert "GET" in response["Allow"]


def test_serving_follows_the_swap(client, live_dir):
    before = client.get("/")
    rebuilt = build_site(HOST, InProcessTransport())
    assert rebuilt.ok
    after = client.get("/", HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200, "a new build has new validators"
    storage.rollback(HOST)
    assert client.get("/", HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 304
