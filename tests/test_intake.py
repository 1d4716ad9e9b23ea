"""New requests and closing asked for in Slack, without Slack: the form's values are checked field by field, a
request is added with the next free id and its deadlines, the mail is placed on it or nothing is added, and a
request is closed once with its reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from deskkit import EXTENSION, two_texas_requests
from sqlalchemy import func, select

from bot import intake
from bot.interact import Action, Desk, Refused
from bot.pipeline import Pipeline
from bot.store import Event, Message, OutboxAlert, Request

USER = "U0ALICE001"
TODAY = dt.date(2026, 3, 10)


@pytest.fixture()
def pipeline(tmp_path: Path) -> Pipeline:
    return two_texas_requests(tmp_path)


def _triage(pipeline: Pipeline) -> str:
    assert pipeline.process(EXTENSION, "INBOX").status == "triage"
    with pipeline.store.session() as session:
        return str(session.scalar(select(Message.raw_sha256)))


def _count(pipeline: Pipeline, what: type[Request] | type[Event] | type[OutboxAlert]) -> int:
    with pipeline.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(what)) or 0)


def test_the_form_names_each_field_to_fix(pipeline: Pipeline) -> None:
    with pytest.raises(intake.FormProblems) as refused:
        intake.check(pipeline.agencies, "fbi-typo", "", "03/04/2026", TODAY)
    assert sorted(refused.value.problems) == ["agency", "sent", "subject"]
    with pytest.raises(intake.FormProblems) as late:
        intake.check(pipeline.agencies, "txdps", "x" * 501, "2026-03-11", TODAY)
    assert late.value.problems == {"subject": "Keep the subject under 500 characters.",
                                   "sent": "The date sent cannot be after today."}
    form = intake.check(pipeline.agencies, "txdps", "  PIA Request:\n  overtime ", "2026-03-02", TODAY)
    assert form == intake.Form("txdps", "PIA Request: overtime", dt.date(2026, 3, 2))


def test_the_form_for_a_mail_starts_from_its_sender_subject_and_date(pipeline: Pipeline) -> None:
    filled = intake.prefill(pipeline, _triage(pipeline))
    assert filled == intake.Prefill("txdps", "RE: PIA Request: DPS records", dt.date(2026, 3, 4))


def test_a_request_added_gets_the_next_id_its_deadlines_and_a_note_for_its_thread(pipeline: Pipeline) -> None:
    said = intake.add(pipeline, intake.Form("txdps", "PIA Request: overtime", dt.date(2026, 3, 2)), USER)
    assert said == "REQ-102 added: PIA Request: overtime (txdps), due 2026-03-16."
    with pipeline.store.session() as session:
        request = session.get(Request, "REQ-102")
        assert request is not None and request.due_explanation  # counted as for any request sent that day
        kinds = session.scalars(select(Event.kind).where(Event.request_id == "REQ-102")).all()
        queued = session.scalars(select(OutboxAlert.request_id)).all()
    assert sorted(kinds) == ["added", "sent"] and queued == ["REQ-102"]


class _FailingDesk(Desk):
    """The mail cannot be placed (someone placed it between the form and its submission)."""

    def place(self, action: Action) -> str:
        raise Refused("That mail was already dealt with on REQ-100; nothing was changed.")


def test_a_new_request_whose_mail_cannot_be_placed_is_taken_out_again(pipeline: Pipeline) -> None:
    sha = _triage(pipeline)
    events = _count(pipeline, Event)
    form = intake.Form("txdps", "PIA Request: DPS records", dt.date(2026, 3, 3))
    with pytest.raises(Refused, match="already dealt with"):
        intake.add_from_mail(_FailingDesk(pipeline), form, sha, USER)
    assert (_count(pipeline, Request), _count(pipeline, Event)) == (2, events)
    placed = intake.add_from_mail(Desk(pipeline), form, sha, USER)  # the id is free again
    assert placed.startswith("New request REQ-102 (txdps). Placed on REQ-102 as clarification")


def test_a_request_is_closed_once_with_its_reason(pipeline: Pipeline) -> None:
    assert intake.close(pipeline, "REQ-100", USER, " records\nreceived ") == "REQ-100 closed: records received"
    with pytest.raises(Refused, match="REQ-100 is already closed"):
        intake.close(pipeline, "REQ-100", USER, "again")
    with pytest.raises(Refused, match="There is no request REQ-404"):
        intake.close(pipeline, "REQ-404", USER, "gone")
    with pipeline.store.session() as session:
        details = session.scalars(select(Event.detail).where(Event.kind == "closed")).all()
    assert details == [f"closed by {USER} in Slack: records received"]
    assert [rid for rid, _ in Desk(pipeline).open_requests()] == ["REQ-101"]
