"""The alert outbox: order, failures, request threads and the unknown outcome of a post, delivered through
the real slack-sdk to a local server that speaks Slack's Web API (tests/slack_server.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from slack_server import TOKEN, FakeSlack
from slack_server import Message as Posted
from sqlalchemy import select

from bot import alerts, outbox, register
from bot.config import RequestEntry, load_agencies, load_jurisdictions
from bot.model import Alert, AlertType
from bot.settings import SlackSettings
from bot.slack import SlackSink
from bot.store import Message, OutboxAlert, Request, Store, open_store

DEV = Path(__file__).resolve().parent / "data" / "corpus" / "dev"
FOIA = "C0FOIA0001"
TRIAGE = "C0TRIAGE01"
JURISDICTIONS = load_jurisdictions()
AGENCIES = load_agencies(DEV / "agencies.yaml", JURISDICTIONS)


class SlackThatFallsOver(FakeSlack):
    """Slack that breaks down for good once it has taken `posts_before_outage` messages: every call after
    that answers 503 until `recover()`."""

    def __init__(self, posts_before_outage: int) -> None:
        super().__init__()
        self.posts_left = posts_before_outage

    def handle(self, method: str, params: dict[str, Any], authorization: str | None) -> Any:
        if method == "chat.postMessage":
            if self.posts_left == 0:
                self.fail_next(10_000)
            self.posts_left -= 1
        return super().handle(method, params, authorization)

    def recover(self) -> None:
        self.posts_left = -1
        self.fail_next(0)


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)  # slack-sdk would send 127.0.0.1 through a proxy



@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{tmp_path / 'foiabot.db'}")
    try:
        add_request(store, "REQ-004", "ice", "FOIA Request: Otay Mesa detention contracts")
        add_request(store, "REQ-007", "epa", "FOIA Request: Region 9 drinking water enforcement")
        yield store
    finally:
        store.close()


def add_request(store: Store, request_id: str, agency: str, subject: str) -> None:
    entry = RequestEntry(id=request_id, agency=agency, subject=subject, sent=dt.date(2026, 1, 7))
    with store.session() as session:
        register.add_request(session, entry, AGENCIES[agency], JURISDICTIONS)


def make_outbox(store: Store, server: FakeSlack) -> outbox.Outbox:
    settings = SlackSettings(base_url=server.url, channel="#foia", triage_channel="#foia-triage")
    sink = SlackSink(settings, TOKEN, retry_interval=FixedValueRetryIntervalCalculator(0.01))
    return outbox.Outbox(store, sink, AGENCIES)


def reply(n: int, request_id: str | None = "REQ-004") -> Alert:
    return Alert(
        key=f"reply:{n}",
        type=AlertType.REPLY if request_id else AlertType.TRIAGE,
        title=f"Agency replied ({n})",
        request_id=request_id,
        message_id=f"<m{n}@agency.example.gov>",
        kind="acknowledgment",
        fields=(("From", "records@agency.example.gov"),),
        excerpt=f"Reply number {n}.",
    )


def queue(store: Store, *items: tuple[Alert, str]) -> None:
    with store.session() as session:
        for alert, channel in items:
            assert outbox.enqueue(session, alert, channel)


def rows(store: Store) -> dict[str, OutboxAlert]:
    with store.session() as session:
        return {row.key: row for row in session.scalars(select(OutboxAlert).order_by(OutboxAlert.id))}


def request_row(store: Store, request_id: str) -> Request:
    with store.session() as session:
        request = session.get(Request, request_id)
        assert request is not None
        return request


def payload(message: Posted) -> dict[str, Any]:
    assert message.metadata is not None
    assert message.metadata["event_type"] == "foiabot_alert"
    return dict(message.metadata["event_payload"])


def titles(server: FakeSlack, channel: str | None = None) -> list[str]:
    """The header of every post but the thread starts, in the order Slack received them."""
    return [m.blocks[0]["text"]["text"] for m in server.posted(channel) if payload(m)["alert"] != "thread_start"]


def thread_starts(server: FakeSlack) -> dict[str, str]:
    return {payload(m)["request"]: m.ts for m in server.posted(FOIA) if payload(m)["alert"] == "thread_start"}


# -- queueing ------------------------------------------------------------------------------------------------


def test_a_batch_queues_each_key_once_in_order_also_next_to_alerts_queued_one_at_a_time(store: Store) -> None:
    with store.session() as session:
        assert outbox.enqueue(session, reply(1), FOIA)  # still pending in the session when the batch comes
        batch = [(reply(1), FOIA), (reply(2), FOIA), (reply(3), TRIAGE), (reply(2), FOIA)]
        assert outbox.enqueue_many(session, batch) == 2
        assert not outbox.enqueue(session, reply(3), FOIA)

    queued = rows(store)
    assert list(queued) == ["reply:1", "reply:2", "reply:3"]
    assert [row.channel for row in queued.values()] == [FOIA, FOIA, TRIAGE]
    assert outbox.from_json(queued["reply:2"].payload) == reply(2)


# -- order and failures --------------------------------------------------------------------------------------


def test_alerts_are_posted_in_the_order_they_were_queued(store: Store, slack: FakeSlack) -> None:
    queue(store, (reply(1), "#foia"), (reply(2, None), "#foia-triage"), (reply(3, "REQ-007"), "#foia"),
          (reply(4), "#foia"))

    report = make_outbox(store, slack).deliver()

    assert (report.sent, report.failed, report.pending, report.errors) == (4, 0, 0, [])
    assert titles(slack) == [f"Agency replied ({n})" for n in (1, 2, 3, 4)]
    assert titles(slack, TRIAGE) == ["Agency replied (2)"]
    assert {row.status for row in rows(store).values()} == {"sent"}


def test_slack_down_stops_the_pass_at_the_first_alert_and_keeps_every_alert_for_the_next_one(
    store: Store, slack: FakeSlack
) -> None:
    queue(store, *[(reply(n, None), "#foia-triage") for n in (1, 2, 3)])
    slack.fail_next(10_000)  # every call answers 503

    report = make_outbox(store, slack).deliver()

    assert (report.sent, report.failed, report.pending) == (0, 0, 3)
    assert "will retry" in report.errors[0]
    assert len(slack.calls_to("chat.postMessage")) == 1  # nothing hammered while Slack is down
    assert [row.status for row in rows(store).values()] == ["sending", "queued", "queued"]

    slack.fail_next(0)
    again = make_outbox(store, slack).deliver()

    assert (again.sent, again.pending) == (3, 0)
    assert titles(slack) == ["Agency replied (1)", "Agency replied (2)", "Agency replied (3)"]


def test_transient_failure_in_the_middle_of_a_pass_leaves_the_rest_queued_in_order(store: Store) -> None:
    queue(store, *[(reply(n, None), "#foia-triage") for n in (1, 2, 3, 4)])
    server = SlackThatFallsOver(posts_before_outage=2).start()
    try:
        report = make_outbox(store, server).deliver()
        assert (report.sent, report.pending) == (2, 2)
        assert [row.status for row in rows(store).values()] == ["sent", "sent", "sending", "queued"]

        server.recover()
        make_outbox(store, server).deliver()
        assert titles(server) == [f"Agency replied ({n})" for n in (1, 2, 3, 4)]
    finally:
        server.stop()


def test_alerts_claimed_together_and_not_posted_go_back_to_the_queue_when_slack_falls_over(store: Store) -> None:
    queue(store, *[(reply(n, "REQ-004" if n % 2 else "REQ-007"), "#foia") for n in (1, 2, 3, 4, 5)])
    server = SlackThatFallsOver(posts_before_outage=4).start()  # two thread starts, then replies 1 and 2
    try:
        box = make_outbox(store, server)
        box.sink.claim_size = 4  # as a fast sink claims: four rows marked `sending` before the first post
        report = box.deliver()
        assert (report.sent, report.pending) == (2, 3)
        assert [row.status for row in rows(store).values()] == ["sent", "sent", "sending", "queued", "queued"]
        assert [row.attempts for row in rows(store).values()] == [1, 1, 1, 0, 0]

        server.recover()
        assert make_outbox(store, server).deliver().sent == 3
        assert titles(server) == [f"Agency replied ({n})" for n in (1, 2, 3, 4, 5)]
        assert len(thread_starts(server)) == 2  # one thread per request, started once
    finally:
        server.stop()


def test_alert_slack_refuses_for_itself_fails_is_reported_once_and_the_rest_are_delivered(
    store: Store, slack: FakeSlack
) -> None:
    queue(store, (reply(1), "#foia"), (reply(2, None), "#foia-triage"), (reply(3), "#foia"))
    reported: list[str] = []
    box = make_outbox(store, slack)
    box.on_permanent = reported.append
    slack.refuse_next_posts(1, "msg_too_long")
    queue(store, (reply(0), "#foia"))  # the first post after the thread start is the one Slack refuses

    report = box.deliver()

    assert (report.sent, report.failed, report.pending, report.held) == (3, 1, 0, 0)
    assert len(report.errors) == 1 and "msg_too_long" in report.errors[0]
    failed = rows(store)["reply:1"]
    assert failed.status == "failed" and "msg_too_long" in failed.error
    assert len(reported) == 1 and "reply:1" in reported[0]
    assert titles(slack) == ["Agency replied (2)", "Agency replied (3)", "Agency replied (0)"]

    posts_before = len(slack.calls_to("chat.postMessage"))
    later = box.deliver()
    assert (later.sent, later.failed, later.errors) == (0, 0, [])
    assert len(reported) == 1
    assert len(slack.calls_to("chat.postMessage")) == posts_before


def test_channel_slack_does_not_know_holds_its_alerts_delivers_the_rest_and_sends_them_once_it_exists(
    store: Store, slack: FakeSlack
) -> None:
    triage = slack.channels.pop(TRIAGE)
    queue(store, (reply(1), "#foia"), (reply(2, None), "#foia-triage"), (reply(3), "#foia"))
    reported: list[str] = []
    box = make_outbox(store, slack)
    box.on_permanent = reported.append

    report = box.deliver()

    assert (report.sent, report.failed, report.held) == (2, 0, 1)
    assert len(reported) == 1 and "held" in reported[0] and "channel_not_found" in reported[0]
    held = rows(store)["reply:2"]
    assert (held.status, held.held_for) == ("held", "channel_not_found")
    queue(store, (reply(4, None), "#foia-triage"), (reply(5), "#foia"))
    calls = len(slack.calls)
    assert box.deliver().sent == 1  # the new triage alert waits with the held one, untried
    assert [c.method for c in slack.calls[calls:]] == ["chat.postMessage"]
    assert rows(store)["reply:4"].status == "held"
    assert box.recheck(["#foia"]) != []  # the triage channel is still missing: still held

    slack.channels[TRIAGE] = triage
    assert box.recheck(["#foia"]) == []
    assert box.deliver().sent == 2
    assert titles(slack, TRIAGE) == ["Agency replied (2)", "Agency replied (4)"]  # in the order queued
    assert {row.status for row in rows(store).values()} == {"sent"}


@pytest.mark.parametrize("revoked", ["token_revoked", "invalid_auth"])
def test_revoked_token_holds_every_alert_until_a_recheck_finds_it_working_then_each_is_posted_once(
    store: Store, slack: FakeSlack, revoked: str
) -> None:
    queue(store, *[(reply(n, None), "#foia-triage") for n in range(1, 6)])
    box = make_outbox(store, slack)
    slack.revoke(revoked)

    report = box.deliver()

    assert (report.sent, report.failed, report.held) == (0, 0, 5)
    assert {(row.status, row.held_for) for row in rows(store).values()} == {("held", revoked)}
    calls = len(slack.calls)
    assert box.deliver().held == 5 and len(slack.calls) == calls  # held: not tried again on every round
    assert any(revoked in p for p in box.recheck(["#foia"]))

    slack.restore()
    assert box.recheck(["#foia"]) == []
    assert box.deliver().sent == 5
    assert titles(slack) == [f"Agency replied ({n})" for n in range(1, 6)]


def test_token_fixed_while_a_channel_is_still_missing_sends_the_rest_and_holds_that_channel_for_its_own_reason(
    store: Store, slack: FakeSlack
) -> None:
    queue(store, (reply(1, None), "#foia-triage"), (reply(2, None), "#foia"))
    box = make_outbox(store, slack)
    slack.revoke("invalid_auth")
    assert box.deliver().held == 2
    del slack.channels[TRIAGE]
    slack.restore()

    problems = box.recheck()

    assert len(problems) == 1 and "#foia-triage" in problems[0]
    assert box.deliver().sent == 1
    left = rows(store)["reply:1"]
    assert (left.status, left.held_for) == ("held", "channel_not_found")
    assert titles(slack) == ["Agency replied (2)"]


def test_missing_scope_holds_alerts_and_they_go_once_the_scope_is_added(store: Store, slack: FakeSlack) -> None:
    queue(store, (reply(1, None), "#foia-triage"), (reply(2, None), "#foia"))
    box = make_outbox(store, slack)
    slack.withhold("chat:write")

    report = box.deliver()

    assert (report.sent, report.held) == (0, 2)
    assert "missing_scope" in report.errors[0] and "chat:write" in report.errors[0]
    slack.grant("chat:write")
    box.recheck(["#foia"])
    assert box.deliver().sent == 2


def test_held_alert_whose_post_may_have_gone_out_is_looked_for_and_not_posted_twice(
    store: Store, slack: FakeSlack
) -> None:
    queue(store, (reply(1, None), "#foia-triage"))
    box = make_outbox(store, slack)
    slack.post_then_fail(1)
    slack.fail_next(0)
    with store.session() as session:  # a worker died after Slack took the post, before it recorded it
        row = session.scalars(select(OutboxAlert)).one()
        row.status = "sending"
    box.sink.post(reply(1, None), row.id, "#foia-triage")  # type: ignore[attr-defined]
    slack.revoke()
    assert box.deliver().held == 1
    assert rows(store)["reply:1"].status == "held_sending"

    slack.restore()
    box.recheck(["#foia"])
    assert box.deliver().sent == 1
    assert len(slack.posted(TRIAGE)) == 1


# -- request threads -----------------------------------------------------------------------------------------


def test_thread_start_is_posted_once_per_request_and_later_alerts_reply_in_it(store: Store, slack: FakeSlack) -> None:
    queue(store, (reply(1), "#foia"), (reply(2, "REQ-007"), "#foia"), (reply(3), "#foia"))
    make_outbox(store, slack).deliver()
    queue(store, (reply(4), "#foia"))
    make_outbox(store, slack).deliver()  # a later pass, as after a restart

    starts = thread_starts(slack)
    assert sorted(starts) == ["REQ-004", "REQ-007"]
    start = next(m for m in slack.posted(FOIA) if m.ts == starts["REQ-004"])
    assert start.thread_ts is None
    assert start.blocks[0]["text"]["text"] == "REQ-004: FOIA Request: Otay Mesa detention contracts"
    in_thread = {payload(m)["message_id"]: m.thread_ts for m in slack.posted(FOIA) if payload(m)["alert"] == "reply"}
    assert in_thread == {"<m1@agency.example.gov>": starts["REQ-004"], "<m2@agency.example.gov>": starts["REQ-007"],
                         "<m3@agency.example.gov>": starts["REQ-004"], "<m4@agency.example.gov>": starts["REQ-004"]}
    assert request_row(store, "REQ-004").slack_thread_ts == starts["REQ-004"]


def test_thread_start_names_the_agency_and_the_due_date(store: Store, slack: FakeSlack) -> None:
    queue(store, (reply(1), "#foia"))
    make_outbox(store, slack).deliver()

    start = slack.posted(FOIA)[0]
    assert "Agency: U.S. Immigration and Customs Enforcement" in start.text
    assert f"Due: {request_row(store, 'REQ-004').due}" in start.text


def test_alert_for_a_thread_deleted_in_slack_is_posted_as_a_new_message(store: Store, slack: FakeSlack) -> None:
    with store.session() as session:
        request = session.get(Request, "REQ-004")
        assert request is not None
        request.slack_thread_ts, request.slack_channel = "1700000000.000100", "#foia"
    queue(store, (reply(1), "#foia"))

    report = make_outbox(store, slack).deliver()

    assert (report.sent, report.failed) == (1, 0)
    [post] = slack.posted(FOIA)
    assert post.thread_ts is None
    assert payload(post)["message_id"] == "<m1@agency.example.gov>"
    assert rows(store)["reply:1"].ts == post.ts


def test_request_whose_thread_was_deleted_gets_a_new_thread_for_its_next_alerts(
    store: Store, slack: FakeSlack
) -> None:
    with store.session() as session:
        request = session.get(Request, "REQ-004")
        assert request is not None
        request.slack_thread_ts, request.slack_channel = "1700000000.000100", "#foia"
    queue(store, (reply(1), "#foia"), (reply(2), "#foia"), (reply(3), "#foia"))

    make_outbox(store, slack).deliver()

    new_thread = thread_starts(slack)["REQ-004"]
    assert [(payload(p)["alert"], p.thread_ts) for p in slack.posted(FOIA)] == [
        ("reply", None), ("thread_start", None), ("reply", new_thread), ("reply", new_thread)]
    assert request_row(store, "REQ-004").slack_thread_ts == new_thread
    assert [c.params.get("thread_ts") for c in slack.calls_to("chat.postMessage")].count("1700000000.000100") == 1


# -- the unknown outcome: a row found `sending` ------------------------------------------------------------------


def test_alert_posted_before_the_worker_died_is_found_and_not_posted_again(store: Store, slack: FakeSlack) -> None:
    queue(store, (reply(1, None), "#foia-triage"))
    box = make_outbox(store, slack)
    row = rows(store)["reply:1"]
    posted = box.sink.post(reply(1, None), row.id, "#foia-triage", None)  # Slack took it ...
    with store.session() as session:  # ... and the worker died before it stored the ts
        alert_row = session.get(OutboxAlert, row.id)
        assert alert_row is not None
        alert_row.status = "sending"

    report = box.deliver()

    assert report.sent == 1
    assert len(slack.posted(TRIAGE)) == 1
    assert rows(store)["reply:1"].ts == posted.ts


def test_alert_whose_post_never_reached_slack_is_posted_once(store: Store, slack: FakeSlack) -> None:
    queue(store, (reply(1, None), "#foia-triage"))
    with store.session() as session:
        row = session.scalar(select(OutboxAlert))
        assert row is not None
        row.status = "sending"

    make_outbox(store, slack).deliver()

    assert titles(slack, TRIAGE) == ["Agency replied (1)"]


def test_thread_start_posted_before_the_worker_died_is_reused(store: Store, slack: FakeSlack) -> None:
    box = make_outbox(store, slack)
    request = request_row(store, "REQ-004")
    start = alerts.thread_start(request, AGENCIES["ice"])
    posted = box.sink.post(start, start.key, "#foia", None)
    with store.session() as session:
        row = session.get(Request, "REQ-004")
        assert row is not None
        row.slack_thread_ts = "pending"  # the post happened, its ts was never stored
    queue(store, (reply(1), "#foia"))

    box.deliver()

    assert list(thread_starts(slack).values()) == [posted.ts]
    assert [m.thread_ts for m in slack.posted(FOIA)] == [None, posted.ts]
    assert request_row(store, "REQ-004").slack_thread_ts == posted.ts



def test_upgrading_an_older_database_holds_the_alerts_it_had_failed_for_a_fixable_reason(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:  # the database as version 2 left it
        conn.execute("ALTER TABLE alerts DROP COLUMN held_for")
        conn.execute("ALTER TABLE messages DROP COLUMN defects")
        conn.execute("DELETE FROM schema_version WHERE version > 2")
        refused = {
            "reply:1": "Slack refused the alert for #foia: invalid_auth (check the token in slack.token_env or "
                       "slack.token_file)",
            "reply:2": "Slack refused the alert for #foia-triage: channel_not_found (invite the bot or fix "
                       "slack.triage_channel)",
            "reply:3": "Slack refused the alert for #foia: msg_too_long (the alert is too long for Slack: please "
                       "report this)",
        }
        for key, error in refused.items():
            conn.execute("INSERT INTO alerts (key, type, channel, payload, status, attempts, error, created_at) "
                         "VALUES (?, 'reply', '#foia', '{}', 'failed', 1, ?, '2026-12-01 10:00:00')", (key, error))

    store = open_store(f"sqlite:///{path}")
    try:
        found = {key: (row.status, row.held_for) for key, row in rows(store).items()}
        with store.session() as session:
            assert session.scalars(select(Message.defects)).all() == []  # the column exists
    finally:
        store.close()
    assert found == {"reply:1": ("held", "invalid_auth"), "reply:2": ("held", "channel_not_found"),
                     "reply:3": ("failed", None)}
