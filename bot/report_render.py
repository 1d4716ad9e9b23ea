"""The report as text, Markdown, HTML or JSON. Pure: a Report in, a string out.

Every figure is printed with the number of requests it rests on; a figure below the minimum says so instead
of showing a number.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
from collections.abc import Callable
from typing import Any

from bot.report import MIN_BASE, AgencyRecord, Count, Days, Desk, Rate, Report

FORMATS = ("text", "markdown", "html", "json")


def render(report: Report, fmt: str) -> str:
    renderers: dict[str, Callable[[Report], str]] = {
        "text": as_text, "markdown": as_markdown, "html": as_html, "json": as_json,
    }
    return renderers[fmt](report)


def period(report: Report) -> str:
    if report.since is None and report.until is None:
        return "all requests"
    start = report.since.isoformat() if report.since else "the first"
    end = report.until.isoformat() if report.until else "now"
    return f"requests sent from {start} to {end}"


def days_text(d: Days) -> str:
    if d.median is None:
        return f"no figure ({_requests(d.of)}; needs {MIN_BASE})"
    return f"median {_num(d.median)}, 90th percentile {d.p90} business days ({_requests(d.of)})"


def rate_text(r: Rate) -> str:
    if r.value is None:
        return f"no rate ({r.n} of {_requests(r.of)}; needs {MIN_BASE})"
    return f"{round(100 * r.value)}% ({r.n} of {_requests(r.of)})"


def count_text(c: Count) -> str:
    return f"{c.n} of {c.of}"


def desk_lines(desk: Desk, today: dt.date) -> list[str]:
    statuses = ", ".join(f"{status} {n}" for status, n in desk.open_by_status.items()) or "none"
    horizon = today + dt.timedelta(days=14)
    return [
        f"Open: {desk.open_total} ({statuses})",
        f"Overdue: {len(desk.overdue)}",
        *(f"  {x.request_id} ({x.agency_id}) due {x.day}, {x.business_days} business days late: {x.subject}"
          for x in desk.overdue),
        f"Waiting on us: {len(desk.waiting_on_us)}",
        *(f"  {x.request_id} ({x.agency_id}) since {x.day}, {x.business_days} business days: {x.subject}"
          for x in desk.waiting_on_us),
        f"Appeal windows closing by {horizon}: {len(desk.appeals_closing)}",
        *(f"  {x.request_id} ({x.agency_id}) appeal by {x.day}, {x.business_days} days left: {x.subject}"
          for x in desk.appeals_closing),
        f"Triage waiting: {desk.triage_waiting} messages",
    ]


def agency_lines(a: AgencyRecord) -> list[str]:
    return [
        f"{a.name} ({a.agency_id}): {_requests(a.filed)} filed, {a.open_now} open, {a.overdue_now} overdue now",
        f"  first response: {days_text(a.first_response)}",
        f"  final response: {days_text(a.final_response)}",
        f"  answered by the due date: {rate_text(a.on_time)}",
        f"  extensions {count_text(a.extensions)}, fee letters {count_text(a.fee_letters)}, "
        f"denials {count_text(a.denials)}, no records {count_text(a.no_records)}",
    ]


def as_text(report: Report) -> str:
    lines = [f"foiabot report as of {report.today}: {period(report)}", "", "The desk"]
    lines += ["  " + line for line in desk_lines(report.desk, report.today)]
    lines += ["", f"Agencies (business days from sending; a figure needs {MIN_BASE} requests)"]
    for agency in report.agencies:
        lines += ["  " + line for line in agency_lines(agency)]
    if not report.agencies:
        lines.append("  no requests in this period")
    return "\n".join(lines) + "\n"


_AGENCY_COLUMNS = ("Agency", "Filed", "First response", "Final response", "By the due date", "Extensions",
                   "Fee letters", "Denials", "No records", "Open", "Overdue")


def _agency_row(a: AgencyRecord) -> list[str]:
    return [f"{a.name} ({a.agency_id})", str(a.filed), days_text(a.first_response), days_text(a.final_response),
            rate_text(a.on_time), count_text(a.extensions), count_text(a.fee_letters), count_text(a.denials),
            count_text(a.no_records), str(a.open_now), str(a.overdue_now)]


def as_markdown(report: Report) -> str:
    lines = [f"# foiabot report as of {report.today}", "", f"_{period(report)}_", "", "## The desk", ""]
    lines += [f"- {line.strip()}" if not line.startswith("  ") else f"  - {line.strip()}"
              for line in desk_lines(report.desk, report.today)]
    lines += ["", "## Agencies", "", f"Business days from sending; a figure needs {MIN_BASE} requests.", ""]
    lines.append("| " + " | ".join(_AGENCY_COLUMNS) + " |")
    lines.append("|" + "---|" * len(_AGENCY_COLUMNS))
    for agency in report.agencies:
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in _agency_row(agency)) + " |")
    return "\n".join(lines) + "\n"


def as_html(report: Report) -> str:
    e = html.escape
    desk = "".join(f"<li>{e(line.strip())}</li>" for line in desk_lines(report.desk, report.today))
    head = "".join(f"<th>{e(c)}</th>" for c in _AGENCY_COLUMNS)
    rows = "".join("<tr>" + "".join(f"<td>{e(cell)}</td>" for cell in _agency_row(a)) + "</tr>"
                   for a in report.agencies)
    return (f"<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>foiabot report {report.today}</title>"
            f"</head><body>\n<h1>foiabot report as of {report.today}</h1>\n<p>{e(period(report))}</p>\n"
            f"<h2>The desk</h2>\n<ul>{desk}</ul>\n<h2>Agencies</h2>\n"
            f"<p>Business days from sending; a figure needs {MIN_BASE} requests.</p>\n"
            f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>\n</body></html>\n")


def as_json(report: Report) -> str:
    data: dict[str, Any] = dataclasses.asdict(report)
    data["desk"]["open_total"] = report.desk.open_total
    data["min_base"] = MIN_BASE
    return json.dumps(data, default=_json_default, sort_keys=True, indent=2) + "\n"


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _requests(n: int) -> str:
    return f"{n} request" if n == 1 else f"{n} requests"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"

