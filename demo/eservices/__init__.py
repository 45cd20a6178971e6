"""Demo data of the e-services, after the units exist (called by ``seed_demo``)."""

from collections.abc import Callable


def seeders() -> list[Callable[[], str]]:
    """Each app's idempotent ``seed_demo``, in dependency order (imports stay lazy)."""
    from . import household, indicators, notices, retention

    return [retention.seed_demo, notices.seed_demo, household.seed_demo, indicators.seed_demo]


def seed_demo() -> list[str]:
    """Run every seeder; returns their one-line summaries."""
    return [seed() for seed in seeders()]
