"""The same letters in other deliveries: each labeled reply as it reaches the shared inbox another way, so that
bench/accuracy.py (--delivery NAME) measures how much the way a letter arrives changes what foiabot makes of it,
on every labeled set, without new letters being written.

Each delivery is a pure function of a message's bytes and the set's inbox (its address and the organisation's
domain, from requests.yaml) to new bytes. Every one keeps the message's labels true: the same agency's letter
for the same request, the same kind, numbers and dates (a colleague's forward is dated a few minutes after the
original, never on another day).

- `direct`: the message as it is.
- `group`: as a Google Group used as a collaborative inbox relays it: its list headers, and for senders whose
  domain publishes a strict DMARC policy (every .gov and .mil domain) From rewritten to the group, with the real
  sender in X-Original-From and Reply-To. Identical answers are required here (tests/test_holdout.py).
- `forwarded`: a colleague forwards it inline as Gmail does: from a person at the organisation's domain to the
  inbox, "Fwd: " and the subject, a one-line note, Gmail's "Forwarded message" block (From, Date, Subject, To,
  Cc), the original's text and its attachments. An HTML-only original's text is html2text's, with the settings
  foiabot reads HTML with (bot/parse/text.py), so that what is measured is the forward, not a converter.
- `attached`: Outlook's "forward as attachment": the colleague's note and the original as a message/rfc822 part.
- `unthreaded`: a reply that starts a new thread, as portals' mail does: no In-Reply-To or References, and our
  plus addresses (records+req-01@org) in To, Cc, Delivered-To, X-Original-To and Received made the inbox's
  plain address.
- `html`: a text/plain body made HTML (paragraphs in <p> inside a layout table); mail with HTML left alone.
- `pdf`: the letter moved into letter.pdf (a PDF with a text layer, Helvetica, 80 lines a page) and the body
  made "Please see the attached letter."; the quoted history below the letter stays in the body, as in a reply
  with the letter attached (a letter never holds the mail thread), and attachments are kept.

No colleague forwards a bounce (DSN) or an auto-reply to the desk, and no agency writes one as a PDF letter:
`deliver` leaves messages labeled `bounce` or `auto_reply` unchanged in `forwarded`, `attached` and `pdf`.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import html
import re
import textwrap
import zoneinfo
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import EmailMessage, Message
from email.utils import format_datetime, parseaddr, parsedate_to_datetime
from pathlib import Path

import yaml

from bot.parse.quotes import split_quotes
from bot.parse.text import html_to_text

# The original's header lines as they came: refolding a long References header would write its ids as encoded words.
POLICY = email.policy.default.clone(refold_source="none")
# bench/accuracy.py replays with foiabot's default time zone: a forward must fall on the original's day there too.
BENCH_ZONE = zoneinfo.ZoneInfo("America/New_York")
COLLEAGUE = "Jordan Reyes", "jordan.reyes"
NOTE = "FYI, see below."
ATTACHED_NOTE = "FYI, the agency's message is attached."
PDF_NOTE = "Please see the attached letter."
MACHINE_KINDS = ("bounce", "auto_reply")  # the labels that no colleague forwards and no agency puts in a PDF

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_STRICT_DMARC = re.compile(r"\.(?:gov|mil)$", re.I)


@dataclass(frozen=True)
class Inbox:
    """The shared inbox a set's mail arrives in."""

    address: str  # records@team.example.org
    domain: str  # the organisation's own domain

    @classmethod
    def of(cls, requests_file: Path) -> Inbox:
        data = yaml.safe_load(requests_file.read_text()) or {}
        address = str(data.get("inbox_address") or "records@team.example.org")
        return cls(address, str(data.get("organization_domain") or address.rpartition("@")[2]))


# --- group ----------------------------------------------------------------------------------------------


def via_group(raw: bytes, group: str, group_name: str = "Records") -> bytes:
    """The message as the group `group` (records@team.org) relays it to its members."""
    split = _split_head(raw)
    if split is None:
        return raw
    lines, newline, body = split
    local, _, domain = group.partition("@")
    added = [
        "X-Google-Group-Id: 412345678901",
        f"List-Post: <mailto:{group}>",
        f"List-Help: <https://support.google.com/a/{domain}/bin/topic.py?topic=25838>, <mailto:{local}+help@{domain}>",
        f"List-Archive: <https://groups.google.com/a/{domain}/group/{local}/>",
        f"Mailing-list: list {group}; contact {local}+owners@{domain}",
        f"List-Id: <{local}.{domain}>",
        f"List-Unsubscribe: <mailto:googlegroups-manage+412345678901+unsubscribe@googlegroups.com>,"
        f" <https://groups.google.com/a/{domain}/group/{local}/subscribe>",
        "Precedence: list",
    ]
    original = _header(lines, "from")
    name, address = parseaddr(original)
    if address and _STRICT_DMARC.search(address.rpartition("@")[2]):
        shown = (name or address.partition("@")[0]).replace("'", "").replace('"', "")
        lines = _without(lines, "from")
        added += [f"From: \"'{shown}' via {group_name}\" <{group}>", f"X-Original-From: {original}",
                  f"X-Original-Sender: {address}"]
        if not _header(lines, "reply-to"):
            added.append(f"Reply-To: {original}")
    return _join_head(added + lines, newline, body)


def group(raw: bytes, inbox: Inbox) -> bytes:
    return via_group(raw, inbox.address)


# --- unthreaded -----------------------------------------------------------------------------------------

_RECIPIENT_FIELDS = ("to", "cc", "delivered-to", "x-original-to", "envelope-to", "received")


def unthreaded(raw: bytes, inbox: Inbox) -> bytes:
    """The message without its thread headers, sent to the inbox's plain address. Edited as bytes: the rest of
    the message stays exactly as it was."""
    split = _split_head(raw)
    if split is None:
        return raw
    lines, newline, body = split
    lines = _without(_without(lines, "in-reply-to"), "references")
    local = inbox.address.partition("@")[0]
    plus = re.compile(rf"\b{re.escape(local)}\+[^@\s<>,;\"']+@{re.escape(inbox.domain)}\b", re.I)
    field = ""
    rewritten = []
    for line in lines:
        if line[:1] not in (" ", "\t"):
            field = line.partition(":")[0].strip().lower()
        rewritten.append(plus.sub(inbox.address, line) if field in _RECIPIENT_FIELDS else line)
    return _join_head(rewritten, newline, body)


# --- forwarded and attached -----------------------------------------------------------------------------


def forwarded(raw: bytes, inbox: Inbox) -> bytes:
    """A colleague's inline forward of the message, as Gmail writes it (text/plain, attachments kept)."""
    original = _message(raw)
    letter = _Letter.of(original)
    block = [f"From: {_text(original, 'from')}", f"Date: {_gmail_date(original)}",
             f"Subject: {_text(original, 'subject')}", f"To: {_text(original, 'to')}"]
    if _text(original, "cc"):
        block.append(f"Cc: {_text(original, 'cc')}")
    body = f"{NOTE}\n\n---------- Forwarded message ---------\n" + "\n".join(block) + "\n\n\n" + letter.text
    msg = _from_colleague(original, inbox, "Fwd: ", f"<CAFwd{_digest(raw, 20)}@mail.gmail.com>")
    msg.set_content(_lines(body))
    if letter.attachments:
        msg.make_mixed()
        for part in letter.attachments:
            msg.attach(part)
        msg.set_boundary(f"000000000000{_digest(raw, 16)}")
    return msg.as_bytes(policy=POLICY)


def attached(raw: bytes, inbox: Inbox) -> bytes:
    """The message forwarded as an attachment, as Outlook does: a note, and the original as message/rfc822."""
    original = _message(raw)
    msg = _from_colleague(original, inbox, "FW: ", f"<fwd.{_digest(raw, 24)}@{inbox.domain}>")
    msg.set_content(ATTACHED_NOTE + "\n")
    inner = EmailMessage(policy=POLICY)
    inner.set_content(original)
    name = re.sub(r"[^\w .,()-]+", "", _text(original, "subject"))[:60].strip() or "message"
    inner.add_header("Content-Disposition", "attachment", filename=f"{name}.eml")
    msg.make_mixed()
    msg.attach(inner)
    msg.set_boundary(f"_002_{_digest(raw, 24)}_")
    return msg.as_bytes(policy=POLICY)


def _from_colleague(original: Message, inbox: Inbox, prefix: str, message_id: str) -> EmailMessage:
    name, local = COLLEAGUE
    msg = EmailMessage(policy=POLICY)
    msg["From"] = f"{name} <{local}@{inbox.domain}>"
    msg["To"] = inbox.address
    msg["Subject"] = prefix + _text(original, "subject")
    date = _later_same_day(original)
    if date is not None:
        msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    return msg


def _later_same_day(original: Message, minutes: int = 4) -> dt.datetime | None:
    """A few minutes after the original, but on its day both where it was written and where the bench reads it."""
    when = _date(original)
    if when is None:
        return None
    for late in range(minutes, 0, -1):
        then = when + dt.timedelta(minutes=late)
        if then.date() == when.date() and then.astimezone(BENCH_ZONE).date() == when.astimezone(BENCH_ZONE).date():
            return then
    return when


def _gmail_date(original: Message) -> str:
    """"Tue, Mar 3, 2026 at 8:12 AM", as Gmail writes the date of the message it forwards."""
    when = _date(original)
    if when is None:
        return _text(original, "date")
    return f"{when:%a, %b} {when.day}, {when.year} at {when.hour % 12 or 12}:{when:%M %p}"


# --- html -----------------------------------------------------------------------------------------------


def as_html(raw: bytes, inbox: Inbox) -> bytes:
    """Every text/plain body of the message as HTML; a message with an HTML body of its own is left alone."""
    msg = _message(raw)
    if any(_is_body(p, "text/html") for p in msg.walk()):
        return raw
    plain = [p for p in _walk(msg) if _is_body(p, "text/plain")]
    if not plain:
        return raw
    for part in plain:
        part.set_content(html_letter(_decoded(part)), subtype="html")
    return msg.as_bytes(policy=POLICY)


def html_letter(text: str) -> str:
    """Plain text as the HTML a mail client writes: paragraphs in <p>, lines kept, in a one-cell layout table."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text.strip("\n")) if p.strip()]
    body = "\n".join("<p>" + "<br>\n".join(html.escape(line) for line in p.splitlines()) + "</p>" for p in paragraphs)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body>\n'
            '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="font-family:Arial;'
            f'font-size:11pt">\n{body}\n</td></tr></table>\n</body></html>\n')


# --- pdf ------------------------------------------------------------------------------------------------


def as_pdf(raw: bytes, inbox: Inbox) -> bytes:
    """The letter moved into letter.pdf; the body a one-line note with the quoted history below it."""
    msg = _message(raw)
    letter = _Letter.of(msg)
    text, quoted = split_quotes(letter.text)
    msg.clear_content()
    msg.set_content(_lines(PDF_NOTE + ("\n\n" + quoted if quoted else "")))
    msg.add_attachment(letter_pdf(text), maintype="application", subtype="pdf", filename="letter.pdf")
    for part in letter.attachments:
        msg.attach(part)
    msg.set_boundary(f"----=_Part_{_digest(raw, 20)}")
    return msg.as_bytes(policy=POLICY)


PAGE_LINES = 80
LINE_CHARS = 95
_PLAIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                        "\u2026": "...", "\u2022": "*", "\t": "    "})


def letter_pdf(text: str) -> bytes:
    """A PDF with `text` as its text layer: Helvetica 8 pt, 80 lines a page, lines wrapped at 95 characters.
    Characters outside Latin-1 become '?'."""
    lines: list[str] = []
    for line in text.translate(_PLAIN).splitlines():
        lines += textwrap.wrap(line, LINE_CHARS, break_long_words=False, break_on_hyphens=False) or [""]
    pages = [lines[i:i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)] or [[]]
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, page in enumerate(pages):
        stream = b"BT /F1 8 Tf 9 TL 40 756 Td\n" + b"".join(_pdf_string(line) + b" Tj T*\n" for line in page) + b"ET"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                       f" /Contents {5 + 2 * i} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _pdf_string(line: str) -> bytes:
    """A PDF literal string: parentheses and backslashes escaped, bytes outside printable ASCII in octal."""
    data = line.encode("latin-1", "replace")
    out = bytearray(b"(")
    for byte in data:
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif 32 <= byte < 127:
            out.append(byte)
        else:
            out += b"\\%03o" % (byte if byte >= 160 else ord("?"))
    return bytes(out + b")")


# --- every delivery -------------------------------------------------------------------------------------


def direct(raw: bytes, inbox: Inbox) -> bytes:
    return raw


DELIVERIES: dict[str, Callable[[bytes, Inbox], bytes]] = {
    "direct": direct, "group": group, "forwarded": forwarded, "attached": attached, "unthreaded": unthreaded,
    "html": as_html, "pdf": as_pdf,
}
HUMAN_ONLY = ("forwarded", "attached", "pdf")


def deliver(name: str, raw: bytes, inbox: Inbox, kind: str | None = None) -> bytes:
    """The message delivered as `name`; a bounce or auto-reply (its label's `kind`) unchanged where no person
    would deliver it that way."""
    if name in HUMAN_ONLY and kind in MACHINE_KINDS:
        return raw
    return DELIVERIES[name](raw, inbox)


# --- reading the original -------------------------------------------------------------------------------


@dataclass
class _Letter:
    """The original's readable text (its bodies, text preferred to HTML) and its other parts, as a mail client
    that forwards it sees them."""

    text: str
    attachments: list[EmailMessage]

    @classmethod
    def of(cls, msg: EmailMessage) -> _Letter:
        texts: list[str] = []
        attachments: list[EmailMessage] = []
        for part in _walk(msg):
            if _is_body(part, "text/plain"):
                texts.append(_decoded(part))
            elif _is_body(part, "text/html"):
                texts.append(html_to_text(_decoded(part)))
            else:
                attachments.append(part)
        return cls("\n\n".join(t.strip("\n") for t in texts if t.strip()) + "\n", attachments)


def _walk(part: EmailMessage) -> Iterator[EmailMessage]:
    """The leaves of a message, and its message/* parts whole (an attached message, a report's status fields); of
    an alternative, the text/plain one (or else the last one)."""
    ctype = part.get_content_type()
    if ctype.startswith("message/") or not part.is_multipart():
        yield part
        return
    children = [c for c in part.get_payload() if isinstance(c, EmailMessage)]
    if ctype == "multipart/alternative":
        plain = [c for c in children if _is_body(c, "text/plain") and _decoded(c).strip()]
        children = plain[:1] or children[-1:]
    for child in children:
        yield from _walk(child)


def _is_body(part: Message, ctype: str) -> bool:
    return (part.get_content_type() == ctype and part.get_content_disposition() != "attachment"
            and part.get_filename() is None)


def _decoded(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content
    except (LookupError, ValueError, AttributeError):
        pass
    data = part.get_payload(decode=True)
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else str(part.get_payload())


def _message(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=POLICY)
    assert isinstance(msg, EmailMessage)
    return msg


def _text(msg: Message, name: str) -> str:
    try:
        return " ".join(str(msg.get(name, "") or "").split())
    except (ValueError, IndexError, TypeError):
        return ""


def _date(msg: Message) -> dt.datetime | None:
    try:
        when = parsedate_to_datetime(_text(msg, "date"))
    except (ValueError, TypeError, IndexError):
        return None
    return when if when.tzinfo else None


def _lines(text: str) -> str:
    """Text with one kind of line end, as set_content wants it."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _digest(raw: bytes, length: int) -> str:
    """A stable token of the message: the same delivery of the same message is the same bytes on every run."""
    return hashlib.sha256(raw).hexdigest()[:length].upper()


# --- header lines as bytes ------------------------------------------------------------------------------


def _split_head(raw: bytes) -> tuple[list[str], str, bytes] | None:
    end = _HEADER_END.search(raw)
    if end is None:
        return None
    head, body = raw[: end.start()].decode("utf-8", "surrogateescape"), raw[end.start():]
    newline = "\r\n" if "\r\n" in head else "\n"
    return head.split(newline), newline, body


def _join_head(lines: list[str], newline: str, body: bytes) -> bytes:
    return newline.join(lines).encode("utf-8", "surrogateescape") + body


def _header(lines: list[str], name: str) -> str:
    for i, line in enumerate(lines):
        if line.lower().startswith(name + ":"):
            value = line.split(":", 1)[1]
            for more in lines[i + 1:]:
                if more[:1] not in (" ", "\t"):
                    break
                value += " " + more.strip()
            return value.strip()
    return ""


def _without(lines: list[str], name: str) -> list[str]:
    """The header lines without the field `name` and its folded continuation lines."""
    kept: list[str] = []
    dropping = False
    for line in lines:
        if line[:1] in (" ", "\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = line.lower().startswith(name + ":")
        if not dropping:
            kept.append(line)
    return kept

