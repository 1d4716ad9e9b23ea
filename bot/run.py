"""`foiabot run` (I/O): start-up, then one pass or the schedule. Start-up sets up logging, takes the worker lock
(a second `run` waits as its standby, bot/lease.py; `run --once` refuses) and checks that Slack takes the bot's
posts in every channel it will use. Then `run --once` makes one pass, and `run` keeps the mailbox thread watching
while APScheduler runs the daily sweep, the deliveries and Slack's re-checks. SIGTERM and SIGINT set the worker's
stop flag: the current batch of messages is finished, the IMAP session closed, then the worker exits.

It never reads mail or queues alerts itself (the Worker does, bot/worker.py), and never lets the worker start
before it holds the worker lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

from bot.config import Config
from bot.errors import DeliveryError, WorkerLocked
from bot.store import open_store
from bot.worker import Worker, build_sink, routing

if TYPE_CHECKING:
    from bot.lease import Lease

log = logging.getLogger(__name__)


def run(config: Config, once: bool = False, json_logs: bool = False) -> int:
    setup_logging(json_logs or config.settings.log_format == "json", config.settings.log_level)
    store = open_store(config.database_url)
    lease = store.worker_lease(config.settings.standby_takeover_seconds)
    try:
        worker = Worker(config, store, build_sink(config), once=once)
        if not _take_the_lock(worker, lease):
            return 0  # stopped while waiting as a standby
        worker.lease = lease
        lease.keep(on_lost=worker.lost_lock)
        try:
            if not once:
                return _forever(worker)
            report = worker.run_once()
        finally:
            worker.close()
        for problem in report.problems:
            print(f"foiabot: {problem}", file=sys.stderr)
        log.info("pass done: %d messages processed, %d alerts sent", report.processed, report.alerts_sent)
        return 1 if report.problems or worker.lock_lost else 0
    finally:
        lease.release()
        store.close()


def _take_the_lock(worker: Worker, lease: Lease) -> bool:
    """`run --once` refuses while another worker is active; `run` waits as its standby until the lock is free
    (SIGTERM or SIGINT end the wait)."""
    if worker.once:
        if not lease.try_acquire():
            holder = lease.holder()
            who = f"{holder.name}, active since {holder.since}" if holder else "it holds the worker lock"
            raise WorkerLocked(f"another foiabot worker is already running on this database ({who})")
        lease.record(None)
        return True

    def stop(signum: int, _frame: Any) -> None:
        log.info("signal %d: stopping", signum)
        worker.stop.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    return lease.wait(worker.stop)


def check_slack(worker: Worker) -> None:
    """Before the worker starts: the token works and the bot can post to every channel it will use. A
    permanent problem (bad token, unknown channel, bot not invited) stops the start with what to fix; Slack
    not answering does not (alerts wait in the outbox)."""
    check = getattr(worker.outbox.sink, "check", None)
    if check is None:
        return
    route = routing(worker.config)
    channels = {route.channel, route.triage_channel} | {
        a.slack_channel for a in worker.config.agencies.values() if a.slack_channel}
    for channel in sorted(channels):
        try:
            log.info("Slack: %s", check(channel))
        except DeliveryError as err:
            if err.permanent:
                from bot.preflight import located

                raise located(worker.config, channel, err) from err
            log.warning("could not check Slack (%s); alerts wait in the outbox until it answers", err)
            return


def _forever(worker: Worker) -> int:
    from apscheduler.schedulers import SchedulerNotRunningError
    from apscheduler.schedulers.blocking import BlockingScheduler
    from apscheduler.triggers.cron import CronTrigger

    check_slack(worker)
    from bot import socket_mode

    desk = socket_mode.start_for(worker)  # None unless slack.app_token_env is set: the buttons' listener
    settings = worker.settings
    scheduler = BlockingScheduler(timezone=settings.tz, job_defaults={"coalesce": True, "max_instances": 1,
                                                                      "misfire_grace_time": 3600})
    sweep_at = settings.alerts.sweep_time
    scheduler.add_job(worker.scheduled_sweep, CronTrigger(
        day_of_week="mon-fri", hour=sweep_at.hour, minute=sweep_at.minute, timezone=settings.tz), id="sweep")
    scheduler.add_job(worker.outbox.recheck, "interval", hours=1, id="slack-recheck",
                      next_run_time=dt.datetime.now(settings.tz))  # held alerts
    scheduler.add_job(worker.deliver, "interval", seconds=settings.alerts.retry_seconds, id="deliver",
                      next_run_time=dt.datetime.now(settings.tz))
    now = dt.datetime.now(settings.tz)
    if now.weekday() < 5 and now.time() >= sweep_at:
        # Started after today's sweep time (a restart): catch up now; a second sweep the same day adds nothing.
        scheduler.add_job(worker.scheduled_sweep, id="catch-up-sweep", next_run_time=now)
    if settings.digest is not None:
        from bot import digest

        digest.schedule(worker.config, worker.store, worker.outbox.sink, scheduler)

    def stop_scheduler() -> None:
        with contextlib.suppress(SchedulerNotRunningError):
            scheduler.shutdown(wait=False)

    def stop(signum: int, _frame: Any) -> None:
        log.info("signal %d: finishing the current batch, then stopping", signum)
        worker.stop.set()
        stop_scheduler()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    worker.on_lost = stop_scheduler
    watcher = None
    if settings.inbox is not None:
        watcher = threading.Thread(target=worker.watch, name="mailbox", daemon=True)
        watcher.start()
    log.info("foiabot worker started")
    if not worker.stop.is_set():
        scheduler.start()
    worker.stop.set()
    if desk is not None:
        desk.stop()
    if watcher is not None:
        watcher.join(timeout=30)
    worker.close()
    log.info("foiabot worker stopped")
    return 1 if worker.lock_lost else 0


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({"time": self.formatTime(record), "level": record.levelname, "logger": record.name,
                           "message": record.getMessage()})


def setup_logging(as_json: bool, level: str = "info") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonFormatter() if as_json else logging.Formatter(
        "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    logging.getLogger("bot").setLevel(level.upper())  # the libraries stay at INFO (or WARNING) whatever this says
    for noisy in ("apscheduler", "imapclient", "slack_sdk", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
