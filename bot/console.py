"""Console output of alerts, and the text hygiene shared with the Slack renderer: what a reader sees of
email-derived text, with control characters, terminal escapes and invisible characters removed.

Imports nothing from slack_sdk, so a console-only run starts without it. Never writes anywhere but the stream
it was given (stdout by default)."""

from __future__ import annotations

import itertools
import re
import sys
import time
from dataclasses import dataclass
from typing import TextIO

from bot.model import Alert

ELLIPSIS = "…"
SECTION_MAX = 3000
FIELD_MAX = 2000
MAX_FIELDS = 40  # four sections: a longer list of facts would bury the message

# Zero-width, invisible and bidirectional-override characters hide or reorder text that a reader trusts.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Terminal escape sequences (CSI, OSC, two-character escapes) before the lone control characters they hold.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # keeps tab and newline
_PARTIAL_ENTITY = re.compile(r"&[a-z]*$")


def clean(text: str) -> str:
    """`text` without control characters, terminal escape sequences, and invisible or direction-changing
    characters: what remains is what a reader sees."""
    text = _ANSI.sub("", text.replace("\r\n", "\n"))
    return _CONTROL.sub("", _INVISIBLE.sub("", text))


def escape(text: str) -> str:
    """Email text made inert for Slack: `<!channel>`, `<@U123>` or `<https://x|Click>` show as typed."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cut(text: str, limit: int) -> str:
    """`text` shortened to at most `limit` characters at a word boundary, ending with "…". Never splits an
    entity such as `&amp;` made by `escape`."""
    if len(text) <= limit:
        return text
    head = _PARTIAL_ENTITY.sub("", text[: limit - len(ELLIPSIS)])
    boundary = max(head.rfind(" "), head.rfind("\n"))
    if boundary > limit // 2:  # a word boundary, unless that throws away most of the text
        head = head[:boundary]
    return head.rstrip() + ELLIPSIS


def one_line(text: str) -> str:
    return " ".join(clean(text).split())



def title(alert: Alert) -> str:
    return one_line(alert.title) or alert.type.value.replace("_", " ")


def fields(alert: Alert) -> list[tuple[str, str]]:
    fields = [(one_line(label), one_line(value)) for label, value in alert.fields if one_line(value)]
    if len(fields) > MAX_FIELDS:
        fields = [*fields[: MAX_FIELDS - 1], ("More", f"{len(fields) - MAX_FIELDS + 1} more facts not shown")]
    return fields



@dataclass(frozen=True)
class PostResult:
    ts: str
    channel: str  # the channel's ID when Slack said it, else the channel as given



# Console ---------------------------------------------------------------------------------------------------


class ConsoleSink:
    """Prints alerts for local runs, with the same post/find_post as SlackSink."""

    width = 72
    claim_size = 500  # see outbox.Sink: printing is instant, so alerts are claimed in bulk

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream
        self._epoch = int(time.time())
        self._counter = itertools.count(1)
        self._posted: dict[str, str] = {}
        self._updates: set[int] = set()

    def post(self, alert: Alert, alert_id: int | str, channel: str, thread_ts: str | None = None) -> PostResult:
        ts = f"{self._epoch}.{next(self._counter):06d}"  # ordered like Slack's, so threads work the same way
        self._posted[str(alert_id)] = ts
        print(console_text(alert, channel, thread_ts, self.width), file=self.stream or sys.stdout, flush=True)
        return PostResult(ts=ts, channel=channel)

    def find_post(
        self, channel: str, alert_id: int | str, oldest_ts: str | None = None, thread_ts: str | None = None
    ) -> str | None:
        return self._posted.get(str(alert_id))

    def update(self, alert: Alert, alert_id: int | str, channel: str, ts: str, update_id: int) -> str:
        print(console_text(alert, channel, None, self.width).replace("── ", "── updated: ", 1),
              file=self.stream or sys.stdout, flush=True)
        self._updates.add(update_id)
        return ts

    def find_update(self, channel: str, ts: str, update_id: int) -> bool:
        return update_id in self._updates


def console_text(alert: Alert, channel: str, thread_ts: str | None = None, width: int = 72) -> str:
    """A readable rendering of an alert for a terminal; email text cannot move the cursor or colour it."""
    where = " › ".join(part for part in (clean(channel), clean(alert.request_id or "")) if part)
    if thread_ts:
        where += " (thread)"
    lines = [f"── {where} ".ljust(width, "─"), cut(clean(title(alert)), width * 2)]
    lines += [f"  {label}: {cut(value, FIELD_MAX)}" for label, value in fields(alert)]
    lines += [f"    {line}" for line in clean(alert.explanation).strip().splitlines()]
    excerpt = cut(clean(alert.excerpt).strip(), SECTION_MAX)
    lines += [f"  > {line}" for line in excerpt.splitlines()]
    if alert.link:
        lines.append(f"  Open: {alert.link}")
    if one_line(alert.next_step):
        owner = f" ({one_line(alert.owner)})" if alert.owner else ""
        lines.append(f"  Next: {one_line(alert.next_step)}{owner}")
    return "\n".join(lines)
