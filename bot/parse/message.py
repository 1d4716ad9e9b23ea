"""Parse stage: raw RFC 5322 bytes -> `Reply` (headers, body text, quotes separated, attachments).

Pure: this module never does I/O (no network, no files, no mailbox flags). It never raises on odd input:
broken headers fall back to their raw text, unknown charsets decode best-effort, bad dates become None.
`ParseError` is kept for the truly impossible; the worker sets such a message aside with the reason.

This module walks the MIME tree and assembles the Reply; the pieces live beside it: text.py (charsets,
encoded words, HTML, the normalisation every text field gets), headers.py, quotes.py (new text vs quoted
history and forwards) and attachments.py (text from PDF, .docx and text attachments). Before the stdlib parser
sees a message, oversize.py sets aside the base64 bodies of big attachments that are read no further, so that
a 50 MB message parses in bounded memory; an attachment's decoded bytes are never kept in the Reply.

A forwarded message/rfc822 part outside a bounce is what the agency said: its text joins the body. A bounce's
returned original (message/rfc822 in a report) is our own mail: it goes to `quoted_text`, not `text`.
Body text is capped at 100,000 characters.
"""

from __future__ import annotations

import datetime as dt
import email
import email.parser
import hashlib
import re
from dataclasses import dataclass, field
from email.message import Message
from functools import cached_property

from bot.errors import ParseError
from bot.model import Attachment, Reply
from bot.parse import ocr
from bot.parse.attachments import needed_bytes, read_attachment
from bot.parse.headers import (
    POLICY,
    READ_POLICY,
    Headers,
    addresses_in,
    header_block,
    ids_in,
    raw_pairs,
    written_date,
)
from bot.parse.oversize import SetAside, slim
from bot.parse.quotes import FORWARD_SUBJECT, bounce_copy, forward_marker, split_quotes
from bot.parse.said import what_was_said
from bot.parse.text import attempt, cap, decode_bytes, decode_words, html_to_text, normalise, one_line, unescape, unique

__all__ = ["decode_bytes", "parse"]

MAX_TEXT = 100_000
MAX_DEPTH = 12
BODY_TYPES = ("text/plain", "text/html", "text/enriched", "text/richtext")
HEADER_TYPES = ("text/rfc822-headers", "text/rfc822")  # an original's header lines, read for its ids

EMBEDDED_ID_HEADERS = ("message-id", "in-reply-to", "references")
EMBEDDED_ADDRESS_HEADERS = ("from", "to", "cc", "reply-to")

_BOUNCE_FROM = re.compile(r"^(?:mailer-daemon|postmaster)@", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"^(?:undeliver|undelivered mail|delivery status notification|delivery failure|failure notice"
    r"|returned mail|mail delivery (?:failed|failure)|non[- ]?delivery)",
    re.IGNORECASE,
)


def parse(raw: bytes) -> Reply:
    """Parse one email. Never raises on malformed input; `ParseError` only for the truly impossible."""
    try:
        with ocr.message_budget():  # one time budget for all the scans of the message
            return _parse(raw)  # bytes, or the bytearray of a big message fetched in pieces: not copied
    except RecursionError as exc:
        raise ParseError("message is nested too deeply to parse") from exc
    except Exception as exc:  # a last guard: one odd message must never stop the worker
        raise ParseError(f"message could not be parsed: {type(exc).__name__}: {exc}") from exc


def _parse(raw: bytes) -> Reply:
    digest = hashlib.sha256(raw).hexdigest()
    msg, aside = _slim_message(raw, digest)
    heads = Headers(msg)
    from_name, from_addr = heads.sender()
    subject = heads.text("subject")
    bounce = _looks_like_bounce(msg, from_addr, subject)
    body = _Body(bounce=bounce, forward=bool(FORWARD_SUBJECT.match(subject)))
    body.walk(_Part(msg, aside), 0, root=True)
    text = cap(normalise(cap("\n\n".join(body.pieces), 2 * MAX_TEXT)), MAX_TEXT)
    new_text, quoted_text = split_quotes(text, forward=body.forward)
    body.scan_copied_headers(text)
    quoted_extra = normalise(cap("\n\n".join(body.originals), MAX_TEXT))
    reply = Reply(
        message_id=heads.message_id(),
        raw_sha256=digest,
        from_name=from_name,
        from_addr=from_addr,
        recipients=heads.recipients(),
        subject=subject,
        date=heads.date(),
        in_reply_to=heads.ids("in-reply-to"),
        references=heads.ids("references"),
        reply_to=heads.addresses("reply-to"),
        flags=heads.flags(),
        text=text,
        new_text=new_text,
        quoted_text=cap("\n\n".join(t for t in (quoted_text, quoted_extra) if t), MAX_TEXT),
        attachments=body.attachments,
        embedded_ids=unique(body.embedded_ids),
        embedded_addresses=unique(body.embedded_addresses),
        embedded_subject=body.embedded_subject,
        embedded_date=body.embedded_date,
        is_report=body.is_report,
        defects=unique(heads.defects + body.defects),
    )
    reply.said = what_was_said(reply)
    return reply


def _slim_message(raw: bytes, digest: str) -> tuple[Message, dict[int, SetAside]]:
    """The parsed message, its big attachment bodies set aside unread when that can be done safely (see
    oversize.py), and which parts those are."""
    slimmed = slim(raw, digest, _needed)
    if slimmed.set_aside:
        msg = _message(slimmed.raw)
        located = slimmed.locate(msg, _needed)
        if located is not None:
            return msg, located
    return _message(raw), {}


def _needed(msg: Message, size: int) -> int | None:
    """How many leading decoded bytes the walk reads of a part of `size` bytes; None when it may read it all."""
    part = _Part(msg, {})
    if part.ctype in BODY_TYPES or part.ctype in HEADER_TYPES or part.ctype.startswith(("multipart/", "message/")):
        return None
    if attempt(lambda: str(msg.get("content-transfer-encoding", "")).lower(), "") != "base64":
        return None
    return needed_bytes(part.ctype, part.filename, size)


def _message(raw: bytes) -> Message:
    try:
        return email.message_from_bytes(raw, policy=READ_POLICY)
    except RecursionError:
        # Thousands of nested message/rfc822 parts exhaust the stdlib parser's recursion: keep the headers
        # and read the body as plain text.
        msg = email.parser.BytesParser(policy=POLICY).parsebytes(raw, headersonly=True)
        msg.set_type("text/plain")
        return msg


def _looks_like_bounce(msg: Message, from_addr: str, subject: str) -> bool:
    if attempt(msg.get_content_type, "") == "multipart/report":
        return True
    return bool(_BOUNCE_FROM.match(from_addr) or _BOUNCE_SUBJECT.match(subject))


# --- body ---------------------------------------------------------------------------------------------


@dataclass
class _Body:
    """Walks the MIME tree once, collecting body text, attachments and embedded originals."""

    bounce: bool
    forward: bool
    pieces: list[str] = field(default_factory=list)
    originals: list[str] = field(default_factory=list)  # a bounce's copy of our mail: quoted, not text
    attachments: list[Attachment] = field(default_factory=list)
    embedded_ids: list[str] = field(default_factory=list)
    embedded_addresses: list[str] = field(default_factory=list)
    embedded_subject: str = ""
    embedded_date: dt.datetime | None = None
    is_report: bool = False
    defects: list[str] = field(default_factory=list)

    def walk(self, part: _Part, depth: int, root: bool = False) -> None:
        self.defects.extend(type(d).__name__ for d in getattr(part.msg, "defects", ()))
        ctype = part.ctype
        if depth > MAX_DEPTH:
            self.defects.append("TooDeeplyNested")
        elif part.attachment and (saved := _saved_email(part)) is not None:
            self.walk_embedded(saved, depth, Attachment(part.filename, ctype, len(part.decoded())))
        elif part.attachment and ctype != "message/rfc822" and not (root and ctype in BODY_TYPES):
            self.attachments.append(_attachment(part))
        elif ctype.startswith("multipart/"):
            self.walk_multipart(part, depth)
        elif ctype == "message/rfc822":
            self.walk_message(part, depth)
        elif ctype in HEADER_TYPES:
            self.add_headers_text(part.text)
        elif ctype.startswith("message/"):
            self.pieces.append(_report_block(part))
        elif ctype in BODY_TYPES:
            self.pieces.append(html_to_text(part.text) if ctype == "text/html" else part.text)
        else:
            self.attachments.append(_attachment(part))

    def walk_multipart(self, part: _Part, depth: int) -> None:
        children = part.children
        if part.ctype == "multipart/report":
            self.is_report = True
        if part.ctype == "multipart/alternative":
            children = _choose_alternative(children)
        elif any(c.is_body("text/plain") for c in children):
            # A text/plain body next to an inline text/html copy: the HTML would only repeat it.
            children = [c for c in children if not c.is_body("text/html")]
        for child in children:
            self.walk(child, depth + 1)

    def walk_message(self, part: _Part, depth: int) -> None:
        if not part.children:
            return
        message = part.children[0]
        attached = None
        if part.attachment:
            size = attempt(lambda: len(message.msg.as_bytes(policy=POLICY)), 0) + _set_aside_bytes(message)
            attached = Attachment(part.filename, "message/rfc822", size)
        self.walk_embedded(message, depth, attached)

    def walk_embedded(self, message: _Part, depth: int, attached: Attachment | None) -> None:
        """A message inside this one (forwarded, returned by a bounce, or an email saved to a file and attached)."""
        heads = Headers(message.msg)
        self.add_embedded(heads)
        if attached is not None:
            self.attachments.append(attached)
        sub = _Body(bounce=self.bounce, forward=False)
        sub.walk(message, depth + 1, root=True)
        self.attachments.extend(sub.attachments)
        self.defects.extend(sub.defects)
        inner_text = "\n\n".join(sub.pieces)
        if not heads.raw("message-id"):  # a blank line too early leaves the headers in the body
            self.add_headers_text(inner_text)
        if self.bounce:
            self.originals.append(inner_text)
        else:
            self.pieces.append(_forward_block(heads) + inner_text)

    def add_embedded(self, heads: Headers) -> None:
        self.embedded_ids.extend(i for n in EMBEDDED_ID_HEADERS for i in heads.ids(n))
        self.embedded_addresses.extend(heads.addresses(*EMBEDDED_ADDRESS_HEADERS))
        self.embedded_subject = self.embedded_subject or heads.text("subject")
        self.embedded_date = self.embedded_date or heads.date()

    def add_headers_text(self, block: str) -> None:
        pairs = header_block(block)
        self.embedded_ids.extend(i for k, v in pairs if k in EMBEDDED_ID_HEADERS for i in ids_in(v))
        self.embedded_addresses.extend(a for k, v in pairs if k in EMBEDDED_ADDRESS_HEADERS for a in addresses_in(v))
        subject = next((v for k, v in pairs if k == "subject"), "")
        self.embedded_subject = self.embedded_subject or one_line(decode_words(subject))
        # An inline forward's "Date: Mon, Nov 2, 2026 at 3:12 PM" or Outlook's "Sent: Friday, October 2, 2026 3:18 PM"
        when = next((v for k, v in pairs if k in ("date", "sent")), "")
        self.embedded_date = self.embedded_date or (written_date(when) if when else None)

    def scan_copied_headers(self, text: str) -> None:
        """Headers of an original copied into the text: a qmail/Exim bounce or an inline forward."""
        for match in (bounce_copy(text), forward_marker(text)):
            if match:
                self.add_headers_text(text[match.end() :])


class _Part:
    """One MIME part, its Content-Type and Content-Disposition read once: each read parses the header again."""

    def __init__(self, msg: Message, aside: dict[int, SetAside]) -> None:
        self.msg = msg
        self.aside = aside  # id(part) -> its body set aside unread, for every such part of the message
        self.ctype: str = attempt(msg.get_content_type, "text/plain")
        leaf = not self.ctype.startswith("multipart/")
        self.disposition = attempt(msg.get_content_disposition, None) if leaf else None
        name = attempt(msg.get_filename, None) if leaf else None
        self.filename = one_line(decode_words(name)) if isinstance(name, str) else None

    @property
    def attachment(self) -> bool:
        return self.disposition == "attachment" or self.filename is not None

    def is_body(self, ctype: str) -> bool:
        return self.ctype == ctype and not self.attachment

    @cached_property
    def children(self) -> list[_Part]:
        payload = attempt(self.msg.get_payload, None)
        return [_Part(p, self.aside) for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []

    @property
    def set_aside(self) -> SetAside | None:
        return self.aside.get(id(self.msg))

    def decoded(self) -> bytes:
        """The decoded body; of a body set aside, its first bytes only. Not kept: an attachment's bytes are
        needed only while its text is extracted."""
        if self.set_aside is not None:
            return self.set_aside.data()
        data = attempt(lambda: self.msg.get_payload(decode=True), None)
        if isinstance(data, bytes):
            return data
        raw: object = attempt(lambda: self.msg.get_payload(), None)
        return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""

    @cached_property
    def charset(self) -> str | None:
        charset = attempt(self.msg.get_content_charset, None)
        return charset if isinstance(charset, str) else None

    @cached_property
    def text(self) -> str:
        return decode_bytes(self.decoded(), self.charset)


def _choose_alternative(children: list[_Part]) -> list[_Part]:
    """Prefer the text/plain alternative unless it is empty; else the richest (last) other one."""
    plain = [c for c in children if c.is_body("text/plain")]
    if plain and plain[0].text.strip():
        return plain[:1]
    others = [c for c in children if c not in plain]
    return others[-1:] or plain[:1]


def _report_block(part: _Part) -> str:
    """A message/delivery-status (or other message/*) part as plain "Name: value" lines."""
    if not part.children:
        return part.text
    blocks = (raw_pairs(b.msg) for b in part.children)
    return "\n\n".join("\n".join(f"{k}: {unescape(v)}" for k, v in pairs) for pairs in blocks)


def _forward_block(heads: Headers) -> str:
    lines = [f"{name.title()}: {heads.text(name)}" for name in ("from", "date", "subject", "to")]
    return "---------- Forwarded message ---------\n" + "\n".join(lines) + "\n\n"


def _saved_email(part: _Part) -> _Part | None:
    """An email saved to a file and attached as such ("BPD answer.eml", sent as application/octet-stream): the
    letter a colleague passes on, read as a forwarded message is."""
    if part.ctype == "message/rfc822" or not (part.filename or "").lower().endswith(".eml") or part.set_aside:
        return None
    msg = attempt(lambda: email.message_from_bytes(part.decoded(), policy=READ_POLICY), None)
    if msg is None or not attempt(lambda: bool(msg.get("from") or msg.get("subject")), False):
        return None
    return _Part(msg, part.aside)


def _attachment(part: _Part) -> Attachment:
    data, ctype = part.decoded(), part.ctype
    size = part.set_aside.size if part.set_aside else len(data)
    read = attempt(lambda: read_attachment(data, ctype, part.filename, part.charset, size), None)
    if read is None:
        return Attachment(filename=part.filename, content_type=ctype, size=size)
    return Attachment(part.filename, ctype, size, read.text, read.scanned)


def _set_aside_bytes(message: _Part) -> int:
    """Bytes of base64 text set aside from the bodies of an embedded message's parts."""
    parts: list[Message] = attempt(lambda: list(message.msg.walk()), [])
    found = (message.aside.get(id(p)) for p in parts)
    return sum(item.removed for item in found if item is not None)
