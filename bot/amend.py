"""Corrections and the team's own actions on a request: edits by hand (`requests edit`, `requests import
--update`), what the team did outside the inbox (answered, paid, appealed), reopening.

Each change is an event in the request's history. A new date recomputes the clock from the stored replies
(correct.rebuild) and then the team's recorded answers. Works on ORM rows inside the caller's transaction; never
commits and never talks to a server.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot import calendar, correct, outbox, tracker
from bot.errors import FoiabotError
from bot.model import Alert, AlertType, Classification, Reply
from bot.rules import Agency, Jurisdiction
from bot.store import Event, Message, Request, TrackingNumber

# What the team did outside the inbox, with the history's wording when no note is given.
HAND_EVENTS = {"answered": "we answered the agency", "paid": "we paid the fee", "appealed": "we filed an appeal"}
# Answering a clarification or paying the fee is what the agency waited for: a stopped clock runs again, as when
# the answer goes out through the Sent folder.
_RESTARTS = ("answered", "paid")


@dataclass(frozen=True)
class Context:
    jurisdictions: Mapping[str, Jurisdiction]
    agencies: Mapping[str, Agency]
    tz: dt.tzinfo
    channel: str = "#foia"  # the team's channel, for requests without one of their own

    def today(self) -> dt.date:
        return dt.datetime.now(self.tz).date()


def apply(session: Session, request: Request, changes: Mapping[str, Any], ctx: Context) -> list[str]:
    """Sets the changed fields; returns what changed (`key: old -> new`), the due date included."""
    said, changed = [], set()
    for key, value in changes.items():
        old = getattr(request, key)
        if value is not None and old != value:
            setattr(request, key, value)
            said.append(f"{key}: {_show(old)} -> {_show(value)}")
            changed.add(key)
    if not said:
        return []
    before = request.due
    if "sent" in changed:
        recompute(session, request, ctx)
    if request.due != before:
        said.append(f"due: {_show(before)} -> {_show(request.due)}")
    return said


def note(session: Session, request: Request, kind: str, on: dt.date, detail: str, ctx: Context,
         title: str) -> None:
    """The change in the request's history, and told in its Slack thread with the next delivery."""
    event = Event(request_id=request.id, kind=kind, on=on, detail=detail)
    session.add(event)
    session.flush()  # the event's id makes the alert's key: each change is told once
    alert = Alert(key=f"{kind}:{request.id}:{event.id}", type=AlertType.CORRECTION, request_id=request.id,
                  title=title, fields=(("Change", detail), ("Status", request.status),
                                       ("Due now", _show(request.due))),
                  explanation=request.due_explanation)
    outbox.enqueue(session, alert, request.slack_channel or ctx.channel)


def _show(value: Any) -> str:
    if value is None or value == "":
        return "-"
    return value.isoformat() if isinstance(value, dt.date) else repr(value) if isinstance(value, str) else str(value)


def tracking_number(session: Session, request: Request, number: str) -> str | None:
    """Records the agency's number for the request; refuses one that another request holds."""
    row = session.scalar(select(TrackingNumber).where(TrackingNumber.agency_id == request.agency_id,
                                                      TrackingNumber.number == number))
    if row is not None and row.request_id != request.id:
        raise FoiabotError(f"{number} is already the tracking number of {row.request_id} at {request.agency_id}")
    if row is None:
        session.add(TrackingNumber(request_id=request.id, agency_id=request.agency_id, number=number,
                                   source="imported"))
        return f"tracking number: + {number}"
    if row.source == "provisional":
        row.source = "imported"
        return f"tracking number: {number} confirmed"
    return None


def recompute(session: Session, request: Request, ctx: Context) -> None:
    """The clock from the date sent, the stored replies in order, then the team's recorded answers."""
    j = ctx.jurisdictions[request.jurisdiction]
    # rebuild writes the chain's clock_met events again as it applies the replies: the old ones would stay twice.
    session.execute(delete(Event).where(Event.request_id == request.id, Event.kind == "clock_met"))
    correct.rebuild(session, request, j, _rereader(session, ctx, request), _local_date(ctx.tz))
    hand = session.scalars(select(Event).where(Event.request_id == request.id, Event.kind.in_(HAND_EVENTS))
                           .order_by(Event.on, Event.id)).all()
    for event in hand:
        _act(session, request, j, event.kind, event.on)
    sent = session.scalar(select(Event).where(Event.request_id == request.id, Event.kind == "sent"))
    if sent is not None:
        sent.on, sent.detail = request.sent, calendar.response_due(j, request.sent).explain()


def _rereader(session: Session, ctx: Context, request: Request) -> Callable[[Message], tuple[Reply, Classification]
                                                                            | None]:
    agency = ctx.agencies.get(request.agency_id)

    def reread(message: Message) -> tuple[Reply, Classification] | None:
        return correct.reread(session, message, agency)

    return reread


def _local_date(tz: dt.tzinfo) -> Callable[[Reply, Message], dt.date]:
    def local_date(reply: Reply, message: Message) -> dt.date:
        when = reply.date or message.arrived or message.processed_at
        return when.astimezone(tz).date()

    return local_date


def record(session: Session, request: Request, kind: str, on: dt.date, detail: str | None, ctx: Context) -> str:
    """What the team did outside the inbox, as an event; answering restarts a stopped clock. Returns what
    happened to the clock, for the command's answer."""
    if on < request.sent:
        raise FoiabotError(f"--date {on} is before {request.id} was sent ({request.sent})")
    j = ctx.jurisdictions[request.jurisdiction]
    stopped = request.clock_stopped_on
    _act(session, request, j, kind, on)
    if kind in _RESTARTS and stopped is not None and request.clock_stopped_on is None:
        said = f"the clock stopped on {stopped} runs again: due {_show(request.due)}"
    elif kind in _RESTARTS:
        said = "the clock was not stopped; deadlines unchanged"
    else:
        said = "no appeal-window reminders from now on"
    note(session, request, kind, on, detail or HAND_EVENTS[kind], ctx, f"{request.id}: {kind} on {on}; {said}")
    return said


def _act(session: Session, request: Request, j: Jurisdiction, kind: str, on: dt.date) -> None:
    if kind in _RESTARTS and request.clock_stopped_on is not None and request.clock_stopped_on <= on:
        tracker.restart_clock(session, request, j, on)
    elif kind == "appealed" and request.appeal_due is not None:
        request.appeal_due, request.appeal_explanation = None, f"appealed on {on}"


def reopen(session: Session, request: Request, ctx: Context, on: dt.date) -> None:
    """A closed request open again, with the status and deadlines its replies and answers give it."""
    if request.status != "closed":
        raise FoiabotError(f"{request.id} is not closed (status: {request.status})")
    request.status, request.closed_at = "open", None
    recompute(session, request, ctx)
    note(session, request, "reopened", on, "reopened by hand", ctx, f"{request.id} is open again")
