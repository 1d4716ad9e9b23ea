"""What `foiabot status` and `foiabot health` say: the last sync, the outbox, the messages, the register, folders
that cannot be read, and which worker is active. Reads the database only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from bot import folders, outbox
from bot.config import Config
from bot.lease import describe
from bot.parse import ocr
from bot.store import Message, Meta, OutboxAlert, Request, Store, open_store
from bot.tracker import CLOSED_STATUSES

LAST_SYNC = "last_sync"


def status_text(config: Config, now: dt.datetime | None = None) -> str:
    today = (now or dt.datetime.now(dt.UTC)).astimezone(config.settings.tz).date()
    store = open_store(config.database_url)
    try:
        with store.session() as session:
            lines = _status_lines(store, session) + _deadline_lines(session, config, today)
        return "\n".join([*lines, *folders.status_lines(folders.unreadable(store)), _worker_line(store, config),
                          *filter(None, [ocr.notice()])])
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
    others = "".join(f", {n} {status}" for status, n in sorted(counts.items())
                     if status not in ("queued", "sending", "failed", "sent"))
    lines.append(f"alerts: {counts.get('queued', 0) + counts.get('sending', 0)} queued, "
                 f"{counts.get('failed', 0)} failed, {counts.get('sent', 0)} sent{others}")
    stuck = OutboxAlert.status.not_in(("queued", "sending", "sent"))
    for row in session.scalars(select(OutboxAlert).where(stuck).order_by(OutboxAlert.id).limit(5)):
        lines.append(f"  {row.status}: {row.key} -> {row.channel}: {row.error}")
    by_status = session.execute(select(Message.status, func.count()).group_by(Message.status)).all()
    lines.append("messages: " + (", ".join(f"{n} {s}" for s, n in sorted(by_status)) or "none"))
    lines.append(f"not correspondence (left out of triage): {ignored.value if ignored else 0}")
    open_counts = session.execute(select(Request.status, func.count()).group_by(Request.status)).all()
    lines.append("requests: " + (", ".join(f"{n} {s}" for s, n in sorted(open_counts)) or "none"))
    return lines


# How many of the coming deadlines are listed; every overdue one is.
NEXT_DEADLINES = 10


def _deadline_lines(session: Any, config: Config, today: dt.date) -> list[str]:
    """Overdue first (oldest first), then the coming deadlines by date, each with its clock's state; stopped
    clocks last, as they wait on the team rather than on a date."""
    rows = session.scalars(select(Request).where(Request.status != "closed")).all()
    dated = sorted((d for r in rows for d in _deadlines(r, config, today)), key=lambda d: (d[0], d[1].id))
    overdue = [d for d in dated if d[0] < today]
    coming = [d for d in dated if d[0] >= today][:NEXT_DEADLINES]
    stopped = sorted((r for r in rows if r.clock_stopped_on), key=lambda r: (r.clock_stopped_on, r.id))
    lines = []
    if overdue:
        lines.append(f"overdue ({len(overdue)}):")
        lines += [_line(day, r, f"{state}, {(today - day).days} days overdue") for day, r, state in overdue]
    lines.append("next deadlines:" if coming else "next deadlines: none")
    lines += [_line(day, r, state) for day, r, state in coming]
    if stopped:
        lines.append(f"stopped clocks ({len(stopped)}), waiting on us:")
        lines += [_line(r.clock_stopped_on, r, f"stopped, {r.remaining_days} business days left") for r in stopped]
    return lines


def _deadlines(r: Request, config: Config, today: dt.date) -> list[tuple[dt.date, Request, str]]:
    """The request's dates that someone must act on: the agency's (a due or follow-up date, while its clock
    runs), and ours (the appeal window, once the agency's clock is met)."""
    found = []
    if not r.clock_stopped_on and not _met(r, config):
        if r.due is not None:
            found.append((r.due, r, "running"))
        elif r.follow_up is not None:
            found.append((r.follow_up, r, "running, follow up (no fixed date)"))
    if r.appeal_due is not None and r.appeal_due >= today:
        found.append((r.appeal_due, r, "met, appeal by"))
    return found


def _met(r: Request, config: Config) -> bool:
    if r.status in CLOSED_STATUSES:
        return True
    # A first clock that asks only for an acknowledgment is met by any answer (as the deadline sweep sees it).
    j = config.jurisdictions.get(r.jurisdiction)
    return j is not None and not r.clock_index and j.response.what == "acknowledgment" and r.status != "open"


def _line(day: dt.date | None, r: Request, state: str) -> str:
    return f"  {day}  {r.id:10} {r.agency_id:8} {state:28} {r.subject[:60]}"


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
