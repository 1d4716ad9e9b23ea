"""/foia's answers over a real register: a request's status with its due date and why, what is overdue, when a
request received on a day would be due, and the desk's board; a question it does not understand gets the usage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from deskkit import two_texas_requests

from bot.ask import USAGE, answer, board
from bot.pipeline import Pipeline

AGENCIES = Path(__file__).resolve().parent / "data" / "corpus" / "dev" / "agencies.yaml"
CLARIFY = b"""From: DPS Public Information <ogc.publicinformation@dps.texas.gov>
To: records@records.example.org
Subject: RE: PIA Request: DPS drone flight logs, 2024
Date: Wed, 04 Mar 2026 10:00:00 -0600
Message-ID: <clarify-9@dps.texas.gov>
In-Reply-To: <req-101@records.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Before we can process your request, please clarify which months you mean.
"""


@pytest.fixture()
def pipeline(tmp_path: Path) -> Pipeline:
    return two_texas_requests(tmp_path)


def ask(pipeline: Pipeline, question: str, today: dt.date = dt.date(2026, 3, 20)) -> str:
    return answer(pipeline.store, pipeline.jurisdictions, question, today).text


def test_a_request_shows_its_status_due_date_with_why_and_last_reply(pipeline: Pipeline) -> None:
    pipeline.process(CLARIFY, "INBOX")
    text = ask(pipeline, "req-101")
    assert text.splitlines()[0] == "REQ-101: PIA Request: DPS body camera policy"
    assert "Clock stopped on 2026-03-04: waiting on us" in text
    assert "Last reply: 2026-03-04, clarification: RE: PIA Request: DPS drone flight logs, 2024" in text
    due = ask(pipeline, "REQ-100", today=dt.date(2026, 3, 10))
    assert "Due 2026-03-16: " in due and "business days" in due and "(overdue)" not in due
    assert "(overdue)" in ask(pipeline, "REQ-100", today=dt.date(2026, 3, 17))


def test_overdue_lists_the_running_requests_past_their_due_date_only(pipeline: Pipeline) -> None:
    assert ask(pipeline, "overdue", today=dt.date(2026, 3, 16)) == "Nothing is overdue."
    pipeline.process(CLARIFY, "INBOX")  # REQ-101 waits on us: its clock does not run
    assert ask(pipeline, "overdue", today=dt.date(2026, 3, 17)).splitlines() == [
        "1 overdue:", "REQ-100 (txdps) due 2026-03-16: PIA Request: DPS drone flight logs, 2024"]


def test_due_says_when_a_request_received_that_day_is_due_and_why(pipeline: Pipeline) -> None:
    text = ask(pipeline, "due us-tx 2026-03-02")
    assert text.startswith("US-TX (") and ": due 2026-03-16" in text.splitlines()[0]
    assert "not a date" in ask(pipeline, "due US-TX tomorrow")
    assert "no jurisdiction 'US-XX'" in ask(pipeline, "due US-XX 2026-03-02")


@pytest.mark.parametrize("question", ["", "help", "close REQ-100 because", "REQ-100 and more"])
def test_a_question_it_does_not_understand_gets_the_usage(pipeline: Pipeline, question: str) -> None:
    assert USAGE in ask(pipeline, question)
    assert ask(pipeline, "REQ-404") == "There is no request REQ-404."


def test_the_board_groups_the_desk_by_what_needs_doing(pipeline: Pipeline) -> None:
    pipeline.process(CLARIFY, "INBOX")
    sections = dict(board(pipeline.store, dt.date(2026, 3, 17)))
    assert sections["Overdue"] == ["REQ-100 (txdps) due 2026-03-16: PIA Request: DPS drone flight logs, 2024"]
    assert sections["Waiting on us"] == ["REQ-101 (txdps) clock stopped 2026-03-04: PIA Request: DPS body camera "
                                         "policy"]
    assert sections["Due this week"] == ["none"] and sections["Triage"] == ["0 messages waiting"]
