"""The chain of clocks: which of a jurisdiction's clocks is running, what meets it, and what follows.

New York's first clock asks only for an acknowledgment; once it comes, the 20 business days to grant or deny
run from it. This module says which reply meets which clock and computes the clock that follows (through
calendar.py). Pure: it never reads today's date and never touches the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Literal

from bot import calendar
from bot.calendar import Deadline, Met
from bot.model import Kind
from bot.rules import Clock, Jurisdiction

# A determination is records, no records or a denial: an acknowledgment or an interim release is not one.
DETERMINATIONS = frozenset({Kind.RECORDS_FINAL, Kind.NO_RECORDS, Kind.DENIAL})
# Every reply that shows the agency has the request answers a clock that asks only for an acknowledgment
# (Washington lists asking for clarification among the five-day answers).
ANSWERS = DETERMINATIONS | {Kind.ACKNOWLEDGMENT, Kind.EXTENSION, Kind.CLARIFICATION, Kind.FEE_ESTIMATE,
                            Kind.RECORDS_INTERIM}
SATISFIED_BY = {"acknowledgment": ANSWERS, "determination": DETERMINATIONS, "produce": DETERMINATIONS}
# Where an acknowledgment clock has nothing configured after it: the law sets no number, follow up.
_NOTHING_AFTER = Clock(days=None, what="produce", agency_date="follow_up")


def meets(clock: Clock, kind: Kind) -> bool:
    """Whether a reply of `kind` is the event `clock` asks for."""
    return kind in SATISFIED_BY.get(clock.what, DETERMINATIONS)


def running(j: Jurisdiction, index: int | None) -> Clock:
    """The clock at `index` of the chain (0: the response clock); past the end, what follows an acknowledgment
    where nothing is configured."""
    chain = j.chain()
    return chain[index or 0] if (index or 0) < len(chain) else chain[-1].then or _NOTHING_AFTER


def advances(j: Jurisdiction, index: int | None, kind: Kind) -> bool:
    """Whether a reply of `kind` meets the running clock and another clock starts (a determination ends the
    request instead)."""
    clock = running(j, index)
    return clock.what == "acknowledgment" and meets(clock, kind) and kind not in DETERMINATIONS


def following(j: Jurisdiction, met_clock: Clock, met: Met, agency: dt.date | None = None) -> Deadline:
    """The deadline of the clock after `met_clock`, met as `met` says; `agency` is a date the agency stated."""
    clock = met_clock.then or _NOTHING_AFTER
    if clock.days is None:
        return _agency_follow_up(j, clock, met, agency)
    start = met.on if clock.start == "met" or met.due is None else met.due
    since = f"the {met.what}" if clock.start == "met" else f"the day the {met.what} was due"
    counted = calendar.count_clock(j, clock, start, f"{calendar.period(clock)} after {since}", clock.what)
    return replace(later_date(j, clock, counted, agency, met.on) or counted, after=met)


def later_date(
    j: Jurisdiction, clock: Clock, current: Deadline, agency: dt.date | None, stated_on: dt.date
) -> Deadline | None:
    """The agency's own written date as the due date, where the clock lets a later written date replace the
    law's (a date certain); None where it does not apply."""
    if clock.agency_date != "later" or agency is None or current.due is None or agency <= current.due:
        return None
    law_due = current.law_due or current.due
    return replace(current, due=agency, rule=f"the agency's own date, stated in writing on {stated_on.isoformat()}",
                   law_due=law_due, holidays_skipped=(), rolled_from=None)


def _agency_follow_up(j: Jurisdiction, clock: Clock, met: Met, agency: dt.date | None) -> Deadline:
    if agency is not None and clock.agency_date != "beside":
        follow = Deadline(due=agency, rule="the agency's own estimate, stated", citation=j.cite(clock),
                          start=met.on, days=None, day_type=clock.type, what="follow up")
    else:
        follow = calendar.follow_up_due(j, met.on, f"the {met.what}")
    return Deadline(due=None, rule=f"the {j.law} sets no number of days for the next step", citation=j.cite(clock),
                    start=met.on, days=None, day_type=clock.type, what=clock.what, follow_up=follow, after=met)


def extended(
    j: Jurisdiction, index: int | None, current: Deadline, agency: dt.date | None, on: dt.date, again: bool,
    law: bool = True,
) -> Deadline | None:
    """The running clock after a letter dated `on` that states a date (`agency`) or, with `law`, invokes the
    law's extension: the agency's later date where the clock allows one, else the law's extension (once, or
    again where the law sets no cap). None: nothing moves."""
    clock = running(j, index)
    if not index:
        return None if again or not law else calendar.extend(j, current)
    if clock.days is None and agency is not None and clock.agency_date == "follow_up":
        met = current.after or Met("acknowledgment", current.start, None)
        return _agency_follow_up(j, clock, met, agency)
    if current.due is None:
        return None
    stated = later_date(j, clock, current, agency, on)
    if stated is not None:
        return stated
    if not law or (again and not clock.repeats):
        return None
    moved = calendar.extend_clock(j, clock, current.due)
    return replace(moved, after=current.after) if moved is not None else None


State = Literal["met", "running", "stopped", "waiting"]


@dataclass(frozen=True)
class Step:
    """One clock of the chain as `foiabot due` shows it."""

    number: int  # 1-based
    clock: Clock
    state: State
    deadline: Deadline | None  # None: the clock starts only when the one before it is met

    def explain(self, j: Jurisdiction) -> str:
        if self.deadline is not None:
            return self.deadline.explain()
        clock = self.clock
        period = "the law sets no number of days" if clock.days is None else calendar.period(clock)
        agency = {"later": "; a later date the agency states in writing becomes the due date",
                  "follow_up": "; the agency's estimate is the date to follow up on"}.get(clock.agency_date, "")
        return f"Starts when the clock before it is met: {period} ({j.cite(clock)}){agency}."


@dataclass(frozen=True)
class Events:
    """What happened to a request, as `foiabot due` takes it."""

    acknowledged: dt.date | None = None
    extended: dt.date | None = None
    stopped: dt.date | None = None
    resumed: dt.date | None = None
    agency_date: dt.date | None = None  # a date the agency stated (estimate, date certain)


def steps(j: Jurisdiction, received: dt.date, events: Events) -> list[Step]:
    """Every clock of the chain for a request received on `received`, after `events`."""
    chain = j.chain()
    done: list[Step] = []
    current = calendar.response_due(j, received)
    index = 0
    if events.acknowledged is not None and chain[0].what == "acknowledgment":
        done.append(Step(1, chain[0], "met", current))
        met = Met(chain[0].what, events.acknowledged, current.due)
        current = following(j, chain[0], met, events.agency_date)
        index = 1
    if events.extended is not None:
        current = extended(j, index, current, events.agency_date, events.extended, False) or current
    state: State = "running"
    if events.stopped is not None and current.due is not None:
        if events.resumed is None:
            state = "stopped"
        else:
            left = calendar.remaining_business_days(j, events.stopped, current.due)
            current = replace(calendar.restart(j, events.resumed, left, running(j, index)), after=current.after)
    done.append(Step(index + 1, running(j, index), state, current))
    for number, clock in enumerate(chain[index + 1:], start=index + 2):
        done.append(Step(number, clock, "waiting", None))
    return done
