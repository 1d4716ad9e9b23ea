"""Match stage, index: the lookup tables over the open requests and the agencies (thread ids, reply addresses,
tracking numbers, each agency's requests and their words), built once and updated as replies are matched, and
the table of signals run over them (signals.py) for each reply. Pure: never does I/O.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from bot.match.numbers import (
    first_part,
    normalize_message_id,
    normalize_number,
    number_core,
    numbers_in,
    year_variants,
)
from bot.match.senders import Sender, Senders
from bot.match.signals import (
    SIGNALS,
    Evidence,
    Finding,
    agency_label,
    by_agency_subject,
    by_new_number,
    by_provisional_number,
    by_weak_thread,
    misthreaded,
)
from bot.match.similarity import Scored, Vocabulary, words
from bot.model import Candidate, Match, OpenRequest, Reply
from bot.parse.addresses import is_machine
from bot.parse.ocr import fold
from bot.rules import Agency


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
            self._first_parts.add(first_part(key))
            self._shown.setdefault(key, number.strip())
            core = number_core(key)
            if core:
                self._by_core[core].add(request_id)
                self._first_parts.add(first_part(core))
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
            if found.request_id is not None and name in ("thread", "reply_address"):
                wrong = misthreaded(ev, found.request_id)
                if wrong:
                    ev.notes.append(wrong)
                    return self._unmatched(ev)
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
        """The requests known by this number, or by it with or without the letters in front of it, or (for a
        number as written) with its leading year written in two digits or four."""
        found = self._owners(normalize_number(number))
        if found:
            return found
        return next((owners for _, other in year_variants(number) if (owners := self._owners(other))), set())

    def _owners(self, key: str) -> set[str]:
        """The requests known by this number key, or by it without the letters an agency writes only sometimes."""
        return self._by_number.get(key) or self._by_core.get(number_core(key) or key, set())

    def numbers_of(self, request_id: str) -> set[str]:
        return self._numbers.get(request_id, set())

    def known_numbers(self, text: str) -> Iterator[tuple[str, str]]:
        """(number, request id) for each known number in the text that belongs to exactly one request."""
        seen: set[str] = set()
        runs: set[str] | None = None
        for candidate in numbers_in(text, self._first_parts):
            owners = self._by_number.get(candidate)
            if not owners and (number_core(candidate) or candidate) in self._by_core:
                # Known without its letter prefix only as a whole number: in "5O-2026-0015" the "2026-0015" is
                # part of another number, not SO-2026-0015 written without its prefix.
                runs = set(numbers_in(text)) if runs is None else runs
                if not any(run != candidate and run.endswith(candidate) for run in runs):
                    owners = self._by_core[number_core(candidate) or candidate]
            shown = self._shown.get(candidate, candidate)
            if owners and len(owners) == 1 and shown not in seen:
                seen.add(shown)
                yield shown, next(iter(owners))
        for written, other in year_variants(text):
            owners = self._owners(other)
            shown = self._shown.get(other, other)
            if normalize_number(written) not in self._by_number and len(owners) == 1 and shown not in seen:
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
                     contradicts=contradicts, signer=self._signer(ev, agency))

    @staticmethod
    def _signer(ev: Evidence, agency_id: str) -> str:
        """The sender's address to remember as the agency's: a person (not a portal or a system box) who wrote the
        letter (no forward of someone else's) and signed it as the agency the reply was placed with."""
        r = ev.reply
        if not ev.sender.by_signature or ev.agency is None or ev.agency.id != agency_id or r.embedded_addresses \
                or is_machine(r.from_addr):
            return ""
        return r.from_addr

    def learn_sender(self, address: str, agency_id: str) -> None:
        self._senders.learn(address, agency_id)

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
                        f"same agency ({agency_label(agency)}); shares: {self.shown(s.shared[:6])}"
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
