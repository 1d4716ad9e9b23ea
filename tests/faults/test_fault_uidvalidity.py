"""A folder whose UIDVALIDITY changed (the server rebuilt its index): the worker reads it all again, alerts none
of it twice, and still alerts mail that is genuinely new."""

from __future__ import annotations

import pytest
from faultkit import THIRTY, Desk, assert_each_alert_posted_once, message_id, payload

pytestmark = pytest.mark.imap

NEW = "040-pgh-justfoia-ack-2.eml"


def test_new_uidvalidity_alerts_nothing_again_and_mail_after_it_is_alerted_once(desk: Desk) -> None:
    first_ten = THIRTY[:10]
    desk.mail(*first_ten)
    assert desk.run_once().code == 0
    posts = len(desk.slack.posted())
    [(old,)] = desk.query("SELECT uidvalidity FROM checkpoints WHERE folder = 'INBOX'")

    new = desk.account.rebuild_uidvalidity("INBOX")
    again = desk.run_once()

    assert again.code == 0, again.err
    assert new != old and f"UIDVALIDITY changed ({old} -> {new})" in again.err
    assert len(desk.slack.posted()) == posts
    assert desk.query("SELECT uidvalidity, last_uid FROM checkpoints WHERE folder = 'INBOX'") == [(new, 10)]

    desk.mail(NEW)
    third = desk.run_once()

    assert third.code == 0, third.err
    assert [payload(p)["message_id"] for p in desk.slack.posted()[posts:] if payload(p)["alert"] == "reply"] == [
        message_id(NEW)]
    assert_each_alert_posted_once(desk, [*first_ten, NEW])
