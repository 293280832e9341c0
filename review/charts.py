"""Tiny server-side SVG charts: bars and a line, drawn as text, no library, no script.

A chart is a list of (label, value) points. The SVG scales to its container
(`viewBox`, width 100%), carries a <title> for screen readers, and every text in it
goes through XML escaping, so labels may hold anything. Colours come from
presentation attributes (`fill`, `stroke`), which the page CSP allows; no `style`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup
from pydantic import BaseModel

WIDTH, HEIGHT = 720, 260
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 44, 12, 16, 56
BAR_COLOUR = "#2f6f9f"
LINE_COLOUR = "#b5482a"
GRID_COLOUR = "#d9d9d9"
TEXT_COLOUR = "#333333"


class Point(BaseModel):
    label: str
    value: int


def _nice_max(value: int) -> int:
    """A round top for the axis (1, 2, 5 times a power of ten), at least 1."""
    if value <= 0:
        return 1
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def _frame(title: str, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="100%" role="img" aria-label={quoteattr(title)} class="chart">'
        f"<title>{escape(title)}</title>"
    )
    return Markup(head + "".join(body) + "</svg>")


def _axis(top: int) -> list[str]:
    """Horizontal grid lines with their values: 0, half and the top."""
    plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    parts = []
    for value in sorted({0, top // 2, top}):
        y = PAD_TOP + plot_h - plot_h * value / top
        parts.append(
            f'<line x1="{PAD_LEFT}" y1="{y:.1f}" x2="{WIDTH - PAD_RIGHT}" y2="{y:.1f}" '
            f'stroke="{GRID_COLOUR}" stroke-width="1"/>'
            f'<text x="{PAD_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12" '
            f'fill="{TEXT_COLOUR}">{value}</text>'
        )
    return parts


def _label(x: float, text: str, rotate: bool) -> str:
    y = HEIGHT - PAD_BOTTOM + 14
    turn = f' transform="rotate(-45 {x:.1f} {y})"' if rotate else ""
    anchor = "end" if rotate else "middle"
    return (
        f'<text x="{x:.1f}" y="{y}" text-anchor="{anchor}" font-size="11" '
        f'fill="{TEXT_COLOUR}"{turn}>{escape(text)}</text>'
    )


def _every(points: Sequence[Point]) -> int:
    """Show every n-th label so they do not run into each other."""
    return max(1, math.ceil(len(points) / 15))


def bar_chart(title: str, points: Sequence[Point]) -> Markup:
    """Vertical bars, one per point, each with its value above it when there is room."""
    top = _nice_max(max((p.value for p in points), default=0))
    plot_w = WIDTH - PAD_LEFT - PAD_RIGHT
    plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    slot = plot_w / max(len(points), 1)
    rotate = len(points) > 8
    every = _every(points)
    body = _axis(top)
    for i, point in enumerate(points):
        h = plot_h * point.value / top
        x = PAD_LEFT + i * slot + slot * 0.15
        y = PAD_TOP + plot_h - h
        body.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}" '
            f'fill="{BAR_COLOUR}"><title>{escape(point.label)}: {point.value}</title></rect>'
        )
        if point.value and slot >= 18:
            body.append(
                f'<text x="{x + slot * 0.35:.1f}" y="{y - 3:.1f}" text-anchor="middle" '
                f'font-size="11" fill="{TEXT_COLOUR}">{point.value}</text>'
            )
        if i % every == 0:
            body.append(_label(PAD_LEFT + (i + 0.5) * slot, point.label, rotate))
    return _frame(title, body)


def line_chart(title: str, points: Sequence[Point]) -> Markup:
    """A line through the points with a dot on each (for counts over days)."""
    top = _nice_max(max((p.value for p in points), default=0))
    plot_w = WIDTH - PAD_LEFT - PAD_RIGHT
    plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    step = plot_w / max(len(points) - 1, 1)
    every = _every(points)
    body = _axis(top)
    coords = [
        (PAD_LEFT + i * step, PAD_TOP + plot_h - plot_h * p.value / top)
        for i, p in enumerate(points)
    ]
    if coords:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        body.append(
            f'<polyline points="{path}" fill="none" stroke="{LINE_COLOUR}" stroke-width="2"/>'
        )
    for i, ((x, y), point) in enumerate(zip(coords, points, strict=True)):
        body.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{LINE_COLOUR}">'
            f"<title>{escape(point.label)}: {point.value}</title></circle>"
        )
        if i % every == 0:
            body.append(_label(x, point.label, True))
    return _frame(title, body)
