"""Demo data of the level-5 e-services, after the units exist (called by ``seed_demo``)."""

from collections.abc import Callable


def seeders() -> list[Callable[[], str]]:
    """Each app's idempotent ``seed_demo``, in dependency order (imports stay lazy)."""
    from eservice_bridge.household import demo as household
    from eservice_bridge.indicators import demo as indicators
    from eservice_bridge.notices import demo as notices
    from eservice_bridge.retention import demo as retention

    return [retention.seed_demo, notices.seed_demo, household.seed_demo, indicators.seed_demo]


def seed_demo() -> list[str]:
    """Run every seeder; returns their one-line summaries."""
    return [seed() for seed in seeders()]
