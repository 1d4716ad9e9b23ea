"""The worker: wires mailbox -> pipeline -> outbox -> Slack, one step at a time. Each step (sync, sweep, deliver) is
a method that says what it did, and `watch` is the mailbox thread's loop: read, deliver, wait for news. bot/run.py
starts it, for one pass or on a schedule; bot/sweep.py holds what the daily sweep queues.

The stop flag (SIGTERM or SIGINT, or a lost worker lock) ends the loop once the current batch of messages is
finished. It never acts without the worker lock: each batch and each delivery checks it first, and a worker that
lost it does nothing more.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from bot import folders, outbox
from bot.auth import sign_in
from bot.config import Config, read_secret
from bot.errors import FoiabotError, FolderError, MailboxError
from bot.mailbox import Checkpoint as MailboxCheckpoint
from bot.mailbox import ImapMailbox
from bot.mailbox_session import MailboxSession
from bot.model import Routing
from bot.status import LAST_SYNC
from bot.store import Checkpoint, Request, Store, utcnow
from bot.sweep import list_ignored, sweep_into

if TYPE_CHECKING:
    from bot.lease import Lease
    from bot.pipeline import Pipeline

log = logging.getLogger(__name__)
LAST_SWEEP = "last_sweep"  # the day and register it was for (see Worker._sweep_key)
_SET = threading.Event()
_SET.set()


@dataclass
class PassReport:
    processed: int = 0
    alerts_sent: int = 0
    problems: list[str] = field(default_factory=list)


def build_sink(config: Config) -> outbox.Sink:
    slack = config.settings.slack
    if slack is None or slack.console:
        from bot.console import ConsoleSink

        return ConsoleSink()
    from bot.slack import SlackSink  # imports slack_sdk (~45 ms): only when alerts go to Slack

    token = read_secret(slack.token_env if not slack.token_file else None, slack.token_file, "slack token")
    return SlackSink(slack, token)


def routing(config: Config) -> Routing:
    slack = config.settings.slack
    inbox = config.settings.inbox
    gmail = inbox is not None and (inbox.auth == "google" or inbox.host.lower() == "imap.gmail.com")
    return Routing(*((slack.channel, slack.triage_channel) if slack else ("#foia", "#foia-triage")), gmail=gmail)


class Worker:
    def __init__(self, config: Config, store: Store, sink: outbox.Sink, stop: threading.Event | None = None,
                 once: bool = False):
        self.config = config
        self.once = once
        self.settings = config.settings
        self.store = store
        self.stop = stop or threading.Event()
        self._pipeline: Pipeline | None = None
        self.outbox = outbox.Outbox(store, sink, config.agencies)
        self._deliver_lock = threading.Lock()
        self._session: MailboxSession | None = None
        self._register_fingerprint: Any = None
        self.idling = threading.Event()  # set while the mailbox connection waits in IDLE (new mail is announced)
        self.lease: Lease | None = None  # the worker lock, once held
        self.unreadable: dict[str, str] = {}  # folder -> the server's answer, for folders it will not select
        self.alert_queued = False  # by something other than mail (a folder reported): deliver after the sync
        self._readable_checked = False  # a folder recorded unreadable by an earlier run is cleared once readable
        self._sent: str | None = None  # the Sent folder found on the server, when not set
        self._sent_looked_up = False
        self.lock_lost = False
        self.on_lost: Callable[[], None] = lambda: None

    @property
    def pipeline(self) -> Pipeline:
        """Built when the first new message arrives: importing the stages (their compiled patterns) is most of
        what a pass with no new mail would otherwise cost."""
        if self._pipeline is None:
            from bot.pipeline import Pipeline

            inbox = self.settings.inbox
            self._pipeline = Pipeline(self.store, self.config.jurisdictions, self.config.agencies,
                                      self.settings.timezone, routing(self.config),
                                      inbox.request_pattern if inbox else None)
        return self._pipeline

    # ------------------------------------------------------------------------------------ the mailbox

    def mailbox_session(self) -> MailboxSession:
        if self._session is None:
            inbox = self.settings.inbox
            if inbox is None:
                raise FoiabotError("no `inbox:` section in the settings: nothing to watch")
            password = sign_in(inbox)
            # One pass (`run --once`) does not wait for a mailbox that is down: the next pass tries again.
            give_up = _SET if self.once else self.stop

            def connect() -> ImapMailbox:
                mailbox = ImapMailbox(inbox, password, stop_event=self.stop)
                mailbox.idling = self.idling
                return mailbox

            self._session = MailboxSession(connect, give_up)
        return self._session

    def lost_lock(self) -> None:
        """The worker lock is gone (its database session ended): a standby may be active already, so stop."""
        if self.lock_lost:
            return
        self.lock_lost = True
        log.error("lost the worker lock (its database session ended); stopping so that only one worker acts")
        self.stop.set()
        self.on_lost()

    def holds_lock(self) -> bool:
        """Checked before each batch and each delivery: a worker that lost its lock does nothing more."""
        if self.lock_lost or (self.lease is not None and not self.lease.verify()):
            self.lost_lock()
            return False
        return True

    def sync(self) -> int:
        """Read every configured folder (and the Sent folder) from its checkpoint; returns messages processed."""
        changed = self._follow_register()
        count = self.mailbox_session().run(self._sync_all)
        with self.store.session() as session:
            self.store.set_meta(session, LAST_SYNC, utcnow().isoformat())
        if count or changed:
            self.publish_calendar()
        return count

    def publish_calendar(self) -> None:
        """Rewrite `calendar_file` (when set) with every open deadline: after replies, register changes and
        sweeps. A file that cannot be written is logged; the mail goes on."""
        target = self.settings.calendar_file
        if not target:
            return
        from bot import ical

        now = utcnow()
        names = {a.id: a.name for a in self.config.agencies.values()}
        try:
            ical.export(self.store, Path(target), names, now.astimezone(self.settings.tz).date(), now)
        except OSError as err:
            log.error("calendar_file %s cannot be written: %s", target, err.strerror or err)

    def _sync_all(self, mailbox: ImapMailbox) -> int:
        """Each folder in turn; one the server will not select is reported and the others are read all the same."""
        count = 0
        for folder, outgoing in self._folders(mailbox):
            try:
                count += self._sync_folder(mailbox, folder, outgoing)
            except FolderError as err:
                self.unreadable[folder] = str(err)
                if folders.cannot_read(self.store, folder, str(err), routing(self.config).triage_channel):
                    self.alert_queued = True
            else:
                if self.unreadable.pop(folder, None) is not None or not self._readable_checked:
                    folders.readable(self.store, folder)
        self._readable_checked = True
        return count

    def _folders(self, mailbox: ImapMailbox) -> list[tuple[str, bool]]:
        """(folder, outgoing): the inbox folders, then the Sent folder as set, or else as the server flags it."""
        inbox = self.settings.inbox
        assert inbox is not None
        if inbox.sent_folder is None and not self._sent_looked_up:
            self._sent, self._sent_looked_up = mailbox.find_sent_folder(), True
            if self._sent is None:
                log.info("no Sent folder: the server flags none \\Sent and none has a usual name; set "
                         "inbox.sent_folder to read one")
            else:
                log.info("reading %r as the Sent folder (the server flags it \\Sent)", self._sent)
        sent = inbox.sent_folder or self._sent
        listed = [(f, False) for f in inbox.folders]
        return listed + ([(sent, True)] if sent and sent not in inbox.folders else [])

    def _follow_register(self) -> bool:
        """Requests imported, added or closed with `foiabot requests` while the worker runs are matched from the
        next sync on: the matching index is rebuilt when the register's fingerprint changed. Says whether it
        changed (the first look counts as a change)."""
        with self.store.session() as session:
            fingerprint = _register_fingerprint(session)
        changed = fingerprint != self._register_fingerprint
        if self._register_fingerprint is not None and changed and self._pipeline is not None:
            log.info("the request register changed; reloading the matching index")
            self._pipeline.reload()
        self._register_fingerprint = fingerprint
        return changed

    def _sync_folder(self, mailbox: ImapMailbox, folder: str, outgoing: bool) -> int:
        checkpoint = self._checkpoint(folder)
        first_contact = checkpoint is None
        cutoff = utcnow() - dt.timedelta(days=self.settings.inbox.backfill_days) if self.settings.inbox else None
        count = 0
        for batch, after in mailbox.fetch_new(folder, checkpoint, since=cutoff if first_contact else None):
            from bot.pipeline import Incoming

            if self.stop.is_set() or not self.holds_lock():
                return count  # this batch's checkpoint is not stored: the rest is read next time
            self.pipeline.process_many([
                # Mail older than the window is recorded without alerting, also after first contact: a label
                # applied to an old message in Gmail (a new UID in a watched folder) is not news.
                Incoming(fetched.raw, folder, fetched.uid, fetched.internaldate, outgoing,
                         backfill=cutoff is not None and fetched.internaldate < cutoff)
                for fetched in batch
            ])
            count += len(batch)
            self._save_checkpoint(after)
            mailbox.add_keyword(folder, [fetched.uid for fetched in batch])
        return count

    def _checkpoint(self, folder: str) -> MailboxCheckpoint | None:
        with self.store.session() as session:
            row = session.get(Checkpoint, folder)
            return MailboxCheckpoint(folder, row.uidvalidity, row.last_uid, row.highestmodseq) if row else None

    def _save_checkpoint(self, cp: MailboxCheckpoint) -> None:
        with self.store.session() as session:
            session.merge(Checkpoint(folder=cp.folder, uidvalidity=cp.uidvalidity, last_uid=cp.last_uid,
                                     highestmodseq=cp.highestmodseq, synced_at=utcnow()))

    # ------------------------------------------------------------------------------ sweep and deliver

    def sweep(self, now: dt.datetime | None = None) -> int:
        """Queue today's deadline alerts; a second sweep on the same day queues nothing new."""
        today = (now or utcnow()).astimezone(self.settings.tz).date()
        key = self._sweep_key(today)
        queued = sweep_into(self.store, self.config.jurisdictions, today, self.settings.alerts,
                             routing(self.config).channel, self.config.agencies)
        queued += list_ignored(self.store, today, routing(self.config).triage_channel)
        self.publish_calendar()
        with self.store.session() as session:
            self.store.set_meta(session, LAST_SWEEP, key)
        return queued

    def _sweep_key(self, today: dt.date) -> str:
        """What a sweep's alerts depend on besides the replies: the day, the register's requests, the settings."""
        with self.store.session() as session:
            fingerprint = _register_fingerprint(session)
        return f"{today.isoformat()} {fingerprint} {self.settings.alerts!r}"

    def _swept_already(self) -> bool:
        """A sweep would queue nothing new: one ran today, and no request was added or closed since."""
        today = utcnow().astimezone(self.settings.tz).date()
        return self.store.get_meta(LAST_SWEEP) == self._sweep_key(today)

    def scheduled_sweep(self) -> None:
        """The daily sweep runs on working days only: not on weekends (the cron trigger) nor on federal holidays."""
        from bot import calendar

        today = utcnow().astimezone(self.settings.tz).date()
        federal = self.config.jurisdictions.get("US")
        if federal is not None and not calendar.is_business_day(federal, today):
            log.info("no deadline sweep on %s: not a working day", today)
            return
        self.sweep()
        self.deliver()

    def deliver(self) -> outbox.DeliveryReport:
        with self._deliver_lock:
            if not self.holds_lock():
                return outbox.DeliveryReport()
            return self.outbox.deliver()

    # ----------------------------------------------------------------------------------------- passes

    def run_once(self) -> PassReport:
        report = PassReport()
        # Slack is asked first, as `run` does: held alerts go out once it takes them again.
        report.problems += [f"slack: {p}" for p in self.outbox.recheck()]
        if self.settings.inbox is not None:
            try:
                report.processed = self.sync()
            except MailboxError as err:
                report.problems.append(f"mailbox: {err}")
            report.problems += [f"mailbox: {error}; the other folders were read" for error in self.unreadable.values()]
        # With no reply since a sweep today, and the same register, a sweep would queue nothing new; skipping it
        # spares a pass with no new mail the holiday calendars (0.1 s).
        if report.processed or not self._swept_already():
            self.sweep()
        delivery = self.deliver()
        report.alerts_sent = delivery.sent
        report.problems += [f"slack: {e}" for e in delivery.errors]
        return report

    def watch(self) -> None:
        """The mailbox thread: catch up, deliver, wait for news (IDLE or poll), again, until stopped."""
        while not self.stop.is_set():
            try:
                if self.sync() or self.alert_queued:
                    self.alert_queued = False
                    self.deliver()
                self._wait_for_news()
            except FoiabotError as err:
                log.error("mailbox: %s", err)
                if err.permanent:
                    self.stop.set()
                else:
                    self.stop.wait(30)

    def _wait_for_news(self) -> None:
        """Wait for news (IDLE or poll) on the current connection. When that connection breaks, the session
        reconnects with backoff and calls the wait again: it then returns at once, because mail that came while
        the connection was down raises no IDLE notice on the new one; only reading the folders again finds it."""
        waits = 0
        # IDLE ends at least every poll_seconds: the other folders (Sent) are read that often, and mail that an
        # IDLE notice never announced is found by the next sync all the same.
        longest = self.settings.inbox.poll_seconds if self.settings.inbox else 60

        def wait(mailbox: ImapMailbox) -> bool:
            nonlocal waits
            waits += 1
            if waits > 1:
                return True
            try:
                return mailbox.wait_for_news(longest)
            except FolderError:  # the folder IDLE watches cannot be read (reported by the sync): poll instead
                return not self.stop.wait(longest)

        self.mailbox_session().run(wait)

    def close(self) -> None:
        if self._session is not None:
            self._session.close()


def _register_fingerprint(session: Any) -> tuple[Any, ...]:
    """Changes when a request is added, imported or closed."""
    return tuple(session.execute(select(
        func.count(Request.id), func.max(Request.created_at), func.count(Request.closed_at))).one())
