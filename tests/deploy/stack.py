"""The production stack on this machine: Debian's nginx with deploy/nginx.conf, gunicorn behind it.

Everything lives in one temporary directory: a SQLite database seeded with one unit of demo
data, its built static sites, collected static files, a private document, a self-signed
certificate for BASE_DOMAIN and *.BASE_DOMAIN, and the nginx configuration generated from
``deploy/nginx.conf`` (free ports, temporary paths; every replacement is checked, so a change to
the shipped file that the generator no longer understands fails loudly instead of testing
something else).
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .production_env import MANAGE, PROJECT_ROOT, production_env

DEPLOY = PROJECT_ROOT / "deploy"
BASE_DOMAIN = "elacze.test"
UNIT_HOST = f"pm1.{BASE_DOMAIN}"  # seed_demo --units 1: one kindergarten
INCLUDES = ("elacze-proxy.conf", "elacze-headers.conf", "elacze-static-headers.conf")
PRIVATE_TEXT = "PROTOKÓŁ POUFNY rady pedagogicznej"

# Run by `manage.py shell` (demo settings): a document in a collection only signed-in users may
# see, a signed-in user's session key, and the document's id and file path.
PRIVATE_DOCUMENT_SCRIPT = f"""
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

root = Collection.get_first_root_node()
private = root.add_child(name="Dokumenty poufne (test nginx)")
CollectionViewRestriction.objects.create(
    collection=private, restriction_type=CollectionViewRestriction.LOGIN
)
document = get_document_model()(title="Protokół poufny", collection=private)
document.file.save("protokol-poufny.txt", ContentFile({PRIVATE_TEXT!r}.encode()), save=True)
user = get_user_model().objects.create_user("czytelnik-nginx", "czytelnik@example.org")
session = SessionStore()
session["_auth_user_id"] = str(user.pk)
session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
session["_auth_user_hash"] = user.get_session_auth_hash()
session.create()
print("RESULT", document.pk, document.file.name, session.session_key)
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"port {port} did not open:\n{log.read_text()[-3000:]}")


def run(args: list[str], env: dict[str, str], stdin: str | None = None) -> str:
    result = subprocess.run(
        args, cwd=PROJECT_ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=600
    )
    if result.returncode != 0:
        raise RuntimeError(f"{args} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return result.stdout


def replace_checked(text: str, old: str, new: str) -> str:
    assert old in text, (
        f"deploy/nginx.conf no longer contains {old!r}: update tests/deploy/stack.py"
    )
    return text.replace(old, new)


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "fullchain.pem", directory / "privkey.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", f"/CN={BASE_DOMAIN}",
            "-addext", f"subjectAltName=DNS:{BASE_DOMAIN},DNS:*.{BASE_DOMAIN}",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return cert, key


@dataclass
class Stack:
    root: Path
    http_port: int = field(default_factory=free_port)
    https_port: int = field(default_factory=free_port)
    gunicorn_port: int = field(default_factory=free_port)
    processes: list[subprocess.Popen] = field(default_factory=list)
    private_document_id: int = 0
    private_document_file: str = ""
    session_key: str = ""

    @property
    def var(self) -> Path:
        return self.root / "var"

    @property
    def certificate(self) -> Path:
        return self.root / "tls" / "fullchain.pem"

    def env(self, settings: str = "cms.settings.production") -> dict[str, str]:
        """The same secrets and keys for every process (seeding, collectstatic, gunicorn)."""
        if not hasattr(self, "_secrets"):
            fresh = production_env(self.var)
            self._secrets = {
                name: fresh[name]
                for name in ("ESERVICES_ENCRYPTION_KEY", "ESERVICES_LOOKUP_KEY")
                if name in fresh
            }
        return production_env(
            self.var,
            **self._secrets,
            DJANGO_SETTINGS_MODULE=settings,
            BASE_DOMAIN=BASE_DOMAIN,
            ALLOWED_HOSTS=f"{BASE_DOMAIN},.{BASE_DOMAIN}",
            PUBLIC_SCHEME="https",
            PUBLIC_PORT=str(self.https_port),
            TRUSTED_PROXIES="127.0.0.1,::1",
            SECRET_KEY="nginx-test-" + "k" * 50,
            GUNICORN_BIND=f"127.0.0.1:{self.gunicorn_port}",
            WEB_CONCURRENCY="1",
            GUNICORN_THREADS="4",
            GUNICORN_PRELOAD="false",
            CELERY_BROKER_URL="memory://",
            STATIC_BUILDS_ON_CHANGE="false",
        )

    # ------------------------------------------------------------------ set-up
    def prepare(self) -> None:
        self.var.mkdir(parents=True)
        demo = self.env("cms.settings.dev")
        run([*MANAGE, "migrate", "--no-input", "-v", "0"], demo)
        run([*MANAGE, "seed_demo", "--units", "1", "-v", "0"], demo)
        run([*MANAGE, "build_sites", "--all"], demo)
        output = run([*MANAGE, "shell"], demo, stdin=PRIVATE_DOCUMENT_SCRIPT)
        line = next(line for line in output.splitlines() if line.startswith("RESULT "))
        _, document_id, file_name, self.session_key = line.split()
        self.private_document_id, self.private_document_file = int(document_id), file_name
        run([*MANAGE, "collectstatic", "--no-input", "-v", "0"], self.env())

    def nginx_config(self) -> Path:
        conf = self.root / "nginx"
        (conf / "temp").mkdir(parents=True)
        (self.root / "tls").mkdir()
        cert, key = self_signed_certificate(self.root / "tls")
        for name in INCLUDES:
            text = (DEPLOY / name).read_text(encoding="utf-8")
            (conf / name).write_text(text.replace("/etc/nginx/elacze-", f"{conf}/elacze-"))
        site = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
        for old, new in [
            ("/etc/nginx/elacze-", f"{conf}/elacze-"),
            ("/etc/ssl/elacze/fullchain.pem", str(cert)),
            ("/etc/ssl/elacze/privkey.pem", str(key)),
            ("/srv/elacze/builds", str(self.var / "builds")),
            ("/srv/elacze/static/", f"{self.var / 'static'}/"),
            ("/srv/elacze/media/", f"{self.var / 'media'}/"),
            ("/srv/elacze/acme", str(self.root / "acme")),
            ("server 127.0.0.1:8000", f"server 127.0.0.1:{self.gunicorn_port}"),
            ("listen 80;", f"listen 127.0.0.1:{self.http_port};"),
            ("listen [::]:80;\n", ""),
            ("listen 443 ssl http2;", f"listen 127.0.0.1:{self.https_port} ssl http2;"),
            ("listen [::]:443 ssl http2;\n", ""),
        ]:
            site = replace_checked(site, old, new)
        (conf / "elacze.conf").write_text(site, encoding="utf-8")
        temp = conf / "temp"
        user = "user root;\n" if os.geteuid() == 0 else ""  # workers must read the temp dirs
        main = conf / "nginx.conf"
        main.write_text(
            f"{user}daemon off;\nworker_processes 1;\npid {conf}/nginx.pid;\n"
            f"error_log {conf}/error.log warn;\nevents {{ worker_connections 256; }}\n"
            "http {\n"
            "    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n"
            f"    access_log {conf}/access.log;\n"
            f"    client_body_temp_path {temp}/body;\n    proxy_temp_path {temp}/proxy;\n"
            f"    fastcgi_temp_path {temp}/fastcgi;\n    uwsgi_temp_path {temp}/uwsgi;\n"
            f"    scgi_temp_path {temp}/scgi;\n"
            f"    include {conf}/elacze.conf;\n}}\n",
            encoding="utf-8",
        )
        return main

    def start(self) -> None:
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        main = self.nginx_config()
        conf = main.parent
        prefix = ["-p", f"{conf}/", "-e", f"{conf}/error.log", "-c", str(main)]
        run([nginx, "-t", *prefix], dict(os.environ))
        gunicorn_log = self.root / "gunicorn.log"
        gunicorn = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", str(DEPLOY / "gunicorn.conf.py"),
             "cms.wsgi:application"],
            cwd=PROJECT_ROOT,
            env=self.env(),
            stdout=gunicorn_log.open("wb"),
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.processes.append(gunicorn)
        wait_for_port(self.gunicorn_port, gunicorn, gunicorn_log)
        nginx_log = self.root / "nginx.log"
        server = subprocess.Popen(
            [nginx, *prefix], stdout=nginx_log.open("wb"), stderr=subprocess.STDOUT
        )
        self.processes.append(server)
        wait_for_port(self.https_port, server, conf / "error.log")

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)

    # ------------------------------------------------------------------ requests
    def request(
        self,
        path: str,
        *,
        host: str = BASE_DOMAIN,
        method: str = "GET",
        headers: dict[str, str] | None = None,
        tls: bool = True,
        source: str = "127.0.0.1",
        body: bytes | None = None,
        verify: bool = True,
    ) -> Response:
        """One request as a browser on ``source`` (any 127.x address) sends it, TLS verified."""
        port = self.https_port if tls else self.http_port
        sock = socket.create_connection(("127.0.0.1", port), timeout=30, source_address=(source, 0))
        if tls:
            context = ssl.create_default_context(cafile=str(self.certificate))
            if not verify:
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            sock = context.wrap_socket(sock, server_hostname=host)
        connection = http.client.HTTPConnection(host, port, timeout=30)
        connection.sock = sock
        try:
            connection.request(method, path, body=body, headers={"Host": host, **(headers or {})})
            answer = connection.getresponse()
            return Response(answer.status, answer.getheaders(), answer.read())
        finally:
            connection.close()

    def request_unverified(self, path: str, **options) -> Response:
        """Over TLS without checking the certificate (a host it does not name)."""
        return self.request(path, verify=False, **options)


@dataclass
class Response:
    status: int
    header_list: list[tuple[str, str]]
    body: bytes

    def all(self, name: str) -> list[str]:
        return [value for key, value in self.header_list if key.lower() == name.lower()]

    def header(self, name: str) -> str | None:
        values = self.all(name)
        assert len(values) <= 1, f"{name} sent {len(values)} times: {values}"
        return values[0] if values else None

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")
