"""Parse stage, what the agency said: the one text every later stage reads to learn what a reply says.

Pure: built once per message by message.py into `Reply.said`. It holds the subject, the text above the quoted
history, the text of attached letters and, in a colleague's forward, the forwarded letter instead of the
colleague's note: what the agency said, as one line (phrases in letters wrap at random places), with dash-like
characters and typographic quotes made plain. Never the quoted history of our own mail, which may name our
other requests.
"""

from __future__ import annotations

import re

from bot.model import Reply
from bot.parse.quotes import FORWARD_SUBJECT

# A bad agency pattern (catastrophic backtracking) must not hang the worker: every text fed to a configured
# regex, and every text we scan, is capped.
TEXT_CAP = 50_000
ATTACHMENT_CAP = 10_000  # the letter is at the top; deeper pages are the records themselves

_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]|&#8209;|&#x2011;|&#8211;|&#8212;")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_SPACE = re.compile(r"\s+")
# Where the forwarded letter begins in a colleague's forward (Gmail's, Apple Mail's and Outlook's markers).
_FORWARDED = re.compile(
    r"^[ >]*(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}|begin forwarded message:"
    r"|_{5,}\s*$\s*^from:)",
    re.I | re.M,
)


def normalise(text: str) -> str:
    """Dash-like characters to '-', typographic quotes to ASCII, no-break spaces to spaces; capped."""
    return _DASHES.sub("-", text[:TEXT_CAP]).translate(_QUOTES)


def flat(text: str) -> str:
    """One line, single spaces."""
    return _SPACE.sub(" ", normalise(text)).strip()


def what_was_said(reply: Reply) -> str:
    """The canonical text (see the module docstring)."""
    body = reply.new_text
    forwarded = bool(FORWARD_SUBJECT.match(reply.subject))
    if forwarded:
        marker = _FORWARDED.search(body)
        if marker:
            body = body[marker.end():]
    parts = [reply.subject, body]
    parts += [a.text[:ATTACHMENT_CAP] for a in reply.attachments if a.text]
    if forwarded or not reply.new_text.strip():
        # In a forward (or a reply whose whole body was taken for a quote) the "quoted" block IS the
        # agency's message.
        parts.append(reply.quoted_text)
    return flat("\n".join(parts))[:TEXT_CAP]
