"""A Digest as an email's HTML (inline CSS, inline SVG chart) and plain text.

Templates live in templates/: digest.html, digest.txt, chart.svg. The
Digest is already masked (build.py); the templates only lay it out.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from triage.digest.build import DECISION_LABELS, DECISIONS, Digest

TEMPLATES = Path(__file__).parent / "templates"

COLORS = {
    "escalate": "#c62828", "acknowledge": "#2e7d32", "reject_incomplete": "#f9a825",
    "redirect_local": "#1565c0", "redirect_opla": "#6a1b9a", "ignore": "#9e9e9e",
    "quarantined": "#4e342e",
}

ROLE_LABELS = {"self": "self", "attorney": "attorney", "representative": "representative",
               "family": "family", "other": "other"}


def due_text(days_left: int | None) -> str:
    if days_left is None:
        return ""
    if days_left < 0:
        return f"OVERDUE by {-days_left} day{'s' if days_left != -1 else ''}"
    if days_left == 0:
        return "due TODAY"
    return f"{days_left} day{'s' if days_left != 1 else ''} left"


def removal_text(days: int | None) -> str:
    if days is None:
        return "date not given"
    if days < 0:
        return f"{-days} day{'s' if days != -1 else ''} ago"
    if days == 0:
        return "TODAY"
    return f"in {days} day{'s' if days != 1 else ''}"


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                      autoescape=select_autoescape(["html", "svg"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(due_text=due_text, removal_text=removal_text,
                       role=lambda r: ROLE_LABELS.get(r, r),
                       decision=lambda d: DECISION_LABELS.get(d, d))
    return env


@dataclass
class Bar:
    x: float
    label: str  # shown under every 7th bar
    title: str  # tooltip: the day's counts
    parts: list[tuple[float, float, str]]  # y, height, color


def chart_bars(volume: list[tuple[date, dict[str, int]]], width: int = 600,
               height: int = 120) -> tuple[list[Bar], int]:
    """Stacked bars, one a day, oldest left; returns the bars and the tallest day."""
    top = max([sum(c.values()) for _, c in volume] + [1])
    step = width / max(len(volume), 1)
    bars = []
    for i, (day, counts) in enumerate(volume):
        y, parts = float(height), []
        for d in DECISIONS:
            n = counts.get(d, 0)
            if n:
                h = n / top * height
                y -= h
                parts.append((round(y, 1), round(h, 1), COLORS[d]))
        title = f"{day:%b %d}: " + (", ".join(
            f"{counts[d]} {DECISION_LABELS[d]}" for d in DECISIONS if counts.get(d)) or "none")
        label = f"{day:%b %d}" if (len(volume) - 1 - i) % 7 == 0 else ""
        bars.append(Bar(round(i * step, 1), label, title, parts))
    return bars, top


def render_chart(digest: Digest) -> str:
    bars, top = chart_bars(digest.volume)
    totals = {d: sum(c.get(d, 0) for _, c in digest.volume) for d in DECISIONS}
    legend = [(DECISION_LABELS[d], COLORS[d], totals[d]) for d in DECISIONS if totals[d]]
    return _env().get_template("chart.svg").render(
        bars=bars, top=top, legend=legend, bar_width=max(600 / max(len(bars), 1) - 3, 2))


def subject(digest: Digest) -> str:
    head = "[BOT NEEDS ATTENTION] " if digest.health.level == "alert" else ""
    if digest.nothing_new:
        return f"{head}Case review digest {digest.day}: nothing new"
    parts = [f"{len(digest.safety)} safety", f"{len(digest.detained)} detained"
             + (f" ({digest.overdue} overdue)" if digest.overdue else ""),
             f"{len(digest.imminent)} imminent removal", f"{digest.received} received"]
    return f"{head}Case review digest {digest.day}: " + ", ".join(parts)


def _context(digest: Digest) -> dict:
    tz = ZoneInfo(digest.tz)
    return {"d": digest, "subject": subject(digest), "colors": COLORS,
            "labels": DECISION_LABELS, "decisions": DECISIONS,
            "totals": {d: sum(c.get(d, 0) for _, c in digest.volume) for d in DECISIONS},
            "redirect_count": sum(len(g.cases) for g in digest.redirects),
            "window_start": f"{digest.window_start.astimezone(tz):%a %b %d %H:%M}",
            "window_end": f"{digest.window_end.astimezone(tz):%a %b %d %H:%M %Z}"}


def render_html(digest: Digest) -> str:
    return _env().get_template("digest.html").render(chart=render_chart(digest),
                                                      **_context(digest))


def render_text(digest: Digest) -> str:
    return _env().get_template("digest.txt").render(**_context(digest))
