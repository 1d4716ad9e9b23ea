"""Slack: the last stage of an alert's journey. Renders one alert as Block Kit and posts it with slack-sdk, or
prints it with the console sink for local runs (I/O).

Every piece of text in an alert comes from an email and is untrusted. It only ever goes into plain_text
objects, where Slack parses no mentions, links or formatting, with & < > escaped and invisible characters
removed: an email can never ping anyone, dress up a link, or format the message. Nothing here ever logs or
reports the bot token.
"""

from __future__ import annotations

import itertools
import logging
import re
import time
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.error import URLError
from urllib.parse import urlparse

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler, default_interval_calculator
from slack_sdk.http_retry.interval_calculator import RetryIntervalCalculator
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    Option,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.metadata import Metadata
from slack_sdk.web import SlackResponse

from bot.console import FIELD_MAX, SECTION_MAX, ConsoleSink, PostResult, clean, cut, escape, fields, one_line, title
from bot.errors import DeliveryError, FoiabotError
from bot.model import Alert, AlertType
from bot.settings import SlackSettings
from bot.words import kind_label

log = logging.getLogger(__name__)

EVENT_TYPE = "foiabot_alert"
# Slack's limits (https://docs.slack.dev/reference/block-kit/blocks), counted on the escaped text.
HEADER_MAX = 150
FIELDS_PER_SECTION = 10
CONTEXT_MAX = 2000
TEXT_MAX = 3000  # the notification fallback; Slack truncates `text` well past this, but nobody reads it
LABEL_MAX = 100

_CHANNEL_ID = re.compile(r"[CGD][A-Z0-9]{8,}")

# Slack error -> what the team can do about it. These are permanent: sending the same call again cannot help.
_PERMANENT_HINTS = {
    "channel_not_found": "invite the bot or fix {key}",
    "not_in_channel": "invite the bot to the channel",
    "is_archived": "unarchive the channel or fix {key}",
    "invalid_auth": "check the token in slack.token_env or slack.token_file",
    "not_authed": "no token was sent: set slack.token_env or slack.token_file",
    "account_inactive": "the bot was deactivated: reinstall the Slack app and update the token",
    "token_revoked": "the token was revoked: reinstall the Slack app and update the token",
    "missing_scope": "add the {needed} scope to the Slack app and reinstall it",
    "msg_too_long": "the alert is too long for Slack: please report this",
    "invalid_blocks": "Slack rejected the layout of the alert: please report this",
    "thread_not_found": "the request's thread is gone: start a new one",
}
# Slack errors the team can fix, and how much they stop: alerts refused for these are held, not failed, and go
# out once a re-check finds the problem gone.
HOLD_SCOPE = {
    "invalid_auth": "token", "not_authed": "token", "account_inactive": "token", "token_revoked": "token",
    "missing_scope": "token",
    "channel_not_found": "channel", "not_in_channel": "channel", "is_archived": "channel",
}  # fmt: skip
_CLOCK_SKEW = 600.0  # seconds: how far Slack's clock (message ts) may be from ours when looking for a post


def _plain(text: str, limit: int) -> PlainTextObject:
    # emoji=False: an email's ":shortcode:" stays text, as written.
    return PlainTextObject(text=cut(escape(text).strip(), limit), emoji=False)


# Rendering -------------------------------------------------------------------------------------------------


def render(alert: Alert, mention: str | None = None) -> tuple[str, list[Block]]:
    """The notification text and the Block Kit blocks for one alert, within Slack's limits. `mention` is the
    owner's Slack user id, resolved from the register (never from the alert's email text)."""
    blocks: list[Block] = [HeaderBlock(text=_plain(title(alert), HEADER_MAX))]
    blocks += _field_sections(fields(alert))
    if clean(alert.excerpt).strip():
        blocks.append(SectionBlock(text=_plain(alert.excerpt, SECTION_MAX)))
    blocks += _step(alert, mention)
    blocks.append(_context(alert))
    return _fallback(alert, mention), blocks


USER_ID = re.compile(r"[UW][A-Z0-9]{2,20}")
_SAFE_LINK = re.compile(r"https://mail\.google\.com/mail/u/0/#search/[A-Za-z0-9%._~-]+")


def _step(alert: Alert, mention: str | None) -> list[Block]:
    """The next step, the owner's mention and the way back to the email: the only mrkdwn in a post. Each part
    is ours: the step's text is escaped, the mention is a checked user id, the link a checked Gmail search."""
    parts = []
    if one_line(alert.next_step):
        parts.append(f"*Next step:* {escape(one_line(alert.next_step))}")
    if mention and USER_ID.fullmatch(mention):
        parts.append(f"<@{mention}>")
    if alert.link and _SAFE_LINK.fullmatch(alert.link):
        parts.append(f"<{alert.link}|Open the email in Gmail>")
    if not parts:
        return []
    return [SectionBlock(text=MarkdownTextObject(text=cut(" · ".join(parts), SECTION_MAX), verbatim=True))]


def _field_text(label: str, value: str) -> PlainTextObject:
    label = cut(escape(label), LABEL_MAX)
    value = cut(escape(value), FIELD_MAX - len(label) - 2)
    return PlainTextObject(text=f"{label}: {value}" if label else value, emoji=False)


def _field_sections(fields: list[tuple[str, str]]) -> list[Block]:
    texts = [_field_text(label, value) for label, value in fields]
    return [
        SectionBlock(fields=texts[start : start + FIELDS_PER_SECTION])
        for start in range(0, len(texts), FIELDS_PER_SECTION)
    ]


def _context(alert: Alert) -> ContextBlock:
    about = " · ".join(part for part in (alert.request_id, kind_label(alert.kind)) if part) or alert.type.value
    elements = [_plain(one_line(about), CONTEXT_MAX)]
    if clean(alert.explanation).strip():
        elements.append(_plain(alert.explanation, CONTEXT_MAX))
    return ContextBlock(elements=elements)


def _fallback(alert: Alert, mention: str | None = None) -> str:
    lines = [title(alert)]
    lines += [f"{label}: {value}" for label, value in fields(alert)]
    if clean(alert.excerpt).strip():
        lines.append(clean(alert.excerpt).strip())
    if one_line(alert.next_step):
        lines.append(f"Next step: {one_line(alert.next_step)}")
    text = cut(escape("\n".join(lines)), TEXT_MAX)
    # The mention goes in the notification too, so that the owner is notified; it is a checked user id.
    return f"<@{mention}> {text}" if mention and USER_ID.fullmatch(mention) else text


_CANDIDATE = "Candidate "  # how alerts.triage_alert labels its best guesses
BUTTONS_MAX = 6  # three candidates, another request, a new request, not about a request


def controls(alert: Alert) -> list[Block]:
    """The buttons of a triage post (each candidate request, another one, a new one, or none) and of a reply
    alert (wrong request, wrong kind); Socket Mode only. They carry the stored mail's hash, a request id or a kind,
    never text from the email."""
    if alert.type is AlertType.REPLY and alert.key.startswith("reply:"):
        return _reply_controls(alert.key.removeprefix("reply:"))
    if alert.type is not AlertType.TRIAGE or not alert.key.startswith("triage:"):
        return []
    from bot.interact import action_id, value

    sha = alert.key.removeprefix("triage:")
    candidates = [label.removeprefix(_CANDIDATE) for label, _ in alert.fields if label.startswith(_CANDIDATE)]
    buttons = [ButtonElement(text=_plain(f"It's {rid}", 75), action_id=action_id(f"place:{rid}"),
                             value=value(sha, rid)) for rid in candidates[:3]]
    buttons.append(ButtonElement(text=_plain("Another request…", 75), action_id=action_id("choose"), value=sha))
    buttons.append(ButtonElement(text=_plain("New request from this mail", 75), action_id=action_id("new"),
                                 value=sha))
    buttons.append(ButtonElement(text=_plain("Not about a request", 75), action_id=action_id("dismiss"),
                                 value=sha))
    return [ActionsBlock(block_id="foiabot-triage", elements=buttons[:BUTTONS_MAX])]


def _reply_controls(sha: str) -> list[Block]:
    from bot.alerts import KIND_LABELS
    from bot.interact import action_id, value

    kinds = [Option(value=value(sha, kind.value), text=_plain(label, 75)) for kind, label in KIND_LABELS.items()]
    return [ActionsBlock(block_id="foiabot-reply", elements=[
        ButtonElement(text=_plain("Wrong request…", 75), action_id=action_id("rehome"), value=sha),
        StaticSelectElement(action_id=action_id("kind"), placeholder=_plain("Wrong kind…", 75), options=kinds),
    ])]


def metadata(alert: Alert, alert_id: int | str) -> Metadata:
    """What finds the post again later: Slack keeps it with the message. None values are left out (Slack
    takes strings, numbers and booleans, not null)."""
    payload: dict[str, Any] = {
        "alert": alert.type.value,
        "request": alert.request_id,
        "message_id": alert.message_id,
        "kind": alert.kind,
        "alert_id": alert_id,
    }
    return Metadata(event_type=EVENT_TYPE, event_payload={k: v for k, v in payload.items() if v is not None})


def _update_mark(update_id: int) -> str:
    """The block id that says which update a post shows: Slack keeps a block's id as given, and the metadata
    stays the post's own (it is how the post is found again)."""
    return f"foiabot-update-{update_id}"


def _alert_id_of(message: dict[str, Any]) -> str | None:
    meta = message.get("metadata") or {}
    if meta.get("event_type") != EVENT_TYPE:
        return None
    value = (meta.get("event_payload") or {}).get("alert_id")
    return None if value is None else str(value)


# Delivery --------------------------------------------------------------------------------------------------


class SlackDeliveryError(DeliveryError):
    """A DeliveryError that keeps Slack's error code (e.g. "thread_not_found": the caller starts a new
    thread), or None when Slack could not be reached."""

    def __init__(self, message: str, *, code: str | None = None, permanent: bool | None = None) -> None:
        super().__init__(message, permanent=permanent)
        self.code = code
        self.hold = HOLD_SCOPE.get(code or "") if self.permanent else None


class _RetryUnlessPosting(ServerErrorRetryHandler):
    """ServerErrorRetryHandler for every method but chat.postMessage and chat.update. Slack may have posted or
    changed a message before it answered 5xx: a blind retry could do it twice, so the outbox looks first."""

    def _can_retry(
        self,
        *,
        state: Any,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if urlparse(request.url).path.endswith(("/chat.postMessage", "/chat.update")):
            return False
        return super()._can_retry(state=state, request=request, response=response, error=error)


# How many times in a row one call may be answered 429 before it is given up. A 429 means nothing was posted
# and Slack says how long to wait (Retry-After), so waiting as told is always safe; a burst of alerts can meet
# more 429s in a row than the few retries that suit errors which may be outages.
RATE_LIMIT_RETRIES = 10


def retry_handlers(max_retries: int, interval: RetryIntervalCalculator | None = None) -> list[RetryHandler]:
    """slack-sdk's retry handlers, limited to what cannot post an alert twice: connection failures only
    while connecting (URLError: the request never arrived), rate limits, and 5xx outside chat.postMessage."""
    interval = interval or default_interval_calculator
    return [
        ConnectionErrorRetryHandler(max_retries, interval, error_types=[URLError]),
        RateLimitErrorRetryHandler(max_retry_count=max(max_retries, RATE_LIMIT_RETRIES)),
        _RetryUnlessPosting(max_retries, interval),
    ]


class SlackSink:
    """Posts alerts with slack-sdk and finds them again by their metadata."""

    claim_size = 1  # see outbox.Sink
    page_size = 200
    max_pages = 5  # how far back find_post looks: the last 1000 posts at most

    def __init__(
        self,
        settings: SlackSettings,
        token: str,
        *,
        client: WebClient | None = None,
        max_retries: int = 2,
        retry_interval: RetryIntervalCalculator | None = None,
    ) -> None:
        self.settings = settings
        self._token = token
        self.client = client or WebClient(
            token=token,
            base_url=settings.base_url or WebClient.BASE_URL,
            retry_handlers=retry_handlers(max_retries, retry_interval),
        )
        self._channel_ids: dict[str, str] = {}  # channel name -> ID, learnt from posts and conversations.list
        self.buttons = bool(settings.app_token_env)  # only Socket Mode hears them
        self._users: dict[str, str | None] = {}  # owner's email -> Slack user id (None: Slack knows no such user)

    def post(self, alert: Alert, alert_id: int | str, channel: str, thread_ts: str | None = None) -> PostResult:
        """Posts one alert; raises SlackDeliveryError. Slack can fail after it posted: then the post is looked
        for before the alert is sent once more, so that it never shows twice."""
        started = time.time()
        try:
            return self._post(alert, alert_id, channel, thread_ts)
        except (SlackApiError, OSError) as err:
            if not _maybe_posted(err):
                raise self._error(err, f"the alert for {channel}", channel) from err
            log.warning("Slack failed on alert %s for %s; looking for it before sending again", alert_id, channel)
        oldest = f"{started - _CLOCK_SKEW:.6f}"
        ts = self.find_post(channel, alert_id, oldest, thread_ts)
        if ts is not None:
            return PostResult(ts=ts, channel=self._channel_id(channel))
        try:
            return self._post(alert, alert_id, channel, thread_ts)
        except (SlackApiError, OSError) as err:
            raise self._error(err, f"the alert for {channel}", channel) from err

    def mention(self, owner: str | None) -> str | None:
        """The owner's Slack user id: as written, or looked up once by email (users.lookupByEmail) and kept.
        An address Slack does not know is logged and mentions nobody; the alert goes out all the same."""
        if not owner:
            return None
        if USER_ID.fullmatch(owner):
            return owner
        if owner not in self._users:
            try:
                user = self.client.users_lookupByEmail(email=owner)["user"]
                self._users[owner] = str(user["id"])
            except (SlackApiError, OSError) as err:
                code = _code(err) if isinstance(err, SlackApiError) else None
                if code is None or err.response.status_code >= 500:  # type: ignore[union-attr]
                    return None  # Slack did not answer: asked again with the next alert
                log.warning("Slack could not find the owner %s (%s): nobody is mentioned", owner, code)
                self._users[owner] = None
        return self._users[owner]

    def _post(self, alert: Alert, alert_id: int | str, channel: str, thread_ts: str | None) -> PostResult:
        text, blocks = render(alert, self.mention(alert.owner))
        if self.buttons:
            blocks += controls(alert)
        response = self.client.chat_postMessage(
            channel=channel,
            text=text,
            blocks=blocks,
            metadata=metadata(alert, alert_id),
            thread_ts=thread_ts,
            reply_broadcast=True if thread_ts and alert.broadcast else None,
            unfurl_links=False,
            unfurl_media=False,
            mrkdwn=False,
            link_names=False,
        )
        channel_id = str(response["channel"])
        if not _CHANNEL_ID.fullmatch(channel):
            self._channel_ids[channel.lstrip("#")] = channel_id
        log.info("posted alert %s to %s as %s", alert_id, channel, response["ts"])
        return PostResult(ts=str(response["ts"]), channel=channel_id)

    def update(self, alert: Alert, alert_id: int | str, channel: str, ts: str, update_id: int) -> str:
        """Replaces the post `ts` in `channel` by `alert` (chat.update); returns its ts, or "" when the post is
        gone (deleted in Slack: there is nothing left to update). Raises SlackDeliveryError."""
        text, blocks = render(alert, self.mention(alert.owner))
        blocks[-1].block_id = _update_mark(update_id)
        try:
            self.client.chat_update(channel=self._channel_id(channel), ts=ts, text=text, blocks=blocks,
                                    metadata=metadata(alert, alert_id))
        except (SlackApiError, OSError) as err:
            if isinstance(err, SlackApiError) and _code(err) == "message_not_found":
                log.warning("the post %s in %s is gone; update %s has nothing to change", ts, channel, update_id)
                return ""
            raise self._error(err, f"the update of a post in {channel}", channel) from err
        log.info("updated post %s in %s (update %s)", ts, channel, update_id)
        return ts

    def find_update(self, channel: str, ts: str, update_id: int) -> bool:
        """Whether the post `ts` already shows update `update_id` (its last block's id says so). Raises
        SlackDeliveryError when Slack cannot tell."""
        try:
            page = self.client.conversations_history(channel=self._channel_id(channel), latest=ts, oldest=ts,
                                                     inclusive=True, limit=1, include_all_metadata=True)
            messages: list[dict[str, Any]] = page.get("messages") or []
            if not messages:  # a reply in a thread is not in the channel's history
                page = self.client.conversations_replies(channel=self._channel_id(channel), ts=ts, limit=1,
                                                         include_all_metadata=True)
                messages = [m for m in page.get("messages") or [] if m.get("ts") == ts]
        except (SlackApiError, OSError) as err:
            raise self._error(err, f"the history of {channel}", channel) from err
        mark = _update_mark(update_id)
        return any(block.get("block_id") == mark for m in messages for block in m.get("blocks") or [])

    def find_post(
        self, channel: str, alert_id: int | str, oldest_ts: str | None = None, thread_ts: str | None = None
    ) -> str | None:
        """The ts of the post of alert `alert_id` in `channel` (in thread `thread_ts`, then in the channel
        since `oldest_ts`), or None when Slack has none. Raises SlackDeliveryError when Slack cannot tell."""
        try:
            channel_id = self._channel_id(channel)
            found = self._find_in_thread(channel_id, str(alert_id), oldest_ts, thread_ts)
            if found is None:
                found = self._search(self._history(channel_id, oldest_ts), str(alert_id))
        except (SlackApiError, OSError) as err:
            raise self._error(err, f"the history of {channel}", channel) from err
        return found

    def _find_in_thread(
        self, channel_id: str, alert_id: str, oldest_ts: str | None, thread_ts: str | None
    ) -> str | None:
        if thread_ts is None:
            return None
        try:
            return self._search(self._replies(channel_id, thread_ts, oldest_ts), alert_id)
        except SlackApiError as err:
            if _code(err) == "thread_not_found":
                return None
            raise

    def _history(self, channel_id: str, oldest_ts: str | None) -> Iterable[SlackResponse]:
        return self.client.conversations_history(
            channel=channel_id, oldest=oldest_ts, include_all_metadata=True, limit=self.page_size
        )

    def _replies(self, channel_id: str, thread_ts: str, oldest_ts: str | None) -> Iterable[SlackResponse]:
        return self.client.conversations_replies(
            channel=channel_id, ts=thread_ts, oldest=oldest_ts, include_all_metadata=True, limit=self.page_size
        )

    def _search(self, pages: Iterable[SlackResponse], alert_id: str) -> str | None:
        for page in itertools.islice(pages, self.max_pages):
            messages: list[dict[str, Any]] = page.get("messages") or []
            for message in messages:
                if _alert_id_of(message) == alert_id:
                    return str(message["ts"])
        return None

    def _channel_id(self, channel: str) -> str:
        """conversations.* take IDs only, where chat.postMessage also takes names."""
        if _CHANNEL_ID.fullmatch(channel):
            return channel
        name = channel.lstrip("#")
        if name not in self._channel_ids:
            for page in self._channel_pages():
                channels: list[dict[str, Any]] = page.get("channels") or []
                self._channel_ids.update({c["name"]: c["id"] for c in channels})
        if name not in self._channel_ids:
            hint = self._hint("channel_not_found", channel)
            message = f"Slack has no channel {channel} that the bot can see ({hint})"
            raise SlackDeliveryError(message, code="channel_not_found", permanent=True)
        return self._channel_ids[name]

    def _channel_pages(self) -> Iterator[SlackResponse]:
        return iter(self.client.conversations_list(types="public_channel,private_channel", limit=self.page_size))

    def reload_token(self) -> None:
        """A token kept in a file is read again, so that a replaced token is used without a restart (one in the
        environment cannot change under a running process)."""
        if self.settings.token_file is None:
            return
        from bot.config import read_secret

        try:
            token = read_secret(None, self.settings.token_file, "slack token")
        except FoiabotError as err:
            log.warning("%s; keeping the token read before", err)
            return
        if token != self._token:
            log.info("the Slack token in %s changed; using the new one", self.settings.token_file)
            self._token = self.client.token = token

    def check(self, channel: str | None = None) -> str:
        """Checks the token and that the bot can post to `channel` (the token only, without one); returns one
        line saying who posts where. Raises SlackDeliveryError with what to fix."""
        try:
            auth = self.client.auth_test()
        except (SlackApiError, OSError) as err:
            raise self._error(err, "the bot token") from err
        if channel is None:
            return f"{auth.get('user')} on {auth.get('team')}"
        try:
            info = self.client.conversations_info(channel=self._channel_id(channel))["channel"]
        except (SlackApiError, OSError) as err:
            raise self._error(err, f"the channel {channel}", channel) from err
        problem = _channel_problem(info)
        if problem:
            raise SlackDeliveryError(
                f"Slack will refuse alerts for {channel}: {problem} ({self._hint(problem, channel)})",
                code=problem,
                permanent=True,
            )
        return f"{auth.get('user')} on {auth.get('team')} posts to {channel}"

    def post_text(self, channel: str, heading: str, sections: list[str], alert_id: str) -> PostResult:
        """Posts a message of our own making (the weekly digest): a header and plain-text sections, carrying
        `alert_id` in its metadata so that `find_post` finds it again. Raises SlackDeliveryError."""
        blocks: list[Block] = [HeaderBlock(text=_plain(heading, HEADER_MAX))]
        blocks += [SectionBlock(text=_plain(section, SECTION_MAX)) for section in sections if section.strip()]
        meta = Metadata(event_type=EVENT_TYPE, event_payload={"alert": "digest", "alert_id": alert_id})
        try:
            response = self.client.chat_postMessage(
                channel=channel, text=cut(escape("\n".join([heading, *sections])), TEXT_MAX), blocks=blocks,
                metadata=meta, unfurl_links=False, unfurl_media=False, mrkdwn=False, link_names=False)
        except (SlackApiError, OSError) as err:
            raise self._error(err, f"the message for {channel}", channel) from err
        return PostResult(ts=str(response["ts"]), channel=str(response["channel"]))

    def upload_file(self, channel: str, data: bytes, filename: str, title: str, alt_text: str) -> str:
        """Shares a file (the digest's chart) in `channel` with files_upload_v2; returns the file's id. Without
        the files:write scope Slack answers missing_scope: a permanent SlackDeliveryError with that code."""
        try:
            response = self.client.files_upload_v2(channel=self._channel_id(channel), file=data, filename=filename,
                                                   title=title, alt_txt=alt_text)
        except (SlackApiError, OSError) as err:
            raise self._error(err, f"the file for {channel}", channel) from err
        except SlackClientError as err:  # the upload host refused the bytes
            raise SlackDeliveryError(self._redact(f"Slack did not take the file for {channel} ({err}); "
                                                  "will retry"), permanent=False) from err
        return str(response["file"]["id"])

    def _error(self, err: SlackApiError | OSError, subject: str, channel: str = "") -> SlackDeliveryError:
        """A DeliveryError the team can act on, from what slack-sdk raised."""
        if not isinstance(err, SlackApiError):
            message = f"Slack could not be reached for {subject} ({getattr(err, 'reason', err)}); will retry"
            return SlackDeliveryError(self._redact(message), permanent=False)
        code = _code(err) or f"HTTP {err.response.status_code}"
        if code in _PERMANENT_HINTS and err.response.status_code == 200:
            hint = self._hint(code, channel, needed=str(err.response.get("needed") or "needed"))
            message = f"Slack refused {subject}: {code} ({hint})"
            return SlackDeliveryError(self._redact(message), code=code, permanent=True)
        message = f"Slack failed on {subject}: {code} (HTTP {err.response.status_code}); will retry"
        return SlackDeliveryError(self._redact(message), code=_code(err), permanent=False)

    def _hint(self, code: str, channel: str, needed: str = "needed") -> str:
        key = "slack.triage_channel" if channel == self.settings.triage_channel else "slack.channel"
        return _PERMANENT_HINTS[code].format(key=key, needed=needed)

    def _redact(self, message: str) -> str:
        return message.replace(self._token, "[token]") if self._token else message


def _channel_problem(info: dict[str, Any]) -> str | None:
    if info.get("is_archived"):
        return "is_archived"
    return None if info.get("is_member") else "not_in_channel"


def _code(err: SlackApiError) -> str | None:
    data = err.response.data
    return str(data.get("error")) if isinstance(data, dict) and data.get("error") else None


def _maybe_posted(err: SlackApiError | OSError) -> bool:
    """Whether chat.postMessage may have posted despite the error: Slack answered 5xx, or the connection
    broke after the request was sent (a URLError means it never was)."""
    if isinstance(err, SlackApiError):
        return err.response.status_code >= 500
    return not isinstance(err, URLError)


__all__ = ["ConsoleSink", "PostResult", "SlackSink", "clean", "cut", "escape", "metadata", "render"]
