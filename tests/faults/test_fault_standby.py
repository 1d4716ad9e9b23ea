"""Two `foiabot run` on one PostgreSQL database: one is active, the other waits as a hot standby. When the active
one dies (SIGKILL in the middle of a batch, SIGKILL between Slack taking a post and the worker recording it) or
freezes (SIGSTOP: a host that hangs, its database session still open), the standby takes over within
`standby_takeover_seconds`, resumes from the checkpoints and the outbox, and every reply is alerted once.

The PostgreSQL server is a throwaway cluster of the test module's own (as in tests/test_postgres.py), each test
on a database of its own; the mail is on the fault tests' Dovecot, Slack is tests/slack_server.py."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from dovecot import Account, free_port
from faultkit import (
    THIRTY,
    Desk,
    Proxy,
    about_mail,
    assert_each_alert_posted_once,
    assert_every_message_processed,
    assert_no_partial_state,
    kill,
    wait_until,
)
from pgserver import Postgres, running_postgres
from slack_server import FakeSlack

pytestmark = pytest.mark.imap

TAKEOVER = 6  # standby_takeover_seconds in these tests
ACTIVE, STANDING_BY, TOOK_OVER = "foiabot worker started", "standby: the active worker is", "takes over and resumes"
LATER = sorted(p for p in (Path(__file__).resolve().parents[1] / "data" / "corpus" / "dev" / "messages").glob(
    "*.eml"))[30:33]


@pytest.fixture(scope="module")
def postgres() -> Iterator[Postgres]:
    """A PostgreSQL server on a Unix socket and on a loopback port (for connections through a proxy)."""
    with running_postgres("foiabot-pg-standby-", tcp_port=free_port()) as server:
        yield server


@dataclass
class PgDesk(Desk):
    """A team whose database is on PostgreSQL; `query` reads it there."""

    socket_dir: str = ""
    dbname: str = ""
    server_port: int = 5432  # the socket's name says it
    pg_port: int | None = None  # the workers reach the database on 127.0.0.1 at this port, else on the socket
    logs: list[Path] = field(default_factory=list)

    @property
    def url(self) -> str:
        where = f"host=127.0.0.1&port={self.pg_port}" if self.pg_port else \
            f"host={self.socket_dir}&port={self.server_port}"
        return f"postgresql+psycopg://foiabot@/{self.dbname}?{where}"

    def write_settings(self, **alerts: Any) -> None:
        super().write_settings(**alerts)
        settings = json.loads(self.config.read_text())
        settings |= {"database": self.url, "standby_takeover_seconds": TAKEOVER}
        self.config.write_text(json.dumps(settings))

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        import psycopg

        with psycopg.connect(dbname=self.dbname, user="foiabot", host=self.socket_dir, port=self.server_port) as conn:
            return [tuple(row) for row in conn.execute(sql.replace("?", "%s"), params).fetchall()]

    def start_worker(self) -> tuple[subprocess.Popen[bytes], Path]:
        log = self.home / f"worker-{len(self.logs)}.log"
        self.logs.append(log)
        return self.start("run", log=log), log


def read(log: Path) -> str:
    return log.read_text(errors="replace") if log.exists() else ""


class SlackThatKills(FakeSlack):
    """Once armed with a pid: stores the next chat.postMessage, then SIGKILLs that process before answering."""

    def __init__(self) -> None:
        super().__init__()
        self.victim = 0

    def handle(self, method: str, params: dict[str, Any], authorization: str | None) -> Any:
        answer = super().handle(method, params, authorization)
        if method == "chat.postMessage" and answer[0] == 200 and self.victim:
            victim, self.victim = self.victim, 0
            os.kill(victim, signal.SIGKILL)
        return answer


@pytest.fixture
def team(postgres: Postgres, mailbox_account: Account, tmp_path: Path) -> Iterator[Callable[..., PgDesk]]:
    """`team(slack)`: a desk on a new database; `team(slack, like=desk, pg_port=P)`: another home (settings,
    logs) for the same team, reaching the same database at another port."""
    import psycopg

    desks: list[PgDesk] = []

    def make(slack: FakeSlack, like: PgDesk | None = None, pg_port: int | None = None) -> PgDesk:
        dbname = like.dbname if like else f"standby_{len(desks)}_{os.getpid()}_{time.monotonic_ns()}"
        if like is None:
            with psycopg.connect(dbname="postgres", user="foiabot", host=postgres.socket_dir, port=postgres.port,
                                 autocommit=True) as c:
                c.execute(f'CREATE DATABASE "{dbname}"')
        home = tmp_path / f"desk-{len(desks)}"
        home.mkdir()
        desk = PgDesk(mailbox_account, slack, home, socket_dir=postgres.socket_dir, dbname=dbname,
                      server_port=postgres.port, pg_port=pg_port)
        desks.append(desk)
        desk.write_settings()
        if like is None:
            desk.import_requests()
        return desk

    yield make
    for desk in desks:
        for process in desk.processes:
            if process.poll() is None:
                os.kill(process.pid, signal.SIGCONT)
        desk.stop_processes()


def active_and_standby(desk: PgDesk) -> tuple[subprocess.Popen[bytes], Path, subprocess.Popen[bytes], Path]:
    active, active_log = desk.start_worker()
    wait_until(lambda: ACTIVE in read(active_log), "active worker", timeout=30)
    standby, standby_log = desk.start_worker()
    wait_until(lambda: STANDING_BY in read(standby_log), "standby", timeout=30)
    assert ACTIVE not in read(standby_log)
    return active, active_log, standby, standby_log


def all_sent(desk: PgDesk, slack: FakeSlack, replies: int) -> bool:
    """Every reply alerted and nothing left in the outbox (deadline alerts from the start-up sweep included)."""
    return len(about_mail(slack)) >= replies and desk.query("SELECT count(*) FROM alerts WHERE status != 'sent'") \
        == [(0,)]


def worker_line(desk: PgDesk) -> str:
    status = desk.foiabot("status")
    assert status.code == 0, status.err
    [line] = [line for line in status.out.splitlines() if line.startswith("worker:")]
    return line


def test_standby_takes_over_when_the_active_worker_is_killed_in_the_middle_of_a_batch(
    team: Callable[..., PgDesk]
) -> None:
    slack = FakeSlack().start()
    try:
        desk = team(slack)
        active, active_log, standby, standby_log = active_and_standby(desk)
        host = socket.gethostname()
        assert worker_line(desk).startswith(f"worker: active on {host} pid {active.pid} since ")
        refused = desk.run_once()  # a single pass does not wait: it says who is active
        assert refused.code == 1 and "Traceback" not in refused.err
        assert f"another foiabot worker is already running on this database ({host} pid {active.pid}" in refused.err

        desk.mail(*THIRTY)
        wait_until(lambda: "INBOX: fetched 30 messages" in read(active_log), "the batch fetched", timeout=30)
        kill(active)
        killed = time.monotonic()
        posted_before = len(about_mail(slack))
        takeover = wait_until(lambda: TOOK_OVER in read(standby_log), "takeover", timeout=TAKEOVER * 3)
        wait_until(lambda: all_sent(desk, slack, len(THIRTY)), "every reply alerted", timeout=120)
        everything = time.monotonic() - killed
        print(f"\nkilled in a batch ({posted_before} of 30 alerted): standby active {takeover:.2f} s later, "
              f"all 30 alerted {everything:.1f} s after the kill")

        assert posted_before < len(THIRTY)
        assert takeover < TAKEOVER
        assert_every_message_processed(desk, THIRTY)
        assert_each_alert_posted_once(desk, THIRTY)
        assert_no_partial_state(desk)
        line = worker_line(desk)
        assert line.startswith(f"worker: active on {host} pid {standby.pid} since ")
        assert line.endswith(f"took over from {host} pid {active.pid}")
        health = desk.foiabot("health")
        assert health.code == 0 and f"active on {host} pid {standby.pid}" in health.out
        assert "Traceback" not in read(standby_log)
    finally:
        slack.stop()


def test_standby_takes_over_when_the_active_worker_is_killed_between_a_post_and_its_record(
    team: Callable[..., PgDesk]
) -> None:
    slack = SlackThatKills().start()
    try:
        desk = team(slack)
        active, _, standby, standby_log = active_and_standby(desk)
        names = [path.name for path in LATER]
        slack.victim = active.pid
        desk.mail(*names)
        assert active.wait(timeout=60) == -signal.SIGKILL
        killed = time.monotonic()
        unknown = desk.query("SELECT key FROM alerts WHERE status = 'sending'")
        pending = desk.query("SELECT id FROM requests WHERE slack_thread_ts = 'pending'")
        takeover = wait_until(lambda: TOOK_OVER in read(standby_log), "takeover", timeout=TAKEOVER * 3)
        wait_until(lambda: all_sent(desk, slack, len(names)), "every reply alerted", timeout=60)
        print(f"\nkilled between a post and its record: standby active {takeover:.2f} s later")

        assert unknown + pending != []  # the killed worker did not know its post had gone out
        assert takeover < TAKEOVER
        assert_every_message_processed(desk, names)
        assert_each_alert_posted_once(desk, names)
        assert_no_partial_state(desk)
        assert time.monotonic() - killed < 60
        assert standby.poll() is None
    finally:
        slack.stop()


def test_a_frozen_active_worker_is_replaced_and_stops_when_it_wakes(team: Callable[..., PgDesk]) -> None:
    slack = FakeSlack().start()
    try:
        desk = team(slack)
        active, active_log, standby, standby_log = active_and_standby(desk)
        os.kill(active.pid, signal.SIGSTOP)  # a host that hangs: its database session stays open
        frozen = time.monotonic()
        takeover = wait_until(lambda: TOOK_OVER in read(standby_log), "takeover", timeout=TAKEOVER * 3)
        # None of its sessions is left: one frozen inside a transaction would hold row locks the new worker needs.
        frozen_sessions = desk.query("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE ?",
                                     f"foiabot % pid {active.pid} %")
        desk.mail(*THIRTY[:3])
        wait_until(lambda: all_sent(desk, slack, 3), "alerts from the new active worker", timeout=60)
        os.kill(active.pid, signal.SIGCONT)
        stopped = active.wait(timeout=TAKEOVER * 3)
        print(f"\nfrozen active worker: standby active {takeover:.2f} s after the freeze; the old one exited "
              f"({stopped}) {time.monotonic() - frozen:.1f} s after the freeze")

        assert takeover < TAKEOVER
        assert "wrote no heartbeat" in read(standby_log)
        assert frozen_sessions == [(0,)]
        assert stopped == 1
        assert "lost the worker lock" in read(active_log)
        assert_each_alert_posted_once(desk, THIRTY[:3])
        assert worker_line(desk).startswith(f"worker: active on {socket.gethostname()} pid {standby.pid} since ")
    finally:
        slack.stop()


def test_standby_takes_over_when_the_active_workers_database_connection_is_cut(
    team: Callable[..., PgDesk], postgres: Postgres
) -> None:
    slack = FakeSlack().start()
    proxy = Proxy(postgres.port)
    try:
        desk = team(slack)
        behind_proxy = team(slack, like=desk, pg_port=proxy.port)
        active, active_log = behind_proxy.start_worker()
        wait_until(lambda: ACTIVE in read(active_log), "active worker", timeout=30)
        standby, standby_log = desk.start_worker()
        wait_until(lambda: STANDING_BY in read(standby_log), "standby", timeout=30)

        proxy.cut()  # every database session of the active worker, its lock's among them
        cut = time.monotonic()
        takeover = wait_until(lambda: TOOK_OVER in read(standby_log), "takeover", timeout=TAKEOVER * 3)
        stopped = active.wait(timeout=TAKEOVER * 3)
        gone = time.monotonic() - cut
        desk.mail(*THIRTY[:3])
        wait_until(lambda: all_sent(desk, slack, 3), "alerts from the new active worker", timeout=60)
        print(f"\ndatabase connection cut: standby active {takeover:.2f} s later; the old worker exited ({stopped}) "
              f"{gone:.1f} s after the cut")

        assert takeover < TAKEOVER
        assert stopped == 1 and "lost the worker lock" in read(active_log)
        assert_each_alert_posted_once(desk, THIRTY[:3])
        assert worker_line(desk).startswith(f"worker: active on {socket.gethostname()} pid {standby.pid} since ")
    finally:
        proxy.close()
        slack.stop()
