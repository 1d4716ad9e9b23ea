"""The deadline engine against an independent computation (numpy's business-day functions over the same
holiday list), and against dates counted by hand on a calendar."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

import holidays
import numpy as np
import pytest
import time_machine
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import calendar, clocks
from bot.rules import Clock, Holidays, Jurisdiction

ROOT = Path(__file__).resolve().parents[1]
RAW = yaml.safe_load((ROOT / "config" / "jurisdictions.yaml").read_text(encoding="utf-8"))["jurisdictions"]
LAWS = {code: Jurisdiction(code=code, **fields) for code, fields in RAW.items()}
US = LAWS["US"]

NUMBERED = sorted(code for code, j in LAWS.items() if j.response.days is not None)
EXTENDABLE = sorted(code for code, j in LAWS.items() if j.extension is not None)
ACKNOWLEDGED = sorted(code for code, j in LAWS.items() if j.acknowledgment is not None)
APPEALABLE = sorted(code for code, j in LAWS.items() if j.appeal is not None)

# Dates far enough inside the reference holiday years that a year-long appeal window stays inside them too.
dates = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2030, 12, 31))
per_law = settings(max_examples=100, deadline=None)
D = dt.date


# -- the independent reference ------------------------------------------------------------------------------


@cache
def _holiday_array(code: str) -> np.ndarray:
    spec = LAWS[code].holidays
    found = set(holidays.country_holidays(spec.country, subdiv=spec.subdiv, years=range(2023, 2033)))
    found |= {D.fromisoformat(d) for d in spec.add}
    found -= {D.fromisoformat(d) for d in spec.remove}
    return np.array(sorted(found), dtype="datetime64[D]")


def _as_date(value: np.datetime64) -> dt.date:
    return D.fromisoformat(str(value))


def ref_business(code: str, start: dt.date, n: int) -> dt.date:
    # roll="backward" then +n: the n-th business day strictly after start, whatever day start is.
    return _as_date(np.busday_offset(start, n, roll="backward", holidays=_holiday_array(code)))


def ref_roll_forward(code: str, d: dt.date) -> dt.date:
    return _as_date(np.busday_offset(d, 0, roll="forward", holidays=_holiday_array(code)))


def ref_clock(code: str, clock: Clock, start: dt.date) -> dt.date:
    assert clock.days is not None
    if clock.type == "business":
        return ref_business(code, start, clock.days)
    return ref_roll_forward(code, start + dt.timedelta(days=clock.days))


def ref_remaining(code: str, stopped: dt.date, due: dt.date) -> int:
    counted = np.busday_count(stopped + dt.timedelta(days=1), due + dt.timedelta(days=1), holidays=_holiday_array(code))
    return max(0, int(counted))


# -- properties, for every jurisdiction whose law sets a number ------------------------------------------


@pytest.mark.parametrize("code", NUMBERED)
@per_law
@given(received=dates)
def test_response_due_matches_numpy_for_every_jurisdiction_with_a_number(code: str, received: dt.date) -> None:
    j = LAWS[code]
    deadline = calendar.response_due(j, received)
    assert deadline.due == ref_clock(code, j.response, received)
    assert calendar.is_business_day(j, deadline.due)


@pytest.mark.parametrize("code", EXTENDABLE)
@per_law
@given(received=dates)
def test_extension_adds_the_laws_extension_to_the_current_due_date(code: str, received: dt.date) -> None:
    j = LAWS[code]
    assert j.extension is not None
    first = calendar.response_due(j, received)
    extended = calendar.extend(j, first)
    assert first.due is not None and extended is not None
    assert extended.due == ref_clock(code, j.extension, first.due)
    assert extended.start == first.due


# The two clocks a law may or may not have, each with the function that computes its deadline.
OPTIONAL_CLOCKS = [
    *(pytest.param("acknowledgment", calendar.acknowledgment_due, code, id=f"acknowledgment-{code}")
      for code in ACKNOWLEDGED),
    # the appeal window lands on a business day: ref_clock rolls a calendar-day count forward
    *(pytest.param("appeal", calendar.appeal_due, code, id=f"appeal-{code}") for code in APPEALABLE),
]  # fmt: skip


@pytest.mark.parametrize(("clock", "due", "code"), OPTIONAL_CLOCKS)
@per_law
@given(start=dates)
def test_acknowledgment_deadline_and_appeal_window_match_numpy_and_land_on_a_business_day(
    clock: str, due: Callable[[Jurisdiction, dt.date], calendar.Deadline | None], code: str, start: dt.date
) -> None:
    j = LAWS[code]
    law_clock = getattr(j, clock)
    assert law_clock is not None
    deadline = due(j, start)
    assert deadline is not None
    assert deadline.due == ref_clock(code, law_clock, start)


@pytest.mark.parametrize("code", sorted(LAWS))
@per_law
@given(start=dates, days=st.integers(min_value=1, max_value=60))
def test_calendar_day_deadline_rolls_forward_to_the_next_business_day(code: str, start: dt.date, days: int) -> None:
    j = LAWS[code].model_copy(update={"response": Clock(days=days, type="calendar", what="determination")})
    deadline = calendar.response_due(j, start)
    landed = start + dt.timedelta(days=days)
    assert deadline.due == ref_roll_forward(code, landed)
    assert deadline.rolled_from == (None if deadline.due == landed else landed)


@pytest.mark.parametrize("code", NUMBERED)
@per_law
@given(received=dates, stop_after=st.integers(min_value=0, max_value=40), pause=st.integers(0, 60))
def test_tolled_clock_restarts_with_the_business_days_that_remained(
    code: str, received: dt.date, stop_after: int, pause: int
) -> None:
    j = LAWS[code]
    due = calendar.response_due(j, received).due
    assert due is not None
    stopped = received + dt.timedelta(days=stop_after)
    restarted = stopped + dt.timedelta(days=pause)
    remaining = calendar.remaining_business_days(j, stopped, due)
    assert remaining == ref_remaining(code, stopped, due)
    assert calendar.restart(j, restarted, remaining).due == ref_business(code, restarted, max(remaining, 1))


@settings(max_examples=200, deadline=None)
@given(code=st.sampled_from(sorted(LAWS)), day=dates, n=st.integers(min_value=0, max_value=80))
def test_business_days_skip_weekends_and_the_jurisdictions_holidays(code: str, day: dt.date, n: int) -> None:
    j = LAWS[code]
    assert calendar.is_business_day(j, day) == bool(np.is_busday(day, holidays=_holiday_array(code)))
    assert calendar.add_business_days(j, day, n) == (day if n == 0 else ref_business(code, day, n))


# -- hand-checked dates (counted on a 2026/2027 calendar) ---------------------------------------------------


def test_federal_request_received_the_day_before_thanksgiving_is_due_christmas_eve() -> None:
    # Thu 11-26 Thanksgiving is skipped: Fri 11-27 is day 1, ..., Thu 12-24 is day 20.
    deadline = calendar.response_due(US, D(2026, 11, 25))
    assert deadline.due == D(2026, 12, 24)
    assert [h.name for h in deadline.holidays_skipped] == ["Thanksgiving Day"]
    assert "skipped Thanksgiving Day (2026-11-26)" in deadline.explain()


def test_extension_moves_due_date_by_ten_business_days_over_christmas_and_new_year() -> None:
    # From Thu 2026-12-24: Christmas (Fri) and New Year's Day (Fri) skipped; Mon 2027-01-11 is day 10.
    extended = calendar.extend(US, calendar.response_due(US, D(2026, 11, 25)))
    assert extended is not None
    assert extended.due == D(2027, 1, 11)
    assert [(h.date, h.name) for h in extended.holidays_skipped] == [
        (D(2026, 12, 25), "Christmas Day"),
        (D(2027, 1, 1), "New Year's Day"),
    ]


def test_federal_count_skips_juneteenth_and_observed_independence_day() -> None:
    # Received Mon 2026-06-15: Fri 06-19 and Fri 07-03 (July 4th falls on a Saturday) are skipped.
    deadline = calendar.response_due(US, D(2026, 6, 15))
    assert deadline.due == D(2026, 7, 15)
    assert [h.date for h in deadline.holidays_skipped] == [D(2026, 6, 19), D(2026, 7, 3)]
    assert "Independence Day (observed) (2026-07-03)" in deadline.explain()


def test_explanation_reads_as_one_sentence_with_rule_citation_and_holidays() -> None:
    assert calendar.response_due(US, D(2026, 1, 5)).explain() == (
        "Due Tue 2026-02-03 (determination): 20 business days after receipt on 2026-01-05 "
        "(5 U.S.C. § 552(a)(6)); skipped Martin Luther King Jr. Day (2026-01-19)."
    )


@pytest.mark.parametrize("received", [D(2026, 1, 3), D(2026, 1, 4)], ids=["saturday", "sunday"])
def test_weekend_receipt_counts_monday_as_day_one(received: dt.date) -> None:
    assert calendar.add_business_days(US, received, 1) == D(2026, 1, 5)
    assert calendar.response_due(US, received).due == D(2026, 2, 2)


def test_new_york_counts_five_business_days_over_thanksgiving() -> None:
    # NY has no day-after-Thanksgiving holiday: Fri 11-27 is day 1, Thu 12-03 day 5.
    assert calendar.response_due(LAWS["US-NY"], D(2026, 11, 25)).due == D(2026, 12, 3)


def test_texas_skips_the_friday_after_thanksgiving_too() -> None:
    deadline = calendar.response_due(LAWS["US-TX"], D(2026, 11, 23))
    assert deadline.due == D(2026, 12, 9)
    assert [h.name for h in deadline.holidays_skipped] == ["Thanksgiving Day", "Friday After Thanksgiving"]


def test_texas_skips_christmas_eve_and_christmas() -> None:
    deadline = calendar.response_due(LAWS["US-TX"], D(2026, 12, 14))
    assert deadline.due == D(2026, 12, 30)
    assert [h.date for h in deadline.holidays_skipped] == [D(2026, 12, 24), D(2026, 12, 25)]


def test_texas_skips_juneteenth() -> None:
    deadline = calendar.response_due(LAWS["US-TX"], D(2026, 6, 15))
    assert deadline.due == D(2026, 6, 30)
    assert "Juneteenth" in deadline.explain()


def test_california_calendar_deadline_on_july_fourth_rolls_to_monday() -> None:
    # 10 days after Wed 06-24 is Sat 07-04; the observed holiday (Fri 07-03) is inside the period and counts.
    deadline = calendar.response_due(LAWS["US-CA"], D(2026, 6, 24))
    assert (deadline.due, deadline.rolled_from, deadline.holidays_skipped) == (
        D(2026, 7, 6),
        D(2026, 7, 4),
        (),
    )
    assert "day 10 fell on Sat 2026-07-04" in deadline.explain()


def test_california_calendar_deadline_on_christmas_rolls_past_the_weekend() -> None:
    deadline = calendar.response_due(LAWS["US-CA"], D(2026, 12, 15))
    assert deadline.due == D(2026, 12, 28)
    assert [h.name for h in deadline.holidays_skipped] == ["Christmas Day"]


def test_appeal_window_ending_on_new_years_day_moves_to_the_next_monday() -> None:
    # 90 days after Sat 2026-10-03 is Fri 2027-01-01.
    deadline = calendar.appeal_due(US, D(2026, 10, 3))
    assert deadline is not None
    assert (deadline.due, deadline.rolled_from) == (D(2027, 1, 4), D(2027, 1, 1))
    assert "New Year's Day (2027-01-01)" in deadline.explain()


def test_clarification_stops_the_clock_and_the_answer_restarts_it() -> None:
    # Due Thu 2026-12-24; stopped Mon 12-14 with Tue 12-15 .. Thu 12-24 left (8 business days);
    # restarted Mon 2027-01-04: Thu 01-14 is the 8th business day after.
    assert calendar.remaining_business_days(US, D(2026, 12, 14), D(2026, 12, 24)) == 8
    assert calendar.restart(US, D(2027, 1, 4), 8).due == D(2027, 1, 14)


def test_clock_stopped_after_the_due_date_restarts_on_the_next_business_day() -> None:
    assert calendar.remaining_business_days(US, D(2026, 12, 28), D(2026, 12, 24)) == 0
    restarted = calendar.restart(US, D(2026, 12, 31), 0)
    assert restarted.due == D(2027, 1, 4)
    assert "no business days remained" in restarted.explain()


def test_added_office_closure_is_skipped_and_removed_holiday_is_counted() -> None:
    closed = US.model_copy(update={"holidays": Holidays(country="US", add=["2026-11-27"])})
    deadline = calendar.response_due(closed, D(2026, 11, 25))
    assert deadline.due == D(2026, 12, 28)
    assert (D(2026, 11, 27), "office closure") in [(h.date, h.name) for h in deadline.holidays_skipped]
    open_on_thanksgiving = US.model_copy(update={"holidays": Holidays(country="US", remove=["2026-11-26"])})
    assert calendar.response_due(open_on_thanksgiving, D(2026, 11, 25)).due == D(2026, 12, 23)


# -- where the law sets no number, and the JSON summary ------------------------------------------------------


def test_law_without_a_number_has_no_due_date_and_a_follow_up_in_ten_business_days() -> None:
    # Arizona, received Fri 2026-11-20: Thanksgiving skipped, Mon 12-07 is the 10th business day.
    deadline = calendar.response_due(LAWS["US-AZ"], D(2026, 11, 20))
    assert deadline.due is None and deadline.follow_up is not None
    assert deadline.follow_up.due == D(2026, 12, 7)
    assert deadline.explain().startswith("No due date: the Arizona Public Records Law sets no number of days")
    assert "Follow up on Mon 2026-12-07" in deadline.explain()


def test_no_extension_or_appeal_where_the_law_has_none() -> None:
    georgia = LAWS["US-GA"]
    assert calendar.extend(georgia, calendar.response_due(georgia, D(2026, 3, 2))) is None
    assert calendar.appeal_due(LAWS["US-CA"], D(2026, 3, 2)) is None
    assert calendar.acknowledgment_due(US, D(2026, 3, 2)) is None


def test_due_summary_is_json_ready_with_extended_due_where_the_law_allows_one() -> None:
    summary = calendar.due_summary(US, D(2026, 11, 25))
    assert json.loads(json.dumps(summary)) == summary
    assert summary["due"] == "2026-12-24" and summary["extended_due"] == "2027-01-11"
    assert "follow_up" not in summary
    assert summary["citation"] == US.citation and summary["explanation"].startswith("Due Thu 2026-12-24")


def test_due_summary_gives_a_follow_up_where_the_law_sets_no_number() -> None:
    summary = calendar.due_summary(LAWS["US-AZ"], D(2026, 11, 20))
    assert (summary["due"], summary["follow_up"]) == (None, "2026-12-07")
    assert "extended_due" not in summary


def test_response_due_does_not_depend_on_today() -> None:
    seen = set()
    for now in ("2026-01-01 09:00 -05:00", "2031-07-04 23:30 -10:00"):
        with time_machine.travel(dt.datetime.fromisoformat(now), tick=False):
            seen.add(calendar.response_due(US, D(2026, 11, 25)))
    assert len(seen) == 1


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(LAWS)), st.lists(st.tuples(dates, dates), min_size=1, max_size=12))
def test_the_sweeps_running_count_agrees_with_counting_day_by_day(code: str, pairs: list[tuple[D, D]]) -> None:
    law = LAWS[code]
    counter = calendar.BusinessDayCounter(law)  # one counter, asked in any order, as the daily sweep asks it
    for start, end in pairs:
        assert counter.between(start, end) == calendar.remaining_business_days(law, start, end)


# -- the chain of clocks: what follows an acknowledgment ------------------------------------------------------

CHAINED = sorted(code for code, j in LAWS.items() if j.response.then is not None)
NUMBERED_NEXT = [code for code in CHAINED if LAWS[code].response.then.days is not None]  # type: ignore[union-attr]


def test_the_six_acknowledgment_laws_each_have_a_clock_after_the_acknowledgment() -> None:
    assert CHAINED == ["US-AL", "US-IN", "US-ME", "US-NY", "US-OR", "US-WA"]
    assert NUMBERED_NEXT == ["US-AL", "US-NY", "US-OR"]
    for code in CHAINED:
        first, second = LAWS[code].chain()
        assert first.what == "acknowledgment" and first.citation and second.citation


def chain(code: str, received: dt.date, **events: dt.date) -> list[clocks.Step]:
    return clocks.steps(LAWS[code], received, clocks.Events(**events))


def test_new_york_twenty_business_days_after_the_acknowledgment_skip_christmas_and_new_year() -> None:
    # Received Tue 12-01: Wed 2, Thu 3, Fri 4, Mon 7, Tue 8 -> the acknowledgment is due Tue 12-08. Acknowledged
    # Thu 12-03: Dec 4 .. 24 are days 1-15, Christmas skipped, Dec 28-31 days 16-19, New Year's Day skipped,
    # Mon 2027-01-04 day 20.
    first, second = chain("US-NY", D(2026, 12, 1), acknowledged=D(2026, 12, 3))
    assert (first.state, first.deadline.due if first.deadline else None) == ("met", D(2026, 12, 8))
    assert second.state == "running" and second.deadline is not None
    assert second.deadline.explain() == (
        "Acknowledged 2026-12-03 (on time: due 2026-12-08). Now due Mon 2027-01-04 (determination): 20 business "
        "days after the acknowledgment on 2026-12-03 (N.Y. Pub. Off. Law § 89(3)(a)); skipped Christmas Day "
        "(2026-12-25), New Year's Day (2027-01-01)."
    )


def test_new_york_date_certain_later_than_the_law_becomes_the_due_date_and_an_earlier_one_does_not() -> None:
    later = chain("US-NY", D(2026, 12, 1), acknowledged=D(2026, 12, 3), agency_date=D(2027, 2, 15))[1].deadline
    assert later is not None and (later.due, later.law_due) == (D(2027, 2, 15), D(2027, 1, 4))
    assert "the agency's own date, stated in writing on 2026-12-03; the law's date was Mon 2027-01-04" in (
        later.explain())
    earlier = chain("US-NY", D(2026, 12, 1), acknowledged=D(2026, 12, 3), agency_date=D(2026, 12, 20))[1].deadline
    assert earlier is not None and (earlier.due, earlier.law_due) == (D(2027, 1, 4), None)


def test_alabama_fifteen_business_days_after_the_acknowledgment_extend_again_and_again() -> None:
    # Received Mon 11-16: 10 calendar days land on Thanksgiving (Thu 11-26) and roll to Fri 11-27. Acknowledged
    # Mon 11-23: Nov 24, 25 (1-2), Thanksgiving skipped, Nov 27, 30 (3-4), Dec 1-4 (5-8), 7-11 (9-13), 14, 15.
    first, second = chain("US-AL", D(2026, 11, 16), acknowledged=D(2026, 11, 23))
    assert first.deadline is not None and (first.deadline.due, first.deadline.rolled_from) == (
        D(2026, 11, 27), D(2026, 11, 26))
    assert second.deadline is not None and second.deadline.due == D(2026, 12, 15)
    assert [h.name for h in second.deadline.holidays_skipped] == ["Thanksgiving Day"]
    # A written extension: 15 more business days from Tue 12-15, over Christmas and New Year's Day: Thu 01-07;
    # and again (no cap): Jan 8 .. 15 (1-6), Mon 01-18 skipped (King and Lee), Jan 19 .. 29 (7-15).
    once = clocks.extended(LAWS["US-AL"], 1, second.deadline, None, D(2026, 12, 10), again=False)
    assert once is not None and once.due == D(2027, 1, 7)
    twice = clocks.extended(LAWS["US-AL"], 1, once, None, D(2027, 1, 4), again=True)
    assert twice is not None and twice.due == D(2027, 1, 29)
    assert "Robert E. Lee" in twice.explain() and "(Ala. Code § 36-12-44(a))" in twice.explain()


def test_oregon_counts_ten_business_days_from_the_day_the_acknowledgment_was_due_not_from_it() -> None:
    # Received Mon 12-07: the acknowledgment is due Mon 12-14 (8, 9, 10, 11, 14). Acknowledged early, Wed 12-09;
    # still counted from 12-14: Dec 15-18 (1-4), 21-24 (5-8), Christmas skipped, Mon 28 (9), Tue 29 (10).
    first, second = chain("US-OR", D(2026, 12, 7), acknowledged=D(2026, 12, 9))
    assert first.deadline is not None and first.deadline.due == D(2026, 12, 14)
    assert second.deadline is not None and second.deadline.due == D(2026, 12, 29)
    assert "10 business days after the day the acknowledgment was due on 2026-12-14 (ORS 192.329)" in (
        second.deadline.explain())


def test_washington_acknowledgment_estimate_is_the_agencys_date_to_follow_up_never_the_laws() -> None:
    # Received Wed 11-25: Thanksgiving and Native American Heritage Day (Fri 11-27) skipped, Nov 30 .. Dec 4.
    first, second = chain("US-WA", D(2026, 11, 25), acknowledged=D(2026, 12, 2), agency_date=D(2027, 1, 15))
    assert first.deadline is not None and first.deadline.due == D(2026, 12, 4)
    assert [h.name for h in first.deadline.holidays_skipped] == ["Thanksgiving Day", "Native American Heritage Day"]
    following = second.deadline
    assert following is not None and following.due is None
    assert following.follow_up is not None and following.follow_up.due == D(2027, 1, 15)
    assert "No due date" in following.explain() and "the agency's own estimate" in following.explain()


def test_maine_late_acknowledgment_without_an_estimate_is_followed_up_after_ten_business_days() -> None:
    # Received Fri 12-18: Dec 21-24 (1-4), Christmas skipped, Mon 12-28 (5). Acknowledged late, Tue 12-29:
    # Dec 30, 31 (1-2), New Year's Day skipped, Jan 4-8 (3-7), 11, 12, 13 (8-10).
    first, second = chain("US-ME", D(2026, 12, 18), acknowledged=D(2026, 12, 29))
    assert first.deadline is not None and first.deadline.due == D(2026, 12, 28)
    following = second.deadline
    assert following is not None and following.due is None and following.follow_up is not None
    assert following.follow_up.due == D(2027, 1, 13)
    assert following.explain().startswith("Acknowledged 2026-12-29 (late: due 2026-12-28). No due date")


def test_indiana_seven_calendar_days_roll_past_christmas_then_the_agencys_date_is_followed() -> None:
    # Received Fri 12-18: day 7 is Christmas (Fri 12-25), then the weekend: Mon 12-28.
    first, second = chain("US-IN", D(2026, 12, 18), acknowledged=D(2026, 12, 21))
    assert first.deadline is not None and (first.deadline.due, first.deadline.rolled_from) == (
        D(2026, 12, 28), D(2026, 12, 25))
    # No estimate: Dec 22, 23 (1-2), Dec 24 and 25 skipped (Indiana closes both), Dec 28-31 (3-6), New Year's
    # Day skipped, Jan 4-7 (7-10).
    assert second.deadline is not None and second.deadline.follow_up is not None
    assert second.deadline.follow_up.due == D(2027, 1, 7)
    stated = chain("US-IN", D(2026, 12, 18), acknowledged=D(2026, 12, 21), agency_date=D(2027, 2, 1))[1]
    assert stated.deadline is not None and stated.deadline.follow_up is not None
    assert stated.deadline.follow_up.due == D(2027, 2, 1)


def test_before_the_acknowledgment_the_next_clock_waits_and_says_what_it_will_be() -> None:
    first, second = chain("US-NY", D(2026, 12, 1))
    assert first.state == "running" and second.state == "waiting" and second.deadline is None
    assert second.explain(LAWS["US-NY"]) == (
        "Starts when the clock before it is met: 20 business days (N.Y. Pub. Off. Law § 89(3)(a)); a later date "
        "the agency states in writing becomes the due date."
    )


def test_a_stopped_second_clock_restarts_with_the_business_days_that_remained() -> None:
    # NY acknowledged Thu 12-03, due Mon 2027-01-04. Stopped Mon 12-21: Dec 22, 23, 24, 28, 29, 30, 31 and
    # Jan 4 remained (8). Restarted Tue 2027-01-05: Jan 6, 7, 8, 11, 12, 13, 14, 15 -> Fri 2027-01-15.
    _, second = chain("US-NY", D(2026, 12, 1), acknowledged=D(2026, 12, 3), stopped=D(2026, 12, 21),
                      resumed=D(2027, 1, 5))
    assert second.deadline is not None and second.deadline.due == D(2027, 1, 15)
    assert second.deadline.explain().startswith("Acknowledged 2026-12-03 (on time: due 2026-12-08). Now due")


def test_appeal_explanations_cite_the_appeal_provision() -> None:
    deadline = calendar.appeal_due(LAWS["US-NY"], D(2026, 12, 1))
    assert deadline is not None and "(N.Y. Pub. Off. Law § 89(4)(a))" in deadline.explain()


@pytest.mark.parametrize("code", NUMBERED_NEXT)
@per_law
@given(received=dates, ack_after=st.integers(min_value=0, max_value=30), stated=st.none() | dates)
def test_the_clock_after_the_acknowledgment_matches_numpy(
    code: str, received: dt.date, ack_after: int, stated: dt.date | None
) -> None:
    j = LAWS[code]
    second = j.response.then
    assert second is not None
    acknowledged = received + dt.timedelta(days=ack_after)
    ack_due = ref_clock(code, j.response, received)
    start = acknowledged if second.start == "met" else ack_due
    law_due = ref_clock(code, second, start)
    events = clocks.Events(acknowledged=acknowledged, agency_date=stated)
    deadline = clocks.steps(j, received, events)[1].deadline
    assert deadline is not None
    later = second.agency_date == "later" and stated is not None and stated > law_due
    assert deadline.due == (stated if later else law_due)
    assert deadline.after == calendar.Met("acknowledgment", acknowledged, ack_due)


@pytest.mark.parametrize("code", sorted(set(CHAINED) - set(NUMBERED_NEXT)))
@per_law
@given(received=dates, ack_after=st.integers(min_value=0, max_value=30))
def test_where_no_number_follows_the_acknowledgment_the_follow_up_matches_numpy(
    code: str, received: dt.date, ack_after: int
) -> None:
    acknowledged = received + dt.timedelta(days=ack_after)
    deadline = chain(code, received, acknowledged=acknowledged)[1].deadline
    assert deadline is not None and deadline.due is None and deadline.follow_up is not None
    assert deadline.follow_up.due == ref_business(code, acknowledged, LAWS[code].follow_up.days or 0)
