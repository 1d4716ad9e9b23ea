"""`foiabot corrections export DIR`: the mail people answered, written as a labeled set in the format of
tests/data/corpus/dev (messages/, labels.yaml, agencies.yaml, requests.yaml), so that `foiabot replay` and
bench/accuracy.py measure the rules on the team's own mail after its agencies.yaml changes.

I/O edge: reads the register and writes files; never changes the register. The labels are people's answers
(bot/labels.py); the requests are written as they stood before their first exported message, so that a replay
starts where the mail found them.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import labels
from bot.errors import FoiabotError
from bot.labels import Example
from bot.rules import Agency
from bot.store import Message, Request, Store, TrackingNumber, load_raw

FILES = ("labels.yaml", "agencies.yaml", "requests.yaml")


@dataclass
class Written:
    folder: Path
    messages: int = 0
    corrected: int = 0
    requests: int = 0
    agencies: int = 0
    skipped: list[str] = field(default_factory=list)  # one line per mail left out, with the reason


def check_folder(folder: Path, force: bool) -> None:
    """Refuse a folder that is a file, or that holds anything, unless `force` (before any work is done)."""
    if folder.exists() and not folder.is_dir():
        raise FoiabotError(f"{folder} is a file, not a folder; give a new folder to write the set in")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise FoiabotError(f"{folder} is not empty; give a new folder, or --force to replace the set in it "
                           f"(its messages/*.eml and {', '.join(FILES)})")


def export(store: Store, agencies: Mapping[str, Agency], folder: Path, tz: zoneinfo.ZoneInfo,
           every_reply: bool = False) -> Written:
    """Write the set. With nothing to write (no message), nothing is created."""
    written = Written(folder)
    with store.session() as session:
        chosen: list[tuple[Example, bytes]] = []
        for example in labels.examples(session, every_reply):
            left_out = _left_out(session, example, agencies)
            raw = None if left_out else load_raw(session, example.message.id)
            if left_out or raw is None:
                written.skipped.append(f"{_name(example.message)}: {left_out or 'its bytes were not kept'}")
                continue
            chosen.append((example, raw))
        if not chosen:
            return written
        requests = _requests(session, [e for e, _ in chosen])
    _write(folder, chosen, requests, agencies, tz, written)
    return written


def _left_out(session: Session, example: Example, agencies: Mapping[str, Agency]) -> str | None:
    for request_id in filter(None, [example.request, *example.was_on]):
        request = session.get(Request, request_id)
        if request is None:
            return f"its request {request_id} is not in the register any more"
        if request.agency_id not in agencies:
            return f"the agency {request.agency_id} of {request_id} is not in the agencies file any more"
    return None


def _name(message: Message) -> str:
    return message.message_id or message.subject or f"message {message.id}"


def _requests(session: Session, chosen: list[Example]) -> list[dict[str, Any]]:
    """The requests the set names (where people put the mail, and where the rules had put it), as they stood
    before their first exported message: the number known by then, or null."""
    first: dict[str, dt.datetime] = {}
    for example in chosen:
        for request_id in filter(None, [example.request, *example.was_on]):
            first.setdefault(request_id, example.when)
    exported = {e.message.id for e in chosen}
    return [_request(session, request_id, before, exported) for request_id, before in sorted(first.items())]


def _request(session: Session, request_id: str, before: dt.datetime, exported: set[int]) -> dict[str, Any]:
    request = session.get(Request, request_id)
    assert request is not None  # _left_out checked it
    return {"id": request.id, "agency": request.agency_id, "subject": request.subject, "sent": request.sent,
            "message_id": request.message_id, "reply_address": request.reply_address,
            "tracking_number": _number_then(session, request, before, exported)}


def _number_then(session: Session, request: Request, before: dt.datetime, exported: set[int]) -> str | None:
    imported = session.scalar(select(TrackingNumber.number).where(TrackingNumber.request_id == request.id,
                                                                  TrackingNumber.source == "imported")
                              .order_by(TrackingNumber.id))
    if imported:
        return str(imported)
    # A number the register learned from an earlier reply that the set leaves out: the replay cannot learn it.
    earlier = session.scalars(select(Message).where(Message.request_id == request.id, Message.direction == "in",
                                                    Message.tracking_number.is_not(None))
                              .order_by(Message.date, Message.id)).all()
    stated = [m for m in earlier if m.id not in exported and labels.aware(m.date or m.processed_at) < before]
    return stated[0].tracking_number if stated else None


def _write(folder: Path, chosen: list[tuple[Example, bytes]], requests: list[dict[str, Any]],
           agencies: Mapping[str, Agency], tz: zoneinfo.ZoneInfo, written: Written) -> None:
    try:
        messages = folder / "messages"
        messages.mkdir(parents=True, exist_ok=True)
        for old in messages.glob("*.eml"):
            old.unlink()  # --force: the set is replaced whole, or its labels would name files it lacks
        entries = []
        for number, (example, raw) in enumerate(chosen, start=1):
            name = f"{number:03d}-{example.when.astimezone(tz):%Y%m%d}.eml"
            (messages / name).write_bytes(raw)
            entries.append({"file": name, "request": example.request, "kind": example.kind,
                            "tracking_number": example.tracking_number, "why": "; ".join(example.why)})
            written.corrected += example.corrected
        used = _agencies(requests, [e for e, _ in chosen], agencies)
        _dump(folder / "labels.yaml", entries)
        _dump(folder / "requests.yaml", {"requests": requests})
        _dump(folder / "agencies.yaml", {"agencies": [_agency(a) for a in used]})
    except OSError as err:
        raise FoiabotError(f"cannot write the set in {folder}: {err.strerror or err}") from None
    written.messages, written.requests, written.agencies = len(chosen), len(requests), len(used)


def _agencies(requests: list[dict[str, Any]], chosen: Iterable[Example],
              agencies: Mapping[str, Agency]) -> list[Agency]:
    """The agencies of the requests, and of the senders of mail on none (the matcher reads who wrote)."""
    ids = {r["agency"] for r in requests}
    for example in chosen:
        ids.update(a.id for a in agencies.values() if a.owns_address(example.message.from_addr))
    return [agencies[i] for i in sorted(ids)]


def _agency(agency: Agency) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": agency.id, "name": agency.name, "jurisdiction": agency.jurisdiction,
                             "emails": agency.emails, "domains": agency.domains}
    if agency.tracking_pattern:
        entry["tracking_pattern"] = agency.tracking_pattern
    if agency.phrases:
        entry["phrases"] = agency.phrases
    return entry


def _dump(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
