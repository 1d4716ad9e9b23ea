"""bot.mailbox (with its connection and session modules) against a real Dovecot (tests marked `imap`), and the file
sources."""

from __future__ import annotations

import datetime as dt
import logging
import mailbox as stdlib_mailbox
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dovecot import Account, Dovecot, dovecot_missing_reason, free_port

from bot.errors import FolderError, MailboxError
from bot.files import iter_paths
from bot.mailbox import Checkpoint, Fetched, ImapMailbox
from bot.mailbox_session import MailboxSession
from bot.settings import InboxSettings

imap = pytest.mark.imap


@pytest.fixture
def penalised_account() -> Iterator[Account]:
    """An account on a server of its own, for logins that fail (see the Dovecot class)."""
    reason = dovecot_missing_reason()
    if reason:
        pytest.skip(reason)
    server = Dovecot()
    server.start()
    try:
        yield server.default
    finally:
        server.cleanup()


def settings_for(account: Account, **overrides: Any) -> InboxSettings:
    values: dict[str, Any] = {
        "host": account.host,
        "port": account.port,
        "security": "none",
        "username": account.user,
        "password_env": "FOIABOT_IMAP_PASSWORD",
        "timeout_seconds": 10,
    }
    return InboxSettings(**(values | overrides))


def message(n: int, subject: str = "Records request") -> bytes:
    return (
        f"From: records{n}@agency.example.gov\r\nTo: team@example.org\r\nSubject: {subject} {n}\r\n"
        f"Message-ID: <m{n}@agency.example.gov>\r\nDate: Mon, 3 Jun 2024 10:00:00 -0400\r\n\r\n"
        f"Reply number {n}.\r\n"
    ).encode()


def fetch_all(mailbox: ImapMailbox, folder: str, checkpoint: Checkpoint | None) -> tuple[list[Fetched], Checkpoint]:
    batches = list(mailbox.fetch_new(folder, checkpoint))
    assert batches, "fetch_new yielded nothing"
    return [m for batch, _ in batches for m in batch], batches[-1][1]


def imap_commands(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The IMAP commands the client sent, as imapclient logs them ("> b'TAG UID FETCH ...'")."""
    sent = [r.getMessage() for r in caplog.records if r.name.startswith("imapclient")]
    return [line[4:].split()[1] for line in sent if line.startswith("> b'")]


@imap
def test_second_fetch_returns_only_new_messages_and_advances_checkpoint(mailbox_account: Account) -> None:
    for n in (1, 2):
        mailbox_account.append("INBOX", message(n))
    with ImapMailbox(settings_for(mailbox_account), mailbox_account.password) as mailbox:
        first, checkpoint = fetch_all(mailbox, "INBOX", None)
        mailbox_account.append("INBOX", message(3))
        second, after = fetch_all(mailbox, "INBOX", checkpoint)

    assert [m.raw for m in first] == [message(1), message(2)]
    assert [m.raw for m in second] == [message(3)]
    assert (checkpoint.last_uid, after.last_uid) == (2, 3)
    assert after.uidvalidity == checkpoint.uidvalidity == second[0].uidvalidity
    assert after.highestmodseq is not None
    assert second[0].internaldate.tzinfo == dt.UTC


@imap
def test_poll_with_nothing_new_sends_one_examine_and_no_search_or_fetch(
    mailbox_account: Account, caplog: pytest.LogCaptureFixture
) -> None:
    for n in range(30):
        mailbox_account.append("INBOX", message(n))
    with ImapMailbox(settings_for(mailbox_account), mailbox_account.password) as mailbox:
        _, checkpoint = fetch_all(mailbox, "INBOX", None)
        caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="imapclient"):
            batches = list(mailbox.fetch_new("INBOX", checkpoint))

    assert batches == []
    assert imap_commands(caplog) == ["EXAMINE"]


@imap
def test_more_messages_than_batch_size_arrive_in_several_batches(mailbox_account: Account) -> None:
    for n in range(7):
        mailbox_account.append("INBOX", message(n))
    settings = settings_for(mailbox_account, batch_size=3)
    with ImapMailbox(settings, mailbox_account.password) as mailbox:
        batches = list(mailbox.fetch_new("INBOX", None))

    assert [[m.uid for m in batch] for batch, _ in batches] == [[1, 2, 3], [4, 5, 6], [7]]
    assert [checkpoint.last_uid for _, checkpoint in batches] == [3, 6, 7]
    assert [m.raw for batch, _ in batches for m in batch] == [message(n) for n in range(7)]


@imap
def test_fetching_leaves_flags_untouched(mailbox_account: Account) -> None:
    mailbox_account.append("INBOX", message(1))
    mailbox_account.append("INBOX", message(2), flags=[b"\\Flagged"])
    before = mailbox_account.flags("INBOX")
    with ImapMailbox(settings_for(mailbox_account), mailbox_account.password) as mailbox:
        fetch_all(mailbox, "INBOX", None)

    after = mailbox_account.flags("INBOX")
    assert after == before
    assert all(b"\\Seen" not in flags for flags in after.values())


@imap
def test_changed_uidvalidity_rereads_the_whole_folder(mailbox_account: Account) -> None:
    for n in (1, 2):
        mailbox_account.append("INBOX", message(n))
    settings = settings_for(mailbox_account)
    with ImapMailbox(settings, mailbox_account.password) as mailbox:
        _, checkpoint = fetch_all(mailbox, "INBOX", None)
    new_uidvalidity = mailbox_account.rebuild_uidvalidity("INBOX")
    with ImapMailbox(settings, mailbox_account.password) as mailbox:
        again, after = fetch_all(mailbox, "INBOX", checkpoint)

    assert [m.raw for m in again] == [message(1), message(2)]
    assert after.uidvalidity == new_uidvalidity != checkpoint.uidvalidity
    assert after.last_uid == 2


@imap
def test_first_look_at_an_empty_folder_yields_its_checkpoint(mailbox_account: Account) -> None:
    with ImapMailbox(settings_for(mailbox_account), mailbox_account.password) as mailbox:
        batches = list(mailbox.fetch_new("INBOX", None))

    assert len(batches) == 1
    assert batches[0][0] == []
    assert batches[0][1].last_uid == 0


@imap
def test_sent_folder_can_be_read(mailbox_account: Account) -> None:
    mailbox_account.append("Sent", message(1, subject="FOIA request"))
    settings = settings_for(mailbox_account, sent_folder="Sent")
    with ImapMailbox(settings, mailbox_account.password) as mailbox:
        sent, checkpoint = fetch_all(mailbox, "Sent", None)

    assert [m.raw for m in sent] == [message(1, subject="FOIA request")]
    assert (sent[0].folder, checkpoint.folder) == ("Sent", "Sent")


@imap
def test_unknown_folder_is_a_permanent_error(mailbox_account: Account) -> None:
    mailbox = ImapMailbox(settings_for(mailbox_account), mailbox_account.password)
    with mailbox, pytest.raises(MailboxError) as caught:
        list(mailbox.fetch_new("No such folder", None))

    assert caught.value.permanent
    assert "No such folder" in str(caught.value)


@imap
def test_keyword_is_added_only_when_configured(mailbox_account: Account) -> None:
    mailbox_account.append("INBOX", message(1))
    with ImapMailbox(settings_for(mailbox_account), mailbox_account.password) as mailbox:
        mailbox.add_keyword("INBOX", [1])
    unchanged = mailbox_account.flags("INBOX")
    settings = settings_for(mailbox_account, add_keyword="foiabot-seen")
    with ImapMailbox(settings, mailbox_account.password) as mailbox:
        mailbox.add_keyword("INBOX", [1])

    assert unchanged == {1: ()}
    assert mailbox_account.flags("INBOX") == {1: (b"foiabot-seen",)}


@imap
def test_idle_wakes_up_when_another_connection_appends(mailbox_account: Account) -> None:
    appended: list[float] = []

    def append_once_idling(mailbox: ImapMailbox) -> None:
        assert mailbox.idling.wait(10), "never entered IDLE"
        appended.append(time.monotonic())
        mailbox_account.append("INBOX", message(1))

    with ImapMailbox(settings_for(mailbox_account), mailbox_account.password) as mailbox:
        appender = threading.Thread(target=append_once_idling, args=[mailbox])
        appender.start()
        woke = mailbox.wait_for_news(timeout=10)
        announced = time.monotonic() - appended[0]  # from the start of the APPEND to IDLE returning
        idling_after = mailbox.idling.is_set()
        fetched, _ = fetch_all(mailbox, "INBOX", None)
    appender.join()

    assert woke
    assert announced < 1
    assert not idling_after
    assert [m.raw for m in fetched] == [message(1)]


@imap
def test_idle_returns_false_when_nothing_arrives_before_the_timeout(mailbox_account: Account) -> None:
    with ImapMailbox(settings_for(mailbox_account), mailbox_account.password) as mailbox:
        started = time.monotonic()
        woke = mailbox.wait_for_news(timeout=0.5)
        waited = time.monotonic() - started
        assert list(mailbox.fetch_new("INBOX", None))  # the connection is usable after IDLE

    assert not woke
    assert 0.4 < waited < 2


@imap
def test_without_idle_the_wait_is_a_sleep_that_the_stop_event_cuts_short(mailbox_account: Account) -> None:
    stop = threading.Event()
    settings = settings_for(mailbox_account, idle=False, poll_seconds=30)
    with ImapMailbox(settings, mailbox_account.password, stop_event=stop) as mailbox:
        assert mailbox.wait_for_news(timeout=0.1)
        threading.Timer(0.2, stop.set).start()
        started = time.monotonic()
        woke = mailbox.wait_for_news(timeout=60)

    assert not woke
    assert time.monotonic() - started < 2


@imap
def test_wrong_password_is_permanent_and_the_message_hides_the_password(penalised_account: Account) -> None:
    mailbox_account = penalised_account
    wrong = "hunter2-wrong-password"
    mailbox = ImapMailbox(settings_for(mailbox_account), wrong)
    with pytest.raises(MailboxError) as caught:
        mailbox.connect()

    text = str(caught.value)
    assert caught.value.permanent
    assert text.startswith(f"IMAP login failed for {mailbox_account.user} at 127.0.0.1:{mailbox_account.port}: ")
    assert text.endswith(": [AUTHENTICATIONFAILED] Authentication failed.")
    assert wrong not in text and mailbox_account.password not in text


@imap
def test_refused_connection_is_a_temporary_error_naming_host_and_port(mailbox_account: Account) -> None:
    port = free_port()
    mailbox = ImapMailbox(settings_for(mailbox_account, port=port), mailbox_account.password)
    with pytest.raises(MailboxError) as caught:
        mailbox.connect()

    assert not caught.value.permanent
    assert str(caught.value) == f"connection to IMAP server 127.0.0.1:{port} refused"


@imap
def test_tls_connects_when_ca_file_trusts_the_self_signed_certificate(
    dovecot_server: Dovecot, mailbox_account: Account
) -> None:
    settings = settings_for(
        mailbox_account, security="ssl", port=dovecot_server.tls_port, ca_file=dovecot_server.cert_file
    )
    with ImapMailbox(settings, mailbox_account.password) as mailbox:
        assert list(mailbox.fetch_new("INBOX", None))


@imap
def test_tls_without_ca_file_fails_with_a_certificate_message(
    dovecot_server: Dovecot, mailbox_account: Account
) -> None:
    settings = settings_for(mailbox_account, security="ssl", port=dovecot_server.tls_port)
    with pytest.raises(MailboxError) as caught:
        ImapMailbox(settings, mailbox_account.password).connect()

    assert str(caught.value).startswith(f"TLS certificate of IMAP server 127.0.0.1:{dovecot_server.tls_port}")
    assert "self-signed certificate" in str(caught.value)
    assert "inbox.ca_file" in str(caught.value)


@imap
def test_starttls_upgrades_the_plain_port(dovecot_server: Dovecot, mailbox_account: Account) -> None:
    settings = settings_for(mailbox_account, security="starttls", ca_file=dovecot_server.cert_file)
    with ImapMailbox(settings, mailbox_account.password) as mailbox:
        assert list(mailbox.fetch_new("INBOX", None))


@imap
def test_session_reconnects_after_the_server_restarts(dovecot_server: Dovecot, mailbox_account: Account) -> None:
    settings = settings_for(mailbox_account)
    stored: list[Checkpoint | None] = [None]

    def catch_up(mailbox: ImapMailbox) -> list[bytes]:
        raws = []
        for batch, checkpoint in mailbox.fetch_new("INBOX", stored[0]):
            raws += [m.raw for m in batch]
            stored[0] = checkpoint
        return raws

    mailbox_account.append("INBOX", message(1))
    with MailboxSession(lambda: ImapMailbox(settings, mailbox_account.password), threading.Event(), 1, 0.1) as s:
        first = s.run(catch_up)
        dovecot_server.restart()
        mailbox_account.append("INBOX", message(2))
        second = s.run(catch_up)

    assert (first, second) == ([message(1)], [message(2)])


@imap
def test_session_backs_off_until_the_server_is_back(dovecot_server: Dovecot, mailbox_account: Account) -> None:
    settings = settings_for(mailbox_account)
    mailbox_account.append("INBOX", message(1))
    dovecot_server.stop()
    restarter = threading.Timer(1.0, dovecot_server.start)
    restarter.start()
    try:
        with MailboxSession(lambda: ImapMailbox(settings, mailbox_account.password), threading.Event(), 0.4, 0.1) as s:
            fetched = s.run(lambda mailbox: fetch_all(mailbox, "INBOX", None)[0])
    finally:
        restarter.join()

    assert [m.raw for m in fetched] == [message(1)]


@imap
def test_session_gives_up_at_once_on_a_wrong_password(penalised_account: Account) -> None:
    settings = settings_for(penalised_account)
    attempts = []

    def factory() -> ImapMailbox:
        attempts.append(1)
        return ImapMailbox(settings, "wrong")

    with pytest.raises(MailboxError) as caught, MailboxSession(factory, threading.Event()) as session:
        session.run(lambda mailbox: None)

    assert caught.value.permanent
    assert len(attempts) == 1


def test_session_stop_event_ends_the_backoff() -> None:
    settings = InboxSettings(host="127.0.0.1", port=free_port(), security="none", username="u", password_env="P")
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    started = time.monotonic()
    with pytest.raises(MailboxError) as caught, MailboxSession(lambda: ImapMailbox(settings, "pw"), stop, 60, 30) as s:
        s.run(lambda mailbox: None)

    assert not caught.value.permanent
    assert time.monotonic() - started < 2


def test_files_are_read_in_the_order_given(tmp_path: Path) -> None:
    single = tmp_path / "single.eml"
    single.write_bytes(message(1))
    maildir = stdlib_mailbox.Maildir(tmp_path / "maildir")
    maildir.add(stdlib_mailbox.MaildirMessage(message(3)))  # lands in new/
    cur = stdlib_mailbox.MaildirMessage(message(2))
    cur.set_subdir("cur")
    maildir.add(cur)
    emls = tmp_path / "emls"
    emls.mkdir()
    (emls / "b.eml").write_bytes(message(5))
    (emls / "a.eml").write_bytes(message(4))
    (emls / "notes.txt").write_text("not mail")
    mbox = stdlib_mailbox.mbox(tmp_path / "archive.mbox")
    for n in (6, 7):
        mbox.add(message(n))
    mbox.close()

    found = list(iter_paths([single, tmp_path / "maildir", emls, tmp_path / "archive.mbox"]))

    assert [raw.replace(b"\r\n", b"\n") for _, raw in found] == [
        message(n).replace(b"\r\n", b"\n") for n in range(1, 8)
    ]
    labels = [label for label, _ in found]
    assert labels[0] == str(single)
    assert labels[1].startswith(str(tmp_path / "maildir" / "cur"))
    assert labels[2].startswith(str(tmp_path / "maildir" / "new"))
    assert labels[3:5] == [str(emls / "a.eml"), str(emls / "b.eml")]
    assert labels[5:] == [f"{tmp_path / 'archive.mbox'}#1", f"{tmp_path / 'archive.mbox'}#2"]


def test_missing_path_is_a_permanent_error(tmp_path: Path) -> None:
    with pytest.raises(MailboxError, match=r"no such file or directory: .*missing\.eml") as caught:
        list(iter_paths([tmp_path / "missing.eml"]))

    assert caught.value.permanent


@imap
def test_a_big_message_is_read_whole_in_pieces_between_small_ones_and_stays_unread(mailbox_account: Account) -> None:
    from bot.mailbox import BIG_MESSAGE, PIECE

    big = message(2).replace(b"\r\n\r\n", b"\r\n\r\n" + b"0123456789abcde\r\n" * ((BIG_MESSAGE + PIECE) // 17), 1)
    for raw in (message(1), big, message(3)):
        mailbox_account.append("INBOX", raw)
    with ImapMailbox(settings_for(mailbox_account), mailbox_account.password) as mailbox:
        fetched, _ = fetch_all(mailbox, "INBOX", None)

    assert len(big) > BIG_MESSAGE + PIECE
    assert [bytes(m.raw) for m in fetched] == [message(1), big, message(3)]
    assert [m.uid for m in fetched] == [1, 2, 3]
    assert all(b"\\Seen" not in flags for flags in mailbox_account.flags("INBOX").values())


@imap
def test_messages_with_large_attachments_come_in_batches_of_bounded_size(mailbox_account: Account) -> None:
    from bot.mailbox import BATCH_BYTES

    def with_letter(n: int) -> bytes:  # a release with a scanned letter: just under a quarter of a batch
        letter = b"JVBERi0xLjcKJeLjz9MK\r\n" * ((BATCH_BYTES // 4 - 1000) // 22)
        return message(n).replace(b"\r\n\r\n", b"\r\n\r\n" + letter, 1)

    sent = [with_letter(n) for n in range(1, 10)]
    for raw in sent:
        mailbox_account.append("INBOX", raw)
    with ImapMailbox(settings_for(mailbox_account), mailbox_account.password) as mailbox:
        batches = list(mailbox.fetch_new("INBOX", None))

    assert len(batches) == 3  # nine quarter-batch messages: 4 + 4 + 1, not one batch of nine
    assert all(sum(len(m.raw) for m in batch) <= BATCH_BYTES for batch, _ in batches)
    assert [checkpoint.last_uid for _, checkpoint in batches] == [4, 8, 9]  # stored batch by batch
    assert [bytes(m.raw) for batch, _ in batches for m in batch] == sent


# -- folders a server names its own way ---------------------------------------------------------------------------


@pytest.fixture(params=[("Sent Items", "/"), ("INBOX.Sent", ".")], ids=["outlook-style", "cyrus-style"])
def server_with_its_own_sent(request: pytest.FixtureRequest) -> Iterator[Dovecot]:
    """A server whose \\Sent folder is not called "Sent": Outlook's "Sent Items", or Cyrus's "INBOX.Sent"."""
    reason = dovecot_missing_reason()
    if reason:
        pytest.skip(reason)
    name, separator = request.param
    server = Dovecot(sent_folder=name, separator=separator)
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


@imap
def test_the_sent_folder_is_found_by_its_special_use_flag(server_with_its_own_sent: Dovecot) -> None:
    account = server_with_its_own_sent.default
    account.append(server_with_its_own_sent.sent_folder, message(1, subject="FOIA request"))
    with ImapMailbox(settings_for(account), account.password) as mailbox:
        found = mailbox.find_sent_folder()
        fetched, _ = fetch_all(mailbox, found or "", None)

    assert found == server_with_its_own_sent.sent_folder
    assert [m.raw for m in fetched] == [message(1, subject="FOIA request")]


@imap
def test_a_folder_the_server_does_not_have_is_a_folder_error_and_the_connection_goes_on(
    server_with_its_own_sent: Dovecot,
) -> None:
    account = server_with_its_own_sent.default
    account.append("INBOX", message(1))
    with ImapMailbox(settings_for(account), account.password) as mailbox:
        with pytest.raises(FolderError) as missing:
            list(mailbox.fetch_new("Sent", None))
        fetched, _ = fetch_all(mailbox, "INBOX", None)

    assert missing.value.folder == "Sent" and missing.value.permanent
    assert "'Sent'" in str(missing.value) and "exist" in str(missing.value)
    assert [m.raw for m in fetched] == [message(1)]
