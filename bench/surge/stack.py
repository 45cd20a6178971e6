"""The real stack on loopback: a throw-away PostgreSQL database, a Redis db, gunicorn workers."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psycopg

BASE_DIR = Path(__file__).resolve().parent.parent.parent
ADMIN_DSN = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
HOST = "elacze-bench.localhost"
BENCH_SECRET_KEY = "bench-only-secret-key-never-used-anywhere-else-0123456789"
BENCH_FERNET_KEY = "YmVuY2gtb25seS1mZXJuZXQta2V5LW5vdC1zZWNyZXQ="


def _admin():
    return psycopg.connect(ADMIN_DSN, autocommit=True)


def database_exists(name: str) -> bool:
    with _admin() as conn:
        return (
            conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            is not None
        )


def create_database(name: str) -> None:
    with _admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(name: str) -> None:
    """Drop only the benchmark's own database (FORCE ends its leftover connections)."""
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def flush_redis(url: str) -> None:
    """Empty only the benchmark's Redis database (the number in ``url``)."""
    import redis

    redis.Redis.from_url(url).flushdb()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database: str, redis_url: str, var_dir: Path) -> dict[str, str]:
    """Production settings as a deployment sets them, pointed at the benchmark's resources."""
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
            "REDIS_URL": redis_url,
            # Fixed, public, bench-only keys: a kept database (--keep) stays readable.
            "SECRET_KEY": BENCH_SECRET_KEY,
            "ESERVICES_ENCRYPTION_KEY": BENCH_FERNET_KEY,
            "ESERVICES_LOOKUP_KEY": "bench-only-blind-index-key-0123456789",
            "ALLOWED_HOSTS": f"{HOST},127.0.0.1",
            "BASE_DOMAIN": HOST,
            "ELACZE_VAR_DIR": str(var_dir),
            "STATIC_ROOT": str(var_dir / "static"),
            "STATIC_BUILDS_ON_CHANGE": "false",
            "LOG_LEVEL": os.environ.get("LOG_LEVEL", "WARNING"),
            "PYTHONPATH": str(BASE_DIR),
        }
    )
    return env


class Gunicorn:
    """gunicorn with deploy/gunicorn.conf.py, in its own process group (stopped by that id)."""

    def __init__(self, env: dict[str, str], workers: int, threads: int, worker_class: str) -> None:
        self.port = free_port()
        self.env = dict(env)
        self.env.update(
            {
                "GUNICORN_BIND": f"127.0.0.1:{self.port}",
                "WEB_CONCURRENCY": str(workers),
                "GUNICORN_THREADS": str(threads),
                "GUNICORN_WORKER_CLASS": worker_class,
            }
        )
        self.process: subprocess.Popen | None = None
        self.log = Path(env["ELACZE_VAR_DIR"]) / "gunicorn.log"

    def start(self, timeout: float = 60.0) -> None:
        gunicorn = Path(sys.executable).parent / "gunicorn"
        self.process = subprocess.Popen(
            [
                str(gunicorn),
                "-c",
                str(BASE_DIR / "deploy" / "gunicorn.conf.py"),
                "cms.wsgi:application",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"gunicorn exited with {self.process.returncode}; see {self.log}"
                )
            try:
                self._answers(timeout=max(1.0, deadline - time.monotonic()))
                return
            except OSError:
                time.sleep(0.2)
        raise TimeoutError(f"gunicorn did not listen within {timeout:.0f} s; see {self.log}")

    def _answers(self, timeout: float) -> None:
        """A worker answers HTTP (any status): the port alone only means the arbiter is up."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", "/e-uslugi/", headers={"Host": HOST, "X-Forwarded-Proto": "https"})
            conn.getresponse().read()
        except http.client.HTTPException as exc:
            raise OSError(str(exc)) from exc
        finally:
            conn.close()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)  # the arbiter and its workers
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)
        except ProcessLookupError:
            pass


def _cpu_of(pid: int) -> float:
    """User + system CPU seconds of one process (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def group_pids(pgid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (FileNotFoundError, ProcessLookupError, IndexError):
                continue
            if int(fields[2]) == pgid:
                pids.append(int(entry.name))
    return pids


def backend_pids(database: str) -> list[int]:
    with _admin() as conn:
        rows = conn.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", [database])
        return [row[0] for row in rows]


class CpuMeter:
    """CPU seconds spent by gunicorn's processes and the database's backends between two reads.

    Load-independent where wall-clock figures are not: other work on the machine delays a
    request but does not make it cost more CPU. Backends that exit in between are not counted
    (with persistent connections they do not).
    """

    def __init__(self, gunicorn: Gunicorn, database: str) -> None:
        self.gunicorn, self.database = gunicorn, database
        self.start: dict[int, float] = {}

    def _read(self) -> dict[int, float]:
        pids = group_pids(self.gunicorn.process.pid) + backend_pids(self.database)
        return {pid: _cpu_of(pid) for pid in pids}

    def begin(self) -> None:
        self.start = self._read()

    def end(self) -> tuple[float, float]:
        """(gunicorn CPU seconds, PostgreSQL CPU seconds) since ``begin``."""
        now = self._read()
        web = set(group_pids(self.gunicorn.process.pid))
        spent = {pid: cpu - self.start.get(pid, 0.0) for pid, cpu in now.items()}
        return (
            sum(v for pid, v in spent.items() if pid in web),
            sum(v for pid, v in spent.items() if pid not in web),
        )
