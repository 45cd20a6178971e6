"""Fixtures of the build-pipeline tests."""

from pathlib import Path

import pytest


@pytest.fixture
def builds_root(settings, tmp_path) -> Path:
    settings.STATIC_BUILDS_ROOT = tmp_path / "builds"
    settings.STATIC_BUILDS_KEEP = 3
    return settings.STATIC_BUILDS_ROOT
