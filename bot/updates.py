"""Deliver stage, updates: posts that must stay current. A request's thread starter shows its status, due date
and next step as they are now; a triage post says where its message went once it is placed.

An update is a row (table post_updates) recorded in the transaction that changed the request, then made in
the order recorded, after the alerts of the same delivery; a transient failure leaves it for the next delivery,
a held channel or token holds it with the alerts. Its content is built when it is made, from the register as it
is then, so one made late still shows the current state. Each marks the post with its row id (a block id): one
whose outcome is unknown after a crash is looked for before it is made again, and is never made twice.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import alerts
from bot.errors import DeliveryError
from bot.model import Alert, AlertType
from bot.rules import Agency
from bot.store import OutboxAlert, PostUpdate, Request, Store, utcnow
from bot.words import kind_label

log = logging.getLogger(__name__)
WAITING = ("queued", "sending")


@runtime_checkable
class Updater(Protocol):
    def update(self, alert: Alert, alert_id: int | str, channel: str, ts: str, update_id: int) -> str: ...

    def find_update(self, channel: str, ts: str, update_id: int) -> bool: ...


def queue(session: Session, queued: Sequence[tuple[Alert, str]]) -> int:
    """Record the updates that the alerts of one transaction call for: the thread starter of each request a
    reply or a correction changed, and the triage post of each message now placed on a request."""
    rows: list[PostUpdate] = []
    for alert, channel in queued:
        if alert.request_id and alert.type in (AlertType.REPLY, AlertType.CORRECTION):
            rows.append(PostUpdate(key=f"refresh:{alert.key}", kind="refresh", request_id=alert.request_id,
                                   target=f"thread:{alert.request_id}", channel=channel))
        if alert.type is AlertType.REPLY and alert.key.startswith("reply:") and not _placed_in_slack(alert):
            triage = f"triage:{alert.key.removeprefix('reply:')}"
            where = session.scalar(select(OutboxAlert.channel).where(OutboxAlert.key == triage))
            if where is not None:
                rows.append(PostUpdate(key=f"placed:{triage}", kind="placed", request_id=alert.request_id,
                                       target=triage, detail=alert.kind or "", channel=where))
    keys = {row.key for row in rows}
    known = set(session.scalars(select(PostUpdate.key).where(PostUpdate.key.in_(keys)))) if keys else set()
    fresh = {row.key: row for row in rows if row.key not in known}
    session.add_all(fresh.values())
    return len(fresh)


def _placed_in_slack(alert: Alert) -> bool:
    """A person placed it with the triage post's buttons: that post already says so, and who did it."""
    from bot.interact import SIGNAL

    return ("Matched by", SIGNAL) in alert.fields


@dataclasses.dataclass(frozen=True)
class _Claimed:
    id: int
    kind: str
    request_id: str | None
    target: str
    detail: str
    channel: str
    unknown: bool


class _Wait(Exception):
    """The post to change has not gone out yet: the update waits for it."""


def deliver(store: Store, sink: Updater, agencies: Mapping[str, Agency], blocked: set[str],
            hold: Callable[[DeliveryError, str], Any]) -> tuple[int, list[str]]:
    """Make the waiting updates in order (none for a channel in `blocked`); returns how many were made and the
    errors met. Stops at the first transient failure, at a refusal the team can fix (`hold` holds that channel's
    or every alert, as for a post) or at an update whose post has not gone out yet."""
    made, errors = 0, []
    while (item := _claim(store, blocked)) is not None:
        try:
            ts = _make(store, sink, agencies, item)
        except _Wait:
            _finish(store, item.id, "queued", None, "")
            break
        except DeliveryError as err:
            errors.append(str(err))
            if err.permanent and not getattr(err, "hold", None):  # about this update itself: given up
                _finish(store, item.id, "failed", None, str(err))
                continue
            # Refused (nothing changed: queued again) or failed (outcome unknown: looked for first next time).
            _finish(store, item.id, "queued" if err.permanent else "sending", None, str(err))
            if err.permanent:
                hold(err, item.channel)
            break
        _finish(store, item.id, "done", ts or None, "")
        made += 1
    return made, errors


def _claim(store: Store, blocked: set[str]) -> _Claimed | None:
    with store.session() as session:
        row = session.scalars(select(PostUpdate).where(PostUpdate.status.in_(WAITING),
                                                        PostUpdate.channel.not_in(blocked))
                              .order_by(PostUpdate.id).limit(1)).first()
        if row is None:
            return None
        item = _Claimed(row.id, row.kind, row.request_id, row.target, row.detail, row.channel,
                        row.status == "sending")
        row.status, row.attempts = "sending", row.attempts + 1
        return item


def _finish(store: Store, row_id: int, status: str, ts: str | None, error: str) -> None:
    with store.session() as session:
        row = session.get(PostUpdate, row_id)
        assert row is not None
        row.status, row.ts, row.error = status, ts, error[:2000]
        if status == "done":
            row.done_at = utcnow()


def _make(store: Store, sink: Updater, agencies: Mapping[str, Agency], item: _Claimed) -> str:
    with store.session() as session:
        target = _target(session, agencies, item)
    if target is None:
        return ""
    post, alert_id, channel, ts = target
    if item.unknown and sink.find_update(channel, ts, item.id):
        log.info("update %s was already made (post %s); not made again", item.id, ts)
        return ts
    return sink.update(post, alert_id, channel, ts, item.id)


def _target(session: Session, agencies: Mapping[str, Agency], item: _Claimed) -> tuple[Alert, Any, str, str] | None:
    """The post as it must read now, its alert id, channel and ts; None when there is nothing to change."""
    if item.kind == "refresh":
        request = session.get(Request, item.request_id)
        if request is None or request.slack_thread_ts in (None, "pending") or not request.slack_channel:
            return None  # the thread starts later, from the request as it stands then
        start = alerts.thread_start(request, agencies.get(request.agency_id))
        return start, start.key, request.slack_channel, request.slack_thread_ts
    row = session.scalar(select(OutboxAlert).where(OutboxAlert.key == item.target))
    if row is None or row.status == "failed":
        return None
    if row.status != "sent" or not row.ts:
        raise _Wait
    from bot.outbox import from_json

    return placed(from_json(row.payload), item.request_id or "", item.detail), row.id, row.channel, row.ts


def placed(triage: Alert, request_id: str, kind: str) -> Alert:
    """The triage post as it reads once its message is placed: where it went, above what it said."""
    where = request_id + (f" as {kind_label(kind)}" if kind else "")
    return dataclasses.replace(
        triage, title=f"Placed on {request_id}: {triage.title}", fields=(("Placed on", where), *triage.fields),
        next_step=f"Nothing here: it is in the thread of {request_id}", broadcast=False)
