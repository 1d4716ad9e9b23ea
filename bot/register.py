"""The request register's operations: import, add, edit, record what the team did, list, show, close, reopen.
Importing the same file twice changes nothing. A correction recomputes the request's clock from its stored
replies and the team's recorded answers, in order. Used by the CLI, by replay and by the Sent-folder
registration."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import amend, tracker
from bot.config import RequestEntry
from bot.errors import FoiabotError
from bot.model import OpenRequest
from bot.rules import Agency, Jurisdiction
from bot.store import (
    PROVISIONAL,
    Event,
    LearnedSender,
    Message,
    Request,
    Store,
    TrackingNumber,
    placed_by_words,
    utcnow,
)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    differ: int = 0  # rows whose subject or date differ from the register's, left as they were (no --update)


def import_requests(
    store: Store,
    entries: Iterable[RequestEntry],
    agencies: Mapping[str, Agency],
    jurisdictions: Mapping[str, Jurisdiction],
    update: amend.Context | None = None,
) -> ImportResult:
    """Adds new rows and fills in what the register did not know; with `update` (where changes are told), takes
    the file's subject, date and description over the register's, recomputing the deadlines."""
    added = updated = unchanged = differ = 0
    with store.session() as session:
        for entry in entries:
            request = session.get(Request, entry.id)
            if request is None:
                add_request(session, entry, agencies[entry.agency], jurisdictions)
                added += 1
                continue
            changes = _differences(request, entry)
            if changes and update:
                said = "; ".join(amend.apply(session, request, changes, update))
                amend.note(session, request, "edited", update.today(), said, update, f"{request.id} corrected: {said}")
            refreshed = _refresh(session, request, entry)
            updated += bool(refreshed or (changes and update))
            unchanged += not (refreshed or (changes and update))
            differ += bool(changes and not update)
    return ImportResult(added, updated, unchanged, differ)


def _differences(request: Request, entry: RequestEntry) -> dict[str, Any]:
    theirs = {"subject": entry.subject, "sent": entry.sent, "description": entry.description}
    return {key: value for key, value in theirs.items() if getattr(request, key) != value}


def add_request(
    session: Session, entry: RequestEntry, agency: Agency, jurisdictions: Mapping[str, Jurisdiction]
) -> Request:
    jurisdiction = jurisdictions[agency.jurisdiction]
    request = Request(
        id=entry.id,
        agency_id=agency.id,
        jurisdiction=jurisdiction.code,
        subject=entry.subject,
        description=entry.description,
        sent=entry.sent,
        received=entry.sent,
        message_id=entry.message_id,
        reply_address=(entry.reply_address or "").lower() or None,
        status="open",
        slack_channel=agency.slack_channel,
        owner=entry.owner,
    )
    tracker.initial_deadlines(request, jurisdiction)
    session.add(request)
    session.flush()
    session.add(Event(request_id=request.id, kind="sent", on=entry.sent, detail=request.due_explanation))
    if entry.tracking_number:
        add_tracking_number(session, request, entry.tracking_number, "imported")
    return request


def _refresh(session: Session, request: Request, entry: RequestEntry) -> bool:
    """Fill in what the register did not know (message id, reply address, tracking number); never
    overwrite what replies taught it."""
    changed = False
    if entry.message_id and not request.message_id:
        request.message_id, changed = entry.message_id, True
    if entry.reply_address and not request.reply_address:
        request.reply_address, changed = entry.reply_address.lower(), True
    if entry.tracking_number and add_tracking_number(session, request, entry.tracking_number, "imported"):
        changed = True
    if entry.owner and entry.owner != request.owner:  # the file is where the team says who answers for it
        request.owner, changed = entry.owner, True
    return changed


def add_tracking_number(session: Session, request: Request, number: str, source: str) -> bool:
    """Record the number; a provisional one already recorded for this request is confirmed by a firmer source."""
    exists = session.scalar(
        select(TrackingNumber).where(TrackingNumber.agency_id == request.agency_id,
                                     TrackingNumber.number == number)
    )
    if exists is not None:
        if exists.request_id == request.id and exists.source == PROVISIONAL and source != PROVISIONAL:
            exists.source = source
            return True
        return False
    session.add(TrackingNumber(request_id=request.id, agency_id=request.agency_id, number=number, source=source))
    return True


def get_request(session: Session, request_id: str) -> Request:
    request = session.get(Request, request_id)
    if request is None:
        raise FoiabotError(f"no request {request_id!r} in the register")
    return request


def close_request(store: Store, request_id: str, on: dt.date | None = None, reason: str | None = None) -> bool:
    """Closes the request, with the reason when one is given; False when it was closed already (nothing recorded
    twice)."""
    with store.session() as session:
        request = get_request(session, request_id)
        if request.status == "closed":
            return False
        request.status = "closed"
        request.closed_at = utcnow()
        detail = f"closed by hand: {' '.join(reason.split())}" if reason and reason.strip() else "closed by hand"
        session.add(Event(request_id=request.id, kind="closed", on=on or dt.date.today(), detail=detail[:500]))
    return True


def with_learned_senders(session: Session, agencies: Iterable[Agency]) -> list[Agency]:
    """The agencies, each with the addresses people placed its mail from (store.LearnedSender) among its emails."""
    learned: dict[str, list[str]] = {}
    for row in session.scalars(select(LearnedSender)):
        learned.setdefault(row.agency_id, []).append(row.address)
    return [a.model_copy(update={"emails": [*a.emails, *learned[a.id]]}) if a.id in learned else a for a in agencies]


def learn_sender(session: Session, address: str, agency_id: str, user: str | None) -> bool:
    """Remembers that mail from `address` is `agency_id`'s (`user` None: learned from a letter signed as the
    agency); False when it is known already. A person's placement overrides what was learned from a signature."""
    address = address.strip().lower()
    if not address:
        return False
    known = session.get(LearnedSender, address)
    if known is None:
        session.add(LearnedSender(address=address, agency_id=agency_id, user=user))
        return True
    if known.user is None and user is not None and known.agency_id != agency_id:
        known.agency_id, known.user = agency_id, user
        return True
    return False


def open_requests_for_matching(session: Session) -> list[OpenRequest]:
    """Every request not closed, with the ids and numbers that identify its replies."""
    requests = session.scalars(select(Request).where(Request.status != "closed")).all()
    ids: dict[str, set[str]] = {r.id: set() for r in requests}
    for r in requests:
        if r.message_id:
            ids[r.id].add(r.message_id)
    numbers: dict[str, set[str]] = {r.id: set() for r in requests}
    provisional: dict[str, set[str]] = {r.id: set() for r in requests}
    found = session.execute(select(TrackingNumber.request_id, TrackingNumber.number, TrackingNumber.source))
    for request_id, number, source in found:
        if request_id in numbers:
            (provisional if source == PROVISIONAL else numbers)[request_id].add(number)
    weak: dict[str, set[str]] = {r.id: set() for r in requests}
    rows = session.execute(
        select(Message.request_id, Message.message_id, Message.signal, Message.tracking_number)
        .where(Message.request_id.is_not(None), Message.message_id.is_not(None))
    )
    for owner, message_id, signal, cited in rows:
        if owner in ids and message_id:
            ids[owner].add(message_id)
            if placed_by_words(signal, cited, provisional[owner]):
                weak[owner].add(message_id)
    return [as_open_request(r, ids[r.id], numbers[r.id], provisional[r.id], weak[r.id]) for r in requests]


def as_open_request(r: Request, ids: Iterable[str] = (), numbers: Iterable[str] = (),
                    provisional: Iterable[str] = (), weak: Iterable[str] = ()) -> OpenRequest:
    all_ids = set(ids) | ({r.message_id} if r.message_id else set())
    return OpenRequest(id=r.id, agency_id=r.agency_id, subject=r.subject, status=r.status,
                       description=r.description, reply_address=r.reply_address,
                       message_ids=frozenset(all_ids), tracking_numbers=frozenset(numbers),
                       provisional_numbers=frozenset(provisional), sent=r.sent,
                       weak_message_ids=frozenset(weak) & frozenset(all_ids))


def request_summary(session: Session, request: Request) -> dict[str, Any]:
    numbers = session.scalars(select(TrackingNumber.number).where(TrackingNumber.request_id == request.id)).all()
    return {
        "id": request.id,
        "agency": request.agency_id,
        "jurisdiction": request.jurisdiction,
        "subject": request.subject,
        "sent": request.sent.isoformat(),
        "status": request.status,
        "tracking_numbers": list(numbers),
        "due": _iso(request.due),
        "due_explanation": request.due_explanation,
        "follow_up": _iso(request.follow_up),
        "appeal_due": _iso(request.appeal_due),
        "appeal_explanation": request.appeal_explanation,
        "estimated": _iso(request.estimated),
        "clock_stopped_on": _iso(request.clock_stopped_on),
        "message_id": request.message_id,
        "reply_address": request.reply_address,
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def edit_request(store: Store, request_id: str, changes: Mapping[str, Any], number: str | None,
                 ctx: amend.Context) -> list[str]:
    """The fields given, corrected by hand; deadlines recomputed when the date sent changes."""
    with store.session() as session:
        request = get_request(session, request_id)
        said = amend.apply(session, request, changes, ctx)
        found = amend.tracking_number(session, request, number) if number else None
        said += [found] if found else []
        if said:
            amend.note(session, request, "edited", ctx.today(), "; ".join(said), ctx,
                       f"{request.id} corrected: {'; '.join(said)}")
        return said


def record_event(store: Store, request_id: str, kind: str, on: dt.date, note: str | None,
                 ctx: amend.Context) -> str:
    with store.session() as session:
        return amend.record(session, get_request(session, request_id), kind, on, note, ctx)


def reopen_request(store: Store, request_id: str, ctx: amend.Context) -> dict[str, Any]:
    with store.session() as session:
        request = get_request(session, request_id)
        amend.reopen(session, request, ctx, ctx.today())
        return request_summary(session, request)
