"""First contact with a big mailbox: `foiabot run --once` on a folder of N messages of which 1 % are inside
`backfill_days`, against the floor of one IMAP session that fetches and parses just those 1 % (SEARCH SINCE,
then FETCH BODY.PEEK[] in batches of 200, email.parser with policy.default).

Also measured, each with a database of its own: foiabot on a mailbox holding only the recent 1 % (what the
old mail adds is the difference), and on the big mailbox the code of another git revision (`--before`, e.g.
main), run from an export of that revision with this checkout's virtualenv. Figures: wall clock, peak RSS, and
how much the database grew, divided by the number of messages outside the window.

    .venv/bin/python bench/first_contact.py [--messages 100000] [--repeats 3] [--before main]   # dovecot, root
"""

from __future__ import annotations

import argparse
import email
import email.policy
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import perfkit as kit

WINDOW_DAYS = 30
OLD_AGE_DAYS = 400


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=100_000, help="messages in the folder (1 %% recent)")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each kind (the median is shown)")
    parser.add_argument("--before", metavar="REV", help="also time this git revision's code on the same mailbox")
    parser.add_argument("--floor", nargs=3, metavar=("HOST", "PORT", "USER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        return floor(args.floor[0], int(args.floor[1]), args.floor[2])
    recent = args.messages // 100
    old = args.messages - recent
    server = kit.Dovecot()
    server.start()
    try:
        account = server.add_account()
        started = time.perf_counter()
        now = time.time()
        kit.fill_maildir(server, account, kit.replies(old, "old"), mtime=now - OLD_AGE_DAYS * 86400)
        kit.fill_maildir(server, account, kit.replies(recent, "new", start=old), mtime=now - 86400)
        kit.index_now(account)
        print(f"-- mailbox of {args.messages:,} ({recent:,} recent) ready in {time.perf_counter() - started:.0f} s",
              file=sys.stderr, flush=True)
        alone = server.add_account()  # the same recent mail with nothing older: what reading just it costs foiabot
        kit.fill_maildir(server, alone, kit.replies(recent, "new", start=old), mtime=now - 86400)
        kit.index_now(alone)
        rows = []
        for _ in range(args.repeats):  # interleaved, so that a busy moment of the machine hits every kind of run
            rows.append(_row("floor: fetch + parse the recent 1 %", _floor(account), None, 0))
            rows.append(_first_contact("foiabot (this checkout)", account, None, old))
            rows.append(_first_contact("foiabot, a mailbox of just the recent 1 %", alone, None, 0))
        if args.before:
            rows.append(_first_contact(f"foiabot ({args.before})", account, _export(args.before), old))
    finally:
        server.cleanup()
    names = list(dict.fromkeys(row[0] for row in rows))
    runs = {name: [row for row in rows if row[0] == name] for name in names}
    floor_s = kit.median([row[1] for row in runs[names[0]]])
    print(f"| run ({args.messages:,} messages, {recent:,} recent; median of {args.repeats}) | wall clock | vs floor "
          "| peak RSS | database growth per old message |")
    print("|---|---|---|---|---|")
    for name, same in runs.items():
        seconds, peak = kit.median([row[1] for row in same]), kit.median([row[2] for row in same])
        growth = "-" if same[0][3] is None else f"{kit.median([row[3] or 0 for row in same]):,.0f} B"
        print(f"| {name} | {seconds:.2f} s | {seconds / floor_s:.2f}x | {peak:.0f} MB | {growth} |")
    return 0


def _row(name: str, ran: kit.Ran, grown: int | None, old: int) -> tuple[str, float, float, float | None]:
    return name, ran.seconds, ran.peak_mb, (grown / old if grown is not None and old else None)


def _first_contact(name: str, account: kit.Account, code: Path | None, old: int) -> tuple[str, float, float,
                                                                                             float | None]:
    desk = kit.make_desk(Path(tempfile.mkdtemp(prefix="foiabot-first-contact-")), account)
    before = _database_bytes(desk)
    env = desk.env()
    command = desk.command("run", "--once")
    if code is not None:
        env["PYTHONPATH"] = str(code)
        command = [str(kit.PYTHON), "-P", "-m", "bot", *command[1:]]  # -P: not the current directory's bot
    ran = kit.run(command, env)
    if ran.code != 0:
        raise RuntimeError(f"{name}: run --once failed:\n{ran.err[-3000:]}")
    done = [line for line in ran.err.splitlines() if "pass done" in line or "first contact" in line]
    print(f"-- {name}: {ran.seconds:.1f} s; {' / '.join(done)}", file=sys.stderr, flush=True)
    return _row(name, ran, _database_bytes(desk) - before, old)


def _database_bytes(desk: kit.Desk) -> int:
    return sum(path.stat().st_size for path in desk.home.glob("foiabot.db*"))


def _export(revision: str) -> Path:
    """`revision`'s tree, exported: its `bot` package runs with this checkout's virtualenv."""
    target = Path(tempfile.mkdtemp(prefix="foiabot-rev-"))
    # config/ too: bot/data/jurisdictions.yaml is a link into it.
    archive = subprocess.run(["git", "-C", str(kit.ROOT), "archive", revision, "bot", "config"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def _floor(account: kit.Account) -> kit.Ran:
    env = {**os.environ, kit.PASSWORD_ENV: account.password}
    ran = kit.run([str(kit.PYTHON), __file__, "--floor", account.host, str(account.port), account.user], env)
    if ran.code != 0:
        raise RuntimeError(f"the floor failed:\n{ran.err}")
    return ran


def floor(host: str, port: int, user: str) -> int:
    """Nothing that reads the recent mail can cost less: SEARCH SINCE, FETCH in batches of 200, parse."""
    import datetime as dt

    from imapclient import IMAPClient

    since = dt.date.today() - dt.timedelta(days=WINDOW_DAYS + 1)
    with IMAPClient(host, port, ssl=False, timeout=60) as client:
        client.login(user, os.environ[kit.PASSWORD_ENV])
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["SINCE", since])
        for start in range(0, len(uids), 200):
            for data in client.fetch(uids[start : start + 200], [b"BODY.PEEK[]", b"INTERNALDATE"]).values():
                email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
    return 0


if __name__ == "__main__":
    sys.exit(main())
