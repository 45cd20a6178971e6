"""Server-rendered, accessible SVG charts: a horizontal bar chart and a monthly column chart.

Each chart is ``role="img"`` named by its <title> and described by its <desc>; every bar carries
its value as text, so nothing depends on colour. Pages pair each chart with a data table.
Colours meet WCAG 2.1 AA against white: bars #1d4f91 (8.1:1), text #1f1f1f.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from django.utils.safestring import SafeString, mark_safe

from .numbers import format_int

BAR_COLOUR = "#1d4f91"
TEXT_COLOUR = "#1f1f1f"
AXIS_COLOUR = "#595959"
FONT = 'font-family="system-ui, sans-serif"'

WIDTH = 720
LABEL_MAX_CHARS = 70


@dataclass(frozen=True)
class Bar:
    label: str
    value: float


def _shorten(text: str, limit: int = LABEL_MAX_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _open(chart_id: str, title: str, desc: str, height: int) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" id={quoteattr(chart_id)} '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" class="indicator-chart" '
        f'focusable="false">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]


def bar_chart(
    chart_id: str,
    title: str,
    desc: str,
    bars: Sequence[Bar],
    value_text: Callable[[float], str] = format_int,
) -> SafeString:
    """Horizontal bars, each with its label above it and its value after it."""
    row_height = 40
    top = 8
    height = top + row_height * max(len(bars), 1) + 8
    biggest = max((b.value for b in bars), default=0) or 1
    track = WIDTH - 20 - 90  # room on the right for the value
    parts = _open(chart_id, title, desc, height)
    for index, bar in enumerate(bars):
        y = top + index * row_height
        length = max(bar.value, 0) / biggest * track
        parts.append(
            f'<text x="10" y="{y + 13}" fill="{TEXT_COLOUR}" font-size="13" {FONT}>'
            f"{escape(_shorten(bar.label))}</text>"
        )
        parts.append(
            f'<rect x="10" y="{y + 18}" width="{length:.1f}" height="16" fill="{BAR_COLOUR}"/>'
        )
        parts.append(
            f'<text x="{10 + length + 6:.1f}" y="{y + 31}" fill="{TEXT_COLOUR}" font-size="13" '
            f'font-weight="bold" {FONT}>{escape(value_text(bar.value))}</text>'
        )
    if not bars:
        parts.append(
            f'<text x="10" y="{top + 20}" fill="{TEXT_COLOUR}" font-size="13" {FONT}>—</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped


def column_chart(
    chart_id: str,
    title: str,
    desc: str,
    columns: Sequence[Bar],
    value_text: Callable[[float], str] = format_int,
) -> SafeString:
    """Vertical columns (e.g. the twelve months), value above each, label under each."""
    height = 260
    top, bottom, left = 24, 36, 10
    plot = height - top - bottom
    slot = (WIDTH - 2 * left) / max(len(columns), 1)
    column_width = slot * 0.62
    biggest = max((c.value for c in columns), default=0) or 1
    baseline = top + plot
    parts = _open(chart_id, title, desc, height)
    parts.append(
        f'<line x1="{left}" y1="{baseline}" x2="{WIDTH - left}" y2="{baseline}" '
        f'stroke="{AXIS_COLOUR}" stroke-width="1"/>'
    )
    for index, column in enumerate(columns):
        centre = left + slot * index + slot / 2
        size = max(column.value, 0) / biggest * (plot - 18)
        parts.append(
            f'<rect x="{centre - column_width / 2:.1f}" y="{baseline - size:.1f}" '
            f'width="{column_width:.1f}" height="{size:.1f}" fill="{BAR_COLOUR}"/>'
        )
        parts.append(
            f'<text x="{centre:.1f}" y="{baseline - size - 5:.1f}" text-anchor="middle" '
            f'fill="{TEXT_COLOUR}" font-size="13" font-weight="bold" {FONT}>'
            f"{escape(value_text(column.value))}</text>"
        )
        parts.append(
            f'<text x="{centre:.1f}" y="{baseline + 20}" text-anchor="middle" '
            f'fill="{TEXT_COLOUR}" font-size="13" {FONT}>{escape(column.label)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped
