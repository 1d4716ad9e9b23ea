"""Parse stage: raw RFC 5322 bytes -> `Reply` (headers, body text, quotes separated, attachments).

Pure: this module never does I/O (no network, no files, no mailbox flags). It never raises on odd input:
broken headers fall back to their raw text, unknown charsets decode best-effort, bad dates become None.
`ParseError` is kept for the truly impossible; the worker sets such a message aside with the reason.

Text normalisation. Every text field (`text`, `new_text`, `quoted_text`, attachment text, `subject`) is
normalised the same way so that later stages can match plain ASCII: CR LF and CR become LF; NBSP, narrow
NBSP and figure space become a space; zero-width characters, soft hyphens and NULs are removed; the hyphens
U+2010..U+2013 (hyphen, non-breaking hyphen, figure dash, en dash) and U+2212 (minus) become "-", because
agencies write tracking numbers and date ranges with them ("RTK&#8209;2026&#8209;0142", "2022–2025").
The em dash (U+2014) and curly quotes are kept: they are punctuation, never part of a number.

Quotes. `new_text` is what the sender wrote; `quoted_text` the history below the first quote header
("On ... wrote:", an Outlook "From: / Sent:" block, "-----Original Message-----", a Lotus Notes header
block, a bounce's copy of our message) plus lines starting with ">"; the quote headers come from
mail-parser-reply, and a header block at the very top of a letter is letterhead, not a quote.
A forwarded message (an inline "Forwarded message" block, a "Fwd:" subject over an Outlook block, or a
message/rfc822 part outside a bounce) is what the agency said: its text stays in `new_text` and only the
history quoted inside it goes to `quoted_text`. A bounce's returned original (message/rfc822 in a report)
is our own mail: it goes to `quoted_text`, not `text`.

Limits keep one message cheap: body text 100,000 characters, attachment text 20,000, PDFs and .docx files
over 10 MB skipped, at most 20 PDF pages and about 3 seconds per document.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email
import email.parser
import hashlib
import io
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email import policy
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from functools import cached_property, lru_cache
from typing import Any, TypeVar

from bot.errors import ParseError
from bot.model import Attachment, Reply

MAX_TEXT = 100_000
MAX_ATTACHMENT_TEXT = 20_000
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_PDF_PAGES = 20
DOCUMENT_SECONDS = 3.0
MAX_DEPTH = 12
MAX_HEADER = 4_000  # characters of a header decoded for display (subject, names)
BODY_TYPES = ("text/plain", "text/html", "text/enriched", "text/richtext")

FLAG_HEADERS = (
    "auto-submitted", "x-autoreply", "x-autorespond", "x-auto-response-suppress", "precedence",
    "x-failed-recipients", "list-id", "list-unsubscribe", "return-path", "content-type",
)  # fmt: skip
RECIPIENT_HEADERS = ("to", "cc", "delivered-to", "x-original-to", "envelope-to")
EMBEDDED_ID_HEADERS = ("message-id", "in-reply-to", "references")
EMBEDDED_ADDRESS_HEADERS = ("from", "to", "cc", "reply-to")

# Names seen in the wild that Python's codec registry does not know, or knows as something narrower.
CHARSET_ALIASES = {
    "unicode-1-1-utf-7": "utf-7", "x-unknown": "", "unknown-8bit": "", "x-user-defined": "",
    "ansi_x3.4-1968": "ascii", "iso-8859-8-i": "iso-8859-8", "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "windows-874": "cp874",
    "x-mac-roman": "mac_roman", "macintosh": "mac_roman", "x-sjis": "shift_jis", "utf8": "utf-8",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "ascii",
}  # fmt: skip

_TRANSLATE = str.maketrans(
    {
        "\u00a0": " ", "\u202f": " ", "\u2007": " ",
        "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None,
        "\x00": None,
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
    }
)  # fmt: skip

_ID = re.compile(r"<([^<>\s]+)>")
_BARE_ADDRESS = re.compile(r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_RECEIVED_FOR = re.compile(r"\bfor\s+<?([^\s<>;]+@[^\s<>;]+?)>?\s*(?:;|$|\()", re.IGNORECASE)
_BOUNCE_FROM = re.compile(r"^(?:mailer-daemon|postmaster)@", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"^(?:undeliver|undelivered mail|delivery status notification|delivery failure|failure notice"
    r"|returned mail|mail delivery (?:failed|failure)|non[- ]?delivery)",
    re.IGNORECASE,
)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw)\s*:", re.IGNORECASE)
_FORWARD_MARKER = re.compile(
    r"^[ \t>]*(?:-{2,} ?Forwarded message ?-{2,}|Begin forwarded message:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Bounces that copy our message into their text: everything below is our mail, and its headers link it.
_BOUNCE_COPY = re.compile(
    r"^[ \t]*(?:-+ ?Below this line is a copy of the message\.?"
    r"|-+ ?This is a copy of the message, including all the headers\.? ?-*"
    r"|Original message headers:|-+ ?Original message follows ?-*"
    r"|-+ ?The original message was received.*|-+ ?Returned message ?-*)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Lotus Notes quotes without a separator: "Name <addr>", a date, then "To" and "cc" on lines of their own.
_LOTUS_HEADER = re.compile(
    r"^[^\n]*<[^\s<>@]+@[^\s<>]+>[^\n]*\n(?:[^\n]*\n){0,6}?"
    r"[ \t]*To[ \t]*\n[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*[Cc]c[ \t]*$",
    re.MULTILINE,
)
_HEADER_LINE = re.compile(r"^[ \t*>]*([A-Za-z][A-Za-z-]{1,30})[ \t*]*:[ \t*]*(.*)$")
_FROM_LINE = re.compile(r"^[ \t*>]*From[ \t*]*:", re.IGNORECASE | re.MULTILINE)
_MD_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([^()\s]+)\)")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_ESCAPE = re.compile(r"^(\s*\d+)\\\.|^(\s*)\\([-+])", re.MULTILINE)
_TABLE_RULE = re.compile(r"^[ \t]*-{3,}(?:\|-{3,})+[ \t]*$\n?", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")
_LONG_LINE = re.compile(r"^[^\n]{1000,}$", re.MULTILINE)
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)

T = TypeVar("T")


def parse(raw: bytes) -> Reply:
    """Parse one email. Never raises on malformed input; `ParseError` only for the truly impossible."""
    try:
        return _parse(bytes(raw))
    except RecursionError as exc:
        raise ParseError("message is nested too deeply to parse") from exc
    except Exception as exc:  # a last guard: one odd message must never stop the worker
        raise ParseError(f"message could not be parsed: {type(exc).__name__}: {exc}") from exc


def _parse(raw: bytes) -> Reply:
    msg = _message(raw)
    heads = _Headers(msg)
    from_name, from_addr = heads.sender()
    subject = heads.text("subject")
    bounce = _looks_like_bounce(msg, from_addr, subject)
    body = _Body(bounce=bounce, forward=bool(_FORWARD_SUBJECT.match(subject)))
    body.walk(_Part(msg), 0, root=True)
    text = _cap(_normalise(_cap("\n\n".join(body.pieces), 2 * MAX_TEXT)), MAX_TEXT)
    new_text, quoted_text = split_quotes(text, forward=body.forward)
    body.scan_copied_headers(text)
    quoted_extra = _normalise(_cap("\n\n".join(body.originals), MAX_TEXT))
    return Reply(
        message_id=heads.message_id(),
        raw_sha256=hashlib.sha256(raw).hexdigest(),
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
        quoted_text=_cap("\n\n".join(t for t in (quoted_text, quoted_extra) if t), MAX_TEXT),
        attachments=body.attachments,
        embedded_ids=_unique(body.embedded_ids),
        embedded_addresses=_unique(body.embedded_addresses),
        embedded_subject=body.embedded_subject,
        is_report=body.is_report,
        defects=_unique(heads.defects + body.defects),
    )


def _message(raw: bytes) -> Message:
    try:
        return email.message_from_bytes(raw, policy=policy.default)
    except RecursionError:
        # Thousands of nested message/rfc822 parts exhaust the stdlib parser's recursion: keep the headers
        # and read the body as plain text.
        msg = email.parser.BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
        msg.set_type("text/plain")
        return msg


def _attempt(fn: Callable[[], T], default: T) -> T:
    """Run one access into the email package, which can raise on broken input in many ways."""
    try:
        return fn()
    except Exception:
        return default


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _cap(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit]


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATE)
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def _one_line(text: str) -> str:
    return " ".join(_normalise(text).split())


# --- bytes and charsets -------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _codec(charset: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when unknown."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    name = CHARSET_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name) if name else None
    except (LookupError, ValueError):
        return None
    # bytes-to-bytes codecs ("base64", "zlib", ...) are registered too but cannot decode text
    return info.name if info is not None and getattr(info, "_is_text_encoding", True) else None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Best effort: the declared charset, then UTF-8, then cp1252 with replacement characters.

    Text labelled Latin-1/cp1252/ASCII that is valid UTF-8 is read as UTF-8: such labels are often wrong,
    and valid multi-byte UTF-8 sequences almost never occur in real Latin-1 text.
    """
    codec = _codec(charset)
    if codec in (None, "ascii", "cp1252", "latin-1", "iso8859-1"):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError, ValueError):
            pass
    return data.decode("cp1252", errors="replace")


def _unescape(value: str) -> str:
    """A header string from the parser may carry raw 8-bit bytes as surrogate escapes: decode them."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    return decode_bytes(value.encode("utf-8", "surrogateescape"))


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words, tolerating unknown charsets and broken encodings."""
    value = _unescape(value)
    if "=?" not in value:
        return value
    try:
        chunks = decode_header(value)
    except Exception:
        return value
    return "".join(decode_bytes(c, cs) if isinstance(c, bytes) else c for c, cs in chunks)


# --- headers ------------------------------------------------------------------------------------------


class _Headers:
    """Header access that never raises: the parsed (decoded) form when the parser copes, else the raw."""

    def __init__(self, msg: Message) -> None:
        self.msg = msg
        self.defects: list[str] = []
        self.raw_pairs = _raw_pairs(msg)

    def raw_all(self, name: str) -> list[str]:
        unfolded = (re.sub(r"\r?\n[ \t]*", " ", v) for k, v in self.raw_pairs if k.lower() == name)
        return [_unescape(str(v)).strip() for v in unfolded]

    def raw(self, name: str) -> str:
        values = self.raw_all(name)
        return values[0] if values else ""

    def text(self, name: str) -> str:
        """The decoded value of the first header `name`, on one line; "" when absent."""
        if len(self.raw(name)) > MAX_HEADER:  # the stdlib's header parser is quadratic on such values
            return _one_line(decode_words(self.raw(name)[:MAX_HEADER]))
        try:
            value = self.msg.get(name)
            return "" if value is None else _one_line(_unescape(str(value)))
        except Exception:
            self.defects.append(f"HeaderError:{name}")
            return _one_line(decode_words(self.raw(name)))

    def sender(self) -> tuple[str, str]:
        name, addr = _attempt(lambda: parseaddr(self.raw("from")), ("", ""))
        if "@" not in addr:
            found = _BARE_ADDRESS.findall(self.raw("from"))
            addr = found[0] if found else addr
        return _one_line(decode_words(name)).strip("\"' "), addr.strip().lower()

    def addresses(self, *names: str) -> list[str]:
        return _unique(a for n in names for v in self.raw_all(n) for a in addresses_in(v))

    def recipients(self) -> list[str]:
        received = (m.lower() for v in self.raw_all("received") for m in _RECEIVED_FOR.findall(v))
        return _unique([*self.addresses(*RECIPIENT_HEADERS), *received])

    def ids(self, name: str) -> list[str]:
        return _unique(i for v in self.raw_all(name) for i in ids_in(v))

    def message_id(self) -> str | None:
        value = self.raw("message-id")
        found = ids_in(value)
        if found:
            return found[0]
        return f"<{value}>" if value and " " not in value else None

    def date(self) -> dt.datetime | None:
        value = self.raw("date")
        if not value:
            return None
        parsed = _attempt(lambda: parsedate_to_datetime(value), None)
        if parsed is None:
            self.defects.append("InvalidDate")
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)

    def flags(self) -> dict[str, str]:
        return {n: _one_line(decode_words(self.raw(n)[:MAX_HEADER])) for n in FLAG_HEADERS if self.raw_all(n)}


def addresses_in(value: str) -> list[str]:
    """Lower-case bare addresses in one raw address header value."""
    empty: list[tuple[str, str]] = []
    pairs = _attempt(lambda: getaddresses([value]), empty)
    found = [addr.strip().lower() for _, addr in pairs if "@" in addr and " " not in addr.strip()]
    if not found and "@" in value:
        found = [a.lower() for a in _BARE_ADDRESS.findall(value)]
    return found


def ids_in(value: str) -> list[str]:
    return [f"<{i}>" for i in _ID.findall(value)]


def _looks_like_bounce(msg: Message, from_addr: str, subject: str) -> bool:
    if _attempt(msg.get_content_type, "") == "multipart/report":
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
    is_report: bool = False
    defects: list[str] = field(default_factory=list)

    def walk(self, part: _Part, depth: int, root: bool = False) -> None:
        self.defects.extend(type(d).__name__ for d in getattr(part.msg, "defects", ()))
        ctype = part.ctype
        if depth > MAX_DEPTH:
            self.defects.append("TooDeeplyNested")
        elif part.attachment and ctype != "message/rfc822" and not (root and ctype in BODY_TYPES):
            self.attachments.append(_attachment(part))
        elif ctype.startswith("multipart/"):
            self.walk_multipart(part, depth)
        elif ctype == "message/rfc822":
            self.walk_message(part, depth)
        elif ctype in ("text/rfc822-headers", "text/rfc822"):
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
        heads = _Headers(message.msg)
        self.add_embedded(heads)
        if part.attachment:
            size = _attempt(lambda: len(message.msg.as_bytes()), 0)
            self.attachments.append(Attachment(part.filename, "message/rfc822", size))
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

    def add_embedded(self, heads: _Headers) -> None:
        self.embedded_ids.extend(i for n in EMBEDDED_ID_HEADERS for i in heads.ids(n))
        self.embedded_addresses.extend(heads.addresses(*EMBEDDED_ADDRESS_HEADERS))
        self.embedded_subject = self.embedded_subject or heads.text("subject")

    def add_headers_text(self, block: str) -> None:
        pairs = header_block(block)
        self.embedded_ids.extend(i for k, v in pairs if k in EMBEDDED_ID_HEADERS for i in ids_in(v))
        self.embedded_addresses.extend(a for k, v in pairs if k in EMBEDDED_ADDRESS_HEADERS for a in addresses_in(v))
        subject = next((v for k, v in pairs if k == "subject"), "")
        self.embedded_subject = self.embedded_subject or _one_line(decode_words(subject))

    def scan_copied_headers(self, text: str) -> None:
        """Headers of an original copied into the text: a qmail/Exim bounce or an inline forward."""
        for pattern in (_BOUNCE_COPY, _FORWARD_MARKER):
            match = pattern.search(text)
            if match:
                self.add_headers_text(text[match.end() :])


class _Part:
    """One MIME part, its Content-Type and Content-Disposition read once: each read parses the header again."""

    def __init__(self, msg: Message) -> None:
        self.msg = msg
        self.ctype: str = _attempt(msg.get_content_type, "text/plain")
        leaf = not self.ctype.startswith("multipart/")
        self.disposition = _attempt(msg.get_content_disposition, None) if leaf else None
        name = _attempt(msg.get_filename, None) if leaf else None
        self.filename = _one_line(decode_words(name)) if isinstance(name, str) else None

    @property
    def attachment(self) -> bool:
        return self.disposition == "attachment" or self.filename is not None

    def is_body(self, ctype: str) -> bool:
        return self.ctype == ctype and not self.attachment

    @cached_property
    def children(self) -> list[_Part]:
        payload = _attempt(self.msg.get_payload, None)
        return [_Part(p) for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []

    @cached_property
    def payload(self) -> bytes:
        data = _attempt(lambda: self.msg.get_payload(decode=True), None)
        if isinstance(data, bytes):
            return data
        raw: object = _attempt(lambda: self.msg.get_payload(), None)
        return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""

    @cached_property
    def charset(self) -> str | None:
        charset = _attempt(self.msg.get_content_charset, None)
        return charset if isinstance(charset, str) else None

    @cached_property
    def text(self) -> str:
        return decode_bytes(self.payload, self.charset)


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
    blocks = (_raw_pairs(b.msg) for b in part.children)
    return "\n\n".join("\n".join(f"{k}: {_unescape(v)}" for k, v in pairs) for pairs in blocks)


def _raw_pairs(part: Message) -> list[tuple[str, str]]:
    return _attempt(lambda: [(str(k), str(v)) for k, v in part.raw_items()], [])


def _forward_block(heads: _Headers) -> str:
    lines = [f"{name.title()}: {heads.text(name)}" for name in ("from", "date", "subject", "to")]
    return "---------- Forwarded message ---------\n" + "\n".join(lines) + "\n\n"


def header_block(text: str) -> list[tuple[str, str]]:
    """(lower-case name, value) pairs from a block of header lines at the start of `text` (folded lines
    joined); stops at the first blank line after a header or at the first line that is not a header."""
    pairs: list[tuple[str, str]] = []
    for line in text.lstrip("\r\n").splitlines()[:200]:
        match = _HEADER_LINE.match(line)
        if pairs and line[:1] in (" ", "\t") and line.strip():
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + " " + line.strip())
        elif match:
            pairs.append((match.group(1).lower(), match.group(2).strip()))
        elif pairs or line.strip():
            break
    return pairs


# --- HTML ---------------------------------------------------------------------------------------------


def html_to_text(html: str) -> str:
    """Readable text from HTML: no wrapping, no images, links as "text (url)", no Markdown escapes."""
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.unicode_snob = True
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.single_line_break = False
    try:
        text = converter.handle(html)
    except Exception:
        text = re.sub(r"<[^>]*>", " ", html)
    return _plain_markdown(text)


def _plain_markdown(text: str) -> str:
    def link(match: re.Match[str]) -> str:
        label, url = match.group(1).strip(), match.group(2)
        return url if not label or label == url or f"mailto:{label}" == url else f"{label} ({url})"

    text = _MD_LINK.sub(link, text)
    text = _MD_AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = _MD_ESCAPE.sub(lambda m: f"{m.group(1)}." if m.group(1) else f"{m.group(2)}{m.group(3)}", text)
    text = _TABLE_RULE.sub("", text)
    return re.sub(r"(?<=\S)\| ", " | ", text)


# --- quotes -------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _library_quote_header() -> re.Pattern[str] | None:
    """mail-parser-reply's English quote headers: "On ... wrote:", Outlook blocks, Original Message."""
    try:
        from mailparser_reply.parser import EmailMessage

        pattern = EmailMessage(text="", languages=["en"]).HEADER_REGEX
        return pattern if isinstance(pattern, re.Pattern) else None
    except Exception:
        return None


def _quote_start(text: str) -> int | None:
    """Offset of the first quote header below some new text, or None."""
    starts = [_library_quote_start(text)]
    for pattern in (_BOUNCE_COPY, _LOTUS_HEADER):
        match = pattern.search(text)
        if match and text[: match.start()].strip():
            starts.append(match.start())
    found = [s for s in starts if s is not None]
    return min(found) if found else None


def _library_quote_start(text: str) -> int | None:
    pattern = _library_quote_header()
    # Its patterns backtrack badly on very long lines, and no quote header is that long: blank those out
    # (same length, so offsets hold).
    text = _LONG_LINE.sub(lambda m: "x" * len(m.group(0)), text)
    for match in pattern.finditer(text) if pattern else ():
        start = match.start() + (1 if text[match.start() : match.start() + 1] == "\n" else 0)
        if not text[:start].strip():
            continue  # a header block at the very top is the sender's own letterhead, not history
        if _is_outlook_block(match.group(0)) or match.group(0).lstrip("> ").lower().startswith(("on ", "-")):
            return start
    return None


def _is_outlook_block(block: str) -> bool:
    """A From:/Sent: header block only counts as a quote when it names the sender and a date."""
    return bool(_FROM_LINE.search(block)) and bool(re.search(r"^[ \t*>]*(?:Sent|Date)[ \t*]*:", block, re.M))


def _strip_quoted_lines(text: str) -> tuple[str, str]:
    new: list[str] = []
    quoted: list[str] = []
    for line in text.split("\n"):
        (quoted if line.startswith(">") else new).append(line)
    return "\n".join(new), "\n".join(quoted)


def _split_plain(text: str) -> tuple[str, str]:
    return _split_at(text, _attempt(lambda: _quote_start(text), None))


def _split_at(text: str, start: int | None) -> tuple[str, str]:
    above, below = (text, "") if start is None else (text[:start], text[start:])
    above, quoted_lines = _strip_quoted_lines(above)
    above = re.sub(r"\n[ \t]*_{10,}[ \t]*$", "", above.rstrip())  # Outlook's rule above its header block
    return above.strip("\n"), "\n".join(t for t in (quoted_lines.strip("\n"), below.strip("\n")) if t)


def split_quotes(text: str, *, forward: bool = False) -> tuple[str, str]:
    """(new_text, quoted_text). A forwarded message keeps its own text as new; see the module docstring."""
    marker = _FORWARD_MARKER.search(text)
    quote = _attempt(lambda: _quote_start(text), None)
    if marker and (quote is None or marker.start() <= quote):
        start, end = marker.start(), marker.end()
    elif forward and quote is not None:
        start, end = quote, _separator_end(text, quote)
    else:
        return _split_at(text, quote)
    head_len = _header_block_length(text[end:])
    forwarded_new, forwarded_quoted = _split_plain(text[end + head_len :])
    pre_new, pre_quoted = _split_plain(text[:start])
    new = "\n\n".join(t for t in (pre_new, text[start : end + head_len].strip("\n"), forwarded_new) if t)
    return new, "\n\n".join(t for t in (pre_quoted, forwarded_quoted) if t)


def _separator_end(text: str, start: int) -> int:
    """Where the forwarded headers begin: after the separator line at `start`, if that is not a header."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    return start if _HEADER_LINE.match(text[start:line_end]) else line_end


def _header_block_length(text: str) -> int:
    """Length of the forwarded header lines (and blank lines around them) at the start of `text`."""
    match = re.match(r"(?:[ \t]*\n)*(?:[ \t>*]*[A-Za-z][\w -]{0,30}:.*\n(?:[ \t]+\S.*\n)*)*", text)
    return match.end() if match else 0


# --- attachments --------------------------------------------------------------------------------------


def _attachment(part: _Part) -> Attachment:
    data, ctype = part.payload, part.ctype
    text = _attempt(lambda: attachment_text(data, ctype, part.filename, part.charset), "")
    return Attachment(filename=part.filename, content_type=ctype, size=len(data), text=text)


def attachment_text(data: bytes, ctype: str, filename: str | None, charset: str | None = None) -> str:
    """Text of a PDF, .docx, plain-text or CSV attachment (capped); "" for anything else."""
    name = (filename or "").lower()
    if ctype == "application/pdf" or name.endswith(".pdf"):
        text = _pdf_text(data)
    elif ctype.endswith("wordprocessingml.document") or name.endswith(".docx"):
        text = _docx_text(data)
    elif ctype in ("text/plain", "text/csv") or name.endswith((".txt", ".csv")):
        text = decode_bytes(data[: MAX_ATTACHMENT_TEXT * 4], charset)
    else:
        return ""
    return _cap(_normalise(text), MAX_ATTACHMENT_TEXT)


def _pdf_text(data: bytes) -> str:
    if len(data) > MAX_DOCUMENT_BYTES or not data.lstrip()[:5].startswith(b"%PDF"):
        return ""
    import pypdf

    deadline = time.monotonic() + DOCUMENT_SECONDS
    out: list[str] = []
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        for page in reader.pages[:MAX_PDF_PAGES]:
            out.append(page.extract_text() or "")
            if time.monotonic() > deadline or sum(map(len, out)) > MAX_ATTACHMENT_TEXT:
                break
    except Exception:
        pass  # pypdf raises many kinds on damaged files; keep what the earlier pages gave
    return "\n".join(out)


def _docx_text(data: bytes) -> str:
    if len(data) > MAX_DOCUMENT_BYTES or not data.startswith(b"PK"):
        return ""
    import docx

    try:
        document: Any = docx.Document(io.BytesIO(data))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables[:50]:
            lines.extend(" | ".join(cell.text for cell in row.cells) for row in table.rows)
    except Exception:
        return ""
    return "\n".join(lines)
