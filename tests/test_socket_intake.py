"""New requests and closing from Slack, and who may change the register, end to end: the worker's desk connects
to the Slack stand-in's WebSocket through the real slack-sdk, each envelope is acknowledged with its envelope_id,
and what people click, type and submit changes the register exactly as the command line would, or nothing."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from deskkit import EXTENSION, two_texas_requests, until
from slack_server import APP_TOKEN, TOKEN, FakeSlack, SocketModeServer, block_actions, fake_slack, view_submission
from sqlalchemy import func, select

from bot.interact import Desk
from bot.outbox import Outbox
from bot.pipeline import Pipeline
from bot.settings import SlackSettings
from bot.slack import SlackSink
from bot.socket_mode import SocketDesk
from bot.store import Event, Message, Request

USER, EDITOR, MEMBER = "U0ALICE001", "U0EDITOR01", "U0MEMBER01"
GROUP = "S0DESKTEAM"
TRIAGE, FOIA = "C0TRIAGE01", "C0FOIA0001"
NEW = "New request from this mail"
REFUSED = "Only the desk's editors can change the register"

StartDesk = Callable[..., SocketDesk]


@pytest.fixture()
def slack() -> Iterator[FakeSlack]:
    with fake_slack() as server:
        server.start_socket_mode()
        yield server


@pytest.fixture()
def pipeline(tmp_path: Path) -> Pipeline:
    return two_texas_requests(tmp_path)


def _settings(slack: FakeSlack, editors: list[str] | None = None) -> SlackSettings:
    return SlackSettings(base_url=slack.url, channel="#foia", triage_channel="#foia-triage",
                         app_token_env="FOIABOT_TEST_APP_TOKEN", editors=editors)


@pytest.fixture()
def start_desk(slack: FakeSlack, pipeline: Pipeline) -> Iterator[StartDesk]:
    started: list[SocketDesk] = []

    def start(editors: list[str] | None = None) -> SocketDesk:
        desk = SocketDesk(_settings(slack, editors), TOKEN, APP_TOKEN, Desk(pipeline)).start()
        _socket(slack).wait_connected()
        started.append(desk)
        return desk

    yield start
    for desk in started:
        desk.stop()


def _socket(slack: FakeSlack) -> SocketModeServer:
    assert slack.socket_mode is not None
    return slack.socket_mode


def _triage_post(slack: FakeSlack, pipeline: Pipeline) -> tuple[Outbox, dict[str, Any]]:
    assert pipeline.process(EXTENSION, "INBOX").status == "triage"
    outbox = Outbox(pipeline.store, SlackSink(_settings(slack), TOKEN), pipeline.agencies)
    outbox.deliver()
    [post] = slack.posted(TRIAGE)
    return outbox, post.to_api(True)


def _button(post: dict[str, Any], label: str) -> dict[str, Any]:
    [found] = [e for b in post["blocks"] if b["type"] == "actions" for e in b["elements"]
               if e["text"]["text"] == label]
    return dict(found)


def _form(agency: str, subject: str, sent: str) -> dict[str, Any]:
    """The modal's state as Slack sends it back: a static select, a text input and a date picker."""
    return {"agency": {"agency": {"type": "static_select", "selected_option": {"value": agency}}},
            "subject": {"subject": {"type": "plain_text_input", "value": subject}},
            "sent": {"sent": {"type": "datepicker", "selected_date": sent}}}


def _command(slack: FakeSlack, user: str, text: str) -> dict[str, Any] | None:
    """/foia as Slack sends it; the acknowledgement's payload (None when there is none)."""
    payload = {"command": "/foia", "text": text, "user_id": user, "channel_id": FOIA, "team_domain": "foia-desk",
               "trigger_id": "1111.4444.5555", "response_url": "http://127.0.0.1:9/never-used"}
    ack = _socket(slack).wait_ack(_socket(slack).send("slash_commands", payload, accepts_response_payload=True))
    assert ack.after < 3.0
    return ack.payload


def _request(pipeline: Pipeline, request_id: str) -> Request | None:
    with pipeline.store.session() as session:
        request = session.get(Request, request_id)
        if request is not None:
            session.expunge(request)
        return request


def _requests(pipeline: Pipeline) -> int:
    with pipeline.store.session() as session:
        return int(session.scalar(select(func.count(Request.id))) or 0)


def _mail(pipeline: Pipeline) -> tuple[str, str | None]:
    with pipeline.store.session() as session:
        status, request = session.execute(select(Message.status, Message.request_id)).one()
        return str(status), request


def _in_thread(slack: FakeSlack, pipeline: Pipeline, request_id: str) -> list[str]:
    request = _request(pipeline, request_id)
    assert request is not None and request.slack_thread_ts
    return [m.text for m in slack.posted(FOIA) if request.slack_thread_ts in (m.ts, m.thread_ts)]


def test_a_new_request_from_a_triage_post_is_added_and_the_mail_alerted_in_its_thread(
        slack: FakeSlack, pipeline: Pipeline, start_desk: StartDesk, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    start_desk()
    outbox, post = _triage_post(slack, pipeline)
    socket = _socket(slack)
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, _button(post, NEW))))
    [view] = until(lambda: slack.views)
    agency, subject, sent = (b["element"] for b in view["blocks"])
    assert agency["initial_option"]["value"] == "txdps"  # the sender's agency, by its address
    assert "txdps" in [o["value"] for o in agency["options"]]
    assert (subject["initial_value"], sent["initial_date"]) == ("RE: PIA Request: DPS records", "2026-03-04")

    submitted = view_submission(USER, view, _form("txdps", "PIA Request: DPS records of March", "2026-03-03"))
    assert socket.wait_ack(socket.send("interactive", submitted)).payload is None  # the form closes
    until(lambda: _mail(pipeline) == ("processed", "REQ-102"))
    added = _request(pipeline, "REQ-102")
    assert added is not None and (added.agency_id, added.subject, added.sent) == (
        "txdps", "PIA Request: DPS records of March", dt.date(2026, 3, 3))
    assert added.clock_stopped_on == dt.date(2026, 3, 4)  # the mail asks a question: the new clock stops

    outbox.deliver()
    thread = _in_thread(slack, pipeline, "REQ-102")
    assert thread[0].startswith("REQ-102: PIA Request: DPS records of March")
    assert any("R004127-011426" in text for text in thread[1:])  # the reply, alerted in the new thread
    updated = until(lambda: [m for m in slack.posted(TRIAGE) if "Placed on REQ-102" in m.text])
    assert f"<@{USER}>" in str(updated[0].blocks)
    assert not [b for b in updated[0].blocks if b["type"] == "actions"]  # the next person sees it was done
    assert f"Slack user {USER}: place: New request REQ-102" in caplog.text  # who did what, in the log


def test_a_form_with_mistakes_shows_them_in_the_form_and_changes_nothing(
        slack: FakeSlack, pipeline: Pipeline, start_desk: StartDesk) -> None:
    start_desk()
    _, post = _triage_post(slack, pipeline)
    socket = _socket(slack)
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, _button(post, NEW))))
    [view] = until(lambda: slack.views)

    def submit(values: dict[str, Any], form: dict[str, Any] = view) -> dict[str, Any] | None:
        return socket.wait_ack(socket.send("interactive", view_submission(USER, form, values))).payload

    wrong = submit(_form("nosuch", "  ", "2026-13-45"))
    assert wrong is not None and wrong["response_action"] == "errors"
    assert sorted(wrong["errors"]) == ["agency", "sent", "subject"]
    assert "YYYY-MM-DD" in wrong["errors"]["sent"]
    future = submit(_form("txdps", "x", "2999-01-01"))
    assert future == {"response_action": "errors", "errors": {"sent": "The date sent cannot be after today."}}
    junk = submit({"agency": "junk", "sent": 7}, dict(view, private_metadata="not json"))
    assert junk is not None and sorted(junk["errors"]) == ["agency", "sent", "subject"]
    forged = dict(view, private_metadata='{"message": "../../etc", "channel": "C0TRIAGE01", "ts": "1.2"}')
    assert submit(_form("txdps", "x", "2026-03-03"), forged) is None
    [told] = until(lambda: slack.ephemeral)
    assert (told["user"], told["channel"]) == (USER, TRIAGE) and "not foiabot's" in told["text"]

    assert (_requests(pipeline), _mail(pipeline)) == (2, ("triage", None))
    assert socket.strays == []


def test_foia_add_opens_an_empty_form_and_foia_close_closes_with_the_reason_told_in_the_thread(
        slack: FakeSlack, pipeline: Pipeline, start_desk: StartDesk) -> None:
    start_desk()
    socket = _socket(slack)
    assert _command(slack, USER, "add") is None  # the form opens; nothing to say yet
    [view] = until(lambda: slack.views)
    assert view["callback_id"] == "foiabot:new" and "initial_option" not in view["blocks"][0]["element"]
    assert "initial_value" not in view["blocks"][1]["element"]
    submitted = view_submission(USER, view, _form("txdps", "PIA Request: DPS overtime records", "2026-03-02"))
    assert socket.wait_ack(socket.send("interactive", submitted)).payload is None
    [told] = until(lambda: slack.ephemeral)
    assert told["user"] == USER and told["text"].startswith("REQ-102 added: PIA Request: DPS overtime records")
    added = _request(pipeline, "REQ-102")
    assert added is not None and added.status == "open" and added.due is not None

    outbox = Outbox(pipeline.store, SlackSink(_settings(slack), TOKEN), pipeline.agencies)
    outbox.deliver()
    thread = _in_thread(slack, pipeline, "REQ-102")
    assert thread[0].startswith("REQ-102: PIA Request: DPS overtime records")  # its thread starts now
    assert any(f"REQ-102 added by {USER} in Slack" in text for text in thread[1:])

    closed = _command(slack, USER, "close REQ-102 the agency sent everything <!channel>")
    assert closed is not None and closed["response_type"] == "ephemeral"
    assert closed["text"] == "REQ-102 closed: the agency sent everything &lt;!channel&gt;"
    assert getattr(_request(pipeline, "REQ-102"), "status", None) == "closed"
    with pipeline.store.session() as session:
        event = session.scalar(select(Event.detail).where(Event.request_id == "REQ-102", Event.kind == "closed"))
    assert event == f"closed by {USER} in Slack: the agency sent everything <!channel>"
    outbox.deliver()
    note = [t for t in _in_thread(slack, pipeline, "REQ-102") if t.startswith(f"REQ-102 closed by {USER}")]
    assert len(note) == 1 and "<!channel>" not in note[0]  # told in the thread, and nobody is pinged
    assert "Status: closed" in _in_thread(slack, pipeline, "REQ-102")[0]  # its first post says so too

    again = _command(slack, USER, "close REQ-102 twice")
    unknown = _command(slack, USER, "close REQ-999 no such")
    no_reason = _command(slack, USER, "close REQ-101")
    nobody = _command(slack, "", "close REQ-101 who knows")
    assert nobody is not None and nobody["text"] == "Slack did not say who asked; nothing was changed."
    assert again is not None and again["text"] == "REQ-102 is already closed; nothing was changed."
    assert unknown is not None and unknown["text"] == "There is no request REQ-999; nothing was changed."
    assert no_reason is not None and "Say which request and why" in no_reason["text"]
    assert getattr(_request(pipeline, "REQ-101"), "status", None) == "open"


def test_an_editors_desk_refuses_others_and_lets_editors_and_their_groups_change_the_register(
        slack: FakeSlack, pipeline: Pipeline, start_desk: StartDesk, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    slack.usergroups[GROUP] = [MEMBER]
    start_desk([EDITOR, GROUP])
    _, post = _triage_post(slack, pipeline)
    socket = _socket(slack)
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, _button(post, "It's REQ-100"))))
    [told] = until(lambda: slack.ephemeral)
    assert (told["user"], told["channel"]) == (USER, TRIAGE) and REFUSED in told["text"]
    refused = _command(slack, USER, "close REQ-101 not ours")
    assert refused is not None and REFUSED in refused["text"]
    assert _command(slack, USER, "add") == refused and slack.views == []
    asked = _command(slack, USER, "REQ-100")  # reading stays open to everyone
    socket.wait_ack(socket.send("events_api", {"type": "event_callback", "event": {
        "type": "app_home_opened", "user": USER, "channel": "D0HOME0001", "tab": "home"}}))
    home = until(lambda: slack.homes.get(USER))
    assert "Triage\n1 message waiting" in [b["text"]["text"] for b in home["blocks"]]
    assert asked is not None and "REQ-100: PIA Request: DPS drone flight logs" in asked["text"]
    assert _mail(pipeline) == ("triage", None) and getattr(_request(pipeline, "REQ-101"), "status", None) == "open"

    member = _command(slack, MEMBER, "close REQ-101 withdrawn")
    assert member is not None and member["text"] == "REQ-101 closed: withdrawn"
    socket.wait_ack(socket.send("interactive", block_actions(EDITOR, TRIAGE, post, _button(post, "It's REQ-100"))))
    until(lambda: _mail(pipeline) == ("processed", "REQ-100"))
    assert len(slack.calls_to("usergroups.users.list")) == 1  # the group's members are kept a while
    assert f"refused /foia close from Slack user {USER}: not an editor" in caplog.text
    assert f"Slack user {MEMBER}: close: REQ-101 closed" in caplog.text


def test_members_of_a_group_slack_will_not_list_are_refused(
        slack: FakeSlack, pipeline: Pipeline, start_desk: StartDesk) -> None:
    slack.usergroups[GROUP] = [MEMBER]
    slack.withhold("usergroups:read")  # the app was installed before editors named a group
    start_desk([GROUP])
    refused = _command(slack, MEMBER, "close REQ-101 withdrawn")
    assert refused is not None and REFUSED in refused["text"]
    assert getattr(_request(pipeline, "REQ-101"), "status", None) == "open"
    slack.grant("usergroups:read")
    allowed = _command(slack, MEMBER, "close REQ-101 withdrawn")  # a refusal is not kept: Slack is asked again
    assert allowed is not None and allowed["text"] == "REQ-101 closed: withdrawn"


def test_a_new_request_click_on_mail_already_placed_is_refused_and_adds_nothing(
        slack: FakeSlack, pipeline: Pipeline, start_desk: StartDesk) -> None:
    start_desk()
    _, post = _triage_post(slack, pipeline)
    socket = _socket(slack)
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, _button(post, "It's REQ-100"))))
    until(lambda: _mail(pipeline) == ("processed", "REQ-100"))
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, _button(post, NEW))))
    [told] = until(lambda: slack.ephemeral)
    assert "already dealt with on REQ-100" in told["text"] and slack.views == []
    forged = dict(_button(post, NEW), value="not-a-hash")
    socket.wait_ack(socket.send("interactive", block_actions(USER, TRIAGE, post, forged)))
    assert "not foiabot's" in until(lambda: len(slack.ephemeral) == 2 and slack.ephemeral[1])["text"]
    assert _requests(pipeline) == 2
