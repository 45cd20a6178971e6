"""End to end with a real Celery worker and Redis broker: publish in the admin, the HTML is served.

The worker is ``celery -A cms worker`` in a subprocess on the test database (committed data:
transactional test + live server). Skipped, with the reason, only when Redis is not reachable.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache

from cms.celery import app as celery_app
from static_builds.coalescing import KEY_PREFIX, suspended
from tests.static_builds.publishing import PASSWORD, make_unit, news_form_data
from tests.two_factor import current_code, totp_device

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/1")
REPO = Path(__file__).resolve().parents[2]
WORKER_READY_TIMEOUT = 60
LIVE_TIMEOUT = 60


def _redis_reachable() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


pytestmark = [
    pytest.mark.worker,
    pytest.mark.skipif(not _redis_reachable(), reason=f"Redis not reachable at {REDIS_URL}"),
]


def _database_url() -> str:
    db = settings.DATABASES["default"]
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    auth = quote(db.get("USER") or "postgres")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"])
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{auth}@{host}:{port}/{db['NAME']}"


def _reset_producer_pools() -> None:
    if celery_app._pool is not None:
        celery_app._pool.force_close_all()
        celery_app._pool = None
    celery_app.amqp._producer_pool = None


@pytest.fixture
def redis_everywhere(settings):
    """This process talks to the worker through Redis: cache (coalescing state) and broker."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    previous = (celery_app.conf.broker_url, celery_app.conf.task_always_eager)
    celery_app.conf.broker_url = REDIS_URL
    celery_app.conf.task_always_eager = False
    _reset_producer_pools()
    celery_app.control.purge()  # leftovers of an interrupted run
    yield
    celery_app.conf.broker_url, celery_app.conf.task_always_eager = previous
    _reset_producer_pools()


@pytest.fixture
def worker(redis_everywhere, tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": _database_url(),
        "REDIS_URL": REDIS_URL,
        "CELERY_BROKER_URL": REDIS_URL,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "STATIC_BUILDS_ROOT": str(settings.STATIC_BUILDS_ROOT),
        "STATIC_BUILDS_DEBOUNCE_SECONDS": "0.2",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "ELACZE_VAR_DIR": str(tmp_path),
        "SECRET_KEY": "worker-test-key",
    }
    log_path = tmp_path / "worker.log"
    node = f"elacze-test-{os.getpid()}@{socket.gethostname()}"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "cms",
                "worker",
                "--pool=solo",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                f"--hostname={node}",
            ],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + WORKER_READY_TIMEOUT
        while not celery_app.control.ping(destination=[node], timeout=0.5):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("Celery worker did not start:\n" + log_path.read_text()[-3000:])
            time.sleep(0.2)
        yield process, log_path
    finally:
        process.send_signal(signal.SIGTERM)  # warm shutdown: finishes the current task
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _admin_session(base_url: str, username: str) -> requests.Session:
    session = requests.Session()
    session.get(f"{base_url}/admin/login/", timeout=30)
    response = session.post(
        f"{base_url}/admin/login/",
        data={
            "username": username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "next": "/admin/",
        },
        timeout=30,
    )
    assert response.ok and "sessionid" in session.cookies, response.status_code
    # Moderators sign in in two steps: the code from their authenticator app.
    user = get_user_model().objects.get(username=username)
    response = session.post(
        f"{base_url}/admin/dwuetapowe/weryfikacja/",
        data={
            "code": current_code(totp_device(user)),
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "next": "/admin/",
        },
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"
    return session


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_publish_in_admin_is_served_after_a_real_worker_builds(live_server, worker):
    process, log_path = worker
    with suspended():
        unit = make_unit("sp31", colour="#6b2d5c")
    host = unit.hostname
    cache.delete_many([f"{KEY_PREFIX}:{kind}:{host}" for kind in ("seq", "done", "lock")])

    session = _admin_session(live_server.url, unit.moderator.username)
    data = news_form_data("Jasełka w naszej szkole", "jaselka", tags="kultura")
    data["action-publish"] = "1"
    data["csrfmiddlewaretoken"] = session.cookies["csrftoken"]
    published_at = time.monotonic()
    response = session.post(
        f"{live_server.url}/admin/pages/add/news/newspage/{unit.news_index.pk}/",
        data=data,
        allow_redirects=False,
        timeout=60,
    )
    assert response.status_code == 302, response.text[:2000]
    assert "/dwuetapowe/" not in response.headers["Location"]

    page_url = f"{live_server.url}/aktualnosci/jaselka/"
    deadline = time.monotonic() + LIVE_TIMEOUT
    while True:
        served = requests.get(page_url, headers={"Host": host}, timeout=10)
        if served.status_code == 200 and "Jasełka w naszej szkole" in served.text:
            break
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(
                f"not live after {time.monotonic() - published_at:.1f} s "
                f"(HTTP {served.status_code}); worker log:\n{log_path.read_text()[-4000:]}"
            )
        time.sleep(0.1)
    colours = re.search(r'href="(/theme/css/colours\.[0-9a-f]+\.css)"', served.text)
    assert colours, "no colour stylesheet linked"
    sheet = requests.get(f"{live_server.url}{colours.group(1)}", headers={"Host": host}, timeout=10)
    assert "--primary:#6b2d5c" in sheet.text  # the unit's theme
    listing = requests.get(f"{live_server.url}/aktualnosci/", headers={"Host": host}, timeout=10)
    assert "Jasełka w naszej szkole" in listing.text
    assert "static_builds.build_site" in log_path.read_text()  # built by the worker
