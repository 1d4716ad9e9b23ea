"""One email's journey: parse -> match -> classify -> tracker -> alerts (queued in the outbox).

Shared by the worker (IMAP), `foiabot replay` and the demo (files). Each message is handled in its own
transaction; a message that fails is set aside with its reason and goes to triage, and the next one goes on.
A message already seen (same Message-ID, or same bytes when it has none) is never processed or alerted again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import alerts, outbox, register, tracker
from bot.classify import classify
from bot.config import RequestEntry
from bot.errors import ParseError, StoreError
from bot.match import MatchIndex, normalize_number
from bot.model import Classification, Kind, Match, Reply
from bot.parse import parse
from bot.rules import Agency, Jurisdiction
from bot.store import Message, Request, Store, store_raw

log = logging.getLogger(__name__)

_NOT_CORRESPONDENCE = ("list-id", "list-unsubscribe")
_BULK = re.compile(r"(?i)\b(bulk|list|junk)\b")


@dataclass(frozen=True)
class Routing:
    """Where alerts go: the team channel (or an agency's own) and the triage channel."""

    channel: str = "#foia"
    triage_channel: str = "#foia-triage"


@dataclass(frozen=True)
class Outcome:
    source: str
    message_id: str | None
    status: str  # processed | triage | set_aside | backfill | ignored | duplicate | sent
    request: str | None = None
    signal: str | None = None
    kind: str | None = None
    tracking_number: str | None = None
    due: dt.date | None = None
    appeal_due: dt.date | None = None
    estimated: dt.date | None = None
    reason: str = ""


class Pipeline:
    def __init__(
        self,
        store: Store,
        jurisdictions: Mapping[str, Jurisdiction],
        agencies: Mapping[str, Agency],
        timezone: str,
        routing: Routing = Routing(),
        request_pattern: str | None = None,
    ) -> None:
        self.store = store
        self.jurisdictions = jurisdictions
        self.agencies = agencies
        self.tz = zoneinfo.ZoneInfo(timezone)
        self.routing = routing
        self.request_pattern = re.compile(request_pattern) if request_pattern else None
        self._index: MatchIndex | None = None

    @property
    def index(self) -> MatchIndex:
        """The matching index, built when the first message needs it: a pass with no new mail never reads
        every message id of the register (a poll at 30,000 messages costs what it does at 3,000)."""
        if self._index is None:
            with self.store.session() as session:
                self._index = MatchIndex(register.open_requests_for_matching(session), list(self.agencies.values()))
        return self._index

    def reload(self) -> None:
        """Rebuild the matching index (after requests were imported or closed by another command)."""
        self._index = None

    # ------------------------------------------------------------------------------------- entry point

    def process(
        self,
        raw: bytes,
        source: str,
        *,
        uid: int | None = None,
        arrived: dt.datetime | None = None,
        outgoing: bool = False,
        backfill: bool = False,
    ) -> Outcome:
        sha = hashlib.sha256(raw).hexdigest()
        try:
            reply = parse(raw)
        except ParseError as err:
            return self._set_aside(raw, sha, source, uid, arrived, f"cannot parse: {err}")
        try:
            with self.store.session() as session:
                if _seen(session, reply):
                    return Outcome(source, reply.message_id, "duplicate", reason="already processed")
                message = _record(session, reply, raw, source, uid, arrived, "in" if not outgoing else "out")
                if backfill:
                    message.status, message.reason = "backfill", "older than the backfill window"
                    return Outcome(source, reply.message_id, "backfill", reason=message.reason)
                if outgoing:
                    return self._outgoing(session, reply, message, source)
                return self._incoming(session, reply, message, source)
        except StoreError:
            raise
        except IntegrityError:
            return Outcome(source, reply.message_id, "duplicate", reason="already processed")
        except Exception as err:  # a poison message never stops the worker
            log.exception("message from %s could not be processed", source)
            return self._set_aside(raw, sha, source, uid, arrived, f"{err.__class__.__name__}: {err}")

    # --------------------------------------------------------------------------------------- incoming

    def _incoming(self, session: Session, reply: Reply, message: Message, source: str) -> Outcome:
        match = self.index.match(reply)
        agency = self.agencies.get(match.agency_id) if match.agency_id else None
        request = session.get(Request, match.request_id) if match.request_id else None
        if request is not None:
            agency = self.agencies.get(request.agency_id, agency)
        result = classify(reply, agency)
        message.kind, message.rule = result.kind.value, result.rule
        message.tracking_number = result.facts.tracking_number
        if request is None:
            return self._unmatched(session, reply, message, source, result, match)
        return self._matched(session, reply, message, source, result, match, request, agency)

    def _matched(
        self, session: Session, reply: Reply, message: Message, source: str, result: Classification,
        match: Match, request: Request, agency: Agency | None,
    ) -> Outcome:
        message.request_id, message.signal, message.status = request.id, match.signal, "processed"
        jurisdiction = self.jurisdictions[request.jurisdiction]
        if result.kind not in (Kind.AUTO_REPLY, Kind.BOUNCE):
            text = "\n".join([reply.new_text] + [a.text for a in reply.attachments])
            tracker.apply_reply(session, request, jurisdiction, result, self._local_date(reply, message), text,
                                message.id)
            request.last_reply_at = message.arrived or message.processed_at
        self._learn(session, request, reply, result)
        channel = request.slack_channel or self.routing.channel
        outbox.enqueue(session, alerts.reply_alert(request, agency, reply, result, match), channel)
        log.info("%s: %s -> %s by %s (%s)", source, reply.message_id, request.id, match.signal, result.kind)
        return Outcome(source, reply.message_id, "processed", request.id, match.signal, result.kind.value,
                       result.facts.tracking_number, request.due, request.appeal_due, result.facts.estimated)

    def _learn(self, session: Session, request: Request, reply: Reply, result: Classification) -> None:
        if reply.message_id:
            self.index.add_message_id(request.id, reply.message_id)
        number = result.facts.tracking_number
        if not number or result.facts.tracking_number_quoted_only:
            return
        # Most replies repeat a number the index already has: no query for those.
        if normalize_number(number) not in self.index.numbers_of(request.id) and \
                register.add_tracking_number(session, request, number, "learned"):
            self.index.add_tracking_number(request.id, number)

    def _unmatched(
        self, session: Session, reply: Reply, message: Message, source: str, result: Classification, match: Match
    ) -> Outcome:
        if _is_bulk(reply) and match.agency_id is None:
            # A newsletter may well talk about "no responsive records": it is still not an agency's answer.
            message.status, message.reason = "ignored", "mailing list or bulk mail, not correspondence"
            message.kind, message.rule = Kind.OTHER.value, "header:bulk"
            self.store.bump_counter(session, "ignored_messages")
            log.info("%s: %s ignored (%s)", source, reply.message_id, message.reason)
            return Outcome(source, reply.message_id, "ignored", kind=message.kind, reason=message.reason)
        message.status, message.reason = "triage", match.reason or "no request matched"
        message.signal = None
        outbox.enqueue(session, alerts.triage_alert(reply, result, match, message.reason),
                       self.routing.triage_channel)
        log.info("%s: %s unmatched -> triage (%s)", source, reply.message_id, message.reason)
        return Outcome(source, reply.message_id, "triage", kind=result.kind.value,
                       tracking_number=result.facts.tracking_number, estimated=result.facts.estimated,
                       reason=message.reason)

    # --------------------------------------------------------------------------------------- outgoing

    def _outgoing(self, session: Session, reply: Reply, message: Message, source: str) -> Outcome:
        """Mail the team sent: answers restart stopped clocks; a new records request is registered."""
        message.status = "processed"
        known = [mid for mid in reply.in_reply_to + reply.references if mid]
        request = self._request_for_thread(session, known)
        if request is not None:
            message.request_id = request.id
            if reply.message_id:
                self.index.add_message_id(request.id, reply.message_id)
            tracker.restart_clock(session, request, self.jurisdictions[request.jurisdiction],
                                  self._local_date(reply, message))
            return Outcome(source, reply.message_id, "sent", request.id, "thread", due=request.due)
        agency = self._agency_of_recipients(reply)
        if agency is None or self.request_pattern is None or not self.request_pattern.search(
                f"{reply.subject}\n{reply.new_text[:5000]}"):
            message.reason = "outgoing mail, not a new request"
            return Outcome(source, reply.message_id, "sent", reason=message.reason)
        request = self._register(session, reply, agency, message)
        return Outcome(source, reply.message_id, "sent", request.id, "registered", due=request.due)

    def _request_for_thread(self, session: Session, ids: list[str]) -> Request | None:
        if not ids:
            return None
        rid = session.scalar(select(Request.id).where(Request.message_id.in_(ids)))
        if rid is None:
            rid = session.scalar(select(Message.request_id).where(Message.message_id.in_(ids),
                                                                  Message.request_id.is_not(None)))
        return session.get(Request, rid) if rid else None

    def _agency_of_recipients(self, reply: Reply) -> Agency | None:
        for address in reply.recipients:
            for agency in self.agencies.values():
                if agency.owns_address(address):
                    return agency
        return None

    def _register(self, session: Session, reply: Reply, agency: Agency, message: Message) -> Request:
        sent = self._local_date(reply, message)
        request_id = _next_id(session)
        entry = RequestEntry(id=request_id, agency=agency.id, subject=reply.subject or "(no subject)", sent=sent,
                             message_id=reply.message_id,
                             reply_address=reply.reply_to[0] if reply.reply_to else None)
        request = register.add_request(session, entry, agency, self.jurisdictions)
        message.request_id = request.id
        self.index.add_request(register.as_open_request(request))
        log.info("registered %s from outgoing mail to %s", request.id, agency.id)
        return request

    # --------------------------------------------------------------------------------------- helpers

    def _local_date(self, reply: Reply, message: Message) -> dt.date:
        when = reply.date or message.arrived or message.processed_at
        return when.astimezone(self.tz).date()

    def _set_aside(
        self, raw: bytes, sha: str, source: str, uid: int | None, arrived: dt.datetime | None, reason: str
    ) -> Outcome:
        with self.store.session() as session:
            if session.scalar(select(Message.id).where(Message.raw_sha256 == sha)) is not None:
                return Outcome(source, None, "duplicate", reason="already processed")
            message = Message(raw_sha256=sha, source=source, uid=uid, arrived=arrived, status="set_aside",
                              reason=reason[:2000])
            session.add(message)
            session.flush()
            store_raw(session, message.id, raw)
            outbox.enqueue(session, alerts.set_aside_alert(sha, source, reason), self.routing.triage_channel)
        log.warning("%s: set aside: %s", source, reason)
        return Outcome(source, None, "set_aside", reason=reason)


def _seen(session: Session, reply: Reply) -> bool:
    same = Message.raw_sha256 == reply.raw_sha256
    if reply.message_id:
        same = or_(Message.message_id == reply.message_id, same)  # one query, both indexes
    return session.scalar(select(Message.id).where(same).limit(1)) is not None


def _record(
    session: Session, reply: Reply, raw: bytes, source: str, uid: int | None, arrived: dt.datetime | None,
    direction: str,
) -> Message:
    message = Message(
        message_id=reply.message_id, raw_sha256=reply.raw_sha256, source=source, uid=uid, arrived=arrived,
        date=reply.date, from_addr=reply.from_addr[:320], subject=reply.subject[:2000], direction=direction,
        status="processing",
    )
    session.add(message)
    session.flush()
    store_raw(session, message.id, raw)
    return message


def _is_bulk(reply: Reply) -> bool:
    return any(h in reply.flags for h in _NOT_CORRESPONDENCE) or bool(
        _BULK.search(reply.flags.get("precedence", ""))
    )


def _next_id(session: Session) -> str:
    ids = session.scalars(select(Request.id).where(Request.id.like("REQ-%"))).all()
    numbers = [int(i[4:]) for i in ids if i[4:].isdigit()]
    return f"REQ-{max(numbers, default=0) + 1:03d}"
