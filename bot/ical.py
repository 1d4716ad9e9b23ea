"""Deadlines in the calendar: open due dates, follow-up dates and appeal deadlines as an iCalendar file.

`build` is pure (dates in, bytes out); `export` reads the register and writes the file, replacing it whole
so that a calendar subscribed to it never reads half a file. Each event's UID is made from the request and
the kind of date (`REQ-004.due@foiabot`), never from the date itself: when an extension moves a due date,
a re-import updates the event instead of adding a second one.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import icalendar
from sqlalchemy import or_, select

from bot.report import CLOSED_STATUSES
from bot.store import Request, Store

PRODID = "-//foiabot//deadlines//EN"
UID_DOMAIN = "foiabot"


@dataclass(frozen=True)
class Deadline:
    request_id: str
    what: str  # due | follow_up | appeal
    day: dt.date
    subject: str
    agency: str
    explanation: str
    extended: bool = False

    @property
    def uid(self) -> str:
        return f"{self.request_id}.{self.what}@{UID_DOMAIN}"

    @property
    def summary(self) -> str:
        label = {"due": "extended due date" if self.extended else "due date", "follow_up": "follow up",
                 "appeal": "appeal deadline"}[self.what]
        return f"{self.request_id} {label}: {self.subject} ({self.agency})"


def deadlines(requests: Iterable[Request], agency_names: Mapping[str, str], today: dt.date) -> list[Deadline]:
    """The dates a team acts on: an open request's due date (or follow-up date where the law sets none) while
    its clock runs, and an appeal deadline not yet passed."""
    found = []
    for r in requests:
        agency = agency_names.get(r.agency_id, r.agency_id)
        running = r.status not in CLOSED_STATUSES and r.clock_stopped_on is None
        if running and r.due is not None:
            found.append(Deadline(r.id, "due", r.due, r.subject, agency, r.due_explanation, r.extended))
        elif running and r.follow_up is not None:
            found.append(Deadline(r.id, "follow_up", r.follow_up, r.subject, agency, r.due_explanation))
        if r.appeal_due is not None and r.appeal_due >= today:
            found.append(Deadline(r.id, "appeal", r.appeal_due, r.subject, agency, r.appeal_explanation))
    return sorted(found, key=lambda x: (x.day, x.request_id, x.what))


def build(items: Iterable[Deadline], stamp: dt.datetime) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Records requests: deadlines")
    for item in items:
        calendar.add_component(_event(item, stamp))
    return bytes(calendar.to_ical())


def _event(item: Deadline, stamp: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", item.day)
    event.add("dtend", item.day + dt.timedelta(days=1))  # an all-day event ends the next day, exclusive
    event.add("summary", item.summary)
    event.add("description", f"{item.subject}\nAgency: {item.agency}\n\n{item.explanation}".strip())
    event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
    return event


def export(store: Store, path: Path, agency_names: Mapping[str, str], today: dt.date,
           stamp: dt.datetime) -> int:
    """Write the calendar file; returns how many events it holds."""
    with store.session() as session:
        rows = session.scalars(
            select(Request).where(or_(Request.status.not_in(CLOSED_STATUSES), Request.appeal_due.is_not(None)))
            .order_by(Request.id)
        ).all()
        items = deadlines(rows, agency_names, today)
    write_atomically(path, build(items, stamp))
    return len(items)


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
