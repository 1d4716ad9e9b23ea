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

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from bot.match.numbers import normalize_number
from bot.match.senders import Sender
from bot.match.similarity import DASHES, Scored, words
from bot.model import Reply
from bot.parse.addresses import is_portal
from bot.parse.bulk import is_bulk, is_newsletter
from bot.parse.quotes import FORWARD_SUBJECT
from bot.rules import Agency

if TYPE_CHECKING:
    from bot.match.index import MatchIndex

_REQUEST_TALK = re.compile(
    r"\b(?:requests?|foia|foil|foipa|cpra|rtk|rtkl|pir|pia|mpia|opra|kora|ipra|apra|right[- ]to[- ]know"
    r"|public records|open records|public information)\b"
    # in Spanish: "su solicitud de información pública", "petición", "Ley de Transparencia"
    r"|\bsolicitud(?:es)?\b|\bpetici[oó]n\b|\bley de transparencia\b"
    # a person answering us about our mail: "Got your letter about ...", "Per our call", "you asked for"
    r"|\b(?:got|received|have) your (?:letter|e-?mail|note|message|check|deposit|payment|question)\b"
    r"|\bper our (?:call|conversation|phone call|discussion)\b|\bfollowing up on (?:your|our)\b"
    r"|\bthanks? (?:you )?for (?:the|your) (?:call|phone call|voicemail)\b"
    r"|\bget back to you (?:on|about|regarding) your\b|\byour questions? (?:about|on|regarding|concerning)\b"
    # what we paid for or asked for, ready: "your check came in so here are the logs", "your copies ... are ready"
    r"|\byour (?:check|payment|deposit|money order) (?:came in|arrived|was received|cleared|has (?:arrived|cleared))\b"
    r"|\byour (?:copies|records|documents|files|scans|materials)\b[^.]{0,100}?\b(?:are|is) (?:now )?(?:ready|available"
    r"|attached|enclosed)\b"
    r"|\byou (?:asked|were asking|wanted|requested|inquired)\b"
    # a person asking what we want before searching: "Before I pull everything ... do you want the full files?"
    r"|\bbefore (?:I|we) (?:pull|search|gather|collect|run|start)\b|\bare you (?:limiting|narrowing|looking for|"
    r"seeking|asking for)\b|\bdo you want (?:the )?(?:full|entire|complete|all|just|only)\b"
    # a person sending what was asked for: "the minutes are attached, let me know if you need anything else"
    r"|\b(?:let me know|tell me) if you need anything (?:else|further|more)\b|\basked me to (?:send|forward|pass)\b"
    r"|\b(?:attached|enclosed|here) (?:is|are) (?:what|everything|all) (?:we|I) (?:have|had|found|located|could find)\b"
    # what only an answer to a records request says of its records
    r"|\bexempt (?:under|from disclosure)\b|\b(?:withheld|redacted) (?:under|as|because|from)\b",
    re.IGNORECASE,
)


def agency_label(agency: Agency) -> str:
    return agency.id.upper()


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
            found += [("attachment name", att.name_words),
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
    def own_numbers(self) -> dict[str, str]:
        """key -> number as written, for the numbers in the sender agency's own format in the new text."""
        if self.agency is None or not self.agency.tracking_pattern:
            return {}
        texts = (text.translate(DASHES) for _, text in self.new_texts)
        return {normalize_number(m): m for text in texts for m in self.agency.find_tracking(text)}

    @cached_property
    def unknown_agency_numbers(self) -> set[str]:
        """Numbers in the agency's own format that no request is known by (a different case, or a new one)."""
        return {shown for shown in self.own_numbers.values() if not self.index.requests_with_number(shown)}

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


# A clerk answering one request by replying on the thread of another of ours to the same office: the letter and
# what it attaches are all about the other request and say nothing of the thread's. The thread still names the
# request it came from, so the reply is not placed: it goes to the team with both.
MISTHREAD_LEFT = 0.15  # what the thread's own request may score on the letter's words and still be "nothing"


# ... or that says so, whatever else it mentions of the thread's request: "Replying on this chain since it was handy -
# this one is about your SECOND request", "different request, same thread, apologies".
_SAYS_OTHER = re.compile(
    r"\b(?:different|separate|another|other|new|second|2nd|newer|later) request,? (?:same|on this|in this|this)"
    r" (?:thread|chain|email)\b"
    r"|\b(?:is|it's|this one is|this is) (?:about|regarding|for|on) (?:your|the) (?:new|second|2nd|other|separate|newer"
    r"|later|more recent) (?:[\w-]+ ){0,2}request\b"
    r"|\b(?:replying|responding|answering|writing|using|reusing) (?:on |in |to )?(?:this|the same|an old|the old|your"
    r" old) (?:thread|chain|email thread)\b", re.I)


def misthreaded(ev: Evidence, request_id: str) -> str | None:
    """Why a reply placed on `request_id` by its thread or reply address is about another request, if it is."""
    r = ev.reply
    # Most threaded replies come from an office with one request of ours open: nothing to compare, no words read.
    if ev.agency is None or ev.index.agency_of_request(request_id) != ev.agency.id \
            or len(ev.index.requests_of(ev.agency.id)) < 2:
        return None
    says_other = bool(_SAYS_OTHER.search(_letter(r)))  # in the body, a forwarded letter or an attached one
    if ev.new_numbers.get(request_id) and not says_other:
        return None
    letter = words(_letter(r))
    ranked = ev.index.rank(ev.agency, letter, before=r.date)
    others = [s for s in ranked if s.request_id != request_id]
    if says_other and others and (ranked[0].request_id == request_id or ev.index.doubt(ranked)):
        # It says it is about another request, and its words (with the history it forwards) do not say which:
        # not the thread's, at least; the team sees the office's other requests.
        for other in others:
            ev.hints[other.request_id].append("another request of the office, which the letter says it is about")
        ev.hints[request_id].append("its thread")
        return f"the thread points to {request_id}, but the letter says it is about another request of the office"
    if len(ranked) < 2 or ranked[0].request_id == request_id or ev.index.doubt(ranked):
        return None
    own = next((s for s in ranked if s.request_id == request_id), None)
    if own is None or (own.score > MISTHREAD_LEFT and not says_other):
        return None
    best = ranked[0]
    ev.hints[best.request_id].append(f"the letter's words: {ev.index.shown(best.shared)} (score {best.score:.2f})")
    ev.hints[request_id].append("its thread")
    return (f"the thread points to {request_id}, but the letter is about {best.request_id} "
            f"({ev.index.shown(best.shared)}) and says nothing of {request_id}")


_HEADER_LINE = re.compile(r"^[\s*]*(?:subject|from|to|cc|date|sent|re):|^\s*>|^\s*on\b.{0,120}\bwrote:\s*$", re.I)


def _letter(r: Reply) -> str:
    """What the sender wrote, forwarded and attached, without its subject, a forwarded message's header lines
    (which repeat the thread's subject) or the history it quotes."""
    forwarded = bool(FORWARD_SUBJECT.match(r.subject)) or not r.new_text.strip()
    body = "\n".join([r.new_text, r.quoted_text if forwarded else "", *(att.text for att in r.attachments)])
    return "\n".join(line for line in body.splitlines() if not _HEADER_LINE.match(line))


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
    if found is not None and found.request_id is not None:
        others = sorted(rid for rid in ev.provisional_numbers if rid != found.request_id)
        if others:
            # A digest or a letter listing several of our requests: a number learned weakly is still a number.
            for rid in others:
                ev.hints[rid].append(f"provisional tracking number: {', '.join(ev.provisional_numbers[rid])}")
            ev.hints[found.request_id].append(found.reason)
            return Finding(None, f"tracking numbers: several requests ({', '.join([found.request_id, *others])})")
    if found is None or found.request_id is None or ev.agency is None:
        return found
    if ev.index.agency_of_request(found.request_id) != ev.agency.id:
        # "... 12 pages that originated with the NEA (NEA-2026-00088) were referred to it": an agency's letter
        # that cites another agency's number beside the number of a request of ours to that agency itself is
        # about its own request. (A component acknowledging a part referred to it, under a new number of its
        # own, answers the request it cites.)
        agency_id = ev.agency.id
        if any(ev.index.agency_of_request(r) == agency_id for shown in ev.own_numbers.values()
               for r in ev.index.requests_with_number(shown)):
            ev.hints[found.request_id].append(found.reason)
            return Finding(None, f"{found.reason}, another agency's, beside {agency_id.upper()}'s own number")
        return found
    if not _RENUMBERED.search(ev.reply.said):
        veto = _number_conflict(ev, found.request_id)
        if veto:
            ev.hints[found.request_id].append(found.reason)
            return Finding(None, veto)
    return found


# "... was transferred to the VISN 7 office and has been assigned a new tracking number, 26-09377-F. Please use the
# new number": the known number names the request, the other is its new one (learned from the acknowledgment).
_RENUMBERED = re.compile(
    r"\b(?:assigned|given|issued) (?:it |your request )?(?:a |the )?new (?:[\w-]+ )?(?:tracking |reference |request "
    r"|case )?(?:number|no\b|#)|\b(?:use|reference) the new (?:[\w-]+ )?(?:number|no\b)|\bnew (?:tracking |reference "
    r"|request )(?:number|no\b)[^.]{0,20}\b(?:is|will be)\b|\b(?:previously|formerly|originally) (?:numbered"
    r"|assigned|tracked as)\b"
    # the office a request was referred to numbers it anew: "which was referred to this office by the DON FOIA
    # Program Office ... Your request has been assigned number DON-NAVY-2026-014120"
    r"|\b(?:referred|transferred|forwarded|routed) to (?:this|our|the undersigned) (?:office|component|unit|division"
    r"|bureau|command)\b",
    re.IGNORECASE,
)


def by_provisional_number(ev: Evidence) -> Finding | None:
    """A number learned from a words-only match places a reply only when the reply's words do not point to
    another request: one weak decision must not pull every later reply after it."""
    found = ev.provisional_numbers
    if len(found) != 1:
        return _decide(ev, found, "provisional tracking number")
    ((request_id, hits),) = found.items()
    if any(rid != request_id for rid in ev.new_numbers):
        return Finding(None, f"{', '.join(hits)} was learned for {request_id} from its words alone, and the reply "
                             f"also cites {', '.join(sorted(ev.new_numbers))}'s number")
    words = _words_choice(ev)
    if words is not None and words.request_id not in (None, request_id):
        for rid, hint in ((request_id, f"provisional tracking number: {', '.join(hits)}"), (words.request_id,
                                                                                          words.reason)):
            ev.hints[rid].append(hint)
        return Finding(None, f"{', '.join(hits)} was learned for {request_id} from its words alone, "
                             f"but the words point to {words.request_id}")
    ev.confirmed = words is not None and words.request_id == request_id
    veto = None if ev.confirmed or _RENUMBERED.search(ev.reply.said) else _number_conflict(ev, request_id)
    if veto:
        # The letter's own number is another (a letter listing our requests by number, "this letter concerns
        # 26-OIG-01203 only"): a number learned weakly does not outweigh it.
        ev.hints[request_id].append(f"provisional tracking number: {', '.join(hits)}")
        return Finding(None, veto)
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
        names = ", ".join(agency_label(a) for a in ev.sender.candidates)
        return Finding(None, f"the sender's address is shared by {names} and the message does not say which")
    if ev.agency is None:
        return None
    refusal = _subject_refusal(ev)
    if refusal:
        return Finding(None, refusal)
    ranked = ev.index.rank(ev.agency, ev.reply_words, among=_numbered_requests(ev), before=ev.reply.date)
    if not ranked:
        return Finding(None, f"no open request of {agency_label(ev.agency)} sent before the reply")
    verdict = ev.index.doubt(ranked)
    if verdict and not _only_request(ev, ranked):
        return Finding(None, verdict)
    best = ranked[0]
    veto = _number_conflict(ev, best.request_id)
    if veto:
        return Finding(None, veto)
    runner = f", next {ranked[1].score:.2f}" if len(ranked) > 1 else ""
    what = "same agency" if not verdict else ("the agency's only open request" if len(ranked) == 1
                                              else "the only request of the agency the note shares words with")
    return Finding(
        best.request_id,
        f"{what} ({agency_label(ev.agency)}); shares: "
        f"{ev.index.shown(best.shared)} (score {best.score:.2f}{runner})",
    )


# The agency's only open request, or the only one a note shares any word with: a person reads "your request" from
# the agency as about that one, even when the note restates little of it ("the Crane agreement part", "drone
# calls"). Some of the request's own words must still be there: an office that also answers others' requests
# writes about those too.
ONLY_SCORE = 0.25
ONLY_SHARED = 2


def _only_request(ev: Evidence, ranked: list[Scored]) -> bool:
    """The agency's only open request, or the only one of them the note shares any word with."""
    alone = len(ranked) == 1 or all(other.score == 0 for other in ranked[1:])
    # In the agency's own voice or signed as the office; among several requests, from any sender known to be the
    # agency.
    known = ev.sender.own or ev.sender.signed or (len(ranked) > 1 and ev.agency is not None)
    return alone and known and ranked[0].score >= ONLY_SCORE and len(ranked[0].shared) >= ONLY_SHARED


NEW_NUMBER_MARGIN = 0.3
_GIVES_NUMBER = re.compile(
    r"\b(?:assigned|logged|entered|given|issued|created|opened|designated)\b|\b(?:is|was|were|has been|have been)"
    r" received\b"
    r"|\breceived your\b|\b(?:tracking|reference|request|case|control|confirmation|file) (?:number|no\b|#)", re.I)


def by_new_number(ev: Evidence) -> Finding | None:
    """An agency's first letter on a request states the number it has just given it: among the agency's open
    requests sent by then, the one that has no number yet (or the one the words choose among those). As weak as
    words: the number it teaches is provisional."""
    if ev.agency is None or ev.sender.ambiguous or not ev.unknown_agency_numbers or _subject_refusal(ev):
        return None
    if len(ev.unknown_agency_numbers) > 1:
        # A portal's digest or a letter listing several requests ("#26-842 ... #26-901 ... #26-877") is not one
        # agency's first letter on one request.
        return Finding(None, f"states several numbers of its own ({', '.join(sorted(ev.unknown_agency_numbers))})")
    unnumbered = {rid for rid in ev.index.requests_of(ev.agency.id)
                  if ev.index.sent_by(rid, ev.reply.date) and not ev.index.numbers_of(rid)}
    cited = ", ".join(sorted(ev.unknown_agency_numbers))
    if len(unnumbered) == 1:
        (request_id,) = unnumbered
        # A first letter gives the number ("received and assigned OPRA-0588"); one that only cites it, sharing no
        # word with the request ("Attached are the records responsive to ORR2026-05120: overtime hours"), may
        # answer a request of someone else's at the same desk.
        if not _GIVES_NUMBER.search(ev.reply.said) and not any(
                r.score for r in ev.index.rank(ev.agency, ev.reply_words, among=unnumbered)):
            return Finding(None, f"cites a new number ({cited}) without giving it, and shares no word with "
                                 f"{request_id}, the only open request of {agency_label(ev.agency)} without one")
        return Finding(request_id, f"states a new number ({cited}); the only open request of "
                                   f"{agency_label(ev.agency)} without one")
    ranked = ev.index.rank(ev.agency, ev.reply_words, among=unnumbered, before=ev.reply.date) if unnumbered else []
    # Among those few, a clear lead is enough: the letter restates its request, and the number stays provisional.
    runner = ranked[1].score if len(ranked) > 1 else 0.0
    if not ranked or len(ranked[0].shared) < 2 or ranked[0].score - runner < NEW_NUMBER_MARGIN:
        return None
    best = ranked[0]
    return Finding(best.request_id, f"states a new number ({cited}); of the requests of {agency_label(ev.agency)} "
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
    r = ev.reply
    if (is_bulk(r) or is_newsletter(r)) and not is_portal(r.from_addr):
        return "bulk or mailing-list mail is not a reply to a request"
    # What the agency said includes the letter it attached ("Please see the attached letter."); a number in the
    # agency's own format, even only in an attachment's name ("HCAO_DR26-177_Production1.pdf"), is a request named.
    if (not _REQUEST_TALK.search("\n".join([r.subject, r.said, r.embedded_subject, r.quoted_text]))
            and not ev.unknown_agency_numbers and not ev.new_numbers):
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
