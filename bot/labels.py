"""People's answers as labeled examples: every mail a person placed on a request, moved to another, whose kind
they set, or marked as not about a request, with who, when and what the rules had said (table `corrections`).

I/O edge over the store. `record` is called inside the transaction that makes the change, so an answer and its
example are kept or lost together. `examples` reads them back for the export and the phrase suggestions: the
label is the message as it now stands (a person's answer wins whenever a history is replayed), the records say
why. A mail answered before the table existed, or dismissed (bot/interact.py marks who in the message's reason;
the row's changed_at says when), is found by the marks people's answers leave on a message.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.errors import FoiabotError
from bot.store import Correction, Message, Store, open_store

PERSON = "slack"  # Message.signal of a placement, and Message.rule of a kind, that a person made
DISMISSED = "not about a request:"  # how bot/interact.py starts the reason of a mail a person dismissed
# Who, in the texts bot/interact.py and bot/corrections.py write: "placed by U0ALICE in Slack",
# "moved from REQ-1 by U0ALICE in Slack", "not about a request: U0ALICE in Slack".
_WHO = re.compile(r"(?:by |: )([UW][A-Z0-9]{2,}) in Slack")
_MOVED = re.compile(r"moved from (\S+) by ([UW][A-Z0-9]{2,}) in Slack")


def who(text: str) -> str | None:
    found = _WHO.search(text or "")
    return found.group(1) if found else None


def open_existing(url: str) -> Store:
    """The register, refusing to create an empty one where the settings point to none."""
    path = url.removeprefix("sqlite:///")
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:" and not Path(path).exists():
        raise FoiabotError(f"no database at {path}: nothing has been recorded there yet (check `database:` in "
                           "the settings; `foiabot run` creates it)")
    return open_store(url)


def record(session: Session, message: Message, action: str, user: str | None, *, was_request: str | None = None,
           was_signal: str | None = None, was_kind: str | None = None, was_rule: str | None = None) -> None:
    """Keep a person's answer about `message` as it now stands (its request and kind after the change)."""
    session.add(Correction(raw_sha256=message.raw_sha256, action=action, request_id=message.request_id,
                           kind=message.kind, user=user, was_request=was_request, was_signal=was_signal,
                           was_kind=was_kind, was_rule=was_rule))


@dataclass
class Example:
    """One labeled mail: the answer (request, kind, tracking number) and why it is the answer."""

    message: Message
    request: str | None
    kind: str | None
    tracking_number: str | None
    corrected: bool  # a person answered (else: the rules' answer, nobody contradicted it)
    why: list[str] = field(default_factory=list)
    was_on: list[str] = field(default_factory=list)  # requests the rules had put it on, before a person moved it

    @property
    def when(self) -> dt.datetime:
        return aware(self.message.date or self.message.arrived or self.message.processed_at)


def examples(session: Session, every_reply: bool = False) -> list[Example]:
    """The mail people answered, in date order; with `every_reply`, every stored matched reply too."""
    person = or_(Message.signal == PERSON, Message.rule == PERSON,
                 (Message.status == "ignored") & Message.reason.startswith(DISMISSED, autoescape=True))
    wanted = person | ((Message.status == "processed") & Message.request_id.is_not(None)) if every_reply else person
    rows = session.scalars(select(Message).where(Message.direction == "in", wanted)).all()
    records: dict[str, list[Correction]] = {}
    for row in session.scalars(select(Correction).order_by(Correction.at, Correction.id)):
        records.setdefault(row.raw_sha256, []).append(row)
    found = [_example(m, records.get(m.raw_sha256, [])) for m in rows]
    return sorted(found, key=lambda e: (e.when, e.message.id))


def _example(message: Message, records: list[Correction]) -> Example:
    dismissed = message.status == "ignored" and (message.reason or "").startswith(DISMISSED)
    example = Example(message, None if dismissed else message.request_id, message.kind, message.tracking_number,
                      corrected=bool(records) or dismissed or PERSON in (message.signal, message.rule))
    example.why = [_why(r) for r in records] or _marks(message, dismissed)
    moved = _MOVED.search(message.reason or "")
    example.was_on = [r.was_request for r in records if r.action == "moved" and r.was_request] or \
        ([moved.group(1)] if moved else [])
    if not example.corrected:
        example.why = [f"matched by {message.signal or 'the rules'}, read by {message.rule or 'the rules'}"]
    return example


def _why(row: Correction) -> str:
    by = f"by {row.user or 'a person'} on {aware(row.at).date().isoformat()}"
    if row.action == "placed":
        return f"placed {by}"
    if row.action == "moved":
        return f"moved from {row.was_request} {by}"
    if row.action == "kind":
        return f"kind corrected from {row.was_kind} to {row.kind} {by}"
    return f"not about a request, {by}"


def _marks(message: Message, dismissed: bool) -> list[str]:
    """Why, from the marks an answer leaves on the message."""
    reason = message.reason or ""
    if dismissed:
        on = f" on {aware(message.changed_at).date().isoformat()}" if message.changed_at else ""
        return [f"not about a request, by {who(reason) or 'a person'}{on}"]
    why = []
    moved = _MOVED.search(reason)
    if moved:
        why.append(f"moved from {moved.group(1)} by {moved.group(2)}")
    elif message.signal == PERSON:
        why.append("placed by a person")
    if message.rule == PERSON:
        why.append("kind set by a person")
    return why


def aware(when: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes for values stored as UTC.
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
