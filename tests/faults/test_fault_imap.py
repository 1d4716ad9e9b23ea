"""The IMAP server restarted, or the connection cut, under a running worker (`foiabot run` as a process of its
own): it reconnects with backoff, reads what it missed, and each reply is alerted once, within a minute."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator

import pytest
from dovecot import Account, Dovecot
from faultkit import MAIL, Desk, Proxy, about_mail, assert_each_alert_posted_once, message_id, payload, wait_until
from slack_server import FakeSlack

pytestmark = pytest.mark.imap

BACK_WITHIN = 60.0  # seconds from the server being back to the alert in Slack
ALERTED_WITHIN = 5.0  # seconds from the APPEND of a reply to its alert, for a worker waiting in IDLE
IN_IDLE = "INBOX: waiting in IDLE"
FIRST, SECOND, THIRD = "009-ice-ack-otay.eml", "005-epa-pal-ack.eml", "010-ice-ack-adelanto.eml"
BATCH = ["012-fbi-ack-uof.eml", "013-txdps-govqa-ack.eml", "014-dod-ack.eml", "015-cpd-ack-cp1252.eml",
         "016-pgh-justfoia-ack.eml"]


@pytest.fixture
def proxy(own_dovecot: Dovecot) -> Iterator[Proxy]:
    cutter = Proxy(own_dovecot.port)
    try:
        yield cutter
    finally:
        cutter.close()


@pytest.fixture
def watched(make_desk: Callable[..., Desk], own_dovecot: Dovecot, fake_slack: FakeSlack, proxy: Proxy) -> Desk:
    """A running worker, past its first sync and waiting in IDLE, connected through the proxy."""
    desk = make_desk(own_dovecot.add_account(), fake_slack, imap_port=proxy.port)
    settings = json.loads(desk.config.read_text())
    desk.config.write_text(json.dumps({**settings, "log_level": "debug"}))  # it logs each entry into IDLE
    desk.start("run", log=desk.home / "worker.log")
    wait_until(lambda: idle_entries(desk) > 0, "entry into IDLE", timeout=30)
    return desk


def idle_entries(desk: Desk) -> int:
    """How often the worker has entered IDLE (the server accepted it: from then on new mail is announced)."""
    return worker_log(desk).count(IN_IDLE)


def posted(slack: FakeSlack, name: str) -> bool:
    return any(payload(p).get("message_id") == message_id(name) for p in about_mail(slack))


def deliver_while_down(server: Dovecot, account: Account, name: str) -> None:
    """What a mail server's delivery agent does while the IMAP service is down: a file in Maildir/new."""
    new = server.maildir(account.user, "INBOX") / "new"
    target = new / f"{time.time_ns()}.{os.getpid()}.faults:2,"
    shutil.copy(MAIL / name, target)
    shutil.chown(target, "nobody", "nogroup")


def worker_log(desk: Desk) -> str:
    return (desk.home / "worker.log").read_text(errors="replace")


def test_mail_that_came_while_the_imap_server_was_restarting_is_alerted_soon_after_it_is_back(
    watched: Desk, own_dovecot: Dovecot, proxy: Proxy
) -> None:
    desk = watched
    own_dovecot.stop()  # the worker was in IDLE
    proxy.cut()  # Dovecot's imap process for the worker can outlive its master: make sure it is gone too
    deliver_while_down(own_dovecot, desk.account, FIRST)
    wait_until(lambda: "reconnecting in" in worker_log(desk), "reconnect backoff", timeout=30)
    entered = idle_entries(desk)  # none while the server is down
    own_dovecot.start()
    back = time.monotonic()

    wait_until(lambda: posted(desk.slack, FIRST), "alert for mail that came while down", timeout=BACK_WITHIN)
    latency = time.monotonic() - back
    wait_until(lambda: idle_entries(desk) > entered, "entry into IDLE on the new connection", timeout=30)
    desk.mail(SECOND)  # and mail right after it is back
    after = time.monotonic()
    wait_until(lambda: posted(desk.slack, SECOND), "alert for mail after the restart", timeout=BACK_WITHIN)
    again = time.monotonic() - after
    print(f"\nrestart in IDLE: alert {latency:.1f} s after the server was back; next mail alerted in {again:.1f} s")

    assert latency < BACK_WITHIN
    assert again < ALERTED_WITHIN
    assert_each_alert_posted_once(desk, [FIRST, SECOND])


def test_connection_cut_during_idle_then_mail_is_alerted_within_a_minute(watched: Desk, proxy: Proxy) -> None:
    desk = watched
    proxy.cut()
    desk.mail(THIRD)  # arrives while the worker is reconnecting
    cut = time.monotonic()

    wait_until(lambda: posted(desk.slack, THIRD), "alert after the cut", timeout=BACK_WITHIN)
    print(f"\ncut in IDLE: alert {time.monotonic() - cut:.1f} s after the cut")

    assert_each_alert_posted_once(desk, [THIRD])


def test_connection_cut_while_fetching_is_resumed_and_each_reply_is_alerted_once(watched: Desk, proxy: Proxy) -> None:
    desk = watched
    proxy.cut_when_client_sends(b"FETCH")
    desk.mail(*BATCH)
    appended = time.monotonic()

    wait_until(lambda: all(posted(desk.slack, name) for name in BATCH), "alerts for the batch", timeout=BACK_WITHIN)
    print(f"\ncut while fetching: all {len(BATCH)} alerts {time.monotonic() - appended:.1f} s after the mail came")

    assert proxy.cuts == 1
    assert "fetching" in worker_log(desk) and "reconnecting in" in worker_log(desk)
    assert_each_alert_posted_once(desk, BATCH)
    assert sorted(uid for (uid,) in desk.query("SELECT uid FROM messages")) == list(range(1, len(BATCH) + 1))
