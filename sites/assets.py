"""The theme's stylesheet and script under content-hashed names (cacheable forever)."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from .theme_env import DEFAULT_THEME, THEMES_DIR

# (source under the theme's static/, output directory, stem, extension)
ASSET_SOURCES = {
    "css": ("css/site.css", "/theme/css/", "site", ".css"),
    "js": ("js/preferences.js", "/theme/js/", "preferences", ".js"),
}


@dataclass(frozen=True)
class Asset:
    path: str
    content: bytes


@functools.cache
def theme_assets(theme: str = DEFAULT_THEME) -> dict[str, Asset]:
    """The theme's assets, read and hashed once per process: kind -> Asset."""
    assets = {}
    for kind, (source, directory, stem, ext) in ASSET_SOURCES.items():
        content = (THEMES_DIR / theme / "static" / source).read_bytes()
        digest = hashlib.sha256(content).hexdigest()[:12]
        assets[kind] = Asset(f"{directory}{stem}.{digest}{ext}", content)
    return assets


def asset_urls(theme: str = DEFAULT_THEME) -> dict[str, str]:
    return {kind: asset.path for kind, asset in theme_assets(theme).items()}


def colour_asset(colours: dict[str, str]) -> Asset:
    """The site's colours as a stylesheet of their own (no inline <style>: CSP style-src 'self').

    The values were validated as #rgb/#rrggbb colours by the site model.
    """
    content = (
        f":root{{--primary:{colours['primary']};--primary-text:{colours['primary_text']};"
        f"--accent:{colours['accent']}}}\n"
    ).encode()
    digest = hashlib.sha256(content).hexdigest()[:12]
    return Asset(f"/theme/css/colours.{digest}.css", content)


def write_assets(
    output_dir: Path, theme: str = DEFAULT_THEME, extra: tuple[Asset, ...] = ()
) -> list[str]:
    """Write the hashed assets that are not in ``output_dir`` yet; return their paths."""
    written = []
    for asset in (*theme_assets(theme).values(), *extra):
        target = output_dir / asset.path.lstrip("/")
        if target.is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(asset.content)
        written.append(asset.path)
    return written
