"""The timed burst: a pool of client threads posting "Wyślij" over keep-alive HTTP/1.1.

No Django here: the clients are plain ``http.client`` connections, as browsers behind nginx
would be (nginx sets X-Forwarded-Proto; browsers send Origin and Referer, which Django's CSRF
check requires on HTTPS).
"""

from __future__ import annotations

import http.client
import queue
import random
import re
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlencode

from .prepare import Job

CASE_LOCATION = re.compile(r"/e-uslugi/sprawy/([0-9a-f-]{36})/$")


@dataclass
class Outcome:
    """One request as the client saw it."""

    draft: str
    kind: str  # normal, double, abandon
    status: int | None  # None: no answer (abandoned, or a connection error)
    case: str | None  # the case id from the redirect (acknowledged) or None
    seconds: float
    error: str = ""


@dataclass(frozen=True)
class Target:
    port: int
    host: str
    session_cookie: str
    csrf_cookie: str


def _request(job: Job, target: Target) -> tuple[str, bytes, dict[str, str]]:
    path = f"/e-uslugi/wnioski/{job.draft}/wyslij/"
    body = urlencode({"csrfmiddlewaretoken": job.csrf, "submission_token": job.token}).encode()
    headers = {
        "Host": target.host,
        "Cookie": f"{target.session_cookie}={job.session}; {target.csrf_cookie}={job.csrf}",
        "Origin": f"https://{target.host}",
        "Referer": f"https://{target.host}/e-uslugi/wnioski/{job.draft}/sprawdz/",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-For": "127.0.0.1",
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": str(len(body)),
    }
    return path, body, headers


def _answer(job: Job, conn: http.client.HTTPConnection, started: float) -> Outcome:
    response = conn.getresponse()
    response.read()
    seconds = time.perf_counter() - started
    match = CASE_LOCATION.search(response.getheader("Location", "") or "")
    acknowledged = response.status == 302 and match is not None
    return Outcome(
        job.draft, job.kind, response.status, match.group(1) if acknowledged else None, seconds
    )


def post(job: Job, conn: http.client.HTTPConnection, target: Target) -> Outcome:
    started = time.perf_counter()
    try:
        path, body, headers = _request(job, target)
        conn.request("POST", path, body=body, headers=headers)
        return _answer(job, conn, started)
    except (OSError, http.client.HTTPException) as exc:
        conn.close()
        return Outcome(job.draft, job.kind, None, None, time.perf_counter() - started, repr(exc))


def post_twice(job: Job, target: Target) -> list[Outcome]:
    """A double click: the same draft on two connections, both in flight at once."""
    conns = [http.client.HTTPConnection("127.0.0.1", target.port, timeout=30) for _ in range(2)]
    path, body, headers = _request(job, target)
    started = time.perf_counter()
    outcomes = []
    try:
        for conn in conns:
            conn.request("POST", path, body=body, headers=headers)
        for conn in conns:
            try:
                outcomes.append(_answer(job, conn, started))
            except (OSError, http.client.HTTPException) as exc:
                outcomes.append(
                    Outcome(
                        job.draft, job.kind, None, None, time.perf_counter() - started, repr(exc)
                    )
                )
    finally:
        for conn in conns:
            conn.close()
    return outcomes


def abandon(job: Job, target: Target, rng: random.Random, patience_ms: float) -> Outcome:
    """The parent gives up mid-flight: send the POST, wait a moment, close without reading."""
    path, body, headers = _request(job, target)
    head = f"POST {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    started = time.perf_counter()
    try:
        with socket.create_connection(("127.0.0.1", target.port), timeout=5) as sock:
            sock.sendall(head.encode() + b"\r\n" + body)
            time.sleep(rng.uniform(0, patience_ms) / 1000)
    except OSError as exc:
        return Outcome(job.draft, job.kind, None, None, time.perf_counter() - started, repr(exc))
    return Outcome(job.draft, job.kind, None, None, time.perf_counter() - started, "abandoned")


def burst(
    jobs: list[Job], target: Target, clients: int, patience_ms: float = 30.0
) -> tuple[list[Outcome], float]:
    """All jobs through ``clients`` concurrent clients, started together; (outcomes, seconds)."""
    work: queue.SimpleQueue[Job] = queue.SimpleQueue()
    for job in jobs:
        work.put(job)
    results: list[list[Outcome]] = [[] for _ in range(clients)]
    gate = threading.Barrier(clients + 1)
    stop = threading.Event()  # set when the burst is interrupted: clients leave after a request

    def client(index: int) -> None:
        rng = random.Random(index)
        conn = http.client.HTTPConnection("127.0.0.1", target.port, timeout=30)
        mine = results[index]
        gate.wait()
        while not stop.is_set():
            try:
                job = work.get_nowait()
            except queue.Empty:
                break
            if job.kind == "double":
                mine.extend(post_twice(job, target))
            elif job.kind == "abandon":
                mine.append(abandon(job, target, rng, patience_ms))
            else:
                mine.append(post(job, conn, target))
        conn.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    gate.wait()
    started = time.perf_counter()
    try:
        for thread in threads:
            thread.join()
    except BaseException:
        stop.set()
        raise
    seconds = time.perf_counter() - started
    return [outcome for mine in results for outcome in mine], seconds
