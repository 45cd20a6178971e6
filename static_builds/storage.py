"""Build directories on disk: one immutable directory per build, a ``current`` symlink per site.

Layout::

    STATIC_BUILDS_ROOT/<hostname>/builds/<build-id>/   finished builds (never changed again)
    STATIC_BUILDS_ROOT/<hostname>/builds/.tmp-<id>/    a build in progress (removed on failure)
    STATIC_BUILDS_ROOT/<hostname>/current -> builds/<build-id>
    STATIC_BUILDS_ROOT/<hostname>/.lock                one builder per site at a time
"""

from __future__ import annotations

import contextlib
import fcntl
import gzip
import os
import re
import secrets
import shutil
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings

HOSTNAME_RE = re.compile(
    r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"
)
BUILD_ID_RE = re.compile(r"^\d{8}T\d{6}\d{6}-[0-9a-f]{6}$")
TMP_PREFIX = ".tmp-"
# Text assets worth shipping precompressed; binary formats are already compressed.
COMPRESSIBLE_SUFFIXES = frozenset(
    {".html", ".css", ".js", ".mjs", ".json", ".xml", ".atom", ".rss", ".ics", ".txt", ".svg"}
)
MIN_COMPRESS_BYTES = 256
# Level 6 is ~3x faster than 9 on our pages for <0.1% more bytes (measured on the demo).
GZIP_LEVEL = 6


class InvalidHostname(ValueError):
    pass


def validate_hostname(hostname: str) -> str:
    """Return the normalised hostname or raise: it becomes a directory name."""
    normalised = (hostname or "").strip().lower().rstrip(".")
    if not HOSTNAME_RE.match(normalised):
        raise InvalidHostname(f"Nieprawidłowa nazwa hosta: {hostname!r}")
    return normalised


def builds_root() -> Path:
    return Path(settings.STATIC_BUILDS_ROOT)


def site_dir(hostname: str) -> Path:
    return builds_root() / validate_hostname(hostname)


def builds_dir(hostname: str) -> Path:
    return site_dir(hostname) / "builds"


def current_link(hostname: str) -> Path:
    return site_dir(hostname) / "current"


def current_build(hostname: str) -> Path | None:
    """The live build's directory (resolved), or None if the site was never built."""
    link = current_link(hostname)
    try:
        target = os.readlink(link)
    except OSError:
        return None
    path = (link.parent / target).resolve()
    return path if path.is_dir() else None


def current_build_id(hostname: str) -> str | None:
    path = current_build(hostname)
    return path.name if path else None


def new_build_id() -> str:
    """Sortable by creation time, unique even for two builds in the same microsecond."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + secrets.token_hex(3)


def list_builds(hostname: str) -> list[str]:
    """Finished build ids, oldest first."""
    directory = builds_dir(hostname)
    if not directory.is_dir():
        return []
    return sorted(
        entry.name
        for entry in directory.iterdir()
        if BUILD_ID_RE.match(entry.name) and entry.is_dir()
    )


@contextlib.contextmanager
def host_lock(hostname: str) -> Iterator[None]:
    """Exclusive per-site lock across threads and processes (flock on an own open file)."""
    directory = site_dir(hostname)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".lock", "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def make_temp_dir(hostname: str, build_id: str) -> Path:
    directory = builds_dir(hostname) / f"{TMP_PREFIX}{build_id}"
    directory.mkdir(parents=True)
    return directory


def copy_build_linked(source: Path, destination: Path) -> None:
    """Copy a build tree using hardlinks (cheap); callers must replace, never rewrite, files."""
    shutil.copytree(source, destination, copy_function=os.link, dirs_exist_ok=True)


def finalise(hostname: str, temp_dir: Path, build_id: str) -> Path:
    """Turn a temp directory into a finished build (same filesystem: an atomic rename)."""
    final = builds_dir(hostname) / build_id
    os.rename(temp_dir, final)
    return final


def activate(hostname: str, build_id: str) -> None:
    """Point ``current`` at a finished build atomically (rename of a fresh symlink over it)."""
    if build_id not in list_builds(hostname):
        raise FileNotFoundError(f"Brak buildu {build_id} dla {hostname}")
    link = current_link(hostname)
    temp_link = link.with_name(f".current-{secrets.token_hex(4)}")
    os.symlink(Path("builds") / build_id, temp_link)
    try:
        os.replace(temp_link, link)
    except BaseException:
        temp_link.unlink(missing_ok=True)
        raise


_cleanups: list[threading.Thread] = []
_cleanups_lock = threading.Lock()


def discard(path: Path) -> None:
    """Remove a directory tree off the critical path.

    It is renamed out of the way at once (a temp name the next build of the site also sweeps)
    and deleted by a background thread: deleting a build's hundreds of files would otherwise
    delay every publish.
    """
    doomed = path.with_name(f"{TMP_PREFIX}trash-{secrets.token_hex(6)}")
    try:
        os.rename(path, doomed)
    except FileNotFoundError:
        return
    thread = threading.Thread(target=shutil.rmtree, args=(doomed, True), daemon=True)
    with _cleanups_lock:
        _cleanups[:] = [t for t in _cleanups if t.is_alive()]
        _cleanups.append(thread)
    thread.start()


def wait_for_cleanup(timeout: float = 30.0) -> None:
    """Block until background deletions have finished (tests, shutdown)."""
    with _cleanups_lock:
        pending = list(_cleanups)
    for thread in pending:
        thread.join(timeout)


def prune(hostname: str, keep: int | None = None) -> list[str]:
    """Discard all but the newest ``keep`` builds (never the live one); return their ids."""
    keep = max(1, settings.STATIC_BUILDS_KEEP if keep is None else keep)
    live = current_build_id(hostname)
    builds = list_builds(hostname)
    survivors = set(builds[-keep:])
    if live:
        survivors.add(live)
    removed = []
    for build_id in builds:
        if build_id not in survivors:
            discard(builds_dir(hostname) / build_id)
            removed.append(build_id)
    return removed


def remove_stale_temp_dirs(hostname: str) -> None:
    """Leftovers of a builder killed mid-build or of an unfinished background deletion.

    Only call while holding the host lock (no build of this site is in progress then).
    """
    directory = builds_dir(hostname)
    if directory.is_dir():
        for entry in directory.iterdir():
            if entry.name.startswith(TMP_PREFIX) and entry.is_dir():
                discard(entry)


def rollback(hostname: str) -> str:
    """Make the build before the live one live again; return its id."""
    with host_lock(hostname):
        live = current_build_id(hostname)
        builds = list_builds(hostname)
        if live is None or live not in builds:
            raise LookupError(f"Strona {hostname} nie ma aktywnego buildu")
        index = builds.index(live)
        if index == 0:
            raise LookupError(f"Strona {hostname} nie ma wcześniejszego buildu")
        previous = builds[index - 1]
        activate(hostname, previous)
        return previous


def precompress(directory: Path, only: set[Path] | None = None) -> int:
    """Write ``.gz`` siblings for text assets; return how many were written.

    A sibling is written only where it is smaller than the original. With ``only``, just those
    files are (re)compressed; stale siblings of other files are removed by the caller.
    """
    written = 0
    candidates = only if only is not None else list(directory.rglob("*"))
    for path in candidates:
        if path.suffix.lower() not in COMPRESSIBLE_SUFFIXES or not path.is_file():
            continue
        gz_path = path.with_name(path.name + ".gz")
        gz_path.unlink(missing_ok=True)  # unlink first: never write into a hardlinked inode
        raw = path.read_bytes()
        if len(raw) < MIN_COMPRESS_BYTES:
            continue
        compressed = gzip.compress(raw, compresslevel=GZIP_LEVEL, mtime=0)
        if len(compressed) >= len(raw):
            continue
        gz_path.write_bytes(compressed)
        stat = path.stat()
        os.utime(gz_path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        written += 1
    return written
