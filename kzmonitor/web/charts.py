"""Bar charts as inline SVG, drawn on the server.

The charts need no script at all, so they show offline and in any browser; charting
plugins for Datasette draw with libraries that their pages fetch from a CDN. Every bar
carries its figures in ``data-*`` attributes and a ``<title>`` that shows on hover.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape

# Tableau 10 and two more: distinct hues for up to twelve sanction types
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
           "#17becf", "#8c564b"]
FONT = 'font-family="sans-serif" font-size="12"'


def stacked_bars_svg(counts: list[tuple[str, str, int]], *, title: str) -> str:
    """Vertical bars, one per x label, stacked by series, with a legend: ``counts`` is (x, series, value).

    Args:
        counts: e.g. ("2023-04", "fine", 12) for each month and sanction type.
        title: the chart's accessible name.
    """
    by_x: dict[str, dict[str, int]] = defaultdict(dict)
    for x, series, value in counts:
        by_x[x][series] = value
    series_names = sorted({series for _, series, _ in counts})
    colour = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(series_names)}
    top = max((sum(values.values()) for values in by_x.values()), default=0) or 1
    bar, gap, left, plot_height, bottom = 56, 28, 40, 240, 30
    legend_left = left + len(by_x) * (bar + gap) + 20
    width, height = legend_left + 220, max(plot_height + bottom + 20, 20 * len(series_names) + 30)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="kz-chart" role="img" aria-label="{escape(title)}" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
    base = plot_height + 10
    for tick in _ticks(top):
        y = base - tick / top * plot_height
        parts.append(f'<line x1="{left - 4}" x2="{legend_left - 20}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                     f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" {FONT}>{tick}</text>')
    for i, (x, values) in enumerate(sorted(by_x.items())):
        x0, y = left + gap / 2 + i * (bar + gap), float(base)
        for name in series_names:
            if name not in values:
                continue
            h = values[name] / top * plot_height
            y -= h
            label = f"{x}, {name.replace('_', ' ')}: {values[name]}"
            parts.append(f'<rect class="kz-bar" x="{x0:.1f}" y="{y:.1f}" width="{bar}" height="{h:.1f}" fill="{colour[name]}" '
                         f'data-x="{escape(x)}" data-series="{escape(name)}" data-value="{values[name]}">'
                         f'<title>{escape(label)}</title></rect>')
        parts.append(f'<text x="{x0 + bar / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" {FONT}>{sum(values.values())}</text>'
                     f'<text x="{x0 + bar / 2:.1f}" y="{base + 18}" text-anchor="middle" {FONT}>{escape(x)}</text>')
    for i, name in enumerate(series_names):
        y = 16 + i * 20
        parts.append(f'<rect x="{legend_left}" y="{y - 10}" width="12" height="12" fill="{colour[name]}"/>'
                     f'<text x="{legend_left + 18}" y="{y}" {FONT}>{escape(name.replace("_", " "))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def horizontal_bars_svg(counts: list[tuple[str, int]], *, title: str) -> str:
    """One horizontal bar per label, longest first as given: ``counts`` is (label, value).

    Args:
        counts: e.g. ("administrative 488", 57) for each article.
        title: the chart's accessible name.
    """
    label_width, bar_space, row = 190, 420, 24
    top = max((value for _, value in counts), default=0) or 1
    width, height = label_width + bar_space + 50, row * len(counts) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="kz-chart" role="img" aria-label="{escape(title)}" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">']
    for i, (label, value) in enumerate(counts):
        y, length = 5 + i * row, value / top * bar_space
        parts.append(f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end" {FONT}>{escape(label)}</text>'
                     f'<rect class="kz-bar" x="{label_width}" y="{y + 2}" width="{length:.1f}" height="{row - 6}" fill="{PALETTE[0]}" '
                     f'data-x="{escape(label)}" data-value="{value}"><title>{escape(label)}: {value}</title></rect>'
                     f'<text x="{label_width + length + 6:.1f}" y="{y + 15}" {FONT}>{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _ticks(top: int) -> list[int]:
    """About five round gridline values from 0 to ``top``."""
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000) if top / s <= 6) if top <= 6000 else top // 5
    return list(range(0, top + 1, step))
