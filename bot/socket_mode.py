"""Slack's Socket Mode: the clicks on foiabot's buttons reach the worker over a WebSocket that the worker opens,
so that no public URL is needed (I/O). Each envelope is acknowledged first (Slack allows 3 seconds), then turned
into an interact.Action and carried out; the person who clicked sees the outcome in the post, or a refusal
meant for them alone. New requests and closing are bot/socket_intake.py; who may change anything is
bot/editors.py. Nothing here ever logs or reports a token, and no payload can raise out of the listener.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View
from slack_sdk.socket_mode.builtin import SocketModeClient
from slack_sdk.socket_mode.client import BaseSocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot import ask
from bot.config import read_secret
from bot.console import SECTION_MAX, cut, escape
from bot.editors import REFUSAL, Editors
from bot.errors import ConfigError
from bot.interact import Action, Desk, Refused, action_id, parse
from bot.settings import SlackSettings
from bot.slack_ids import CHANNEL_ID, TS, USER_ID
from bot.socket_intake import CALLBACK, Intake

if TYPE_CHECKING:
    from bot.worker import Worker

log = logging.getLogger(__name__)

APP_TOKEN_PREFIX = "xapp-"
ASKS = {"choose": "place", "rehome": "move"}  # buttons that ask for a request first, and what the answer does
CHANGES = ("add", "close")  # the /foia words that change the register (bot/socket_intake.py)
VIEWS = {action_id(verb): verb for verb in ASKS.values()}  # callback_id of each modal
TEXT_MAX = 3000
_OPTIONS_MAX = 100  # Slack's limit for a static select
_PICK = "request"  # block_id and action_id of the modal's select
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


def app_token(settings: SlackSettings) -> str | None:
    """The app-level token when Socket Mode is on; ConfigError names the key when it is set but unusable."""
    if not settings.app_token_env:
        return None
    token = read_secret(settings.app_token_env, None, "slack app token (slack.app_token_env)")
    if not token.startswith(APP_TOKEN_PREFIX):
        raise ConfigError([f"slack.app_token_env: {settings.app_token_env} does not hold an app-level token "
                           f"(those start with {APP_TOKEN_PREFIX}; the bot token, xoxb-, goes in slack.token_env)"])
    return token


# Slack's answers to apps.connections.open that retrying cannot fix.
_WRONG_TOKEN = ("invalid_auth", "not_authed", "not_allowed_token_type", "token_revoked", "account_inactive")


def start_for(worker: Worker) -> SocketDesk | None:
    """The worker's Socket Mode desk, connected; None when slack.app_token_env is not set. A token Slack refuses
    stops the start (ConfigError naming the key); Slack out of reach does not: the desk keeps trying."""
    slack = worker.settings.slack
    if slack is None or slack.console:
        return None
    token = app_token(slack)
    if token is None:
        return None
    from bot.pipeline import Pipeline

    base = worker.pipeline
    own = Pipeline(base.store, base.jurisdictions, base.agencies, base.tz.key, base.routing,
                   base.request_pattern.pattern if base.request_pattern else None)
    bot_token = read_secret(slack.token_env if not slack.token_file else None, slack.token_file, "slack token")
    desk = SocketDesk(slack, bot_token, token, Desk(own), on_change=worker.pipeline.reload)
    try:
        return desk.start()
    except SlackApiError as err:
        code = str(err.response.get("error"))
        if code in _WRONG_TOKEN:
            raise ConfigError([f"slack.app_token_env: Slack refused the app-level token in {slack.app_token_env} "
                               f"({code}): create one with the connections:write scope"]) from None
        log.warning("Slack Socket Mode could not connect (%s); retrying in the background", code)
    except (SlackClientError, OSError) as err:
        log.warning("Slack Socket Mode could not connect (%s); retrying in the background", err.__class__.__name__)
    desk.retry_in_background(worker.stop)
    return desk


class SocketDesk:
    """Listens for Slack's envelopes and carries them out on the register."""

    def __init__(self, settings: SlackSettings, bot_token: str, app_token: str, desk: Desk,
                 on_change: Callable[[], None] = lambda: None) -> None:
        base_url = settings.base_url or WebClient.BASE_URL
        self.web = WebClient(token=bot_token, base_url=base_url)
        self.desk, self.on_change = desk, on_change
        # slack-sdk hands envelopes to a pool of threads: changes to the register go one at a time, so that two
        # people clicking on the same post meet a clear "already dealt with" rather than a database lock.
        self.one_at_a_time = threading.Lock()
        self.editors = Editors(self.web, settings.editors)
        self.intake = Intake(self)
        self._home_viewers: set[str] = set()
        self._channel_ids: dict[str, str] = {}
        self.client = SocketModeClient(app_token=app_token, web_client=WebClient(base_url=base_url),
                                       logger=logging.getLogger("slack_sdk.socket_mode"))
        self.client.socket_mode_request_listeners.append(self._on_request)

    def start(self) -> SocketDesk:
        self.client.connect()
        log.info("Slack Socket Mode connected: buttons on alerts are live")
        return self

    def stop(self) -> None:
        self.client.close()

    def retry_in_background(self, stop: threading.Event, every: float = 60.0) -> None:
        def again() -> None:
            while not stop.wait(every):
                try:
                    self.start()
                    return
                except (SlackClientError, OSError) as err:
                    log.warning("Slack Socket Mode still cannot connect (%s)", err.__class__.__name__)

        threading.Thread(target=again, name="socket-mode-connect", daemon=True).start()

    def _on_request(self, client: BaseSocketModeClient, request: SocketModeRequest) -> None:
        payload = request.payload if isinstance(request.payload, dict) else {}
        try:
            body = self._acknowledgement(request.type, payload)
        except Exception:  # the envelope is still acknowledged, so that Slack does not send it again
            log.exception("a Slack %s envelope could not be answered", request.type)
            body = None
        client.send_socket_mode_response(SocketModeResponse(envelope_id=request.envelope_id, payload=body))
        if body is not None and request.type == "interactive":
            return  # the form was refused: it shows what to fix, and nothing is done
        try:
            self.handle(request.type, payload)
        except Exception:  # a bad payload or Slack failing must not stop the listener; the log says which
            log.exception("a Slack %s envelope could not be handled", request.type)

    def _acknowledgement(self, kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """/foia is answered in the acknowledgement itself, within Slack's 3 seconds; a new request's form is
        checked there, so that a mistake is shown in the form."""
        if kind == "slash_commands":
            return self._command(payload)
        view = payload.get("view")
        if kind == "interactive" and payload.get("type") == "view_submission" and isinstance(view, dict) \
                and view.get("callback_id") == CALLBACK:
            return self.intake.acknowledgement(payload)
        return None

    def handle(self, kind: str, payload: dict[str, Any]) -> None:
        if kind == "events_api":
            event = payload.get("event") or {}
            if event.get("type") == "app_home_opened" and event.get("tab", "home") == "home":
                self._home(str(event.get("user") or ""))
            return
        if kind != "interactive":
            return
        if payload.get("type") == "block_actions":
            for action in payload.get("actions") or []:
                self._clicked(payload, action)
        elif payload.get("type") == "view_submission" and isinstance(payload.get("view"), dict):
            if payload["view"].get("callback_id") == CALLBACK:
                self.intake.submitted(payload)
            else:
                self._submitted(payload)

    # Clicks ----------------------------------------------------------------------------------------------

    def _clicked(self, payload: dict[str, Any], control: dict[str, Any]) -> None:
        where = _where(payload)
        user = str((payload.get("user") or {}).get("id") or "")
        carried = control.get("value") or (control.get("selected_option") or {}).get("value") or ""
        try:
            action = parse(str(control.get("action_id") or ""), str(carried), user)
            if not self.editors.allows(user):
                raise Refused(REFUSAL)
            if action.verb == "new":
                self.intake.open(str(payload.get("trigger_id") or ""), action.message, where)
                return
            if action.verb in ASKS:
                self._choose(action, str(payload.get("trigger_id") or ""), where)
                return
            self.done(action, self._apply(action), where)
        except Refused as refused:
            self.refuse(where, user, str(refused))

    def _apply(self, action: Action) -> str:
        with self.one_at_a_time:
            return self.desk.apply(action)

    def _choose(self, action: Action, trigger_id: str, where: tuple[str, str]) -> None:
        requests = self.desk.open_requests()
        if not requests:
            raise Refused("There is no open request to place it on.")
        options = [Option(value=rid, text=PlainTextObject(text=cut(f"{rid}: {subject}", 75), emoji=False))
                   for rid, subject in requests[:_OPTIONS_MAX]]
        pick = StaticSelectElement(action_id=_PICK, placeholder="Open requests", options=options)
        verb = ASKS[action.verb]
        title, submit = ("Place this mail", "Place") if verb == "place" else ("Move this reply", "Move")
        view = View(type="modal", callback_id=action_id(verb), title=title, submit=submit, close="Cancel",
                    private_metadata=json.dumps({"message": action.message, "channel": where[0], "ts": where[1]}),
                    blocks=[InputBlock(block_id=_PICK, label="The request it belongs to", element=pick)])
        self.web.views_open(trigger_id=trigger_id, view=view)

    def _submitted(self, payload: dict[str, Any]) -> None:
        view = payload.get("view") or {}
        callback = str(view.get("callback_id") or "")
        if callback not in VIEWS:
            return
        user = str((payload.get("user") or {}).get("id") or "")
        try:
            meta = json.loads(view.get("private_metadata") or "{}")
            chosen = ((view.get("state") or {}).get("values") or {}).get(_PICK, {}).get(_PICK, {})
            request = (chosen.get("selected_option") or {}).get("value") or ""
            where = (str(meta.get("channel") or ""), str(meta.get("ts") or ""))
            carried = f"{meta.get('message') or ''} {request}"
        except (ValueError, AttributeError):
            log.warning("a Slack form from %s was not foiabot's; ignored", user)
            return
        try:
            action = parse(callback, carried, user)
            if not self.editors.allows(user):
                raise Refused(REFUSAL)
            self.done(action, self._apply(action), where)
        except Refused as refused:
            self.refuse(where, user, str(refused))

    # /foia and the App Home -----------------------------------------------------------------------------

    def _command(self, payload: dict[str, Any]) -> dict[str, Any] | None:
        words = str(payload.get("text") or "").split()
        try:
            if words and words[0].lower() in CHANGES:
                changed = self.intake.command([words[0].lower(), *words[1:]], payload)
                return None if changed is None else _ephemeral(ask.Answer(changed), [])
            said = ask.answer(self.desk.pipeline.store, self.desk.pipeline.jurisdictions,
                              str(payload.get("text") or ""), self.today())
        except Exception:  # the person gets a sentence; the log keeps the cause
            log.exception("/foia %r could not be answered", str(payload.get("text") or "")[:80])
            return {"response_type": "ephemeral", "text": "foiabot could not answer that just now; try again."}
        thread = (self._channel_id(said.thread[0]), said.thread[1]) if said.thread else None
        link = _permalink(str(payload.get("team_domain") or ""), thread)
        return _ephemeral(said, [ContextBlock(elements=[MarkdownTextObject(text=f"<{link}|The request's thread>")])]
                          if link else [])

    def _channel_id(self, channel: str) -> str:
        """A thread's channel is kept as configured (often "#foia"); a link needs its id. Learnt once."""
        name = channel.lstrip("#")
        if CHANNEL_ID.fullmatch(channel) or name in self._channel_ids:
            return self._channel_ids.get(name, channel)
        try:
            for page in itertools.islice(self.web.conversations_list(types="public_channel,private_channel",
                                                                     limit=200), 5):
                self._channel_ids.update({c["name"]: c["id"] for c in page.get("channels") or []})
        except SlackApiError as err:
            log.warning("could not list the channels for a link: %s", err.response.get("error"))
        return self._channel_ids.get(name, channel)

    def _home(self, user: str) -> None:
        if not USER_ID.fullmatch(user):
            return
        self._home_viewers.add(user)
        blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text="The desk", emoji=False))]
        for heading, lines in ask.board(self.desk.pipeline.store, self.today()):
            text = cut(escape(f"{heading}\n" + "\n".join(lines)), SECTION_MAX)
            blocks.append(SectionBlock(text=PlainTextObject(text=text, emoji=False)))
        try:
            self.web.views_publish(user_id=user, view=View(type="home", blocks=blocks[:100]))
        except SlackApiError as err:
            log.warning("could not show the App Home to %s: %s", user, err.response.get("error"))

    def today(self) -> dt.date:
        return dt.datetime.now(self.desk.pipeline.tz).date()

    # Answers ---------------------------------------------------------------------------------------------

    def done(self, action: Action, outcome: str, where: tuple[str, str]) -> None:
        """The post loses its buttons and says who did what: the next person sees it was dealt with."""
        log.info("Slack user %s: %s: %s", action.user, action.verb, outcome)
        self.on_change()
        for viewer in sorted(self._home_viewers):  # the board is kept up to date for those who looked at it
            self._home(viewer)
        channel, ts = where
        if not channel or not ts:
            return
        said = MarkdownTextObject(text=f"<@{action.user}>: {outcome}", verbatim=True)
        try:
            old = self._blocks(channel, ts)
            kept = [b for b in old if b.get("type") != "actions"]
            self.web.chat_update(channel=channel, ts=ts, blocks=[*kept, ContextBlock(elements=[said]).to_dict()],
                                 text=outcome)
        except SlackApiError as err:
            log.warning("could not update the post %s in %s: %s", ts, channel, err.response.get("error"))

    def _blocks(self, channel: str, ts: str) -> list[dict[str, Any]]:
        found = self.web.conversations_history(channel=channel, latest=ts, inclusive=True, limit=1)
        messages: list[dict[str, Any]] = found.get("messages") or []
        return list(messages[0].get("blocks") or []) if messages else []

    def refuse(self, where: tuple[str, str], user: str, text: str) -> None:
        log.info("refused an action from Slack user %s: %s", user or "(unknown)", text)
        self.say(where[0], user, text)

    def say(self, channel: str, user: str, text: str) -> None:
        """A message only `user` sees, in `channel`."""
        if not channel or not user:
            return
        try:
            self.web.chat_postEphemeral(channel=channel, user=user, text=escape(text))
        except SlackApiError as err:
            log.warning("could not tell %s in %s: %s", user, channel, err.response.get("error"))


def _ephemeral(said: ask.Answer, more: list[Block]) -> dict[str, Any]:
    """An answer only the asker sees; its text is escaped, so that nobody's words can ping a channel."""
    text = PlainTextObject(text=cut(escape(said.text), SECTION_MAX), emoji=False)
    return {"response_type": "ephemeral", "text": escape(said.text)[:TEXT_MAX],
            "blocks": [b.to_dict() for b in [SectionBlock(text=text), *more]]}


def _permalink(team_domain: str, thread: tuple[str, str] | None) -> str | None:
    """Slack's permalink to a thread's first post: https://TEAM.slack.com/archives/CHANNEL/pTS (ts without its
    dot). Only for a channel id and a ts as Slack makes them, so that nothing else goes into the link."""
    if thread is None or not _DOMAIN.fullmatch(team_domain):
        return None
    channel, ts = thread
    if not CHANNEL_ID.fullmatch(channel) or not TS.fullmatch(ts):
        return None
    return f"https://{team_domain}.slack.com/archives/{channel}/p{ts.replace('.', '')}"


def _where(payload: dict[str, Any]) -> tuple[str, str]:
    """The channel and ts of the post that was clicked."""
    container = payload.get("container") or {}
    channel = container.get("channel_id") or (payload.get("channel") or {}).get("id") or ""
    ts = container.get("message_ts") or (payload.get("message") or {}).get("ts") or ""
    return str(channel), str(ts)
