"""`foiabot requests discover`: a team's open requests found in its Sent mail, and their history read quietly.

A team that adopts foiabot already has requests out. Their outgoing mail (the Sent folder, or an export of it)
holds each request: the outgoing mail that looks like a records request to a configured agency, by the same
test as automatic registration (pipeline.looks_like_request). Listing never changes anything. Importing
registers them (idempotent: a request whose Message-ID is in the register is not added again), then runs the
agency replies that belong to them through the pipeline in date order, so each request starts with its real
status, tracking number and due date. That history is applied quietly: one summary post per request in its
thread, not one alert per old reply. Replies that match none of the discovered requests are left alone.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from bot import alerts, outbox, register
from bot.classify import classify
from bot.config import RequestEntry
from bot.errors import ParseError
from bot.mailbox import ImapMailbox
from bot.match import MatchIndex
from bot.model import OpenRequest, Reply
from bot.parse import parse
from bot.pipeline import Incoming, Pipeline, looks_like_request, next_request_id
from bot.rules import Agency, Jurisdiction
from bot.store import Request


@dataclass
class Found:
    """An outgoing request found in Sent mail, and the agency replies that would match it."""

    agency: str
    subject: str
    sent: dt.date
    message_id: str | None
    reply_address: str | None
    source: str
    replies: list[tuple[str, bytes, Reply]] = field(default_factory=list)  # (source, raw, parsed), by date
    request_id: str | None = None  # the register's id, once imported (or when already there)

    def as_json(self) -> dict[str, object]:
        return {"agency": self.agency, "subject": self.subject, "sent": self.sent.isoformat(),
                "message_id": self.message_id, "reply_address": self.reply_address, "source": self.source,
                "request": self.request_id, "replies": [source for source, _, _ in self.replies]}


def discover(outgoing: Iterable[tuple[str, bytes]], incoming: Iterable[tuple[str, bytes]],
             agencies: Mapping[str, Agency], request_pattern: str | None, timezone: dt.tzinfo,
             since: dt.date | None = None) -> list[Found]:
    """The requests in the outgoing mail (sent on or after `since`), each with the incoming replies that match
    it, oldest request first."""
    found = [f for f in _requests_in(outgoing, agencies, request_pattern, timezone) if since is None or
             f.sent >= since]
    found.sort(key=lambda f: (f.sent, f.source))
    index = MatchIndex([_as_open(n, f) for n, f in enumerate(found)], list(agencies.values()))
    for source, raw, reply in sorted(_parsed(incoming), key=lambda item: _when(item[2])):
        match = index.match(reply)
        if match.request_id is None:
            continue
        item = found[int(match.request_id)]
        item.replies.append((source, raw, reply))
        if reply.message_id:
            index.add_message_id(match.request_id, reply.message_id)
        # Later replies often carry only the number an acknowledgment assigned: learn it as the worker does.
        number = classify(reply, agencies.get(item.agency)).facts.tracking_number
        if number:
            index.add_tracking_number(match.request_id, number, provisional=match.provisional)
    return found


def import_found(pipeline: Pipeline, found: Sequence[Found], jurisdictions: Mapping[str, Jurisdiction],
                 agencies: Mapping[str, Agency]) -> list[Found]:
    """Register the requests (idempotent), then read their replies quietly and post one summary per request."""
    store = pipeline.store
    with store.session() as session:
        for item in found:
            existing = session.scalar(select(Request.id).where(Request.message_id == item.message_id)) \
                if item.message_id else None
            if existing is not None:
                item.request_id = existing
                continue
            item.request_id = next_request_id(session)
            entry = RequestEntry(id=item.request_id, agency=item.agency, subject=item.subject, sent=item.sent,
                                 message_id=item.message_id, reply_address=item.reply_address)
            register.add_request(session, entry, agencies[item.agency], jurisdictions)
    pipeline.reload()
    for item in found:
        _read_history(pipeline, item)
    return list(found)


def _read_history(pipeline: Pipeline, item: Found) -> None:
    todo = [Incoming(raw, source, quiet=True) for source, raw, _ in item.replies]
    outcomes = pipeline.process_many(todo) if todo else []
    kinds = Counter(o.kind for o in outcomes if o.status == "processed" and o.request == item.request_id and o.kind)
    with pipeline.store.session() as session:
        request = session.get(Request, item.request_id)
        if request is None:
            return
        numbers = register.request_summary(session, request).get("tracking_numbers", [])
        alert = alerts.history_alert(request, dict(kinds), list(numbers) if isinstance(numbers, list) else [])
        channel = request.slack_channel or pipeline.routing.channel
        outbox.enqueue(session, alert, channel)


def _requests_in(outgoing: Iterable[tuple[str, bytes]], agencies: Mapping[str, Agency],
                 request_pattern: str | None, timezone: dt.tzinfo) -> Iterator[Found]:
    for source, _raw, reply in _parsed(outgoing):
        agency = looks_like_request(reply, agencies, request_pattern)
        if agency is None:
            continue
        if reply.date is None:
            continue  # when it was sent cannot be known, and the law counts from that day
        when = reply.date.astimezone(timezone).date()
        yield Found(agency=agency.id, subject=reply.subject or "(no subject)", sent=when,
                    message_id=reply.message_id, reply_address=reply.reply_to[0] if reply.reply_to else None,
                    source=source)


def _parsed(messages: Iterable[tuple[str, bytes]]) -> Iterator[tuple[str, bytes, Reply]]:
    for source, raw in messages:
        try:
            yield source, raw, parse(raw)
        except ParseError:
            continue  # a message that cannot be read is neither a request nor a reply we can place


def _as_open(position: int, found: Found) -> OpenRequest:
    ids = frozenset({found.message_id}) if found.message_id else frozenset()
    return OpenRequest(id=str(position), agency_id=found.agency, subject=found.subject, message_ids=ids,
                       reply_address=found.reply_address, sent=found.sent)


def _when(reply: Reply) -> dt.datetime:
    return reply.date or dt.datetime.min.replace(tzinfo=dt.UTC)


def split_by_direction(messages: Iterable[tuple[str, bytes]], agencies: Mapping[str, Agency]
                       ) -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """An export holds both: mail from an agency address is incoming, anything else outgoing (the team's)."""
    outgoing: list[tuple[str, bytes]] = []
    incoming: list[tuple[str, bytes]] = []
    for source, raw in messages:
        try:
            sender = parse(raw).from_addr
        except ParseError:
            continue
        mine = not any(a.owns_address(sender) for a in agencies.values())
        (outgoing if mine else incoming).append((source, raw))
    return outgoing, incoming



def from_mailbox(mailbox: ImapMailbox, sent_folder: str, folders: Sequence[str]
                 ) -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """(outgoing, incoming) mail read from the mailbox, read-only, without touching any checkpoint."""
    def read(folder: str) -> list[tuple[str, bytes]]:
        return [(f"{folder}#{m.uid}", m.raw) for batch, _ in mailbox.fetch_new(folder, None) for m in batch]

    return read(sent_folder), [item for folder in folders for item in read(folder)]
