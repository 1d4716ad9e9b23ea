"""The weekly digest's chart: on-time share and median business days per agency, open requests by status.

Pure: a Report in, PNG bytes and the alt text that says the same in words out. It draws on a matplotlib
Figure with the Agg canvas directly, never through pyplot: pyplot keeps global state and wants a display,
and the worker draws from a scheduler thread.
"""

from __future__ import annotations

import io

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.report import AgencyRecord, Report
from bot.report_render import days_text, rate_text

WIDTH, HEIGHT, DPI = 1000, 750, 100  # pixels
MAX_AGENCIES = 8
ALT_MAX = 1000  # Slack's limit on a file's alt text


def agencies_shown(report: Report, limit: int = MAX_AGENCIES) -> list[AgencyRecord]:
    """The agencies most behind first, then the busiest others."""
    shown = report.most_behind(limit)
    rest = sorted((a for a in report.agencies if a not in shown), key=lambda a: (-a.filed, a.agency_id))
    return (shown + rest)[:limit]


def png(report: Report, title: str) -> bytes:
    figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    figure.suptitle(title)
    on_time, days, statuses = figure.subplots(1, 3, width_ratios=[1, 1.3, 1])
    agencies = list(reversed(agencies_shown(report)))  # barh draws bottom-up: the most behind on top
    _on_time(on_time, agencies)
    _days(days, agencies)
    _statuses(statuses, report)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI)
    return out.getvalue()


def _on_time(ax: Axes, agencies: list[AgencyRecord]) -> None:
    names = [a.agency_id for a in agencies]
    shares = [100 * (a.on_time.value or 0) for a in agencies]
    ax.barh(names, shares, height=0.6, color="#4c72b0")
    for y, (a, share) in enumerate(zip(agencies, shares, strict=True)):
        label = f"{round(share)}% of {a.on_time.of}" if a.on_time.value is not None else \
            f"no rate ({a.on_time.of} decided)"
        ax.text(min(share, 70) + 2, y, label, va="center", fontsize=8)
    ax.set_xlim(0, 100)
    ax.set_title("Answered by the due date (%)", fontsize=10)


def _days(ax: Axes, agencies: list[AgencyRecord]) -> None:
    ys = range(len(agencies))
    first = [a.first_response.median or 0 for a in agencies]
    final = [a.final_response.median or 0 for a in agencies]
    ax.barh([y + 0.2 for y in ys], first, height=0.4, label="first response", color="#55a868")
    ax.barh([y - 0.2 for y in ys], final, height=0.4, label="final response", color="#c44e52")
    for y, a in enumerate(agencies):
        for offset, figure in ((0.2, a.first_response), (-0.2, a.final_response)):
            label = f"{figure.median:g} ({figure.of})" if figure.median is not None else f"no figure ({figure.of})"
            ax.text((figure.median or 0) + 0.1, y + offset, label, va="center", fontsize=7)
    ax.set_xlim(0, max([*first, *final, 1]) * 1.35)  # room for the labels
    ax.set_yticks(list(ys), [a.agency_id for a in agencies])
    ax.set_title("Median business days (3+ requests)", fontsize=10)
    ax.legend(fontsize=8, loc="lower right")


def _statuses(ax: Axes, report: Report) -> None:
    by_status = report.desk.open_by_status
    ax.bar(list(by_status) or ["none"], list(by_status.values()) or [0], color="#8172b2")
    ax.set_title(f"Open requests by status ({report.desk.open_total})", fontsize=10)
    ax.tick_params(axis="x", labelrotation=30, labelsize=8)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def alt_text(report: Report) -> str:
    """What the chart shows, in words, for readers who cannot see it."""
    agencies = agencies_shown(report)
    parts = ["Answered by the due date: " + "; ".join(f"{a.name} {rate_text(a.on_time)}" for a in agencies),
             "First response: " + "; ".join(f"{a.name} {days_text(a.first_response)}" for a in agencies),
             "Final response: " + "; ".join(f"{a.name} {days_text(a.final_response)}" for a in agencies),
             "Open requests by status: " + (", ".join(f"{s} {n}" for s, n in report.desk.open_by_status.items())
                                            or "none")]
    text = ". ".join(parts) + "."
    return text if len(text) <= ALT_MAX else text[:ALT_MAX - 1] + "…"
