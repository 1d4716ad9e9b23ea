"""Classify stage: a parsed Reply (and the sender's agency, when known) -> Classification.

Pure: never does I/O and never looks at the clock. Decides what the agency said (the reply's kind) by an
ordered table of small named rules: the first rule that returns a Kind decides, and its name is recorded in
Classification.rule so "why did it think that?" has an answer. Header rules come first (bounces,
auto-replies), then the team's own per-agency phrases, then the built-in phrase families over the NEW text of
the reply (subject, text above the quote, attachment letters; a forward's forwarded block), never over the
quoted history. Also pulls out the facts the reply states: tracking number, date received, estimated
completion date, fee and a promised response date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from bot.model import Classification, Facts, Kind, Reply
from bot.rules import Agency

# A bad agency pattern (catastrophic backtracking) must not hang the worker: every text fed to a configured
# regex, and every text we scan, is capped.
TEXT_CAP = 50_000
ATTACHMENT_CAP = 10_000  # the letter is at the top; deeper pages are the records themselves

_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]|&#8209;|&#x2011;|&#8211;|&#8212;")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_SPACE = re.compile(r"\s+")
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw)\s*:", re.I)


def normalise(text: str) -> str:
    """Dash-like characters to '-', typographic quotes to ASCII, no-break spaces to spaces; capped."""
    return _DASHES.sub("-", text[:TEXT_CAP]).translate(_QUOTES)


def _flat(text: str) -> str:
    """One line, single spaces: phrases in letters wrap across lines at random places."""
    return _SPACE.sub(" ", normalise(text)).strip()


@dataclass(frozen=True)
class _Context:
    """What every rule sees: the reply, its agency and the new text prepared once."""

    reply: Reply
    agency: Agency | None
    text: str  # subject + new text + attachment letters (+ a forward's forwarded block), flattened

    @property
    def subject(self) -> str:
        return self.reply.subject.lower()

    def flag(self, name: str) -> str:
        return self.reply.flags.get(name, "").strip().lower()


Rule = Callable[[_Context], Kind | None]


def _new_text(reply: Reply) -> str:
    parts = [reply.subject, reply.new_text]
    parts += [a.text[:ATTACHMENT_CAP] for a in reply.attachments if a.text]
    if _FORWARD_SUBJECT.match(reply.subject) or not reply.new_text.strip():
        # In a forward (or a reply whose whole body was taken for a quote) the "quoted" block IS the
        # agency's message.
        parts.append(reply.quoted_text)
    return _flat("\n".join(parts))[:TEXT_CAP]


# --- phrase families -----------------------------------------------------------------------------------------


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.I)


# A phrase inside a condition ("if no records are found", "before the records are produced") is not a
# statement of fact.
_CONDITIONAL = re.compile(r"\b(?:if|whether|unless|in the event|before|until|once|upon)\b[^.;:!?]*$", re.I)
# Nor is a plan ("we anticipate providing the first installment", "I will send a first batch") a release.
_PLANNED = re.compile(
    r"\b(?:anticipat|expect|plan|intend|hope|hoping|aim|schedul|project|estimat|will|shall|going to|should|may|might"
    r"|could|would)\w*\b[^.;:!?]*$",
    re.I,
)
# Nor is a possibility ("circumstances may arise that would require additional time") an extension taken.
_POSSIBLE = re.compile(r"\b(?:may|might|could|would|possibly|potentially)\b[^.;:!?]*$", re.I)
Guard = tuple[re.Pattern[str], int]  # a lead-in that voids a phrase, and how far back it is looked for
IF, PLANNED, POSSIBLE = (_CONDITIONAL, 40), (_PLANNED, 60), (_POSSIBLE, 50)
# A request to the requester is often put as a prerequisite ("Before we can process your request, please
# clarify ..."): for those only a real condition ("we will contact you if we need more information") voids it.
IF_ONLY: Guard = (re.compile(r"\b(?:if|whether|unless|in the event|should)\b[^.;:!?]*$", re.I), 40)


def _voided(text: str, start: int, guards: tuple[Guard, ...]) -> bool:
    return any(guard.search(text[max(0, start - reach) : start]) for guard, reach in guards)


def _says(pattern: re.Pattern[str], text: str, *guards: Guard) -> bool:
    """Whether the text states the phrase: some match not voided by a lead-in (by default, a condition)."""
    return any(not _voided(text, m.start(), guards or (IF,)) for m in pattern.finditer(text))


_POSSESSIVE = r"(?:(?:the |our |its |this |your )?[\w.&-]+'s?|the|our|its|this|your)"
_RECORDS = r"(?:responsive )?(?:records?|documents?|information|files?|materials?)"

NO_RECORDS = _rx(
    r"\bno (?:responsive|such) (?:records?|documents?)",
    r"\bno records? (?:responsive|were|was|could|have been|pertaining|matching)",
    r"\b(?:unable|not able) to (?:locate|identify|find) (?:any )?(?:responsive )?(?:records?|documents?)",
    r"\b(?:did|does|could) not (?:locate|find|identify) any " + _RECORDS,
    r"\bdoes not (?:possess|maintain|have) any (?:records?|documents?|responsive|\w+ (?:reports?"
    r"|records?))",
    r"\bsearch (?:did not|failed to) (?:locate|find|identify|produce|yield)",
    r"\bsearch (?:was negative|yielded no|produced no|located no|found no)",
    r"\bno (?:responsive )?records? (?:exist|were located|were found)",
    r"\bclosure reason: no",
    r"\b(?:we|the \w+) (?:have|has|found|located|identified) no (?:responsive )?(?:records?|documents?)",
    r"\bthere are no (?:responsive )?(?:records?|documents?)",
    r"\b(?:could|did) not (?:locate|find|identify) (?:any )?(?:responsive )?(?:records?|documents?)\b",
)
DENIAL = _rx(
    r"\bneither confirm nor deny",
    r"\b(?:withheld|exempt from disclosure|withholding (?:them|it|the records)) in (?:its|their) entirety",
    r"\byour (?:(?!fee\b|waiver\b|expedit)[\w-]+ ){0,3}(?:request|appeal) (?:is|has been|was|must be)(?:"
    r" therefore| hereby| respectfully)? (?:denied|rejected)",
    r"\b(?:records?|documents?|information) (?:is|are|will be|must be) withheld in (?:full|(?:its|their)"
    r" entirety)",
    r"\b(?:must|hereby|therefore) (?:deny|denies|reject) your request",
    r"\b(?:is|are) (?:denying|rejecting) your request",
    r"\b(?:determined|concluded) that none (?:of the records )?(?:could|can|may) be released",
    r"\bno reasonably segregable",
    r"\bnot (?:an? )?(?:agency|public) records?\b",
    r"\bimproper (?:foia |records |public records )?request",
)
WITHHELD_IN_FULL = _rx(r"\bwithheld in full", r"\bwithholding (?:all|the records) in full")
FINAL = _rx(
    rf"\b(?:this|the following) is (?:{_POSSESSIVE} )?final (?:response|release|production|determination)",
    rf"\b(?:attached|enclosed|here) (?:is|are|please find) {_POSSESSIVE} final (?:response|release"
    rf"|production)",
    r"\bfinal (?:response|release|production|determination)s? (?:is|are) (?:attached|enclosed)",
    rf"\b(?:completes|concludes) {_POSSESSIVE} (?:processing|response|production)",
    r"\b(?:second|third|fourth|fifth|last) and final (?:installment|release|production)",
    r"\bfinal (?:installment|set of (?:responsive )?records)",
    r"\bwith this (?:production|release),? (?:your|the|this) request is (?:now )?(?:closed|complete)",
    r"\bclosure reason: (?:records? )?(?:released|provided|fulfilled|completed)",
)
INTERIM = _rx(
    r"\binterim (?:release|production|response (?:of|with|releasing|enclosing))",
    r"\b(?:first|second|third|fourth|fifth|next|\d+(?:st|nd|rd|th)) (?:installment|partial release"
    r"|production|batch|tranche|round of (?:responsive )?(?:records|documents))",
    r"\b(?:first|initial) \d+ (?:of|out of) (?:the |our |your )?\d+\b",
    r"\bpartial (?:release|production|response)",
    r"\b(?:first|second|third|fourth|fifth|next|\d+(?:st|nd|rd|th)) interim (?:response|release"
    r"|production)",
    r"\binterim response\b[^.]{0,100}?\b(?:enclosed|attached|released|releasing|produced)",
    r"\b(?:enclosed|attached) (?:is|are|please find) (?:our |the |a |an |your )?(?:\w+ )?interim",
    r"\b(?:on|in) a rolling basis",
    r"\brolling (?:release|production)s?",
    r"\b(?:additional|subsequent|further) (?:releases?|productions?|installments?)",
    r"\bremaining (?:pages|records|documents) (?:(?:are|is) (?:still|being|under)|will (?:follow|be (?:released"
    r"|produced|provided|sent|processed|reviewed)))",
)
# Beside a release, a word that more is coming makes it a partial one.
MORE_TO_COME = _rx(
    r"\b(?:remaining|rest of the|other) (?:\d+ )?(?:[\w-]+ )?(?:records|documents|files|pages|materials|items"
    r"|reports|e-?mails|messages|videos|recordings|photos)\b[^.]{0,80}?\b(?:still|continu\w+|are being|is being"
    r"|under review|in review|pending|will (?:be (?:released|produced|provided|sent|reviewed|processed"
    r"|made available)|follow))",
    r"\bstill (?:being )?(?:reviewed|processed|redacted|gathered|collected|(?:under|in) (?:[\w-]+ )?review)",
    r"\b(?:in|as) (?:batches|installments|tranches)\b",
    r"\b(?:more|additional|further) (?:records|documents|files|pages) will (?:follow|be (?:released|produced"
    r"|provided|sent))",
)
# A statement that records go out now (not "will be released upon payment").
RECORDS = _rx(
    r"\b(?:attached|enclosed) (?:is|are|please find|you will find)\b[^.]{0,60}?\b(?:records|documents"
    r"|copies|files|pages|reports)\b",
    r"\bplease find (?:attached|enclosed)\b[^.]{0,60}?\b(?:records|documents|copies|files|pages)\b",
    r"\b(?:records|documents|files|pages|copies)\b[^.]{0,40}? "
    r"(?:are|is|have been|has been|were|was|are being|is being) (?:attached|enclosed|released|produced"
    r"|uploaded)",
    r"\breleased in (?:part|full)",
    r"\b(?:we are|we're) (?:releasing|producing) ",
    r"\bgrant(?:ed|ing) (?:your request )?in (?:part|full)",
    r"\b(?:has|have) released the following",
    r"\bavailable for (?:download|pickup|inspection)",
    r"\brequest (?:has been|was|is) fulfilled",
    r"\b(?:below|here|attached|enclosed) (?:is|are) (?:a|the) (?:[\w-]+ )?(?:link|url)s? (?:to|with|for)\b",
)
REFERRAL = _rx(
    r"\b(?:referred|transferred|forwarded) (?:your request|the request|this request|it|a portion|that"
    r" portion|[\w,]+ pages?)\b[^.]{0,80}\bto\b",
    r"\bmaintained by\b[^.]{0,80}\brather than\b",
    r"\b(?:maintained|held|kept) by (?:another|a different|a separate) (?:agency|office|department"
    r"|component|entity)",
    r"\bnot maintained by (?:this|the|our) (?:office|department|agency|division)",
    r"\byou may wish to (?:submit|send|direct|redirect) (?:that portion of |a portion of )?your request to",
    r"\b(?:should|must) (?:be )?(?:submitted|directed|sent) (?:directly )?to (?:the )?[A-Z]",
)
FEE = _rx(
    r"\b(?:estimated|anticipated|total) (?:fees?|costs?|charges?|amount|total)",
    r"\b(?:fee|cost) estimate",
    r"\bprepayment|\bpre-payment|\badvance payment",
    r"\b(?:agree|agreement|commitment|willingness) (?:in writing )?to pay",
    r"\bdeposit (?:is )?(?:required|of \$)|\brequires? a deposit",
    r"\bitemized statement",
    r"\bpayment (?:is )?(?:required|due) before",
    r"\b(?:cost|charge|fee)s? (?:to|of) (?:produc|process|copy|duplicat|search|review)\w*",
    r"\bplease remit\b|\bremit (?:payment|\$)",
    r"\bwill cost (?:approximately |about )?\$",
)
DOLLARS = re.compile(r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?")
EXTENSION = _rx(
    r"\bextend(?:ing|ed|s)? (?:the|its|our|your|this) (?:[\w-]+ ){0,2}(?:time|deadline|period|date|time"
    r" limit)\b",
    r"\b(?:time|deadline|period|time limit) (?:to respond|for responding|for a"
    r" response)?[^.]{0,40}\b(?:is|are|has been|will be)(?: therefore)? extended",
    r"\bextension of (?:the )?(?:time|deadline)",
    r"\b(?:notice of|invoke|invoking|take|taking) (?:an? )?[\w() -]{0,20}extension",
    r"\bunusual circumstances (?:apply|exist|are present)",
    r"\b(?:because of|due to|constitute|constitutes) (?:these |the )?unusual circumstances",
    r"\b(?:requir|need|tak|took|invok|claim)\w* (?:up to )?(?:an? |another )?(?:\w+ )?(?:\(\d+\) )?"
    r"(?:additional|extra|further) (?:time|days|(?:\w+ ){1,2}days)",
    r"\b(?:additional|more|further|extra) time (?:is|was|will be) (?:needed|required|necessary)",
    r"\b(?:now|instead) (?:expects?|anticipates?|estimates?|plans?|intends?) to (?:respond|reply|complete"
    r"|provide|issue|send|finish)",
    r"\b(?:beyond|past|in excess of) the (?:statutory|standard|normal|usual|original|initial) (?:[\w-]+ ){0,2}"
    r"(?:time limit|deadline|period|response time|due date)",
    r"\b(?:we|it) (?:require|will require|need|will need) (?:more|additional|further) time",
    r"\b(?:\w+|\(\d+\))[- ](?:business|working|calendar)?[- ]?days? extension",
    r"\b(?:due date|deadline|response date)\b[^.]{0,30}? (?:has been|was|is|will be) (?:extended|changed"
    r"|moved|postponed)",
    r"\b(?:revised|new|updated) (?:estimated )?(?:due|completion|response) date",
)
CLARIFICATION = _rx(
    r"\bplease clarify",
    r"\b(?:need|needs|require|requires|request|requesting|seek|seeking) (?:some |further |additional"
    r" )?clarification",
    r"\bclarify (?:whether|what|which|your request|the scope|the request)",
    r"\b(?:narrow|limit|refine) (?:your|the) (?:request|scope)",
    r"\bnarrowed request",
    r"\b(?:more|less|sufficiently) specific",
    r"\bplease (?:provide|send|specify) (?:us )?(?:with )?(?:additional|more|further) (?:information"
    r"|details)",
    r"\bresume processing (?:upon|once|after) (?:your|we receive)",
    r"\bunduly burdensome",
    r"\b(?:does not|fails to|did not) reasonably describe",
    r"\b(?:additional|more|further) information (?:is |will be )?(?:needed|required|necessary)",
    r"\bwe need (?:more|additional|further) information",
    r"\bplease (?:let us know|confirm|specify|indicate) (?:whether|which|what|if)",
    r"\b(?:unable|not able) to process your request as (?:written|submitted)",
    r"\b(?:exactly|specifically|precisely) (?:which|what) (?:[\w-]+ ){0,3}(?:you|are you)\b",
    r"\b(?:which|what) (?:specific |particular |exact )?(?:[\w-]+ )?(?:records?|documents?|information|files?"
    r"|materials?|reports?|items?) (?:you (?:want|need|seek|mean|are (?:seeking|looking for|requesting|interested"
    r" in))|are you (?:seeking|looking for|requesting))",
    r"\b(?:request|it|processing) (?:is|has been|will be|remains|will remain) (?:placed |put )?on hold\b"
    r"(?![^.]{0,60}\b(?:pay|payment|fee|fees|deposit)\b)",
    r"\b(?:placed|put|placing|putting) (?:your|the|this) request on hold(?![^.]{0,60}\b(?:pay|payment|fee"
    r"|fees|deposit)\b)",
    r"\buntil (?:i|we) (?:hear (?:back )?from you|receive your (?:response|reply|clarification|answer))",
)
CALL_REQUEST = _rx(
    r"\b(?:give|gave) (?:me|us) a (?:call|ring)",
    r"\b(?:please|could you|can you|kindly) (?:call|phone|telephone) (?:me|us|our office)",
    r"\b(?:would like|like|want) to (?:speak|talk) with you",
    r"\bwalk you through",
)
OUT_OF_OFFICE = _rx(
    r"\b(?:i am|i'm|i will be|i'll be) (?:currently )?(?:out of (?:the )?office|on (?:annual |sick "
    r"|extended )?leave|away|on vacation|traveling|on travel|on official travel)",
    r"\bout of (?:the )?office (?:until|through|from)",
    r"\blimited access to (?:e-?mail|my e-?mail)",
    r"\bwill (?:respond|reply|return your (?:message|e-?mail)) (?:to your (?:message|e-?mail) )?(?:when"
    r"|upon|after) (?:i|my) return",
    r"\b(?:automated|automatic) (?:response|reply)\b[^.]{0,30}\byour (?:message|e-?mail) (?:was|has been)"
    r" (?:delivered|received)",
    r"\b(?:this|the) (?:e-?mail )?(?:address|mailbox|inbox) is no longer (?:monitored|in use|active)",
    r"\b(?:does|do) not constitute an acknowledg",
)
ACKNOWLEDGMENT = _rx(
    r"\backnowledg(?:e|es|ing|ment of) receipt",
    r"\b(?:is|are|am) in receipt of",
    r"\b(?:request|it|application)\b[^.;]{0,40}? (?:has been|was|have been|is) (?:received|submitted"
    r"|logged|entered|opened|filed)\b",
    r"\b(?:we|office|department|city|county|agency|unit|division|section) (?:has |have )?received your"
    r" (?:[\w-]+ ){0,6}request",
    r"\b(?:has|have) been assigned (?:a |the )?(?:\w+ )?(?:(?:reference|tracking|request|case|file"
    r"|control|confirmation) )?(?:number|no\b|#)",
    r"\bassigned (?:\w+ )?(?:reference|tracking|request|case|file|control|confirmation) (?:number|no\b|#)",
    r"\b(?:request|case|reference|tracking) (?:number|no\.?|#) (?:listed )?above has been assigned",
    r"\bthank you for (?:submitting|your) (?:a |your )?(?:\w+ ){0,4}request",
    r"\b(?:received|logged|entered|recorded|registered|docketed)(?: and (?:entered|logged|recorded|registered"
    r"|docketed))?(?: (?:it|your request|the request|this request))? (?:in|into|on) (?:our|the|its)"
    r" (?:[\w-]+ ){0,2}(?:system|database|log|queue|tracker|register)",
    r"\b(?:logged|entered|recorded|registered|docketed|opened)(?: (?:it|your request|the request|this request))?"
    r"(?: (?:in|into) (?:our|the) (?:[\w-]+ ){0,2}system)? (?:as|under) (?:(?:request|case|reference|tracking"
    r"|file|control) )?(?:(?:number|no\.?|#) ?)?[a-z]{0,6}[-#]?\d",
)
PORTAL = _rx(
    r"\b(?:has been|was) updated\b",
    r"\b(?:log|sign) ?in to (?:the |your |our )?(?:[\w/ ]{0,40})?(?:portal|center|centre|link|pal|account"
    r"|site|system)",
    r"\bnew (?:message|correspondence|document|note|activity|comment)s? (?:is |are )?(?:available |posted"
    r" )?(?:for|on|regarding|about|has been)",
    r"\bthere is (?:a )?new (?:message|correspondence|document|activity)",
    r"\bstatus (?:of (?:your |the )?request [\w#-]+ )?(?:has )?(?:changed|been changed|been updated)",
    r"\b(?:has|have) (?:a )?new (?:message|activity|point of contact)",
    r"\bpoint of contact has been (?:assigned|changed)",
    r"\bview (?:the |your )?(?:request|update|message)s?:",
)

_OOO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|out of (?:the )?office|ooo\b|"
    r"away from (?:the |my )?office|on leave)",
    re.I,
)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(?:undeliverable|undelivered mail|delivery status notification \((?:failure|delay)\)|"
    r"delivery (?:has )?failed|failure notice|mail delivery (?:failed|failure|system)|returned mail|"
    r"message not delivered|delivery failure|non-?delivery)",
    re.I,
)
_BOUNCE_SENDER = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|microsoftexchange[0-9a-f]*)@", re.I)


# --- rules ---------------------------------------------------------------------------------------------------


def _bounce_report(ctx: _Context) -> Kind | None:
    content_type = ctx.flag("content-type")
    is_dsn = "multipart/report" in content_type and "delivery-status" in content_type
    return Kind.BOUNCE if is_dsn or (ctx.reply.is_report and "disposition" not in content_type) else None


def _bounce_failed_recipients(ctx: _Context) -> Kind | None:
    return Kind.BOUNCE if ctx.flag("x-failed-recipients") else None


def _bounce_sender(ctx: _Context) -> Kind | None:
    sender = _BOUNCE_SENDER.match(ctx.reply.from_addr) or ctx.flag("return-path") == "<>"
    return Kind.BOUNCE if sender and _BOUNCE_SUBJECT.match(ctx.reply.subject) else None


def _bounce_daemon(ctx: _Context) -> Kind | None:
    return Kind.BOUNCE if _BOUNCE_SENDER.match(ctx.reply.from_addr) else None


def _auto_submitted(ctx: _Context) -> Kind | None:
    # Portals (RFC 3834 "auto-generated") send acknowledgments and releases: those are judged by their text,
    # and fall back to auto_reply only at the end of the table.
    value = ctx.flag("auto-submitted")
    return Kind.AUTO_REPLY if value and value not in ("no", "auto-generated") else None


def _autoreply_headers(ctx: _Context) -> Kind | None:
    flagged = ctx.flag("x-autoreply") or ctx.flag("x-autorespond") or ctx.flag("precedence") == "auto_reply"
    return Kind.AUTO_REPLY if flagged else None


def _out_of_office_subject(ctx: _Context) -> Kind | None:
    return Kind.AUTO_REPLY if _OOO_SUBJECT.match(ctx.reply.subject) else None


def _phrase_rule(pattern: re.Pattern[str], kind: Kind, *guards: Guard) -> Rule:
    def rule(ctx: _Context) -> Kind | None:
        return kind if _says(pattern, ctx.text, *guards) else None

    return rule


def _no_records(ctx: _Context) -> Kind | None:
    # "Records for items 1-2 are attached; no records were located for item 3" is a release.
    return Kind.NO_RECORDS if _says(NO_RECORDS, ctx.text) and not _says(RECORDS, ctx.text) else None


def _denial(ctx: _Context) -> Kind | None:
    # "42 pages are withheld in full" next to released pages, or "denied in part", is a partial release.
    if _says(RECORDS, ctx.text):
        return None
    if _says(DENIAL, ctx.text):
        return Kind.DENIAL
    if _says(WITHHELD_IN_FULL, ctx.text):
        return Kind.DENIAL
    return None


def _partial_release(ctx: _Context) -> Kind | None:
    released = _says(RECORDS, ctx.text)
    return Kind.RECORDS_INTERIM if released and _says(MORE_TO_COME, ctx.text, IF, POSSIBLE) else None


def _fee_estimate(ctx: _Context) -> Kind | None:
    return Kind.FEE_ESTIMATE if _says(FEE, ctx.text) and DOLLARS.search(ctx.text) else None


def _auto_generated(ctx: _Context) -> Kind | None:
    return Kind.AUTO_REPLY if ctx.flag("auto-submitted") == "auto-generated" else None


HEADER_RULES: list[tuple[str, Rule]] = [
    ("header:delivery-report", _bounce_report),
    ("header:x-failed-recipients", _bounce_failed_recipients),
    ("header:bounce-subject", _bounce_sender),
    ("header:mailer-daemon", _bounce_daemon),
    ("header:auto-submitted", _auto_submitted),
    ("header:autoreply", _autoreply_headers),
    ("header:out-of-office-subject", _out_of_office_subject),
]

# Order is precedence: outcomes before process, a final release before an interim one before a fee or an
# extension (letters releasing records often mention fees or time), clarifications before acknowledgments,
# and portal "log in to view" notices last, so that a portal email with substantive text is judged by it.
TEXT_RULES: list[tuple[str, Rule]] = [
    ("text:no-records", _no_records),
    ("text:denial", _denial),
    ("text:final-response", _phrase_rule(FINAL, Kind.RECORDS_FINAL)),
    ("text:interim-release", _phrase_rule(INTERIM, Kind.RECORDS_INTERIM, IF, PLANNED)),
    ("text:partial-release", _partial_release),
    ("text:records-released", _phrase_rule(RECORDS, Kind.RECORDS_FINAL)),
    ("text:referral", _phrase_rule(REFERRAL, Kind.OTHER)),
    ("text:fee-estimate", _fee_estimate),
    ("text:extension", _phrase_rule(EXTENSION, Kind.EXTENSION, IF, POSSIBLE)),
    ("text:clarification", _phrase_rule(CLARIFICATION, Kind.CLARIFICATION, IF_ONLY)),
    ("text:out-of-office", _phrase_rule(OUT_OF_OFFICE, Kind.AUTO_REPLY)),
    ("text:call-request", _phrase_rule(CALL_REQUEST, Kind.OTHER)),
    ("text:acknowledgment", _phrase_rule(ACKNOWLEDGMENT, Kind.ACKNOWLEDGMENT)),
    ("text:portal-update", _phrase_rule(PORTAL, Kind.PORTAL_NOTICE)),
    ("header:auto-generated", _auto_generated),
]


def _agency_rules(agency: Agency | None) -> Iterator[tuple[str, Rule]]:
    """The team's own phrases for this agency, checked before the built-in text rules."""
    if agency is None:
        return
    for name, phrases in agency.phrases.items():
        if name not in Kind.__members__.values():
            continue  # config.py reports unknown kinds; classifying must not fail on them
        wanted = [_flat(p).lower() for p in phrases if p.strip()]
        kind = Kind(name)

        def rule(ctx: _Context, wanted: list[str] = wanted, kind: Kind = kind) -> Kind | None:
            lowered = ctx.text.lower()
            return kind if any(p in lowered for p in wanted) else None

        yield f"agency:{name}", rule


def decide(reply: Reply, agency: Agency | None) -> tuple[Kind, str]:
    """Run the table; the first rule that fires decides."""
    ctx = _Context(reply=reply, agency=agency, text=_new_text(reply))
    for name, rule in [*HEADER_RULES, *_agency_rules(agency), *TEXT_RULES]:
        kind = rule(ctx)
        if kind is not None:
            return kind, name
    return Kind.OTHER, "default:other"


def classify(reply: Reply, agency: Agency | None) -> Classification:
    kind, rule = decide(reply, agency)
    return Classification(kind=kind, rule=rule, facts=extract_facts(reply, agency, kind))


# --- facts ---------------------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<year>\d{{4}}))?"
    r"|\b(?P<d2>\d{1,2})\s+" + _MONTH.replace("month", "month2") + r",?\s+(?P<year2>\d{4})"
    r"|\b(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>\d{4}|\d{2})\b"
    r"|\b(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})\b",
    re.I,
)


def _year(raw: str | None, month: int, day: int, today: dt.date | None) -> int | None:
    if raw:
        year = int(raw)
        return year + 2000 if year < 100 else year
    if today is None:
        return None
    # No year: the one that puts the date nearest to the email's date.
    candidates = [today.year - 1, today.year, today.year + 1]
    try:
        return min(candidates, key=lambda y: abs((dt.date(y, month, day) - today).days))
    except ValueError:
        return None


def _to_date(match: re.Match[str], today: dt.date | None) -> dt.date | None:
    g = match.groupdict()
    if g["month"] or g["month2"]:
        month = _MONTHS[(g["month"] or g["month2"])[:3].lower()]
        day, raw_year = int(g["day"] or g["d2"]), g["year"] or g["year2"]
    elif g["m3"]:
        month, day, raw_year = int(g["m3"]), int(g["d3"]), g["y3"]
    else:
        month, day, raw_year = int(g["m4"]), int(g["d4"]), g["y4"]
    year = _year(raw_year, month, day, today) if 1 <= month <= 12 and 1 <= day <= 31 else None
    try:
        return dt.date(year, month, day) if year else None
    except ValueError:
        return None


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The first US-style date in `text` (January 12, 2026; Jan. 12; 01/12/2026; 1/12/26; 2026-01-12)."""
    match = DATE.search(text)
    return _to_date(match, today) if match else None


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))(?<!sept)[.;!?]\s", re.I)
_DATED = re.compile(r"\b(?:dated|of|letter|written)\s*$", re.I)


def _date_after(lead: re.Pattern[str], text: str, today: dt.date | None, reach: int = 120) -> dt.date | None:
    """The first date following a lead phrase in the same sentence, skipping 'dated <date>' (a request's or a
    letter's own date, not the one the phrase is about)."""
    for found in lead.finditer(text):
        window = text[found.end() : found.end() + reach]
        end = _SENTENCE_END.search(window)
        window = window[: end.start()] if end else window
        for date in DATE.finditer(window):
            if _DATED.search(window[: date.start()]):
                continue
            value = _to_date(date, today)
            if value is not None:
                return value
    return None


RECEIVED_DEEMED = _rx(r"\b(?:deemed|considered|treated as) (?:to have been )?received")
RECEIVED = _rx(
    r"\b(?:date )?received\b(?: date)?",
    r"\bdate of receipt|\breceipt date",
    r"\breceived (?:by|in|at) (?:this|our|the) (?:office|department|unit|agency)",
)
ESTIMATED = _rx(
    r"\bestimated (?:completion|response|date of completion|delivery) date",
    r"\bestimate (?:that )?(?:we|it|the \w+) will (?:complete|respond|finish|provide|issue)",
    r"\b(?:anticipate|anticipates|expect|expects)\b[^.]{0,60}?\b(?:by|on or before|no later than|before"
    r"|on)\b",
    r"\bexpected (?:response|completion|release) date",
)
RESPOND_BY = _rx(
    r"\bwill (?:respond|reply|provide (?:a|its|our|the) (?:response|determination)|issue (?:a|its)"
    r" (?:response|determination)|complete (?:its|our|the) response)\b[^.]{0,60}?\b(?:on or before|by|no"
    r" later than|before)\b",
    r"\b(?:expect|expects|anticipate|anticipates) to (?:respond|reply)\b[^.]{0,40}?\b(?:on or before|by"
    r"|no later than)\b",
    r"\b(?:expected|new|extended) (?:response|due) date",
    r"\bresponse (?:is|will be) (?:now )?due (?:on|by)",
)
_FEE_LABEL = re.compile(
    r"(?:total|estimated (?:fee|cost|charge|amount)s?|fee of|cost of|amount due|remit|deposit of)\W{0,3}[^$.]{0,30}$",
    re.I,
)
_FEE_NOT = re.compile(r"(?:exceeds?|over|more than|less than|under|up to|first|threshold of|minimum of)\s*$", re.I)
_PER_UNIT = re.compile(r"^\s*(?:per|/|an?\s+(?:page|hour))", re.I)


def _amount(match: re.Match[str]) -> Decimal | None:
    try:
        return Decimal(match.group(1).replace(",", "") + (match.group(2) or ""))
    except InvalidOperation:
        return None


def _fee(text: str) -> Decimal | None:
    """The estimate's amount: an amount introduced as a total, else as an estimate or fee, else the largest
    amount that is neither a rate ('$0.10 per page') nor a threshold ('exceeds $25.00')."""
    ranked: list[tuple[int, Decimal]] = []
    for match in DOLLARS.finditer(text):
        before, after = text[max(0, match.start() - 60) : match.start()], text[match.end() : match.end() + 12]
        amount = _amount(match)
        if amount is None or _PER_UNIT.match(after) or _FEE_NOT.search(before):
            continue
        label = _FEE_LABEL.search(before)
        rank = 0 if label is None else 2 if "total" in label.group(0).lower() else 1
        ranked.append((rank, amount))
    if not ranked:
        return None
    best = max(rank for rank, _ in ranked)
    amounts = [amount for rank, amount in ranked if rank == best]
    return amounts[0] if best else max(amounts)


@lru_cache(maxsize=256)
def _tracking_regex(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:
        return None


def _tracking(reply: Reply, agency: Agency | None) -> tuple[str | None, bool]:
    """The agency's number: stated in the new text/letters/file names first, else only in the quote."""
    regex = _tracking_regex(agency.tracking_pattern) if agency and agency.tracking_pattern else None
    if regex is None:
        return None, False
    stated = [reply.subject, reply.new_text, *(a.text for a in reply.attachments)]
    stated += [a.filename or "" for a in reply.attachments] + [reply.embedded_subject]
    if _FORWARD_SUBJECT.match(reply.subject):
        stated.append(reply.quoted_text)
    for source in stated:
        found = regex.search(normalise(source))
        if found:
            return found.group(0), False
    found = regex.search(normalise(reply.quoted_text))
    return (found.group(0), True) if found else (None, False)


def extract_facts(reply: Reply, agency: Agency | None, kind: Kind) -> Facts:
    text = _new_text(reply)
    today = reply.date.date() if reply.date else None
    number, quoted_only = _tracking(reply, agency)
    if kind in (Kind.BOUNCE, Kind.AUTO_REPLY):
        # Not the agency speaking: dates in a returned copy or an away message are not the request's.
        return Facts(tracking_number=number, tracking_number_quoted_only=quoted_only)
    stated_due = _date_after(RESPOND_BY, text, today)
    return Facts(
        tracking_number=number,
        tracking_number_quoted_only=quoted_only,
        received=_date_after(RECEIVED_DEEMED, text, today) or _date_after(RECEIVED, text, today),
        estimated=_date_after(ESTIMATED, text, today) or stated_due,
        fee=_fee(text) if kind is Kind.FEE_ESTIMATE else None,
        stated_due=stated_due,
    )
