"""The deadline sweep over a large register, for bench/perf.py: a SQLite register of N open requests spread over
every jurisdiction and the past year (so most are overdue, as open records requests tend to be), then the
sweep as the worker runs it (`bot.sweep.sweep_into`), twice on the same day, with its SQL statements counted.
The floor is what no sweep can skip: loading the open requests."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, select

from bot import tracker
from bot.config import load_jurisdictions
from bot.rules import Jurisdiction
from bot.settings import AlertSettings
from bot.store import Request, Store, open_store
from bot.sweep import sweep_into

STATUSES = ("open", "acknowledged", "extended", "open", "acknowledged", "awaiting_requester", "denied", "partial")


@dataclass
class SweepResult:
    floor: float
    first: float
    first_statements: int
    again: float
    again_statements: int
    queued: int


def measure(count: int, today: dt.date) -> SweepResult:
    jurisdictions = load_jurisdictions()
    store = open_store(f"sqlite:///{Path(tempfile.mkdtemp(prefix='foiabot-sweep-')) / 'foiabot.db'}")
    try:
        fill(store, jurisdictions, count, today)
        floor = min(_load_open(store) for _ in range(3))
        settings = AlertSettings()
        with _counted(store) as first_statements:
            started = time.perf_counter()
            queued = sweep_into(store, jurisdictions, today, settings, "#foia")
            first = time.perf_counter() - started
        with _counted(store) as again_statements:
            started = time.perf_counter()
            sweep_into(store, jurisdictions, today, settings, "#foia")
            again = time.perf_counter() - started
        return SweepResult(floor, first, first_statements[0], again, again_statements[0], queued)
    finally:
        store.close()


def fill(store: Store, jurisdictions: dict[str, Jurisdiction], count: int, today: dt.date) -> None:
    codes = sorted(jurisdictions)
    deadlines: dict[tuple[str, dt.date], dict[str, Any]] = {}
    rows = []
    for n in range(count):
        code = codes[n % len(codes)]
        sent = today - dt.timedelta(days=(n * 7919) % 365)
        if (code, sent) not in deadlines:
            deadlines[code, sent] = _deadlines(jurisdictions[code], sent)
        status = STATUSES[n % len(STATUSES)]
        row: dict[str, Any] = {
            "id": f"REQ-{n:06d}", "agency_id": f"agency-{code.lower()}", "jurisdiction": code,
            "subject": f"Records request {n}", "description": "", "sent": sent, "received": sent, "status": status,
            "message_id": f"<req-{n}@records.example.org>", "reply_address": f"records+req-{n}@records.example.org",
            "extended": status == "extended", **deadlines[code, sent],
        }
        if status == "awaiting_requester":
            row.update(clock_stopped_on=sent + dt.timedelta(days=10), remaining_days=5)
        if status == "denied":
            row.update(appeal_due=today + dt.timedelta(days=n % 60), appeal_explanation="appeal window")
        rows.append(row)
    with store.session() as session:
        session.execute(insert(Request), rows)


def _deadlines(j: Jurisdiction, sent: dt.date) -> dict[str, Any]:
    request = Request(received=sent)
    tracker.initial_deadlines(request, j)
    return {"due": request.due, "due_explanation": request.due_explanation, "follow_up": request.follow_up}


def _load_open(store: Store) -> float:
    started = time.perf_counter()
    with store.session() as session:
        session.scalars(select(Request).where(Request.status != "closed")).all()
    return time.perf_counter() - started


@contextmanager
def _counted(store: Store) -> Iterator[list[int]]:
    """The number of SQL statements sent while inside (a before_cursor_execute listener)."""
    count = [0]

    def listener(*_args: Any) -> None:
        count[0] += 1

    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        yield count
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
