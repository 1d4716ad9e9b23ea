"""How Slack calls fail, for the Slack sink (bot/slack.py): the retries slack-sdk makes by itself, and what each of
Slack's refusals means for the team: whether sending again can help, which alerts it holds (every alert for the
token, or one channel's), and the hint that says what to fix.

Never retries a call that may have posted or changed a message (chat.postMessage or chat.update answered 5xx, a
connection that broke after the request was sent): the outbox looks for the post first. Makes no calls itself.
"""

from __future__ import annotations

from typing import Any
from urllib.error import URLError
from urllib.parse import urlparse

from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler, default_interval_calculator
from slack_sdk.http_retry.interval_calculator import RetryIntervalCalculator
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse

from bot.errors import DeliveryError

# Slack error -> what the team can do about it. These are permanent: sending the same call again cannot help.
PERMANENT_HINTS = {
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


def channel_problem(info: dict[str, Any]) -> str | None:
    if info.get("is_archived"):
        return "is_archived"
    return None if info.get("is_member") else "not_in_channel"


def error_code(err: SlackApiError) -> str | None:
    data = err.response.data
    return str(data.get("error")) if isinstance(data, dict) and data.get("error") else None


def maybe_posted(err: SlackApiError | OSError) -> bool:
    """Whether chat.postMessage may have posted despite the error: Slack answered 5xx, or the connection
    broke after the request was sent (a URLError means it never was)."""
    if isinstance(err, SlackApiError):
        return err.response.status_code >= 500
    return not isinstance(err, URLError)
