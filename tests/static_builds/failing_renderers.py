"""The real renderer with one failure injected after it ran (for the engine's failure tests)."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

from sites import renderer as real


def _render_then(damage):
    def render_site(data, output_dir, *, only_paths=None):
        written = real.render_site(data, output_dir, only_paths=only_paths)
        damage(Path(output_dir))
        return written

    return SimpleNamespace(
        load_query=real.load_query,
        render_site=render_site,
        paths_affected=real.paths_affected,
        site_outputs=real.site_outputs,
    )


def _remove_everything(output_dir: Path) -> None:
    for entry in output_dir.iterdir():
        shutil.rmtree(entry) if entry.is_dir() else entry.unlink()


without_index = _render_then(lambda output_dir: (output_dir / "index.html").unlink())
empty = _render_then(_remove_everything)
