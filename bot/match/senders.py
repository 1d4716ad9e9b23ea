"""Match stage, senders: which agency a reply comes from, by its address, its domain or what the message says.

Pure: never does I/O and never guesses between agencies. Records portals (GovQA, NextRequest, JustFOIA,
FOIAXpress PAL) send for many agencies from one address, and the components of one department share a
domain, so an address may belong to several agencies. Such a message is placed by what it says of itself:
the display name, the portal's per-agency host in its links, a number in one agency's format, the agency
named in its opening. When nothing decides, it is ambiguous between those agencies (`Sender.candidates`),
never whichever agency is listed first. Portals and colleagues also forward agency mail, so an agency address
or name inside the message counts when the sender's own address is no agency's.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.model import Reply
from bot.parse.addresses import PORTAL_DOMAINS, is_machine
from bot.rules import Agency

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_HOST = re.compile(r"\bhttps?://([a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.I)
_WORD = re.compile(r"[a-z0-9]+")
# Words that many agencies' names share: they say nothing about WHICH agency it is.
_GENERIC = frozenset({
    "a", "an", "and", "the", "of", "for", "in", "on", "at", "by", "to", "via", "office", "offices", "department",
    "dept", "division", "section", "unit", "bureau", "branch", "center", "centre", "agency", "agencies", "city",
    "county", "state", "states", "town", "township", "village", "borough", "district", "police", "sheriff",
    "sheriffs", "public", "records", "record", "request", "requests", "information", "open", "foia", "foil",
    "foipa", "pra", "cpra", "rtk", "right", "know", "law", "laws", "act", "government", "general", "services",
    "service", "national", "federal", "u", "s", "us", "united", "administration", "management", "headquarters",
    "hq", "team", "desk", "portal", "online", "system", "program", "programs", "processed", "processing", "staff",
    "communications", "community",
})
OPENING = 800  # characters of the new text that hold the letterhead and the opening sentence
SIGNATURE_LINES = 8  # lines at the end of the new text that hold the signature


@dataclass(frozen=True)
class Sender:
    """The agency a reply comes from, or the agencies it may come from and why it could not tell."""

    agency: Agency | None
    candidates: tuple[Agency, ...] = ()  # set when the sender's address is shared and nothing decided
    how: str = ""  # what decided, for the match reason
    # The agency's own voice: its listed address, or its portal's per-agency host. Not a name or a number format
    # (which a colleague's note or a contractor could write as well).
    own: bool = False
    # Named in the closing lines of what the sender wrote: a person signing as the office (a clerk on a personal
    # address), not someone who only mentions it.
    signed: bool = False
    # Known by what the signature says (the office's name, or its place among the office lines), from an address
    # no agency lists: once such a letter is placed, later mail from the address is the agency's even unsigned.
    by_signature: bool = False

    @property
    def ambiguous(self) -> bool:
        return self.agency is None and len(self.candidates) > 1


class Senders:
    """The agencies, looked up by e-mail address, by domain (and its parent domains) and by name."""

    def __init__(self, agencies: Iterable[Agency] = ()) -> None:
        self._agencies: dict[str, Agency] = {}
        self._by_email: dict[str, list[Agency]] = defaultdict(list)
        self._by_domain: dict[str, list[Agency]] = defaultdict(list)
        self._name_pattern: re.Pattern[str] | None = None
        self._by_name: dict[str, set[str]] = defaultdict(set)  # a name's key -> the agencies it names
        for agency in agencies:
            self.add(agency)

    def add(self, agency: Agency) -> None:
        old = self._agencies.get(agency.id)
        if old is not None:
            for table in (self._by_email, self._by_domain):
                for owners in table.values():
                    owners[:] = [a for a in owners if a.id != agency.id]
        self._agencies[agency.id] = agency
        for email in agency.emails:
            self._by_email[email].append(agency)
        for domain in agency.domains:
            self._by_domain[domain].append(agency)
        self._name_pattern = None

    def learn(self, address: str, agency_id: str) -> None:
        """Mail from `address` is `agency_id`'s from now on (an address no agency lists)."""
        agency = self._agencies.get(agency_id)
        if agency is not None and address not in agency.emails:
            self.add(agency.model_copy(update={"emails": [*agency.emails, address]}))

    def owners_of_address(self, address: str) -> list[Agency]:
        """Every agency the address may belong to: the exact address if listed, else the nearest domain."""
        address = address.strip().lower()
        if self._by_email.get(address):
            return list(self._by_email[address])
        labels = address.rpartition("@")[2].split(".")
        for start in range(len(labels) - 1):
            owners = self._by_domain.get(".".join(labels[start:]))
            if owners:
                return list(owners)
        return []

    def of_reply(self, reply: Reply) -> Sender:
        """Who sent the reply: its own address first, then an agency address or name inside the message."""
        owners = self.owners_of_address(reply.from_addr)
        if len(owners) == 1:
            hosted = self._hosted_for(reply, owners[0]) or self._on_behalf_of(reply, owners[0])
            if hosted is not None:
                return hosted
            return Sender(owners[0], how="sender address", own=True)
        if owners:
            return _tell_apart(owners, reply)
        forwarded_from = reply.embedded_addresses[0] if reply.embedded_addresses else ""
        # A colleague's forward of a letter from one agency's address or domain: the letter is the agency's own
        # voice, as if it had come to the inbox (an address merely mentioned in a note is not, below).
        forwarded = self.owners_of_address(forwarded_from) if forwarded_from else []
        if len(forwarded) == 1:
            return Sender(forwarded[0], how="the forwarded letter's sender address", own=True)
        for address in (reply.from_addr, forwarded_from):
            under = self._signed_under(address, reply)
            if under is not None:
                return under
        # A letter only in an attachment names its office in its letterhead, as a letter in the body does.
        text = "\n".join([reply.subject, reply.new_text, reply.quoted_text, reply.embedded_subject,
                          *(att.text[:OPENING] for att in reply.attachments)])
        found: list[Agency] = []
        for address in [*reply.embedded_addresses, *_EMAIL.findall(text)]:
            for agency in self.owners_of_address(address):
                if agency not in found:
                    found.append(agency)
        if len(found) == 1:
            return Sender(found[0], how="an agency address in the message")
        if found:
            return _tell_apart(found, reply)
        # A colleague's forward keeps the forwarded message's From first among the addresses it embeds.
        if (is_machine(reply.from_addr) or is_machine(forwarded_from)) and self._agencies:
            # An unlisted portal or system address (sending, or forwarded to us by a colleague): what the message
            # says of itself may name one agency.
            told = _tell_apart(list(self._agencies.values()), reply)
            if told.agency is not None:
                return dataclasses.replace(told, how=told.how.replace("shared address", "unlisted portal address"))
            if 1 < len(told.candidates) < len(self._agencies):
                return Sender(None, candidates=told.candidates, how="unlisted portal address; nothing in the "
                                                                     "message says which agency")
        named = self._named_in(text)
        if named:
            signed = self._signs_as(reply.new_text) == named
            return Sender(named, how="the agency named in the message" + (", in its signature" if signed else ""),
                          signed=signed, by_signature=signed)
        # A contractor's analyst writing from the contractor's own domain for an agency: a number in one agency's
        # own format, in a message that also names that agency, is two facts that point to it.
        numbered = _by_number_format(list(self._agencies.values()), reply)
        if len(numbered) == 1 and _named(numbered, _words(text)):
            return Sender(numbered[0], how=f"a number in {numbered[0].id}'s format, and its name, in the message")
        # A city's clerk on the city's main domain (cityoftulsa.org) for a department listed on its own
        # (tulsapolice.org), signing "Records Clerk | City of Tulsa": the office lines of the signature name the
        # place of one agency only.
        office = " ".join(line for line in reply.new_text.strip().splitlines()[-SIGNATURE_LINES:]
                          if _OFFICE_LINE.search(line))
        signing = _named(list(self._agencies.values()), _words(office)) if office else []
        if len(signing) == 1 and not is_machine(reply.from_addr):
            return Sender(signing[0], how=f"the signature names {signing[0].id}'s place", by_signature=True)
        return Sender(None)

    def _signed_under(self, address: str, reply: Reply) -> Sender | None:
        """A person on a state's shared mail domain (lhanson@mt.gov), where the agency lists only its own box
        (politicalpractices@mt.gov) or subdomain: the domain hosts every agency of the state, so it says only
        that the sender is one of those listed under it; the office's name, written out in the display name,
        the letter or its signature, says which. Free mail domains are never such a domain."""
        domain = address.strip().lower().rpartition("@")[2]
        if not _GOVERNMENT_DOMAIN.search(domain) or self.owners_of_address(address):
            return None
        under = [a for a in self._agencies.values()
                 if any(e.lower().rpartition("@")[2] == domain for e in a.emails)
                 or any(d.lower().endswith("." + domain) for d in a.domains)]
        said = "\n".join([reply.from_name, reply.new_text, *(att.text[:OPENING] for att in reply.attachments)])
        signed = [a for a in under if _office_phrase(a).search(said)]
        if len(signed) != 1:
            return None
        return Sender(signed[0], how=f"{domain} is shared by the state's agencies; the message is signed "
                                     f"{_office_name(signed[0])!r}")

    def _hosted_for(self, reply: Reply, owner: Agency) -> Sender | None:
        """A state's records portal on a subdomain of the state's domain (no-reply@openrecords.utah.gov), where one
        agency lists the whole domain (utah.gov): the portal serves the state's cities and districts as well, so a
        notice that names another listed agency at its head, and never the domain's agency, is the other's."""
        address = reply.from_addr.strip().lower()
        domain = address.rpartition("@")[2]
        if (address in self._by_email or domain in self._by_domain or not is_machine(address)
                or not _GOVERNMENT_DOMAIN.search(domain)):
            return None
        named = self._named_in("\n".join([reply.from_name, reply.subject, reply.new_text[:OPENING]]))
        if named is None or named.id == owner.id or _office_phrase(owner).search(reply.said):
            return None
        return Sender(named, how=f"a portal on {domain} that {owner.id} shares; the notice names {named.id}")

    def _on_behalf_of(self, reply: Reply, owner: Agency) -> Sender | None:
        """Someone whose address is one agency's writing for another body it serves: a law firm that is counsel to
        two of our agencies, an office that staffs a foundation ("I write on behalf of the Indiana Economic
        Development Foundation"). The letter's opening says for whom, in so many words."""
        opening = "\n".join([reply.subject, reply.new_text[:OPENING],
                             *(att.text[:OPENING] for att in reply.attachments)])
        for lead in _ON_BEHALF.finditer(opening):
            named = self._names().match(opening, lead.end())
            agency = self._named_in(named.group()) if named else None
            if agency is not None and agency.id != owner.id:
                return Sender(agency, how=f"{owner.id}'s address, writing on behalf of {agency.id}", own=True)
        return None

    def _named_in(self, text: str) -> Agency | None:
        names = self._names()
        named = {agency_id for m in names.finditer(text) for agency_id in self._by_name[_name_key(m.group())]}
        return self._agencies[next(iter(named))] if len(named) == 1 else None

    def _signs_as(self, text: str) -> Agency | None:
        """The agency whose name is a line of its own among the closing lines ("Office (part time)" / "Hot Springs
        County Weed & Pest"), as a signature gives it; not a name in a sentence."""
        for line in reversed(text.strip().splitlines()[-SIGNATURE_LINES:]):
            found = self._names().search(line)
            if found and len(line.split()) <= len(found.group().split()) + 3:
                return self._named_in(found.group())
        return None

    def _names(self) -> re.Pattern[str]:
        """The agencies' names as their staff sign them, whole or in the short form that leaves out what kind of
        body it is ("Hot Springs County Weed & Pest" for "... Weed & Pest Control District")."""
        if self._name_pattern is None:
            self._by_name = defaultdict(set)
            for agency in self._agencies.values():
                for name in {_plain_name(agency), _short_name(agency), _head_name(agency)} - {""}:
                    self._by_name[_name_key(name)].add(agency.id)
            written = sorted(self._by_name, key=len, reverse=True)
            body = "|".join(r"\s+".join(_AMPERSAND.sub("(?:&|and)", re.escape(w)) for w in n.split()) for n in written)
            self._name_pattern = re.compile(rf"\b(?:{body or '(?!x)x'})\b", re.IGNORECASE)
        return self._name_pattern


# --- telling apart agencies that share an address ----------------------------------------------------------

Clue = Callable[[Sequence[Agency], Reply], list[Agency]]


def _by_display_name(owners: Sequence[Agency], reply: Reply) -> list[Agency]:
    """'City of Detroit FOIA Center' <noreply@mycusthelp.net>: the display name names the agency."""
    return _named(owners, _words(reply.from_name))


def _named(owners: Sequence[Agency], said: set[str]) -> list[Agency]:
    """The agencies whose names the words say, judged by the words that tell each from the others: 'Human
    Services Data Request Center ... Dakota County Community Services' names Dakota, not both counties whose
    names say 'services'."""
    named = [a for a in owners if _name_words(a) & said]
    if len(named) > 1:
        # Every word of its name, and some word that tells it from the others, however common: "City of Seattle"
        # names neither the Seattle Police Department nor Seattle's Department of Transportation.
        rest = {a.id: _kind_words(a) - set().union(*(_kind_words(b) for b in named if b.id != a.id)) for a in named}
        whole = [a for a in named if _name_words(a) <= said and (not rest[a.id] or rest[a.id] & said)]
        if whole:
            return whole
        own = {a.id: _name_words(a) - set().union(*(_name_words(b) for b in owners if b.id != a.id)) for a in named}
        distinct = [a for a in named if own[a.id] & said]
        if distinct:
            return distinct
    return named


def _by_portal_host(owners: Sequence[Agency], reply: Reply) -> list[Agency]:
    """The portal's per-agency host in the links: detroitmi.govqa.us, lacity.nextrequest.com, or a portal on the
    agency's own domain (foia-pal.usgs.gov)."""
    hosts = {h.lower() for h in _URL_HOST.findall(f"{reply.new_text}\n{reply.text[:20000]}")}
    tenants = {h for h in hosts if any(h.endswith("." + d) for d in PORTAL_DOMAINS)}
    pointed = [a for a in owners if any(_tenant_is_agencys(host, a) for host in tenants)]
    if pointed:
        return pointed
    portals = {h for h in hosts if _OWN_PORTAL.match(h)}
    return [a for a in owners if any(h == d or h.endswith("." + d) for h in portals for d in a.domains)]


# A records portal an agency runs on its own domain: foia-pal.usgs.gov, publicrecords.cityofx.gov.
_OWN_PORTAL = re.compile(r"(?:[\w-]+[.-])?(?:foia|pal|foia-?pal|records|publicrecords|opra|pra)[.-]")


def _by_number_format(owners: Sequence[Agency], reply: Reply) -> list[Agency]:
    """A number in exactly one agency's tracking_pattern (CRT-2026-00871 is not FOIA-2026-04417)."""
    text = "\n".join([reply.subject, reply.new_text, *(a.name_words for a in reply.attachments)])
    return [a for a in owners if a.tracking_pattern and a.find_tracking(text)]


def _by_opening(owners: Sequence[Agency], reply: Reply) -> list[Agency]:
    """The letterhead, the subject and the opening sentence name the agency (later text may name others)."""
    letters = [a.text[:OPENING] for a in reply.attachments if a.text]
    said = _words("\n".join([reply.subject, reply.new_text[:OPENING], *letters]))
    return _named(owners, said)


CLUES: tuple[tuple[str, Clue], ...] = (
    ("display name", _by_display_name),
    ("portal host", _by_portal_host),
    ("number format", _by_number_format),
    ("letterhead", _by_opening),
)


def _tell_apart(owners: Sequence[Agency], reply: Reply) -> Sender:
    """The first clue that points to exactly one of the agencies decides; a clue that points to several
    narrows the field for the next."""
    field = list(owners)
    for name, clue in CLUES:
        pointed = clue(field, reply)
        if len(pointed) == 1:
            return Sender(pointed[0], how=f"shared address; {name} says {pointed[0].id}", own=clue is _by_portal_host)
        if pointed:
            field = pointed
    return Sender(None, candidates=tuple(field), how="shared address; nothing in the message says which agency")


def _tenant_is_agencys(host: str, agency: Agency) -> bool:
    if any(host == d or host.endswith("." + d) for d in agency.domains):
        return True
    first = host.split(".")[0]
    locals_ = {e.partition("@")[0] for e in agency.emails}
    # houstontx@request.govqa.us and houstontx.govqa.us are the same portal tenant.
    if first in locals_ and first not in _GENERIC:
        return True
    return any(len(w) >= 4 and first.startswith(w) for w in _name_words(agency))


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _name_words(agency: Agency) -> set[str]:
    """The words of the agency's name that tell it from others ('detroit', 'lakeview'), not 'police'."""
    return {w for w in _words(_plain_name(agency)) if w not in _GENERIC and len(w) > 2 and not w.isdigit()}


def _kind_words(agency: Agency) -> set[str]:
    """All the words of the agency's name, 'police' and 'transportation' too, but not 'of' or 'the'."""
    return {w for w in _words(_plain_name(agency)) if len(w) > 2 and w not in {"and", "the", "for", "via"}}


# Words that say for whom a letter is written: "On behalf of Rancho Murieta Community Services District:", "This
# office serves as legal counsel to Pleasant Run Township".
_ON_BEHALF = re.compile(r"\b(?:on behalf of|(?:general |legal |outside )?counsel (?:to|for)|responding for|writing for"
                        r"|answering for)\s+(?:the\s+)?", re.I)
# A line of a signature that says which public body the writer works for.
_OFFICE_LINE = re.compile(r"\b(?:city|county|town|township|village|borough|parish|state|department|dept|office"
                          r"|division|bureau|police|sheriff|commission|board|district|authority)\b", re.I)
# The mail domains of governments, which a state may share among all its agencies (mt.gov, state.mn.us).
_GOVERNMENT_DOMAIN = re.compile(r"(?:^|\.)(?:gov|mil|[a-z]{2}\.us)$")


def _office_name(agency: Agency) -> str:
    """The agency's name without the state in front ('Montana Commissioner of Political Practices' is signed
    'Commissioner of Political Practices' on the state's letterhead)."""
    return re.sub(rf"^(?:State\s+of\s+)?(?:{_STATES})\s+", "", _plain_name(agency))


def _office_phrase(agency: Agency) -> re.Pattern[str]:
    """The office's name written out as one phrase; two words at least, so that a lone word never names it."""
    parts = _office_name(agency).split()
    if len(parts) < 2:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b" + r"\s+".join(re.escape(p) for p in parts) + r"\b", re.I)


# What kind of body an agency is, which its staff leave out when they sign: "... Weed & Pest Control District".
_BODY_WORDS = frozenset({"control", "district", "department", "dept", "office", "division", "board", "commission",
                         "authority", "agency", "bureau", "unit"})
_AMPERSAND = re.compile(r"\\&|&|\band\b")


def _short_name(agency: Agency) -> str:
    """The name without the words at its end that say what kind of body it is, or its number ("Mill Creek Cemetery
    District No. 1" is signed "Mill Creek Cemetery"), when what is left still names it (three words at least, two
    of them its own): '' otherwise."""
    words = _NUMBERED.sub("", _plain_name(agency)).split()
    while words and words[-1].lower().strip(",.") in _BODY_WORDS:
        words.pop()
    short = " ".join(words)
    return short if _still_names(words) and short != _plain_name(agency) else ""


def _still_names(words: list[str]) -> bool:
    """Three words at least, two of them the body's own (not "County", "District" or "of")."""
    own = [w for w in words if w.lower() not in _GENERIC and w.isalpha() and len(w) > 2]
    return len(words) >= 3 and len(own) >= 2


_NUMBERED = re.compile(r"\s+(?:no\.?|number|#)\s*\d+\s*$", re.I)


def _head_name(agency: Agency) -> str:
    """The body's own name where the configured one goes on to say where or which office of it ("Pleasant Run
    Township, Clark County - Fiscal Officer"), when that head still names it (as `_short_name`): '' otherwise."""
    name = _plain_name(agency)
    head = re.split(r",\s|\s[-–—]\s", name, maxsplit=1)[0].strip()
    return head if head != name and _still_names(head.split()) else ""


def _name_key(name: str) -> str:
    return " ".join(_AMPERSAND.sub("and", name.lower()).split())


def _plain_name(agency: Agency) -> str:
    """The agency's name as its own staff sign it: without a parenthetical note or the state it is in ('Town of
    Derby, Vermont (Clerk)' is signed 'Town of Derby')."""
    return _IN_STATE.sub("", re.sub(r"\s*\(.*?\)", "", agency.name)).strip()


_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|"
    "Vermont|Virginia|Washington|Wisconsin|Wyoming|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
    "North Dakota|Rhode Island|South Carolina|South Dakota|West Virginia|District of Columbia"
)
_IN_STATE = re.compile(rf",\s*(?:{_STATES}|[A-Z]{{2}})\s*$")
