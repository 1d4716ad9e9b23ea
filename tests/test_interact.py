"""Actions from Slack turned into register changes, without Slack: a triage mail placed on a request is handled
exactly as a match (clock, alert in the request's thread, Message-ID and number learned); anything else is
refused with a reason and changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from deskkit import two_texas_requests
from sqlalchemy import select

from bot import register
from bot.interact import Action, Desk, Refused, parse, value
from bot.pipeline import Pipeline
from bot.store import Event, Message, OutboxAlert, Request, TrackingNumber

AGENCIES = Path(__file__).resolve().parent / "data" / "corpus" / "dev" / "agencies.yaml"
USER = "U0ALICE001"


@pytest.fixture()
def pipeline(tmp_path: Path) -> Pipeline:
    return two_texas_requests(tmp_path)


def mail(headers: str, body: str) -> bytes:
    return (headers.strip() + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body).encode()


# Sent from a clerk's own address, about neither request by name: the matcher cannot place it.
STRAY = mail("""
From: Dana Ruiz <dana.ruiz@mail.example.net>
To: records@records.example.org
Subject: Your request
Date: Wed, 04 Mar 2026 10:00:00 -0600
Message-ID: <stray-1@mail.example.net>
""", "Before we can process your request, please clarify which aircraft and which months you mean. "
     "Reference R004127-011426.\n")

FOLLOW_UP = mail("""
From: Dana Ruiz <dana.ruiz@mail.example.net>
To: records@records.example.org
Subject: Re: Your request
Date: Thu, 05 Mar 2026 10:00:00 -0600
Message-ID: <stray-2@mail.example.net>
In-Reply-To: <stray-1@mail.example.net>
""", "Following up on my note of yesterday.\n")


def _stray(pipeline: Pipeline) -> str:
    assert pipeline.process(STRAY, "INBOX").status == "triage"
    with pipeline.store.session() as session:
        return str(session.scalar(select(Message.raw_sha256)))


def _request(pipeline: Pipeline, request_id: str) -> Request:
    with pipeline.store.session() as session:
        request = session.get(Request, request_id)
        assert request is not None
        session.expunge(request)
        return request


def test_a_triage_mail_placed_on_a_request_moves_its_clock_and_is_alerted_in_its_thread(pipeline: Pipeline) -> None:
    sha = _stray(pipeline)
    before = _request(pipeline, "REQ-100")
    answer = Desk(pipeline).apply(parse("foiabot:place", value(sha, "REQ-100"), USER))
    after = _request(pipeline, "REQ-100")
    assert answer.startswith("Placed on REQ-100 as clarification")
    assert before.clock_stopped_on is None and after.clock_stopped_on == dt.date(2026, 3, 4)
    with pipeline.store.session() as session:
        message = session.scalar(select(Message))
        assert message is not None
        assert (message.request_id, message.status, message.signal) == ("REQ-100", "processed", "slack")
        alert = session.scalar(select(OutboxAlert).where(OutboxAlert.key.like("reply:%")))
        assert alert is not None and alert.request_id == "REQ-100"
        assert session.scalar(select(Event.detail).where(Event.kind == "placed")) == \
            f"a reply placed here by {USER} in Slack"


def test_a_placement_teaches_the_matcher_the_thread_and_the_number(pipeline: Pipeline) -> None:
    Desk(pipeline).apply(parse("foiabot:place", value(_stray(pipeline), "REQ-100"), USER))
    outcome = pipeline.process(FOLLOW_UP, "INBOX")
    assert (outcome.status, outcome.request, outcome.signal) == ("processed", "REQ-100", "thread")
    with pipeline.store.session() as session:
        numbers = session.execute(select(TrackingNumber.request_id, TrackingNumber.number)).all()
    assert ("REQ-100", "R004127-011426") in [tuple(row) for row in numbers]


def test_not_about_a_request_takes_the_mail_out_of_triage_and_touches_no_request(pipeline: Pipeline) -> None:
    sha = _stray(pipeline)
    before = _request(pipeline, "REQ-100")
    assert Desk(pipeline).apply(parse("foiabot:dismiss", sha, USER)) == "Marked as not about a request."
    with pipeline.store.session() as session:
        message = session.scalar(select(Message))
        assert message is not None and (message.status, message.request_id) == ("ignored", None)
        assert USER in message.reason
    assert _request(pipeline, "REQ-100").due == before.due


@pytest.mark.parametrize(("action", "carried", "user", "says"), [
    ("foiabot:explode", "a" * 64, USER, "does not know the action"),
    ("other-app:place", "a" * 64 + " REQ-100", USER, "does not know the action"),
    ("foiabot:place", "not-a-message REQ-100", USER, "not foiabot's"),
    ("foiabot:place", "a" * 64 + " REQ 100; DROP", USER, "not foiabot's"),
    ("foiabot:place", "a" * 64, USER, "No request was chosen"),
    ("foiabot:place", "a" * 64 + " REQ-100", "", "did not say who"),
])
def test_a_malformed_action_is_refused_with_a_reason(action: str, carried: str, user: str, says: str) -> None:
    with pytest.raises(Refused, match=says):
        parse(action, carried, user)


def test_a_placement_on_an_unknown_request_or_mail_is_refused_and_changes_nothing(pipeline: Pipeline) -> None:
    sha = _stray(pipeline)
    desk = Desk(pipeline)
    with pytest.raises(Refused, match="There is no request REQ-999"):
        desk.apply(Action("place", sha, USER, "REQ-999"))
    with pytest.raises(Refused, match="not in the register"):
        desk.apply(Action("place", "0" * 64, USER, "REQ-100"))
    with pipeline.store.session() as session:
        message = session.scalar(select(Message))
        assert message is not None and message.status == "triage"
    desk.apply(Action("place", sha, USER, "REQ-100"))
    with pytest.raises(Refused, match="already dealt with on REQ-100"):
        desk.apply(Action("place", sha, USER, "REQ-101"))


def _alerts(pipeline: Pipeline, prefix: str) -> list[OutboxAlert]:
    with pipeline.store.session() as session:
        rows = list(session.scalars(select(OutboxAlert).where(OutboxAlert.key.like(f"{prefix}%"))
                                    .order_by(OutboxAlert.id)))
        session.expunge_all()
        return rows


def test_wrong_request_moves_the_reply_its_number_and_its_effect_and_tells_both_threads(pipeline: Pipeline) -> None:
    sha = _stray(pipeline)
    desk = Desk(pipeline)
    desk.apply(parse("foiabot:place", value(sha, "REQ-100"), USER))
    answer = desk.apply(parse("foiabot:move", value(sha, "REQ-101"), USER))
    assert answer.startswith("Moved from REQ-100 to REQ-101")
    first, second = _request(pipeline, "REQ-100"), _request(pipeline, "REQ-101")
    assert first.clock_stopped_on is None and first.status == "open"  # the wrong placement's effect is undone
    assert second.clock_stopped_on == dt.date(2026, 3, 4)
    with pipeline.store.session() as session:
        assert session.scalar(select(TrackingNumber.request_id).where(
            TrackingNumber.number == "R004127-011426")) == "REQ-101"
        corrected = session.execute(select(Event.request_id, Event.detail).where(Event.kind == "corrected")).all()
    assert sorted(rid for rid, _ in corrected) == ["REQ-100", "REQ-101"]
    assert all(USER in detail for _, detail in corrected)
    assert sorted(a.request_id or "" for a in _alerts(pipeline, "correction:")) == ["REQ-100", "REQ-101"]
    outcome = pipeline.process(FOLLOW_UP, "INBOX")  # the thread now leads to the request it belongs to
    assert (outcome.request, outcome.signal) == ("REQ-101", "thread")


def test_wrong_kind_replays_the_clock_and_the_persons_kind_survives_a_later_replay(pipeline: Pipeline) -> None:
    sha = _stray(pipeline)
    desk = Desk(pipeline)
    before = _request(pipeline, "REQ-100")
    desk.apply(parse("foiabot:place", value(sha, "REQ-100"), USER))
    answer = desk.apply(parse("foiabot:kind", value(sha, "acknowledgment"), USER))
    assert answer.startswith("Read as acknowledgment; REQ-100 is due")
    after = _request(pipeline, "REQ-100")
    assert after.clock_stopped_on is None and after.due == before.due and after.last_kind == "acknowledgment"
    [note] = _alerts(pipeline, "correction:kind:")
    assert note.request_id == "REQ-100" and "clarification -> acknowledgment" in note.payload
    desk.apply(parse("foiabot:move", value(sha, "REQ-101"), USER))
    assert _request(pipeline, "REQ-101").clock_stopped_on is None  # still read as the person said


def test_a_correction_that_makes_no_sense_is_refused_and_changes_nothing(pipeline: Pipeline) -> None:
    sha = _stray(pipeline)
    desk = Desk(pipeline)
    with pytest.raises(Refused, match="not a reply placed on a request"):
        desk.apply(parse("foiabot:kind", value(sha, "denial"), USER))
    with pytest.raises(Refused, match="has no kind 'lawsuit'"):
        parse("foiabot:kind", value(sha, "lawsuit"), USER)
    desk.apply(parse("foiabot:place", value(sha, "REQ-100"), USER))
    with pytest.raises(Refused, match="already on REQ-100"):
        desk.apply(parse("foiabot:move", value(sha, "REQ-100"), USER))
    with pytest.raises(Refused, match="There is no request REQ-404"):
        desk.apply(parse("foiabot:move", value(sha, "REQ-404"), USER))
    with pytest.raises(Refused, match="already read as asks for clarification"):
        desk.apply(parse("foiabot:kind", value(sha, "clarification"), USER))
    assert _request(pipeline, "REQ-100").clock_stopped_on == dt.date(2026, 3, 4)
    assert _alerts(pipeline, "correction:") == []


# Later mail from the clerk's own address, about the body camera request by its words.
LATER = mail("""
From: Dana Ruiz <dana.ruiz@mail.example.net>
To: records@records.example.org
Subject: Body camera policy
Date: Mon, 09 Mar 2026 10:00:00 -0600
Message-ID: <later-1@mail.example.net>
""", "For your request: attached is the DPS body camera policy, with the 2025 revision. This completes our "
   "response.\n")


def test_a_placement_teaches_the_clerks_own_address_as_the_agencys(pipeline: Pipeline) -> None:
    sha = _stray(pipeline)
    before = pipeline.process(LATER.replace(b"later-1", b"later-0"), "INBOX")
    assert before.request is None  # from an address no agency lists, its words alone place nothing
    Desk(pipeline).apply(Action("place", sha, USER, "REQ-100"))
    after = pipeline.process(LATER, "INBOX")
    assert (after.request, after.signal) == ("REQ-101", "agency_subject")
    fresh = Pipeline(pipeline.store, pipeline.jurisdictions, pipeline.agencies, "America/Chicago")
    assert fresh.index.sender_owners("dana.ruiz@mail.example.net")[0].id == "txdps"  # kept in the register


def test_a_portals_address_is_not_taught_by_a_placement(pipeline: Pipeline) -> None:
    portal = STRAY.replace(b"dana.ruiz@mail.example.net", b"no-reply@portal.example.net")
    assert pipeline.process(portal, "INBOX").status == "triage"
    with pipeline.store.session() as session:
        sha = str(session.scalar(select(Message.raw_sha256)))
    Desk(pipeline).apply(Action("place", sha, USER, "REQ-100"))
    assert pipeline.index.sender_owners("no-reply@portal.example.net") == []


def test_a_placement_overrides_an_address_learned_from_a_signature(pipeline: Pipeline) -> None:
    """foiabot remembered the clerk's address from a letter she signed as another office; a person placing her
    mail on a Texas DPS request is the last word."""
    with pipeline.store.session() as session:
        register.learn_sender(session, "dana.ruiz@mail.example.net", "cpd", None)
    pipeline.reload()
    assert pipeline.index.sender_owners("dana.ruiz@mail.example.net")[0].id == "cpd"
    sha = _stray(pipeline)
    Desk(pipeline).apply(Action("place", sha, USER, "REQ-100"))
    assert pipeline.index.sender_owners("dana.ruiz@mail.example.net")[0].id == "txdps"
