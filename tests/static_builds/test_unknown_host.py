"""A host that is not one of the portal's sites gets a clear Polish page, never a 500 or a trace."""

import pytest
from django.test import Client

from static_builds import storage

pytestmark = pytest.mark.django_db

DEMO_HOSTS = ["localhost", ".localhost", "127.0.0.1", "[::1]"]


@pytest.fixture
def demo_hosts(settings):
    settings.ALLOWED_HOSTS = DEMO_HOSTS
    settings.BASE_DOMAIN = "localhost"
    settings.PUBLIC_SCHEME = "http"
    settings.PUBLIC_PORT = 8000


def assert_portal_page(response, status: int) -> None:
    body = response.content.decode()
    assert response.status_code == status, body[:300]
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert "Nie ma tu strony portalu" in body
    assert 'href="http://localhost:8000/"' in body
    assert "Traceback" not in body and "DisallowedHost" not in body and "evil" not in body


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize("path", ["/", "/admin/", "/e-uslugi/", "/kontakt/"])
def test_disallowed_host_gets_the_portal_link(demo_hosts, settings, debug, path):
    settings.DEBUG = debug
    client = Client(raise_request_exception=False)
    assert_portal_page(client.get(path, HTTP_HOST="evil.example"), 400)


@pytest.mark.parametrize("path", ["/", "/aktualnosci/"])
def test_allowed_host_without_a_site_gets_the_portal_link(
    demo_hosts, department_site, settings, path
):
    settings.DEBUG = True
    client = Client(raise_request_exception=False)
    assert_portal_page(client.get(path, HTTP_HOST="127.0.0.1:8000"), 404)
    assert_portal_page(client.get(path, HTTP_HOST="[::1]:8000"), 404)


def test_handler400_answers_a_refused_host_with_debug_off(demo_hosts, settings):
    # SecurityMiddleware asks for the host before the static sites do (SSL redirect).
    settings.SECURE_SSL_REDIRECT = True
    client = Client(raise_request_exception=False)
    assert_portal_page(client.get("/", HTTP_HOST="evil.example"), 400)


def test_known_sites_are_still_served(demo_hosts, department_site, settings, tmp_path):
    settings.STATIC_BUILDS_ROOT = tmp_path
    live = storage.builds_root() / "localhost" / "builds" / "b1"
    live.mkdir(parents=True)
    (live / "index.html").write_text("<h1>Portal</h1>", encoding="utf-8")
    (storage.builds_root() / "localhost" / "current").symlink_to(live)
    response = Client().get("/", HTTP_HOST="localhost:8000")
    assert response.status_code == 200
    assert b"Portal" in response.content
