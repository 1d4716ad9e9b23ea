"""Applies a classified, matched reply to its request: status, deadlines (through calendar.py) and events.

Works on the ORM rows given to it inside the caller's transaction; it never commits, never talks to a
server, and never replaces the statutory due date with an agency's own estimate (that is kept beside it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot import calendar, clocks
from bot.model import Classification, Kind
from bot.rules import Jurisdiction
from bot.store import Event, Message, Request

# A final release that withholds or redacts something is an adverse determination: it opens the appeal window.
_WITHHOLDING = re.compile(
    r"(?i)\b(withh[eo]ld|redact|exempt(ion|ions)?\b|partially (granted|released|denied)|released in part|"
    r"denied in part|b\(\d\)|\(b\)\(\d\)|"
    # a person's "we are not releasing the earlier draft", "that one can't be released"
    r"\b(?:not|never|cannot|can't|won't) (?:be )?releas(?:e|ed|ing)\b|"
    # "This is a partial denial", "Hunter names, addresses and license numbers have been removed"
    r"\bpartial denial\b|\bdenial in part\b|\b(?:is|are|was|were) (?:hereby )?denied\b|"
    r"\b(?:names|addresses|numbers|identifiers|information|data|fields"
    r"|details)\b[^.]{0,80}?\b(?:have been|has been|were|was|are) (?:removed|blacked out|masked|omitted)\b)"
)
# A body the records law does not reach (a federal court, a governor's office by a court's ruling) has no appeal under
# it: "FOIA does not apply to the federal courts ... this office has no FOIA appeal process".
_OUTSIDE_THE_LAW = re.compile(
    # The law is the subject: "The fee schedule does not apply to the Office" keeps the window open.
    r"(?i)\b(?:foia|freedom of information act|(?:public|open) records (?:act|law)|public information act"
    r"|right[- ]to[- ]know law|records law) (?:does not|do not|doesn't) apply to (?:us\b|(?:the )?(?:[\w.'’-]+ ){0,4}?"
    r"(?:courts?|judiciary|judicial branch|legislature|legislative branch|governor|office|council|commission)\b)"
    r"|\b(?:is|are) not (?:subject to|covered by) (?:the )?(?:foia|freedom of information act"
    r"|public records (?:act|law)|open records (?:act|law)|public information act|records law)\b"
    r"|\bno (?:foia |administrative )?appeal (?:process|procedure|right)s?\b"
    r"|\bthere is no (?:administrative )?appeal\b")
# ... unless the body offers an appeal of its own all the same: "Although the Smithsonian is not subject to the FOIA,
# you may appeal this determination ... within 90 days".
_APPEAL_OFFERED = re.compile(r"(?i)\b(?:you|requesters?) (?:may|can|have the right to) (?:file an |submit an "
                             r"|make an )?appeal\b(?![^.]{0,40}\bnot\b)")
_STOPS_CLOCK = {Kind.CLARIFICATION, Kind.FEE_ESTIMATE}
_STATUS = {
    Kind.ACKNOWLEDGMENT: "acknowledged",
    Kind.EXTENSION: "extended",
    Kind.CLARIFICATION: "awaiting_requester",
    Kind.FEE_ESTIMATE: "awaiting_requester",
    Kind.RECORDS_INTERIM: "partial",
    Kind.RECORDS_FINAL: "done",
    Kind.NO_RECORDS: "no_records",
    Kind.DENIAL: "denied",
}
_TIME_ZONES = dt.timedelta(days=1)
CLOSED_STATUSES = frozenset({"done", "no_records", "denied", "closed"})


@dataclass(frozen=True)
class Change:
    """What a reply changed, for the alert: each date with its explanation."""

    due_changed: bool = False
    appeal_opened: bool = False
    clock_stopped: bool = False


def initial_deadlines(request: Request, jurisdiction: Jurisdiction) -> None:
    _set_due(request, calendar.response_due(jurisdiction, request.received), jurisdiction)


def _set_due(request: Request, deadline: calendar.Deadline, jurisdiction: Jurisdiction) -> None:
    request.due = deadline.due
    request.due_explanation = deadline.explain()
    request.follow_up = None
    if deadline.due is None:
        follow = deadline.follow_up or calendar.follow_up_due(jurisdiction, request.received)
        request.follow_up = follow.due


def apply_reply(
    session: Session,
    request: Request,
    jurisdiction: Jurisdiction,
    result: Classification,
    on: dt.date,
    text: str,
    message: Message | None = None,
) -> Change:
    """Move the request's clock for one agency reply dated `on` (the team's local date)."""
    kind = result.kind
    facts = result.facts
    change = Change()
    if facts.estimated:
        request.estimated = facts.estimated
    if kind == Kind.ACKNOWLEDGMENT and facts.received and facts.received != request.received \
            and facts.received >= request.sent - _TIME_ZONES:
        # A date before we sent the request is not its receipt but a date the request itself names ("minutes of
        # the meeting held on February 20").
        change = _restart_from_receipt(session, request, jurisdiction, facts.received, message)
    stated = facts.stated_due or facts.estimated
    if not request.clock_stopped_on and clocks.advances(jurisdiction, request.clock_index, kind):
        change = _advance(session, request, jurisdiction, on, stated, message)
        if kind in _STOPS_CLOCK:
            change = _stop_clock(session, request, jurisdiction, on, kind, message)
    elif kind == Kind.EXTENSION and _within_due(request, stated):
        pass  # the notice dates its answer within the law's time: nothing is extended
    elif kind == Kind.EXTENSION or (kind == Kind.ACKNOWLEDGMENT and stated and request.clock_index):
        change = _extend(session, request, jurisdiction, on, stated, message, notice=kind == Kind.EXTENSION)
    elif kind == Kind.ACKNOWLEDGMENT and facts.extension_taken and not _within_due(request, stated):
        change = _extend(session, request, jurisdiction, on, stated, message, notice=True)
    elif kind in _STOPS_CLOCK:
        change = _stop_clock(session, request, jurisdiction, on, kind, message)
    elif (kind in (Kind.NO_RECORDS, Kind.DENIAL) or (kind == Kind.RECORDS_FINAL and _WITHHOLDING.search(text))) \
            and (not _OUTSIDE_THE_LAW.search(text) or _APPEAL_OFFERED.search(text)):
        change = _open_appeal(session, request, jurisdiction, on, kind, message)
    if kind in _STATUS:
        request.status = _STATUS[kind]
    if facts.answer_by:
        request.answer_by = facts.answer_by
    elif kind in (Kind.RECORDS_FINAL, Kind.NO_RECORDS, Kind.DENIAL):
        request.answer_by = None  # a determination: nothing is waiting on our answer any more
    request.last_kind = kind.value
    return change


def _within_due(request: Request, stated: dt.date | None) -> bool:
    """A notice that says the work takes long but dates the answer within the law's time ("it will take more than
    ten working days ... expects to respond no later than October 23", within Maryland's 30 days): no extension is
    taken."""
    return stated is not None and request.due is not None and stated <= request.due


def _restart_from_receipt(
    session: Session, request: Request, j: Jurisdiction, received: dt.date, message: Message | None
) -> Change:
    request.received = received
    stopped = request.clock_stopped_on
    if stopped is not None and received >= stopped and not request.extended:
        # The request was perfected after the agency's question ("your completed request was received on
        # September 11"): the law's clock starts over from that day, not from the days that remained.
        request.clock_stopped_on = request.remaining_days = None
        request.status = "open"
    elif request.extended or stopped:
        return Change()  # the clock already moved on; a late acknowledgment does not rewind it
    _set_due(request, calendar.response_due(j, received), j)
    _event(session, request, "received", received, f"agency states receipt on {received}", message)
    return Change(due_changed=True)


def _advance(
    session: Session, request: Request, j: Jurisdiction, on: dt.date, stated: dt.date | None,
    message: Message | None,
) -> Change:
    """The running clock asked for an acknowledgment and got it: the next clock of the chain starts."""
    index = request.clock_index or 0
    met = calendar.Met(clocks.running(j, index).what, on, request.due)
    _set_due(request, clocks.following(j, clocks.running(j, index), met, stated), j)
    request.clock_index = index + 1
    request.acknowledged = on
    _event(session, request, "clock_met", on, request.due_explanation, message)
    return Change(due_changed=True)


def _extend(
    session: Session, request: Request, j: Jurisdiction, on: dt.date, stated: dt.date | None,
    message: Message | None, notice: bool = True,
) -> Change:
    """A written extension notice (`notice`), or a later letter stating a date, on the running clock."""
    if request.due is None and not request.clock_index:
        return Change()
    after = None
    if request.acknowledged is not None:
        first_due = calendar.response_due(j, request.received).due
        after = calendar.Met(clocks.running(j, 0).what, request.acknowledged, first_due)
    current = calendar.Deadline(due=request.due, rule="", citation="", start=request.due or on, days=None,
                                day_type="business", after=after)
    extended = clocks.extended(j, request.clock_index, current, stated, on, again=request.extended, law=notice)
    if extended is None:
        # The law allows one statutory extension (or none); later notices only update the estimate.
        if notice and not request.extended:
            _event(session, request, "extension", on, "the law sets no extension; due date unchanged", message)
        return Change()
    _set_due(request, extended, j)
    request.extended = True
    _event(session, request, "extension", on, request.due_explanation, message)
    return Change(due_changed=True)


def _stop_clock(
    session: Session, request: Request, j: Jurisdiction, on: dt.date, kind: Kind, message: Message | None
) -> Change:
    if request.clock_stopped_on or request.due is None:
        return Change()
    request.clock_stopped_on = on
    request.remaining_days = calendar.remaining_business_days(j, on, request.due)
    detail = f"{kind.value}: clock stopped on {on} with {request.remaining_days} business days left"
    _event(session, request, "clock_stopped", on, detail, message)
    return Change(clock_stopped=True)


def restart_clock(session: Session, request: Request, j: Jurisdiction, on: dt.date) -> bool:
    """Our reply to a clarification or fee notice: the clock runs again with the time that remained."""
    if request.answer_by is not None and on >= request.received:
        request.answer_by = None  # answered: the agency's date for our answer no longer needs reminding
    if request.clock_stopped_on is None:
        return False
    deadline = calendar.restart(j, on, request.remaining_days or 0, clocks.running(j, request.clock_index))
    request.due = deadline.due
    request.due_explanation = deadline.explain()
    request.clock_stopped_on = None
    request.remaining_days = None
    request.status = "open"
    _event(session, request, "clock_restarted", on, request.due_explanation, None)
    return True


def _open_appeal(
    session: Session, request: Request, j: Jurisdiction, on: dt.date, kind: Kind, message: Message | None
) -> Change:
    deadline = calendar.appeal_due(j, on)
    if deadline is None:
        _event(session, request, "adverse_determination", on, f"{kind.value}; the law sets no appeal window",
               message)
        return Change()
    request.appeal_due = deadline.due
    request.appeal_explanation = deadline.explain()
    _event(session, request, "appeal_window", on, request.appeal_explanation, message)
    return Change(appeal_opened=True)


def _event(
    session: Session, request: Request, kind: str, on: dt.date, detail: str, message: Message | None
) -> None:
    # The message row may not be flushed yet: the relationship fills in its key when the batch is written.
    session.add(Event(request_id=request.id, kind=kind, on=on, detail=detail, message=message))
