"""Slack sink (I/O edge): the last stage of an alert's journey. Posts each alert as bot/slack_render.py draws it
(or prints it with the console sink for local runs), updates posts, and finds a post again by its metadata: an
alert that Slack may have posted before it failed is looked for before it is sent again. Checks the token and
the channels before the worker starts.

Never puts an email's text into a post but through slack_render, and never logs or reports the bot token:
every error it words passes through `_redact`.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Iterable, Iterator
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.interval_calculator import RetryIntervalCalculator
from slack_sdk.web import SlackResponse

from bot.console import PostResult
from bot.errors import FoiabotError
from bot.model import Alert
from bot.settings import SlackSettings
from bot.slack_api import (
    PERMANENT_HINTS,
    SlackDeliveryError,
    channel_problem,
    error_code,
    maybe_posted,
    retry_handlers,
)
from bot.slack_ids import CHANNEL_ID, USER_ID
from bot.slack_render import alert_id_of, controls, metadata, render, render_text, update_mark

log = logging.getLogger(__name__)

_CLOCK_SKEW = 600.0  # seconds: how far Slack's clock (message ts) may be from ours when looking for a post


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
            if not maybe_posted(err):
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
                code = error_code(err) if isinstance(err, SlackApiError) else None
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
        if not CHANNEL_ID.fullmatch(channel):
            self._channel_ids[channel.lstrip("#")] = channel_id
        log.info("posted alert %s to %s as %s", alert_id, channel, response["ts"])
        return PostResult(ts=str(response["ts"]), channel=channel_id)

    def update(self, alert: Alert, alert_id: int | str, channel: str, ts: str, update_id: int) -> str:
        """Replaces the post `ts` in `channel` by `alert` (chat.update); returns its ts, or "" when the post is
        gone (deleted in Slack: there is nothing left to update). Raises SlackDeliveryError."""
        text, blocks = render(alert, self.mention(alert.owner))
        blocks[-1].block_id = update_mark(update_id)
        try:
            self.client.chat_update(channel=self._channel_id(channel), ts=ts, text=text, blocks=blocks,
                                    metadata=metadata(alert, alert_id))
        except (SlackApiError, OSError) as err:
            if isinstance(err, SlackApiError) and error_code(err) == "message_not_found":
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
        mark = update_mark(update_id)
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
            if error_code(err) == "thread_not_found":
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
                if alert_id_of(message) == alert_id:
                    return str(message["ts"])
        return None

    def _channel_id(self, channel: str) -> str:
        """conversations.* take IDs only, where chat.postMessage also takes names."""
        if CHANNEL_ID.fullmatch(channel):
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
        problem = channel_problem(info)
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
        text, blocks, meta = render_text(heading, sections, alert_id)
        try:
            response = self.client.chat_postMessage(
                channel=channel, text=text, blocks=blocks,
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
        code = error_code(err) or f"HTTP {err.response.status_code}"
        if code in PERMANENT_HINTS and err.response.status_code == 200:
            hint = self._hint(code, channel, needed=str(err.response.get("needed") or "needed"))
            message = f"Slack refused {subject}: {code} ({hint})"
            return SlackDeliveryError(self._redact(message), code=code, permanent=True)
        message = f"Slack failed on {subject}: {code} (HTTP {err.response.status_code}); will retry"
        return SlackDeliveryError(self._redact(message), code=error_code(err), permanent=False)

    def _hint(self, code: str, channel: str, needed: str = "needed") -> str:
        key = "slack.triage_channel" if channel == self.settings.triage_channel else "slack.channel"
        return PERMANENT_HINTS[code].format(key=key, needed=needed)

    def _redact(self, message: str) -> str:
        return message.replace(self._token, "[token]") if self._token else message
