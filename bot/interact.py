"""What a click in Slack does to the register: a triage message placed on a request or dismissed, a reply moved to
the request it belongs to, or its kind corrected (a new request from a mail is bot/intake.py). Knows nothing
of Slack: an action arrives as plain text (what the button carried) and leaves as one line for the person who
clicked, or a Refused with the reason; the Socket Mode edge (bot/socket_mode.py) does the talking.

A placement runs the stored mail through the pipeline again, told which request it belongs to, so that it is
handled exactly as a match would be: the clock moves, the reply alert goes into the request's thread, its
Message-ID joins the thread and a number it states becomes the request's. The stored message is replaced in
one transaction (bot/reprocess.py): when anything fails the original stays in triage, untouched.

A correction (wrong request, wrong kind) computes each request's clock again from its corrected history, every
reply replayed in order (bot/correct.py `rebuild`), records who corrected what on the request, and tells each
thread concerned. A kind set by a person is kept on the message (rule `slack`) and wins over the rules whenever
that history is replayed.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import select

from bot import labels, register, reprocess
from bot.errors import FoiabotError
from bot.match import MatchIndex
from bot.model import Kind, Match, Reply
from bot.parse.addresses import is_machine
from bot.pipeline import Pipeline
from bot.slack_ids import USER_ID
from bot.store import Event, LearnedSender, Message, Request

log = logging.getLogger(__name__)

SIGNAL = "slack"  # Message.signal of a placement made by a person
PREFIX = "foiabot:"  # action_id prefix of every control foiabot puts in Slack
# choose and rehome ask for the request first ("Another request…", "Wrong request…"), then place or move; new
# asks for a new request's agency, subject and date (bot/intake.py), adds it and places the mail on it.
VERBS = ("place", "dismiss", "choose", "move", "rehome", "kind", "new")
NEEDS_TARGET = ("place", "move", "kind")
PLACEABLE = ("triage", "set_aside")

_SHA = r"[0-9a-f]{64}"
_REQUEST_ID = r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}"
_VALUE = re.compile(rf"(?P<message>{_SHA})(?: (?P<target>{_REQUEST_ID}))?")


class Refused(FoiabotError):
    """An action that changes nothing, with the reason to show the person who asked."""


@dataclass(frozen=True)
class Action:
    verb: str  # one of VERBS
    message: str  # the stored mail's raw_sha256
    user: str  # the Slack user id of who clicked
    request: str | None = None  # the request to place it on, or move it to
    kind: Kind | None = None  # the kind it really is


def action_id(verb: str) -> str:
    return f"{PREFIX}{verb}"


def value(message_sha: str, target: str | None = None) -> str:
    """What a control carries: the stored mail and, for a placement or a correction, the request or kind."""
    return f"{message_sha} {target}" if target else message_sha


def parse(action: str, carried: str, user: str) -> Action:
    """The Action a control's action_id and value stand for; Refused when they are not one of ours."""
    # Buttons in one post need distinct action_ids: "foiabot:place:REQ-017". The value says what to do.
    verb = action.removeprefix(PREFIX).split(":")[0] if action.startswith(PREFIX) else ""
    if verb not in VERBS:
        raise Refused(f"foiabot does not know the action {action[:60]!r}; nothing was changed.")
    found = _VALUE.fullmatch(carried or "")
    if found is None:
        raise Refused("That button's data is not foiabot's; nothing was changed.")
    if not USER_ID.fullmatch(user or ""):
        raise Refused("Slack did not say who clicked; nothing was changed.")
    target = found["target"]
    if verb in NEEDS_TARGET and not target:
        raise Refused(f"No {'kind' if verb == 'kind' else 'request'} was chosen; nothing was changed.")
    if verb == "kind":
        if target not in set(Kind):
            raise Refused(f"foiabot has no kind {target!r}; nothing was changed.")
        return Action(verb, found["message"], user, kind=Kind(target))
    return Action(verb, found["message"], user, target)


def waiting(session: Any, sha: str) -> Message:
    """The stored mail, still waiting for a person to say where it belongs; Refused otherwise."""
    message = session.scalar(select(Message).where(Message.raw_sha256 == sha))
    if message is None:
        raise Refused("That mail is not in the register any more; nothing was changed.")
    if message.status not in PLACEABLE:
        where = f" on {message.request_id}" if message.request_id else f" ({message.status})"
        raise Refused(f"That mail was already dealt with{where}; nothing was changed.")
    return cast(Message, message)


class _Told:
    """The matching index, except for one mail, whose request a person named."""

    def __init__(self, index: MatchIndex, sha: str, match: Match) -> None:
        self._index, self._sha, self._match = index, sha, match

    def match(self, reply: Reply) -> Match:
        return self._match if reply.raw_sha256 == self._sha else self._index.match(reply)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._index, name)


class _Placing(Pipeline):
    """The pipeline, told where one mail belongs."""

    def __init__(self, base: Pipeline, sha: str, match: Match) -> None:
        super().__init__(base.store, base.jurisdictions, base.agencies, base.tz.key, base.routing,
                         base.request_pattern.pattern if base.request_pattern else None)
        self._sha, self._match = sha, match

    @property
    def index(self) -> MatchIndex:
        return cast(MatchIndex, _Told(super().index, self._sha, self._match))


class Desk:
    """Carries out actions on the register that `pipeline` writes to."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def apply(self, action: Action) -> str:
        if action.verb == "place":
            return self.place(action)
        if action.verb == "dismiss":
            return self.dismiss(action)
        from bot import corrections  # it names this module's Action and Refused

        if action.verb == "move":
            return self._changed(corrections.move(self.pipeline, action))
        if action.verb == "kind":
            return self._changed(corrections.set_kind(self.pipeline, action))
        raise Refused("Choose the request first; nothing was changed.")

    def _changed(self, said: str) -> str:
        self.pipeline.reload()  # the index learns where the reply's Message-ID and number now belong
        return said

    def open_requests(self) -> list[tuple[str, str]]:
        """(id, subject) of every open request, for "Another request…"."""
        with self.pipeline.store.session() as session:
            rows = session.execute(select(Request.id, Request.subject).where(Request.status != "closed")
                                   .order_by(Request.id)).all()
        return [(str(rid), str(subject)) for rid, subject in rows]

    def place(self, action: Action) -> str:
        assert action.request is not None
        with self.pipeline.store.session() as session:
            message_pk = waiting(session, action.message).id
            request = session.get(Request, action.request)
            if request is None:
                raise Refused(f"There is no request {action.request}; nothing was changed.")
            if request.status == "closed":
                raise Refused(f"{request.id} is closed; reopen it first. Nothing was changed.")
            match = Match(request.id, SIGNAL, request.agency_id, reason=f"placed by {action.user} in Slack")
        outcome = reprocess.again(_Placing(self.pipeline, action.message, match), message_pk)
        if outcome is None or outcome.status != "processed":
            reason = outcome.reason if outcome is not None else "it is gone"
            raise Refused(f"The mail could not be placed on {action.request} ({reason}); nothing was changed.")
        self._note(outcome.request or action.request, f"a reply placed here by {action.user} in Slack")
        self._learn_sender(action.message, action.user)
        self.pipeline.reload()
        log.info("%s placed %s on %s from Slack", action.user, outcome.message_id, outcome.request)
        due = f"; due {outcome.due.isoformat()}" if outcome.due else ""
        return f"Placed on {outcome.request} as {outcome.kind}{due}."

    def _learn_sender(self, sha: str, user: str) -> None:
        """A placement teaches the sender's address when no agency lists it and it is a person's, not a portal's
        or a shared system box: the next mail from it is that agency's."""
        with self.pipeline.store.session() as session:
            message = session.scalar(select(Message).where(Message.raw_sha256 == sha))
            request = session.get(Request, message.request_id) if message and message.request_id else None
            if message is None or request is None or is_machine(message.from_addr):
                return
            learned = session.get(LearnedSender, message.from_addr.strip().lower())
            if (learned is None or learned.user is not None) and self.pipeline.index.sender_owners(message.from_addr):
                return  # listed (or its domain is): the agencies file says whose it is
            if register.learn_sender(session, message.from_addr, request.agency_id, user):
                log.info("%s: mail from %s is now known as %s's", user, message.from_addr, request.agency_id)

    def dismiss(self, action: Action) -> str:
        with self.pipeline.store.session() as session:
            message = waiting(session, action.message)
            was_signal = message.signal
            message.status, message.reason = "ignored", f"not about a request: {action.user} in Slack"
            message.signal = None
            labels.record(session, message, "dismissed", action.user, was_signal=was_signal, was_kind=message.kind,
                          was_rule=message.rule)
        log.info("%s dismissed %s from Slack", action.user, action.message[:12])
        return "Marked as not about a request."

    def _note(self, request_id: str, detail: str) -> None:
        with self.pipeline.store.session() as session:
            today = dt.datetime.now(self.pipeline.tz).date()
            session.add(Event(request_id=request_id, kind="placed", on=today, detail=detail))
