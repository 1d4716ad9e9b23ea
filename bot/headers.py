"""Parse stage, headers: a message's (or an embedded original's) header fields -> addresses, ids, dates, flags.

Pure: never does I/O and never raises on broken headers: a header the stdlib cannot parse falls back to its
raw text, a bad date becomes None and is noted as a defect. It reads headers only, never a body; header lines
copied into a body's text (a bounce's copy, an inline forward) are read by `header_block`.
"""

from __future__ import annotations

import datetime as dt
import re
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from bot.text import attempt, decode_words, one_line, unescape, unique

MAX_HEADER = 4_000  # characters of a header decoded for display (subject, names)

FLAG_HEADERS = (
    "auto-submitted", "x-autoreply", "x-autorespond", "x-auto-response-suppress", "precedence",
    "x-failed-recipients", "list-id", "list-unsubscribe", "return-path", "content-type",
)  # fmt: skip
RECIPIENT_HEADERS = ("to", "cc", "delivered-to", "x-original-to", "envelope-to")

_ID = re.compile(r"<([^<>\s]+)>")
_BARE_ADDRESS = re.compile(r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_RECEIVED_FOR = re.compile(r"\bfor\s+<?([^\s<>;]+@[^\s<>;]+?)>?\s*(?:;|$|\()", re.IGNORECASE)
HEADER_LINE = re.compile(r"^[ \t*>]*([A-Za-z][A-Za-z-]{1,30})[ \t*]*:[ \t*]*(.*)$")


class Headers:
    """Header access that never raises: the parsed (decoded) form when the parser copes, else the raw."""

    def __init__(self, msg: Message) -> None:
        self.msg = msg
        self.defects: list[str] = []
        self.raw_pairs = raw_pairs(msg)

    def raw_all(self, name: str) -> list[str]:
        unfolded = (re.sub(r"\r?\n[ \t]*", " ", v) for k, v in self.raw_pairs if k.lower() == name)
        return [unescape(str(v)).strip() for v in unfolded]

    def raw(self, name: str) -> str:
        values = self.raw_all(name)
        return values[0] if values else ""

    def text(self, name: str) -> str:
        """The decoded value of the first header `name`, on one line; "" when absent."""
        if len(self.raw(name)) > MAX_HEADER:  # the stdlib's header parser is quadratic on such values
            return one_line(decode_words(self.raw(name)[:MAX_HEADER]))
        try:
            value = self.msg.get(name)
            return "" if value is None else one_line(unescape(str(value)))
        except Exception:
            self.defects.append(f"HeaderError:{name}")
            return one_line(decode_words(self.raw(name)))

    def sender(self) -> tuple[str, str]:
        name, addr = attempt(lambda: parseaddr(self.raw("from")), ("", ""))
        if "@" not in addr:
            found = _BARE_ADDRESS.findall(self.raw("from"))
            addr = found[0] if found else addr
        return one_line(decode_words(name)).strip("\"' "), addr.strip().lower()

    def addresses(self, *names: str) -> list[str]:
        return unique(a for n in names for v in self.raw_all(n) for a in addresses_in(v))

    def recipients(self) -> list[str]:
        received = (m.lower() for v in self.raw_all("received") for m in _RECEIVED_FOR.findall(v))
        return unique([*self.addresses(*RECIPIENT_HEADERS), *received])

    def ids(self, name: str) -> list[str]:
        return unique(i for v in self.raw_all(name) for i in ids_in(v))

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
        parsed = attempt(lambda: parsedate_to_datetime(value), None)
        if parsed is None:
            self.defects.append("InvalidDate")
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)

    def flags(self) -> dict[str, str]:
        return {n: one_line(decode_words(self.raw(n)[:MAX_HEADER])) for n in FLAG_HEADERS if self.raw_all(n)}


def raw_pairs(part: Message) -> list[tuple[str, str]]:
    return attempt(lambda: [(str(k), str(v)) for k, v in part.raw_items()], [])


def addresses_in(value: str) -> list[str]:
    """Lower-case bare addresses in one raw address header value."""
    empty: list[tuple[str, str]] = []
    pairs = attempt(lambda: getaddresses([value]), empty)
    found = [addr.strip().lower() for _, addr in pairs if "@" in addr and " " not in addr.strip()]
    if not found and "@" in value:
        found = [a.lower() for a in _BARE_ADDRESS.findall(value)]
    return found


def ids_in(value: str) -> list[str]:
    return [f"<{i}>" for i in _ID.findall(value)]


def header_block(text: str) -> list[tuple[str, str]]:
    """(lower-case name, value) pairs from a block of header lines at the start of `text` (folded lines
    joined); stops at the first blank line after a header or at the first line that is not a header."""
    pairs: list[tuple[str, str]] = []
    for line in text.lstrip("\r\n").splitlines()[:200]:
        match = HEADER_LINE.match(line)
        if pairs and line[:1] in (" ", "\t") and line.strip():
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + " " + line.strip())
        elif match:
            pairs.append((match.group(1).lower(), match.group(2).strip()))
        elif pairs or line.strip():
            break
    return pairs
