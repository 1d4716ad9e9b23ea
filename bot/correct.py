"""Correcting a placement that later evidence contradicts: replies move to the request they belong to, and both
requests' clocks are computed again from their replies, in order.

A reply placed by its words alone teaches its request a provisional number. When a later reply, placed by a
stronger signal (its thread, its reply address, a confirmed number), states that number for another request,
the earlier placement was wrong: the replies that cited the number move to that request, the number with them,
and nothing stays on two requests. The same holds when such a reply answers in the thread of replies placed by
their words on another request: they move, with the numbers they taught. Works on ORM rows inside the caller's
transaction and never commits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot import tracker
from bot.classify import classify
from bot.errors import ParseError
from bot.model import Classification, Kind, Reply
from bot.parse import parse
from bot.rules import Agency, Jurisdiction
from bot.store import PROVISIONAL, WORDS_ONLY, Event, Message, Request, TrackingNumber, load_raw, placed_by_words

# Message.signal of a reply moved by a correction: firm from then on.
CORRECTED = "corrected"
# Message.rule of a kind a person set (from Slack): it wins over the rules whenever a history is replayed.
PERSON_RULE = "slack"

# Events written by replies and by our answers; the others (sent, closed by hand, corrected) are the register's.
_CLOCK_EVENTS = ("received", "extension", "clock_stopped", "clock_restarted", "clock_met", "appeal_window",
                 "adverse_determination")


@dataclass(frozen=True)
class Moved:
    """What a correction did, for the alerts in both threads."""

    number: str  # the number that showed the mistake, or "" when the thread did
    source: str  # the request the replies were wrongly on
    target: str  # the request they belong to
    messages: tuple[str, ...]  # subjects (or Message-IDs) of the replies moved
    source_due: dt.date | None
    target_due: dt.date | None

    @property
    def what(self) -> str:
        count = f"{len(self.messages)} {'reply' if len(self.messages) == 1 else 'replies'}"
        return f"{count} citing {self.number}" if self.number else f"{count} placed by their words"


# How to read a stored reply again: (message) -> (reply, classification), or None when it cannot be read.
Reread = Callable[[Message], "tuple[Reply, Classification] | None"]


def reread(session: Session, message: Message, agency: Agency | None,
           raw: bytes | None = None) -> tuple[Reply, Classification] | None:
    """A stored reply parsed and classified again, a kind a person set kept; None when it cannot be read."""
    raw = raw if raw is not None else load_raw(session, message.id)
    if raw is None:
        return None
    try:
        reply = parse(raw)
    except ParseError:
        return None
    result = classify(reply, agency)
    if message.rule == PERSON_RULE and message.kind in set(Kind):
        result = dataclasses.replace(result, kind=Kind(message.kind), rule=PERSON_RULE)
    return reply, result


def misplaced(session: Session, number: str, wrong: str) -> list[Message]:
    """The replies on request `wrong` that were placed by their words or by `number`, and that cite it."""
    rows = session.scalars(select(Message).where(Message.request_id == wrong, Message.direction == "in",
                                                 Message.tracking_number == number)).all()
    return [m for m in rows if m.signal in WORDS_ONLY or m.signal == "tracking_number"]


def in_thread(session: Session, message_ids: Sequence[str], right: str) -> dict[str, list[Message]]:
    """request id -> its replies among `message_ids` that were placed by their words alone, besides `right`'s."""
    rows = session.scalars(select(Message).where(Message.direction == "in", Message.message_id.in_(message_ids),
                                                 Message.request_id.is_not(None), Message.request_id != right)).all()
    owners = {m.request_id for m in rows}
    provisional: dict[str | None, set[str]] = {}
    for owner, number in session.execute(select(TrackingNumber.request_id, TrackingNumber.number).where(
            TrackingNumber.request_id.in_(owners), TrackingNumber.source == PROVISIONAL)):
        provisional.setdefault(owner, set()).add(number)
    found: dict[str, list[Message]] = {}
    for message in rows:
        assert message.request_id is not None
        if placed_by_words(message.signal, message.tracking_number, provisional.get(message.request_id, ())):
            found.setdefault(message.request_id, []).append(message)
    return found


def move(session: Session, numbers: Sequence[str], source: Request, target: Request, messages: Sequence[Message],
         why: str) -> None:
    """The replies and the numbers they taught now belong to `target` (confirmed: a firm signal put them there)."""
    for message in messages:
        message.request_id, message.signal = target.id, CORRECTED
        message.reason = (f"moved from {source.id}: {why}; " + (message.reason or ""))[:2000]
    for number in numbers:
        row = session.scalar(select(TrackingNumber).where(TrackingNumber.agency_id == source.agency_id,
                                                          TrackingNumber.number == number,
                                                          TrackingNumber.request_id == source.id))
        if row is not None:
            row.request_id, row.agency_id, row.source = target.id, target.agency_id, "learned"


def rebuild(session: Session, request: Request, jurisdiction: Jurisdiction, reread: Reread,
            local_date: Callable[[Reply, Message], dt.date]) -> None:
    """The request's clock as its replies and our answers, applied in order from the start, make it."""
    session.flush()
    messages = session.scalars(select(Message).where(Message.request_id == request.id)
                               .order_by(Message.date, Message.id)).all()
    session.execute(delete(Event).where(Event.request_id == request.id, Event.kind.in_(_CLOCK_EVENTS)))
    closed = request.status == "closed"
    request.status, request.received, request.extended = "open", request.sent, False
    request.clock_stopped_on = request.remaining_days = request.appeal_due = request.estimated = None
    request.clock_index, request.acknowledged = None, None  # the chain of clocks starts again at its first
    request.appeal_explanation, request.last_kind = "", None
    tracker.initial_deadlines(request, jurisdiction)
    for message in messages:
        read = reread(message)
        if read is None:
            continue
        reply, result = read
        on = local_date(reply, message)
        if message.direction == "out":
            tracker.restart_clock(session, request, jurisdiction, on)
        elif result.kind not in (Kind.AUTO_REPLY, Kind.BOUNCE):
            tracker.apply_reply(session, request, jurisdiction, result, on, reply.said, message)
    if closed:
        request.status = "closed"


def record(session: Session, moved: Moved, on: dt.date) -> None:
    """An event on each request, so that `requests show` tells the story."""
    session.add(Event(request_id=moved.source, kind="corrected", on=on,
                      detail=f"{moved.what} moved to {moved.target}"))
    session.add(Event(request_id=moved.target, kind="corrected", on=on,
                      detail=f"{moved.what} moved here from {moved.source}"))
