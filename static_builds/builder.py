"""Build a site: GraphQL → renderer → new build directory → atomic swap.

Public API (used by tasks, the admin and the ``build_sites`` command):

* :func:`build_site` — one site, full or incremental, never raises for a failed build;
* :func:`build_sites` — many sites in parallel worker processes;
* :func:`list_site_hostnames` — every site's hostname, from the API.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import shutil
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any

from django.conf import settings
from django.db import close_old_connections, connections
from django.utils import timezone
from django.utils.module_loading import import_string

from . import storage
from .models import SiteBuild
from .transport import GraphQLBuildError, GraphQLTransport

logger = logging.getLogger(__name__)

MANIFEST_NAME = ".build.json"
SITES_QUERY = "query StaticBuildSites { sites { hostname } }"


class BuildFailed(Exception):
    """A step of the build went wrong; the live build stays as it is."""


@dataclass
class BuildResult:
    hostname: str
    ok: bool
    kind: str = SiteBuild.Kind.FULL
    build_id: str = ""
    pages_written: int = 0
    files_written: int = 0
    duration: float = 0.0
    error: str = ""
    record_id: int | None = None
    pid: int = field(default_factory=os.getpid)
    log: list[str] = field(default_factory=list)


def renderer() -> ModuleType:
    """The renderer named in ``settings.STATIC_BUILDS_RENDERER`` (default ``sites.renderer``).

    A module or any object with ``load_query``, ``render_site``, ``paths_affected`` and
    ``site_outputs``.
    """
    path = getattr(settings, "STATIC_BUILDS_RENDERER", "sites.renderer")
    try:
        return import_module(path)
    except ModuleNotFoundError:
        return import_string(path)


def list_site_hostnames(transport: GraphQLTransport) -> list[str]:
    """All sites' hostnames according to the API (raises GraphQLBuildError)."""
    data = transport.execute(SITES_QUERY, {})
    sites = data.get("sites") or []
    return sorted({storage.validate_hostname(site["hostname"]) for site in sites})


# -- manifests: every output path of a build, so incremental builds can delete stale ones --


def site_outputs(module: ModuleType, data: dict[str, Any]) -> list[str]:
    """Every site path ("/", "/aktualnosci/strona/2/", "/feed.atom") a full render writes."""
    return sorted(module.site_outputs(data))


def read_manifest(build_dir: Path) -> dict[str, Any]:
    try:
        return json.loads((build_dir / MANIFEST_NAME).read_text())
    except (OSError, ValueError):
        return {}


def write_manifest(build_dir: Path, manifest: dict[str, Any]) -> None:
    path = build_dir / MANIFEST_NAME
    temp = build_dir / f"{MANIFEST_NAME}.new"
    temp.write_text(json.dumps(manifest, ensure_ascii=False, sort_keys=True))
    os.replace(temp, path)  # replaces a hardlinked copy without touching the live build's file


def output_file(build_dir: Path, site_path: str) -> Path | None:
    """The file a site path is written to ("/a/" -> a/index.html), None for unsafe paths."""
    parts = [part for part in PurePosixPath(site_path).parts if part not in ("/", "")]
    if any(part in (".", "..") or part.startswith(".") for part in parts):
        return None
    target = build_dir.joinpath(*parts)
    return target / "index.html" if site_path.endswith("/") else target


def remove_outputs(build_dir: Path, site_paths: Iterable[str]) -> int:
    """Delete the files (and .gz siblings) of outputs that no longer exist; return how many."""
    removed = 0
    for site_path in site_paths:
        target = output_file(build_dir, site_path)
        if target is None or target == build_dir / "index.html":
            continue
        for path in (target, target.with_name(target.name + ".gz")):
            if path.is_file():
                path.unlink()
                removed += 1
        parent = target.parent
        while parent != build_dir and parent.is_relative_to(build_dir):
            try:
                parent.rmdir()  # only empty directories (a live child page keeps it)
            except OSError:
                break
            parent = parent.parent
    return removed


def _relative_files(directory: Path) -> list[Path]:
    return [path.relative_to(directory) for path in directory.rglob("*") if path.is_file()]


def _check_output(build_dir: Path) -> None:
    index = build_dir / "index.html"
    if not any(build_dir.iterdir()):
        raise BuildFailed("Renderer nie zapisał żadnych plików")
    if not index.is_file() or index.stat().st_size == 0:
        raise BuildFailed("Brak strony głównej (index.html) w wyniku renderowania")


# -- the build itself --


class _Build:
    def __init__(self, hostname: str, transport: GraphQLTransport, reason: str) -> None:
        self.hostname = storage.validate_hostname(hostname)
        self.transport = transport
        self.reason = reason
        self.lines: list[str] = []
        self.started = time.monotonic()

    def log(self, message: str) -> None:
        elapsed = time.monotonic() - self.started
        self.lines.append(f"[{elapsed:7.3f}s] {message}")
        logger.debug("%s: %s", self.hostname, message)

    def fetch(self, module: ModuleType) -> dict[str, Any]:
        data = self.transport.execute(module.load_query(), {"hostname": self.hostname})
        if "site" in data and data["site"] is None:
            raise BuildFailed(f"API nie zna strony {self.hostname}")
        self.log("pobrano dane z GraphQL")
        return data

    def full(self, module: ModuleType, data: dict[str, Any], temp_dir: Path) -> tuple[int, int]:
        module.render_site(data, temp_dir)
        _check_output(temp_dir)
        files = _relative_files(temp_dir)
        self.log(f"wyrenderowano {len(files)} plików")
        compressed = storage.precompress(temp_dir)
        self.log(f"skompresowano {compressed} plików (.gz)")
        pages = sum(1 for path in files if path.suffix == ".html")
        return pages, len(files)

    def incremental(
        self,
        module: ModuleType,
        data: dict[str, Any],
        temp_dir: Path,
        live_dir: Path,
        changed_page_ids: set[str],
        new_outputs: list[str],
    ) -> tuple[int, int] | None:
        old_outputs = set(read_manifest(live_dir).get("outputs", []))
        removed_paths = old_outputs - set(new_outputs)
        affected = set(module.paths_affected(data, {str(pk) for pk in changed_page_ids}))
        if not affected and not removed_paths:
            self.log("zmiana nie dotyczy żadnej strony: build pominięty")
            return None
        storage.copy_build_linked(live_dir, temp_dir)
        self.log(f"skopiowano bieżący build (twarde dowiązania), {len(affected)} ścieżek do zmiany")
        scratch = temp_dir.with_name(temp_dir.name + "-render")
        scratch.mkdir()
        try:
            module.render_site(data, scratch, only_paths=affected)
            written = _relative_files(scratch)
            for relative in written:
                target = temp_dir / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(scratch / relative, target)  # new inode: the live build is untouched
        finally:
            storage.discard(scratch)  # by now only empty directories
        removed = remove_outputs(temp_dir, removed_paths)
        if removed_paths:
            self.log(f"usunięto {removed} plików nieistniejących już adresów")
        _check_output(temp_dir)
        compressed = storage.precompress(temp_dir, only={temp_dir / path for path in written})
        self.log(f"przerenderowano {len(written)} plików, skompresowano {compressed}")
        pages = sum(1 for path in written if path.suffix == ".html")
        return pages, len(written)


def build_site(
    hostname: str,
    transport: GraphQLTransport,
    *,
    changed_page_ids: set[str] | None = None,
    reason: str = "",
) -> BuildResult:
    """Build one site and make it live; on any failure the previous build stays live.

    ``changed_page_ids=None`` renders everything; a set re-renders only the paths those pages
    affect on top of a hardlinked copy of the live build (full build if there is none yet).
    Never raises for a failed build: the result (and its ``SiteBuild`` record) says what happened.
    """
    build = _Build(hostname, transport, reason)
    host = build.hostname
    kind = SiteBuild.Kind.FULL if changed_page_ids is None else SiteBuild.Kind.INCREMENTAL
    record = SiteBuild.objects.create(hostname=host, kind=kind, reason=reason[:255])
    result = BuildResult(hostname=host, ok=False, kind=kind, record_id=record.pk)
    temp_dir: Path | None = None
    try:
        with storage.host_lock(host):
            storage.remove_stale_temp_dirs(host)
            module = renderer()
            data = build.fetch(module)
            new_outputs = site_outputs(module, data)
            live_dir = storage.current_build(host)
            build_id = storage.new_build_id()
            # work_dir is the new build; temp_dir says whether it still needs cleaning up.
            work_dir = temp_dir = storage.make_temp_dir(host, build_id)
            outcome: tuple[int, int] | None
            if kind == SiteBuild.Kind.INCREMENTAL and live_dir is not None:
                outcome = build.incremental(
                    module, data, work_dir, live_dir, changed_page_ids or set(), new_outputs
                )
                if outcome is None:
                    shutil.rmtree(work_dir, ignore_errors=True)
                    temp_dir = None
                    result.ok, result.build_id = True, live_dir.name
            else:
                if kind == SiteBuild.Kind.INCREMENTAL:
                    build.log("brak bieżącego buildu: budowanie pełne")
                    kind = result.kind = SiteBuild.Kind.FULL
                outcome = build.full(module, data, work_dir)
            if outcome is not None:
                result.pages_written, result.files_written = outcome
                write_manifest(
                    work_dir,
                    {"hostname": host, "build_id": build_id, "kind": kind, "outputs": new_outputs},
                )
                storage.finalise(host, work_dir, build_id)
                temp_dir = None
                storage.activate(host, build_id)
                pruned = storage.prune(host)
                build.log(f"build {build_id} jest aktywny; usunięto starych: {len(pruned)}")
                result.ok, result.build_id = True, build_id
    except Exception as exc:  # any failure: keep the live build, record why
        result.error = _describe(exc)
        build.log(f"BŁĄD: {result.error}")
        if not isinstance(exc, (GraphQLBuildError, BuildFailed, storage.InvalidHostname)):
            build.lines.append(traceback.format_exc())
        logger.warning("Build of %s failed: %s", host, result.error)
    finally:
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
    result.duration = time.monotonic() - build.started
    result.log = build.lines
    SiteBuild.objects.filter(pk=record.pk).update(
        status=SiteBuild.Status.SUCCEEDED if result.ok else SiteBuild.Status.FAILED,
        kind=result.kind,
        build_id=result.build_id,
        finished_at=timezone.now(),
        duration=result.duration,
        pages_written=result.pages_written,
        log=SiteBuild.truncate_log("\n".join(build.lines)),
    )
    return result


def _describe(exc: Exception) -> str:
    if isinstance(exc, (GraphQLBuildError, BuildFailed, storage.InvalidHostname)):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


# -- many sites in parallel processes --


def _worker_init() -> None:
    """A forked worker must not reuse the parent's database connections."""
    for conn in connections.all(initialized_only=True):
        conn.connection = None  # drop an inherited socket without closing it for the parent


def _build_in_worker(
    hostname: str,
    transport_factory: Callable[[], GraphQLTransport],
    changed_page_ids: set[str] | None,
    reason: str,
) -> BuildResult:
    close_old_connections()
    try:
        return build_site(
            hostname, transport_factory(), changed_page_ids=changed_page_ids, reason=reason
        )
    finally:
        connections.close_all()


def build_sites(
    hostnames: Iterable[str],
    transport_factory: Callable[[], GraphQLTransport],
    *,
    processes: int,
    changed_page_ids: set[str] | None = None,
    reason: str = "",
    on_result: Callable[[BuildResult], None] | None = None,
) -> list[BuildResult]:
    """Build sites in up to ``processes`` forked workers; results in completion order.

    ``transport_factory`` is called in each worker (it must be picklable: a class or a
    module-level function / functools.partial).
    """
    hosts = list(dict.fromkeys(hostnames))
    results: list[BuildResult] = []

    def done(result: BuildResult) -> None:
        results.append(result)
        if on_result is not None:
            on_result(result)

    if processes <= 1 or len(hosts) <= 1:
        transport = transport_factory()
        for host in hosts:
            done(build_site(host, transport, changed_page_ids=changed_page_ids, reason=reason))
        return results
    # The first site is built here: its imports (API, Pelican, compiled templates) are then
    # inherited warm by every forked worker instead of being loaded once per worker.
    first, hosts = hosts[0], hosts[1:]
    done(build_site(first, transport_factory(), changed_page_ids=changed_page_ids, reason=reason))
    # Fork: workers inherit the configured Django (and a test database) instead of re-importing.
    connections.close_all()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=min(processes, len(hosts)), mp_context=context, initializer=_worker_init
    ) as pool:
        futures = {
            pool.submit(_build_in_worker, host, transport_factory, changed_page_ids, reason): host
            for host in hosts
        }
        for future in as_completed(futures):
            host = futures[future]
            try:
                done(future.result())
            except Exception as exc:  # a worker died (e.g. killed): report it as a failed build
                done(BuildResult(hostname=host, ok=False, error=f"worker: {exc}"))
    return results
