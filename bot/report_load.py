"""Reads the register (requests, their agency replies and events, triage) into report.py's plain data.

I/O edge, read only: it never writes to the database.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sqlalchemy import func, select

from bot.report import ReplyFact, RequestFacts
from bot.store import Event, Message, Request, Store


def load(store: Store, tz: zoneinfo.ZoneInfo) -> tuple[list[RequestFacts], int]:
    """Every request with its replies in date order, and how many messages wait in triage."""
    with store.session() as session:
        replies: dict[str, list[ReplyFact]] = {}
        rows = session.execute(
            select(Message.request_id, Message.kind, Message.date, Message.arrived, Message.processed_at)
            .where(Message.request_id.is_not(None), Message.direction == "in", Message.kind.is_not(None),
                   Message.status == "processed")
        )
        for request_id, kind, date, arrived, processed in rows:
            if request_id is None or kind is None:
                continue
            when: dt.datetime = date or arrived or processed
            replies.setdefault(request_id, []).append(ReplyFact(_local(when, tz), kind))
        extended = set(session.scalars(select(Event.request_id).where(Event.kind == "extension")))
        requests = [_facts(r, replies.get(r.id, []), r.id in extended)
                    for r in session.scalars(select(Request).order_by(Request.id))]
        triage = session.scalar(select(func.count()).select_from(Message).where(Message.status == "triage"))
    return requests, int(triage or 0)


def _local(when: dt.datetime, tz: zoneinfo.ZoneInfo) -> dt.date:
    # SQLite hands back naive datetimes for timezone-aware columns; they were stored in UTC.
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(tz).date()


def _facts(r: Request, replies: list[ReplyFact], extension_event: bool) -> RequestFacts:
    return RequestFacts(
        id=r.id, agency_id=r.agency_id, jurisdiction=r.jurisdiction, subject=r.subject, sent=r.sent,
        status=r.status, due=r.due, appeal_due=r.appeal_due, clock_stopped_on=r.clock_stopped_on,
        extended=bool(r.extended or extension_event),
        replies=tuple(sorted(replies, key=lambda x: x.on)),
    )
