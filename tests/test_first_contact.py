"""First contact with a big mailbox: only mail inside `backfill_days` is read, the checkpoint starts past the
older mail, and a message shown in several folders (Gmail's labels) is processed once. Real Dovecot."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import deskkit
import pytest
from deskkit import DEV, MAIL, Ran, message_id
from dovecot import Account
from slack_server import TOKEN, FakeSlack

from bot import cli
from bot.mailbox import Checkpoint, ImapMailbox
from bot.settings import InboxSettings

pytestmark = pytest.mark.imap

PASSWORD_ENV = "FOIABOT_TEST_IMAP_PASSWORD"
TOKEN_ENV = "FOIABOT_TEST_SLACK_TOKEN"
NOW = dt.datetime.now(dt.UTC)
OLD = NOW - dt.timedelta(days=90)
REPLY = "009-ice-ack-otay.eml"


def settings_for(account: Account) -> InboxSettings:
    return InboxSettings(host=account.host, port=account.port, security="none", username=account.user,
                         password_env="UNUSED", timeout_seconds=10)


def message(n: int) -> bytes:
    return f"From: clerk@agency.gov\r\nTo: records@example.org\r\nSubject: letter {n}\r\n" \
           f"Message-ID: <{n}@agency.gov>\r\n\r\nbody {n}\r\n".encode()


def first_contact(account: Account, since: dt.datetime) -> tuple[list[int], Checkpoint]:
    with ImapMailbox(settings_for(account), account.password) as mailbox:
        batches = list(mailbox.fetch_new("INBOX", None, since=since))
    return [f.uid for batch, _ in batches for f in batch], batches[-1][1]


def test_first_contact_reads_only_the_window_and_its_checkpoint_starts_past_the_older_mail(
    mailbox_account: Account,
) -> None:
    for n, when in enumerate([OLD, OLD, OLD, NOW, NOW, OLD], 1):  # the last: old mail imported after the new
        mailbox_account.append("INBOX", message(n), msg_time=when)

    read, checkpoint = first_contact(mailbox_account, NOW - dt.timedelta(days=30))

    assert read == [4, 5]
    assert checkpoint.last_uid == 6
    mailbox_account.append("INBOX", message(7), msg_time=NOW)
    with ImapMailbox(settings_for(mailbox_account), mailbox_account.password) as mailbox:
        later = [f.uid for batch, _ in mailbox.fetch_new("INBOX", checkpoint) for f in batch]
    assert later == [7]


def test_first_contact_with_only_old_mail_reads_nothing_and_moves_the_checkpoint_past_it(
    mailbox_account: Account,
) -> None:
    for n in range(1, 4):
        mailbox_account.append("INBOX", message(n), msg_time=OLD)
    read, checkpoint = first_contact(mailbox_account, NOW - dt.timedelta(days=30))
    assert read == []
    assert checkpoint.last_uid == 3


# -- the whole worker: one message in two folders ----------------------------------------------------------------


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = handlers, level


def foiabot(config: Path, *args: str) -> Ran:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main([*args, "--config", str(config)])
    return Ran(code, out.getvalue(), err.getvalue())


def test_a_reply_shown_in_two_folders_like_gmail_labels_is_posted_once(
    mailbox_account: Account, slack: FakeSlack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, mailbox_account.password)
    with mailbox_account.connect() as client:
        client.create_folder("Agencies")
    config = tmp_path / "foiabot.yaml"
    deskkit.write_settings(config, mailbox_account, slack.url, tmp_path / "foiabot.db", password_env=PASSWORD_ENV,
                           token_env=TOKEN_ENV, inbox={"folders": ["INBOX", "Agencies"]})
    assert foiabot(config, "requests", "import", str(DEV / "requests.yaml")).code == 0
    raw = (MAIL / REPLY).read_bytes()
    mailbox_account.append("INBOX", raw)
    mailbox_account.append("Agencies", raw)

    first = foiabot(config, "run", "--once")
    mailbox_account.append("Agencies", raw)  # the label applied again later: a new UID in a watched folder
    second = foiabot(config, "run", "--once")

    assert first.code == 0 and second.code == 0, first.err + second.err
    about = [m for m in slack.posted() if m.metadata
             and m.metadata["event_payload"].get("message_id") == message_id(REPLY)]
    assert len(about) == 1


def test_an_old_message_labelled_after_first_contact_is_recorded_without_an_alert(
    mailbox_account: Account, slack: FakeSlack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, mailbox_account.password)
    config = tmp_path / "foiabot.yaml"
    deskkit.write_settings(config, mailbox_account, slack.url, tmp_path / "foiabot.db", password_env=PASSWORD_ENV,
                           token_env=TOKEN_ENV)
    assert foiabot(config, "requests", "import", str(DEV / "requests.yaml")).code == 0
    raw = (MAIL / REPLY).read_bytes()
    mailbox_account.append("INBOX", raw, msg_time=OLD)  # outside the window: never read at first contact
    assert foiabot(config, "run", "--once").code == 0
    mailbox_account.append("INBOX", raw, msg_time=OLD)  # the same old message given a watched label later
    ran = foiabot(config, "run", "--once")

    assert ran.code == 0, ran.err
    assert not [m for m in slack.posted() if m.metadata
                and m.metadata["event_payload"].get("message_id") == message_id(REPLY)]
