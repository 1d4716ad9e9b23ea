"""One email's journey: parse -> match -> classify -> tracker -> alerts (queued in the outbox).

Shared by the worker (IMAP), `foiabot replay` and the demo (files). A batch of messages (one IMAP fetch) is
handled in one transaction: 790 replies in process, 3.4 ms -> 1.7 ms each against a transaction each. When
anything in a batch fails, the batch is rolled back and its messages are handled again one at a time, each in
its own transaction, so that only the failing one is set aside with its reason (and goes to triage) and the
next one goes on. A message already seen (same Message-ID, or same bytes when it has none) is never processed
or alerted again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import re
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import InstrumentedAttribute, Session

from bot import alerts, correct, labels, outbox, register, tracker, updates
from bot.classify import classify
from bot.classify.facts import split_numbers, stated_numbers
from bot.config import RequestEntry
from bot.errors import ParseError, StoreError
from bot.match import MatchIndex, normalize_number
from bot.model import Alert, Classification, Kind, Match, Reply, Routing
from bot.parse.bulk import is_bulk
from bot.parse.quotes import FORWARD_SUBJECT
from bot.parse.text import unread
from bot.reading import headline, read
from bot.rules import Agency, Jurisdiction
from bot.store import PROVISIONAL, Message, Request, Store, store_raw, store_raws, utcnow

log = logging.getLogger(__name__)


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
    answer_by: dt.date | None = None  # the agency's deadline for our answer, as the request now stands


@dataclass(frozen=True)
class Incoming:
    """One message to process, and where it came from."""

    raw: bytes
    source: str
    uid: int | None = None
    arrived: dt.datetime | None = None
    outgoing: bool = False
    backfill: bool = False
    quiet: bool = False  # history read on adoption (`requests discover`): the register learns, no alert is sent


@dataclass
class _Batch:
    """What one transaction writes besides the ORM rows: raw bytes and alerts, written in bulk at the end,
    and the messages already seen (the register's, looked up once for the batch, and the batch's own)."""

    session: Session
    seen_ids: set[str]
    seen_shas: set[str]
    raws: list[tuple[Message, bytes]] = field(default_factory=list)
    alerts: list[tuple[Alert, str]] = field(default_factory=list)
    # The session's identity map holds clean rows weakly: without this, each reply loaded its request again,
    # and the query flushed everything pending first (790 replies: 732 flushes -> 4).
    requests: dict[str, Request] = field(default_factory=dict)

    @classmethod
    def begin(cls, session: Session, replies: Sequence[Reply]) -> _Batch:
        ids = [r.message_id for r in replies if r.message_id]
        shas = [r.raw_sha256 for r in replies]
        return cls(session, _present(session, Message.message_id, ids), _present(session, Message.raw_sha256, shas))

    def seen(self, reply: Reply) -> bool:
        """Seen before (same Message-ID, or same bytes); counts the reply as seen from now on."""
        if (reply.message_id and reply.message_id in self.seen_ids) or reply.raw_sha256 in self.seen_shas:
            return True
        if reply.message_id:
            self.seen_ids.add(reply.message_id)
        self.seen_shas.add(reply.raw_sha256)
        return False

    def request(self, request_id: str) -> Request | None:
        if request_id not in self.requests:
            request = self.session.get(Request, request_id)
            if request is None:
                return None
            self.requests[request_id] = request
        return self.requests[request_id]

    def write(self) -> None:
        self.session.flush()
        store_raws(self.session, [(message.id, raw) for message, raw in self.raws])
        outbox.enqueue_many(self.session, self.alerts)
        updates.queue(self.session, self.alerts)


class Pipeline:
    def __init__(
        self,
        store: Store,
        jurisdictions: Mapping[str, Jurisdiction],
        agencies: Mapping[str, Agency],
        timezone: str,
        routing: Routing | None = None,
        request_pattern: str | None = None,
    ) -> None:
        self.store = store
        self.jurisdictions = jurisdictions
        self.agencies = agencies
        self.tz = zoneinfo.ZoneInfo(timezone)
        self.routing = routing or Routing()
        self.request_pattern = re.compile(request_pattern) if request_pattern else None
        self._index: MatchIndex | None = None

    @property
    def index(self) -> MatchIndex:
        """The matching index, built when the first message needs it: a pass with no new mail never reads
        every message id of the register (a poll at 30,000 messages costs what it does at 3,000)."""
        if self._index is None:
            with self.store.session() as session:
                agencies = register.with_learned_senders(session, self.agencies.values())
                self._index = MatchIndex(register.open_requests_for_matching(session), agencies)
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
        return self.process_many([Incoming(raw, source, uid, arrived, outgoing, backfill)])[0]

    def process_many(self, items: Sequence[Incoming]) -> list[Outcome]:
        """Process messages in order, in one transaction; outcomes in the same order."""
        parsed = [self._parse(item) for item in items]
        todo = [(item, reply) for item, reply in zip(items, parsed, strict=True) if isinstance(reply, Reply)]
        done: Iterable[Outcome] = ()
        if len(todo) > 1:
            try:
                with self.store.session() as session:
                    done = self._handle(session, todo)
            except StoreError:
                self.reload()  # nothing was written: forget what the index learned from the batch
                raise
            except Exception as err:  # handled again one by one below, where it is reported
                log.info("a batch of %d messages failed (%s: %s); processing them one at a time", len(todo),
                         err.__class__.__name__, err)
                self.reload()  # the index learned from the rolled-back batch
                done = [self._handle_one(item, reply) for item, reply in todo]
        else:
            done = [self._handle_one(item, reply) for item, reply in todo]
        results = iter(done)
        return [next(results) if isinstance(outcome, Reply) else outcome for outcome in parsed]

    def _parse(self, item: Incoming) -> Reply | Outcome:
        try:
            return read(item.raw)
        except ParseError as err:
            sha = hashlib.sha256(item.raw).hexdigest()
            return self._set_aside(item, sha, f"cannot parse: {err}")

    def _handle_one(self, item: Incoming, reply: Reply) -> Outcome:
        try:
            with self.store.session() as session:
                return self._handle(session, [(item, reply)])[0]
        except StoreError:
            self.reload()
            raise
        except IntegrityError as err:
            self.reload()
            if self._stored(reply):  # stored meanwhile by another process: the same message, already handled
                return Outcome(item.source, reply.message_id, "duplicate", reason="already processed")
            log.error("message from %s uid %s was refused by the database: %s", item.source, item.uid, err.orig)
            return self._set_aside(item, reply.raw_sha256, f"the database refused it: {err.orig}", reply)
        except Exception as err:  # a poison message never stops the worker
            log.exception("message from %s could not be processed", item.source)
            self.reload()
            return self._set_aside(item, reply.raw_sha256, f"{err.__class__.__name__}: {err}", reply)

    def _stored(self, reply: Reply) -> bool:
        """A true duplicate: these very bytes (so the same Message-ID) are in the register already."""
        with self.store.session() as session:
            return session.scalar(select(Message.id).where(Message.raw_sha256 == reply.raw_sha256)) is not None

    def handle_in(self, session: Session, item: Incoming, reply: Reply) -> Outcome:
        """Handle one parsed message in the caller's transaction (reprocessing: the original is deleted in the
        same one, so that it stays if this fails)."""
        return self._handle(session, [(item, reply)])[0]

    def _handle(self, session: Session, todo: Sequence[tuple[Incoming, Reply]]) -> list[Outcome]:
        batch = _Batch.begin(session, [reply for _, reply in todo])
        outcomes = [self._handle_reply(batch, item, reply) for item, reply in todo]
        batch.write()
        return outcomes

    def _handle_reply(self, batch: _Batch, item: Incoming, reply: Reply) -> Outcome:
        mark = len(batch.alerts)
        try:
            return self._place(batch, item, reply)
        finally:
            if item.quiet:
                del batch.alerts[mark:]

    def _place(self, batch: _Batch, item: Incoming, reply: Reply) -> Outcome:
        if batch.seen(reply):
            return Outcome(item.source, reply.message_id, "duplicate", reason="already processed")
        message = _record(batch, reply, item)
        if item.backfill:
            message.status, message.reason = "backfill", "older than the backfill window"
            return Outcome(item.source, reply.message_id, "backfill", reason=message.reason)
        if item.outgoing:
            return self._outgoing(batch.session, reply, message, item.source)
        return self._incoming(batch, reply, message, item.source)

    # --------------------------------------------------------------------------------------- incoming

    def _incoming(self, batch: _Batch, reply: Reply, message: Message, source: str) -> Outcome:
        match = self.index.match(reply)
        agency = self.agencies.get(match.agency_id) if match.agency_id else None
        request = batch.request(match.request_id) if match.request_id else None
        if request is not None and not _writes_for_itself(agency, request, reply):
            agency = self.agencies.get(request.agency_id, agency)
        result = classify(reply, agency)
        if request is not None:
            result = self._own_number(request, reply, agency, result)
        message.kind, message.rule = result.kind.value, result.rule
        message.tracking_number = result.facts.tracking_number
        if request is None:
            return self._unmatched(batch, reply, message, source, result, match)
        return self._matched(batch, reply, message, source, result, match, request, agency)

    def _own_number(self, request: Request, reply: Reply, agency: Agency | None,
                    result: Classification) -> Classification:
        """The number this reply states for its own request: "Everything I found is part of the files produced
        under PRR2026-318 ... so for PRR2026-347 there are no records" names another request's number first. A
        number sure to be another request's is never this one's (nor learned for it)."""
        number = result.facts.tracking_number
        if not number or result.facts.tracking_number_quoted_only:
            return result

        def elsewhere(candidate: str) -> bool:
            return any(rid != request.id and not self.index.is_provisional(rid, candidate)
                       for rid in self.index.requests_with_number(candidate))

        if not elsewhere(number):
            return result
        own = next((n for n in stated_numbers(reply, agency) if not elsewhere(n)), None)
        return dataclasses.replace(result, facts=dataclasses.replace(result.facts, tracking_number=own))

    def _matched(
        self, batch: _Batch, reply: Reply, message: Message, source: str, result: Classification,
        match: Match, request: Request, agency: Agency | None,
    ) -> Outcome:
        session = batch.session
        message.request_id, message.signal, message.status = request.id, match.signal, "processed"
        if match.signal == labels.PERSON:  # placed by a person (bot/interact.py): the rules had found no request
            labels.record(session, message, "placed", labels.who(match.reason), was_kind=result.kind.value,
                          was_rule=result.rule)
        jurisdiction = self.jurisdictions[request.jurisdiction]
        if result.kind not in (Kind.AUTO_REPLY, Kind.BOUNCE):
            tracker.apply_reply(session, request, jurisdiction, result, self._local_date(reply, message),
                                reply.said, message)
            request.last_reply_at = message.arrived or message.processed_at
        self._learn(batch, request, reply, result, match.provisional, message)
        if match.signer and register.learn_sender(session, match.signer, request.agency_id, None):
            self.index.learn_sender(match.signer, request.agency_id)
            log.info("%s: mail from %s is now known as %s's (signed as the office)", source, match.signer,
                     request.agency_id)
        if match.contradicts:
            for wrong, moved in correct.in_thread(batch.session, match.contradicts, request.id).items():
                self._correct(batch, "", wrong, request, (message, reply, result), moved)
        channel = request.slack_channel or self.routing.channel
        place = alerts.Place(source, message.uid, self.routing.gmail)
        batch.alerts.append((alerts.reply_alert(request, agency, reply, result, match, place), channel))
        log.info("%s: %s -> %s by %s (%s)", source, reply.message_id, request.id, match.signal, result.kind)
        return Outcome(source, reply.message_id, "processed", request.id, match.signal, result.kind.value,
                       result.facts.tracking_number, request.due, request.appeal_due, result.facts.estimated,
                       answer_by=request.answer_by)

    def _learn(self, batch: _Batch, request: Request, reply: Reply, result: Classification,
               provisional: bool, message: Message) -> None:
        session = batch.session
        if reply.message_id:
            self.index.add_message_id(request.id, reply.message_id, weak=provisional)
        number = result.facts.tracking_number
        if not number or result.facts.tracking_number_quoted_only:
            return
        if not provisional:
            for part in split_numbers(reply, self.agencies.get(request.agency_id)):
                if part != number and not self.index.requests_with_number(part) \
                        and register.add_tracking_number(session, request, part, "learned"):
                    self.index.add_tracking_number(request.id, part, provisional=False)
        # Most replies repeat a number the index already has (and is sure of): no query for those.
        known = normalize_number(number) in self.index.numbers_of(request.id)
        if known and (provisional or not self.index.is_provisional(request.id, number)):
            return
        wrong = None if provisional else self.index.provisional_owner(number, request.id)
        if wrong is not None:
            self._correct(batch, number, wrong, request, (message, reply, result))
            return
        source = PROVISIONAL if provisional else "learned"
        if register.add_tracking_number(session, request, number, source):
            self.index.add_tracking_number(request.id, number, provisional=provisional)

    def _correct(self, batch: _Batch, number: str, wrong: str, right: Request,
                 current: tuple[Message, Reply, Classification], moved: Sequence[Message] | None = None) -> None:
        """A firm placement states a number learned for another request from words alone (or answers in the
        thread of `moved`, replies placed there by their words): those replies move here with the numbers they
        taught, both clocks are computed again, and both threads are told."""
        session = batch.session
        source = batch.request(wrong)
        if source is None:
            return
        if moved is None:
            moved = correct.misplaced(session, number, wrong)
        numbers = sorted({number} if number else {m.tracking_number for m in moved if m.tracking_number
                                                  and self.index.is_provisional(wrong, m.tracking_number)})
        why = f"{number} belongs to {right.id}" if number else f"its thread belongs to {right.id}"
        correct.move(session, numbers, source, right, moved, why)
        for taught in numbers:
            self.index.move_number(taught, wrong, right.id)
        for message in moved:
            if message.message_id:
                self.index.add_message_id(right.id, message.message_id)
        for request in (source, right):
            correct.rebuild(session, request, self.jurisdictions[request.jurisdiction],
                            lambda m: self._reread(batch, m, current), self._local_date)
        on = self._local_date(current[1], current[0])
        done = correct.Moved(number, source.id, right.id, tuple(m.subject or m.message_id or "" for m in moved),
                             source.due, right.due)
        correct.record(session, done, on)
        for request, alert in alerts.correction_alerts(done, source, right, current[1].raw_sha256):
            batch.alerts.append((alert, request.slack_channel or self.routing.channel))
        log.warning("%s: %s moved from %s to %s", current[1].message_id, done.what, wrong, right.id)

    def _reread(self, batch: _Batch, message: Message,
                current: tuple[Message, Reply, Classification]) -> tuple[Reply, Classification] | None:
        """A stored reply parsed and classified again (the one being handled, as it was just read)."""
        if message is current[0]:
            return current[1], current[2]
        raw = next((raw for m, raw in batch.raws if m is message), None)
        request = batch.request(message.request_id) if message.request_id else None
        agency = self.agencies.get(request.agency_id) if request else None
        return correct.reread(batch.session, message, agency, raw)

    def _unmatched(
        self, batch: _Batch, reply: Reply, message: Message, source: str, result: Classification, match: Match
    ) -> Outcome:
        if is_bulk(reply) and match.agency_id is None and result.kind not in (Kind.AUTO_REPLY, Kind.BOUNCE):
            # An out-of-office reply or a delivery failure relayed by a list is still about our mail.
            # A newsletter may well talk about "no responsive records": it is still not an agency's answer.
            message.status, message.reason = "ignored", "mailing list or bulk mail, not correspondence"
            message.kind, message.rule = Kind.OTHER.value, "header:bulk"
            self.store.bump_counter(batch.session, "ignored_messages")
            log.info("%s: %s ignored (%s)", source, reply.message_id, message.reason)
            return Outcome(source, reply.message_id, "ignored", kind=message.kind, reason=message.reason)
        message.status, message.reason = "triage", match.reason or "no request matched"
        message.signal = None
        place = alerts.Place(source, message.uid, self.routing.gmail)
        batch.alerts.append((alerts.triage_alert(reply, result, match, message.reason, place),
                             self.routing.triage_channel))
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
        agency = looks_like_request(reply, self.agencies, self.request_pattern)
        if agency is None:
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

    def _register(self, session: Session, reply: Reply, agency: Agency, message: Message) -> Request:
        sent = self._local_date(reply, message)
        request_id = next_request_id(session)
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
        """The day the reply counts from: a colleague's forward counts from the forwarded letter's own date (an
        appeal window runs from the agency's decision, not from when it was passed on)."""
        when = reply.date or message.arrived or message.processed_at
        letter = _forwarded_letter_date(reply)
        if letter is not None:
            letter = letter if letter.tzinfo else letter.replace(tzinfo=self.tz)
            if when - _FORWARD_LAG <= letter <= when:
                when = letter
        return when.astimezone(self.tz).date()

    def _set_aside(self, item: Incoming, sha: str, reason: str, reply: Reply | None = None) -> Outcome:
        """Keep the message, with its reason, out of the way, and tell triage how to find it. When even that
        cannot be written, the pass stops here (StoreError) and the message is read again next time."""
        head = alerts.Headline.of(reply) if reply is not None else headline(item.raw)
        try:
            with self.store.session() as session:
                if session.scalar(select(Message.id).where(Message.raw_sha256 == sha)) is not None:
                    return Outcome(item.source, head.message_id, "duplicate", reason="already processed")
                message = Message(raw_sha256=sha, source=item.source, uid=item.uid, arrived=item.arrived,
                                  status="set_aside", reason=reason[:2000], message_id=head.message_id,
                                  date=head.date, from_addr=head.from_addr[:320], subject=head.subject[:2000])
                session.add(message)
                session.flush()
                store_raw(session, message.id, item.raw)
                alert = alerts.set_aside_alert(sha, head, item.source, item.uid, reason)
                outbox.enqueue(session, alert, self.routing.triage_channel)
        except SQLAlchemyError as err:
            raise StoreError(f"a message from {item.source} (uid {item.uid}) could not be processed ({reason}) "
                             f"nor set aside ({err.__class__.__name__}: {getattr(err, 'orig', err)}); nothing was "
                             "written for it and it is read again on the next pass") from None
        log.warning("%s: set aside: %s", item.source, reason)
        return Outcome(item.source, head.message_id, "set_aside", reason=reason)


def _present(session: Session, column: InstrumentedAttribute[Any], values: Sequence[str]) -> set[str]:
    """Which of these values the register already holds in this column (one query per 500)."""
    found: set[str] = set()
    for start in range(0, len(values), 500):
        found.update(session.scalars(select(column).where(column.in_(values[start:start + 500]))))
    return found


_FORWARD_LAG = dt.timedelta(days=90)  # an older "forwarded" date is more likely a quoted thread's than the letter's


def _forwarded_letter_date(reply: Reply) -> dt.datetime | None:
    """The date of the letter a colleague forwards ("Fwd:", or the letter attached as a message), if it says one."""
    attached = any(a.content_type == "message/rfc822" or (a.filename or "").lower().endswith(".eml")
                   for a in reply.attachments)
    if reply.is_report or not (FORWARD_SUBJECT.match(reply.subject) or attached):
        return None
    # Not our own mail attached to an agency's answer (the request it answers, sent from the address it writes to).
    sender = reply.embedded_addresses[0].lower() if reply.embedded_addresses else ""
    if sender and sender in {r.lower() for r in reply.recipients}:
        return None
    return reply.embedded_date


def _record(batch: _Batch, reply: Reply, item: Incoming) -> Message:
    message = Message(
        message_id=reply.message_id, raw_sha256=reply.raw_sha256, source=item.source, uid=item.uid,
        arrived=item.arrived, date=reply.date, from_addr=reply.from_addr[:320], subject=reply.subject[:2000],
        direction="out" if item.outgoing else "in", status="processing", processed_at=utcnow(),
        defects="\n".join(unread(reply.defects)),
    )
    batch.session.add(message)
    batch.raws.append((message, item.raw))
    return message


def _writes_for_itself(sender: Agency | None, request: Request, reply: Reply) -> bool:
    """A reply from another agency than the request's (a component answering a referred part) that states a
    number in its own format: it is read as that agency's letter, so that its number is learned for the request
    and later replies carrying only that number find it."""
    return sender is not None and sender.id != request.agency_id and bool(sender.find_tracking(reply.said))


def looks_like_request(reply: Reply, agencies: Mapping[str, Agency],
                       pattern: re.Pattern[str] | str | None) -> Agency | None:
    """The agency an outgoing message is a records request to: addressed to a configured agency, and its
    subject or opening says it is a request (the settings' `request_pattern`). None when it is not one."""
    if pattern is None:
        return None
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    agency = next((a for address in reply.recipients for a in agencies.values() if a.owns_address(address)), None)
    if agency is None or not compiled.search(f"{reply.subject}\n{reply.new_text[:5000]}"):
        return None
    return agency


def next_request_id(session: Session) -> str:
    ids = session.scalars(select(Request.id).where(Request.id.like("REQ-%"))).all()
    numbers = [int(i[4:]) for i in ids if i[4:].isdigit()]
    return f"REQ-{max(numbers, default=0) + 1:03d}"
