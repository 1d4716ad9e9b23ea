"""The windows where a reply could be lost inside foiabot itself: the database refusing one message, a failure
while `requests reprocess` handles a message again, an attached letter that cannot be read. After each, the
message is stored and alerted once, or set aside with its reason and a triage alert that says where it is."""

from __future__ import annotations

import email
import email.policy
import html
from collections.abc import Callable
from email.message import EmailMessage

import pytest
from deskkit import MAIL
from dovecot import Account
from faultkit import THIRTY, Desk, about_mail, assert_no_partial_state, message_id, payload
from slack_server import FakeSlack

pytestmark = pytest.mark.imap

FIVE = THIRTY[:5]
PDF_REPLY = "008-fbi-ack-letter-pdf.eml"


def refuse_in_database(desk: Desk, table: str, when: str, name: str = "refuse") -> None:
    """A trigger that makes the database refuse some rows (SQLITE_CONSTRAINT, as a constraint would)."""
    desk.query(f"CREATE TRIGGER {name} BEFORE INSERT ON {table} WHEN {when} "
               "BEGIN SELECT RAISE(ABORT, 'row refused by the test''s trigger'); END")


def fields_of(post: object) -> dict[str, str]:
    texts = [f["text"] for block in post.blocks if block["type"] == "section" for f in block.get("fields", [])]  # type: ignore[attr-defined]
    return dict(html.unescape(text).split(": ", 1) for text in texts)  # Slack's plain_text escapes & < >


def test_message_the_database_refuses_is_set_aside_with_its_reason_and_a_triage_alert_that_finds_it(
    desk: Desk,
) -> None:
    victim = FIVE[2]
    refuse_in_database(desk, "messages", f"NEW.message_id = '{message_id(victim)}' AND NEW.status != 'set_aside'")
    desk.mail(*FIVE)

    ran = desk.run_once()

    assert ran.code == 0, ran.err
    assert "Traceback" not in ran.err
    [(status, reason, uid, source)] = desk.query(
        "SELECT status, reason, uid, source FROM messages WHERE message_id = ?", message_id(victim))
    assert (status, uid, source) == ("set_aside", 3, "INBOX")
    assert "the database refused it" in reason and "row refused by the test's trigger" in reason
    [post] = [p for p in about_mail(desk.slack) if payload(p).get("message_id") == message_id(victim)]
    shown = fields_of(post)
    assert payload(post)["alert"] == "triage" and post.channel == "C0TRIAGE01"
    assert shown["Message-ID"] == message_id(victim) and shown["Folder"] == "INBOX" and shown["UID"] == "3"
    assert "row refused by the test's trigger" in shown["Reason"]
    assert shown["From"] and shown["Subject"] != "(no subject)" and shown["Date"] != "(none)"
    assert sorted(payload(p)["message_id"] for p in about_mail(desk.slack)) == sorted(map(message_id, FIVE))
    assert desk.query("SELECT last_uid FROM checkpoints WHERE folder = 'INBOX'") == [(5,)]
    assert_no_partial_state(desk)

    desk.query("DROP TRIGGER refuse")
    again = desk.foiabot("requests", "reprocess")

    assert again.code == 0, again.err
    assert desk.query("SELECT status FROM messages WHERE message_id = ?", message_id(victim)) in (
        [("processed",)], [("triage",)])
    assert desk.run_once().code == 0


def test_reprocess_that_fails_keeps_the_original_and_a_later_reprocess_places_it(
    make_desk: Callable[..., Desk], mailbox_account: Account, fake_slack: FakeSlack
) -> None:
    desk = make_desk(mailbox_account, fake_slack, import_requests=False)
    desk.mail(*FIVE)
    assert desk.run_once().code == 0  # no request in the register yet: every reply goes to triage
    before = desk.query("SELECT m.message_id, m.raw_sha256, length(r.raw) FROM messages m "
                        "JOIN raw_messages r ON r.message_pk = m.id WHERE m.status = 'triage' ORDER BY m.id")
    assert len(before) >= 3
    desk.import_requests()
    refuse_in_database(desk, "raw_messages", "1")  # handling it again fails after the original was deleted

    failed = desk.foiabot("requests", "reprocess")

    assert failed.code == 1
    assert "unchanged" in failed.err and "row refused by the test's trigger" in failed.err
    assert "Traceback" not in failed.err
    assert desk.query("SELECT m.message_id, m.raw_sha256, length(r.raw) FROM messages m "
                      "JOIN raw_messages r ON r.message_pk = m.id WHERE m.status = 'triage' ORDER BY m.id") == before

    desk.query("DROP TRIGGER refuse")
    placed = desk.foiabot("requests", "reprocess")
    assert placed.code == 0, placed.err
    assert desk.run_once().code == 0

    triaged = {mid for mid, _, _ in before}
    statuses = dict(desk.query("SELECT message_id, status FROM messages"))
    assert {statuses[mid] for mid in triaged} <= {"processed", "triage"}
    assert desk.query("SELECT count(*) FROM raw_messages") == desk.query("SELECT count(*) FROM messages")
    replies = [payload(p)["message_id"] for p in about_mail(desk.slack) if payload(p)["alert"] == "reply"]
    assert len(replies) == len(set(replies))
    assert {mid for mid, status in statuses.items() if status == "processed"} == set(replies)
    assert len([p for p in about_mail(desk.slack) if payload(p)["alert"] == "triage"]) == len(before)


def corrupt_pdf(name: str) -> bytes:
    """The reply with its attached letter cut off after the first third, as a broken upload would leave it."""
    msg = email.message_from_bytes((MAIL / name).read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            part.set_content(data[: len(data) // 3], maintype="application", subtype="pdf",
                             filename=part.get_filename())
    return msg.as_bytes()


def test_reply_whose_attached_letter_cannot_be_read_is_alerted_once_saying_so_and_status_lists_it(
    desk: Desk,
) -> None:
    with desk.account.connect() as client:
        client.append("INBOX", corrupt_pdf(PDF_REPLY))

    ran = desk.run_once()

    assert ran.code == 0, ran.err
    [post] = about_mail(desk.slack)
    assert payload(post)["message_id"] == message_id(PDF_REPLY)
    unread = fields_of(post)["Could not read"]
    assert "an attached letter (FOIPA_Acknowledgment_Letter.pdf) could not be read" in unread
    [(defects,)] = desk.query("SELECT defects FROM messages")
    assert "FOIPA_Acknowledgment_Letter.pdf" in defects
    status = desk.foiabot("status").out
    assert "messages with parts that could not be read: 1" in status
    assert "an attached letter (FOIPA_Acknowledgment_Letter.pdf) could not be read" in status
