"""Parse stage, text: bytes, RFC 2047 encoded words and HTML -> normalised plain text.

Pure: never does I/O and never raises on odd input: unknown charsets decode best-effort, broken HTML falls
back to its text without tags. It knows nothing of MIME structure; message.py hands it one part at a time.

Every text field of a Reply (`text`, `new_text`, `quoted_text`, attachment text, `subject`) goes through
`normalise` so that later stages can match plain ASCII: CR LF and CR become LF; NBSP, narrow NBSP and figure
space become a space; zero-width characters, soft hyphens and NULs are removed; the hyphens U+2010..U+2013
(hyphen, non-breaking hyphen, figure dash, en dash) and U+2212 (minus) become "-", because agencies write
tracking numbers and date ranges with them ("RTK&#8209;2026&#8209;0142", "2022–2025"). The em dash (U+2014)
and curly quotes are kept: they are punctuation, never part of a number.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from email.header import decode_header
from functools import lru_cache
from typing import TypeVar
from urllib.parse import unquote

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

_MD_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([^()\s]+)\)")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_ESCAPE = re.compile(r"^(\s*\d+)\\\.|^(\s*)\\([-+])", re.MULTILINE)
_TABLE_RULE = re.compile(r"^[ \t]*-{3,}(?:\|-{3,})+[ \t]*$\n?", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_SURROGATE = re.compile("[\udc80-\udcff]")

T = TypeVar("T")


# What could not be read of the message being parsed: one sentence each, for the team (see `unread`).
_UNREAD: ContextVar[list[str] | None] = ContextVar("unread", default=None)


@contextmanager
def defects_recorded() -> Iterator[list[str]]:
    """Collect what the readers could not read while the block runs (one message's parse)."""
    found: list[str] = []
    token = _UNREAD.set(found)
    try:
        yield found
    finally:
        _UNREAD.reset(token)


def record_defect(sentence: str) -> None:
    """Note that part of the message could not be read, as the team should hear it, e.g. "an attached letter
    (a.pdf) could not be read (PdfReadError: EOF marker not found)"."""
    found = _UNREAD.get()
    if found is not None and sentence not in found:
        found.append(sentence)


def unread(defects: Iterable[str]) -> list[str]:
    """The defects worth telling the team: the sentences, not the email package's class names."""
    return [d for d in defects if " " in d]


def attempt(fn: Callable[[], T], default: T, what: str = "part of the message") -> T:
    """Run one access into the email package (or a library reading an attachment), which can raise on broken
    input in many ways: the default instead, and the failure recorded as a defect of the message."""
    try:
        return fn()
    except Exception as err:
        record_defect(f"{what} could not be read ({_why(err)})")
        return default


def _why(err: BaseException) -> str:
    return cap(one_line(f"{err.__class__.__name__}: {err}"), 200)


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def cap(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit]


# Microsoft 365 "Safe Links" and Proofpoint URL Defense rewrite every link through their own host: the portal's
# per-agency host and a request number in its path ("okrecords.nextrequest.com/requests/26-1187") are only in the
# wrapped address. Links are shown as the address the sender wrote.
_SAFE_LINK = re.compile(r"https?://[\w.-]*safelinks\.protection\.outlook\.com/[^\s)>\]]*?[?&]url=([^&\s)>\]]+)"
                        r"[^\s)>\]]*", re.IGNORECASE)
_URL_DEFENSE = re.compile(r"https?://urldefense(?:\.proofpoint)?\.com/v3/__(\S+?)__;[^\s)>\]]*", re.IGNORECASE)


def unwrap_links(text: str) -> str:
    if "safelinks.protection.outlook.com" in text:
        text = _SAFE_LINK.sub(lambda m: unquote(m.group(1)), text)
    if "urldefense" in text:
        text = _URL_DEFENSE.sub(lambda m: m.group(1), text)
    return text


def normalise(text: str) -> str:
    # Each step is skipped when a plain substring test shows it would change nothing (all of _TRANSLATE but NUL
    # is outside ASCII; the regexes need a space or tab before a line end, or three line ends): those scans run
    # in C, and most text needs neither step. The body text of the bench set's messages: 0.032 -> 0.012 ms each.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unwrap_links(text)
    if not text.isascii() or "\x00" in text:
        text = text.translate(_TRANSLATE)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = _TRAILING_SPACE.sub("", text)
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


def one_line(text: str) -> str:
    """`normalise`, then runs of white space (line ends included) as one space: only the translation matters."""
    if not text.isascii() or "\x00" in text:
        text = text.translate(_TRANSLATE)
    return " ".join(text.split())


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


def unescape(value: str) -> str:
    """A header string from the parser may carry raw 8-bit bytes as surrogate escapes: decode them."""
    if value.isascii() or not _SURROGATE.search(value):
        return value
    return decode_bytes(value.encode("utf-8", "surrogateescape"))


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words, tolerating unknown charsets and broken encodings."""
    value = unescape(value)
    if "=?" not in value:
        return value
    try:
        chunks = decode_header(value)
    except Exception as err:
        record_defect(f"an encoded header could not be decoded and is shown as sent ({_why(err)})")
        return value
    return "".join(decode_bytes(c, cs) if isinstance(c, bytes) else c for c, cs in chunks)


# --- HTML ---------------------------------------------------------------------------------------------


_BLOCKQUOTE = re.compile(r"<(/?)blockquote\b([^>]*)>", re.IGNORECASE)
_CITE_ATTRIBUTE = re.compile(r"type\s*=\s*[\"']?cite|class\s*=\s*[\"'][^\"']*quote", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"wrote:|original message|^\s*(?:from|sent|date)\s*:", re.IGNORECASE | re.MULTILINE)


def _content_blockquotes(html: str) -> str:
    """A blockquote is quoted history when a mail program made it so (type=cite, a *quote class, an "... wrote:"
    line just above it); a records portal's notice puts the agency's own message in one: that is content, and
    becomes a plain block, so that it is not taken for the quoted thread."""
    if "blockquote" not in html.lower():
        return html
    out: list[str] = []
    kept: list[bool] = []  # for each open blockquote, whether it stays one
    last = 0
    for tag in _BLOCKQUOTE.finditer(html):
        out.append(html[last : tag.start()])
        last = tag.end()
        if tag.group(1):  # a closing tag
            out.append(tag.group(0) if (kept.pop() if kept else True) else "</div>")
            continue
        above = re.sub(r"<[^>]*>", "\n", html[max(0, tag.start() - 600) : tag.start()])
        cite = bool(_CITE_ATTRIBUTE.search(tag.group(2))) or bool(_ATTRIBUTION.search(above[-300:])) or any(kept)
        kept.append(cite)
        out.append(tag.group(0) if cite else "<div>")
    out.append(html[last:])
    return "".join(out)


_BLOCK_END = re.compile(r"(</(?:p|div|h[1-6]|li|blockquote)\s*>)", re.IGNORECASE)


def _blocks_in_cells(html: str) -> str:
    """Portals lay their mail out in tables; html2text joins the paragraphs of a table cell into one line
    ("Police DepartmentPayment of $96.40"). A line break after each block keeps them apart."""
    return _BLOCK_END.sub(r"\1<br>", html) if "<td" in html.lower() else html


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
        text = converter.handle(_blocks_in_cells(_content_blockquotes(html)))
    except Exception as err:
        record_defect(f"the HTML body could not be converted and was read without its layout ({_why(err)})")
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
