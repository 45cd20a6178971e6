"""Theme colours per kind of unit; every pair passes WCAG 2.1 AA (4.5:1) on white / on primary."""

from __future__ import annotations

from dataclasses import dataclass

from cms.home.unit_types import UnitType


@dataclass(frozen=True)
class Theme:
    primary: str
    primary_text: str
    accent: str


DEPARTMENT_THEME = Theme(primary="#004b87", primary_text="#ffffff", accent="#9a3412")

THEMES: dict[str, Theme] = {
    UnitType.KINDERGARTEN: Theme("#9c2f6b", "#ffffff", "#7a4a00"),
    UnitType.PRIMARY_SCHOOL: Theme("#0b5394", "#ffffff", "#8a4b00"),
    UnitType.GENERAL_SECONDARY: Theme("#1f4e3d", "#ffffff", "#6b3fa0"),
    UnitType.VOCATIONAL_SCHOOL: Theme("#5a3e1b", "#ffffff", "#005f73"),
    UnitType.SCHOOL_COMPLEX: Theme("#3d3a8c", "#ffffff", "#8a1c1c"),
    UnitType.SPECIAL_NEEDS_CENTRE: Theme("#00665c", "#ffffff", "#7a3e9d"),
    UnitType.COUNSELLING_CENTRE: Theme("#4a5a1f", "#ffffff", "#9b2242"),
    UnitType.YOUTH_CULTURE_CENTRE: Theme("#a0235a", "#ffffff", "#005a9c"),
}


def theme_for(unit_type: str) -> Theme:
    return THEMES[UnitType(unit_type)]
