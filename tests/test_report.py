"""`foiabot report` on a register built here, with figures counted by hand.

The register (federal FOIA: business days skip weekends and federal holidays; Columbus Day 2026-10-12,
Veterans Day 2026-11-11 and Thanksgiving 2026-11-26 fall inside it), as of Monday 2026-12-07:

FBI, four requests
  F1 sent Mon 11-02, due 12-01; acknowledged Wed 11-04 (2 bd); final records Wed 11-25 at 23:30 New York
     (already 11-26 in UTC): 11-03..06 = 4, 11-09..13 less Veterans Day = 4, 11-16..20 = 5, 11-23..25 = 3: 16 bd.
     On time.
  F2 sent Mon 10-26, due 11-23; acknowledged 10-27 (1 bd); final records Mon 11-30 at 21:00 New York (12-01 in
     UTC): 10-27..30 = 4, 11-02..06 = 5, 11-09..13 = 4, 11-16..20 = 5, 11-23..25 = 3, Thanksgiving skipped,
     11-27 = 1, 11-30 = 1: 23 bd. Late, across Thanksgiving.
  F3 sent Mon 11-09, due 12-08; an auto-reply the same day (no response), acknowledged 11-10 (1 bd). Open, not due.
  F4 sent Thu 10-01, due 10-29, extended on 10-20 to 11-13: 10-02 = 1, 10-05..09 = 5, 10-13..16 = 4 (Columbus
     Day), 10-19..20 = 2: 12 bd to the first response. Open and overdue: 11-16..20 = 5, 11-23..25 = 3, 11-27,
     11-30 = 2, 12-01..04 = 4, 12-07 = 1: 15 business days late.
  First response: 2, 1, 1, 12 -> median 1.5, 90th percentile (nearest rank, 4th of 4) 12, on 4 requests.
  Final response: 16, 23 -> 2 requests, no figure. By the due date: F1 yes, F2 no, F4 overdue -> 1 of 3.

EPA, two requests (too few for any rate)
  E1 sent 11-16, fee letter 11-18: clock stopped, waiting on us since 11-18: 11-19..20 = 2, 11-23..25 = 3,
     11-27, 11-30 = 2, 12-01..04 = 4, 12-07 = 1: 12 business days.
  E2 sent 10-05, due 11-02, no records on 10-30 (on time), appeal by 12-15: closes in 8 days.

City, one request sent 09-01, denied 09-10, appeal by 12-31 (outside the 14 days).
Triage: two messages wait.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path
from typing import Any

import pytest
import time_machine
import yaml

from bot.cli import main
from bot.store import Event, Message, Request, open_store

NY = zoneinfo.ZoneInfo("America/New_York")
TODAY = dt.datetime(2026, 12, 7, 10, 0, tzinfo=NY)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def at(day: str, hour: int = 12, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(d(day), dt.time(hour, minute), NY)


REQUESTS: list[dict[str, Any]] = [
    {"id": "F1", "agency": "fbi", "sent": "2026-11-02", "due": "2026-12-01", "status": "done",
     "replies": [("2026-11-04", "acknowledgment"), (at("2026-11-25", 23, 30), "records_final")]},
    {"id": "F2", "agency": "fbi", "sent": "2026-10-26", "due": "2026-11-23", "status": "done",
     "replies": [("2026-10-27", "acknowledgment"), (at("2026-11-30", 21), "records_final")]},
    {"id": "F3", "agency": "fbi", "sent": "2026-11-09", "due": "2026-12-08", "status": "acknowledged",
     "replies": [("2026-11-09", "auto_reply"), ("2026-11-10", "acknowledgment")]},
    {"id": "F4", "agency": "fbi", "sent": "2026-10-01", "due": "2026-11-13", "status": "extended",
     "extended": True, "replies": [("2026-10-20", "extension")], "events": [("2026-10-20", "extension")]},
    {"id": "E1", "agency": "epa", "sent": "2026-11-16", "due": "2026-12-14", "status": "awaiting_requester",
     "clock_stopped_on": "2026-11-18", "replies": [("2026-11-18", "fee_estimate")]},
    {"id": "E2", "agency": "epa", "sent": "2026-10-05", "due": "2026-11-02", "status": "no_records",
     "appeal_due": "2026-12-15", "replies": [("2026-10-30", "no_records")]},
    {"id": "C1", "agency": "city", "sent": "2026-09-01", "due": "2026-09-29", "status": "denied",
     "appeal_due": "2026-12-31", "replies": [("2026-09-10", "denial")]},
]


def build_register(database: Path) -> None:
    store = open_store(f"sqlite:///{database}")
    with store.session() as s:
        for n, spec in enumerate(REQUESTS):
            s.add(Request(id=spec["id"], agency_id=spec["agency"], jurisdiction="US", subject=f"Records {spec['id']}",
                          sent=d(spec["sent"]), received=d(spec["sent"]), due=d(spec["due"]), status=spec["status"],
                          extended=spec.get("extended", False),
                          clock_stopped_on=d(spec["clock_stopped_on"]) if "clock_stopped_on" in spec else None,
                          appeal_due=d(spec["appeal_due"]) if "appeal_due" in spec else None))
            s.flush()
            for m, (when, kind) in enumerate(spec["replies"]):
                date = when if isinstance(when, dt.datetime) else at(when)
                s.add(Message(raw_sha256=f"{n:02d}{m:02d}".ljust(64, "0"), source="INBOX", date=date,
                              direction="in", status="processed", request_id=spec["id"], kind=kind))
            for on, kind in spec.get("events", []):
                s.add(Event(request_id=spec["id"], kind=kind, on=d(on)))
        for n in range(2):
            s.add(Message(raw_sha256=f"t{n}".ljust(64, "0"), source="INBOX", status="triage", kind="other"))
    store.close()


@pytest.fixture
def settings(tmp_path: Path) -> Path:
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text(yaml.safe_dump({"agencies": [
        {"id": "fbi", "name": "Federal Bureau of Investigation", "jurisdiction": "US"},
        {"id": "epa", "name": "Environmental Protection Agency", "jurisdiction": "US"},
        {"id": "city", "name": "City Records Office", "jurisdiction": "US"},
    ]}))
    path = tmp_path / "foiabot.yaml"
    path.write_text(yaml.safe_dump({"timezone": "America/New_York", "database": f"sqlite:///{tmp_path / 'reg.db'}",
                                    "agencies": str(agencies)}))
    build_register(tmp_path / "reg.db")
    return path


def report(settings: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with time_machine.travel(TODAY, tick=False):
        code = main(["report", "--config", str(settings), *args])
    out, err = capsys.readouterr()
    return code, out, err


def as_json(settings: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, _ = report(settings, capsys, "--format", "json", *args)
    assert code == 0
    data: dict[str, Any] = json.loads(out)
    return data


def agency(data: dict[str, Any], agency_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(a for a in data["agencies"] if a["agency_id"] == agency_id)
    return found


def test_fbi_response_times_count_business_days_across_holidays_and_keep_first_and_final_apart(
        settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fbi = agency(as_json(settings, capsys), "fbi")
    assert fbi["filed"] == 4
    assert fbi["first_response"] == {"of": 4, "median": 1.5, "p90": 12}
    assert fbi["final_response"] == {"of": 2, "median": None, "p90": None}


def test_on_time_share_counts_a_late_answer_and_an_overdue_request_against_the_agency(
        settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fbi = agency(as_json(settings, capsys), "fbi")
    assert fbi["on_time"]["n"] == 1 and fbi["on_time"]["of"] == 3
    assert fbi["on_time"]["value"] == pytest.approx(1 / 3)
    assert (fbi["open_now"], fbi["overdue_now"]) == (2, 1)
    assert fbi["extensions"] == {"n": 1, "of": 4}


def test_an_agency_with_fewer_than_three_requests_gets_no_rate(
        settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    epa = agency(as_json(settings, capsys), "epa")
    assert epa["on_time"] == {"n": 1, "of": 1, "value": None}
    assert epa["first_response"]["median"] is None and epa["first_response"]["of"] == 2
    assert epa["fee_letters"] == {"n": 1, "of": 2} and epa["no_records"] == {"n": 1, "of": 2}
    _, text, _ = report(settings, capsys)
    assert "answered by the due date: no rate (1 of 1 request; needs 3)" in text
    assert "answered by the due date: 33% (1 of 3 requests)" in text


def test_the_desk_shows_overdue_waiting_on_us_appeals_closing_and_triage(
        settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    desk = as_json(settings, capsys)["desk"]
    assert desk["open_by_status"] == {"acknowledged": 1, "awaiting_requester": 1, "extended": 1}
    assert [(x["request_id"], x["business_days"]) for x in desk["overdue"]] == [("F4", 15)]
    assert [(x["request_id"], x["business_days"]) for x in desk["waiting_on_us"]] == [("E1", 12)]
    assert [(x["request_id"], x["day"], x["business_days"]) for x in desk["appeals_closing"]] == [
        ("E2", "2026-12-15", 8)]
    assert desk["triage_waiting"] == 2
    _, text, _ = report(settings, capsys)
    assert "F4 (fbi) due 2026-11-13, 15 business days late" in text
    assert "Triage waiting: 2 messages" in text


def test_since_and_until_choose_the_requests_the_agency_figures_rest_on(
        settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = as_json(settings, capsys, "--since", "2026-10-01", "--until", "2026-10-31")
    assert [a["agency_id"] for a in data["agencies"]] == ["epa", "fbi"]
    assert agency(data, "fbi")["filed"] == 2  # F2 and F4
    assert agency(data, "fbi")["first_response"]["of"] == 2 and agency(data, "fbi")["first_response"]["median"] is None
    assert data["desk"]["triage_waiting"] == 2 and len(data["desk"]["overdue"]) == 1  # the desk is always now


def test_markdown_and_html_carry_the_same_figures(settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, markdown, _ = report(settings, capsys, "--format", "markdown")
    row = next(line for line in markdown.splitlines() if line.startswith("| Federal Bureau"))
    assert "median 1.5, 90th percentile 12 business days (4 requests)" in row
    assert "33% (1 of 3 requests)" in row
    _, page, _ = report(settings, capsys, "--format", "html")
    assert page.startswith("<!doctype html>") and "<td>City Records Office (city)</td>" in page


def test_since_after_until_is_refused_with_a_message(settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = report(settings, capsys, "--since", "2026-12-01", "--until", "2026-11-01")
    assert code == 1 and out == ""
    assert "--since 2026-12-01 is after --until 2026-11-01" in err


def test_a_reply_late_in_the_evening_counts_on_the_teams_date_not_utcs(settings: Path) -> None:
    from bot.report_load import load

    store = open_store(f"sqlite:///{settings.parent / 'reg.db'}")
    try:
        requests, triage = load(store, NY)
    finally:
        store.close()
    finals = {r.id: r.first(frozenset({"records_final"})) for r in requests if r.id in ("F1", "F2")}
    assert {k: v.on.isoformat() for k, v in finals.items() if v} == {"F1": "2026-11-25", "F2": "2026-11-30"}
    assert triage == 2
