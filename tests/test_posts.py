"""What a records editor reads in Slack and can act on: words instead of internal names, the next step with its
date, the sentence that matters quoted whole, a way back to the email. Replies go through the real pipeline into
a temporary SQLite register, and out through the outbox and slack-sdk to the Slack-compatible server."""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
import zoneinfo
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import time_machine
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from slack_server import FakeSlack, Message, fake_slack
from sqlalchemy import inspect, select, text

from bot import outbox, register
from bot.cli import main
from bot.config import Config, RequestEntry, load_config
from bot.model import Routing
from bot.pipeline import Incoming, Pipeline
from bot.replay import as_json, replay
from bot.settings import SlackSettings
from bot.slack import SlackSink
from bot.store import SCHEMA_VERSION, PostUpdate, Request, SchemaVersion, Store, open_store
from bot.worker import Worker

FOIA, TRIAGE = "C0FOIA0001", "C0TRIAGE01"
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
AGENCIES = """\
agencies:
  - id: txdps
    name: Texas Department of Public Safety
    jurisdiction: US-TX
    emails: [openrecords@dps.texas.gov]
  - id: ice
    name: U.S. Immigration and Customs Enforcement
    jurisdiction: US
    emails: [ice-foia@ice.dhs.gov]
"""
FILLER = ("Our office processes a large number of requests and handles each in the order it was received. "
          "Staff review every page before release to protect personal information. ") * 4


def write_config(tmp_path: Path) -> Config:
    (tmp_path / "agencies.yaml").write_text(AGENCIES)
    settings = f"""\
        timezone: America/Chicago
        database: sqlite:///{tmp_path / 'foiabot.db'}
        agencies: agencies.yaml
        slack: {{channel: "#foia", triage_channel: "#foia-triage", console: true}}
        """
    (tmp_path / "foiabot.yaml").write_text(textwrap.dedent(settings))
    return load_config(tmp_path / "foiabot.yaml")


@pytest.fixture
def slack_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSlack]:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    with fake_slack() as server:
        yield server


class Desk:
    """A register, the pipeline that reads replies into it and the outbox that posts to Slack."""

    def __init__(self, tmp_path: Path, slack: FakeSlack, gmail: bool = False) -> None:
        self.config = write_config(tmp_path)
        self.store: Store = open_store(self.config.database_url)
        self.slack = slack
        self.sink = SlackSink(SlackSettings(base_url=slack.url, channel="#foia", triage_channel="#foia-triage"),
                              slack.token, retry_interval=FixedValueRetryIntervalCalculator(0.01))
        routing = Routing("#foia", "#foia-triage", gmail=gmail)
        self.pipeline = Pipeline(self.store, self.config.jurisdictions, self.config.agencies, "America/Chicago",
                                 routing)
        self.outbox = outbox.Outbox(self.store, self.sink, self.config.agencies)

    def add(self, request_id: str, agency: str, sent: dt.date, **fields: Any) -> None:
        entry = RequestEntry(id=request_id, agency=agency, subject=f"Records about {request_id}", sent=sent,
                             message_id=f"<{request_id.lower()}@desk.example.com>")
        with self.store.session() as session:
            request = register.add_request(session, entry, self.config.agencies[agency], self.config.jurisdictions)
            for name, value in fields.items():
                setattr(request, name, value)

    def receive(self, raw: bytes, uid: int = 7) -> None:
        self.pipeline.process_many([Incoming(raw, "INBOX", uid)])
        report = self.outbox.deliver()
        assert report.errors == []

    def request(self, request_id: str) -> Request:
        with self.store.session() as session:
            request = session.get(Request, request_id)
            assert request is not None
            return request


@pytest.fixture
def desk(tmp_path: Path, slack_api: FakeSlack) -> Iterator[Desk]:
    desk = Desk(tmp_path, slack_api)
    try:
        yield desk
    finally:
        desk.store.close()


def letter(body: str, *, sender: str = "openrecords@dps.texas.gov", request_id: str = "REQ-1",
           subject: str = "RE: Public information request", date: str = "Tue, 01 Dec 2026 10:00:00 -0600",
           msgid: str = "<letter-1@dps.texas.gov>") -> bytes:
    return (f"From: Open Records <{sender}>\r\nTo: desk@desk.example.com\r\nSubject: {subject}\r\n"
            f"Date: {date}\r\nMessage-ID: {msgid}\r\nIn-Reply-To: <{request_id.lower()}@desk.example.com>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\nMIME-Version: 1.0\r\n\r\n{body}\r\n").encode()


def texts(message: Message) -> list[str]:
    """Every piece of text a reader sees in the post's blocks."""
    found: list[str] = []
    for block in message.blocks:
        for part in [block.get("text"), *(block.get("fields") or []), *(block.get("elements") or [])]:
            if isinstance(part, dict) and part.get("text"):
                found.append(part["text"])
    return found


def fields_of(message: Message) -> dict[str, str]:
    shown = {}
    for block in message.blocks:
        for field in block.get("fields") or []:
            label, _, value = field["text"].partition(": ")
            shown[label] = value
    return shown


def replies_posted(slack: FakeSlack) -> list[Message]:
    return [m for m in slack.posted(FOIA) if (m.metadata or {}).get("event_payload", {}).get("alert") == "reply"]


def step_of(message: Message) -> str:
    steps = [t for t in texts(message) if t.startswith("*Next step:*")]
    assert len(steps) == 1, texts(message)
    return steps[0]


CLARIFICATION = (f"Dear Requester,\n\n{FILLER}We need clarification of your request before we can proceed: please "
                 "tell us which districts\nand which years you mean. If we do not receive a response from you within "
                 "30 days, we will consider\nyour request withdrawn. {FILLER}Sincerely,\nOpen Records")


def test_a_clarification_quotes_the_deadline_sentence_whole_and_says_what_to_do_by_when(desk: Desk) -> None:
    desk.add("REQ-1", "txdps", dt.date(2026, 11, 20))
    desk.receive(letter(CLARIFICATION.replace("{FILLER}", FILLER)))

    post, = replies_posted(desk.slack)
    shown = "\n".join(texts(post))
    assert "If we do not receive a response from you within 30 days, we will consider your request withdrawn." in shown
    assert "please tell us which districts and which years you mean." in shown
    assert fields_of(post)["Answer by"] == "2026-12-31 (the agency's date)"
    assert step_of(post) == "*Next step:* Answer the agency's question by Thu Dec 31, 2026 (the agency's date)"
    assert fields_of(post)["Message-ID"] == "&lt;letter-1@dps.texas.gov&gt;"
    assert desk.request("REQ-1").answer_by == dt.date(2026, 12, 31)


def test_a_fee_letter_keeps_the_amount_and_the_payment_date_and_asks_to_accept_or_contest(desk: Desk) -> None:
    desk.add("REQ-2", "ice", dt.date(2026, 11, 2), tracking_number=None)
    body = (f"{FILLER}The estimated fee to process your request is $312.50. Your payment must be received by "
            f"January 5, 2027, or we will close the request. {FILLER}")
    desk.receive(letter(body, sender="ice-foia@ice.dhs.gov", request_id="REQ-2", subject="Fee estimate"))

    post, = replies_posted(desk.slack)
    shown = "\n".join(texts(post))
    assert "The estimated fee to process your request is $312.50." in shown
    assert "Your payment must be received by January 5, 2027, or we will close the request." in shown
    assert step_of(post) == ("*Next step:* Accept, narrow or contest the fee of $312.50 by Tue Jan 5, 2027 "
                             "(the agency's date)")


def test_statuses_kinds_and_agencies_are_shown_in_words_and_metadata_keeps_the_machine_names(desk: Desk) -> None:
    desk.add("REQ-3", "ice", dt.date(2026, 11, 2))
    desk.receive(letter("Please clarify which contracts you mean; we cannot search until you answer.",
                        sender="ice-foia@ice.dhs.gov", request_id="REQ-3"))

    start = next(m for m in desk.slack.posted(FOIA) if m.thread_ts is None)
    post, = replies_posted(desk.slack)
    assert fields_of(start)["Agency"] == "U.S. Immigration and Customs Enforcement"
    context = post.blocks[-1]["elements"][0]["text"]
    assert context == "REQ-3 · asks for clarification"
    assert post.metadata["event_payload"]["kind"] == "clarification"
    assert "awaiting_requester" not in json.dumps([m.blocks for m in desk.slack.messages])


def test_an_auto_reply_is_called_one_and_asks_nothing(desk: Desk) -> None:
    desk.add("REQ-4", "ice", dt.date(2026, 11, 2))
    raw = letter("I am out of the office until Monday.", sender="ice-foia@ice.dhs.gov", request_id="REQ-4",
                 subject="Out of office")
    desk.receive(raw.replace(b"MIME-Version", b"Auto-Submitted: auto-replied\r\nMIME-Version"))
    post, = replies_posted(desk.slack)
    assert post.blocks[-1]["elements"][0]["text"] == "REQ-4 · auto-reply"
    assert step_of(post) == "*Next step:* Nothing: an automatic reply"


def test_a_denial_says_to_decide_on_an_appeal_and_by_when(desk: Desk) -> None:
    desk.add("REQ-5", "ice", dt.date(2026, 11, 2))
    desk.receive(letter("Your request is denied. The records are withheld in full under Exemption 7(A).",
                        sender="ice-foia@ice.dhs.gov", request_id="REQ-5"))
    post, = replies_posted(desk.slack)
    appeal_due = desk.request("REQ-5").appeal_due
    assert appeal_due is not None
    assert step_of(post) == (f"*Next step:* Decide whether to appeal the denial: appeal by "
                             f"{appeal_due:%a %b} {appeal_due.day}, {appeal_due.year}")


def test_without_gmail_the_post_names_folder_uid_and_what_to_search_for(desk: Desk) -> None:
    desk.add("REQ-6", "ice", dt.date(2026, 11, 2))
    desk.receive(letter("We received your request on November 3.", sender="ice-foia@ice.dhs.gov",
                        request_id="REQ-6", subject="Acknowledgment"), uid=41)
    post, = replies_posted(desk.slack)
    assert fields_of(post)["Find it"] == "folder INBOX, UID 41; search for the subject \u201cAcknowledgment\u201d"
    assert not any("mail.google.com" in t for t in texts(post))


def test_with_gmail_the_post_links_to_a_search_for_the_message_id(tmp_path: Path, slack_api: FakeSlack) -> None:
    desk = Desk(tmp_path, slack_api, gmail=True)
    try:
        desk.add("REQ-7", "ice", dt.date(2026, 11, 2))
        desk.receive(letter("We received your request on November 3.", sender="ice-foia@ice.dhs.gov",
                            request_id="REQ-7", msgid="<a+b@ice.dhs.gov>"))
    finally:
        desk.store.close()
    post, = replies_posted(slack_api)
    link = "https://mail.google.com/mail/u/0/#search/rfc822msgid%3Aa%2Bb%40ice.dhs.gov"
    assert any(f"<{link}|Open the email in Gmail>" in t for t in texts(post))


def test_replay_json_gives_the_agencys_date_for_our_answer(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    (tmp_path / "requests.yaml").write_text(
        "requests:\n  - id: REQ-1\n    agency: txdps\n    subject: Records about REQ-1\n    sent: 2026-11-20\n"
        "    message_id: <req-1@desk.example.com>\n")
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "c.eml").write_bytes(letter(CLARIFICATION.replace("{FILLER}", "")))
    outcome, = replay([tmp_path / "mail"], config.agencies, config.jurisdictions, tmp_path / "requests.yaml",
                      "America/Chicago")
    assert as_json(outcome)["answer_by"] == "2026-12-31"


def test_a_version_three_register_gains_answer_by_and_owner_and_keeps_its_rows(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    store = open_store(config.database_url)
    entry = RequestEntry(id="REQ-1", agency="ice", subject="Contracts", sent=dt.date(2026, 11, 2))
    with store.session() as session:
        register.add_request(session, entry, config.agencies["ice"], config.jurisdictions).status = "acknowledged"
    with store.engine.begin() as conn:
        for column in ("answer_by", "owner"):
            conn.execute(text(f"ALTER TABLE requests DROP COLUMN {column}"))
        conn.execute(text("DROP TABLE post_updates"))
        conn.execute(text("DELETE FROM schema_version WHERE version > 3"))
    store.close()

    store = open_store(config.database_url)
    try:
        assert {"answer_by", "owner"} <= {c["name"] for c in inspect(store.engine).get_columns("requests")}
        assert "post_updates" in inspect(store.engine).get_table_names()
        with store.session() as session:
            request = session.get(Request, "REQ-1")
            assert request is not None and (request.status, request.answer_by) == ("acknowledged", None)
            request.answer_by = dt.date(2027, 1, 5)
            assert session.scalars(select(SchemaVersion.version)).all() == list(range(1, SCHEMA_VERSION + 1))
    finally:
        store.close()


# -- the owner -------------------------------------------------------------------------------------------------


def mentions(message: Message) -> list[str]:
    """The mentions Slack would act on: `<@U…>` and `<!…>` in mrkdwn text and in the notification text."""
    mrkdwn = [part["text"] for block in message.blocks for part in [block.get("text")]
              if isinstance(part, dict) and part.get("type") == "mrkdwn"]
    return re.findall(r"<[@!][^>]*>", " ".join([*mrkdwn, message.text]))


def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["requests", *argv, "--config", str(tmp_path / "foiabot.yaml")])
    return code, capsys.readouterr().err


def test_an_owner_added_by_user_id_is_mentioned_on_replies_of_weight_only(
    desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = cli(tmp_path, capsys, "add", "--id", "REQ-8", "--agency", "ice", "--subject", "Contracts",
                    "--sent", "2026-11-02", "--message-id", "<req-8@desk.example.com>", "--owner", "U0OWNER01")
    assert code == 0, err
    desk.receive(letter("We received your request on November 3.", sender="ice-foia@ice.dhs.gov",
                        request_id="REQ-8", msgid="<ack@ice.dhs.gov>"))
    desk.receive(letter("Your request is denied. The records are withheld in full under Exemption 7(A).",
                        sender="ice-foia@ice.dhs.gov", request_id="REQ-8", msgid="<deny@ice.dhs.gov>"))
    ack, denial = replies_posted(desk.slack)
    assert mentions(ack) == []
    assert mentions(denial) == ["<@U0OWNER01>", "<@U0OWNER01>"]  # in the post and in its notification


def test_an_owner_given_by_email_in_a_csv_is_looked_up_once(
    desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk.slack.users["maria@desk.example.com"] = "U0MARIA01"
    (tmp_path / "requests.csv").write_text(
        "id,agency,subject,sent,message_id,owner\n"
        "REQ-9,ice,Contracts,2026-11-02,<req-9@desk.example.com>,Maria@Desk.example.com\n")
    assert cli(tmp_path, capsys, "import", str(tmp_path / "requests.csv"))[0] == 0
    for n in (1, 2):
        desk.receive(letter(f"Please clarify part {n} of your request.", sender="ice-foia@ice.dhs.gov",
                            request_id="REQ-9", msgid=f"<c{n}@ice.dhs.gov>"))
    assert [mentions(post)[0] for post in replies_posted(desk.slack)] == ["<@U0MARIA01>", "<@U0MARIA01>"]
    assert len(desk.slack.calls_to("users.lookupByEmail")) == 1


def test_no_email_text_can_make_a_mention_with_or_without_an_owner(desk: Desk) -> None:
    forged = "<@U0EVIL001> <!channel> Please clarify which contracts you mean. <!here|here> <@U0OWNER01>"
    desk.add("REQ-10", "ice", dt.date(2026, 11, 2))
    desk.add("REQ-11", "ice", dt.date(2026, 11, 2), owner="U0OWNER02")
    desk.receive(letter(forged, sender="ice-foia@ice.dhs.gov", request_id="REQ-10", subject=forged,
                        msgid="<f1@ice.dhs.gov>"))
    desk.receive(letter(forged, sender="ice-foia@ice.dhs.gov", request_id="REQ-11", subject=forged,
                        msgid="<f2@ice.dhs.gov>"))
    nobody, owned = replies_posted(desk.slack)
    assert mentions(nobody) == []
    assert mentions(owned) == ["<@U0OWNER02>", "<@U0OWNER02>"]


def test_an_owner_that_is_neither_a_user_id_nor_an_email_is_refused(
    desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli(tmp_path, capsys, "add", "--id", "REQ-12", "--agency", "ice", "--subject", "Contracts",
            "--sent", "2026-11-02", "--owner", "<!channel>")
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "neither a Slack user id (like U0123ABCD) nor an email address" in err
    assert "Traceback" not in err


def test_deadline_alerts_mention_the_owner(desk: Desk) -> None:
    desk.add("REQ-13", "ice", dt.date(2026, 10, 1), owner="U0OWNER03")
    desk.add("REQ-14", "ice", dt.date(2026, 10, 1))
    worker = Worker(desk.config, desk.store, desk.sink)
    try:
        with time_machine.travel(dt.datetime(2026, 12, 7, 9, tzinfo=CHICAGO), tick=False):
            worker.sweep()
    finally:
        worker.close()
    assert desk.outbox.deliver().errors == []
    overdue = [m for m in desk.slack.posted(FOIA) if "overdue" in m.text]
    assert {m.metadata["event_payload"]["request"]: mentions(m) for m in overdue} == {
        "REQ-13": ["<@U0OWNER03>", "<@U0OWNER03>"], "REQ-14": []}


# -- posts stay current ----------------------------------------------------------------------------------------


def thread_start_of(slack: FakeSlack, request_id: str) -> Message:
    found, = [m for m in slack.posted(FOIA) if (m.metadata or {}).get("event_payload", {}).get("alert")
              == "thread_start" and m.metadata["event_payload"]["request"] == request_id]
    return found


def test_the_thread_starter_shows_the_status_and_next_step_after_a_denial(desk: Desk) -> None:
    desk.add("REQ-20", "ice", dt.date(2026, 11, 2))
    desk.receive(letter("We received your request on November 3.", sender="ice-foia@ice.dhs.gov",
                        request_id="REQ-20", msgid="<ack20@ice.dhs.gov>"))
    start = thread_start_of(desk.slack, "REQ-20")
    assert fields_of(start)["Status"] == "acknowledged"
    desk.receive(letter("Your request is denied. The records are withheld in full under Exemption 7(A).",
                        sender="ice-foia@ice.dhs.gov", request_id="REQ-20", msgid="<deny20@ice.dhs.gov>"))

    start = thread_start_of(desk.slack, "REQ-20")
    appeal_due = desk.request("REQ-20").appeal_due
    assert appeal_due is not None
    assert fields_of(start)["Status"] == "denied"
    assert fields_of(start)["Appeal by"] == appeal_due.isoformat()
    assert step_of(start).startswith("*Next step:* Decide whether to appeal the denial: appeal by")
    assert desk.sink.find_post(FOIA, "thread:REQ-20") == start.ts  # still found by its alert id
    assert len([m for m in desk.slack.posted(FOIA) if m.thread_ts is None]) == 1  # no second thread start


def test_a_triage_post_says_where_its_message_went_once_reprocess_places_it(
    desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = letter("Please clarify which contracts you mean.", sender="ice-foia@ice.dhs.gov", request_id="REQ-21",
                 subject="Your request", msgid="<lost@ice.dhs.gov>")
    desk.receive(raw)
    triage, = desk.slack.posted(TRIAGE)
    assert not triage.text.startswith("Placed on")
    desk.add("REQ-21", "ice", dt.date(2026, 11, 2))
    assert cli(tmp_path, capsys, "reprocess")[0] == 0
    assert desk.outbox.deliver().errors == []

    triage, = desk.slack.posted(TRIAGE)
    assert triage.blocks[0]["text"]["text"].startswith("Placed on REQ-21: ")
    assert fields_of(triage)["Placed on"] == "REQ-21 as asks for clarification"
    assert len(replies_posted(desk.slack)) == 1


def test_an_update_slack_made_before_failing_is_not_made_again(desk: Desk) -> None:
    desk.add("REQ-22", "ice", dt.date(2026, 11, 2))
    desk.receive(letter("We received your request on November 3.", sender="ice-foia@ice.dhs.gov",
                        request_id="REQ-22", msgid="<ack22@ice.dhs.gov>"))
    updates_before = len(desk.slack.calls_to("chat.update"))
    desk.slack.update_then_fail(1)
    desk.pipeline.process_many([Incoming(letter(
        "Your request is denied. The records are withheld in full under Exemption 7(A).",
        sender="ice-foia@ice.dhs.gov", request_id="REQ-22", msgid="<deny22@ice.dhs.gov>"), "INBOX", 9)])
    first = desk.outbox.deliver()
    assert any("will retry" in e for e in first.errors)
    assert desk.outbox.deliver().errors == []

    assert len(desk.slack.calls_to("chat.update")) == updates_before + 1
    assert fields_of(thread_start_of(desk.slack, "REQ-22"))["Status"] == "denied"
    with desk.store.session() as session:
        assert {row.status for row in session.scalars(select(PostUpdate))} == {"done"}


def test_an_update_slack_could_not_make_waits_and_is_made_once_slack_is_back(desk: Desk) -> None:
    desk.add("REQ-23", "ice", dt.date(2026, 11, 2))
    desk.receive(letter("We received your request on November 3.", sender="ice-foia@ice.dhs.gov",
                        request_id="REQ-23", msgid="<ack23@ice.dhs.gov>"))
    desk.pipeline.process_many([Incoming(letter(
        "Your request is denied. The records are withheld in full under Exemption 7(A).",
        sender="ice-foia@ice.dhs.gov", request_id="REQ-23", msgid="<deny23@ice.dhs.gov>"), "INBOX", 9)])
    desk.slack.refuse()
    assert desk.outbox.deliver().pending
    desk.slack.accept()
    assert desk.outbox.deliver().errors == []
    assert fields_of(thread_start_of(desk.slack, "REQ-23"))["Status"] == "denied"
    with desk.store.session() as session:
        assert {row.status for row in session.scalars(select(PostUpdate))} == {"done"}


# -- no flood --------------------------------------------------------------------------------------------------


def sweep(desk: Desk, day: dt.date) -> None:
    worker = Worker(desk.config, desk.store, desk.sink)
    try:
        with time_machine.travel(dt.datetime.combine(day, dt.time(9), tzinfo=CHICAGO), tick=False):
            worker.sweep()
    finally:
        worker.close()
    assert desk.outbox.deliver().errors == []


def in_channel(slack: FakeSlack) -> list[str]:
    """What the channel itself shows (top-level posts and broadcast replies), by the kind of alert."""
    return [m.metadata["event_payload"]["alert"] for m in slack.posted(FOIA) if m.in_history]


def test_many_overdue_requests_at_once_make_one_digest_and_each_alert_stays_in_its_thread(desk: Desk) -> None:
    for n in range(9):
        desk.add(f"OLD-{n}", "ice", dt.date(2026, 9, 1))
    sweep(desk, dt.date(2026, 12, 7))

    digest, = [m for m in desk.slack.posted(FOIA) if m.metadata["event_payload"]["alert"] == "digest"]
    listed = digest.blocks[1]["text"]["text"].splitlines()
    assert sorted(line.split(" (")[0] for line in listed) == [
        f"OLD-{n} is overdue: it was due {desk.request(f'OLD-{n}').due}" for n in range(9)]
    overdue = [m for m in desk.slack.posted(FOIA) if m.metadata["event_payload"]["alert"] == "overdue"]
    assert len(overdue) == 9 and all(m.thread_ts and not m.reply_broadcast for m in overdue)
    assert in_channel(desk.slack).count("overdue") == 0


def test_a_handful_of_overdue_requests_are_each_told_in_the_channel(desk: Desk) -> None:
    for n in range(3):
        desk.add(f"OLD-{n}", "ice", dt.date(2026, 9, 1))
    sweep(desk, dt.date(2026, 12, 7))
    assert in_channel(desk.slack).count("overdue") == 3
    assert "digest" not in in_channel(desk.slack)


def test_a_clarifications_question_is_quoted_with_its_list_and_its_deadline_whole() -> None:
    from bot.excerpt import choose

    body = (f"Records Desk,\n\n{FILLER}\n\nThe Department needs clarification before it can proceed.\n\n"
            "Please clarify whether you are seeking:\n\n  1. the report forms for each incident, or\n"
            "  2. a data export of the reports.\n\n"
            f"{FILLER}If we do not receive a written response within 61 days, your request will be considered "
            "withdrawn.\n\nOffice of General Counsel")
    shown = choose(body, "…needs clarification before it can proceed.")
    assert ("Please clarify whether you are seeking: 1. the report forms for each incident, or 2. a data export "
            "of the reports.") in shown
    assert "If we do not receive a written response within 61 days, your request will be considered withdrawn." in shown
    assert "The Department needs clarification before it can proceed." in shown
    assert shown.startswith("Records Desk, ")  # the opening, then only what room is left
    assert " … " in shown and shown.count("Staff review every page") < 2 * FILLER.count("Staff review every page")


def test_our_answer_from_the_sent_folder_ends_the_reminders_of_the_agencys_date(desk: Desk) -> None:
    desk.add("REQ-30", "txdps", dt.date(2026, 11, 20))
    desk.receive(letter(CLARIFICATION.replace("{FILLER}", ""), request_id="REQ-30", msgid="<clar30@dps.texas.gov>"))
    assert desk.request("REQ-30").answer_by == dt.date(2026, 12, 31)
    answer = (b"From: Desk <desk@desk.example.com>\r\nTo: openrecords@dps.texas.gov\r\nSubject: RE: clarification\r\n"
              b"Date: Thu, 03 Dec 2026 09:00:00 -0600\r\nMessage-ID: <answer30@desk.example.com>\r\n"
              b"In-Reply-To: <clar30@dps.texas.gov>\r\nContent-Type: text/plain\r\n\r\nWe mean districts 1-3.\r\n")
    desk.pipeline.process_many([Incoming(answer, "Sent", 1, outgoing=True)])
    assert desk.request("REQ-30").answer_by is None
