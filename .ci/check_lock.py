"""Fail, saying what to do, when requirements.lock does not satisfy pyproject.toml.

Every dependency of pyproject.toml (``[project] dependencies`` and the ``dev`` extra) must be
pinned in requirements.lock at a version its specifier allows. ``make lock`` re-pins after a
change (keeping the other pins); ``make lock-upgrade`` moves every pin to the newest allowed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    lock_path = ROOT / "requirements.lock"
    if not lock_path.exists():
        print("requirements.lock is missing: run `make lock` and commit it.", file=sys.stderr)
        return 1
    pinned: dict[str, list[Version]] = {}
    for name, version in PIN.findall(lock_path.read_text(encoding="utf-8")):
        pinned.setdefault(canonicalize_name(name), []).append(Version(version))
    problems = []
    for line in wanted:
        requirement = Requirement(line)
        versions = pinned.get(canonicalize_name(requirement.name))
        if not versions:
            problems.append(f"{requirement.name} is not in requirements.lock")
        elif not any(requirement.specifier.contains(v, prereleases=True) for v in versions):
            pins = ", ".join(str(v) for v in versions)
            problems.append(f"{requirement} does not allow the locked {pins}")
    if problems:
        print("pyproject.toml and requirements.lock disagree:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        print("Run `make lock` and commit requirements.lock.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
