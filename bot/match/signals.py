"""Match stage: a parsed Reply + the open requests + the agencies -> Match.

Pure: never does I/O and never changes a request. What the caller learns from a decision (the reply's
Message-ID as a new thread id, a tracking number assigned in an acknowledgment) it feeds back through
`MatchIndex.add_message_id` / `add_tracking_number`.

The decision is an ordered table of named signals, strongest first (`SIGNALS`). The first signal that names
exactly one request decides and its name is recorded in `Match.signal`. A signal that sees conflicting
evidence does not decide; the next one is asked. When none decides the reply goes to triage with up to three
guesses. Precision comes first: a reply is never attached on a hunch. Which agency sent the reply is found by
senders.py; how much a reply resembles a request's subject, by similarity.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from bot.match.senders import Sender, Senders, agency_numbers
from bot.match.similarity import DASHES, Scored, Vocabulary, words
from bot.model import Candidate, Match, OpenRequest, Reply
from bot.parse.ocr import fold
from bot.rules import Agency

# A run of letters/digits joined by dashes, slashes or dots (or a space after letters: "PRR 26-00388"):
# tracking numbers are looked up among its contiguous sub-runs, which gives word-boundary semantics (an
# underscore is a boundary, as in file names).
_NUMBER_RUN = re.compile(r"[A-Za-z0-9]+(?:(?:[-/.]|(?<=[A-Za-z]) (?=[0-9]))[A-Za-z0-9]+)*")
_NUMBER_PART = re.compile(r"[A-Za-z0-9]+|[-/. ]")
_SEPARATORS = str.maketrans("", "", "-/. \t")
_LEAD = re.compile(r"[A-Z]+|[0-9]+")
_MAX_NUMBER_PARTS = 8
# Correspondence about a records request says so; newsletters and press releases on the same topic do not.
_REQUEST_TALK = re.compile(
    r"\b(?:requests?|foia|foil|foipa|cpra|rtk|rtkl|pir|pia|mpia|opra|kora|ipra|apra|right[- ]to[- ]know"
    r"|public records|open records|public information)\b"
    # a person answering us about our mail: "Got your letter about ...", "Per our call", "you asked for"
    r"|\b(?:got|received|have) your (?:letter|e-?mail|note|message|check|deposit|payment|question)\b"
    r"|\bper our (?:call|conversation|phone call|discussion)\b|\bfollowing up on (?:your|our)\b"
    r"|\byou (?:asked|were asking|wanted|requested|inquired)\b",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = {"bulk", "list", "junk"}


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


def _lead(part: str) -> str:
    """What the first-part filter compares: up to two leading letters, or digits, of a number. Short, so that
    "PRR26-00388" and "PRR 26-00388", or "2600388" and "26-00388", lead alike."""
    found = _LEAD.match(part.upper())
    return (found.group() if found else part.upper())[:2]


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
            if first_parts is None or _lead(token) in first_parts:
                yield token.upper()
            continue
        parts = _NUMBER_PART.findall(token)
        for start in range(0, len(parts), 2):
            if first_parts is not None and _lead(parts[start]) not in first_parts:
                continue
            stop_max = min(len(parts), start + 2 * _MAX_NUMBER_PARTS - 1)
            for stop in range(start + 1, stop_max + 1, 2):
                yield "".join(parts[start:stop:2]).upper()


@dataclass(frozen=True)
class Finding:
    """What one signal found: a request (it decides) or, with request_id None, why it could not decide."""

    request_id: str | None
    reason: str


@dataclass
class Evidence:
    """What the signals look at, extracted from one reply once."""

    reply: Reply
    index: MatchIndex
    notes: list[str] = field(default_factory=list)  # why signals could not decide, for the unmatched reason
    confirmed: bool = False  # a provisional number's request was also chosen by the reply's words
    # request id -> what points to it without deciding (a signal that named several requests)
    hints: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @cached_property
    def sender(self) -> Sender:
        return self.index.sender_of_reply(self.reply)

    @property
    def agency(self) -> Agency | None:
        return self.sender.agency

    @cached_property
    def new_hits(self) -> list[tuple[str, str, str]]:
        """(request id, number, where) for each known number in the new text, subject and attachments."""
        hits = []
        for where, text in self.new_texts:
            found = self.index.known_numbers_scanned if where == "scanned letter" else self.index.known_numbers
            for number, request_id in found(text):
                hits.append((request_id, number, where))
        return hits

    @cached_property
    def new_texts(self) -> tuple[tuple[str, str], ...]:
        """(where, text) of everything the sender wrote or attached: the places a number may decide from."""
        r = self.reply
        found = [("subject", r.subject), ("new text", r.new_text), ("forwarded subject", r.embedded_subject)]
        for att in r.attachments:
            found += [("attachment name", att.filename or ""),
                      ("scanned letter" if att.scanned else "attachment text", att.text)]
        return tuple((where, text) for where, text in found if text)

    @cached_property
    def new_numbers(self) -> dict[str, list[str]]:
        """request id -> 'number (where)' for the confirmed known numbers in the new text, subject, attachments."""
        return self._numbers(provisional=False)

    @cached_property
    def provisional_numbers(self) -> dict[str, list[str]]:
        """The same for numbers learned from a words-only match and not yet confirmed."""
        return self._numbers(provisional=True)

    def _numbers(self, provisional: bool) -> dict[str, list[str]]:
        hits: dict[str, list[str]] = defaultdict(list)
        for request_id, number, where in self.new_hits:
            if self.index.is_provisional(request_id, number) != provisional:
                continue
            note = f"{number} ({where})"
            if note not in hits[request_id]:
                hits[request_id].append(note)
        return dict(hits)

    @cached_property
    def quoted_numbers(self) -> dict[str, list[str]]:
        hits: dict[str, list[str]] = defaultdict(list)
        for number, request_id in self.index.known_numbers(self.reply.quoted_text):
            hits[request_id].append(number)
        return dict(hits)

    @cached_property
    def unknown_agency_numbers(self) -> set[str]:
        """Numbers in the agency's own format that no request is known by (a different case, or a new one)."""
        if self.agency is None or not self.agency.tracking_pattern:
            return set()
        texts = (text.translate(DASHES) for _, text in self.new_texts)
        found = {normalize_number(m): m for text in texts for m in agency_numbers(self.agency, text)}
        return {shown for key, shown in found.items() if not self.index.requests_with_number(key)}

    @cached_property
    def reply_words(self) -> set[str]:
        # What the agency said, never the quoted history: our own request, quoted back, may name our others.
        return words(f"{self.reply.said}\n{self.reply.embedded_subject}")


Signal = Callable[[Evidence], Finding | None]


def _decide(ev: Evidence, found: dict[str, list[str]], what: str) -> Finding | None:
    """One request -> it decides; several -> a note that they conflict (kept as hints); none -> nothing."""
    if not found:
        return None
    if len(found) == 1:
        ((request_id, hits),) = found.items()
        return Finding(request_id, f"{what}: {', '.join(hits)}")
    for request_id, hits in found.items():
        ev.hints[request_id].append(f"{what}: {', '.join(hits)}")
    return Finding(None, f"{what}: several requests ({', '.join(sorted(found))})")


def by_thread(ev: Evidence) -> Finding | None:
    """In-Reply-To, then References and a bounce's or forward's embedded ids, name our own mail or a reply placed
    firmly."""
    return _thread(ev, weak=False)


def by_weak_thread(ev: Evidence) -> Finding | None:
    """The thread names only replies that were themselves placed by their words: it decides as weakly as they
    were placed, after the firmer signals."""
    return _thread(ev, weak=True)


def _thread(ev: Evidence, weak: bool) -> Finding | None:
    r = ev.reply
    direct = ev.index.thread_hits(r.in_reply_to, weak)
    if len(direct) == 1:
        return _decide(ev, direct, "In-Reply-To names a message of the request")
    every = [*r.in_reply_to, *r.references, *r.embedded_ids]
    return _decide(ev, ev.index.thread_hits(every, weak), "thread headers name a message of the request")


def by_reply_address(ev: Evidence) -> Finding | None:
    """The request's own reply address among the recipients or in a bounced original's addresses."""
    found: dict[str, list[str]] = defaultdict(list)
    for address in [*ev.reply.recipients, *ev.reply.embedded_addresses]:
        request_id = ev.index.request_with_address(address)
        if request_id and address.lower() not in found[request_id]:
            found[request_id].append(address.lower())
    return _decide(ev, dict(found), "addressed to the request's reply address")


def by_tracking_number(ev: Evidence) -> Finding | None:
    """A known tracking number in the subject, new text or attachments (never the quoted history alone).
    When the sender's agency also cites a number of its own that no request is known by, the known number may
    be a mention ("separate from your pending request 26-0211"): it does not decide for a request of that
    agency which is known by another number."""
    found = _decide(ev, ev.new_numbers, "tracking number")
    if found is None or found.request_id is None or ev.agency is None:
        return found
    if ev.index.agency_of_request(found.request_id) == ev.agency.id:
        veto = _number_conflict(ev, found.request_id)
        if veto:
            ev.hints[found.request_id].append(found.reason)
            return Finding(None, veto)
    return found


def by_provisional_number(ev: Evidence) -> Finding | None:
    """A number learned from a words-only match places a reply only when the reply's words do not point to
    another request: one weak decision must not pull every later reply after it."""
    found = ev.provisional_numbers
    if len(found) != 1:
        return _decide(ev, found, "provisional tracking number")
    ((request_id, hits),) = found.items()
    words = _words_choice(ev)
    if words is not None and words.request_id not in (None, request_id):
        for rid, hint in ((request_id, f"provisional tracking number: {', '.join(hits)}"), (words.request_id,
                                                                                          words.reason)):
            ev.hints[rid].append(hint)
        return Finding(None, f"{', '.join(hits)} was learned for {request_id} from its words alone, "
                             f"but the words point to {words.request_id}")
    ev.confirmed = words is not None and words.request_id == request_id
    how = "and the words agree" if ev.confirmed else "learned from a words-only match"
    return Finding(request_id, f"tracking number ({how}): {', '.join(hits)}")


def by_agency_subject(ev: Evidence) -> Finding | None:
    """One open request of the sender's agency resembles the reply's words clearly better than the rest."""
    found = _words_choice(ev)
    if found is not None and found.request_id is not None and ev.provisional_numbers \
            and found.request_id not in ev.provisional_numbers:
        cited = "; ".join(f"{', '.join(n)} learned for {rid}" for rid, n in ev.provisional_numbers.items())
        return Finding(None, f"the words point to {found.request_id}, but the reply cites {cited}")
    return found


def _words_choice(ev: Evidence) -> Finding | None:
    if ev.sender.ambiguous:
        names = ", ".join(_agency_label(a) for a in ev.sender.candidates)
        return Finding(None, f"the sender's address is shared by {names} and the message does not say which")
    if ev.agency is None:
        return None
    refusal = _subject_refusal(ev)
    if refusal:
        return Finding(None, refusal)
    ranked = ev.index.rank(ev.agency, ev.reply_words, among=_numbered_requests(ev), before=ev.reply.date)
    if not ranked:
        return Finding(None, f"no open request of {_agency_label(ev.agency)} sent before the reply")
    verdict = ev.index.doubt(ranked)
    if verdict:
        return Finding(None, verdict)
    best = ranked[0]
    veto = _number_conflict(ev, best.request_id)
    if veto:
        return Finding(None, veto)
    runner = f", next {ranked[1].score:.2f}" if len(ranked) > 1 else ""
    return Finding(
        best.request_id,
        f"same agency ({_agency_label(ev.agency)}); shares: "
        f"{ev.index.shown(best.shared)} (score {best.score:.2f}{runner})",
    )


NEW_NUMBER_MARGIN = 0.3


def by_new_number(ev: Evidence) -> Finding | None:
    """An agency's first letter on a request states the number it has just given it: among the agency's open
    requests sent by then, the one that has no number yet (or the one the words choose among those). As weak as
    words: the number it teaches is provisional."""
    if ev.agency is None or ev.sender.ambiguous or not ev.unknown_agency_numbers or _subject_refusal(ev):
        return None
    unnumbered = {rid for rid in ev.index.requests_of(ev.agency.id)
                  if ev.index.sent_by(rid, ev.reply.date) and not ev.index.numbers_of(rid)}
    cited = ", ".join(sorted(ev.unknown_agency_numbers))
    if len(unnumbered) == 1:
        (request_id,) = unnumbered
        return Finding(request_id, f"states a new number ({cited}); the only open request of "
                                   f"{_agency_label(ev.agency)} without one")
    ranked = ev.index.rank(ev.agency, ev.reply_words, among=unnumbered, before=ev.reply.date) if unnumbered else []
    # Among those few, a clear lead is enough: the letter restates its request, and the number stays provisional.
    runner = ranked[1].score if len(ranked) > 1 else 0.0
    if not ranked or len(ranked[0].shared) < 2 or ranked[0].score - runner < NEW_NUMBER_MARGIN:
        return None
    best = ranked[0]
    return Finding(best.request_id, f"states a new number ({cited}); of the requests of {_agency_label(ev.agency)} "
                                    f"without one, shares: {ev.index.shown(best.shared)} (score {best.score:.2f})")


SIGNALS: tuple[tuple[str, Signal], ...] = (
    ("thread", by_thread),
    ("reply_address", by_reply_address),
    ("tracking_number", by_tracking_number),
    ("words_thread", by_weak_thread),
    ("tracking_number", by_provisional_number),
    ("agency_subject", by_agency_subject),
    ("new_number", by_new_number),
)


def _subject_refusal(ev: Evidence) -> str | None:
    """Why this reply must not be matched on its words alone, if it must not."""
    flags = ev.reply.flags
    if (
        flags.get("precedence", "").strip().lower() in _BULK_PRECEDENCE
        or "list-id" in flags
        or ("list-unsubscribe" in flags)
    ):
        return "bulk or mailing-list mail is not a reply to a request"
    r = ev.reply
    if not _REQUEST_TALK.search("\n".join([r.subject, r.new_text, r.embedded_subject, r.quoted_text])):
        return "the message never mentions a request"
    return None


def _numbered_requests(ev: Evidence) -> set[str] | None:
    """When the new text names the numbers of several requests, the words may only choose among those."""
    return set(ev.new_numbers) if len(ev.new_numbers) > 1 else None


def _number_conflict(ev: Evidence, request_id: str) -> str | None:
    """A request already known by a number does not get a reply that cites a different, unknown number."""
    own = ev.index.numbers_of(request_id)
    if own and ev.unknown_agency_numbers:
        cited = ", ".join(sorted(ev.unknown_agency_numbers))
        return f"cites {cited}, but {request_id} is known as {', '.join(sorted(own))}"
    return None


def _agency_label(agency: Agency) -> str:
    return agency.id.upper()


class MatchIndex:
    """Lookup tables over the open requests and the agencies: built once, updated as replies are matched."""

    def __init__(self, requests: Iterable[OpenRequest] = (), agencies: Iterable[Agency] = ()) -> None:
        self._requests: dict[str, OpenRequest] = {}
        self._by_message_id: dict[str, str] = {}
        self._by_address: dict[str, str] = {}
        self._by_number: dict[str, set[str]] = defaultdict(set)
        self._by_core: dict[str, set[str]] = defaultdict(set)  # number_core -> requests
        self._numbers: dict[str, set[str]] = defaultdict(set)
        self._provisional: set[tuple[str, str]] = set()  # (request id, number) learned from words alone
        self._weak_ids: set[str] = set()  # of replies placed by their words alone
        self._first_parts: set[str] = set()  # the leading letters or digits of the numbers in _by_number
        self._shown: dict[str, str] = {}  # number key -> the number as the register first knew it
        self._by_agency: dict[str, set[str]] = defaultdict(set)
        self._vocabulary = Vocabulary()
        self._senders = Senders(agencies)
        for request in requests:
            self.add_request(request)

    # -- updating ---------------------------------------------------------------------------------------

    def add_agency(self, agency: Agency) -> None:
        self._senders.add(agency)

    def add_request(self, request: OpenRequest) -> None:
        """Index a request, or re-index a changed one (ids and numbers learned for it are kept)."""
        old = self._requests.get(request.id)
        if old is not None:
            self._forget(old)
        self._requests[request.id] = request
        self._by_agency[request.agency_id].add(request.id)
        if request.reply_address:
            self._by_address[request.reply_address.strip().lower()] = request.id
        for msgid in request.message_ids:
            self.add_message_id(request.id, msgid, weak=msgid in request.weak_message_ids)
        for number in request.tracking_numbers:
            self.add_tracking_number(request.id, number)
        for number in request.provisional_numbers:
            self.add_tracking_number(request.id, number, provisional=True)
        self._vocabulary.add(request.id, f"{request.subject}\n{request.description}")

    def add_message_id(self, request_id: str, msgid: str, weak: bool = False) -> None:
        """A message of this request's thread (ours, or a reply matched to it): later replies may cite it. A
        weak one is a reply placed by its words alone."""
        key = normalize_message_id(msgid)
        self._by_message_id[key] = request_id
        if weak:
            self._weak_ids.add(key)
        else:
            self._weak_ids.discard(key)

    def add_tracking_number(self, request_id: str, number: str, provisional: bool = False) -> None:
        """The agency's number for this request (imported, or learned from an acknowledgment); a provisional
        one (learned from a words-only match) is confirmed by adding it again without the flag."""
        key = normalize_number(number)
        if provisional and key not in self._numbers.get(request_id, set()):
            self._provisional.add((request_id, key))
        elif not provisional:
            self._provisional.discard((request_id, key))
        if key:
            self._by_number[key].add(request_id)
            self._numbers[request_id].add(key)
            self._first_parts.add(_lead(key))
            self._shown.setdefault(key, number.strip())
            core = number_core(key)
            if core:
                self._by_core[core].add(request_id)
                self._first_parts.add(_lead(core))
                self._shown.setdefault(core, number.strip())

    def _forget(self, request: OpenRequest) -> None:
        self._vocabulary.forget(request.id)
        self._by_agency[request.agency_id].discard(request.id)
        if request.reply_address:
            self._by_address.pop(request.reply_address.strip().lower(), None)

    # -- lookups ----------------------------------------------------------------------------------------

    def match(self, reply: Reply) -> Match:
        ev = Evidence(reply, self)
        for name, signal in SIGNALS:
            found = signal(ev)
            if found is None:
                continue
            if found.request_id is not None:
                words_only = (signal in (by_agency_subject, by_new_number, by_weak_thread)
                              or (signal is by_provisional_number and not ev.confirmed))
                return self._matched(ev, name, found, words_only)
            ev.notes.append(found.reason)
        return self._unmatched(ev)

    def sender_owners(self, address: str) -> list[Agency]:
        return self._senders.owners_of_address(address)

    def sender_of_reply(self, reply: Reply) -> Sender:
        return self._senders.of_reply(reply)

    def move_number(self, number: str, source: str, target: str) -> None:
        """A number learned for `source` turned out to be `target`'s (and is now sure)."""
        key = normalize_number(number)
        self._by_number[key].discard(source)
        self._by_core[number_core(key) or key].discard(source)
        self._numbers[source].discard(key)
        self._provisional.discard((source, key))
        self.add_tracking_number(target, number)

    def provisional_owner(self, number: str, besides: str) -> str | None:
        """The other request this number was learned for from a words-only match, if any."""
        key = normalize_number(number)
        return next((rid for rid in sorted(self._by_number.get(key, ())) if rid != besides
                     and (rid, key) in self._provisional), None)

    def agency_of_request(self, request_id: str) -> str | None:
        request = self._requests.get(request_id)
        return request.agency_id if request else None

    def is_provisional(self, request_id: str, number: str) -> bool:
        return (request_id, normalize_number(number)) in self._provisional

    def thread_hits(self, msgids: Iterable[str], weak: bool | None = None) -> dict[str, list[str]]:
        """request id -> the given ids known as its messages; only weak or only firm ones when `weak` is set."""
        found: dict[str, list[str]] = defaultdict(list)
        for msgid in msgids:
            key = normalize_message_id(msgid)
            request_id = self._by_message_id.get(key)
            if request_id is None or (weak is not None and (key in self._weak_ids) != weak):
                continue
            if msgid not in found[request_id]:
                found[request_id].append(msgid)
        return dict(found)

    def request_with_address(self, address: str) -> str | None:
        return self._by_address.get(address.strip().lower())

    def requests_of(self, agency_id: str) -> set[str]:
        return self._by_agency.get(agency_id, set())

    def requests_with_number(self, number: str) -> set[str]:
        """The requests known by this number, or by it with or without the letters in front of it."""
        key = normalize_number(number)
        return self._by_number.get(key) or self._by_core.get(number_core(key) or key, set())

    def numbers_of(self, request_id: str) -> set[str]:
        return self._numbers.get(request_id, set())

    def known_numbers(self, text: str) -> Iterator[tuple[str, str]]:
        """(number, request id) for each known number in the text that belongs to exactly one request."""
        seen: set[str] = set()
        for candidate in numbers_in(text, self._first_parts):
            owners = self._by_number.get(candidate) or self._by_core.get(number_core(candidate) or candidate)
            shown = self._shown.get(candidate, candidate)
            if owners and len(owners) == 1 and shown not in seen:
                seen.add(shown)
                yield shown, next(iter(owners))

    def known_numbers_scanned(self, text: str) -> Iterator[tuple[str, str]]:
        """The same for text read by OCR, where O/0, l/1 and S/5 may be mistaken: a number that is known only
        when its look-alikes are folded counts if exactly one known number folds the same way and it belongs to
        one request, so that a misread never lands on another request's number."""
        yield from self.known_numbers(text)
        folded: dict[str, set[str]] = defaultdict(set)
        for number in self._by_number:
            folded[fold(number)].add(number)
        seen: set[str] = set()
        for candidate in numbers_in(text):
            same = folded.get(fold(candidate), set()) if any(c.isdigit() for c in candidate) else set()
            if len(same) != 1:
                continue  # unknown, or two known numbers a scan cannot tell apart: neither is taken
            (known,) = same
            owners = self._by_number[known]
            if len(owners) == 1 and known not in seen and known != candidate:
                seen.add(known)
                yield self._shown.get(known, known), next(iter(owners))

    def rank(
        self, agency: Agency, reply_words: set[str], among: set[str] | None = None, distinctive: bool = True,
        before: dt.datetime | None = None,
    ) -> list[Scored]:
        """The agency's requests by how much of their (distinctive) vocabulary the reply contains; with
        `before` (the reply's date), only requests sent by then."""
        ids = sorted(r for r in self._by_agency.get(agency.id, set()) if self.sent_by(r, before))
        name_words = words(f"{agency.id} {agency.name}")
        return self._vocabulary.rank(ids, name_words, reply_words, among, distinctive)

    def sent_by(self, request_id: str, when: dt.datetime | None) -> bool:
        """Whether the request could have been answered by mail written at `when`: a message cannot answer a
        request sent after it (a day's grace for time zones and for dates typed on the request)."""
        sent = self._requests[request_id].sent if request_id in self._requests else None
        return when is None or sent is None or sent <= when.date() + dt.timedelta(days=1)

    def doubt(self, ranked: list[Scored]) -> str | None:
        """Why the best-ranked request does not clearly win, or None when it does."""
        return self._vocabulary.doubt(ranked)

    def shown(self, folded: Iterable[str]) -> str:
        return self._vocabulary.shown(folded)

    # -- results ----------------------------------------------------------------------------------------

    def _matched(self, ev: Evidence, signal: str, found: Finding, words_only: bool) -> Match:
        assert found.request_id is not None
        reason = found.reason
        quoted = ev.quoted_numbers.get(found.request_id)
        if quoted:
            reason += f"; quoted text also cites {', '.join(quoted)}"
        agency = ev.agency.id if ev.agency else self._requests[found.request_id].agency_id
        runners = self._guesses(ev, exclude=found.request_id) if words_only else ()
        contradicts: tuple[str, ...] = ()
        if not words_only:
            r = ev.reply
            elsewhere = self.thread_hits([*r.in_reply_to, *r.references, *r.embedded_ids], weak=True)
            contradicts = tuple(m for rid, ids in sorted(elsewhere.items()) if rid != found.request_id for m in ids)
        return Match(found.request_id, signal, agency, runners, reason, provisional=words_only,
                     contradicts=contradicts)

    def _unmatched(self, ev: Evidence) -> Match:
        if ev.agency is None and not ev.sender.ambiguous:
            ev.notes.append("sender belongs to no known agency")
        unknown = sorted(ev.unknown_agency_numbers)
        if unknown and not any(unknown[0] in note for note in ev.notes):
            ev.notes.append(f"cites {', '.join(unknown)}, a number no open request is known by")
        notes = ev.notes or ["no thread, reply address, tracking number or subject signal"]
        agency_id = ev.agency.id if ev.agency else None
        return Match(None, None, agency_id, self._guesses(ev), "; ".join(notes))

    def _guesses(self, ev: Evidence, exclude: str | None = None) -> tuple[Candidate, ...]:
        """Up to three requests a person might check, best first, with what points to each."""
        reasons: dict[str, list[str]] = defaultdict(list)
        scores: dict[str, float] = defaultdict(float)
        agencies = [ev.agency] if ev.agency is not None else list(ev.sender.candidates)
        for agency in agencies:
            for s in self.rank(agency, ev.reply_words, distinctive=False, before=ev.reply.date):
                if s.shared:
                    scores[s.request_id] = s.score
                    reasons[s.request_id].append(
                        f"same agency ({_agency_label(agency)}); shares: {self.shown(s.shared[:6])}"
                    )
        hinted = [(rid, f"quoted text cites {', '.join(n)}") for rid, n in ev.quoted_numbers.items()]
        hinted += [(rid, hint) for rid, hints in ev.hints.items() for hint in hints]
        for request_id, hint in hinted:
            scores[request_id] += 0.25
            reasons[request_id].append(hint)
        ranked = sorted((rid for rid in scores if rid != exclude), key=lambda rid: (-scores[rid], rid))
        top = ranked[:3]
        return tuple(Candidate(rid, round(min(scores[rid], 1.0), 2), tuple(reasons[rid])) for rid in top)


def match(reply: Reply, requests: Sequence[OpenRequest], agencies: Sequence[Agency]) -> Match:
    """Match one reply. Build a MatchIndex instead when matching many replies against the same register."""
    return MatchIndex(requests, agencies).match(reply)
