"""Rendering and delivery of alerts, through the real slack-sdk WebClient and a local server that speaks
Slack's Web API (tests/slack_server.py)."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from slack_sdk.models.blocks import HeaderBlock, SectionBlock
from slack_server import TOKEN, FakeSlack, fake_slack

from bot.console import ELLIPSIS, ConsoleSink, clean, cut, escape
from bot.errors import DeliveryError
from bot.model import Alert, AlertType
from bot.settings import SlackSettings
from bot.slack import SlackSink
from bot.slack_api import SlackDeliveryError
from bot.slack_render import metadata, render

FOIA = "C0FOIA0001"
HOSTILE = [
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U123>",
    "<!subteam^S1>",
    "<https://evil.example|Click here>",
    "<\u200b!channel>",
    "*bold* _it_ ~strike~ `code`",
]
ZERO_WIDTH = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"


def reply_alert(**changes: Any) -> Alert:
    alert = Alert(
        key="reply:<ack-1@ice.dhs.gov>",
        type=AlertType.REPLY,
        title="ICE replied: acknowledgment",
        request_id="REQ-004",
        message_id="<ack-1@ice.dhs.gov>",
        kind="acknowledgment",
        fields=(
            ("From", "ICE FOIA Office <ice-foia@ice.dhs.gov>"),
            ("Subject", "RE: FOIA request - detention contracts"),
            ("Tracking number", "2026-ICFO-04412"),
            ("Due", "2026-02-04"),
            ("Attachments", "acknowledgment.pdf (84 KB)"),
        ),
        excerpt="Your request was received on January 6 and assigned tracking number 2026-ICFO-04412.",
        explanation="20 business days after receipt on 2026-01-06; Martin Luther King Jr. Day skipped",
    )
    return dataclasses.replace(alert, **changes)


@pytest.fixture
def slack_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSlack]:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)  # slack-sdk would send 127.0.0.1 through a proxy
    with fake_slack() as server:
        yield server


def make_sink(server: FakeSlack, token: str = TOKEN) -> SlackSink:
    settings = SlackSettings(base_url=server.url, channel="#foia", triage_channel="#foia-triage")
    return SlackSink(settings, token, retry_interval=FixedValueRetryIntervalCalculator(0.01))


@pytest.fixture
def sink(slack_api: FakeSlack) -> SlackSink:
    return make_sink(slack_api)


def text_objects(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for block in blocks:
        found += [block["text"]] if "text" in block else []
        found += block.get("fields", []) + block.get("elements", [])
    return found


# Rendering ----------------------------------------------------------------------------------------------


def test_reply_alert_shows_sender_facts_excerpt_and_how_the_date_was_computed() -> None:
    text, blocks = render(reply_alert())
    assert isinstance(blocks[0], HeaderBlock)
    assert blocks[0].to_dict()["text"]["text"] == "ICE replied: acknowledgment"
    assert isinstance(blocks[1], SectionBlock)
    fields = [f.text for f in blocks[1].fields]
    assert fields[0] == "From: ICE FOIA Office &lt;ice-foia@ice.dhs.gov&gt;"
    assert "Tracking number: 2026-ICFO-04412" in fields
    assert "Attachments: acknowledgment.pdf (84 KB)" in fields
    dumped = json.dumps([b.to_dict() for b in blocks])
    assert "assigned tracking number 2026-ICFO-04412" in dumped
    assert blocks[-1].to_dict()["type"] == "context"
    assert "REQ-004 · acknowledgment" in json.dumps(blocks[-1].to_dict(), ensure_ascii=False)
    assert "Martin Luther King Jr. Day skipped" in dumped
    assert text.startswith("ICE replied: acknowledgment\nFrom: ICE FOIA Office &lt;")


def test_escape_makes_mentions_and_links_show_as_typed() -> None:
    assert escape("<!channel> & <@U123>") == "&lt;!channel&gt; &amp; &lt;@U123&gt;"
    assert escape("<https://evil.example|Click here>") == "&lt;https://evil.example|Click here&gt;"


def test_escape_removes_zero_width_characters_that_hide_a_mention() -> None:
    assert escape(f"<{ZERO_WIDTH}!here>") == "&lt;!here&gt;"
    assert escape(f"pay{ZERO_WIDTH}ment") == "payment"


def test_clean_strips_terminal_escapes_and_control_characters() -> None:
    assert clean("\x1b[31mred\x1b[0m \x1b]0;owned\x07title\x07\x00\r\nnext\tline") == "red title\nnext\tline"


def test_cut_ends_at_a_word_with_an_ellipsis_and_never_splits_an_entity() -> None:
    assert cut("one two three four five", 14) == "one two three…"
    shortened = cut(escape("a & b & c & d"), 12)
    assert len(shortened) <= 12
    assert shortened.endswith(ELLIPSIS)
    assert re.search(r"&[a-z]*…$", shortened) is None


def test_long_content_is_cut_within_slack_limits_and_passes_block_kit_validation() -> None:
    words = " ".join(f"word{i}" for i in range(3000))
    alert = reply_alert(
        title="Agency replied: " + words,
        fields=tuple((f"Fact {i}", words) for i in range(25)),
        excerpt=words,
        explanation=words,
    )
    text, blocks = render(alert)
    for block in blocks:
        block.validate_json()
    assert len(blocks) <= 50
    assert len(text) <= 3000
    assert text.endswith(ELLIPSIS)
    header = blocks[0].to_dict()["text"]["text"]
    assert len(header) <= 150
    assert header.endswith(ELLIPSIS)
    assert re.fullmatch(r"word\d+", header.removesuffix(ELLIPSIS).split()[-1])
    sections = [b.to_dict() for b in blocks if b.to_dict().get("fields")]
    assert [len(s["fields"]) for s in sections] == [10, 10, 5]
    assert all(len(f["text"]) <= 2000 and f["text"].endswith(ELLIPSIS) for s in sections for f in s["fields"])
    assert all(len(t["text"]) <= 3000 for t in text_objects([b.to_dict() for b in blocks]))


def test_metadata_names_the_alert_and_leaves_out_what_is_unknown() -> None:
    alert = Alert(key="due:REQ-009:3", type=AlertType.DUE_SOON, title="REQ-009 is due in 3 business days")
    payload = metadata(alert, 7).to_dict()
    assert payload == {"event_type": "foiabot_alert", "event_payload": {"alert": "due_soon", "alert_id": 7}}


# Posting ------------------------------------------------------------------------------------------------


def test_reply_alert_posts_text_blocks_and_metadata_to_the_channel(sink: SlackSink, slack_api: FakeSlack) -> None:
    result = sink.post(reply_alert(), 11, "#foia")
    [message] = slack_api.posted()
    assert (result.ts, result.channel) == (message.ts, FOIA)
    assert message.text.startswith("ICE replied: acknowledgment")
    assert message.blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "ICE replied: acknowledgment", "emoji": False},
    }
    assert message.metadata == {
        "event_type": "foiabot_alert",
        "event_payload": {
            "alert": "reply",
            "request": "REQ-004",
            "message_id": "<ack-1@ice.dhs.gov>",
            "kind": "acknowledgment",
            "alert_id": 11,
        },
    }
    assert (message.unfurl_links, message.unfurl_media) == (False, False)
    assert message.thread_ts is None
    assert "reply_broadcast" not in message.params


def test_reply_of_weight_in_a_thread_is_also_broadcast_to_the_channel(sink: SlackSink, slack_api: FakeSlack) -> None:
    start = sink.post(Alert(key="start:REQ-004", type=AlertType.THREAD_START, title="REQ-004"), 1, "#foia")
    sink.post(reply_alert(broadcast=True), 2, "#foia", thread_ts=start.ts)
    _, reply = slack_api.posted()
    assert reply.thread_ts == start.ts
    assert reply.reply_broadcast is True


def test_routine_reply_in_a_thread_stays_in_the_thread(sink: SlackSink, slack_api: FakeSlack) -> None:
    start = sink.post(Alert(key="start:REQ-004", type=AlertType.THREAD_START, title="REQ-004"), 1, "#foia")
    sink.post(reply_alert(broadcast=False), 2, "#foia", thread_ts=start.ts)
    _, reply = slack_api.posted()
    assert reply.thread_ts == start.ts
    assert "reply_broadcast" not in reply.params


def test_hostile_email_text_never_pings_links_or_formats(sink: SlackSink, slack_api: FakeSlack) -> None:
    bad = " ".join(HOSTILE) + ZERO_WIDTH
    alert = reply_alert(
        title=f"{bad} replied",
        fields=(
            ("From", f"{bad} <{bad}@example.org>"),
            ("Subject", bad),
            ("Attachments", f"{bad}.pdf (2 KB)"),
            (bad, bad),
        ),
        excerpt=f"{bad}\n{bad}",
        explanation=bad,
        kind=bad,
    )
    sink.post(alert, 3, "#foia")
    [call] = slack_api.calls_to("chat.postMessage")
    # Metadata is data that Slack never shows: it keeps the values exact so that find_post can match them.
    shown = {key: value for key, value in call.params.items() if key != "metadata"}
    received = json.dumps(shown, ensure_ascii=False)
    for sequence in ("<!", "<@", "<http", "<#", *ZERO_WIDTH):
        assert sequence not in received
    assert "&lt;!channel&gt;" in received
    assert {t["type"] for t in text_objects(call.params["blocks"])} == {"plain_text"}
    assert call.params["mrkdwn"] is False
    assert call.params["link_names"] is False


# Failures -----------------------------------------------------------------------------------------------


def test_rate_limited_post_waits_for_retry_after_then_delivers_once(sink: SlackSink, slack_api: FakeSlack) -> None:
    slack_api.ratelimit_next(1, retry_after=1)
    sink.post(reply_alert(), 4, "#foia")
    first, second = slack_api.calls_to("chat.postMessage")
    assert first.status == 429
    assert second.time - first.time >= 1
    assert len(slack_api.posted()) == 1


def test_server_error_then_success_delivers_once(sink: SlackSink, slack_api: FakeSlack) -> None:
    slack_api.fail_next(1, status=503)
    result = sink.post(reply_alert(), 5, "#foia")
    [message] = slack_api.posted()
    assert result.ts == message.ts
    assert [c.status for c in slack_api.calls_to("chat.postMessage")] == [503, 200]


def test_post_answered_with_an_error_after_slack_posted_it_is_not_posted_twice(
    sink: SlackSink, slack_api: FakeSlack
) -> None:
    slack_api.post_then_fail(1)
    result = sink.post(reply_alert(), 6, "#foia")
    [message] = slack_api.posted()
    assert result == dataclasses.replace(result, ts=message.ts, channel=FOIA)
    assert len(slack_api.calls_to("chat.postMessage")) == 1


def test_threaded_post_answered_with_an_error_is_found_in_its_thread(sink: SlackSink, slack_api: FakeSlack) -> None:
    start = sink.post(Alert(key="start:REQ-004", type=AlertType.THREAD_START, title="REQ-004"), 1, "#foia")
    slack_api.post_then_fail(1)
    result = sink.post(reply_alert(), 7, "#foia", thread_ts=start.ts)
    assert result.ts == slack_api.posted()[-1].ts
    assert len(slack_api.posted()) == 2


def test_persistent_server_errors_are_a_temporary_delivery_error(sink: SlackSink, slack_api: FakeSlack) -> None:
    slack_api.fail_next(20, status=500)
    with pytest.raises(DeliveryError) as caught:
        sink.post(reply_alert(), 8, "#foia")
    assert caught.value.permanent is False
    assert slack_api.posted() == []


@pytest.mark.parametrize(
    ("channel", "code"),
    [("#no-such-channel", "channel_not_found"), ("#board", "not_in_channel"), ("#old-foia", "is_archived")],
)
def test_channel_slack_refuses_is_a_permanent_error_naming_the_channel_and_not_the_token(
    sink: SlackSink, channel: str, code: str
) -> None:
    with pytest.raises(SlackDeliveryError) as caught:
        sink.post(reply_alert(), 9, channel)
    assert caught.value.permanent is True
    assert caught.value.code == code
    assert f"Slack refused the alert for {channel}: {code} (" in str(caught.value)
    assert TOKEN not in str(caught.value)


def test_unknown_channel_error_names_the_setting_to_fix(sink: SlackSink) -> None:
    with pytest.raises(SlackDeliveryError, match=r"invite the bot or fix slack\.channel\)$"):
        sink.post(reply_alert(), 9, "#no-such-channel")


def test_invalid_token_is_a_permanent_error_without_the_token(slack_api: FakeSlack) -> None:
    wrong = "xoxb-9999-wrong-token"
    with pytest.raises(SlackDeliveryError) as caught:
        make_sink(slack_api, token=wrong).post(reply_alert(), 10, "#foia")
    assert (caught.value.permanent, caught.value.code) == (True, "invalid_auth")
    assert wrong not in str(caught.value)
    assert slack_api.posted() == []


def test_vanished_thread_is_reported_so_a_new_thread_can_start(sink: SlackSink) -> None:
    with pytest.raises(SlackDeliveryError) as caught:
        sink.post(reply_alert(), 12, "#foia", thread_ts="1600000000.000100")
    assert caught.value.code == "thread_not_found"


def test_slack_down_is_a_temporary_error_and_delivery_works_once_it_is_back(
    sink: SlackSink, slack_api: FakeSlack
) -> None:
    slack_api.refuse()
    with pytest.raises(DeliveryError) as caught:
        sink.post(reply_alert(), 13, "#foia")
    assert caught.value.permanent is False
    assert "Slack could not be reached for the alert for #foia" in str(caught.value)
    slack_api.accept()
    sink.post(reply_alert(), 13, "#foia")
    assert len(slack_api.posted()) == 1


# Finding a post again -----------------------------------------------------------------------------------


def test_find_post_finds_an_alert_by_its_id_after_a_restart(slack_api: FakeSlack) -> None:
    before = f"{time.time() - 1:.6f}"
    first = make_sink(slack_api)
    start = first.post(Alert(key="start:REQ-004", type=AlertType.THREAD_START, title="REQ-004"), 20, "#foia")
    reply = first.post(reply_alert(), 21, "#foia", thread_ts=start.ts)
    restarted = make_sink(slack_api)
    assert restarted.find_post("#foia", 21, before, thread_ts=start.ts) == reply.ts
    assert restarted.find_post("#foia", "20", before) == start.ts


def test_find_post_returns_none_for_an_alert_never_posted(sink: SlackSink) -> None:
    sink.post(reply_alert(), 30, "#foia")
    assert sink.find_post("#foia", 31, None) is None
    assert sink.find_post(FOIA, 31, None, thread_ts="1600000000.000100") is None


def test_find_post_pages_through_the_history(sink: SlackSink, slack_api: FakeSlack) -> None:
    posted = [sink.post(reply_alert(), n, FOIA).ts for n in range(5)]
    sink.page_size = 2
    assert sink.find_post(FOIA, 0, None) == posted[0]
    assert len(slack_api.calls_to("conversations.history")) == 3


def test_find_post_ignores_posts_before_oldest(sink: SlackSink) -> None:
    posted = sink.post(reply_alert(), 40, FOIA)
    assert sink.find_post(FOIA, 40, posted.ts) is None


# Start-up check -----------------------------------------------------------------------------------------


def test_check_says_who_posts_where(sink: SlackSink) -> None:
    assert sink.check("#foia") == "foiabot on FOIA Desk posts to #foia"


def test_check_explains_a_channel_the_bot_is_not_in(sink: SlackSink) -> None:
    with pytest.raises(SlackDeliveryError, match="invite the bot"):
        sink.check("#board")


def test_check_rejects_an_invalid_token(slack_api: FakeSlack) -> None:
    with pytest.raises(SlackDeliveryError, match="Slack refused the bot token: invalid_auth"):
        make_sink(slack_api, token="xoxb-0000-bad").check("#foia")


# Console ------------------------------------------------------------------------------------------------


def test_console_sink_prints_a_readable_rendering() -> None:
    out = io.StringIO()
    ConsoleSink(out).post(reply_alert(), 1, "#foia")
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("── #foia › REQ-004 ──")
    assert lines[1] == "ICE replied: acknowledgment"
    assert "  Tracking number: 2026-ICFO-04412" in lines
    assert "    20 business days after receipt on 2026-01-06; Martin Luther King Jr. Day skipped" in lines
    assert lines[-1].startswith("  > Your request was received")


def test_console_sink_strips_terminal_escapes_from_email_text() -> None:
    out = io.StringIO()
    evil = "\x1b[2J\x1b]0;pwned\x07\x1b[31mred\x1b[0m\x08\x00\r"
    ConsoleSink(out).post(reply_alert(title=evil, fields=(("From", evil),), excerpt=evil), 1, "#foia")
    printed = out.getvalue()
    assert re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", printed) is None
    assert "red" in printed


def test_console_sink_threads_and_finds_posts_like_slack() -> None:
    console = ConsoleSink(io.StringIO())
    start = console.post(reply_alert(), 1, "#foia")
    reply = console.post(reply_alert(), 2, "#foia", thread_ts=start.ts)
    assert float(reply.ts) > float(start.ts)
    assert console.find_post("#foia", 2, None, start.ts) == reply.ts
    assert console.find_post("#foia", 3, None) is None


def test_text_made_only_of_invisible_characters_leaves_no_empty_block() -> None:
    invisible = ZERO_WIDTH + "\x1b[0m"
    _, blocks = render(reply_alert(title=invisible, fields=(("From", invisible),), excerpt=invisible))
    assert blocks[0].to_dict()["text"]["text"] == "reply"
    assert all(t["text"] for t in text_objects([b.to_dict() for b in blocks]))
    assert not any(b.to_dict().get("fields") for b in blocks)


@pytest.mark.parametrize(("fault", "code", "hold"), [
    ("revoke", "token_revoked", "token"), ("scope", "missing_scope", "token"), ("kick", "not_in_channel", "channel"),
    ("too_long", "msg_too_long", None),
])
def test_refusals_the_team_can_fix_are_held_and_one_about_the_alert_itself_is_not(
    sink: SlackSink, slack_api: FakeSlack, fault: str, code: str, hold: str | None
) -> None:
    faults = {"revoke": slack_api.revoke, "scope": lambda: slack_api.withhold("chat:write"),
              "kick": lambda: slack_api.kick("foia"),
              "too_long": lambda: slack_api.refuse_next_posts(1, "msg_too_long")}
    faults[fault]()

    with pytest.raises(SlackDeliveryError) as caught:
        sink.post(reply_alert(), 1, "#foia")

    assert (caught.value.code, caught.value.permanent, caught.value.hold) == (code, True, hold)
    assert slack_api.posted() == []
