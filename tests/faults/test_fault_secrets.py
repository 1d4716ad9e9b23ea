"""Secrets never show: the IMAP password and the Slack token appear in no log (plain or JSON), no error, no
`foiabot status` output and nowhere in the database, also when the password is wrong or the token invalid."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from dovecot import Dovecot
from faultkit import Desk, Ran
from slack_server import FakeSlack

pytestmark = pytest.mark.imap

TOKEN = "xoxb-5150-7331-Zq8vSECRETtokenKq2"
WRONG_TOKEN = "xoxb-0000-0000-Wr0ngTOKENnotValid"
WRONG_PASSWORD = "Wr0ng-PASSWORD-Xv7q"
MAIL = ("009-ice-ack-otay.eml", "002-spam-phish.eml", "005-epa-pal-ack.eml", "010-ice-ack-adelanto.eml")


def database_text(path: Path) -> str:
    """Every text and blob value of every table, as text."""
    values: list[str] = []
    with sqlite3.connect(path) as conn:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                values += [v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in row]
    return "\n".join(values)


def files_text(home: Path) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in home.rglob("*") if p.is_file())


def test_no_secret_in_logs_errors_status_or_database(
    make_desk: Callable[..., Desk], own_dovecot: Dovecot
) -> None:
    slack = FakeSlack(token=TOKEN).start()
    try:
        account = own_dovecot.add_account()
        desk = make_desk(account, slack, token=TOKEN)
        secrets = [account.password, TOKEN, WRONG_TOKEN, WRONG_PASSWORD]
        desk.mail(*MAIL[:2])
        runs: list[Ran] = [desk.run_once(), desk.run_once("--json-logs")]
        assert [r.code for r in runs] == [0, 0], runs
        desk.mail(MAIL[2])

        desk.token = WRONG_TOKEN  # Slack says invalid_auth
        runs.append(desk.run_once())
        desk.mail(MAIL[3])  # a refused alert is reported once: give the second pass one of its own
        runs.append(desk.run_once("--json-logs"))
        held = desk.foiabot("status")  # the alerts Slack refused wait, with what it said
        desk.token, desk.password = TOKEN, WRONG_PASSWORD  # the IMAP server refuses the login
        runs += [desk.run_once(), desk.run_once("--json-logs")]
        runs += [desk.foiabot(command) for command in ("status", "health", "check-config")]
        runs.append(desk.foiabot("requests", "list"))

        assert [r.code for r in runs[2:6]] == [1, 1, 1, 1]
        assert "invalid_auth" in runs[2].err and "IMAP login failed" in runs[4].err
        assert "held: " in held.out and "invalid_auth" in held.out  # what Slack refused is reported, the token is not
        everything = "\n".join(r.out + r.err for r in [*runs, held]) + database_text(desk.db) + files_text(desk.home)
        for secret in secrets:
            assert secret not in everything
    finally:
        slack.stop()
