"""What `/foia` answers in Slack: a request's status, what is overdue, when a request received on a day would be
due. Reads the register only and never changes it; knows nothing of Slack (the answer is plain text, escaped
by the Socket Mode edge). A question it does not understand gets the usage, never an error.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select

from bot import calendar, clocks
from bot.rules import Jurisdiction
from bot.store import Message, Request, Store

APPEAL_DAYS = 14  # appeal windows closing within this many days are on the board

USAGE = ("/foia REQ-017: a request's status, due date and last reply\n"
         "/foia overdue: the open requests past their due date\n"
         "/foia due US-NY 2026-12-24: when a request received that day is due\n"
         "/foia add: a new request (a form); /foia close REQ-017 why: close a request")
LISTED = 25  # overdue requests named; the rest are counted
_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")


@dataclass(frozen=True)
class Answer:
    text: str
    thread: tuple[str, str] | None = None  # (channel, ts) of the request's thread, for a link


def answer(store: Store, jurisdictions: Mapping[str, Jurisdiction], question: str, today: dt.date) -> Answer:
    words = question.split()
    if not words or words[0].lower() == "help":
        return Answer(USAGE)
    if words[0].lower() == "overdue" and len(words) == 1:
        return Answer(_overdue(store, today))
    if words[0].lower() == "due":
        return Answer(_due(jurisdictions, words[1:]))
    if len(words) == 1 and _REQUEST_ID.fullmatch(words[0]):
        return _request(store, words[0].upper(), today)
    return Answer(f"foiabot does not understand {question[:80]!r}.\n{USAGE}")


def _request(store: Store, request_id: str, today: dt.date) -> Answer:
    with store.session() as session:
        request = session.get(Request, request_id)
        if request is None:
            return Answer(f"There is no request {request_id}.")
        last = session.scalar(select(Message).where(Message.request_id == request.id, Message.direction == "in")
                              .order_by(Message.date.desc(), Message.id.desc()).limit(1))
        lines = [f"{request.id}: {request.subject}", f"{request.agency_id} ({request.jurisdiction}), sent "
                 f"{request.sent.isoformat()}, {request.status.replace('_', ' ')}"]
        lines += _dates(request, today)
        if last is not None:
            when = last.date.date().isoformat() if last.date else "undated"
            lines.append(f"Last reply: {when}, {last.kind or 'unread'}: {last.subject or '(no subject)'}")
        thread = (request.slack_channel or "", request.slack_thread_ts) if request.slack_thread_ts else None
        return Answer("\n".join(lines), thread)


def _dates(request: Request, today: dt.date) -> list[str]:
    lines = []
    if request.clock_stopped_on:
        lines.append(f"Clock stopped on {request.clock_stopped_on.isoformat()}: waiting on us "
                     f"({request.remaining_days} business days left when we answer)")
    elif request.due:
        late = " (overdue)" if request.due < today and request.status != "closed" else ""
        lines.append(f"Due {request.due.isoformat()}{late}: {request.due_explanation}")
    if request.appeal_due:
        lines.append(f"Appeal by {request.appeal_due.isoformat()}: {request.appeal_explanation}")
    return lines


def _overdue(store: Store, today: dt.date) -> str:
    with store.session() as session:
        rows = session.execute(select(Request.id, Request.agency_id, Request.due, Request.subject)
                               .where(Request.status != "closed", Request.clock_stopped_on.is_(None),
                                      Request.due < today).order_by(Request.due, Request.id)).all()
    if not rows:
        return "Nothing is overdue."
    lines = [f"{len(rows)} overdue:"]
    lines += [f"{rid} ({agency}) due {due}: {subject}" for rid, agency, due, subject in rows[:LISTED]]
    if len(rows) > LISTED:
        lines.append(f"and {len(rows) - LISTED} more")
    return "\n".join(lines)


def _due(jurisdictions: Mapping[str, Jurisdiction], words: list[str]) -> str:
    if len(words) != 2:
        return "Say which jurisdiction and day: /foia due US-NY 2026-12-24"
    code = words[0].upper()
    if code not in jurisdictions:
        return f"foiabot knows no jurisdiction {words[0][:20]!r} (US, US-AL ... US-WY, US-DC)."
    try:
        received = dt.date.fromisoformat(words[1])
    except ValueError:
        return f"{words[1][:20]!r} is not a date (YYYY-MM-DD)."
    j = jurisdictions[code]
    step = next(s for s in clocks.steps(j, received, clocks.Events()) if s.state in ("running", "stopped"))
    due = step.deadline.due if step.deadline else None
    shown = due.isoformat() if due is not None else "no fixed date"
    lines = [f"{j.code} ({j.law}), received {received.isoformat()}: due {shown}", step.explain(j)]
    extended = calendar.extend(j, step.deadline) if step.deadline is not None and step.number == 1 else None
    if extended is not None and extended.due is not None and j.response.then is None:
        lines.append(f"With the extension: {extended.due.isoformat()}")
    return "\n".join(lines)


def board(store: Store, today: dt.date) -> list[tuple[str, list[str]]]:
    """The desk for the App Home tab: (heading, lines) for overdue, due this week, waiting on us, appeal windows
    closing, and mail waiting in triage."""
    week, appeals = today + dt.timedelta(days=7), today + dt.timedelta(days=APPEAL_DAYS)
    with store.session() as session:
        open_ = session.scalars(select(Request).where(Request.status != "closed").order_by(Request.id)).all()
        triage = session.scalar(select(func.count(Message.id)).where(Message.status.in_(("triage", "set_aside"))))
        running = [r for r in open_ if r.clock_stopped_on is None and r.due is not None]
        sections = [
            ("Overdue", [_line(r, r.due) for r in sorted(running, key=_due_of) if _due_of(r) < today]),
            ("Due this week", [_line(r, r.due) for r in sorted(running, key=_due_of) if today <= _due_of(r) < week]),
            ("Waiting on us", [_line(r, r.clock_stopped_on, "clock stopped") for r in open_ if r.clock_stopped_on]),
            ("Appeal windows closing", [_line(r, r.appeal_due, "appeal by") for r in open_
                                        if r.appeal_due and today <= r.appeal_due <= appeals]),
        ]
    waiting = f"{triage or 0} {'message' if triage == 1 else 'messages'} waiting"
    return [(h, lines[:LISTED] + ([f"and {len(lines) - LISTED} more"] if len(lines) > LISTED else []) or ["none"])
            for h, lines in sections] + [("Triage", [waiting])]


def _due_of(request: Request) -> dt.date:
    return request.due or dt.date.max


def _line(request: Request, on: dt.date | None, what: str = "due") -> str:
    return f"{request.id} ({request.agency_id}) {what} {on.isoformat() if on else '-'}: {request.subject}"
