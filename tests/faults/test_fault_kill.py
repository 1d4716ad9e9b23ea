"""The worker killed with SIGKILL anywhere in a pass, then started again: every reply processed and alerted,
none twice. Random kill points over a pass of thirty replies, and the one window that matters most, between
Slack taking a post and the worker recording it, hit on purpose."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from dovecot import Account
from faultkit import (
    THIRTY,
    Desk,
    assert_each_alert_posted_once,
    assert_every_message_processed,
    assert_no_partial_state,
    kill,
    payload,
)
from slack_server import FakeSlack

pytestmark = pytest.mark.imap

SEED = 20261128
KILLS = 20
ACK_THREADED, SPAM = "009-ice-ack-otay.eml", "002-spam-phish.eml"


def copy_database(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def work_window(log: str, started: float) -> tuple[float, float]:
    """Seconds from the process start to its first log line and to its last: when a pass does its work."""
    stamps = [dt.datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f").timestamp() - started
              for line in log.splitlines() if line[:4].isdigit()]
    return stamps[0], stamps[-1]


def state_after_kill(desk: Desk) -> str:
    """What the killed pass had done: messages recorded, alerts sent, alerts whose post had an unknown outcome."""
    if not desk.db.exists():
        return "no database"
    (messages,), = desk.query("SELECT count(*) FROM messages")
    sent, sending = (desk.query("SELECT count(*) FROM alerts WHERE status = ?", s)[0][0] for s in ("sent", "sending"))
    pending = desk.query("SELECT count(*) FROM requests WHERE slack_thread_ts = 'pending'")[0][0]
    return f"{messages} messages, {sent} alerts sent, {sending} sending, {pending} threads pending"


@pytest.mark.slow
def test_kill_9_at_twenty_random_points_of_a_pass_loses_no_reply_and_posts_none_twice(
    make_desk: Callable[..., Desk], mailbox_account: Account, tmp_path: Path
) -> None:
    template = make_desk(mailbox_account, FakeSlack().start())
    try:
        template.mail(*THIRTY)
        copy_database(template.db, tmp_path / "imported.db")
        started = time.time()
        clean = template.run_once()
        duration = time.time() - started  # a whole pass, process start to exit
        assert clean.code == 0, clean.err
        work = work_window(clean.err, started)
        assert_each_alert_posted_once(template, THIRTY)
    finally:
        template.slack.stop()

    rng = random.Random(SEED)
    # One kill point in each twentieth of the clean pass's work (from its first log line, after the interpreter
    # has started, to "pass done"), each on a fresh database and a fresh Slack.
    first, last = work
    delays = [first + (last - first) * (k + rng.random()) / KILLS for k in range(KILLS)]
    report = []
    for delay in delays:
        slack = FakeSlack().start()
        try:
            desk = make_desk(mailbox_account, slack, import_requests=False)
            copy_database(tmp_path / "imported.db", desk.db)
            process = desk.start("run", "--once", log=desk.home / "killed.log")
            time.sleep(delay)
            kill(process)
            report.append(f"{delay:.2f} s: {state_after_kill(desk)} (exit {process.returncode})")

            again = desk.run_once()

            assert again.code == 0, again.err
            assert "Traceback" not in again.err
            assert_every_message_processed(desk, THIRTY)
            assert_each_alert_posted_once(desk, THIRTY)
            assert_no_partial_state(desk)
        finally:
            slack.stop()
    print(f"\nclean pass {duration:.2f} s, working from {first:.2f} s to {last:.2f} s; state left by each SIGKILL:\n"
          + "\n".join(report))


class SlackThatKillsThePoster(FakeSlack):
    """Stores the `nth` chat.postMessage, then SIGKILLs `victim` before answering: the alert is in Slack and
    the worker never learns its ts."""

    def __init__(self, nth: int) -> None:
        super().__init__()
        self.nth, self.posts, self.victim = nth, 0, 0

    def handle(self, method: str, params: dict[str, Any], authorization: str | None) -> Any:
        answer = super().handle(method, params, authorization)
        if method == "chat.postMessage" and answer[0] == 200 and self.victim:
            self.posts += 1
            if self.posts == self.nth:
                os.kill(self.victim, signal.SIGKILL)
        return answer


@pytest.mark.parametrize(("nth", "what"), [(1, "thread_start"), (2, "reply"), (3, "triage")])
def test_worker_killed_between_slack_taking_a_post_and_recording_it_does_not_post_it_again(
    make_desk: Callable[..., Desk], mailbox_account: Account, nth: int, what: str
) -> None:
    slack = SlackThatKillsThePoster(nth).start()
    try:
        desk = make_desk(mailbox_account, slack)
        desk.mail(ACK_THREADED, SPAM)  # posts: 1 REQ-004's thread start, 2 the reply in it, 3 the triage post
        process = desk.start("run", "--once", log=desk.home / "killed.log")
        slack.victim = process.pid
        assert process.wait(timeout=60) == -signal.SIGKILL
        [last] = slack.posted()[nth - 1 :]
        assert payload(last)["alert"] == what
        unknown = desk.query("SELECT key FROM alerts WHERE status = 'sending'")
        pending = desk.query("SELECT id FROM requests WHERE slack_thread_ts = 'pending'")
        assert (pending if what == "thread_start" else unknown) != []  # the worker did not know

        again = desk.run_once()

        assert again.code == 0, again.err
        assert_each_alert_posted_once(desk, [ACK_THREADED, SPAM])
        assert slack.posted()[nth - 1] is last
        if what != "thread_start":
            assert "was already posted" in again.err
    finally:
        slack.stop()
