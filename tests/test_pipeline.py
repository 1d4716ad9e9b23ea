"""The pipeline over real messages and a real (temporary) register: clocks stop and restart, duplicates are
never processed twice, poison messages are set aside and the worker goes on."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import time_machine
from sqlalchemy import select

from bot.config import RequestEntry, load_agencies, load_jurisdictions
from bot.pipeline import Incoming, Pipeline
from bot.register import import_requests
from bot.store import Event, Message, OutboxAlert, Request, load_raw, open_store

AGENCIES = Path(__file__).resolve().parent / "data" / "corpus" / "dev" / "agencies.yaml"


@pytest.fixture()
def pipeline(tmp_path: Path) -> Pipeline:
    jurisdictions = load_jurisdictions()
    agencies = load_agencies(AGENCIES, jurisdictions)
    store = open_store(f"sqlite:///{tmp_path}/register.db")
    entry = RequestEntry(id="REQ-100", agency="txdps", subject="PIA Request: DPS drone flight logs, 2024",
                         sent=dt.date(2026, 3, 2), message_id="<req-100@records.example.org>",
                         reply_address="records+req-100@records.example.org")
    import_requests(store, [entry], agencies, jurisdictions)
    return Pipeline(store, jurisdictions, agencies, "America/Chicago")


def _mail(headers: str, body: str) -> bytes:
    return (headers.strip() + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body).encode()


CLARIFICATION = _mail("""
From: DPS Public Information <ogc.publicinformation@dps.texas.gov>
To: records+req-100@records.example.org
Subject: Your public information request
Date: Wed, 04 Mar 2026 10:00:00 -0600
Message-ID: <clarify-1@dps.texas.gov>
In-Reply-To: <req-100@records.example.org>
""", "Before we can process your request, please clarify which aircraft and which months you mean.\n")

OUR_ANSWER = _mail("""
From: Records Desk <records@records.example.org>
To: ogc.publicinformation@dps.texas.gov
Subject: Re: Your public information request
Date: Mon, 09 Mar 2026 09:00:00 -0500
Message-ID: <answer-1@records.example.org>
In-Reply-To: <clarify-1@dps.texas.gov>
References: <req-100@records.example.org> <clarify-1@dps.texas.gov>
""", "We mean the DPS Aircraft Operations Division drones, January to June 2024.\n")


def _request(pipeline: Pipeline) -> Request:
    with pipeline.store.session() as session:
        request = session.get(Request, "REQ-100")
        assert request is not None
        return request


def test_clarification_stops_the_clock_and_our_answer_restarts_it_with_the_days_left(pipeline: Pipeline) -> None:
    # Texas: 10 business days after receipt on Mon 2026-03-02 -> Mon 2026-03-16.
    assert _request(pipeline).due == dt.date(2026, 3, 16)
    outcome = pipeline.process(CLARIFICATION, "inbox")
    assert (outcome.request, outcome.kind) == ("REQ-100", "clarification")
    stopped = _request(pipeline)
    assert stopped.clock_stopped_on == dt.date(2026, 3, 4)
    assert stopped.remaining_days == 8  # Mar 5, 6, 9, 10, 11, 12, 13, 16
    sent = pipeline.process(OUR_ANSWER, "Sent", outgoing=True)
    assert sent.request == "REQ-100"
    restarted = _request(pipeline)
    assert restarted.clock_stopped_on is None
    # 8 business days after Mon 2026-03-09: Mar 10, 11, 12, 13, 16, 17, 18, 19.
    assert restarted.due == dt.date(2026, 3, 19)


def test_the_same_message_twice_is_processed_and_alerted_once(pipeline: Pipeline) -> None:
    first = pipeline.process(CLARIFICATION, "inbox")
    second = pipeline.process(CLARIFICATION, "INBOX after a UIDVALIDITY change")
    assert first.status == "processed"
    assert second.status == "duplicate"
    with pipeline.store.session() as session:
        assert len(session.scalars(select(OutboxAlert).where(OutboxAlert.type == "reply")).all()) == 1
        assert len(session.scalars(select(Message)).all()) == 1


def test_a_message_that_breaks_processing_is_set_aside_and_the_next_goes_on(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.pipeline

    def explode(*_args: object) -> None:
        raise RuntimeError("classifier blew up")

    monkeypatch.setattr(bot.pipeline, "classify", explode)
    broken = pipeline.process(CLARIFICATION, "inbox")
    monkeypatch.undo()
    assert broken.status == "set_aside"
    assert "classifier blew up" in broken.reason
    after = pipeline.process(OUR_ANSWER.replace(b"answer-1", b"answer-2"), "Sent", outgoing=True)
    assert after.status == "sent"
    with pipeline.store.session() as session:
        triage = session.scalars(select(OutboxAlert).where(OutboxAlert.type == "triage")).all()
        assert len(triage) == 1  # the team hears about the message that was set aside
        # kept, so it can be processed again
        set_aside = session.scalar(select(Message.id).where(Message.status == "set_aside"))
        assert set_aside is not None and load_raw(session, set_aside) == CLARIFICATION


def test_in_a_batch_a_message_that_breaks_processing_is_set_aside_alone(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.pipeline

    real_classify = bot.pipeline.classify

    def explode_on_the_second(reply: Any, agency: Any) -> Any:
        if reply.message_id == "<second@dps.texas.gov>":
            raise RuntimeError("classifier blew up")
        return real_classify(reply, agency)

    monkeypatch.setattr(bot.pipeline, "classify", explode_on_the_second)
    mail = [CLARIFICATION.replace(b"Message-ID: <", b"Message-ID: <" + name + b"-") for name in (b"a", b"b")]
    second = CLARIFICATION.replace(b"Subject:", b"X-Note: 2\nSubject:")
    second = re.sub(rb"Message-ID: <[^>]*>", b"Message-ID: <second@dps.texas.gov>", second)
    batch = [Incoming(mail[0], "INBOX", uid=1), Incoming(second, "INBOX", uid=2), Incoming(mail[1], "INBOX", uid=3),
             Incoming(mail[0], "INBOX", uid=4)]

    outcomes = pipeline.process_many(batch)

    assert [o.status for o in outcomes] == ["processed", "set_aside", "processed", "duplicate"]
    assert "classifier blew up" in outcomes[1].reason
    with pipeline.store.session() as session:
        types = session.scalars(select(OutboxAlert.type).order_by(OutboxAlert.id)).all()
        assert types == ["reply", "triage", "reply"]  # one alert each, in the mailbox's order
        assert len(session.scalars(select(Message)).all()) == 3
        events = session.scalars(select(Event).where(Event.message_pk.is_not(None))).all()
        assert len(events) == 1  # the clock stopped once, on the first clarification, and names its message


def test_a_batch_learns_as_it_goes_a_reply_in_the_same_batch_follows_its_thread(pipeline: Pipeline) -> None:
    first = _mail("""
From: DPS Public Information <ogc.publicinformation@dps.texas.gov>
To: records+req-100@records.example.org
Subject: Your request
Date: Mon, 09 Mar 2026 09:00:00 -0500
Message-ID: <batch-1@dps.texas.gov>
""", "We received your request.\n")
    follow = _mail("""
From: Somebody Else <someone@elsewhere.example.net>
To: desk@news.example.org
Subject: Re: Your request
Date: Tue, 10 Mar 2026 09:00:00 -0500
Message-ID: <batch-2@elsewhere.example.net>
In-Reply-To: <batch-1@dps.texas.gov>
""", "Following up.\n")

    outcomes = pipeline.process_many([Incoming(first, "INBOX"), Incoming(follow, "INBOX")])

    assert [(o.status, o.request) for o in outcomes] == [("processed", "REQ-100"), ("processed", "REQ-100")]
    assert outcomes[1].signal == "thread"


@time_machine.travel(dt.datetime(2026, 11, 26, 15, 0, tzinfo=dt.UTC))  # Thanksgiving
def test_no_deadline_sweep_on_a_federal_holiday(tmp_path: Path) -> None:
    from bot.config import load_config
    from bot.console import ConsoleSink
    from bot.worker import Worker

    settings = tmp_path / "foiabot.yaml"
    settings.write_text(f"database: sqlite:///db.sqlite\nagencies: {AGENCIES}\n")
    config = load_config(settings)
    store = open_store(config.database_url)
    entry = RequestEntry(id="REQ-200", agency="fbi", subject="FOIA Request: X", sent=dt.date(2026, 10, 29))
    import_requests(store, [entry], config.agencies, config.jurisdictions)  # due 2026-11-27
    worker = Worker(config, store, ConsoleSink())
    worker.scheduled_sweep()
    with store.session() as session:
        assert session.scalars(select(OutboxAlert)).all() == []
    assert worker.sweep() == 1  # the same day, asked directly: "due in 1 business day" exists to be sent
    store.close()


def test_mail_in_triage_is_matched_when_reprocessed_after_its_request_is_registered(pipeline: Pipeline) -> None:
    from bot.reprocess import reprocess

    stray = _mail("""
From: FBI FOIPA <foipaquestions@fbi.gov>
To: records+req-300@records.example.org
Subject: Acknowledgment of your FOIA request
Date: Thu, 05 Mar 2026 10:00:00 -0500
Message-ID: <ack-300@fbi.gov>
""", "We received your FOIA request. It has been assigned FOIPA Request No. 1700001-000.\n")
    assert pipeline.process(stray, "INBOX").status == "triage"
    entry = RequestEntry(id="REQ-300", agency="fbi", subject="FOIA Request: FBI drone purchases",
                         sent=dt.date(2026, 3, 2), reply_address="records+req-300@records.example.org")
    import_requests(pipeline.store, [entry], pipeline.agencies, pipeline.jurisdictions)
    pipeline.reload()
    outcomes = list(reprocess(pipeline))
    assert [(o.request, o.signal, o.kind) for o in outcomes] == [("REQ-300", "reply_address", "acknowledgment")]
    with pipeline.store.session() as session:
        keys = sorted(session.scalars(select(OutboxAlert.key)).all())
        assert [k.split(":")[0] for k in keys] == ["reply", "triage"]  # the triage alert is not sent again
        assert len(session.scalars(select(Message)).all()) == 1


def test_a_tracking_pattern_that_backtracks_without_end_cannot_hang_the_worker(tmp_path: Path) -> None:
    import time

    from bot.rules import Agency

    jurisdictions = load_jurisdictions()
    agencies = {"slow": Agency(id="slow", name="Slow Agency", jurisdiction="US", domains=["slow.example.gov"],
                               tracking_pattern=r"(a|aa)+$")}
    store = open_store(f"sqlite:///{tmp_path}/register.db")
    pipeline = Pipeline(store, jurisdictions, agencies, "America/New_York")
    raw = _mail("""
From: Records <records@slow.example.gov>
To: desk@news.example.org
Subject: Your request
Date: Thu, 05 Mar 2026 10:00:00 -0500
Message-ID: <slow-1@slow.example.gov>
""", "a" * 5000 + "!\n")
    started = time.monotonic()
    outcome = pipeline.process(raw, "INBOX")
    assert time.monotonic() - started < 10  # several searches, each stopped after its time budget
    assert outcome.status == "triage"
    store.close()


_SWEEP_QUERY = "requests.due_explanation, requests.follow_up"


def test_a_pass_skips_a_sweep_that_would_queue_nothing_new_but_not_one_that_would(tmp_path: Path) -> None:
    from sqlalchemy import event

    from bot.config import load_config
    from bot.console import ConsoleSink
    from bot.worker import Worker

    settings = tmp_path / "foiabot.yaml"
    settings.write_text(f"database: sqlite:///{tmp_path}/db.sqlite\nagencies: {AGENCIES}\n")
    config = load_config(settings)
    store = open_store(config.database_url)
    sweeps: list[str] = []  # the sweep's query: the open requests with their deadlines
    event.listen(store.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: sweeps.append(statement) if _SWEEP_QUERY in statement else None)
    worker = Worker(config, store, ConsoleSink(stream=open(os.devnull, "w")), once=True)  # noqa: SIM115
    old = RequestEntry(id="REQ-1", agency="fbi", subject="FOIA Request: X", sent=dt.date(2026, 9, 1))
    later = RequestEntry(id="REQ-2", agency="fbi", subject="FOIA Request: Y", sent=dt.date(2026, 9, 2))
    try:
        with time_machine.travel(dt.datetime(2026, 11, 30, 14, 0, tzinfo=dt.UTC)):
            import_requests(store, [old], config.agencies, config.jurisdictions)
            assert worker.run_once().alerts_sent == 1  # REQ-1 is overdue
            assert worker.run_once().alerts_sent == 0
            assert len(sweeps) == 1  # the second pass had nothing to add: no sweep
            import_requests(store, [later], config.agencies, config.jurisdictions)  # added between passes
            assert worker.run_once().alerts_sent == 1  # its overdue alert is not left for tomorrow
            assert len(sweeps) == 2
        with time_machine.travel(dt.datetime(2026, 12, 1, 14, 0, tzinfo=dt.UTC)):
            worker.run_once()
            assert len(sweeps) == 3  # a new day, a new sweep
    finally:
        store.close()


def test_mail_left_out_as_bulk_is_listed_in_triage_once_a_day(tmp_path: Path) -> None:
    import json

    from bot.config import load_config
    from bot.console import ConsoleSink
    from bot.worker import Worker

    settings = tmp_path / "foiabot.yaml"
    settings.write_text(f"database: sqlite:///db.sqlite\nagencies: {AGENCIES}\n")
    config = load_config(settings)
    store = open_store(config.database_url)
    worker = Worker(config, store, ConsoleSink(stream=open(os.devnull, "w")))  # noqa: SIM115
    newsletter = _mail("""
From: Civic Weekly <news@civicweekly.example.com>
To: records@records.example.org
Subject: This week in open government
Date: Thu, 05 Mar 2026 10:00:00 -0500
Message-ID: <nl-1@civicweekly.example.com>
List-Unsubscribe: <https://civicweekly.example.com/unsubscribe>
""", "Agencies released no responsive records in 40 percent of cases this year.\n")
    assert worker.pipeline.process(newsletter, "INBOX").status == "ignored"
    worker.sweep(dt.datetime(2026, 3, 5, 18, 0, tzinfo=dt.UTC))
    worker.sweep(dt.datetime(2026, 3, 6, 18, 0, tzinfo=dt.UTC))  # nothing new since: no second list
    with store.session() as session:
        listed = [json.loads(a.payload) for a in session.scalars(select(OutboxAlert)) if a.key.startswith("ignored:")]
    assert len(listed) == 1
    assert "news@civicweekly.example.com: This week in open government" in json.dumps(listed[0])
    store.close()


def test_message_stored_by_another_process_in_the_meantime_is_a_duplicate_not_set_aside(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    from sqlalchemy import event

    other = Pipeline(open_store(f"sqlite:///{tmp_path}/register.db"), pipeline.jurisdictions, pipeline.agencies,
                     "America/Chicago")
    raced: list[str] = []

    def store_it_first(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        # Between this pass's look-up of known messages and its insert, another worker stores the same mail.
        if statement.startswith("INSERT INTO messages") and not raced:
            raced.append(other.process(CLARIFICATION, "INBOX", uid=7).status)

    event.listen(pipeline.store.engine, "before_cursor_execute", store_it_first)
    outcome = pipeline.process(CLARIFICATION, "INBOX", uid=7)

    assert raced == ["processed"]
    assert outcome.status == "duplicate"
    with pipeline.store.session() as session:
        assert session.scalars(select(Message.status)).all() == ["processed"]
        assert session.scalars(select(OutboxAlert.type)).all() == ["reply"]
    other.store.close()


def test_in_a_batch_a_message_the_database_refuses_is_set_aside_with_the_reason_and_where_to_find_it(
    pipeline: Pipeline,
) -> None:
    from sqlalchemy import text

    with pipeline.store.session() as session:
        session.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON messages WHEN NEW.message_id = "
                             "'<second@dps.texas.gov>' AND NEW.status != 'set_aside' BEGIN "
                             "SELECT RAISE(ABORT, 'refused by a check'); END"))
    second = re.sub(rb"Message-ID: <[^>]*>", b"Message-ID: <second@dps.texas.gov>", CLARIFICATION)
    batch = [Incoming(CLARIFICATION, "INBOX", uid=1), Incoming(second + b"\n", "INBOX", uid=2),
             Incoming(OUR_ANSWER, "Sent", uid=3, outgoing=True)]

    outcomes = pipeline.process_many(batch)

    assert [o.status for o in outcomes] == ["processed", "set_aside", "sent"]
    assert "the database refused it" in outcomes[1].reason and "refused by a check" in outcomes[1].reason
    with pipeline.store.session() as session:
        row = session.scalars(select(Message).where(Message.status == "set_aside")).one()
        sender = "DPS Public Information <ogc.publicinformation@dps.texas.gov>"
        assert (row.message_id, row.uid, row.from_addr) == ("<second@dps.texas.gov>", 2, sender)
        [alert] = session.scalars(select(OutboxAlert).where(OutboxAlert.type == "triage")).all()
    fields = dict(json.loads(alert.payload)["fields"])
    assert fields["Message-ID"] == "<second@dps.texas.gov>" and (fields["Folder"], fields["UID"]) == ("INBOX", "2")
    assert fields["Subject"] == "Your public information request"
    assert fields["Date"].startswith("2026-03-04T10:00:00") and "refused by a check" in fields["Reason"]


def test_set_aside_mail_that_cannot_be_parsed_still_names_its_sender_subject_and_message_id(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.reading
    from bot.errors import ParseError

    def cannot(_raw: bytes) -> Any:
        raise ParseError("message is nested too deeply to parse")

    monkeypatch.setattr(bot.reading, "parse", cannot)
    outcome = pipeline.process(CLARIFICATION, "INBOX", uid=9)

    assert outcome.status == "set_aside" and outcome.message_id == "<clarify-1@dps.texas.gov>"
    with pipeline.store.session() as session:
        [alert] = session.scalars(select(OutboxAlert)).all()
    fields = dict(json.loads(alert.payload)["fields"])
    assert fields["From"] == "DPS Public Information <ogc.publicinformation@dps.texas.gov>"
    assert (fields["Subject"], fields["Message-ID"], fields["UID"]) == (
        "Your public information request", "<clarify-1@dps.texas.gov>", "9")
    assert "nested too deeply" in fields["Reason"]


def test_reply_with_a_letter_that_cannot_be_read_says_so_in_its_alert_and_keeps_it_on_the_message(
    pipeline: Pipeline,
) -> None:
    import email.policy
    from email.message import EmailMessage

    msg = email.message_from_bytes(CLARIFICATION, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    msg.add_attachment(b"%PDF-1.7\n1 0 obj << /Length 999 >> stream\nBT", maintype="application", subtype="pdf",
                       filename="letter.pdf")

    outcome = pipeline.process(msg.as_bytes(), "INBOX", uid=4)

    assert outcome.status == "processed"
    with pipeline.store.session() as session:
        [alert] = session.scalars(select(OutboxAlert).where(OutboxAlert.type == "reply")).all()
        defects = session.scalars(select(Message.defects)).one()
    unread = dict(json.loads(alert.payload)["fields"])["Could not read"]
    assert unread.startswith("an attached letter (letter.pdf) could not be read (")
    assert defects == unread
