"""Geometry of the static pages' charts and of the EU emblem, computed once in Python.

Charts are horizontal bars drawn as inline SVG: each bar has its label above it and its value
printed after it, so the chart is readable without colour; a data table follows every chart.
"""

from __future__ import annotations

import math
from typing import Any

CHART_WIDTH = 640
LABEL_HEIGHT = 18
BAR_HEIGHT = 16
ROW_GAP = 12
BAR_MAX_WIDTH = 520


def bar_chart(chart: dict[str, Any]) -> dict[str, Any]:
    """Rows with positions for the SVG template; values scaled to the largest one."""
    bars = chart.get("bars") or []
    largest = max((float(bar.get("value") or 0) for bar in bars), default=0.0)
    rows = []
    y = 0
    for bar in bars:
        value = float(bar.get("value") or 0)
        width = round(BAR_MAX_WIDTH * value / largest, 1) if largest else 0
        rows.append(
            {
                "label": bar.get("label", ""),
                "display": bar.get("display", ""),
                "label_y": y + LABEL_HEIGHT - 4,
                "bar_y": y + LABEL_HEIGHT,
                "width": max(width, 1 if value else 0),
                "value_x": width + 6,
                "value_y": y + LABEL_HEIGHT + BAR_HEIGHT - 3,
            }
        )
        y += LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    return {**chart, "rows": rows, "width": CHART_WIDTH, "height": max(y, 1)}


def _star(cx: float, cy: float, outer: float) -> str:
    inner = outer * 0.382
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 5
        points.append(f"{cx + radius * math.cos(angle):.2f},{cy - radius * math.sin(angle):.2f}")
    return " ".join(points)


def eu_stars(width: float = 60, height: float = 40) -> list[str]:
    """The twelve stars of the EU emblem (polygon points) on a width × height flag."""
    cx, cy, ring = width / 2, height / 2, height / 3
    star = height / 18
    return [
        _star(
            cx + ring * math.sin(2 * math.pi * i / 12),
            cy - ring * math.cos(2 * math.pi * i / 12),
            star,
        )
        for i in range(12)
    ]
