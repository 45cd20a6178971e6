"""Recruitment-morning surge: 2,000 "Wyślij" clicks at 8:00 against the real stack (not a test).

What runs (everything on loopback, created here and removed afterwards, also on Ctrl-C):

* PostgreSQL 127.0.0.1:5432: a database of its own (``elacze_bench``), migrated from scratch;
* Redis 127.0.0.1:6379 db 3 (only that db is flushed): the cache of every gunicorn worker, so
  rate limits and sessions are shared between workers as in production;
* gunicorn with ``deploy/gunicorn.conf.py`` and ``cms.settings.production`` (DEBUG off,
  persistent database connections, sessions in ``cached_db``: PostgreSQL keeps them, Redis
  serves them). Worker class gthread: Django is synchronous, so an ASGI server would only add
  a thread hop; threads overlap the waits on PostgreSQL (row locks, commits) that would idle a
  sync worker. ``--worker-class sync`` measures the alternative.

Preparation (not timed): ``--applications`` parents, each with an applicant record, a session
written through Django's session store (the cookie a signed-in browser holds), a CSRF cookie,
and a complete recruitment ("rekrutacja") draft whose answers were validated and stored by the
same step forms the HTTP steps use (the ORM instead of 4 HTTP requests per parent, because the
burst does not measure them). A warm-up round of submissions (other parents, untimed) lets
every worker load the code path before the clock starts.

The timed burst: every parent POSTs the submit form of the check page (CSRF field, Origin,
X-Forwarded-Proto as nginx sets it) from a pool of ``--clients`` keep-alive client threads,
all released at once; a client takes the next parent as soon as it has an answer (a closed
loop: by Little's law latency ≈ clients / throughput, so the pool is sized to keep every
worker busy without queuing for its own sake). Deliberate client faults:

* ``--double`` share: the same draft posted twice at once on two connections (a double click);
* ``--abandon`` share: the POST is sent and the socket closed within 0-30 ms, unread.

Acknowledged = the POST answered 302 to ``/e-uslugi/sprawy/<case id>/``. After gunicorn has
stopped (so nothing is in flight), PostgreSQL is counted (``bench/surge/checks.py``): every
acknowledged draft has exactly one case and it is the one the redirect named; no draft has two
cases and no two cases share a number; numbers are exactly 1..CaseCounter.last per service and
year (a rolled-back submission rolls its number back, so no gap); nothing is half-saved (a draft
marked submitted without a case, a case without its "zlozenie-wniosku" audit entry or whose
draft is not marked, attachments left behind). An unacknowledged draft may have a case (the
server finished after the client left) or not, never anything in between.

Prints throughput (accepted applications per second of the burst), p50/p95/p99/max latency of
answered requests, accepted/refused/errors, lost, duplicated, half-saved; exits 1 when a
correctness check fails (the speed targets are reported, not enforced: they need a quiet
machine). ``make bench`` runs it with the defaults.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.surge import checks, load, prepare, stack

TARGET_RATE = 100.0
TARGET_P99_MS = 300.0


def report(label: str, value: str) -> None:
    print(f"  {label:<46} {value}", flush=True)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _interrupt(signum, frame) -> None:  # SIGTERM and SIGINT: clean up, then leave
    raise KeyboardInterrupt


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=12, help="concurrent client threads")
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 2,
        help="gunicorn worker processes (default: one per core, as deploy/gunicorn.conf.py)",
    )
    parser.add_argument("--threads", type=int, default=4, help="threads per gthread worker")
    parser.add_argument("--worker-class", default="gthread", choices=["gthread", "sync"])
    parser.add_argument("--double", type=float, default=0.02, help="share posted twice at once")
    parser.add_argument("--abandon", type=float, default=0.03, help="share abandoned mid-flight")
    parser.add_argument("--warmup", type=int, default=60, help="untimed submissions first")
    parser.add_argument(
        "--schools",
        type=int,
        default=20,
        help="primary schools to choose from (an assumed share of the ~60 units)",
    )
    parser.add_argument("--database", default="elacze_bench")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/3")
    parser.add_argument(
        "--keep", action="store_true", help="keep (and reuse) the database: faster reruns"
    )
    return parser.parse_args()


def summarise(outcomes: list[load.Outcome], seconds: float) -> int:
    """Print the burst's figures; returns the number of accepted applications."""
    answered = [o for o in outcomes if o.kind != "abandon"]
    acknowledged = [o for o in answered if o.case]
    statuses = Counter(o.status for o in answered)
    accepted_drafts = {o.draft for o in acknowledged}
    refused = sum(n for status, n in statuses.items() if status and 400 <= status < 500)
    errors = sum(n for status, n in statuses.items() if status is None or status >= 500)
    other = len(answered) - len(acknowledged) - refused - errors
    latencies = [o.seconds * 1000 for o in answered if o.status is not None]
    rate = len(accepted_drafts) / seconds if seconds else 0.0
    report("burst wall time", f"{seconds:.2f} s")
    report("requests answered (doubles count twice)", str(len(answered)))
    report(
        "throughput, accepted applications",
        f"{rate:.1f} /s  (target ≥ {TARGET_RATE:.0f}: "
        f"{'met' if rate >= TARGET_RATE else 'NOT met'})",
    )
    if latencies:
        p99 = percentile(latencies, 0.99)
        report(
            "latency p50 / p95 / p99 / max",
            f"{percentile(latencies, 0.5):.0f} / {percentile(latencies, 0.95):.0f} / "
            f"{p99:.0f} / {max(latencies):.0f} ms  (p99 target ≤ {TARGET_P99_MS:.0f}: "
            f"{'met' if p99 <= TARGET_P99_MS else 'NOT met'})",
        )
    report(
        "accepted / refused / errors (other)",
        f"{len(acknowledged)} / {refused} / {errors} ({other})",
    )
    for outcome in [o for o in answered if not o.case][:5]:
        report("  e.g. not acknowledged", f"{outcome.status} {outcome.error[:60]}")
    return len(accepted_drafts)


def main() -> int:
    args = arguments()
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)  # also when started in the background
    var_dir = Path(tempfile.mkdtemp(prefix="elacze-surge-"))
    env = stack.environment(args.database, args.redis, var_dir)
    os.environ.update(env)
    gunicorn: stack.Gunicorn | None = None
    failed = True
    print("E-łącze recruitment-morning surge benchmark", flush=True)
    report(
        "started (UTC), load average 1/5/15 min",
        f"{time.strftime('%H:%M:%S', time.gmtime())}, {load_average()}",
    )
    try:
        started = time.monotonic()
        if not (args.keep and stack.database_exists(args.database)):
            stack.drop_database(args.database)
            stack.create_database(args.database)
        stack.flush_redis(args.redis)
        import django

        django.setup()
        from django.conf import settings
        from django.db import connections

        prepare.migrate_and_seed(args.schools)
        from eservice_bridge.identity.models import Applicant

        first = Applicant.objects.count() + 1
        warm = prepare.parents(args.warmup, first, 0.0, 0.0)
        jobs = prepare.parents(args.applications, first + args.warmup, args.double, args.abandon)
        connections.close_all()
        kinds = Counter(job.kind for job in jobs)
        report("prepared (migrate, seed, parents, drafts)", f"{time.monotonic() - started:.1f} s")
        report(
            "applications: normal / double / abandoned",
            f"{kinds['normal']} / {kinds['double']} / {kinds['abandon']}",
        )
        gunicorn = stack.Gunicorn(env, args.workers, args.threads, args.worker_class)
        gunicorn.start()
        shape = f"{args.workers} × {args.worker_class}"
        if args.worker_class == "gthread":
            shape += f" × {args.threads} threads"
        report("gunicorn workers", shape)
        report("client threads", str(args.clients))
        report("session engine", settings.SESSION_ENGINE.rsplit(".", 1)[-1])
        report(
            "database connections kept (CONN_MAX_AGE)",
            str(settings.DATABASES["default"]["CONN_MAX_AGE"]),
        )
        target = load.Target(
            gunicorn.port, stack.HOST, settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME
        )
        warm_outcomes, _ = load.burst(warm, target, args.clients)
        warm_ok = sum(1 for o in warm_outcomes if o.case)
        report("warm-up submissions acknowledged", f"{warm_ok} of {len(warm)}")
        for outcome in [o for o in warm_outcomes if not o.case][:3]:
            report("  e.g. not acknowledged", f"{outcome.status} {outcome.error[:60]}")
        report("burst starts, load average", load_average())
        meter = stack.CpuMeter(gunicorn, args.database)
        meter.begin()
        client_cpu = time.process_time()
        outcomes, seconds = load.burst(jobs, target, args.clients)
        client_cpu = time.process_time() - client_cpu
        web_cpu, db_cpu = meter.end()
        report("burst ends, load average", load_average())
        accepted = summarise(outcomes, seconds)
        if accepted:
            per = (web_cpu + db_cpu) * 1000 / accepted
            report(
                "CPU per accepted application: web + db",
                f"{web_cpu * 1000 / accepted:.1f} + {db_cpu * 1000 / accepted:.1f} = {per:.1f} ms"
                f" (clients {client_cpu * 1000 / accepted:.1f} ms)",
            )
            cores = os.cpu_count() or 1
            report(
                f"  capacity if web + db had all {cores} cores",
                f"{cores * 1000 / per:.0f} applications/s (load-independent estimate)",
            )
        gunicorn.stop()  # graceful: requests still in flight (abandoned ones) finish first

        acknowledged: dict[str, set[str]] = defaultdict(set)
        for outcome in [*warm_outcomes, *outcomes]:
            if outcome.case:
                acknowledged[outcome.draft].add(outcome.case)
        conflicting = [d for d, ids in acknowledged.items() if len(ids) > 1]
        verdict = checks.verify(
            {d: next(iter(ids)) for d, ids in acknowledged.items()},
            [job.draft for job in [*warm, *jobs]],
        )
        doubles = [o for o in outcomes if o.kind == "double"]
        double_drafts = {o.draft for o in doubles}
        both = sum(
            1 for d in double_drafts if sum(1 for o in doubles if o.draft == d and o.case) == 2
        )
        abandoned = {o.draft for o in outcomes if o.kind == "abandon"}
        print("\nVerification in PostgreSQL:", flush=True)
        report("acknowledged drafts (incl. warm-up)", str(verdict.acknowledged))
        report(
            "lost (acknowledged, no case or another one)",
            str(len(verdict.lost) + len(verdict.wrong_case)),
        )
        report(
            "duplicated (drafts with 2 cases, shared numbers)",
            f"{verdict.duplicated + len(conflicting)}",
        )
        report("half-saved", str(verdict.half_saved_total))
        for what, count in verdict.half_saved.items():
            if count:
                report(f"  {what}", str(count))
        report(
            "case numbers gapless per service and year", "yes" if not verdict.numbering else "NO"
        )
        for problem in verdict.numbering:
            report("  ", problem)
        report(
            "double-clicked drafts: both answered with the case", f"{both} of {len(double_drafts)}"
        )
        report(
            "abandoned: server finished / nothing saved",
            f"{verdict.unacknowledged_saved} / {verdict.unacknowledged_unsaved}"
            f"  (of {len(abandoned)} abandoned + other unacknowledged)",
        )
        failed = not verdict.ok or bool(conflicting) or not verdict.acknowledged
        report("correctness", "FAILED" if failed else "ok")
    except KeyboardInterrupt:
        print("\ninterrupted: cleaning up", flush=True)
    finally:
        if gunicorn is not None:
            gunicorn.stop()
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # Django may not be set up yet
            pass
        if not args.keep:
            stack.drop_database(args.database)
        stack.flush_redis(args.redis)
        shutil.rmtree(var_dir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
