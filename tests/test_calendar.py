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

from bot import calendar
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
