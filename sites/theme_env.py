"""The theme's Jinja environment, built once per process, and its Polish formatting filters."""

from __future__ import annotations

import functools
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import ChainableUndefined, Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .site_model import WARSAW

THEMES_DIR = Path(__file__).resolve().parent / "themes"
DEFAULT_THEME = "elacze"

MONTHS_GENITIVE = (
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
)


def date_pl(value: date | datetime | None) -> str:
    """``25 listopada 2026``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(WARSAW).date()
    return f"{value.day} {MONTHS_GENITIVE[value.month - 1]} {value.year}"


def datetime_pl(value: datetime | None) -> str:
    """``25 listopada 2026, godz. 17:00``."""
    if value is None:
        return ""
    local = value.astimezone(WARSAW)
    return f"{date_pl(local)}, godz. {local:%H:%M}"


def iso(value: date | datetime | None) -> str:
    """The ``datetime`` attribute of ``<time>``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(WARSAW).isoformat(timespec="minutes")
    return value.isoformat()


def filesize(value: Any) -> str:
    try:
        size = int(value)
    except (TypeError, ValueError):
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def json_script(value: Any) -> Markup:
    """JSON safe to put inside ``<script type="application/ld+json">``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # Every character that could end the script element or start markup is escaped.
    escaped = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(escaped)  # noqa: S704


@functools.cache
def get_environment(theme: str = DEFAULT_THEME) -> Environment:
    """The Jinja environment of a theme (compiled templates are cached with it)."""
    theme_dir = THEMES_DIR / theme / "templates"
    if not theme_dir.is_dir():
        raise ValueError(f"Nieznany motyw: {theme}")
    env = Environment(
        loader=FileSystemLoader(str(theme_dir)),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=ChainableUndefined,
        auto_reload=False,
    )
    env.filters.update(
        date_pl=date_pl, datetime_pl=datetime_pl, iso=iso, filesize=filesize, json=json_script
    )
    return env
