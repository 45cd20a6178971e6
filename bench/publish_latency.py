"""Publish → live latency, measured over real HTTP (prints figures; not a test).

* p50/p95 from ``publish()`` of a news item until its new HTML is served, over 20 publishes;
* time from publishing an announcement for all units until every site serves it.

Runs against the demo database of ``bench/build.py`` (which calls :func:`run`), or on its own:
``python bench/publish_latency.py`` (migrates and seeds the demo if needed, builds missing sites).
Celery eager (the embedded default) builds in this process right after the commit; with a
broker configured, a worker must be running (``celery -A cms worker``).
"""

from __future__ import annotations

import statistics
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

Report = Callable[[str, str], None]

PUBLISHES = 20
POLL_INTERVAL = 0.01
TIMEOUT = 120.0


def _print_report(label: str, value: str) -> None:
    print(f"  {label:<46} {value}", flush=True)


@contextmanager
def http_server():
    """The CMS (with the serving middleware) on a real local HTTP port, in a thread."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadedWSGIServer(("127.0.0.1", 0), QuietHandler, allow_reuse_address=True)
    server.set_app(WSGIHandler())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def fetch(base_url: str, hostname: str, path: str) -> tuple[int, str]:
    request = urllib.request.Request(base_url + path, headers={"Host": hostname})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def wait_until_served(base_url: str, hostname: str, path: str, text: str, started: float) -> float:
    """Seconds from ``started`` until ``text`` is in the page, polling over HTTP."""
    while True:
        status, body = fetch(base_url, hostname, path)
        if status == 200 and text in body:
            return time.monotonic() - started
        if time.monotonic() - started > TIMEOUT:
            raise TimeoutError(f"{hostname}{path}: '{text}' not served after {TIMEOUT:.0f} s")
        time.sleep(POLL_INTERVAL)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def ensure_built(hostnames: list[str]) -> None:
    from static_builds import storage
    from static_builds.builder import build_sites
    from static_builds.transport import InProcessTransport

    missing = [host for host in hostnames if storage.current_build(host) is None]
    if missing:
        build_sites(missing, InProcessTransport, processes=2, reason="bench: brakujące")


def pick_news_page():
    from wagtail.models import Site

    from cms.news.models import NewsPage

    for site in Site.objects.select_related("root_page").order_by("hostname"):
        if site.is_default_site:
            continue
        page = NewsPage.objects.live().descendant_of(site.root_page).order_by("-date").first()
        if page is not None:
            return site, page
    raise LookupError("Brak aktualności w danych demo: uruchom seed_demo.")


def bench_news_publish(base_url: str, report: Report) -> list[float]:
    site, page = pick_news_page()
    original = page.title
    path = page.relative_url(site) or page.url_path
    from static_builds.models import SiteBuild

    marker_id = SiteBuild.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    latencies = []
    # Publish 0 is the first in this process (renderer, templates and the GraphQL schema load on
    # first use); it is reported apart, the running CMS's steady state is the next PUBLISHES.
    for number in range(PUBLISHES + 1):
        marker = f"[bench {number} {uuid.uuid4().hex[:6]}]"
        started = time.monotonic()
        revision = page.get_latest_revision_as_object()
        revision.title = f"{original} {marker}"
        revision.save_revision().publish()
        latencies.append(wait_until_served(base_url, site.hostname, path, marker, started))
        page.refresh_from_db()
    cold, latencies = latencies[0], latencies[1:]
    report("first publish in a fresh process (cold)", f"{cold * 1000:.0f} ms")
    report("news publishes measured", f"{len(latencies)} on {site.hostname}{path}")
    report("publish → live p50", f"{statistics.median(latencies) * 1000:.0f} ms")
    report("publish → live p95", f"{percentile(latencies, 0.95) * 1000:.0f} ms")
    report("publish → live max", f"{max(latencies) * 1000:.0f} ms")
    durations = list(
        SiteBuild.objects.filter(pk__gt=marker_id, hostname=site.hostname)
        .exclude(duration=None)
        .values_list("duration", flat=True)
    )
    if durations:
        report(
            "  of which the build (median, n)",
            f"{statistics.median(durations) * 1000:.0f} ms, {len(durations)} builds",
        )
    revision = page.get_latest_revision_as_object()
    revision.title = original
    revision.save_revision().publish()
    return latencies


def bench_announcement(base_url: str, report: Report) -> float:
    from django.utils import timezone
    from wagtail.models import Site

    from cms.announcements.models import Announcement, Audience, Priority
    from static_builds.coalescing import suspended

    hostnames = sorted(Site.objects.values_list("hostname", flat=True))
    title = f"Komunikat testowy {uuid.uuid4().hex[:8]}"
    announcement = Announcement(
        title=title,
        body="<p>Pomiar czasu publikacji komunikatu.</p>",
        priority=Priority.URGENT,
        audience=Audience.ALL_UNITS,
        active_from=timezone.now(),
    )
    with suspended():
        announcement.save()  # the draft itself changes nothing public
    started = time.monotonic()
    announcement.save_revision().publish()
    published = time.monotonic() - started
    slowest = max(wait_until_served(base_url, host, "/", title, started) for host in hostnames)
    report("all-units announcement: sites", str(len(hostnames)))
    report("  publish() returned after", f"{published:.2f} s")
    report("  live on every site after", f"{slowest:.2f} s")
    with suspended():
        announcement.delete()
    # Leave the demo as it was: the banner goes away with the next build of each site.
    return slowest


def run(report: Report = _print_report) -> dict[str, Any]:
    """Measure both figures (Django must be set up with the demo loaded)."""
    from django.conf import settings
    from wagtail.models import Site

    mode = (
        "eager" if settings.CELERY_TASK_ALWAYS_EAGER else f"worker ({settings.CELERY_BROKER_URL})"
    )
    report("Celery mode", mode)
    report("debounce", f"{settings.STATIC_BUILDS_DEBOUNCE_SECONDS:.2f} s")
    ensure_built(list(Site.objects.values_list("hostname", flat=True)))
    with http_server() as base_url:
        latencies = bench_news_publish(base_url, report)
        announcement = bench_announcement(base_url, report)
    return {"publish_latencies": latencies, "announcement_seconds": announcement}


def main() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build import prepare_demo, setup_django

    setup_django()
    print("E-łącze publish → live benchmark", flush=True)
    prepare_demo()
    run()


if __name__ == "__main__":
    main()
