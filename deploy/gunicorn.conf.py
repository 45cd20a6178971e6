"""gunicorn for the CMS process: ``gunicorn -c deploy/gunicorn.conf.py cms.wsgi:application``.

Why gthread (threads in a few processes) and not sync or an ASGI server:
* Django's views and ORM are synchronous; an ASGI server (uvicorn) would run them in a thread
  pool anyway and add a hop per request, for nothing we use (no websockets, no async views).
* sync workers hold one request each: a worker waiting on PostgreSQL (a row lock, a commit's
  fsync) or Redis is a process doing nothing, and they cannot keep connections alive, so every
  request from nginx pays a new TCP connection. gthread overlaps those waits with a few threads
  per process while a handful of processes use every core (the GIL stops threads sharing one).
* ``bench/eservices.py`` (the recruitment-morning surge, docs/surge.md) runs exactly this file;
  its ``--worker-class sync`` / ``--workers`` / ``--threads`` options repeat the comparison.

Everything can be overridden from the environment (values shown are the defaults).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:" + os.environ.get("PORT", "8000"))
# Processes: one per core; the threads cover the waits on I/O. On the 2-core machine a third
# process cost more CPU per request (GIL and scheduler contention) than it saved: 86.9 vs
# 75.7 accepted applications/s in bench/eservices.py (docs/surge.md).
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count()))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Each thread keeps its own PostgreSQL connection (CONN_MAX_AGE): workers × threads connections.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))  # nginx upstream keep-alive
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Recycle workers now and then (a leak cannot grow forever); jitter so they do not all restart.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = 500
# Import Django once in the arbiter and fork: workers (and the ones max_requests replaces) are
# ready at once instead of each importing Wagtail; Django opens no connection at import.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() != "false"
backlog = 2048  # the 8:00 burst queues in the kernel, not in refused connections
# nginx logs every request already; gunicorn's access log would be a second write per request.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
proc_name = "elacze-cms"
