"""The theme's Jinja environment, built once per process, and its Polish formatting filters.

The theme's user-facing text is Polish source text marked for translation (``{{ _("...") }}``
and ``{% trans %}`` of ``jinja2.ext.i18n``). Translations come from Python's :mod:`gettext`
catalogues in ``sites/locale/<lang>/LC_MESSAGES/theme.mo`` (no Django settings needed); with
no catalogue for the language the Polish source strings are shown unchanged.
"""

from __future__ import annotations

import functools
import gettext
import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import ChainableUndefined, Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .site_model import WARSAW

THEMES_DIR = Path(__file__).resolve().parent / "themes"
DEFAULT_THEME = "elacze"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
THEME_DOMAIN = "theme"
SOURCE_LANGUAGE = "pl"
# The language of the rendered sites; the source strings are Polish.
LANGUAGE_ENV = "SITES_THEME_LANGUAGE"


def N_(message: str) -> str:
    """Mark ``message`` for extraction; it is translated where it is shown."""
    return message


MONTHS_GENITIVE = (
    N_("stycznia"),
    N_("lutego"),
    N_("marca"),
    N_("kwietnia"),
    N_("maja"),
    N_("czerwca"),
    N_("lipca"),
    N_("sierpnia"),
    N_("września"),
    N_("października"),
    N_("listopada"),
    N_("grudnia"),
)


def date_pl(
    value: date | datetime | None, translations: gettext.NullTranslations | None = None
) -> str:
    """``25 listopada 2026``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(WARSAW).date()
    month = MONTHS_GENITIVE[value.month - 1]
    if translations is not None:
        month = translations.gettext(month)
    return f"{value.day} {month} {value.year}"


def datetime_pl(
    value: datetime | None, translations: gettext.NullTranslations | None = None
) -> str:
    """``25 listopada 2026, godz. 17:00``."""
    if value is None:
        return ""
    local = value.astimezone(WARSAW)
    pattern = N_("%(date)s, godz. %(time)s")
    if translations is not None:
        pattern = translations.gettext(pattern)
    return pattern % {"date": date_pl(local, translations), "time": f"{local:%H:%M}"}


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


def theme_translations(
    language: str, locale_dir: Path | str = LOCALE_DIR
) -> gettext.NullTranslations:
    """The theme's catalogue for ``language``; the untranslated source strings if none exists."""
    return gettext.translation(
        THEME_DOMAIN, localedir=str(locale_dir), languages=[language], fallback=True
    )


def build_environment(
    theme: str = DEFAULT_THEME, translations: gettext.NullTranslations | None = None
) -> Environment:
    """A new Jinja environment of a theme, translating its text with ``translations``."""
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
        extensions=["jinja2.ext.i18n"],
    )
    translations = translations or gettext.NullTranslations()
    env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
    env.filters.update(
        date_pl=functools.partial(date_pl, translations=translations),
        datetime_pl=functools.partial(datetime_pl, translations=translations),
        iso=iso,
        filesize=filesize,
        json=json_script,
    )
    return env


def theme_language() -> str:
    """The language the sites are rendered in (``SITES_THEME_LANGUAGE``, default Polish)."""
    return os.environ.get(LANGUAGE_ENV, "").strip() or SOURCE_LANGUAGE


@functools.cache
def get_environment(theme: str = DEFAULT_THEME, language: str | None = None) -> Environment:
    """The Jinja environment of a theme (compiled templates are cached with it)."""
    return build_environment(theme, theme_translations(language or theme_language()))
