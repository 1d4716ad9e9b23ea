"""Socket Mode end to end, through the real slack-sdk: the worker's desk connects to the Slack stand-in's
WebSocket on loopback (handed out by apps.connections.open), every envelope is acknowledged with its
envelope_id within Slack's 3 seconds, and a click on a triage post places the mail on its request: the reply is
alerted in the request's thread and its deadlines change, as if it had matched."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from deskkit import EXTENSION, two_texas_requests, until
from slack_server import APP_TOKEN, TOKEN, FakeSlack, block_actions, fake_slack, view_submission
from sqlalchemy import select

from bot.errors import ConfigError
from bot.interact import Desk
from bot.outbox import Outbox
from bot.pipeline import Pipeline
from bot.settings import SlackSettings
from bot.slack import SlackSink
from bot.socket_mode import SocketDesk, app_token
from bot.store import Message, Request

AGENCIES = Path(__file__).resolve().parent / "data" / "corpus" / "dev" / "agencies.yaml"
USER = "U0ALICE001"
TRIAGE, FOIA = "C0TRIAGE01", "C0FOIA0001"

@pytest.fixture()
def slack() -> Iterator[FakeSlack]:
    with fake_slack() as server:
        server.start_socket_mode()
        yield server


@pytest.fixture()
def pipeline(tmp_path: Path) -> Pipeline:
    return two_texas_requests(tmp_path)


@pytest.fixture()
def settings(slack: FakeSlack) -> SlackSettings:
    return SlackSettings(base_url=slack.url, channel="#foia", triage_channel="#foia-triage",
                         app_token_env="FOIABOT_TEST_APP_TOKEN")


@pytest.fixture()
def desk(settings: SlackSettings, pipeline: Pipeline, slack: FakeSlack) -> Iterator[SocketDesk]:
    running = SocketDesk(settings, TOKEN, APP_TOKEN, Desk(pipeline)).start()
    assert slack.socket_mode is not None
    slack.socket_mode.wait_connected()
    yield running
    running.stop()


def _triage_post(slack: FakeSlack, pipeline: Pipeline, settings: SlackSettings) -> tuple[Outbox, dict[str, Any]]:
    assert pipeline.process(EXTENSION, "INBOX").status == "triage"
    outbox = Outbox(pipeline.store, SlackSink(settings, TOKEN), pipeline.agencies)
    outbox.deliver()
    [post] = slack.posted(TRIAGE)
    return outbox, post.to_api(True)


def _buttons(post: dict[str, Any]) -> dict[str, dict[str, Any]]:
    actions = [b for b in post["blocks"] if b["type"] == "actions"]
    return {e["text"]["text"]: e for block in actions for e in block["elements"]}


def _request(pipeline: Pipeline, request_id: str) -> Request:
    with pipeline.store.session() as session:
        request = session.get(Request, request_id)
        assert request is not None
        session.expunge(request)
        return request


def _status(pipeline: Pipeline) -> str:
    with pipeline.store.session() as session:
        return str(session.scalar(select(Message.status)))


def test_a_triage_post_offers_each_candidate_another_request_and_none(
        slack: FakeSlack, pipeline: Pipeline, settings: SlackSettings) -> None:
    _, post = _triage_post(slack, pipeline, settings)
    assert list(_buttons(post)) == ["It's REQ-100", "It's REQ-101", "Another request…",
                                  "New request from this mail", "Not about a request"]


def test_without_an_app_token_alerts_carry_no_buttons(slack: FakeSlack, pipeline: Pipeline) -> None:
    plain = SlackSettings(base_url=slack.url, channel="#foia", triage_channel="#foia-triage")
    _, post = _triage_post(slack, pipeline, plain)
    assert _buttons(post) == {}


def test_clicking_a_candidate_alerts_the_reply_in_the_requests_thread_with_its_new_deadlines(
        slack: FakeSlack, pipeline: Pipeline, settings: SlackSettings, desk: SocketDesk) -> None:
    outbox, post = _triage_post(slack, pipeline, settings)
    before = _request(pipeline, "REQ-100")
    socket = slack.socket_mode
    assert socket is not None
    envelope = socket.send("interactive", block_actions(USER, TRIAGE, post, _buttons(post)["It's REQ-100"]))
    assert socket.wait_ack(envelope).after < 3.0
    until(lambda: _status(pipeline) == "processed")
    after = _request(pipeline, "REQ-100")
    assert (before.clock_stopped_on, after.clock_stopped_on) == (None, dt.date(2026, 3, 4))
    outbox.deliver()
    thread = after.slack_thread_ts or _request(pipeline, "REQ-100").slack_thread_ts
    replies = [m for m in slack.posted(FOIA) if m.thread_ts == thread and (m.metadata or {}).get(
        "event_payload", {}).get("alert") == "reply"]
    assert len(replies) == 1 and "R004127-011426" in replies[0].text
    assert "Clock: stopped on 2026-03-04" in replies[0].text
    updated = until(lambda: [m for m in slack.posted(TRIAGE) if "Placed on REQ-100" in m.text])
    assert _buttons(updated[0].to_api(True)) == {}  # dealt with: the next person sees who did it
    assert USER in str(updated[0].blocks)


def test_another_request_opens_a_list_of_open_requests_and_the_choice_places_the_mail(
        slack: FakeSlack, pipeline: Pipeline, settings: SlackSettings, desk: SocketDesk) -> None:
    _, post = _triage_post(slack, pipeline, settings)
    socket = slack.socket_mode
    assert socket is not None
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, _buttons(post)["Another request…"])))
    [view] = until(lambda: slack.views)
    options = [o["value"] for o in view["blocks"][0]["element"]["options"]]
    assert options == ["REQ-100", "REQ-101"]
    chosen = {"request": {"request": {"type": "static_select", "selected_option": {"value": "REQ-101"}}}}
    socket.wait_ack(socket.send("interactive", view_submission(USER, view, chosen)))
    until(lambda: _status(pipeline) == "processed")
    with pipeline.store.session() as session:
        assert session.scalar(select(Message.request_id)) == "REQ-101"


def _controls(post: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every control of a post by its action_id."""
    return {e["action_id"]: e for b in post["blocks"] if b["type"] == "actions" for e in b["elements"]}


def _kind(pipeline: Pipeline) -> tuple[str, str]:
    with pipeline.store.session() as session:
        row = session.execute(select(Message.kind, Message.request_id)).one()
        return str(row[0]), str(row[1])


def test_a_reply_alert_corrected_from_slack_replays_the_clock_and_moves_between_threads(
        slack: FakeSlack, pipeline: Pipeline, settings: SlackSettings, desk: SocketDesk) -> None:
    outbox, post = _triage_post(slack, pipeline, settings)
    socket = slack.socket_mode
    assert socket is not None
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, _buttons(post)["It's REQ-100"])))
    until(lambda: _status(pipeline) == "processed")
    outbox.deliver()
    [alert] = [m for m in slack.posted(FOIA) if (m.metadata or {}).get("event_payload", {}).get("alert") == "reply"]
    controls = _controls(alert.to_api(True))
    kinds = {o["text"]["text"]: o for o in controls["foiabot:kind"]["options"]}
    assert len(kinds) == 12 and controls["foiabot:rehome"]["text"]["text"] == "Wrong request…"

    chosen = dict(controls["foiabot:kind"], selected_option=kinds["acknowledgment"])
    socket.wait_ack(socket.send("interactive", block_actions(USER, FOIA, alert.to_api(True), chosen)))
    until(lambda: _kind(pipeline) == ("acknowledgment", "REQ-100"))
    assert _request(pipeline, "REQ-100").clock_stopped_on is None

    socket.wait_ack(socket.send("interactive", block_actions(USER, FOIA, alert.to_api(True),
                                                             controls["foiabot:rehome"])))
    [view] = until(lambda: slack.views)
    assert view["callback_id"] == "foiabot:move"
    picked = {"request": {"request": {"type": "static_select", "selected_option": {"value": "REQ-101"}}}}
    socket.wait_ack(socket.send("interactive", view_submission(USER, view, picked)))
    until(lambda: _kind(pipeline) == ("acknowledgment", "REQ-101"))
    outbox.deliver()
    notes = [m for m in slack.posted(FOIA) if (m.metadata or {}).get("event_payload", {}).get("alert") ==
             "correction"]
    threads = {_request(pipeline, rid).slack_thread_ts: rid for rid in ("REQ-100", "REQ-101")}
    told = sorted((threads.get(m.thread_ts), m.text.splitlines()[0]) for m in notes)
    assert told == [("REQ-100", "REQ-100: a reply is now read as acknowledgment"),
                    ("REQ-100", "REQ-100: a reply moved to REQ-101"),
                    ("REQ-101", "REQ-101: a reply moved here from REQ-100")]


def test_a_forged_click_is_acknowledged_refused_to_its_user_alone_and_changes_nothing(
        slack: FakeSlack, pipeline: Pipeline, settings: SlackSettings, desk: SocketDesk) -> None:
    _, post = _triage_post(slack, pipeline, settings)
    socket = slack.socket_mode
    assert socket is not None
    forged = dict(_buttons(post)["It's REQ-100"], value=_buttons(post)["It's REQ-100"]["value"][:64] + " REQ-999")
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, forged)))
    garbage = {"action_id": "foiabot:place", "type": "button", "value": "'; DROP TABLE requests; --"}
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, garbage)))
    said = until(lambda: slack.ephemeral if len(slack.ephemeral) == 2 else None)
    assert [(e["user"], e["channel"]) for e in said] == [(USER, TRIAGE)] * 2
    texts = sorted(e["text"] for e in said)  # envelopes are handled concurrently, as slack-sdk does
    assert "not foiabot's" in texts[0] and "There is no request REQ-999" in texts[1]
    assert _status(pipeline) == "triage"
    assert "Traceback" not in str(said)


def test_foia_is_answered_in_the_acknowledgement_to_the_asker_alone_with_a_link_to_the_thread(
        slack: FakeSlack, pipeline: Pipeline, settings: SlackSettings, desk: SocketDesk) -> None:
    outbox, post = _triage_post(slack, pipeline, settings)
    socket = slack.socket_mode
    assert socket is not None
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, _buttons(post)["It's REQ-100"])))
    until(lambda: _status(pipeline) == "processed")
    outbox.deliver()
    thread = _request(pipeline, "REQ-100").slack_thread_ts
    assert thread is not None
    command = {"command": "/foia", "text": "REQ-100", "user_id": USER, "channel_id": FOIA,
               "team_domain": "foia-desk", "response_url": "http://127.0.0.1:9/never-used"}
    ack = socket.wait_ack(socket.send("slash_commands", command, accepts_response_payload=True))
    assert ack.after < 3.0 and ack.payload is not None and ack.payload["response_type"] == "ephemeral"
    assert "Clock stopped on 2026-03-04: waiting on us" in ack.payload["text"]
    link = f"https://foia-desk.slack.com/archives/{FOIA}/p{thread.replace('.', '')}"
    assert link in str(ack.payload["blocks"])
    nonsense = socket.wait_ack(socket.send("slash_commands", dict(command, text="<@U0EVIL> <!channel>"), True))
    assert nonsense.payload is not None and "&lt;!channel&gt;" in nonsense.payload["text"]


def test_the_app_home_shows_the_desk_and_is_refreshed_after_a_change(
        slack: FakeSlack, pipeline: Pipeline, settings: SlackSettings, desk: SocketDesk) -> None:
    _, post = _triage_post(slack, pipeline, settings)
    socket = slack.socket_mode
    assert socket is not None
    socket.wait_ack(socket.send("events_api", {"type": "event_callback", "event": {
        "type": "app_home_opened", "user": USER, "channel": "D0HOME0001", "tab": "home"}}))
    home = until(lambda: slack.homes.get(USER))
    assert "Triage\n1 message waiting" in [b["text"]["text"] for b in home["blocks"]]
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, _buttons(post)["It's REQ-100"])))
    refreshed = until(lambda: "0 messages waiting" in str(slack.homes[USER]["blocks"]) and slack.homes[USER])
    assert "REQ-100 (txdps) clock stopped 2026-03-04" in str(refreshed["blocks"])


def test_every_kind_of_envelope_is_acknowledged_in_time(
        slack: FakeSlack, pipeline: Pipeline, settings: SlackSettings, desk: SocketDesk) -> None:
    socket = slack.socket_mode
    assert socket is not None
    envelopes: list[tuple[str, dict[str, Any]]] = [
        ("slash_commands", {"command": "/foia", "text": "REQ-100", "user_id": USER, "channel_id": FOIA}),
        ("events_api", {"event": {"type": "app_home_opened", "user": USER, "tab": "home"}}),
        ("interactive", view_submission(USER, {"callback_id": "someone-else"}, {})),
        ("interactive", {"type": "block_actions", "actions": [{"action_id": 7}]}),
    ]
    for kind, payload in envelopes:
        assert socket.wait_ack(socket.send(kind, payload)).after < 3.0
    assert socket.strays == []


def test_an_app_token_that_is_missing_or_a_bot_token_is_refused_with_the_key_to_fix(
        settings: SlackSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="FOIABOT_TEST_APP_TOKEN is not set"):
        app_token(settings)
    monkeypatch.setenv("FOIABOT_TEST_APP_TOKEN", TOKEN)
    with pytest.raises(ConfigError, match="does not hold an app-level token") as refused:
        app_token(settings)
    assert TOKEN not in str(refused.value)
    monkeypatch.setenv("FOIABOT_TEST_APP_TOKEN", APP_TOKEN)
    assert app_token(settings) == APP_TOKEN


# -- the worker starts and stops the desk ----------------------------------------------------------------------

TOKEN_ENV, APP_TOKEN_ENV = "FOIABOT_TEST_SLACK_TOKEN", "FOIABOT_TEST_APP_TOKEN"


def _worker(tmp_path: Path, slack: FakeSlack, app_token_value: str) -> subprocess.Popen[bytes]:
    config = tmp_path / "foiabot.yaml"
    config.write_text(json.dumps({
        "timezone": "America/New_York", "database": f"sqlite:///{tmp_path}/foiabot.db", "agencies": str(AGENCIES),
        "slack": {"base_url": slack.url, "token_env": TOKEN_ENV, "app_token_env": APP_TOKEN_ENV,
                  "channel": "#foia", "triage_channel": "#foia-triage"},
    }))
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update({TOKEN_ENV: TOKEN, APP_TOKEN_ENV: app_token_value})
    log = (tmp_path / "worker.log").open("wb")
    return subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(config)], stdout=log,
                            stderr=subprocess.STDOUT, env=env, cwd=tmp_path)


def test_the_worker_connects_its_desk_when_an_app_token_is_set_and_closes_it_on_sigterm(
        tmp_path: Path, slack: FakeSlack) -> None:
    worker = _worker(tmp_path, slack, APP_TOKEN)
    try:
        socket = slack.socket_mode
        assert socket is not None
        socket.wait_connected(timeout=30)
        envelope = socket.send("interactive", {"type": "block_actions", "user": {"id": USER}, "actions": []})
        assert socket.wait_ack(envelope).after < 3.0
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=30) == 0
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    output = (tmp_path / "worker.log").read_text()
    assert "Socket Mode connected" in output and "foiabot worker stopped" in output
    assert APP_TOKEN not in output and TOKEN not in output


def test_the_worker_refuses_to_start_with_a_bot_token_where_the_app_token_goes(
        tmp_path: Path, slack: FakeSlack) -> None:
    worker = _worker(tmp_path, slack, TOKEN)
    assert worker.wait(timeout=30) != 0
    output = (tmp_path / "worker.log").read_text()
    assert "slack.app_token_env" in output and "app-level token" in output
    assert "Traceback" not in output and TOKEN not in output


def test_the_app_manifest_turns_on_socket_mode_and_asks_for_every_scope_the_bot_uses() -> None:
    manifest = yaml.safe_load((Path(__file__).resolve().parent.parent / "config" / "slack-app-manifest.yaml")
                              .read_text())
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert "request_url" not in manifest["settings"]["interactivity"]  # Socket Mode needs none
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    from slack_server import GRANTED, SCOPES

    assert set(GRANTED) | set(SCOPES.values()) <= scopes
    [foia] = manifest["features"]["slash_commands"]
    assert foia["command"] == "/foia" and {"add", "close REQ-017 reason"} <= set(foia["usage_hint"].split(" | "))
