"""The whole worker, end to end: `foiabot run` reads a real Dovecot inbox and posts through the real slack-sdk to
a local server that speaks Slack's Web API (tests/slack_server.py). Replies come from the dev corpus."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import logging
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import deskkit
import pytest
from deskkit import DEV, FOIA, MAIL, TRIAGE, Ran, message_id
from dovecot import Account, Dovecot, dovecot_missing_reason, free_port
from slack_server import TOKEN, FakeSlack
from slack_server import Message as Posted
from sqlalchemy import select

from bot import cli
from bot.store import OutboxAlert, open_store

pytestmark = pytest.mark.imap

PASSWORD_ENV = "FOIABOT_TEST_IMAP_PASSWORD"
TOKEN_ENV = "FOIABOT_TEST_SLACK_TOKEN"

ACK_THREADED = "009-ice-ack-otay.eml"  # REQ-004, found by In-Reply-To
ACK_PLUS_ADDRESS = "005-epa-pal-ack.eml"  # REQ-007, found by records+req-007@
FINAL_WITH_TOKENS = "061-fwd-cpd-final-slack.eml"  # REQ-015; its subject and body hold <!channel>, <@U…>, <http…>
SPAM = "002-spam-phish.eml"
ANOTHER_ACK = "010-ice-ack-adelanto.eml"  # REQ-005
REPLIES = {ACK_THREADED: ("REQ-004", "acknowledgment"), ACK_PLUS_ADDRESS: ("REQ-007", "acknowledgment"),
           FINAL_WITH_TOKENS: ("REQ-015", "records_final")}
IN_IDLE = "INBOX: waiting in IDLE"  # the worker's debug line once the server has accepted IDLE
ALERTED_WITHIN = 5.0  # seconds from the APPEND of a reply to its alert in Slack, for a worker waiting in IDLE
SLACK_SYNTAX = re.compile(r"<[!@#]|<https?:|<mailto:")


# -- the team's setup: an inbox, a Slack, a settings file -------------------------------------------------------


@dataclass
class Desk:
    account: Account
    slack: FakeSlack
    home: Path

    @property
    def config(self) -> Path:
        return self.home / "foiabot.yaml"

    @property
    def database(self) -> Path:
        return self.home / "foiabot.db"

    def foiabot(self, *args: str) -> Ran:
        """`foiabot ARGS --config ...` in this process, as a user would type it."""
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main([*args, "--config", str(self.config)])
        return Ran(code, out.getvalue(), err.getvalue())

    def run_once(self) -> Ran:
        return self.foiabot("run", "--once")

    def mail(self, *names: str, folder: str = "INBOX", flags: tuple[bytes, ...] = (),
             msg_time: dt.datetime | None = None) -> None:
        for name in names:
            self.account.append(folder, (MAIL / name).read_bytes(), flags=flags, msg_time=msg_time)

    def alert_rows(self) -> list[OutboxAlert]:
        store = open_store(f"sqlite:///{self.database}")
        try:
            with store.session() as session:
                return list(session.scalars(select(OutboxAlert).order_by(OutboxAlert.id)))
        finally:
            store.close()

    def worker_command(self) -> list[str]:
        return [sys.executable, "-m", "bot", "run", "--config", str(self.config)]


def write_settings(desk: Desk, imap_port: int | None = None) -> None:
    deskkit.write_settings(desk.config, desk.account, desk.slack.url, desk.database, password_env=PASSWORD_ENV,
                           token_env=TOKEN_ENV, imap_port=imap_port, inbox={"poll_seconds": 5})
    settings = json.loads(desk.config.read_text())
    settings["log_level"] = "debug"  # the worker logs each entry into IDLE: tests wait for that, not for a while
    desk.config.write_text(json.dumps(settings))


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Secrets in the environment, no proxy for 127.0.0.1, and logging as it was (`run` configures it)."""
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    quiet = {name: logging.getLogger(name).level for name in ("apscheduler", "imapclient", "slack_sdk", "urllib3")}
    yield
    root.handlers[:], root.level = handlers, level
    for name, old in quiet.items():
        logging.getLogger(name).setLevel(old)



def make_desk(tmp_path: Path, account: Account, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> Desk:
    monkeypatch.setenv(PASSWORD_ENV, account.password)
    desk = Desk(account, slack, tmp_path)
    write_settings(desk)
    imported = desk.foiabot("requests", "import", str(DEV / "requests.yaml"))
    assert imported.code == 0, imported.err
    return desk


@pytest.fixture
def desk(tmp_path: Path, mailbox_account: Account, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(tmp_path, mailbox_account, slack, monkeypatch)


# -- what the team sees in Slack -----------------------------------------------------------------------------------


def payload(post: Posted) -> dict[str, Any]:
    assert post.metadata is not None and post.metadata["event_type"] == "foiabot_alert"
    return dict(post.metadata["event_payload"])


def alerts_posted(slack: FakeSlack, channel: str | None = None) -> list[Posted]:
    """Every post but the thread starts, in the order Slack took them."""
    return [p for p in slack.posted(channel) if payload(p)["alert"] != "thread_start"]


def thread_start(slack: FakeSlack, request: str) -> Posted:
    [start] = [p for p in slack.posted(FOIA) if payload(p) == {"alert": "thread_start", "request": request,
                                                             "alert_id": f"thread:{request}"}]
    return start


def posts_about(slack: FakeSlack, name: str) -> list[Posted]:
    return [p for p in slack.posted() if payload(p).get("message_id") == message_id(name)]


def header(post: Posted) -> str:
    return str(post.blocks[0]["text"]["text"])


# -- one pass ----------------------------------------------------------------------------------------------


@pytest.fixture
def first_pass(desk: Desk) -> tuple[Desk, Ran]:
    desk.mail(ACK_THREADED, SPAM, FINAL_WITH_TOKENS)
    desk.mail(ACK_PLUS_ADDRESS, flags=(b"\\Seen",))
    return desk, desk.run_once()


def test_each_matched_reply_is_posted_once_in_its_request_thread(first_pass: tuple[Desk, Ran]) -> None:
    desk, ran = first_pass
    assert ran.code == 0, ran.err

    for name, (request, kind) in REPLIES.items():
        [post] = posts_about(desk.slack, name)
        start = thread_start(desk.slack, request)
        assert post.channel == FOIA
        assert post.thread_ts == start.ts and start.thread_ts is None
        found = payload(post)
        assert isinstance(found.pop("alert_id"), int)
        assert found == {"alert": "reply", "request": request, "message_id": message_id(name), "kind": kind}
    assert header(posts_about(desk.slack, ACK_THREADED)[0]) == \
        "U.S. Immigration and Customs Enforcement replied: acknowledgment"
    assert "Tracking number: 2026-ICFO-04412" in posts_about(desk.slack, ACK_THREADED)[0].text


def test_spam_goes_to_the_triage_channel(first_pass: tuple[Desk, Ran]) -> None:
    desk, _ = first_pass

    [post] = posts_about(desk.slack, SPAM)
    assert post.channel == TRIAGE and post.thread_ts is None
    assert payload(post)["alert"] == "triage"
    assert header(post) == "Mail foiabot could not place"
    assert alerts_posted(desk.slack, TRIAGE) == [post]


def test_mentions_and_links_from_email_never_reach_slack_as_markup(first_pass: tuple[Desk, Ran]) -> None:
    desk, _ = first_pass

    for post in desk.slack.posted():
        assert not SLACK_SYNTAX.search(post.text)
        assert not SLACK_SYNTAX.search(json.dumps(post.blocks))
        assert post.params.get("link_names") in (None, False, "0", "false", "False")
    [final] = posts_about(desk.slack, FINAL_WITH_TOKENS)
    assert "&lt;!channel&gt;" in final.text  # shown as typed, not dropped
    assert "&lt;@U123ABC&gt;" in json.dumps(final.blocks)


def test_second_pass_sends_nothing_new_and_the_inbox_flags_are_untouched(first_pass: tuple[Desk, Ran]) -> None:
    desk, _ = first_pass
    posts = len(desk.slack.calls_to("chat.postMessage"))
    flags = desk.account.flags("INBOX")

    again = desk.run_once()

    assert again.code == 0, again.err
    assert len(desk.slack.calls_to("chat.postMessage")) == posts
    assert desk.account.flags("INBOX") == flags
    assert sorted(flags.values()) == [(), (), (), (b"\\Seen",)]  # nothing marked read, nothing unmarked


def test_status_shows_the_last_sync_and_the_alerts_sent_and_health_is_ok(first_pass: tuple[Desk, Ran]) -> None:
    desk, _ = first_pass

    status = desk.foiabot("status")
    health = desk.foiabot("health")

    assert status.code == 0
    last_sync = re.search(r"^last mailbox sync: (\S+)$", status.out, re.M)
    assert last_sync and dt.datetime.fromisoformat(last_sync[1]) > dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    assert f"alerts: 0 queued, 0 failed, {len(alerts_posted(desk.slack))} sent" in status.out
    assert "messages: 3 processed, 1 triage" in status.out
    assert health.code == 0 and health.out.startswith("ok: last mailbox sync")


def test_health_fails_before_the_first_sync(desk: Desk) -> None:
    health = desk.foiabot("health")

    assert health.code == 1
    assert "never been synced" in health.err


def test_mail_older_than_the_backfill_window_is_neither_fetched_nor_alerted(desk: Desk) -> None:
    desk.mail(ANOTHER_ACK, msg_time=dt.datetime.now(dt.UTC) - dt.timedelta(days=45))
    desk.mail(ACK_THREADED)

    ran = desk.run_once()

    assert ran.code == 0, ran.err
    assert posts_about(desk.slack, ANOTHER_ACK) == []
    assert len(posts_about(desk.slack, ACK_THREADED)) == 1
    assert "messages: 1 processed\n" in desk.foiabot("status").out  # the old one was never read


SENT_SUBJECT = "FOIA Request: CPD ShotSpotter alert logs and contract amendments, 2024-2026"


def outgoing_request(local_id: str) -> bytes:
    return (
        "From: Records Desk <records@records.example.org>\r\nTo: CPD FOIA <foia@chicagopolice.org>\r\n"
        f"Subject: {SENT_SUBJECT}\r\nDate: {email.utils.format_datetime(dt.datetime.now(dt.UTC))}\r\n"
        f"Message-ID: <{local_id}@records.example.org>\r\nReply-To: records+req-new@records.example.org\r\n\r\n"
        "Under the Illinois Freedom of Information Act, 5 ILCS 140, I request the ShotSpotter alert logs.\r\n"
    ).encode()


def test_outgoing_request_in_the_sent_folder_is_registered(desk: Desk) -> None:
    subject = SENT_SUBJECT
    desk.account.append("Sent", outgoing_request("req-new.1"))

    assert desk.run_once().code == 0
    listed = [json.loads(line) for line in desk.foiabot("requests", "list", "--json").out.splitlines()]

    [new] = [r for r in listed if r["subject"] == subject]
    assert (new["id"], new["agency"], new["status"]) == ("REQ-019", "cpd", "open")
    assert new["due"] is not None and new["message_id"] == "<req-new.1@records.example.org>"


def set_inbox(desk: Desk, **inbox: Any) -> None:
    """Change inbox settings; a value of None removes the key."""
    settings = json.loads(desk.config.read_text())
    settings["inbox"] = {k: v for k, v in (settings["inbox"] | inbox).items() if v is not None}
    desk.config.write_text(json.dumps(settings))


def folder_posts(slack: FakeSlack) -> list[Posted]:
    return [p for p in slack.posted(TRIAGE) if header(p).startswith("foiabot cannot read the folder")]


def test_a_folder_the_server_does_not_have_is_reported_once_and_the_others_are_read(desk: Desk) -> None:
    set_inbox(desk, sent_folder="Sent Mail")  # this server calls it "Sent"
    desk.mail(ACK_THREADED)

    first = desk.run_once()
    second = desk.run_once()
    status, health = desk.foiabot("status"), desk.foiabot("health")

    assert first.code == 1 and second.code == 1
    assert "foiabot: mailbox: selecting folder 'Sent Mail'" in first.err
    assert "the other folders were read" in first.err and "Traceback" not in first.err
    assert len(posts_about(desk.slack, ACK_THREADED)) == 1
    [post] = folder_posts(desk.slack)
    assert header(post) == "foiabot cannot read the folder 'Sent Mail'"
    assert re.search(r"^folder 'Sent Mail' cannot be read since \S+: selecting folder 'Sent Mail' .*exist",
                     status.out, re.M), status.out
    assert health.code == 1 and "folder 'Sent Mail' cannot be read" in health.err

    with desk.account.connect() as client:
        client.create_folder("Sent Mail")
    fixed = desk.run_once()

    assert fixed.code == 0, fixed.err
    assert "cannot be read" not in desk.foiabot("status").out
    assert desk.foiabot("health").code == 0
    assert len(folder_posts(desk.slack)) == 1


def test_a_running_worker_reads_the_inbox_while_a_folder_is_missing_and_the_folder_once_it_exists(
    desk: Desk, start_worker: Callable[..., RunningWorker]
) -> None:
    set_inbox(desk, sent_folder="Sent Mail")
    worker = start_worker()
    worker.wait_for(lambda: len(folder_posts(desk.slack)) == 1, "the folder reported in triage", timeout=20)
    worker.wait_for(lambda: IN_IDLE in worker.output(), "entry into IDLE", timeout=20)

    desk.mail(ACK_THREADED)
    worker.wait_for(lambda: bool(posts_about(desk.slack, ACK_THREADED)), "alert for the inbox", timeout=30)
    with desk.account.connect() as client:
        client.create_folder("Sent Mail")
    desk.mail(ACK_PLUS_ADDRESS)  # the next sync tries the folder again
    worker.wait_for(lambda: "folder 'Sent Mail' can be read again" in worker.output(), "folder read", timeout=30)

    assert worker.output().count("folder 'Sent Mail' cannot be read") == 1
    assert len(folder_posts(desk.slack)) == 1
    assert "cannot be read" not in desk.foiabot("status").out
    assert worker.terminate(timeout=20) == 0


@pytest.mark.parametrize(("name", "separator"), [("Sent Items", "/"), ("INBOX.Sent", ".")])
def test_without_sent_folder_the_folder_the_server_flags_sent_is_read(
    tmp_path: Path, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch, name: str, separator: str
) -> None:
    reason = dovecot_missing_reason()
    if reason:
        pytest.skip(reason)
    server = Dovecot(sent_folder=name, separator=separator)
    server.start()
    try:
        desk = make_desk(tmp_path, server.default, slack, monkeypatch)
        set_inbox(desk, sent_folder=None)
        desk.account.append(name, outgoing_request("req-sent.1"))

        ran = desk.run_once()

        assert ran.code == 0, ran.err
        listed = [json.loads(line) for line in desk.foiabot("requests", "list", "--json").out.splitlines()]
        assert [r["message_id"] for r in listed if r["id"] == "REQ-019"] == ["<req-sent.1@records.example.org>"]
        assert folder_posts(slack) == []
    finally:
        server.cleanup()


# -- Slack failing -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("outage", ["refused", "503"])
def test_alerts_wait_while_slack_is_down_then_each_is_delivered_once_in_order(desk: Desk, outage: str) -> None:
    desk.mail(ACK_THREADED, SPAM, ACK_PLUS_ADDRESS)
    if outage == "refused":
        desk.slack.refuse()
    else:
        desk.slack.fail_next(10_000)

    down = desk.run_once()

    assert down.code == 1
    assert "foiabot: slack: Slack " in down.err and "will retry" in down.err
    assert "Traceback" not in down.err
    assert desk.slack.posted() == []
    queued = len(desk.alert_rows())
    assert f"alerts: {queued} queued, 0 failed, 0 sent" in desk.foiabot("status").out

    if outage == "refused":
        desk.slack.accept()
    else:
        desk.slack.fail_next(0)
    back = desk.run_once()

    assert back.code == 0, back.err
    ids = [payload(p)["alert_id"] for p in alerts_posted(desk.slack)]
    assert ids == [row.id for row in desk.alert_rows()]  # every alert, once, in the order queued
    threads = [payload(p)["request"] for p in desk.slack.posted() if payload(p)["alert"] == "thread_start"]
    assert len(threads) == len(set(threads))  # one thread per request, even the one started before the outage
    assert f"alerts: 0 queued, 0 failed, {queued} sent" in desk.foiabot("status").out


def test_channel_slack_does_not_know_holds_its_alert_and_the_rest_are_delivered(desk: Desk) -> None:
    del desk.slack.channels[TRIAGE]
    desk.mail(SPAM, ACK_THREADED, ACK_PLUS_ADDRESS)

    first = desk.run_once()

    assert first.code == 1
    reported = [line for line in first.err.splitlines() if line.startswith("foiabot: slack:")]
    assert reported and all("channel_not_found" in line and "slack.triage_channel" in line for line in reported)
    assert len(posts_about(desk.slack, ACK_THREADED)) == 1 and len(posts_about(desk.slack, ACK_PLUS_ADDRESS)) == 1
    status = desk.foiabot("status").out
    assert ", 0 failed, " in status and "alerts held until Slack takes them: 1" in status
    assert "held: 1 for #foia-triage:" in status

    posts = len(desk.slack.calls_to("chat.postMessage"))
    second = desk.run_once()

    assert second.code == 1 and "#foia-triage" in second.err  # still missing: still said
    assert len(desk.slack.calls_to("chat.postMessage")) == posts


def test_unreachable_mailbox_ends_the_pass_with_the_reason_and_queued_alerts_still_go_out(desk: Desk) -> None:
    desk.mail(ACK_THREADED)
    desk.slack.refuse()
    assert desk.run_once().code == 1  # the reply is read; Slack cannot take its alert
    desk.slack.accept()
    port = free_port()
    write_settings(desk, imap_port=port)  # nothing listens there

    started = time.monotonic()
    ran = desk.run_once()

    assert ran.code == 1
    assert f"foiabot: mailbox: connection to IMAP server 127.0.0.1:{port} refused" in ran.err
    assert time.monotonic() - started < 10  # one pass does not wait for the mailbox to come back
    assert len(posts_about(desk.slack, ACK_THREADED)) == 1


class SlackThatDiesMidPost(FakeSlack):
    """Takes the `fatal`-th chat.postMessage, answers it with a 500, then answers 503 to everything until
    `recover()`: the worker cannot tell whether the alert was posted."""

    def __init__(self, fatal: int) -> None:
        super().__init__()
        self.fatal, self.posts = fatal, 0

    def handle(self, method: str, params: dict[str, Any], authorization: str | None) -> Any:
        fatal = method == "chat.postMessage" and self.posts + 1 == self.fatal
        if method == "chat.postMessage":
            self.posts += 1
        if fatal:
            self.post_then_fail(1)
        answer = super().handle(method, params, authorization)
        if fatal:
            self.fail_next(10_000)
        return answer

    def recover(self) -> None:
        self.fatal = 0
        self.fail_next(0)


def test_alert_whose_post_outcome_was_unknown_is_not_posted_twice(
    tmp_path: Path, mailbox_account: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = SlackThatDiesMidPost(fatal=2).start()  # 1: REQ-004's thread start, 2: the reply in it
    try:
        desk = make_desk(tmp_path, mailbox_account, server, monkeypatch)
        desk.mail(ACK_THREADED)

        first = desk.run_once()
        assert first.code == 1
        [row] = [r for r in desk.alert_rows() if r.key.startswith("reply:")]
        assert row.status == "sending"
        assert len(posts_about(server, ACK_THREADED)) == 1  # Slack has it; the worker does not know

        server.recover()
        second = desk.run_once()

        assert second.code == 0, second.err
        [post] = posts_about(server, ACK_THREADED)
        [row] = [r for r in desk.alert_rows() if r.key.startswith("reply:")]
        assert (row.status, row.ts) == ("sent", post.ts)
        assert post.thread_ts == thread_start(server, "REQ-004").ts
    finally:
        server.stop()


# -- the long-running worker -------------------------------------------------------------------------------------


@dataclass
class RunningWorker:
    process: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if self.process.poll() is not None:
                pytest.fail(f"the worker exited ({self.process.returncode}) before {what}:\n{self.output()}")
            if time.monotonic() > deadline:
                pytest.fail(f"no {what} within {timeout} s:\n{self.output()}")
            time.sleep(0.05)

    def terminate(self, timeout: float) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)


@pytest.fixture
def start_worker(desk: Desk) -> Iterator[Callable[..., RunningWorker]]:
    """Starts `foiabot run` as a process of its own, and waits for the log line `until`; every process is stopped
    at the end of the test."""
    started: list[RunningWorker] = []

    def start(until: str = "foiabot worker started") -> RunningWorker:
        log = desk.home / f"worker-{len(started)}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(desk.worker_command(), stdout=out, stderr=subprocess.STDOUT, cwd=desk.home)
        worker = RunningWorker(process, log)
        started.append(worker)
        worker.wait_for(lambda: until in worker.output(), until, timeout=20)
        return worker

    yield start
    for worker in started:
        if worker.process.poll() is None:
            worker.process.kill()
            worker.process.wait()


def last_sync(desk: Desk) -> str | None:
    store = open_store(f"sqlite:///{desk.database}")
    try:
        return store.get_meta("last_sync")
    finally:
        store.close()


def test_second_worker_on_the_same_database_refuses_to_run_and_sigterm_stops_the_first(
    desk: Desk, start_worker: Callable[..., RunningWorker]
) -> None:
    worker = start_worker()

    second = desk.run_once()

    assert second.code == 1
    assert "already running" in second.err
    started = time.monotonic()
    assert worker.terminate(timeout=20) == 0
    assert time.monotonic() - started < 20
    assert "foiabot worker stopped" in worker.output()
    assert desk.run_once().code == 0  # the lock went with the process


def test_a_second_running_worker_waits_as_a_standby_and_takes_over_when_the_first_stops(
    desk: Desk, start_worker: Callable[..., RunningWorker]
) -> None:
    host = socket.gethostname()
    first = start_worker()
    standby = start_worker(until="standby: the active worker is")
    assert f"worker: active on {host} pid {first.process.pid} since" in desk.foiabot("status").out

    assert first.terminate(timeout=20) == 0
    stopped = time.monotonic()
    standby.wait_for(lambda: "foiabot worker started" in standby.output(), "takeover", timeout=10)
    takeover = time.monotonic() - stopped
    desk.mail(ACK_THREADED)
    standby.wait_for(lambda: bool(posts_about(desk.slack, ACK_THREADED)), "alert from the new worker", timeout=20)

    assert takeover < 30  # standby_takeover_seconds
    assert f"this worker ({host} pid {standby.process.pid}) takes over" in standby.output()
    [line] = [x for x in desk.foiabot("status").out.splitlines() if x.startswith("worker:")]
    assert line.startswith(f"worker: active on {host} pid {standby.process.pid} since ")
    assert line.endswith(f"took over from {host} pid {first.process.pid}")
    health = desk.foiabot("health")
    assert health.code == 0 and f"active on {host} pid {standby.process.pid}" in health.out
    assert standby.terminate(timeout=20) == 0
    assert desk.foiabot("status").out.splitlines()[-1].startswith(f"worker: none active (the last was {host} pid")


def test_running_worker_posts_a_new_reply_within_seconds(
    desk: Desk, start_worker: Callable[..., RunningWorker]
) -> None:
    worker = start_worker()
    worker.wait_for(lambda: IN_IDLE in worker.output(), "entry into IDLE", timeout=20)

    desk.mail(ACK_THREADED)
    arrived = time.monotonic()
    worker.wait_for(lambda: bool(posts_about(desk.slack, ACK_THREADED)), "alert in Slack", timeout=30)
    latency = time.monotonic() - arrived

    print(f"\nIDLE: APPEND to alert in Slack {latency:.2f} s")
    assert latency < ALERTED_WITHIN
    [post] = posts_about(desk.slack, ACK_THREADED)
    assert post.thread_ts == thread_start(desk.slack, "REQ-004").ts
    assert worker.terminate(timeout=20) == 0


def test_request_added_while_the_worker_runs_is_matched_by_the_running_worker(
    desk: Desk, start_worker: Callable[..., RunningWorker]
) -> None:
    worker = start_worker()
    desk.mail(ACK_THREADED)  # the worker has matched mail (and built its matching index) before the request exists
    worker.wait_for(lambda: bool(posts_about(desk.slack, ACK_THREADED)), "first alert", timeout=20)
    added = desk.foiabot("requests", "add", "--id", "REQ-500", "--agency", "fbi", "--sent", "2026-03-02",
                         "--subject", "FOIA Request: FBI drone purchases",
                         "--reply-address", "records+req-500@records.example.org")
    assert added.code == 0, added.err

    desk.account.append("INBOX", (
        b"From: FBI FOIPA <foipaquestions@fbi.gov>\r\nTo: records+req-500@records.example.org\r\n"
        b"Subject: Your FOIA request\r\nDate: Thu, 05 Mar 2026 10:00:00 -0500\r\n"
        b"Message-ID: <ack-500@fbi.gov>\r\n\r\nWe received your request and assigned it 1700500-000.\r\n"))
    worker.wait_for(lambda: any(payload(p).get("message_id") == "<ack-500@fbi.gov>" for p in desk.slack.posted()),
                    "alert in Slack", timeout=15)

    [post] = [p for p in desk.slack.posted() if payload(p).get("message_id") == "<ack-500@fbi.gov>"]
    assert payload(post)["request"] == "REQ-500"
    assert post.thread_ts == thread_start(desk.slack, "REQ-500").ts
    assert worker.terminate(timeout=20) == 0


@pytest.mark.parametrize(("channel", "fix"), [("#foia-nope", "fix slack.triage_channel"), ("#board", "invite the bot")])
def test_worker_refuses_to_start_when_slack_cannot_take_its_alerts(desk: Desk, channel: str, fix: str) -> None:
    settings = json.loads(desk.config.read_text())
    settings["slack"]["triage_channel"] = channel
    desk.config.write_text(json.dumps(settings))

    ran = subprocess.run(desk.worker_command(), capture_output=True, text=True, timeout=60, cwd=desk.home)

    assert ran.returncode == 1
    assert "foiabot: Slack " in ran.stderr and channel in ran.stderr and fix in ran.stderr
    assert "Traceback" not in ran.stderr
    assert TOKEN not in ran.stderr + ran.stdout


def test_worker_starts_while_slack_is_down_and_alerts_wait(
    desk: Desk, start_worker: Callable[..., RunningWorker]
) -> None:
    desk.slack.refuse()
    worker = start_worker()  # waits for "foiabot worker started"
    desk.mail(ACK_THREADED)
    worker.wait_for(lambda: last_sync(desk) is not None, "a sync", timeout=20)
    desk.slack.accept()
    worker.wait_for(lambda: bool(posts_about(desk.slack, ACK_THREADED)), "alert after Slack is back", timeout=30)
    assert worker.terminate(timeout=20) == 0
