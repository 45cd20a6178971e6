"""The demo's texts as data: YAML files in this directory, read once per process."""

from functools import cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent

# libyaml's safe loader when PyYAML was built with it (about 8x faster), else the pure one.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str) -> Any:
    """``load("news")`` → the parsed ``news.yaml`` (treat it as read-only: it is shared)."""
    return yaml.load((HERE / f"{name}.yaml").read_text(encoding="utf-8"), Loader=SAFE_LOADER)  # noqa: S506 (safe)
