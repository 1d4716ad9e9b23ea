"""Match stage, similarity: how much of a request's distinctive vocabulary a reply's words contain.

Pure: never does I/O and never decides a match by itself: signals.py's agency_subject signal ranks an agency's
requests here and asks `doubt` whether the best one wins clearly. Words are lower-cased, plurals folded,
stopwords and bare numbers dropped; rarer words across the whole register weigh more.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# Subject similarity: the best request must cover at least MIN_SCORE of its distinctive vocabulary (by
# weight) with at least MIN_SHARED words, score MARGIN above every other request, and against each of them
# the reply must contain words only the best has, weighing RATIO times the words only the other has.
MIN_SCORE = 0.7
MIN_SHARED = 2
MARGIN = 0.25
RATIO = 2.0
# A reply that paraphrases its request may cover less of it: half its vocabulary, with at least three words,
# is enough when no other request comes near (every other scores at most the best minus CLEAR_MARGIN).
PARAPHRASE_SCORE = 0.5
PARAPHRASE_SHARED = 3
CLEAR_MARGIN = 0.4

DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"})

_WORD = re.compile(r"[a-z0-9]+")

# Words that say nothing about which request a reply concerns.
_STOPWORD_TEXT = """
    a about above after again all also am an and any are as at be because been before being below between both
    but by can could did do does doing down during each few for from further had has have having he her here
    hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or
    other our ours out over own same she should so some such than that the their theirs them then there these
    they this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours re fw fwd dear hello hi thank thanks regards sincerely please
    foia foipa request requests record records cpra pia rtk right know freedom information public open act law
    copy copies document documents related regarding concerning including include new your our office
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def words(text: str) -> set[str]:
    """The words of a text that may tell requests apart: lower-cased, plurals folded, no stopwords or bare
    numbers."""
    return {_stem(w) for w in _WORD.findall(text.translate(DASHES).lower()) if _keeps(w)}


def _keeps(word: str) -> bool:
    return len(word) > 1 and not word.isdigit() and word not in _STOPWORDS


# Replies paraphrase: "postponement of the sale" answers "postponing the sale". Common English suffixes are
# folded, longest first, while a stem of at least five letters remains.
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ers", "ed", "er", "ly")


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 5:
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True)
class Scored:
    request_id: str
    score: float
    shared: tuple[str, ...]  # best-weighted first
    vocabulary: frozenset[str]


class Vocabulary:
    """Each request's words and how many requests use each word: kept up to date as requests are indexed."""

    def __init__(self) -> None:
        self._words: dict[str, frozenset[str]] = {}
        self._df: Counter[str] = Counter()
        self._surface: dict[str, str] = {}  # folded word -> as first written in a request, for display

    def add(self, request_id: str, text: str) -> None:
        self._words[request_id] = frozenset(words(text))
        self._df.update(self._words[request_id])
        for word in re.findall(r"[A-Za-z0-9]+", text):
            self._surface.setdefault(_stem(word.lower()), word)

    def forget(self, request_id: str) -> None:
        self._df.subtract(self._words.pop(request_id, frozenset()))

    def rank(
        self, ids: list[str], name_words: set[str], reply_words: set[str], among: set[str] | None, distinctive: bool
    ) -> list[Scored]:
        """The requests `ids` (one agency's) by how much of their (distinctive) vocabulary the reply contains."""
        distinct = self._distinctive(ids, name_words, drop_common=distinctive)
        chosen = [rid for rid in ids if among is None or rid in among]
        scored = [self._score(rid, distinct[rid], reply_words) for rid in chosen]
        return sorted(scored, key=lambda s: (-s.score, s.request_id))

    def _distinctive(self, ids: list[str], name_words: set[str], drop_common: bool) -> dict[str, frozenset[str]]:
        """Each request's words minus the agency's name and minus words all the agency's requests share."""
        common: frozenset[str] = frozenset()
        if drop_common and len(ids) > 1:
            common = frozenset.intersection(*(self._words[i] for i in ids))
        drop = common | name_words
        return {i: self._words[i] - drop for i in ids}

    def _score(self, request_id: str, vocabulary: frozenset[str], reply_words: set[str]) -> Scored:
        total = sum(self._weight(w) for w in vocabulary)
        shared = sorted(vocabulary & reply_words, key=lambda w: (-self._weight(w), w))
        score = sum(self._weight(w) for w in shared) / total if total else 0.0
        return Scored(request_id, round(score, 4), tuple(shared), vocabulary)

    def doubt(self, ranked: list[Scored]) -> str | None:
        """Why the best-ranked request does not clearly win, or None when it does."""
        best = ranked[0]
        for other in ranked[1:]:
            if other.score > 0 and not self._beats(best, other):
                return (
                    f"{best.request_id} and {other.request_id} resemble the message about equally "
                    f"({best.score:.2f}, {other.score:.2f})"
                )
        if best.score >= MIN_SCORE and len(best.shared) >= MIN_SHARED:
            return None
        runner = max((other.score for other in ranked[1:]), default=0.0)
        if best.score >= PARAPHRASE_SCORE and len(best.shared) >= PARAPHRASE_SHARED and \
                best.score - runner >= CLEAR_MARGIN:
            return None
        return f"no open request of the agency resembles the message enough (best {best.score:.2f})"

    def _beats(self, best: Scored, other: Scored) -> bool:
        """Clearly better, and for a reason: words of the best that the other request does not have."""
        own = sum(self._weight(w) for w in best.shared if w not in other.vocabulary)
        theirs = sum(self._weight(w) for w in other.shared if w not in best.vocabulary)
        # A wide lead (the letter restates all of one request, and names a place another request also names)
        # needs only more words of its own than the other has.
        ratio = 1.0 if best.score - other.score >= CLEAR_MARGIN else RATIO
        return best.score - other.score >= MARGIN and own > 0 and own >= ratio * theirs

    def shown(self, folded: Iterable[str]) -> str:
        return ", ".join(self._surface.get(w, w) for w in folded)

    def _weight(self, word: str) -> float:
        """Rarer words across the whole register weigh more (smoothed inverse document frequency)."""
        return 1.0 + math.log((1 + len(self._words)) / (1 + self._df[word]))
