"""Match stage, numbers: how tracking numbers are found in text and known by (separators, case and an optional
letter prefix aside), and how Message-IDs are compared. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from bot.match.similarity import DASHES

# A run of letters/digits joined by dashes, slashes or dots (or a space after letters: "PRR 26-00388"):
# tracking numbers are looked up among its contiguous sub-runs, which gives word-boundary semantics (an
# underscore is a boundary, as in file names).
_NUMBER_RUN = re.compile(r"[A-Za-z0-9]+(?:(?:[-/.]|(?<=[A-Za-z]) (?=[0-9]))[A-Za-z0-9]+)*")
_NUMBER_PART = re.compile(r"[A-Za-z0-9]+|[-/. ]")
_SEPARATORS = str.maketrans("", "", "-/. \t")
_LEAD = re.compile(r"[A-Z]+|[0-9]+")
_MAX_NUMBER_PARTS = 8
# Correspondence about a records request says so; newsletters and press releases on the same topic do not.


def normalize_number(number: str) -> str:
    """The key a tracking number is known by: upper case, without separators, so that an agency writing
    "PRR-26-00388", "PRR 26-00388" and "PRR26-00388" is seen to write one number."""
    return number.translate(DASHES).translate(_SEPARATORS).upper()


_PREFIX = re.compile(r"[A-Z]{2,}(?=\d)")


def number_core(key: str) -> str | None:
    """A number's key without the letters an agency writes in front of it only sometimes ("PIA No. 2026-01187"
    beside "PIA-2026-01187"): None when there are none, or when too little is left to tell numbers apart."""
    prefix = _PREFIX.match(key)
    core = key[prefix.end():] if prefix else ""
    return core if sum(c.isdigit() for c in core) >= 7 else None


def first_part(part: str) -> str:
    """What the first-part filter compares: up to two leading letters, or digits, of a number. Short, so that
    "PRR26-00388" and "PRR 26-00388", or "2600388" and "26-00388", lead alike."""
    found = _LEAD.match(part.upper())
    return (found.group() if found else part.upper())[:2]


# A number that leads with its year ("2026-114", "OPRA-26-041"), written by the same office with the year in
# four digits or in two. Only a written form with the separator after the year counts: "26114" alone is as
# likely a ZIP code, "12-26-114" part of something longer.
_YEAR_FORM = re.compile(r"(?<![0-9A-Za-z])(?<![0-9][-/.])([A-Za-z]{0,8}[-# ]{0,2})(20)?([1-3][0-9])[-/]([0-9]{3,7})"
                        r"(?![0-9A-Za-z]|[-/.][0-9A-Za-z])")


def year_variants(text: str) -> Iterator[tuple[str, str]]:
    """(as written, key of the same number with its year written the other way) for each number in the text
    that leads with a year: "26-114" -> "2026114", "OPRA 2026-041" -> "OPRA26041" (and "26041" without the
    letters, as an office writes them only sometimes)."""
    for found in _YEAR_FORM.finditer(text.translate(DASHES)):
        prefix, century, year, rest = found.groups()
        other = f"{year}{rest}" if century else f"20{year}{rest}"
        written = found.group().strip(" #-")
        letters = normalize_number(prefix).strip("#")
        if letters:
            yield written, f"{letters}{other}"
        yield written, other


def normalize_message_id(msgid: str) -> str:
    msgid = msgid.strip().lower()
    return msgid if msgid.startswith("<") else f"<{msgid}>"


def numbers_in(text: str, first_parts: Container[str] | None = None) -> Iterator[str]:
    """Every normalised sub-run of the text that could be a tracking number (word-bounded); with `first_parts`,
    only those that begin with one of them (the first parts of the numbers known: over the dev replies,
    97,670 candidates looked up -> 2,437)."""
    for run in _NUMBER_RUN.finditer(text.translate(DASHES)):
        token = run.group()
        if token.isalnum():  # a plain word, as most runs are
            if first_parts is None or first_part(token) in first_parts:
                yield token.upper()
            continue
        parts = _NUMBER_PART.findall(token)
        for start in range(0, len(parts), 2):
            if first_parts is not None and first_part(parts[start]) not in first_parts:
                continue
            stop_max = min(len(parts), start + 2 * _MAX_NUMBER_PARTS - 1)
            for stop in range(start + 1, stop_max + 1, 2):
                yield "".join(parts[start:stop:2]).upper()
