"""The daily deadline sweep, run through Worker.sweep on frozen days (time-machine) over real request rows in a
temporary SQLite register. Dates are counted on a calendar of late 2026: Thanksgiving is Thursday 26 November."""

from __future__ import annotations

import datetime as dt
import io
import textwrap
import zoneinfo
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import time_machine
from sqlalchemy import func, select

from bot import outbox, register, tracker
from bot.config import Config, RequestEntry, load_config
from bot.console import ConsoleSink
from bot.model import Classification, Facts, Kind
from bot.store import OutboxAlert, Request, Store, open_store
from bot.worker import Worker

NY = zoneinfo.ZoneInfo("America/New_York")
D = dt.date
AGENCIES = """\
agencies:
  - id: ice
    name: U.S. Immigration and Customs Enforcement
    jurisdiction: US
    emails: [ice-foia@ice.dhs.gov]
  - id: sdpd
    name: San Diego Police Department
    jurisdiction: US-CA
    emails: [sdpdpublicrecords@pd.sandiego.gov]
  - id: phx
    name: Phoenix Police Department
    jurisdiction: US-AZ
    emails: [pdrecords@phoenix.gov]
  - id: nypd
    name: New York City Police Department
    jurisdiction: US-NY
    emails: [foil@nypd.org]
  - id: wsp
    name: Washington State Patrol
    jurisdiction: US-WA
    emails: [records@wsp.wa.gov]
"""


def write_config(tmp_path: Path, alerts: str = "") -> Config:
    (tmp_path / "agencies.yaml").write_text(AGENCIES)
    settings = f"""\
        timezone: America/New_York
        database: sqlite:///{tmp_path / 'foiabot.db'}
        agencies: agencies.yaml
        slack: {{channel: "#foia", triage_channel: "#foia-triage", console: true}}
        alerts: {{{alerts}}}
        """
    path = tmp_path / "foiabot.yaml"
    path.write_text(textwrap.dedent(settings))
    return load_config(path)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return write_config(tmp_path)


@pytest.fixture
def store(config: Config) -> Iterator[Store]:
    store = open_store(config.database_url)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def worker(config: Config, store: Store) -> Iterator[Worker]:
    worker = Worker(config, store, ConsoleSink(io.StringIO()))
    try:
        yield worker
    finally:
        worker.close()


SENT = D(2026, 10, 1)


def add(store: Store, config: Config, request_id: str, agency: str = "ice", sent: dt.date = SENT,
        **fields: Any) -> Request:
    """A request registered as the team would (deadlines computed from `sent`), then `fields` set on it."""
    entry = RequestEntry(id=request_id, agency=agency, subject=f"Records about {request_id}", sent=sent)
    with store.session() as session:
        request = register.add_request(session, entry, config.agencies[agency], config.jurisdictions)
        for name, value in fields.items():
            setattr(request, name, value)
    return request


def sweep_on(worker: Worker, day: dt.date, hour: int = 9) -> list[str]:
    """Run the sweep at `hour` local time on `day`; the titles of the alerts it queued."""
    with worker.store.session() as session:
        last = session.scalar(select(func.max(OutboxAlert.id))) or 0
    with time_machine.travel(dt.datetime.combine(day, dt.time(hour), tzinfo=NY), tick=False):
        worker.sweep()
    with worker.store.session() as session:
        rows = session.scalars(select(OutboxAlert).where(OutboxAlert.id > last).order_by(OutboxAlert.id)).all()
        return [outbox.from_json(row.payload).title for row in rows]


def sweep_days(worker: Worker, first: dt.date, last: dt.date) -> dict[dt.date, list[str]]:
    """Each day's new alerts, for the days that had any."""
    found = {}
    day = first
    while day <= last:
        titles = sweep_on(worker, day)
        if titles:
            found[day] = titles
        day += dt.timedelta(days=1)
    return found


# -- before the due date -------------------------------------------------------------------------------------


def test_due_soon_alerts_come_three_and_one_business_days_before_then_on_the_day(
    worker: Worker, store: Store, config: Config
) -> None:
    add(store, config, "REQ-1", due=D(2026, 12, 2))  # a Wednesday

    assert sweep_days(worker, D(2026, 11, 23), D(2026, 12, 2)) == {
        D(2026, 11, 27): ["REQ-1 is due in 3 business days (2026-12-02)"],  # Fri: Mon 30, Tue 1, Wed 2
        D(2026, 12, 1): ["REQ-1 is due in 1 business day (2026-12-02)"],
        D(2026, 12, 2): ["REQ-1 is due today"],
    }


def test_due_date_after_thanksgiving_is_one_business_day_away_across_the_holiday(
    worker: Worker, store: Store, config: Config
) -> None:
    add(store, config, "REQ-1", due=D(2026, 11, 27))  # the Friday after Thanksgiving, a federal working day

    assert sweep_on(worker, D(2026, 11, 24)) == ["REQ-1 is due in 2 business days (2026-11-27)"]
    assert sweep_on(worker, D(2026, 11, 25)) == ["REQ-1 is due in 1 business day (2026-11-27)"]
    assert sweep_on(worker, D(2026, 11, 26)) == []  # the holiday: still one business day, already said


def test_monday_due_date_is_one_business_day_away_all_weekend(worker: Worker, store: Store, config: Config) -> None:
    add(store, config, "REQ-1", due=D(2026, 12, 7))

    assert sweep_on(worker, D(2026, 12, 4)) == ["REQ-1 is due in 1 business day (2026-12-07)"]
    assert sweep_on(worker, D(2026, 12, 5)) == []
    assert sweep_on(worker, D(2026, 12, 6)) == []
    assert sweep_on(worker, D(2026, 12, 7)) == ["REQ-1 is due today"]


def test_state_holiday_counts_for_a_state_law(worker: Worker, store: Store, config: Config) -> None:
    # California closes on the day after Thanksgiving; the federal government does not.
    add(store, config, "REQ-CA", agency="sdpd", due=D(2026, 11, 30))
    add(store, config, "REQ-US", agency="ice", due=D(2026, 11, 30))

    assert sorted(sweep_on(worker, D(2026, 11, 25))) == [
        "REQ-CA is due in 1 business day (2026-11-30)",
        "REQ-US is due in 2 business days (2026-11-30)",
    ]


# -- after the due date --------------------------------------------------------------------------------------


def test_overdue_is_said_on_the_first_late_day_then_again_after_five_business_days(
    worker: Worker, store: Store, config: Config
) -> None:
    add(store, config, "REQ-1", due=D(2026, 12, 2))

    assert sweep_days(worker, D(2026, 12, 3), D(2026, 12, 17)) == {
        D(2026, 12, 3): ["REQ-1 is overdue: it was due 2026-12-02 (1 business day ago)"],
        D(2026, 12, 10): ["REQ-1 is overdue: it was due 2026-12-02 (6 business days ago)"],
        D(2026, 12, 17): ["REQ-1 is overdue: it was due 2026-12-02 (11 business days ago)"],
    }


def test_overdue_reminder_interval_comes_from_the_settings(tmp_path: Path) -> None:
    config = write_config(tmp_path, alerts="overdue_every: 2")
    store = open_store(config.database_url)
    worker = Worker(config, store, ConsoleSink(io.StringIO()))
    try:
        add(store, config, "REQ-1", due=D(2026, 12, 2))
        assert list(sweep_days(worker, D(2026, 12, 3), D(2026, 12, 9))) == [
            D(2026, 12, 3), D(2026, 12, 7), D(2026, 12, 9)  # late by 1, 3 and 5 business days
        ]
    finally:
        worker.close()
        store.close()


def test_overdue_alert_is_broadcast_to_the_channel(worker: Worker, store: Store, config: Config) -> None:
    add(store, config, "REQ-1", due=D(2026, 12, 2))
    sweep_on(worker, D(2026, 12, 3))

    with store.session() as session:
        row = session.scalars(select(OutboxAlert)).one()
    assert row.channel == "#foia"
    assert outbox.from_json(row.payload).broadcast


def test_deadline_alert_goes_to_the_channel_of_the_requests_own_thread(
    worker: Worker, store: Store, config: Config
) -> None:
    add(store, config, "REQ-1", due=D(2026, 12, 2), slack_channel="#foia-ice")
    add(store, config, "REQ-2", due=D(2026, 12, 2))
    add(store, config, "REQ-3", due=D(2026, 12, 2), slack_channel="")
    sweep_on(worker, D(2026, 12, 3))

    with store.session() as session:
        channels = dict(session.execute(select(OutboxAlert.request_id, OutboxAlert.channel)).all())
    assert channels == {"REQ-1": "#foia-ice", "REQ-2": "#foia", "REQ-3": "#foia"}


# -- appeals and laws without a number ------------------------------------------------------------------------


def test_appeal_window_closing_is_said_at_fourteen_and_three_days(worker: Worker, store: Store, config: Config) -> None:
    add(store, config, "REQ-1", status="denied", due=D(2026, 10, 29), appeal_due=D(2026, 12, 18))

    assert sweep_days(worker, D(2026, 11, 30), D(2026, 12, 21)) == {
        D(2026, 12, 4): ["REQ-1: the appeal window closes in 14 days (2026-12-18)"],
        D(2026, 12, 15): ["REQ-1: the appeal window closes in 3 days (2026-12-18)"],
    }


def test_follow_up_is_due_where_the_law_sets_no_number_of_days(worker: Worker, store: Store, config: Config) -> None:
    request = add(store, config, "REQ-AZ", agency="phx", sent=D(2026, 11, 9))
    assert request.due is None and request.follow_up is not None

    day_before = request.follow_up - dt.timedelta(days=1)
    assert sweep_on(worker, day_before) == []
    assert sweep_on(worker, request.follow_up) == ["REQ-AZ: time to follow up (the law sets no deadline)"]
    assert sweep_on(worker, request.follow_up + dt.timedelta(days=1)) == []


# -- what never alerts ---------------------------------------------------------------------------------------


def test_second_sweep_on_the_same_day_queues_nothing_new(worker: Worker, store: Store, config: Config) -> None:
    add(store, config, "REQ-1", due=D(2026, 12, 2))
    add(store, config, "REQ-2", due=D(2026, 12, 1))

    assert len(sweep_on(worker, D(2026, 12, 2), hour=9)) == 2
    assert sweep_on(worker, D(2026, 12, 2), hour=9) == []
    assert sweep_on(worker, D(2026, 12, 2), hour=17) == []


def test_an_alert_already_sent_is_not_queued_again_by_later_sweeps(
    worker: Worker, store: Store, config: Config
) -> None:
    add(store, config, "REQ-1", due=D(2026, 12, 2))
    assert sweep_on(worker, D(2026, 12, 3)) == ["REQ-1 is overdue: it was due 2026-12-02 (1 business day ago)"]
    assert worker.deliver().sent == 1

    assert sweep_days(worker, D(2026, 12, 3), D(2026, 12, 9)) == {}  # the same reminder until 6 business days late
    with store.session() as session:
        assert session.scalars(select(OutboxAlert.status)).all() == ["sent"]


def test_stopped_clocks_and_closed_requests_have_no_due_alerts(worker: Worker, store: Store, config: Config) -> None:
    due = D(2026, 12, 2)
    add(store, config, "REQ-OPEN", due=due)
    add(store, config, "REQ-STOPPED", due=due, status="awaiting_requester", clock_stopped_on=D(2026, 11, 20),
        remaining_days=8)
    add(store, config, "REQ-CLOSED", due=due, status="closed", appeal_due=D(2026, 12, 5))
    add(store, config, "REQ-DONE", due=due, status="done")
    add(store, config, "REQ-NONE", due=due, status="no_records")

    assert sweep_on(worker, D(2026, 12, 1)) == ["REQ-OPEN is due in 1 business day (2026-12-02)"]
    assert sweep_on(worker, D(2026, 12, 2)) == ["REQ-OPEN is due today"]
    assert sweep_on(worker, D(2026, 12, 3)) == ["REQ-OPEN is overdue: it was due 2026-12-02 (1 business day ago)"]


# -- the chain of clocks: a met clock is never reminded --------------------------------------------------------


def reply(store: Store, config: Config, request_id: str, kind: Kind, on: dt.date, **facts: Any) -> None:
    """An agency reply of `kind` dated `on`, applied to the request as the pipeline applies it."""
    with store.session() as session:
        request = session.get(Request, request_id)
        assert request is not None
        jurisdiction = config.jurisdictions[request.jurisdiction]
        tracker.apply_reply(session, request, jurisdiction, Classification(kind, "test", Facts(**facts)), on, "")


def test_new_york_acknowledged_on_time_is_not_overdue_and_the_twenty_days_after_it_are_reminded(
    worker: Worker, store: Store, config: Config
) -> None:
    # Sent Tue 12-01: the acknowledgment is due Tue 12-08; acknowledged Thu 12-03, the determination is due
    # Mon 2027-01-04 (20 business days, Christmas and New Year's Day skipped).
    add(store, config, "REQ-NY", agency="nypd", sent=D(2026, 12, 1))
    reply(store, config, "REQ-NY", Kind.ACKNOWLEDGMENT, D(2026, 12, 3))
    reply(store, config, "REQ-NY", Kind.RECORDS_INTERIM, D(2026, 12, 21))  # not a determination

    assert sweep_days(worker, D(2026, 12, 4), D(2027, 1, 5)) == {
        D(2026, 12, 29): ["REQ-NY is due in 3 business days (2027-01-04)"],
        D(2026, 12, 31): ["REQ-NY is due in 1 business day (2027-01-04)"],
        D(2027, 1, 4): ["REQ-NY is due today"],
        D(2027, 1, 5): ["REQ-NY is overdue: it was due 2027-01-04 (1 business day ago)"],
    }
    with store.session() as session:
        request = session.get(Request, "REQ-NY")
        assert request is not None and (request.clock_index, request.acknowledged) == (1, D(2026, 12, 3))
        assert request.due_explanation.startswith("Acknowledged 2026-12-03 (on time: due 2026-12-08). Now due Mon")


def test_new_york_without_an_acknowledgment_is_overdue_on_the_first_clock(
    worker: Worker, store: Store, config: Config
) -> None:
    add(store, config, "REQ-NY", agency="nypd", sent=D(2026, 12, 1))
    assert sweep_on(worker, D(2026, 12, 9)) == ["REQ-NY is overdue: it was due 2026-12-08 (1 business day ago)"]


def test_a_determination_ends_the_second_clock_and_opens_the_appeal_window(
    worker: Worker, store: Store, config: Config
) -> None:
    add(store, config, "REQ-NY", agency="nypd", sent=D(2026, 12, 1))
    reply(store, config, "REQ-NY", Kind.ACKNOWLEDGMENT, D(2026, 12, 3))
    reply(store, config, "REQ-NY", Kind.DENIAL, D(2026, 12, 14))
    with store.session() as session:
        request = session.get(Request, "REQ-NY")
        assert request is not None and request.appeal_due is not None
        assert "(N.Y. Pub. Off. Law § 89(4)(a))" in request.appeal_explanation
    titles = [t for day in sweep_days(worker, D(2026, 12, 15), D(2027, 1, 6)).values() for t in day]
    assert not [t for t in titles if "due" in t]  # only the appeal window is spoken of


def test_a_written_date_certain_moves_new_yorks_due_date(worker: Worker, store: Store, config: Config) -> None:
    add(store, config, "REQ-NY", agency="nypd", sent=D(2026, 12, 1))
    reply(store, config, "REQ-NY", Kind.ACKNOWLEDGMENT, D(2026, 12, 3))
    reply(store, config, "REQ-NY", Kind.EXTENSION, D(2026, 12, 30), stated_due=D(2027, 2, 12))
    assert sweep_on(worker, D(2027, 1, 5)) == []
    # Mon 02-15 is Washington's Birthday: Tue 02-16 is the first business day late.
    assert sweep_on(worker, D(2027, 2, 15)) == []
    assert sweep_on(worker, D(2027, 2, 16)) == ["REQ-NY is overdue: it was due 2027-02-12 (1 business day ago)"]


def test_washington_acknowledgment_estimate_is_followed_up_on_never_called_overdue(
    worker: Worker, store: Store, config: Config
) -> None:
    add(store, config, "REQ-WA", agency="wsp", sent=D(2026, 11, 25))
    reply(store, config, "REQ-WA", Kind.ACKNOWLEDGMENT, D(2026, 12, 2), estimated=D(2027, 1, 15))
    assert sweep_days(worker, D(2026, 12, 3), D(2027, 1, 19)) == {
        D(2027, 1, 15): ["REQ-WA: time to follow up (the law sets no deadline)"],
    }


def test_a_register_written_before_the_chain_does_not_call_a_met_acknowledgment_overdue(
    worker: Worker, store: Store, config: Config
) -> None:
    # A New York request acknowledged before requests.clock_index existed: its due date is still the first clock's.
    add(store, config, "REQ-OLD", agency="nypd", sent=D(2026, 12, 1), status="acknowledged")
    add(store, config, "REQ-OPEN", agency="nypd", sent=D(2026, 12, 1))
    assert sweep_on(worker, D(2026, 12, 9)) == ["REQ-OPEN is overdue: it was due 2026-12-08 (1 business day ago)"]


# -- the agency's date for our answer -----------------------------------------------------------------------------


def test_the_agencys_date_for_our_answer_is_reminded_before_it_passes_and_on_the_day(
    worker: Worker, store: Store, config: Config
) -> None:
    add(store, config, "REQ-ANS", status="awaiting_requester", clock_stopped_on=D(2026, 11, 2),
        answer_by=D(2026, 12, 10))
    found = sweep_days(worker, D(2026, 12, 1), D(2026, 12, 14))
    assert found == {
        D(2026, 12, 7): ["REQ-ANS: the agency needs our answer in 3 business days (2026-12-10)"],
        D(2026, 12, 9): ["REQ-ANS: the agency needs our answer in 1 business day (2026-12-10)"],
        D(2026, 12, 10): ["REQ-ANS: the agency needs our answer today"],
    }


def test_no_reminder_of_our_answer_once_the_request_is_closed(worker: Worker, store: Store, config: Config) -> None:
    add(store, config, "REQ-SHUT", status="closed", answer_by=D(2026, 12, 10))
    assert sweep_days(worker, D(2026, 12, 1), D(2026, 12, 14)) == {}


def test_deadline_alerts_name_the_agency_and_the_status_in_words(worker: Worker, store: Store, config: Config) -> None:
    add(store, config, "REQ-W", status="awaiting_requester", answer_by=D(2026, 12, 10))
    sweep_on(worker, D(2026, 12, 10))
    with store.session() as session:
        row = session.scalars(select(OutboxAlert).where(OutboxAlert.key.like("answer_by:%"))).one()
        shown = dict(outbox.from_json(row.payload).fields)
    assert (shown["Agency"], shown["Status"]) == ("U.S. Immigration and Customs Enforcement", "waiting on us")
