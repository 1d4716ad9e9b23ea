"""Helpers for bench/perf.py: a mailbox of agency replies made from the dev corpus, a Dovecot server to hold
it, a settings file, and timing of child processes (wall clock and peak memory of that one child)."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from dovecot import Account, Dovecot  # noqa: E402

DEV = ROOT / "tests" / "data" / "corpus" / "dev"
MAIL = DEV / "messages"
PYTHON = ROOT / ".venv" / "bin" / "python"
FOIABOT = ROOT / ".venv" / "bin" / "foiabot"
PASSWORD_ENV = "FOIABOT_BENCH_IMAP_PASSWORD"
TOKEN_ENV = "FOIABOT_BENCH_SLACK_TOKEN"
TIME = "/usr/bin/time"  # GNU time: peak RSS of the command itself
_MESSAGE_ID = re.compile(rb"^message-id:[^\n]*\n(?:[ \t][^\n]*\n)*", re.I | re.M)


# -- the mail ---------------------------------------------------------------------------------------------


def corpus() -> list[bytes]:
    return [path.read_bytes() for path in sorted(MAIL.glob("*.eml"))]


def with_message_id(raw: bytes, message_id: str) -> bytes:
    """The same reply under a new Message-ID; In-Reply-To, References and recipients are left as they are,
    so it still finds its request."""
    head, sep, body = raw.partition(b"\n\n")
    head += b"\n"
    new = f"Message-ID: <{message_id}>\n".encode()
    head, found = _MESSAGE_ID.subn(lambda _m: new, head, count=1)
    if not found:
        head = new + head
    return head + sep[1:] + body


def replies(count: int, tag: str, start: int = 0) -> Iterator[bytes]:
    """`count` agency replies, the dev corpus over and over, each with a Message-ID of its own."""
    for n, raw in enumerate(itertools.islice(itertools.cycle(corpus()), start, start + count), start=start):
        yield with_message_id(raw, f"perf-{tag}-{n}@bench.example.org")


def with_attachment(megabytes: int) -> bytes:
    """A records release carrying one `megabytes` MB attachment (base64, as mail clients send it)."""
    import email.policy
    from email.message import EmailMessage

    base = next(r for r in corpus() if b"In-Reply-To" in r)
    parsed = __import__("email").message_from_bytes(base, policy=email.policy.default)
    message = EmailMessage()
    for name in ("From", "To", "Subject", "Date", "In-Reply-To", "References"):
        if parsed[name]:
            message[name] = str(parsed[name])
    message["Message-ID"] = "<perf-big-attachment@bench.example.org>"
    message.set_content("Please find the responsive records attached.\n")
    payload = os.urandom(megabytes * 1024 * 1024)
    message.add_attachment(payload, maintype="application", subtype="pdf", filename="records.pdf")
    return message.as_bytes()


def fill_maildir(server: Dovecot, account: Account, messages: Sequence[bytes] | Iterator[bytes],
                 mtime: float | None = None) -> int:
    """Write messages straight into the user's Maildir (cur/, no flags): much faster than APPEND for tens of
    thousands. Dovecot indexes them on first access; the file's mtime is the message's INTERNALDATE."""
    maildir = server.maildir(account.user, "INBOX")
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    stamp = int(time.time())
    count = 0
    for count, raw in enumerate(messages, start=1):
        raw = raw.replace(b"\r\n", b"\n")
        path = maildir / "cur" / f"{stamp}.M{count}P{os.getpid()}.bench,S={len(raw)}:2,"
        path.write_bytes(raw)
        if mtime is not None:
            os.utime(path, (mtime, mtime))
    home = maildir.parent
    for path in [home, *home.rglob("*")]:
        shutil.chown(path, "nobody", "nogroup")
    return count


def append(account: Account, messages: Sequence[bytes]) -> None:
    with account.connect() as client:
        for raw in messages:
            client.append("INBOX", raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))


def index_now(account: Account) -> None:
    """Let Dovecot index a mailbox written on disk, so that no timed run pays for it."""
    with account.connect() as client:
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        for start in range(0, len(uids), 1000):  # a command line has a length limit
            client.fetch(uids[start : start + 1000], [b"INTERNALDATE", b"RFC822.SIZE"])


# -- the desk: settings and register ----------------------------------------------------------------------


@dataclass
class Desk:
    home: Path
    account: Account
    slack_url: str | None = None

    @property
    def config(self) -> Path:
        return self.home / "foiabot.yaml"

    @property
    def database(self) -> Path:
        return self.home / "foiabot.db"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        env[PASSWORD_ENV] = self.account.password
        env[TOKEN_ENV] = "xoxb-1111-2222-fake-secret-token"
        return env

    def command(self, *args: str) -> list[str]:
        return [str(FOIABOT), *args, "--config", str(self.config)]


def make_desk(home: Path, account: Account, slack_url: str | None = None) -> Desk:
    home.mkdir(parents=True, exist_ok=True)
    desk = Desk(home, account, slack_url)
    settings: dict[str, object] = {
        "timezone": "America/New_York",
        "database": f"sqlite:///{desk.database}",
        "agencies": str(DEV / "agencies.yaml"),
        "inbox": {"host": account.host, "port": account.port, "security": "none", "username": account.user,
                  "password_env": PASSWORD_ENV, "folders": ["INBOX"], "sent_folder": "Sent",
                  "timeout_seconds": 60},
    }
    if slack_url:
        settings["slack"] = {"base_url": slack_url, "token_env": TOKEN_ENV, "channel": "#foia",
                             "triage_channel": "#foia-triage"}
    desk.config.write_text(json.dumps(settings, indent=2))
    imported = run(desk.command("requests", "import", str(DEV / "requests.yaml")), desk.env())
    if imported.code != 0:
        raise RuntimeError(f"requests import failed: {imported.err}")
    return desk


# -- timing child processes -------------------------------------------------------------------------------


@dataclass
class Ran:
    seconds: float
    peak_mb: float  # this child's peak resident set
    code: int
    err: str


def run(command: Sequence[str], env: dict[str, str] | None = None) -> Ran:
    """Run a command with stdout to /dev/null: its wall clock, and its peak RSS as GNU time reports it (the
    child's own, not the forked copy of this process)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        started = time.perf_counter()
        child = subprocess.run([TIME, "-f", "%M", "-o", report.name, *command], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        seconds = time.perf_counter() - started
        peak_kb = int(report.read().split()[-1])
    return Ran(seconds, peak_kb / 1024, child.returncode, child.stderr.decode(errors="replace"))


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
