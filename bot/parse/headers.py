"""Parse stage, headers: a message's (or an embedded original's) header fields -> addresses, ids, dates, flags.

Pure: never does I/O and never raises on broken headers: a header the stdlib cannot parse falls back to its
raw text, a bad date becomes None and is noted as a defect. It reads headers only, never a body; header lines
copied into a body's text (a bounce's copy, an inline forward) are read by `header_block`.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from email.headerregistry import BaseHeader, HeaderRegistry, UnstructuredHeader
from email.message import Message
from email.policy import EmailPolicy
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from functools import lru_cache

import dateutil.parser

from bot.parse.text import attempt, decode_words, one_line, unescape, unique

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
_FOLD = re.compile(r"\r?\n[ \t]*")

# Plain address lists ("Name <local@domain>, local@domain"; the name plain words, the address dot-atoms) for
# which the result of email.utils.getaddresses / parseaddr is known without running them (checked against
# them on some 300,000 generated values): their strict mode scans every value character by character several
# times. Reading the bench set's sender and recipients: 0.035 -> 0.012 ms a message.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_ADDR_SPEC = rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_PLAIN_MAILBOX = re.compile(rf"(?:({_ATOM}(?: {_ATOM})*) <({_ADDR_SPEC})>|({_ADDR_SPEC}))")
_PLAIN_LIST = re.compile(rf"{_PLAIN_MAILBOX.pattern}(?:, {_PLAIN_MAILBOX.pattern})*")
_PLAIN_ADDRESS = re.compile(rf"<({_ADDR_SPEC})>|({_ADDR_SPEC})")

# Header values whose reading through the stdlib's Message methods (type, parameters, filename, charset,
# transfer encoding, subject) is the same whether policy.default parsed them into a header object or not
# (checked against that parser on a few hundred thousand generated values): plain tokens, parameters with
# token or simple quoted values, printable ASCII. No encoded words, comments, escapes, RFC 2231 or 8-bit bytes.
_TOKEN = r"[!#$&+\-.^_`|~0-9A-Za-z]+"
_PARAMS = rf'(?:[ \t]*;[ \t]*{_TOKEN}[ \t]*=[ \t]*(?:{_TOKEN}|"[^"\\\x00-\x1f\x7f-\uffff]*"))*[ \t]*'
_AS_IS = {
    "content-type": re.compile(rf"(?!.*=\?){_TOKEN}/{_TOKEN}{_PARAMS}", re.DOTALL),
    "content-disposition": re.compile(rf"(?!.*=\?){_TOKEN}{_PARAMS}", re.DOTALL),
    "content-transfer-encoding": re.compile(rf"{_TOKEN}[ \t]*"),
    "subject": re.compile(r"(?!.*=\?)[\x20-\x7e\t]*", re.DOTALL),
}
_PARAM_NAME = re.compile(r";[ \t]*([^=; \t]+)")


class _ParsedOnce(HeaderRegistry):
    """policy.default parses a header again on every read, and the stdlib's own parser reads Content-Type
    several times per part: parsed headers are immutable, so a short (name, value) is parsed once. Parsing the
    79 dev messages ten times: 1.13 s -> 0.54 s."""

    def __call__(self, name: str, value: str) -> BaseHeader:
        try:
            return _parsed(self, name, value) if len(value) <= 1000 else super().__call__(name, value)
        except Exception:  # the stdlib's parser crashes on some values ("Content-Type: ;{name*": IndexError)
            return _Unparsed(name, value)


class _Unparsed(UnstructuredHeader, BaseHeader):
    """A header the stdlib could not parse, kept as its text: the message is still read."""


@lru_cache(maxsize=2048)
def _parsed(registry: HeaderRegistry, name: str, value: str) -> BaseHeader:
    return HeaderRegistry.__call__(registry, name, value)


class _ReadAsIs(EmailPolicy):
    """policy.default, except that a plain MIME header (see `_AS_IS`) is handed to the Message methods as its
    unfolded text instead of a header object: those methods read the header's text, and for such values the
    result is the same, without running the stdlib's header parser on every part's Content-Type. Parsing the
    790-message bench set (dev corpus x 10) and reading each part's type, disposition, filename and charset,
    with MIME boundaries made unique as in real mail (so that `_ParsedOnce` cannot help): 0.19 -> 0.095 ms a
    message."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        simple = _AS_IS.get(name.lower())
        if simple is not None and type(value) is str:  # not a header object that a set_* call stored
            unfolded = value.replace("\r", "").replace("\n", "") if "\n" in value or "\r" in value else value
            if simple.fullmatch(unfolded) and _params_unique(unfolded):
                return unfolded
        return super().header_fetch_parse(name, value)


def _params_unique(value: str) -> bool:
    """policy.default keeps only the first of repeated parameters, Message.get_params all of them."""
    if value.count(";") < 2:
        return True
    names = [n.lower() for n in _PARAM_NAME.findall(value)]
    return len(names) == len(set(names))


POLICY = EmailPolicy(header_factory=_ParsedOnce())  # policy.default, each short header parsed once
READ_POLICY = _ReadAsIs(header_factory=_ParsedOnce())  # the same reading, plain MIME headers not parsed


class Headers:
    """Header access that never raises: the parsed (decoded) form when the parser copes, else the raw."""

    def __init__(self, msg: Message) -> None:
        self.msg = msg
        self.defects: list[str] = []
        self.raw_pairs = raw_pairs(msg)
        # A message's headers are read some 25 times (recipients, flags, ids...): index them by name once.
        self._raw: dict[str, list[str]] = {}
        for k, v in self.raw_pairs:
            self._raw.setdefault(k.lower(), []).append(v)
        self._unfolded: dict[str, list[str]] = {}

    def raw_all(self, name: str) -> list[str]:
        found = self._unfolded.get(name)
        if found is None:
            unfolded = (_FOLD.sub(" ", v) if "\n" in v else v for v in self._raw.get(name, ()))
            found = self._unfolded[name] = [unescape(v).strip() for v in unfolded]
        return list(found)

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

    def group(self) -> str | None:
        """The address of the mailing list or group (a Google Group used as a shared inbox) that relayed the
        message, when one did: from Mailing-list ("list records@team.org; contact ..."), List-Post or List-Id."""
        if not (self.raw_all("x-google-group-id") or self.raw_all("mailing-list") or self.raw_all("list-post")
                or self.raw_all("x-original-from")):
            return None
        for value in self.raw_all("mailing-list"):
            found = _BARE_ADDRESS.findall(value)
            if found:
                return found[0].lower()
        for value in self.raw_all("list-post"):
            found = _BARE_ADDRESS.findall(value)
            if found:
                return found[0].lower()
        return None

    def groups(self) -> list[str]:
        """Every group that relayed the message: a group can be a member of another (the desk's group inside the
        newsroom's), and each adds its own list headers."""
        if self.group() is None:
            return []
        found = [a.lower() for name in ("mailing-list", "list-post") for v in self.raw_all(name)
                 for a in _BARE_ADDRESS.findall(v)]
        return unique(found)

    def sender(self) -> tuple[str, str]:
        """The sender's display name and address. A group that rewrote From for a sender with a strict DMARC
        policy ("'FOIA Office' via Records" <records@team.org>) keeps the real one in X-Original-From."""
        original = self.raw("x-original-from")
        if original:
            name, addr = self._mailbox(original)
            if "@" in addr:
                return name, addr
        name, addr = self._mailbox(self.raw("from"))
        # Without X-Original-From, Google Groups still names the author in X-Original-Sender, and keeps the
        # author's name in the rewritten display name ("'USAEO-FOIA Requests' via FOIA Desk").
        groups = self.groups()
        if addr in groups:
            _, author = self._mailbox(self.raw("x-original-sender"))
            if "@" in author and author not in groups:
                return _VIA_GROUP.sub("", name).strip("\"' "), author
        return name, addr

    def _mailbox(self, value: str) -> tuple[str, str]:
        plain = _PLAIN_MAILBOX.fullmatch(value)
        if plain:
            name, addr = plain.group(1) or "", plain.group(2) or plain.group(3)
        else:
            name, addr = attempt(lambda: parseaddr(value), ("", ""))
        if "@" not in addr:
            found = _BARE_ADDRESS.findall(value)
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
        """The flag headers' values; a relaying group's own list headers are left out (the team's group is
        how mail arrives, not a sign of bulk mail), a newsletter's own are kept."""
        groups = self.groups()
        found = {}
        for name in FLAG_HEADERS:
            values = self.raw_all(name)
            if groups and name in _LIST_HEADERS:
                values = [v for v in values if not any(_names_group(v, group) for group in groups)]
            if values:
                found[name] = one_line(decode_words(values[0][:MAX_HEADER]))
        return found


_LIST_HEADERS = ("list-id", "list-unsubscribe", "precedence")


_VIA_GROUP = re.compile(r"'?\s+via\s+[^']*$")


def _names_group(value: str, group: str) -> bool:
    """Whether a list header is the relaying group's own: it names the group's address, its list id
    (records.team.org) or the group service, or it is the 'Precedence: list' every group adds."""
    lowered = value.lower()
    local, _, domain = group.partition("@")
    return (lowered.strip() == "list" or group in lowered or f"{local}.{domain}" in lowered
            or f"{local}+unsubscribe@" in lowered or "googlegroups.com" in lowered or "groups.google.com" in lowered)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_US_ZONES = {name: hours * 3600 for name, hours in (("EST", -5), ("EDT", -4), ("CST", -6), ("CDT", -5), ("MST", -7),
                                                     ("MDT", -6), ("PST", -8), ("PDT", -7), ("AKST", -9),
                                                     ("AKDT", -8), ("HST", -10), ("UTC", 0), ("GMT", 0))}


def written_date(value: str) -> dt.datetime | None:
    """A date as a mail program writes it in a forwarded message's header lines: RFC 5322, Gmail's "Mon, Nov 2, 2026
    at 3:12 PM", Outlook's "Friday, October 2, 2026 3:18 PM". Without a zone it stays naive (the team's clock)."""
    if not _YEAR.search(value):
        return None
    parsed = attempt(lambda: parsedate_to_datetime(value), None)
    if parsed is None:
        with warnings.catch_warnings():  # a zone name it does not know leaves the date naive, as if none were given
            warnings.simplefilter("ignore", dateutil.parser.UnknownTimezoneWarning)
            parsed = attempt(lambda: dateutil.parser.parse(value.replace(" at ", " "), fuzzy=True,
                                                           tzinfos=_US_ZONES), None)
    return parsed if isinstance(parsed, dt.datetime) else None


def raw_pairs(part: Message) -> list[tuple[str, str]]:
    return attempt(lambda: [(str(k), str(v)) for k, v in part.raw_items()], [])


def addresses_in(value: str) -> list[str]:
    """Lower-case bare addresses in one raw address header value."""
    if _PLAIN_LIST.fullmatch(value):
        return [(bracketed or bare).lower() for bracketed, bare in _PLAIN_ADDRESS.findall(value)]
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
