"""Slack down or rate limiting: alerts wait in the outbox and each one is delivered once, in order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from dovecot import Account
from faultkit import THIRTY, Desk, about_mail, assert_each_alert_posted_once, payload
from slack_server import FakeSlack

pytestmark = pytest.mark.imap


def posted_ids_in_order(slack: FakeSlack) -> list[int]:
    return [int(payload(p)["alert_id"]) for p in slack.posted() if payload(p)["alert"] != "thread_start"]


def test_thirty_alerts_wait_through_a_whole_run_of_refused_and_failing_slack_then_go_out_once_in_order(
    desk: Desk,
) -> None:
    desk.mail(*THIRTY)
    desk.slack.refuse()

    refused = desk.run_once()
    desk.slack.accept()
    desk.slack.fail_next(10_000, status=503)
    failing = desk.run_once()

    for down in (refused, failing):
        assert down.code == 1
        assert "will retry" in down.err and "Traceback" not in down.err
    assert desk.slack.posted() == []
    queued = desk.query("SELECT id FROM alerts WHERE key NOT LIKE 'thread:%' ORDER BY id")
    assert len(queued) >= 30

    desk.slack.fail_next(0)
    back = desk.run_once()

    assert back.code == 0, back.err
    assert posted_ids_in_order(desk.slack) == [row_id for (row_id,) in queued]  # all, once, in queued order
    assert_each_alert_posted_once(desk, THIRTY)
    for post in about_mail(desk.slack):
        if post.thread_ts:  # a reply goes in its request's thread, started before it
            assert float(post.thread_ts) < float(post.ts)


class RateLimitedMidBurst(FakeSlack):
    """Answers 429 with Retry-After to the `count` calls that follow the `after`-th chat.postMessage."""

    def __init__(self, after: int, count: int, retry_after: int) -> None:
        super().__init__()
        self.after, self.count, self.retry_after, self.posts = after, count, retry_after, 0

    def handle(self, method: str, params: dict[str, Any], authorization: str | None) -> Any:
        answer = super().handle(method, params, authorization)
        if method == "chat.postMessage" and answer[0] == 200:
            self.posts += 1
            if self.posts == self.after:
                self.ratelimit_next(self.count, self.retry_after)
        return answer


@pytest.mark.parametrize("count", [2, 5])
def test_rate_limit_in_the_middle_of_a_burst_is_waited_out_and_every_alert_goes_out_once(
    make_desk: Callable[..., Desk], mailbox_account: Account, count: int
) -> None:
    slack = RateLimitedMidBurst(after=10, count=count, retry_after=1).start()
    try:
        desk = make_desk(mailbox_account, slack)
        desk.mail(*THIRTY)

        ran = desk.run_once()

        assert ran.code == 0, ran.err
        assert_each_alert_posted_once(desk, THIRTY)
        limited = [i for i, call in enumerate(slack.calls) if call.status == 429]
        assert len(limited) == count
        for i in limited:  # the next call came no sooner than Slack said
            assert slack.calls[i + 1].time - slack.calls[i].time >= 1
    finally:
        slack.stop()
