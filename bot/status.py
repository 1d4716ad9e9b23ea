"""What `foiabot status` and `foiabot health` say: the last sync, the outbox, the messages, the register, folders
that cannot be read, and which worker is active. Reads the database only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from bot import folders, outbox
from bot.config import Config
from bot.lease import describe
from bot.store import Message, Meta, OutboxAlert, Request, Store, open_store

LAST_SYNC = "last_sync"


def status_text(config: Config) -> str:
    store = open_store(config.database_url)
    try:
        with store.session() as session:
            lines = _status_lines(store, session)
        return "\n".join([*lines, *folders.status_lines(folders.unreadable(store)), _worker_line(store, config)])
    finally:
        store.close()


def _worker_line(store: Store, config: Config) -> str:
    """Which worker is active (host and pid), and whether it took over from another."""
    takeover = config.settings.standby_takeover_seconds
    return describe(store.worker_lease(takeover).holder(), takeover)


def _status_lines(store: Store, session: Any) -> list[str]:
    last = session.get(Meta, LAST_SYNC)
    ignored = session.get(Meta, "ignored_messages")
    lines = [f"last mailbox sync: {last.value if last else 'never'}"]
    counts = outbox.queued_count(session)
    lines.append(f"alerts: {counts.get('queued', 0) + counts.get('sending', 0)} queued, "
                 f"{counts.get('failed', 0)} failed, {counts.get('sent', 0)} sent")
    for row in session.scalars(select(OutboxAlert).where(OutboxAlert.status == "failed").limit(5)):
        lines.append(f"  failed: {row.key} -> {row.channel}: {row.error}")
    by_status = session.execute(select(Message.status, func.count()).group_by(Message.status)).all()
    lines.append("messages: " + (", ".join(f"{n} {s}" for s, n in sorted(by_status)) or "none"))
    lines.append(f"not correspondence (left out of triage): {ignored.value if ignored else 0}")
    open_counts = session.execute(select(Request.status, func.count()).group_by(Request.status)).all()
    lines.append("requests: " + (", ".join(f"{n} {s}" for s, n in sorted(open_counts)) or "none"))
    upcoming = session.scalars(select(Request).where(Request.due.is_not(None), Request.status.not_in(
        ("done", "no_records", "denied", "closed"))).order_by(Request.due).limit(10)).all()
    if upcoming:
        lines.append("next deadlines:")
        lines += [f"  {r.due}  {r.id:10} {r.agency_id:8} {r.subject[:60]}" for r in upcoming]
    return lines


def health(config: Config, now: dt.datetime) -> tuple[bool, str]:
    store = open_store(config.database_url)
    try:
        last = store.get_meta(LAST_SYNC)
        takeover = config.settings.standby_takeover_seconds
        holder = store.worker_lease(takeover).holder()
        unreadable = folders.status_lines(folders.unreadable(store))
    finally:
        store.close()
    ok, message = _sync_health(last, now, config.settings.health_max_age_minutes)
    if ok and unreadable:
        ok, message = False, f"unhealthy: {'; '.join(unreadable)}"
    if holder is not None and holder.held and (holder.heartbeat_age or 0) > takeover:
        ok, message = False, f"unhealthy: the active worker {holder.name} wrote no heartbeat for " \
                             f"{holder.heartbeat_age:.0f} s"
    return ok, message if holder is None else f"{message}; {describe(holder, takeover)}"


def _sync_health(last: str | None, now: dt.datetime, max_age_minutes: int) -> tuple[bool, str]:
    if last is None:
        return False, "unhealthy: the mailbox has never been synced"
    age = now - dt.datetime.fromisoformat(last)
    if age > dt.timedelta(minutes=max_age_minutes):
        return False, f"unhealthy: last mailbox sync {int(age.total_seconds() // 60)} minutes ago ({last})"
    return True, f"ok: last mailbox sync {int(age.total_seconds())} s ago"
