"""Build benchmark: prints figures (it is not a test). Run with ``make bench``.

Works in its own database and build directory (``var/bench/`` unless ELACZE_VAR_DIR is set):
migrates, seeds the demo once (``seed_demo --skip-if-seeded``), then measures

* a full build of every demo site in parallel processes (pages, seconds, pages per second),
* SQL queries per site build (the in-process GraphQL fetch, which is all a build reads),
* the gzip size of HTML + CSS of a typical news page.

Other benchmarks join by defining ``run(report)`` in a module listed in ``EXTRA_BENCHMARKS``
(e.g. ``bench/publish_latency.py``); ``report(label, value)`` prints one figure.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import os
import re
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
EXTRA_BENCHMARKS = ["publish_latency"]


def setup_django() -> None:
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ.setdefault("ELACZE_VAR_DIR", str(BASE_DIR / "var" / "bench"))
    Path(os.environ["ELACZE_VAR_DIR"]).mkdir(parents=True, exist_ok=True)
    import django

    django.setup()


def report(label: str, value: str) -> None:
    print(f"  {label:<46} {value}", flush=True)


def prepare_demo() -> None:
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", "--no-input", verbosity=0)
    call_command("seed_demo", "--skip-if-seeded", verbosity=0)
    report("demo ready (migrate + seed_demo)", f"{time.monotonic() - started:.1f} s")


def demo_hostnames() -> list[str]:
    from static_builds.builder import list_site_hostnames
    from static_builds.transport import InProcessTransport

    return list_site_hostnames(InProcessTransport())


def bench_full_build(hostnames: list[str], processes: int) -> dict[str, float]:
    """Full build of every site in ``processes`` worker processes."""
    from static_builds.builder import build_sites
    from static_builds.transport import InProcessTransport

    started = time.monotonic()
    results = build_sites(hostnames, InProcessTransport, processes=processes, reason="bench")
    seconds = time.monotonic() - started
    failed = [r for r in results if not r.ok]
    for result in failed:
        print(f"  ! {result.hostname}: {result.error}", flush=True)
    pages = sum(r.pages_written for r in results)
    files = sum(r.files_written for r in results)
    per_site = sorted(r.duration for r in results if r.ok)
    report("sites built (failed)", f"{len(results) - len(failed)} ({len(failed)})")
    report("HTML pages written (all files)", f"{pages} ({files})")
    report(f"full build wall time, {processes} processes", f"{seconds:.2f} s")
    report("full build throughput", f"{pages / seconds:.0f} pages/s")
    if per_site:
        report(
            "per-site build time median / max",
            f"{statistics.median(per_site):.2f} s / {per_site[-1]:.2f} s",
        )
    return {"pages": pages, "seconds": seconds, "pages_per_second": pages / seconds}


def bench_queries(hostnames: list[str]) -> list[int]:
    """SQL queries of one site build's GraphQL fetch (what a build reads from the database)."""
    from django.db import connection

    from static_builds.builder import renderer
    from static_builds.transport import InProcessTransport

    query = renderer().load_query()
    counts = []
    for hostname in hostnames:
        transport = InProcessTransport()
        executed = [0]

        def count(execute, sql, params, many, context, executed=executed):
            executed[0] += 1
            return execute(sql, params, many, context)

        # An execute wrapper counts every query (CaptureQueriesContext stops at 9000 logged).
        with connection.execute_wrapper(count):
            transport.execute(query, {"hostname": hostname})
        counts.append(executed[0])
    ordered = sorted(counts)
    report(
        "SQL queries per site build min / median / max",
        f"{ordered[0]} / {statistics.median(ordered):.0f} / {ordered[-1]}",
    )
    return counts


def typical_news_page(hostnames: list[str]) -> Path | None:
    """The median-sized news article among all built sites."""
    from static_builds import storage

    articles = []
    for hostname in hostnames:
        live = storage.current_build(hostname)
        if live is None:
            continue
        for index in live.glob("aktualnosci/*/index.html"):
            if index.parent.name not in {"strona", "tag"}:
                articles.append(index)
    if not articles:
        return None
    articles.sort(key=lambda path: path.stat().st_size)
    return articles[len(articles) // 2]


def bench_news_page_size(hostnames: list[str]) -> int | None:
    page = typical_news_page(hostnames)
    if page is None:
        report("typical news page", "none found")
        return None
    build_dir = next(p for p in page.parents if p.parent.name == "builds")
    html = page.read_bytes()
    stylesheets = re.findall(rb'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
    stylesheets += re.findall(rb'<link[^>]+href="([^"]+\.css)"[^>]*rel="stylesheet"', html)
    css = b"".join(
        (build_dir / href.decode().split("?")[0].lstrip("/")).read_bytes()
        for href in dict.fromkeys(stylesheets)
        if href.startswith(b"/") and (build_dir / href.decode().lstrip("/")).is_file()
    )
    html_gz = len(gzip.compress(html, compresslevel=9))
    css_gz = len(gzip.compress(css, compresslevel=9)) if css else 0
    report("typical news page", "/" + str(page.parent.relative_to(build_dir)) + "/")
    report("  HTML raw / gzip", f"{len(html) / 1024:.1f} KB / {html_gz / 1024:.1f} KB")
    report("  CSS raw / gzip", f"{len(css) / 1024:.1f} KB / {css_gz / 1024:.1f} KB")
    report("  HTML + CSS gzip", f"{(html_gz + css_gz) / 1024:.1f} KB")
    return html_gz + css_gz


def run_extra_benchmarks() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for name in EXTRA_BENCHMARKS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        print(f"\n{name}:", flush=True)
        module.run(report)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-extra", action="store_true", help="skip " + ", ".join(EXTRA_BENCHMARKS)
    )
    args = parser.parse_args()
    setup_django()
    print("E-łącze build benchmark", flush=True)
    prepare_demo()
    hostnames = demo_hostnames()
    processes = os.cpu_count() or 1
    print(f"\nFull build of {len(hostnames)} demo sites:", flush=True)
    bench_full_build(hostnames, processes)
    print("\nQueries:", flush=True)
    bench_queries(hostnames)
    print("\nPage weight:", flush=True)
    bench_news_page_size(hostnames)
    if not args.no_extra:
        run_extra_benchmarks()


if __name__ == "__main__":
    main()
