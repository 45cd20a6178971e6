"""The demo's texts as data: YAML files in this directory, read once per process."""

from functools import cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent


@cache
def load(name: str) -> Any:
    """``load("news")`` → the parsed ``news.yaml`` (treat it as read-only: it is shared)."""
    return yaml.safe_load((HERE / f"{name}.yaml").read_text(encoding="utf-8"))
