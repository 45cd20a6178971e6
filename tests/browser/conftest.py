"""Three demo sites rendered by the frontend, served over HTTP, and a headless chromium."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import connections

from sites.renderer import render_site
from tests.browser.chromium import AXE, AXE_URL, CHROMIUM, CHROMIUM_ARGS
from tests.sites.content import HOSTNAMES


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves a build; lets the browser cache axe so it is compiled once, not per page."""

    def log_message(self, format, *args):
        pass

    def end_headers(self) -> None:
        if self.path == AXE_URL:
            self.send_header("Cache-Control", "max-age=3600")
        super().end_headers()


@pytest.fixture(scope="session")
def served_sites(site_data, tmp_path_factory) -> Iterator[dict[str, str]]:
    """hostname -> base URL of its build served by a local HTTP server."""
    servers = []
    urls = {}
    for hostname in HOSTNAMES:
        directory = tmp_path_factory.mktemp(f"served-{hostname}")
        render_site(site_data[hostname], directory)
        if AXE.exists():
            (directory / AXE_URL.lstrip("/")).parent.mkdir(parents=True)
            shutil.copy(AXE, directory / AXE_URL.lstrip("/"))
        handler = functools.partial(QuietHandler, directory=str(directory))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        urls[hostname] = f"http://127.0.0.1:{server.server_address[1]}"
    yield urls
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser():
    """One chromium per test module (closed before other modules start their own)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    if not AXE.exists():
        pytest.skip("axe-core is not installed (npm install)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; the per-test database
    # transactions pytest-django opens around these tests are still synchronous.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            instance = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
            )
            yield instance
            instance.close()
            # Connections opened while Playwright's loop ran belong to its context: close them
            # here, or the test database cannot be dropped at the end of the session.
            connections.close_all()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def fresh_browser(monkeypatch):
    """A chromium of the test's own, for tests with a live server and serialized rollback
    (the module-wide ``browser`` closes every connection, which their rollback needs)."""
    # Playwright's sync API runs an event loop in this thread; the ORM calls here are sync.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    if not CHROMIUM.exists() or not AXE.exists():
        pytest.skip("needs Debian chromium and node_modules/axe-core (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()
