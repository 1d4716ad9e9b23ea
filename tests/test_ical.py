"""`foiabot calendar --out FILE`: the register's deadlines as an iCalendar file, read back with icalendar.

Federal FOIA, as of 2026-12-07. Hand-counted:
  R1 sent Fri 2026-11-20: the 20th business day after it, skipping Thanksgiving (11-26), is Mon 2026-12-21.
     An extension adds 10 business days from there, skipping Christmas and New Year's Day: 2027-01-06.
  R2 denied on 2026-11-02: 90 calendar days is Sun 2027-01-31, a closed day, so the appeal is due 2027-02-01.
  R3 closed by hand: nothing. R4 waiting on our answer to a fee letter: its clock is stopped, no due date.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import icalendar
import pytest
import time_machine
import yaml

from bot import tracker
from bot.cli import main
from bot.config import load_config
from bot.model import Classification, Kind
from bot.store import Request, open_store

NY = zoneinfo.ZoneInfo("America/New_York")
TODAY = dt.datetime(2026, 12, 7, 10, 0, tzinfo=NY)


@pytest.fixture
def settings(tmp_path: Path) -> Path:
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text(yaml.safe_dump({"agencies": [
        {"id": "fbi", "name": "Federal Bureau of Investigation", "jurisdiction": "US"}]}))
    path = tmp_path / "foiabot.yaml"
    path.write_text(yaml.safe_dump({"database": f"sqlite:///{tmp_path / 'reg.db'}", "agencies": str(agencies)}))
    for rid, sent in (("R1", "2026-11-20"), ("R2", "2026-10-01"), ("R3", "2026-11-02"), ("R4", "2026-11-16")):
        assert main(["requests", "add", "--config", str(path), "--id", rid, "--agency", "fbi",
                     "--subject", f"Use-of-force reports {rid}", "--sent", sent]) == 0
    reply(path, "R2", Kind.DENIAL, dt.date(2026, 11, 2))
    reply(path, "R4", Kind.FEE_ESTIMATE, dt.date(2026, 11, 18))
    assert main(["requests", "close", "--config", str(path), "R3"]) == 0
    return path


def reply(settings: Path, request_id: str, kind: Kind, on: dt.date) -> None:
    """An agency reply as the pipeline applies it, through the tracker."""
    config = load_config(settings)
    store = open_store(config.database_url)
    try:
        with store.session() as session:
            request = session.get(Request, request_id)
            assert request is not None
            tracker.apply_reply(session, request, config.jurisdictions["US"], Classification(kind, "test"), on, "")
    finally:
        store.close()


def export(settings: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, icalendar.Event]:
    with time_machine.travel(TODAY, tick=False):
        assert main(["calendar", "--config", str(settings), "--out", str(out)]) == 0
    capsys.readouterr()
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    by_uid = {str(e["uid"]): e for e in events}
    assert len(by_uid) == len(events)
    return by_uid


def test_calendar_holds_each_open_due_date_and_appeal_deadline_with_its_explanation(
        settings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = export(settings, tmp_path / "deadlines.ics", capsys)
    assert sorted(events) == ["R1.due@foiabot", "R2.appeal@foiabot"]
    due = events["R1.due@foiabot"]
    assert due.decoded("dtstart") == dt.date(2026, 12, 21) and due.decoded("dtend") == dt.date(2026, 12, 22)
    assert "Use-of-force reports R1" in str(due["summary"])
    assert "Thanksgiving" in str(due["description"]) and "Use-of-force reports R1" in str(due["description"])
    appeal = events["R2.appeal@foiabot"]
    assert appeal.decoded("dtstart") == dt.date(2027, 2, 1)
    assert "appeal" in str(appeal["summary"]).lower() and "90" in str(appeal["description"])


def test_re_export_after_an_extension_moves_the_same_event(
        settings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deadlines.ics"
    before = export(settings, out, capsys)
    reply(settings, "R1", Kind.EXTENSION, dt.date(2026, 12, 1))
    after = export(settings, out, capsys)
    assert sorted(after) == sorted(before)
    moved = after["R1.due@foiabot"]
    assert moved.decoded("dtstart") == dt.date(2027, 1, 6)
    assert "extended due date" in str(moved["summary"])
    assert "Christmas" in str(moved["description"])


def test_calendar_into_a_folder_is_refused_with_a_message(
        settings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calendar", "--config", str(settings), "--out", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_the_worker_rewrites_the_calendar_file_after_a_sweep_and_a_register_change(tmp_path: Path) -> None:
    import io

    from bot.config import RequestEntry
    from bot.console import ConsoleSink
    from bot.register import import_requests
    from bot.store import open_store
    from bot.worker import Worker

    agencies = tmp_path / "agencies.yaml"
    agencies.write_text(yaml.safe_dump({"agencies": [{"id": "fbi", "name": "FBI", "jurisdiction": "US"}]}))
    ics = tmp_path / "www" / "deadlines.ics"
    settings = tmp_path / "foiabot.yaml"
    settings.write_text(f"database: sqlite:///{tmp_path}/db.sqlite\nagencies: {agencies}\ncalendar_file: {ics}\n")
    config = load_config(settings)
    store = open_store(config.database_url)
    entry = RequestEntry(id="REQ-1", agency="fbi", subject="FOIA: drones", sent=dt.date(2026, 11, 2))
    import_requests(store, [entry], config.agencies, config.jurisdictions)
    worker = Worker(config, store, ConsoleSink(io.StringIO()))
    worker.sweep()
    first = icalendar.Calendar.from_ical(ics.read_bytes())
    assert [e.get("uid") for e in first.walk("VEVENT")] == ["REQ-1.due@foiabot"]
    later = RequestEntry(id="REQ-2", agency="fbi", subject="FOIA: cameras", sent=dt.date(2026, 11, 9))
    import_requests(store, [later], config.agencies, config.jurisdictions)
    worker.sweep()
    uids = sorted(e.get("uid") for e in icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert uids == ["REQ-1.due@foiabot", "REQ-2.due@foiabot"]
    store.close()
