"""What the fault tests share: a team's setup (an inbox on a real Dovecot, the Slack-compatible server, a
settings file), the worker run as a process of its own (`python -m bot run`), a TCP proxy that can cut the
IMAP connection, and the checks that say "every reply alerted once, nothing half-written"."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import deskkit
from deskkit import DEV, MAIL, Ran, message_id
from dovecot import HOST, Account, free_port
from slack_server import TOKEN, FakeSlack
from slack_server import Message as Posted

PASSWORD_ENV = "FOIABOT_FAULTS_IMAP_PASSWORD"
TOKEN_ENV = "FOIABOT_FAULTS_SLACK_TOKEN"
# Thirty replies from the dev corpus: acknowledgments, extensions, fee letters, auto-replies, bounces and mail
# for triage. Each one gives exactly one reply or triage alert.
THIRTY = sorted(p.name for p in MAIL.glob("*.eml"))[:30]
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


# -- the team's setup ------------------------------------------------------------------------------------------


@dataclass
class Desk:
    """One team: an inbox account, a Slack, a home directory with the settings file and the database. Every
    foiabot command runs as its own process, with the secrets in its environment only."""

    account: Account
    slack: FakeSlack
    home: Path
    password: str = ""
    token: str = TOKEN
    imap_port: int | None = None
    database: Path | None = None
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.password = self.password or self.account.password
        self.database = self.database or self.home / "foiabot.db"

    @property
    def config(self) -> Path:
        return self.home / "foiabot.yaml"

    @property
    def db(self) -> Path:
        assert self.database is not None
        return self.database

    def write_settings(self, **alerts: Any) -> None:
        deskkit.write_settings(self.config, self.account, self.slack.url, self.db, password_env=PASSWORD_ENV,
                               token_env=TOKEN_ENV, imap_port=self.imap_port, alerts=alerts)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in PROXY_VARIABLES}
        env.update({PASSWORD_ENV: self.password, TOKEN_ENV: self.token, "PYTHONUNBUFFERED": "1"})
        return env

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "bot", *args, "--config", str(self.config)]

    def foiabot(self, *args: str, timeout: float = 120) -> Ran:
        done = subprocess.run(self.command(*args), env=self.env(), cwd=self.home, capture_output=True,
                              timeout=timeout, check=False)
        return Ran(done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace"))

    def run_once(self, *extra: str) -> Ran:
        return self.foiabot("run", "--once", *extra)

    def start(self, *args: str, log: Path) -> subprocess.Popen[bytes]:
        """Starts `foiabot ARGS` without waiting; the fixture that made this desk kills what is left."""
        with log.open("ab") as out:
            process = subprocess.Popen(self.command(*args), env=self.env(), cwd=self.home, stdout=out,
                                       stderr=subprocess.STDOUT)
        self.processes.append(process)
        return process

    def stop_processes(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
            process.wait()

    def mail(self, *names: str, folder: str = "INBOX") -> None:
        with self.account.connect() as client:
            for name in names:
                client.append(folder, (MAIL / name).read_bytes())

    def import_requests(self) -> None:
        ran = self.foiabot("requests", "import", str(DEV / "requests.yaml"))
        assert ran.code == 0, ran.err

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        with sqlite3.connect(self.db, timeout=30) as conn:
            return list(conn.execute(sql, params))


def wait_until(condition: Callable[[], bool], what: str, timeout: float, interval: float = 0.05) -> float:
    """Seconds it took for `condition` to hold; AssertionError after `timeout`."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"no {what} within {timeout} s")
        time.sleep(interval)
    return time.monotonic() - started


# -- what the team sees in Slack -----------------------------------------------------------------------------


def payload(post: Posted) -> dict[str, Any]:
    assert post.metadata is not None and post.metadata["event_type"] == "foiabot_alert", post.text
    return dict(post.metadata["event_payload"])


def about_mail(slack: FakeSlack) -> list[Posted]:
    """The reply and triage posts, in the order Slack took them."""
    return [p for p in slack.posted() if payload(p)["alert"] in ("reply", "triage")]


def assert_each_alert_posted_once(desk: Desk, names: list[str]) -> None:
    """One reply or triage post per email, one thread start per request, no alert id twice, and every alert
    row of the database sent with the ts of its post."""
    posts = desk.slack.posted()
    ids = Counter(str(payload(p)["alert_id"]) for p in posts)
    assert [i for i, n in ids.items() if n > 1] == [], "posted twice"
    by_message = Counter(payload(p).get("message_id") for p in about_mail(desk.slack))
    assert by_message == Counter(message_id(name) for name in names)
    rows = desk.query("SELECT id, key, status, ts FROM alerts ORDER BY id")
    sent = {str(row_id): ts for row_id, key, _, ts in rows if not key.startswith("thread:")}
    assert [(key, status) for _, key, status, _ in rows if status != "sent"] == []
    posted = {str(payload(p)["alert_id"]): p.ts for p in posts if payload(p)["alert"] != "thread_start"}
    assert posted == sent
    starts = Counter(payload(p)["request"] for p in posts if payload(p)["alert"] == "thread_start")
    assert [r for r, n in starts.items() if n > 1] == []
    threads = dict(desk.query("SELECT id, slack_thread_ts FROM requests WHERE slack_thread_ts IS NOT NULL"))
    assert set(threads.values()) == {p.ts for p in posts if payload(p)["alert"] == "thread_start"}


def assert_every_message_processed(desk: Desk, names: list[str]) -> None:
    statuses = dict(desk.query("SELECT message_id, status FROM messages"))
    found = {name: statuses.get(message_id(name)) for name in names}
    assert {name: status for name, status in found.items() if status not in ("processed", "triage")} == {}


def assert_no_partial_state(desk: Desk) -> None:
    """No message recorded without its alert, and no checkpoint past a message that was not recorded."""
    orphans = desk.query(
        "SELECT m.message_id, m.status FROM messages m WHERE m.status IN ('processed', 'triage') AND m.direction = 'in'"
        " AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.key IN ('reply:' || m.raw_sha256, 'triage:' || m.raw_sha256))"
    )
    assert orphans == []
    unfinished = desk.query("SELECT message_id FROM messages WHERE status = 'processing'")
    assert unfinished == []
    for folder, last_uid in desk.query("SELECT folder, last_uid FROM checkpoints"):
        seen = {uid for (uid,) in desk.query("SELECT uid FROM messages WHERE source = ?", folder)}
        assert set(range(1, last_uid + 1)) <= seen, f"checkpoint of {folder} is past unrecorded mail"


# -- an IMAP connection that can be cut ---------------------------------------------------------------------


class Proxy:
    """Forwards TCP connections from its own port to the IMAP server. `cut()` drops every connection now;
    `cut_when_client_sends(b"FETCH")` drops the connection that sends it, after the server began answering."""

    def __init__(self, target_port: int) -> None:
        self.target = (HOST, target_port)
        self.port = free_port()
        self._listener = socket.create_server((HOST, self.port))
        self._listener.settimeout(0.1)
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._trigger: bytes | None = None
        self.cuts = 0
        self._running = True
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def cut(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for sock in pair:
                _shut(sock)

    def cut_when_client_sends(self, marker: bytes) -> None:
        self._trigger = marker

    def close(self) -> None:
        self._running = False
        self._thread.join()
        self._listener.close()
        self.cut()

    def _accept(self) -> None:
        while self._running:
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()  # the server is down: so is the proxy
                continue
            with self._lock:
                self._pairs.append((client, server))
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        server.settimeout(None)
        try:
            while True:
                ready, _, _ = select.select([client, server], [], [], 0.5)
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        raise ConnectionError
                    (server if sock is client else client).sendall(data)
                    if sock is client and self._trigger and self._trigger in data:
                        self._trigger = None
                        self.cuts += 1
                        time.sleep(0.05)  # let the answer start, so the cut lands in the middle of a fetch
                        raise ConnectionError
        except (OSError, ValueError):
            pass
        with self._lock:
            if (client, server) in self._pairs:
                self._pairs.remove((client, server))
        _shut(client)
        _shut(server)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def kill(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
