"""Socket Mode, new requests and closing (I/O): the "New request from this mail" button on a triage post and
`/foia add` open one form (a modal: the agency from the configured ones, the subject, the date sent), filled in
from the mail when there is one. Its submission is checked before it is acknowledged, so that a mistake is
shown in the form itself (response_action "errors") and changes nothing. `/foia close REQ-017 reason` is
answered, to the asker alone, in the acknowledgement. The register's side is bot/intake.py; who may do any of
this is bot/editors.py. No payload can raise out of here: what is not foiabot's is refused or ignored.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from slack_sdk.models.blocks import (
    DatePickerElement,
    InputBlock,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot import intake
from bot.console import cut
from bot.editors import REFUSAL
from bot.interact import Action, Refused, action_id
from bot.rules import Agency
from bot.slack_ids import USER_ID

if TYPE_CHECKING:
    from bot.socket_mode import SocketDesk

log = logging.getLogger(__name__)

CALLBACK = action_id("new")  # the form's callback_id
AGENCY, SUBJECT, SENT = "agency", "subject", "sent"  # block_id and action_id of each field
CLOSE_USAGE = "Say which request and why: /foia close REQ-017 records received in full"
_OPTIONS_MAX = 100  # Slack's limit for a static select
_BUSY_SECONDS = 2.0  # an answer in the acknowledgement must leave within Slack's 3 seconds
_SHA = re.compile(r"[0-9a-f]{64}")
_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")


class Intake:
    def __init__(self, socket: SocketDesk) -> None:
        self.socket = socket

    # The form ------------------------------------------------------------------------------------------

    def open(self, trigger_id: str, sha: str | None, where: tuple[str, str]) -> None:
        """The form, for the mail `sha` (filled in from it) or for nothing (`/foia add`)."""
        pipeline = self.socket.desk.pipeline
        filled = intake.prefill(pipeline, sha) if sha else intake.Prefill(None, "", None)
        agencies = _agency_options(pipeline.agencies, filled.agency)
        if not agencies:
            raise Refused("foiabot knows no agency yet (agencies.yaml); add one first. Nothing was changed.")
        pick = StaticSelectElement(action_id=AGENCY, placeholder="Agencies", options=agencies,
                                   initial_option=next((o for o in agencies if o.value == filled.agency), None))
        subject = PlainTextInputElement(action_id=SUBJECT, initial_value=filled.subject[:intake.SUBJECT_MAX] or None,
                                        max_length=intake.SUBJECT_MAX)
        sent = DatePickerElement(action_id=SENT, initial_date=filled.sent.isoformat() if filled.sent else None)
        meta = {"message": sha or "", "channel": where[0], "ts": where[1]}
        view = View(type="modal", callback_id=CALLBACK, title="New request", submit="Add", close="Cancel",
                    private_metadata=json.dumps(meta), blocks=[
                        InputBlock(block_id=AGENCY, label="Agency", element=pick),
                        InputBlock(block_id=SUBJECT, label="Subject", element=subject),
                        InputBlock(block_id=SENT, label="Date sent", element=sent)])
        self.socket.web.views_open(trigger_id=trigger_id, view=view)

    def acknowledgement(self, payload: dict[str, Any]) -> dict[str, Any] | None:
        """What the form's submission is acknowledged with: the problems to show in it, or None (it closes and
        the request is added)."""
        user = _user(payload)
        if not USER_ID.fullmatch(user) or not self.socket.editors.allows(user):
            log.info("refused a new request from Slack user %s: not an editor", user or "(unknown)")
            return {"response_action": "errors", "errors": {AGENCY: REFUSAL}}
        try:
            self._form(payload)
        except intake.FormProblems as problems:
            log.info("a new request from Slack user %s was refused: %s", user or "(unknown)", problems)
            return {"response_action": "errors", "errors": problems.problems}
        return None

    def submitted(self, payload: dict[str, Any]) -> None:
        """After the acknowledgement: the request added, and the mail placed on it when there is one."""
        user = _user(payload)
        try:
            form = self._form(payload)
        except intake.FormProblems:
            return  # shown in the form already
        if not USER_ID.fullmatch(user) or not self.socket.editors.allows(user):
            return
        meta = _meta(payload)
        where = (str(meta.get("channel") or ""), str(meta.get("ts") or ""))
        sha = str(meta.get("message") or "")
        try:
            if sha:
                if not _SHA.fullmatch(sha):
                    raise Refused("That form is not foiabot's; nothing was changed.")
                with self.socket.one_at_a_time:
                    outcome = intake.add_from_mail(self.socket.desk, form, sha, user)
                self.socket.done(Action("place", sha, user), outcome, where)
                return
            with self.socket.one_at_a_time:
                outcome = intake.add(self.socket.desk.pipeline, form, user)
            self.socket.done(Action("new", "", user), outcome, ("", ""))
            self.socket.say(where[0], user, outcome)
        except Refused as refused:
            self.socket.refuse(where, user, str(refused))

    def _form(self, payload: dict[str, Any]) -> intake.Form:
        view = payload.get("view") if isinstance(payload.get("view"), dict) else {}
        state = (view or {}).get("state")
        values = state.get("values") if isinstance(state, dict) else None
        values = values if isinstance(values, dict) else {}
        agency = _field(values, AGENCY).get("selected_option")
        pipeline = self.socket.desk.pipeline
        return intake.check(pipeline.agencies, str((agency if isinstance(agency, dict) else {}).get("value") or ""),
                            str(_field(values, SUBJECT).get("value") or ""),
                            str(_field(values, SENT).get("selected_date") or ""), self.socket.today())

    # /foia add, /foia close ----------------------------------------------------------------------------

    def command(self, words: list[str], payload: dict[str, Any]) -> str | None:
        """The answer to `/foia add` (None: the form opened) or `/foia close ID reason`."""
        user = str(payload.get("user_id") or "")
        if not USER_ID.fullmatch(user):
            return "Slack did not say who asked; nothing was changed."
        if not self.socket.editors.allows(user):
            log.info("refused /foia %s from Slack user %s: not an editor", words[0], user or "(unknown)")
            return REFUSAL
        if words[0] == "add":
            if len(words) > 1:
                return "/foia add takes nothing more: it opens a form."
            try:
                self.open(str(payload.get("trigger_id") or ""), None, (str(payload.get("channel_id") or ""), ""))
            except Refused as refused:
                return str(refused)
            return None
        if len(words) < 3 or not _REQUEST_ID.fullmatch(words[1]):
            return CLOSE_USAGE
        if not self.socket.one_at_a_time.acquire(timeout=_BUSY_SECONDS):
            return "foiabot is busy with another change; try again in a moment. Nothing was changed."
        try:
            outcome = intake.close(self.socket.desk.pipeline, words[1].upper(), user, " ".join(words[2:]))
        except Refused as refused:
            log.info("refused /foia close from Slack user %s: %s", user, refused)
            return str(refused)
        finally:
            self.socket.one_at_a_time.release()
        self.socket.done(Action("close", "", user), outcome, ("", ""))
        return outcome


def _agency_options(agencies: Mapping[str, Agency], chosen: str | None) -> list[Option]:
    """The agencies by name; the sender's is among them even when there are more than Slack lists."""
    ordered = sorted(agencies.values(), key=lambda a: (a.name.lower(), a.id))
    shown = ordered[:_OPTIONS_MAX]
    if chosen and all(a.id != chosen for a in shown):
        shown = [*shown[:-1], agencies[chosen]]
    return [Option(value=a.id, text=PlainTextObject(text=cut(f"{a.name} ({a.id})", 75), emoji=False))
            for a in shown]


def _field(values: dict[str, Any], name: str) -> dict[str, Any]:
    block = values.get(name)
    field = block.get(name) if isinstance(block, dict) else None
    return field if isinstance(field, dict) else {}


def _meta(payload: dict[str, Any]) -> dict[str, Any]:
    view = payload.get("view") if isinstance(payload.get("view"), dict) else {}
    try:
        meta = json.loads(str((view or {}).get("private_metadata") or "{}"))
    except ValueError:
        return {}
    return meta if isinstance(meta, dict) else {}


def _user(payload: dict[str, Any]) -> str:
    user = payload.get("user")
    return str(user.get("id") or "") if isinstance(user, dict) else ""
