"""Alerts stage, the excerpt: which sentences of a reply a post quotes. Pure.

The excerpt is chosen, not cut: the opening sentence, the sentence that decided the kind and the sentences that
state a deadline for us, an amount, an appeal or what the agency asks of us are shown whole; the room left goes
to the sentences nearest them, and "…" marks what was left out. A cut at a fixed length used to stop right where
an agency said by when it needed our answer ("If we do not receive a …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.classify.facts import DATE, OUR_DEADLINE
from bot.classify.phrases import DOLLARS

LIMIT = 600
OPENING = 200  # an opening sentence this short is always shown
GAP = "…"
# A sentence ends at . ! ? followed by a space, or at a blank line (lines wrap inside sentences); "Jan. 5",
# "U.S. Department", "No. 12" and a list's "1." do not end one.
_END = re.compile(r"(?<!\b[A-Z])(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))(?<!\b(?:no|st|mr|ms|dr))"
                  r"(?<!sept)(?<!\b\d)(?<!\b\d\d)"
                  r"[.!?][\"')\]]*\s+|\n\s*\n\s*", re.I)
_APPEAL = re.compile(r"\bappeal", re.I)
# What the agency asks of us, with the list that follows its colon: the question a clarification turns on.
_ASKS = re.compile(r"\bplease (?:clarify|specify|confirm|indicate|let us know|tell us)\b", re.I)
_WITHIN_DAYS = re.compile(r"\bwithin \w+ (?:calendar |business |working )?days\b", re.I)
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def sentences(text: str) -> list[str]:
    paragraphs = re.split(r"\n\s*\n", text.strip())
    lines = "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
    found, start = [], 0
    for end in _END.finditer(lines):
        found.append(lines[start : end.end()].strip())
        start = end.end()
    found.append(lines[start:].strip())
    merged: list[str] = []
    for sentence in (s for s in found if s):
        if merged and merged[-1].endswith(":"):  # a lead-in and the list it introduces are one thought
            merged[-1] += " " + sentence
        else:
            merged.append(sentence)
    return merged


def _plain(text: str) -> str:
    return " ".join(text.translate(_QUOTES).lower().split())


def _says(sentence: str, evidence: str) -> bool:
    """Whether `sentence` holds the words that decided the kind (evidence is quoted from the one-line text the
    classifier read, and may begin or end with "…")."""
    words = _plain(evidence.strip("… "))
    if not words:
        return False
    probe = words[: min(len(words), 40)]
    return probe in _plain(sentence)


def _matters(sentence: str, evidence: str) -> bool:
    if _says(sentence, evidence):
        return True
    if DOLLARS.search(sentence) or OUR_DEADLINE.search(sentence) or _WITHIN_DAYS.search(sentence):
        return True
    if _ASKS.search(sentence):
        return True
    return bool(_APPEAL.search(sentence) and (DATE.search(sentence) or _WITHIN_DAYS.search(sentence)))


def choose(text: str, evidence: str = "", limit: int = LIMIT) -> str:
    """The excerpt of `text` a post shows, at most about `limit` characters besides the key sentences."""
    parts = sentences(text)
    whole = " ".join(parts)
    if len(whole) <= limit:
        return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    keys = [n for n, sentence in enumerate(parts) if _matters(sentence, evidence)]
    if not keys or (keys[0] != 0 and len(parts[0]) <= OPENING):
        keys = [0, *keys]  # the opening says who writes and about what (a colleague's note on a forward)
    chosen = set(keys)
    room = limit - sum(len(parts[n]) + 1 for n in chosen)
    for n in _nearest(keys, len(parts)):
        if len(parts[n]) + 1 > room:
            break
        chosen.add(n)
        room -= len(parts[n]) + 1
    return _join(parts, sorted(chosen))


def _nearest(keys: Sequence[int], count: int) -> list[int]:
    """The other sentences, nearest a key sentence first (the one after before the one before)."""
    rest = [n for n in range(count) if n not in keys]
    return sorted(rest, key=lambda n: min((n - k if n > k else (k - n) + 0.5) for k in keys))


def _join(parts: Sequence[str], chosen: Sequence[int]) -> str:
    out: list[str] = [GAP] if chosen and chosen[0] > 0 else []
    for previous, n in zip([-1, *chosen], chosen, strict=False):
        if previous >= 0 and n != previous + 1:
            out.append(GAP)
        out.append(parts[n])
    if chosen and chosen[-1] < len(parts) - 1:
        out.append(GAP)
    return " ".join(out)
