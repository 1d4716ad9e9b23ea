"""New requests and closing, asked for in Slack: the new-request form checked, the request added as `foiabot
requests add` adds one (bot/register.py, the next free REQ-nnn id), the mail it came from placed on it exactly as
a placement is (interact.Desk.place: deadlines computed, the reply alerted in the new request's thread), and a
request closed with its reason as `foiabot requests close` closes it, its thread told who closed it and why.

Knows nothing of Slack: the form's values arrive as plain strings and leave as a Form or as FormProblems keyed
by field; an action leaves as one line for the person who asked, or a Refused with the reason. A new request
whose mail cannot be placed is taken out again: either both happen or nothing does.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import outbox, register, updates
from bot.config import RequestEntry
from bot.errors import FoiabotError
from bot.interact import Action, Desk, Refused, waiting
from bot.model import Alert, AlertType
from bot.pipeline import Pipeline, next_request_id
from bot.rules import Agency
from bot.store import Event, Request, TrackingNumber, utcnow

log = logging.getLogger(__name__)

SUBJECT_MAX = 500
REASON_MAX = 500
_ID_TRIES = 3  # the Sent folder may register a request at the same moment and take the id first


@dataclass(frozen=True)
class Form:
    """A new request as the person filled it in."""

    agency: str
    subject: str
    sent: dt.date


@dataclass(frozen=True)
class Prefill:
    """What the form starts with, from the mail it is opened on."""

    agency: str | None  # the sender's agency, when one of the configured agencies owns its address
    subject: str
    sent: dt.date | None


class FormProblems(FoiabotError):
    """Values the form refuses, by field ("agency", "subject", "sent"), each with what to do."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = dict(problems)


def check(agencies: Mapping[str, Agency], agency: str, subject: str, sent: str, today: dt.date) -> Form:
    problems = {}
    if agency not in agencies:
        problems["agency"] = "Choose one of the agencies foiabot knows (agencies.yaml)."
    subject = " ".join(subject.split())
    if not subject:
        problems["subject"] = "Give the request a subject."
    elif len(subject) > SUBJECT_MAX:
        problems["subject"] = f"Keep the subject under {SUBJECT_MAX} characters."
    try:
        day = dt.date.fromisoformat(sent.strip())
    except ValueError:
        problems["sent"] = "Give the date the request was sent, as YYYY-MM-DD."
    else:
        if day > today:
            problems["sent"] = "The date sent cannot be after today."
    if problems:
        raise FormProblems(problems)
    return Form(agency, subject, day)


def prefill(pipeline: Pipeline, sha: str) -> Prefill:
    """The form for a mail waiting in triage: its sender's agency, subject and date. Refused when the mail was
    dealt with already."""
    with pipeline.store.session() as session:
        message = waiting(session, sha)
        owner = next((a.id for a in pipeline.agencies.values() if a.owns_address(message.from_addr or "")), None)
        when = message.date or message.arrived
        day = when.astimezone(pipeline.tz).date() if when else None
        return Prefill(owner, message.subject or "", day)


def add(pipeline: Pipeline, form: Form, user: str) -> str:
    """Adds the request; its thread is started with a note of who added it. Returns what to tell the person."""
    request_id = _add(pipeline, form, f"added by {user} in Slack")
    with pipeline.store.session() as session:
        request = session.get(Request, request_id)
        assert request is not None
        _tell(pipeline, session, request, f"{request.id} added by {user} in Slack", f"added by {user} in Slack")
        due = request.due.isoformat() if request.due else "no fixed date (follow up)"
    pipeline.reload()
    log.info("%s added %s (%s) from Slack", user, request_id, form.agency)
    return f"{request_id} added: {form.subject} ({form.agency}), due {due}."


def add_from_mail(desk: Desk, form: Form, sha: str, user: str) -> str:
    """Adds the request and places the mail on it; when the mail cannot be placed the request is taken out."""
    with desk.pipeline.store.session() as session:
        waiting(session, sha)
    request_id = _add(desk.pipeline, form, f"added by {user} in Slack from a mail in triage")
    try:
        placed = desk.place(Action("place", sha, user, request_id))
    except Exception:
        _remove(desk.pipeline, request_id)
        raise
    log.info("%s added %s (%s) from a mail in triage, from Slack", user, request_id, form.agency)
    return f"New request {request_id} ({form.agency}). {placed}"


def _add(pipeline: Pipeline, form: Form, detail: str) -> str:
    agency = pipeline.agencies[form.agency]
    for _ in range(_ID_TRIES):
        try:
            with pipeline.store.session() as session:
                request_id = next_request_id(session)
                entry = RequestEntry(id=request_id, agency=agency.id, subject=form.subject, sent=form.sent)
                request = register.add_request(session, entry, agency, pipeline.jurisdictions)
                session.add(Event(request_id=request.id, kind="added", on=_today(pipeline), detail=detail))
            return request_id
        except IntegrityError:
            log.info("a request id was taken while adding one from Slack; taking the next")
    raise Refused("The register kept changing while the request was added; try again. Nothing was changed.")


def _remove(pipeline: Pipeline, request_id: str) -> None:
    with pipeline.store.session() as session:
        for table in (Event, TrackingNumber):
            session.execute(delete(table).where(table.request_id == request_id))
        session.execute(delete(Request).where(Request.id == request_id))
    pipeline.reload()


def close(pipeline: Pipeline, request_id: str, user: str, reason: str) -> str:
    """Closes the request as `foiabot requests close` does, with the reason and who closed it on its history and
    in its thread. Refused when there is no such request or it is closed already."""
    reason = " ".join(reason.split())[:REASON_MAX]
    with pipeline.store.session() as session:
        request = session.get(Request, request_id)
        if request is None:
            raise Refused(f"There is no request {request_id}; nothing was changed.")
        if request.status == "closed":
            raise Refused(f"{request.id} is already closed; nothing was changed.")
        request.status, request.closed_at = "closed", utcnow()
        detail = f"closed by {user} in Slack: {reason}"
        session.add(Event(request_id=request.id, kind="closed", on=_today(pipeline), detail=detail))
        _tell(pipeline, session, request, f"{request.id} closed by {user}: {reason}", detail)
    pipeline.reload()  # its replies no longer match it
    log.info("%s closed %s from Slack", user, request_id)
    return f"{request_id} closed: {reason}"


def _tell(pipeline: Pipeline, session: Session, request: Request, title: str, detail: str) -> None:
    """In the request's thread (started now when it has none), and its first post brought up to date."""
    channel = request.slack_channel or pipeline.routing.channel
    alert = Alert(key=f"desk:{request.id}:{utcnow().isoformat()}", type=AlertType.CORRECTION,
                  request_id=request.id, title=title,
                  fields=(("What", detail), ("Status", request.status),
                          ("Due now", request.due.isoformat() if request.due else "none")),
                  explanation=request.due_explanation)
    outbox.enqueue(session, alert, channel)
    updates.queue(session, [(alert, channel)])


def _today(pipeline: Pipeline) -> dt.date:
    return dt.datetime.now(pipeline.tz).date()
