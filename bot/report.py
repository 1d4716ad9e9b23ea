"""What the desk learns: the desk's state and each agency's record, computed from the register.

Pure: it takes the register as plain data (`RequestFacts`, read by bot/report_load.py) and the day to count
to, and returns figures; it never reads the clock, the database or the network. Every figure carries the
number of requests it rests on, and a rate or a percentile needs at least `MIN_BASE` requests: two answers
say nothing about an agency, and a figure that looks like a grade would mislead.

Days are business days of the request's jurisdiction (its holidays skipped), counted from the day the
request was sent to the day of the reply. The first response (any answer of substance: acknowledgment,
extension, fee letter, clarification, records, denial) and the final response (final records, no records,
denial) are kept apart, because one "responsiveness" number that is really time to completion misleads.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from bot.calendar import BusinessDayCounter
from bot.rules import Jurisdiction

MIN_BASE = 3
APPEAL_HORIZON_DAYS = 14
CLOSED_STATUSES = frozenset({"done", "no_records", "denied", "closed"})
FIRST_RESPONSE_KINDS = frozenset({"acknowledgment", "extension", "fee_estimate", "clarification",
                                  "records_interim", "records_final", "no_records", "denial"})
FINAL_KINDS = frozenset({"records_final", "no_records", "denial"})


@dataclass(frozen=True)
class ReplyFact:
    on: dt.date  # the reply's date in the team's time zone
    kind: str


@dataclass(frozen=True)
class RequestFacts:
    """One request as the register knows it now, with its agency replies in date order."""

    id: str
    agency_id: str
    jurisdiction: str
    subject: str
    sent: dt.date
    status: str
    due: dt.date | None
    appeal_due: dt.date | None = None
    clock_stopped_on: dt.date | None = None
    extended: bool = False
    replies: tuple[ReplyFact, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_STATUSES

    def first(self, kinds: frozenset[str]) -> ReplyFact | None:
        return next((r for r in sorted(self.replies, key=lambda r: r.on) if r.kind in kinds), None)

    def has(self, kind: str) -> bool:
        return any(r.kind == kind for r in self.replies)


@dataclass(frozen=True)
class Count:
    n: int
    of: int  # the requests it rests on


@dataclass(frozen=True)
class Rate:
    """A share; `value` is None when fewer than MIN_BASE requests decide it."""

    n: int
    of: int
    value: float | None


@dataclass(frozen=True)
class Days:
    """Business days: median and 90th percentile (nearest rank); None below MIN_BASE requests."""

    of: int
    median: float | None
    p90: int | None


@dataclass(frozen=True)
class Late:
    request_id: str
    agency_id: str
    subject: str
    day: dt.date  # the due date passed, the clock stopped, or the appeal window's last day
    business_days: int  # late by, waiting for, or left


@dataclass(frozen=True)
class Desk:
    open_by_status: dict[str, int]
    overdue: list[Late]
    waiting_on_us: list[Late]
    appeals_closing: list[Late]
    triage_waiting: int

    @property
    def open_total(self) -> int:
        return sum(self.open_by_status.values())


@dataclass(frozen=True)
class AgencyRecord:
    agency_id: str
    name: str
    filed: int
    first_response: Days
    final_response: Days
    on_time: Rate  # answered by the statutory due date (extension included), of those decided
    extensions: Count
    fee_letters: Count
    denials: Count
    no_records: Count
    open_now: int
    overdue_now: int


@dataclass(frozen=True)
class Report:
    today: dt.date
    since: dt.date | None
    until: dt.date | None
    desk: Desk
    agencies: list[AgencyRecord] = field(default_factory=list)

    def most_behind(self, limit: int = 5) -> list[AgencyRecord]:
        """Overdue now first, then the lowest on-time share (agencies without a rate last)."""
        def key(a: AgencyRecord) -> tuple[int, float, str]:
            share = a.on_time.value if a.on_time.value is not None else 2.0
            return (-a.overdue_now, share, a.agency_id)
        behind = [a for a in self.agencies if a.overdue_now or (a.on_time.value is not None and a.on_time.value < 1)]
        return sorted(behind, key=key)[:limit]


class _Days:
    """Business-day counts per jurisdiction, one running counter each."""

    def __init__(self, jurisdictions: Mapping[str, Jurisdiction]) -> None:
        self._jurisdictions = jurisdictions
        self._counters: dict[str, BusinessDayCounter] = {}

    def between(self, code: str, start: dt.date, end: dt.date) -> int:
        counter = self._counters.get(code)
        if counter is None:
            counter = self._counters[code] = BusinessDayCounter(self._jurisdictions[code])
        return counter.between(start, end)


def build(
    requests: Sequence[RequestFacts],
    jurisdictions: Mapping[str, Jurisdiction],
    today: dt.date,
    agency_names: Mapping[str, str] | None = None,
    triage_waiting: int = 0,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Report:
    """The desk as of `today`, and each agency's record over the requests sent between since and until."""
    days = _Days(jurisdictions)
    names = agency_names or {}
    chosen = [r for r in requests if (since is None or r.sent >= since) and (until is None or r.sent <= until)]
    by_agency: dict[str, list[RequestFacts]] = {}
    for r in chosen:
        by_agency.setdefault(r.agency_id, []).append(r)
    records = [_agency(agency_id, names.get(agency_id, agency_id), rows, days, today)
               for agency_id, rows in sorted(by_agency.items())]
    return Report(today, since, until, _desk(requests, days, today, triage_waiting), records)


def _desk(requests: Sequence[RequestFacts], days: _Days, today: dt.date, triage: int) -> Desk:
    open_ = [r for r in requests if r.is_open]
    by_status: dict[str, int] = {}
    for r in open_:
        by_status[r.status] = by_status.get(r.status, 0) + 1
    overdue = [Late(r.id, r.agency_id, r.subject, r.due, days.between(r.jurisdiction, r.due, today))
               for r in open_ if _overdue(r, today) and r.due is not None]
    waiting = [Late(r.id, r.agency_id, r.subject, r.clock_stopped_on,
                    days.between(r.jurisdiction, r.clock_stopped_on, today))
               for r in open_ if r.clock_stopped_on is not None]
    horizon = today + dt.timedelta(days=APPEAL_HORIZON_DAYS)
    closing = [Late(r.id, r.agency_id, r.subject, r.appeal_due, (r.appeal_due - today).days)
               for r in requests if r.appeal_due is not None and today <= r.appeal_due <= horizon]
    return Desk(dict(sorted(by_status.items())),
                sorted(overdue, key=lambda x: (-x.business_days, x.request_id)),
                sorted(waiting, key=lambda x: (x.day, x.request_id)),
                sorted(closing, key=lambda x: (x.day, x.request_id)), triage)


def _overdue(r: RequestFacts, today: dt.date) -> bool:
    return r.is_open and r.clock_stopped_on is None and r.due is not None and r.due < today


def _agency(agency_id: str, name: str, rows: list[RequestFacts], days: _Days, today: dt.date) -> AgencyRecord:
    filed = len(rows)
    return AgencyRecord(
        agency_id=agency_id,
        name=name,
        filed=filed,
        first_response=_days_to(rows, FIRST_RESPONSE_KINDS, days),
        final_response=_days_to(rows, FINAL_KINDS, days),
        on_time=_on_time(rows, today),
        extensions=Count(sum(r.extended or r.has("extension") for r in rows), filed),
        fee_letters=Count(sum(r.has("fee_estimate") for r in rows), filed),
        denials=Count(sum(r.has("denial") for r in rows), filed),
        no_records=Count(sum(r.has("no_records") for r in rows), filed),
        open_now=sum(r.is_open for r in rows),
        overdue_now=sum(_overdue(r, today) for r in rows),
    )


def _days_to(rows: Iterable[RequestFacts], kinds: frozenset[str], days: _Days) -> Days:
    counts = []
    for r in rows:
        reply = r.first(kinds)
        if reply is not None:
            counts.append(days.between(r.jurisdiction, r.sent, reply.on))
    return summarize(counts)


def summarize(values: Sequence[int]) -> Days:
    if len(values) < MIN_BASE:
        return Days(len(values), None, None)
    ordered = sorted(values)
    return Days(len(values), statistics.median(ordered), ordered[math.ceil(0.9 * len(ordered)) - 1])


def _on_time(rows: Iterable[RequestFacts], today: dt.date) -> Rate:
    """Of the requests whose outcome against the due date is known: a final answer (on time when it came by
    the due date in force), or an open request past its due date (late already). A request with no fixed
    due date, or still within it, decides nothing yet."""
    decided = on_time = 0
    for r in rows:
        if r.due is None:
            continue
        final = r.first(FINAL_KINDS)
        if final is not None:
            decided += 1
            on_time += final.on <= r.due
        elif _overdue(r, today):
            decided += 1
    return Rate(on_time, decided, on_time / decided if decided >= MIN_BASE else None)
