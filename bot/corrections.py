"""Corrections a person makes to a placed reply: it belongs to another request, or it is another kind. Each
computes the clocks concerned again from their corrected history (bot/correct.py `rebuild`: every reply and
answer replayed in order), records who corrected what on each request, and queues a note in each thread. One
transaction each: a correction that fails changes nothing. Knows nothing of Slack.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import correct, labels, outbox
from bot.alerts import KIND_LABELS
from bot.model import Alert, AlertType, Classification, Reply
from bot.store import Event, Message, Request, TrackingNumber, utcnow

if TYPE_CHECKING:
    from bot.interact import Action
    from bot.pipeline import Pipeline

PERSON_RULE = correct.PERSON_RULE


def _refused(text: str) -> Exception:
    from bot.interact import Refused

    return Refused(f"{text}; nothing was changed.")


def _placed(session: Session, sha: str) -> Message:
    message = session.scalar(select(Message).where(Message.raw_sha256 == sha))
    if message is None:
        raise _refused("That mail is not in the register any more")
    if message.status != "processed" or message.request_id is None or message.direction != "in":
        raise _refused("That mail is not a reply placed on a request")
    return message


def _open(session: Session, request_id: str) -> Request:
    request = session.get(Request, request_id)
    if request is None:
        raise _refused(f"There is no request {request_id}")
    if request.status == "closed":
        raise _refused(f"{request.id} is closed; reopen it first")
    return request


def move(pipeline: Pipeline, action: Action) -> str:
    """The reply now belongs to `action.request`, with the number it taught; both clocks are replayed."""
    assert action.request is not None
    with pipeline.store.session() as session:
        message = _placed(session, action.message)
        target = _open(session, action.request)
        source = session.get(Request, message.request_id)
        if source is None or source.id == target.id:
            raise _refused(f"That reply is already on {target.id}")
        was_signal = message.signal
        message.request_id, message.signal = target.id, "slack"
        message.reason = f"moved from {source.id} by {action.user} in Slack; {message.reason or ''}"[:2000]
        labels.record(session, message, "moved", action.user, was_request=source.id, was_signal=was_signal,
                      was_kind=message.kind, was_rule=message.rule)
        _take_number(session, message, source, target)
        for request in (source, target):
            _replay(pipeline, session, request)
        about = message.subject or message.message_id or "a reply"
        _tell(pipeline, session, source, f"{source.id}: a reply moved to {target.id}",
              f"{about}: moved to {target.id} by {action.user}", action)
        _tell(pipeline, session, target, f"{target.id}: a reply moved here from {source.id}",
              f"{about}: moved here from {source.id} by {action.user}", action)
        due = target.due.isoformat() if target.due else "none"
        return f"Moved from {source.id} to {target.id}; {target.id} is due {due}."


def set_kind(pipeline: Pipeline, action: Action) -> str:
    """The reply is read as `action.kind` from now on, and its request's clock is replayed."""
    assert action.kind is not None
    with pipeline.store.session() as session:
        message = _placed(session, action.message)
        request = _open(session, str(message.request_id))
        was = message.kind or "unknown"
        if was == action.kind.value:
            raise _refused(f"That reply is already read as {KIND_LABELS[action.kind]}")
        was_rule = message.rule
        message.kind, message.rule = action.kind.value, PERSON_RULE
        labels.record(session, message, "kind", action.user, was_request=message.request_id,
                      was_signal=message.signal, was_kind=was, was_rule=was_rule)
        _replay(pipeline, session, request)
        label = KIND_LABELS[action.kind]
        _tell(pipeline, session, request, f"{request.id}: a reply is now read as {label}",
              f"{message.subject or 'a reply'}: {was} -> {action.kind.value}, by {action.user}", action)
        due = request.due.isoformat() if request.due else "none (the clock is stopped)"
        return f"Read as {label}; {request.id} is due {due}."


def _take_number(session: Session, message: Message, source: Request, target: Request) -> None:
    """A number the reply taught its wrong request goes with it, unless another reply there states it too."""
    number = message.tracking_number
    if not number:
        return
    others = session.scalar(select(Message.id).where(Message.request_id == source.id, Message.id != message.id,
                                                     Message.tracking_number == number))
    row = session.scalar(select(TrackingNumber).where(TrackingNumber.request_id == source.id,
                                                      TrackingNumber.number == number))
    if row is not None and others is None:
        row.request_id, row.agency_id, row.source = target.id, target.agency_id, "learned"


def _replay(pipeline: Pipeline, session: Session, request: Request) -> None:
    correct.rebuild(session, request, pipeline.jurisdictions[request.jurisdiction],
                    lambda m: _reread(pipeline, session, m),
                    lambda reply, m: (reply.date or m.arrived or m.processed_at).astimezone(pipeline.tz).date())


def _reread(pipeline: Pipeline, session: Session, message: Message) -> tuple[Reply, Classification] | None:
    request = session.get(Request, message.request_id) if message.request_id else None
    return correct.reread(session, message, pipeline.agencies.get(request.agency_id) if request else None)


def _tell(pipeline: Pipeline, session: Session, request: Request, title: str, detail: str, action: Action) -> None:
    """On the request's history, and in its thread, with the due date as computed again."""
    today = dt.datetime.now(pipeline.tz).date()
    session.add(Event(request_id=request.id, kind="corrected", on=today, detail=f"{detail} (in Slack)"))
    due = request.due.isoformat() if request.due else "none"
    alert = Alert(key=f"correction:{action.verb}:{action.message}:{request.id}:{utcnow().isoformat()}",
                  type=AlertType.CORRECTION, request_id=request.id, title=title, broadcast=False,
                  fields=(("What", detail), ("Due now", due)), explanation=request.due_explanation)
    outbox.enqueue(session, alert, request.slack_channel or pipeline.routing.channel)
