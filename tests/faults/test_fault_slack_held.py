"""Slack refusing alerts for a reason the team can fix (the token revoked or invalid, the bot not in the triage
channel): the alerts are held, not lost; `status` and `health` say why; they go out once, in order, as soon as
the problem is fixed: on the next pass, with `foiabot alerts retry`, or when `foiabot run` starts. An error about
one alert itself (msg_too_long) still fails that alert alone."""

from __future__ import annotations

import pytest
from deskkit import TRIAGE
from faultkit import THIRTY, Desk, about_mail, assert_each_alert_posted_once, payload, wait_until

pytestmark = pytest.mark.imap

TEN = THIRTY[:10]


def held(desk: Desk) -> int:
    return desk.query("SELECT count(*) FROM alerts WHERE status IN ('held', 'held_sending')")[0][0]


@pytest.mark.parametrize("refusal", ["invalid_auth", "token_revoked"])
def test_alerts_refused_for_the_token_are_held_health_says_why_and_they_go_once_it_works_again(
    desk: Desk, refusal: str
) -> None:
    desk.mail(*THIRTY)
    desk.slack.revoke(refusal)

    first = desk.run_once()

    assert first.code == 1
    assert refusal in first.err and "Traceback" not in first.err
    assert desk.slack.calls[0].method == "auth.test"  # the token is checked before anything is posted
    assert desk.slack.posted() == []
    waiting = desk.query("SELECT count(*) FROM alerts WHERE key NOT LIKE 'thread:%'")[0][0]
    assert waiting >= 30 and held(desk) == waiting
    assert desk.query("SELECT count(*) FROM alerts WHERE status = 'failed'") == [(0,)]
    status = desk.foiabot("status").out
    assert f"alerts held until Slack takes them: {waiting}" in status and refusal in status
    health = desk.foiabot("health")
    assert health.code == 1 and "unhealthy:" in health.err and refusal in health.err

    calls = len(desk.slack.calls)
    second = desk.run_once()

    assert second.code == 1 and refusal in second.err
    assert [c.method for c in desk.slack.calls[calls:]] == ["auth.test"]  # held: not posted again and again

    desk.slack.restore()
    fixed = desk.run_once()

    assert fixed.code == 0, fixed.err
    assert_each_alert_posted_once(desk, THIRTY)
    assert desk.foiabot("health").code == 0
    assert "held" not in desk.foiabot("status").out


def test_alerts_retry_sends_held_alerts_now_once_the_token_is_fixed(desk: Desk) -> None:
    desk.mail(*TEN)
    desk.slack.revoke("invalid_auth")
    assert desk.run_once().code == 1
    waiting = held(desk)

    still = desk.foiabot("alerts", "retry")

    assert still.code == 1 and "invalid_auth" in still.err
    assert f"0 sent, {waiting} still held" in still.out

    desk.slack.restore()
    retried = desk.foiabot("alerts", "retry")

    assert retried.code == 0, retried.err
    assert f"{waiting} sent, 0 still held" in retried.out
    assert_each_alert_posted_once(desk, TEN)


def test_triage_channel_without_the_bot_holds_only_its_alerts_and_run_sends_them_when_it_starts(desk: Desk) -> None:
    desk.mail(*TEN)
    desk.slack.kick("foia-triage")

    first = desk.run_once()

    assert first.code == 1 and "not_in_channel" in first.err
    triage = desk.query("SELECT count(*) FROM alerts WHERE channel = '#foia-triage'")[0][0]
    assert triage >= 1 and held(desk) == triage
    assert desk.slack.posted(TRIAGE) == []
    replies = [p for p in about_mail(desk.slack) if payload(p)["alert"] == "reply"]
    assert len(replies) == len(TEN) - triage  # the other channel's alerts went out

    desk.slack.invite("foia-triage")
    worker = desk.start("run", log=desk.home / "worker.log")
    wait_until(lambda: len(desk.slack.posted(TRIAGE)) == triage, "the held triage alerts", timeout=30)

    assert held(desk) == 0
    assert_each_alert_posted_once(desk, TEN)
    assert worker.poll() is None


def test_alert_slack_refuses_for_itself_fails_alone_and_health_stays_ok(desk: Desk) -> None:
    desk.mail(*TEN[:3])
    desk.slack.refuse_next_posts(1, "msg_too_long")

    ran = desk.run_once()

    assert ran.code == 1 and "msg_too_long" in ran.err
    assert desk.query("SELECT count(*) FROM alerts WHERE status = 'failed'") == [(1,)]
    assert held(desk) == 0
    assert ", 1 failed, " in desk.foiabot("status").out
    assert desk.foiabot("health").code == 0


def test_token_revoked_under_a_running_worker_holds_its_alerts_and_alerts_retry_has_the_worker_send_them(
    desk: Desk,
) -> None:
    worker = desk.start("run", log=desk.home / "worker.log")
    wait_until(lambda: "foiabot worker started" in (desk.home / "worker.log").read_text(), "the start", timeout=30)
    desk.slack.revoke("token_revoked")
    desk.mail(*TEN[:3])
    wait_until(lambda: held(desk) >= 3, "held alerts", timeout=120)  # a loaded 2-core machine
    assert desk.slack.posted() == []
    assert "token_revoked" in desk.foiabot("health").err

    desk.slack.restore()
    retried = desk.foiabot("alerts", "retry")

    assert retried.code == 0, retried.err
    assert "a worker is running" in retried.out
    wait_until(lambda: len(about_mail(desk.slack)) == 3, "the held alerts", timeout=30)
    assert held(desk) == 0
    assert_each_alert_posted_once(desk, TEN[:3])
    assert worker.poll() is None
