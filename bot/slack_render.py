"""Slack rendering (pure): one alert -> the notification text and the Block Kit blocks (slack-sdk's models)
that bot/slack.py posts, within Slack's limits; the buttons of a triage or reply post; the metadata that finds a
post again.

Every piece of text in an alert comes from an email and is untrusted. It only ever goes into plain_text
objects, where Slack parses no mentions, links or formatting, with & < > escaped and invisible characters
removed: an email can never ping anyone, dress up a link, or format the message. The one mrkdwn section holds
only our own parts. Never calls Slack.
"""

from __future__ import annotations

import re
from typing import Any

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

from bot.console import FIELD_MAX, SECTION_MAX, clean, cut, escape, fields, one_line, title
from bot.model import Alert, AlertType
from bot.slack_ids import USER_ID
from bot.words import kind_label

EVENT_TYPE = "foiabot_alert"
# Slack's limits (https://docs.slack.dev/reference/block-kit/blocks), counted on the escaped text.
HEADER_MAX = 150
FIELDS_PER_SECTION = 10
CONTEXT_MAX = 2000
TEXT_MAX = 3000  # the notification fallback; Slack truncates `text` well past this, but nobody reads it
LABEL_MAX = 100


def _plain(text: str, limit: int) -> PlainTextObject:
    # emoji=False: an email's ":shortcode:" stays text, as written.
    return PlainTextObject(text=cut(escape(text).strip(), limit), emoji=False)


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


def render_text(heading: str, sections: list[str], alert_id: str) -> tuple[str, list[Block], Metadata]:
    """A message of our own making (the weekly digest): the notification text, a header and plain-text sections,
    and metadata carrying `alert_id`, so that the post is found again as an alert's is."""
    blocks: list[Block] = [HeaderBlock(text=_plain(heading, HEADER_MAX))]
    blocks += [SectionBlock(text=_plain(section, SECTION_MAX)) for section in sections if section.strip()]
    meta = Metadata(event_type=EVENT_TYPE, event_payload={"alert": "digest", "alert_id": alert_id})
    return cut(escape("\n".join([heading, *sections])), TEXT_MAX), blocks, meta


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


def update_mark(update_id: int) -> str:
    """The block id that says which update a post shows: Slack keeps a block's id as given, and the metadata
    stays the post's own (it is how the post is found again)."""
    return f"foiabot-update-{update_id}"


def alert_id_of(message: dict[str, Any]) -> str | None:
    meta = message.get("metadata") or {}
    if meta.get("event_type") != EVENT_TYPE:
        return None
    value = (meta.get("event_payload") or {}).get("alert_id")
    return None if value is None else str(value)
