"""Classify stage: a parsed Reply (and the sender's agency, when known) -> Classification.

Pure: never does I/O and never looks at the clock. Decides what the agency said (the reply's kind) by an
ordered table of small named rules: the first rule that returns a Kind decides, and its name is recorded in
Classification.rule so "why did it think that?" has an answer. Header rules come first (bounces,
auto-replies), then the team's own per-agency phrases, then the built-in phrase families (phrases.py) over the
NEW text of the reply, never over the quoted history; the kind model (model.py) then has its say where no
family decided, or where it is sure a family is wrong. The facts the reply states (tracking number, dates, fee)
are read by facts.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from bot.classify import model
from bot.classify.facts import extract_facts
from bot.classify.phrases import (
    ACCOUNT,
    ACKNOWLEDGMENT,
    CALL_REQUEST,
    CLARIFICATION,
    CLOSED_UNANSWERED,
    CONTINUES,
    DELAYED,
    DENIAL,
    DOLLARS,
    EXTENSION,
    FEE,
    FINAL,
    FORM_ECHO,
    INSTALLMENT,
    INTERIM,
    MORE_TO_COME,
    NEW_ESTIMATE,
    NO_RECORDS,
    NOT_A_DENIAL,
    NOT_ON_THE_RECORDS,
    NOT_SUBJECT,
    NOTHING_NEEDED,
    OUT_OF_OFFICE,
    OWN_POLICY,
    PASSPHRASE,
    PORTAL,
    PREPAY,
    RECALL,
    RECORDS,
    REFERRAL,
    RULING_ASKED,
    SECURE_MESSAGE,
    SELF_ACKNOWLEDGED,
    STILL_INTERESTED,
    SUBSCRIPTION,
    WHOLE_REFERRAL,
    WITHHELD_IN_FULL,
    flat,
)
from bot.classify.scope import (
    ESTIMATING,
    IF,
    IF_ONLY,
    IN_GENERAL,
    MAYBE,
    OFFER,
    OPTIONS,
    PLANNED,
    POSSIBLE,
    PROMISED,
    REASON,
    RECALLED,
    Guard,
    all_stated,
    says,
    spelled_out,
    stated,
)
from bot.model import Classification, Kind, Reply
from bot.parse.addresses import is_portal
from bot.rules import Agency


@dataclass(frozen=True)
class _Context:
    """What every rule sees: the reply, its agency and the new text prepared once."""

    reply: Reply
    agency: Agency | None
    text: str  # subject + new text + attachment letters (+ a forward's forwarded block), flattened
    found: list[re.Match[str]] = field(default_factory=list)  # the phrases the rules relied on, last is newest

    def says(self, pattern: re.Pattern[str], *guards: Guard, letter: bool = False) -> bool:
        match = stated(pattern, self.letter if letter else self.text, *guards)
        if match is not None:
            self.found.append(match)
        return match is not None

    @property
    def letter(self) -> str:
        """The text without a reply's subject ("RE: OR26-1188 - first installment" names the letter it answers, not
        this one), blanked so that positions stay those of `text`."""
        if not _REPLY_SUBJECT.match(self.reply.subject):
            return self.text
        subject = spelled_out(self.reply.subject)[0].strip()
        start = self.text.find(subject)
        if start < 0 or self.text[:start].strip():
            return self.text
        return " " * (start + len(subject)) + self.text[start + len(subject):]

    @property
    def subject(self) -> str:
        return self.reply.subject.lower()

    def flag(self, name: str) -> str:
        return self.reply.flags.get(name, "").strip().lower()


Rule = Callable[[_Context], Kind | None]
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw)\s*:", re.I)


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


# A delivery report's per-recipient actions (RFC 3464): "delivered", "relayed" and "expanded" say the mail arrived.
_DSN_ACTION = re.compile(r"^\s*action:\s*([a-z]+)", re.I | re.M)
_ARRIVED = frozenset({"delivered", "relayed", "expanded"})


def _delivery_receipt(ctx: _Context) -> Kind | None:
    """A delivery report that every recipient got the mail: a receipt, not a bounce (nothing failed)."""
    if "delivery-status" not in ctx.flag("content-type"):
        return None
    actions = {a.lower() for a in _DSN_ACTION.findall(ctx.reply.text)}
    return Kind.AUTO_REPLY if actions and actions <= _ARRIVED else None


def _bounce_failed_recipients(ctx: _Context) -> Kind | None:
    return Kind.BOUNCE if ctx.flag("x-failed-recipients") else None


def _bounce_sender(ctx: _Context) -> Kind | None:
    return_path = ctx.flag("return-path")
    sender = (_BOUNCE_SENDER.match(ctx.reply.from_addr) or return_path == "<>"
              or _BOUNCE_SENDER.match(return_path.strip("<> ")))
    return Kind.BOUNCE if sender and _BOUNCE_SUBJECT.match(ctx.reply.subject) else None


# A mail filter's digest from the postmaster ("The following messages addressed to you are being held") returns
# none of our mail.
_HELD = re.compile(r"\bmessages? (?:addressed to you )?(?:are|is|have been) (?:being )?(?:held|quarantined)\b"
                   r"|\bheld messages? (?:summary|digest|report)\b|\bquarantine (?:summary|digest|report)\b", re.I)


def _bounce_daemon(ctx: _Context) -> Kind | None:
    if not _BOUNCE_SENDER.match(ctx.reply.from_addr) or _HELD.search(ctx.text):
        return None
    return Kind.BOUNCE


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
        return kind if ctx.says(pattern, *guards) else None

    return rule


def _interim_release(ctx: _Context) -> Kind | None:
    return Kind.RECORDS_INTERIM if ctx.says(INTERIM, IF, PLANNED, letter=True) else None


def _no_records(ctx: _Context) -> Kind | None:
    # "Records for items 1-2 are attached; no records were located for item 3" is a release.
    if says(RECORDS, ctx.text) or says(INTERIM, ctx.letter, IF, PLANNED) or says(CLOSED_UNANSWERED, ctx.text):
        return None
    if (says(REFERRAL, ctx.text) and says(CONTINUES, ctx.text)) or says(WHOLE_REFERRAL, ctx.text):
        return None
    return Kind.NO_RECORDS if ctx.says(NO_RECORDS) else None


def _account(ctx: _Context) -> Kind | None:
    """A portal's account mail (a password reset, an address to verify) that speaks of no request of ours."""
    if not ctx.says(ACCOUNT) or _OUR_REQUEST.search(ctx.text):
        return None
    return Kind.OTHER


# A request of ours named in an account mail ("Your request R002318 was received. To follow it, verify your email")
_OUR_REQUEST = re.compile(r"\b(?:your|the) (?:[\w-]+ ){0,3}request (?:(?:#|no\.?|number) ?)?[A-Z0-9]*\d[\w-]*"
                          r"|\byour (?:[\w-]+ ){0,3}request (?:has been|was|is) (?:received|submitted|logged)", re.I)


def _closed_not_denied(ctx: _Context) -> Kind | None:
    return Kind.OTHER if says(CLOSED_UNANSWERED, ctx.text) and ctx.says(NOT_A_DENIAL) else None


def _procedural(ctx: _Context) -> Kind | None:
    """A decision on how the request is handled, not on the records: expedited processing or a fee waiver denied,
    a fee category set ("This letter is not a decision on the records themselves; we are continuing to process")."""
    return Kind.OTHER if ctx.says(NOT_ON_THE_RECORDS) and not says(RECORDS, ctx.text, IF, POSSIBLE) else None


def _denial(ctx: _Context) -> Kind | None:
    # "42 pages are withheld in full" next to released pages, or "denied in part", is a partial release; "The
    # records may be available for inspection after prosecution" releases nothing.
    if says(RECORDS, ctx.text, IF, POSSIBLE):
        return None
    # A request closed because it was transferred is not closed against us ("This transfer is not a denial").
    closed = ctx.says(CLOSED_UNANSWERED) and not says(REFERRAL, ctx.text)
    outside = not says(OWN_POLICY, ctx.text) and ctx.says(NOT_SUBJECT, IF, RECALLED, REASON)
    if ctx.says(DENIAL, IF, RECALLED, IN_GENERAL) or ctx.says(WITHHELD_IN_FULL) or closed or outside:
        return Kind.DENIAL
    return None


# (not "The Department will respond further once the Attorney General has ruled")
_RULED = re.compile(r"(?<!once the )(?<!when the )(?<!after the )(?<!until the )\battorney general has (?:issued|ruled"
                    r"|concluded|determined|decided)\b|\bruling (?:no\.? )?or\d"
                    r"|\b(?:ag|attorney general) (?:ruled|concluded|determined) that\b", re.I)


def _ruling_requested(ctx: _Context) -> Kind | None:
    # A letter reporting the ruling decides by what it says. Beside records released now ("Today the County is
    # releasing 14 emails ... has asked the Attorney General for a decision on the remaining messages"), the rest
    # awaits the ruling: a partial release.
    if _RULED.search(ctx.text) or not ctx.says(RULING_ASKED, IF, PLANNED):
        return None
    if ctx.says(RECORDS, IF, POSSIBLE) or ctx.says(INTERIM, IF, PLANNED, letter=True):
        return Kind.RECORDS_INTERIM
    return Kind.EXTENSION


_LAWS_TIME = re.compile(r"\bwithin\b|\bby the end of\b", re.I)


def _delayed(ctx: _Context) -> Kind | None:
    # "We received your request on October 2; the records are not immediately available and will be ready by
    # October 9" is the acknowledgment several state laws ask for (Louisiana's certification, New Hampshire's
    # written acknowledgment), not time taken beyond it.
    # One that says the law's time cannot be met ("not possible to complete your request within four business
    # days") takes more time, acknowledgment or not.
    found = stated(DELAYED, ctx.text, IF)
    if found is None:
        return None
    if not _LAWS_TIME.search(found.group()) and _acknowledgment(_Context(reply=ctx.reply, agency=ctx.agency,
                                                                          text=ctx.text)):
        return None
    ctx.found.append(found)
    return Kind.EXTENSION


def _referral(ctx: _Context) -> Kind | None:
    # "Your request was forwarded to the facility ... we anticipate providing records on or before October 30": the
    # writer's office goes on with it, with a date of its own; that letter is the date, not a referral.
    found = next((m for m in all_stated(REFERRAL, ctx.text) if not _contact_note(ctx.text, m.start())), None)
    if found is None or says(NEW_ESTIMATE, ctx.text, IF):
        return None
    ctx.found.append(found)
    return Kind.OTHER


_ABOUT_QUESTIONS = re.compile(r"\b(?:questions|inquiries|concerns|comments|complaints)\b", re.I)


def _contact_note(text: str, start: int) -> bool:
    """Whether the sentence is where to send questions ("questions about a specific request should be directed to
    the Records Access Officer"), not where the request went."""
    sentence = max(text.rfind(stop, 0, start) for stop in (". ", "? ", "! ", "\n"))
    return bool(_ABOUT_QUESTIONS.search(text, sentence + 1, start))


def _installment(ctx: _Context) -> Kind | None:
    for found in all_stated(INSTALLMENT, ctx.text, IF, PLANNED):
        if int(found[1]) < int(found[2]):
            ctx.found.append(found)
            return Kind.RECORDS_INTERIM
    return None


def _held_for_payment(ctx: _Context) -> Kind | None:
    return Kind.FEE_ESTIMATE if _asks_money(ctx) and ctx.says(PREPAY) else None


def _partial_release(ctx: _Context) -> Kind | None:
    # What "will be available for inspection" on a date promises is not a release beside which more is coming.
    # Nor is a plan in our subject a lead-in to the letter ("RE: ... - Cost Estimate Hello, Attached is item 1").
    released = ctx.says(RECORDS, IF, PLANNED, letter=True)
    return Kind.RECORDS_INTERIM if released and ctx.says(MORE_TO_COME, IF, POSSIBLE) else None


# A receipt for a fee already paid asks for nothing.
_RECEIPT_WORDS = (r"payment\b(?:[^.]|\.(?=\d)){0,80}?\b(?:has been|was) (?:received|processed|applied)\b"
                  # a receipt's "Amount paid: $25.00", not a record's "the amount paid to appointed counsel"
                  r"|\bpayment received\b|\bamount paid\s*[:$]|\bpaid in full\b|\breceipt for your payment\b"
                  r"|\bthank you for your (?:pre-?)?payment\b")
_RECEIPT = re.compile(_RECEIPT_WORDS, re.I)
_PAID = re.compile(_RECEIPT_WORDS + r"|\b(?:received|have|thank you for|confirming|confirmed|for) your (?:written "
                   r"|signed )?(?:agreement|commitment|consent|willingness) to pay\b"
                   r"|\byour (?:[\w-]+ ){1,5}(?:agreeing|consenting) to pay\b"
                   # "Estimated cost: $18.40 ... As this is within the $25 you approved, we are going ahead"
                   r"|\bwithin the (?:\$\s?[\d,.]+|amount|limit|maximum|cap) (?:that )?you (?:approved|authori[sz]ed"
                   r"|agreed to|set)\b", re.I)


def _secure_message(ctx: _Context) -> Kind | None:
    """A secure-mail notice with no letter of its own: only the text around the link (a preview of a real letter
    is judged by what it says)."""
    if not ctx.says(SECURE_MESSAGE) or says(RECORDS, ctx.text) or says(NO_RECORDS, ctx.text):
        return None
    return Kind.PORTAL_NOTICE


def _payment_receipt(ctx: _Context) -> Kind | None:
    # A portal's or a cashier's receipt for a fee we paid, when the letter states nothing else: a notice. One that
    # goes on with a new date ("your payment was received ... we now anticipate completing the release by December
    # 18") moves the date.
    if not _RECEIPT.search(ctx.text):
        return None
    return Kind.EXTENSION if ctx.says(NEW_ESTIMATE, IF) else Kind.PORTAL_NOTICE


def _fee_estimate(ctx: _Context) -> Kind | None:
    return Kind.FEE_ESTIMATE if _asks_money(ctx) and ctx.says(FEE, IF, PROMISED) else None


def _asks_money(ctx: _Context) -> bool:
    """A sum is named, and not as one already paid."""
    return bool(DOLLARS.search(ctx.text)) and not _PAID.search(ctx.text)


# A subject the agency wrote itself ("Request 26-0918: Fee Estimate") names the letter's kind when the body only
# says "see the attached letter" (a scanned letter, an attachment that could not be read). Not a "Re:" subject:
# that is usually ours, and ours may name anything.
_SUBJECT_KINDS = (
    (re.compile(r"\b(?<!fee waiver )(?<!expedite )(?<!expedited processing )(?:denial|denied)\b(?! of (?:fee|expedit))",
                re.I), Kind.DENIAL),
    (re.compile(r"\bno (?:responsive )?records\b", re.I), Kind.NO_RECORDS),
    (re.compile(r"\b(?:fee|cost) estimate\b|\binvoice\b|\bpayment (?:required|due|request(?:ed)?)\b", re.I),
     Kind.FEE_ESTIMATE),
    (re.compile(r"\bclarification (?:needed|requested|required|request)\b|\brequest for clarification\b"
                r"|\bneeds? clarification\b", re.I), Kind.CLARIFICATION),
    (re.compile(r"\binterim (?:release|response|production)\b|\bpartial (?:release|response)\b", re.I),
     Kind.RECORDS_INTERIM),
    (re.compile(r"\bfinal (?:response|determination|release|letter)\b|\brecords? released\b", re.I),
     Kind.RECORDS_FINAL),
    (re.compile(r"\bextension\b|\bdue date (?:changed|extended)\b", re.I), Kind.EXTENSION),
    (re.compile(r"\backnowledge?ment\b|\breceipt (?:of|confirmation)\b|\brequest received\b", re.I),
     Kind.ACKNOWLEDGMENT),
)
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv)\s*:", re.I)


def _subject_names_the_kind(ctx: _Context) -> Kind | None:
    subject = ctx.reply.subject
    if not subject or _REPLY_SUBJECT.match(subject):
        return None
    end = len(flat(subject))  # the canonical text opens with the subject
    for pattern, kind in _SUBJECT_KINDS:
        found = pattern.search(ctx.text, 0, end)
        if found:
            ctx.found.append(found)
            return kind
    return None


def _acknowledgment(ctx: _Context) -> Kind | None:
    # "Payment of $27.15 on request #26-0918 has been received" acknowledges a payment, not the request.
    return Kind.ACKNOWLEDGMENT if not _PAID.search(ctx.text) and ctx.says(ACKNOWLEDGMENT) else None


def _auto_generated(ctx: _Context) -> Kind | None:
    return Kind.AUTO_REPLY if ctx.flag("auto-submitted") == "auto-generated" else None


HEADER_RULES: list[tuple[str, Rule]] = [
    ("header:delivery-receipt", _delivery_receipt),
    ("header:delivery-report", _bounce_report),
    ("header:x-failed-recipients", _bounce_failed_recipients),
    ("header:bounce-subject", _bounce_sender),
    ("header:mailer-daemon", _bounce_daemon),
    ("header:out-of-office-subject", _out_of_office_subject),
]
# Auto-reply headers come after the outcomes a letter states: records systems and portals mark their real
# letters (a denial, a release) as automatic too, and an away message states no outcome.
AUTO_REPLY_HEADER_RULES: list[tuple[str, Rule]] = [
    ("header:auto-submitted", _auto_submitted),
    ("header:autoreply", _autoreply_headers),
]

# Order is precedence: outcomes before process, a final release before an interim one before a fee or an
# extension (letters releasing records often mention fees or time), clarifications before acknowledgments,
# and portal "log in to view" notices last, so that a portal email with substantive text is judged by it.
TEXT_RULES: list[tuple[str, Rule]] = [
    ("text:secure-message", _secure_message),
    ("text:passphrase", _phrase_rule(PASSPHRASE, Kind.OTHER)),
    # Outlook's "Jensen, Mark would like to recall the message, 'ORR-2026-1187 - Fee Estimate'": its subject names
    # the letter it takes back, not this one.
    ("text:recall", _phrase_rule(RECALL, Kind.OTHER)),
    ("text:form-echo", _phrase_rule(FORM_ECHO, Kind.PORTAL_NOTICE)),
    ("text:no-records", _no_records),
    # "The City is asking the Attorney General for a ruling": its brief argues exceptions; nothing is decided yet.
    ("text:ruling-requested", _ruling_requested),
    # "Your request has been administratively closed. This closure is not a denial": what the letter says it is.
    ("text:closed-not-denied", _closed_not_denied),
    # "Your request for expedited processing is therefore denied. ... It is not a decision on the records."
    ("text:procedural", _procedural),
    ("text:denial", _denial),
    # "Installment 2 of 3 ... The final installment is in review" is not the final one.
    # Records (or a part) ready but held until paid for: a fee letter, however much it says of installments.
    ("text:held-for-payment", _held_for_payment),
    ("text:installment", _installment),
    ("text:final-response", _phrase_rule(FINAL, Kind.RECORDS_FINAL, IF, PLANNED)),
    ("text:interim-release", _interim_release),
    ("text:partial-release", _partial_release),
    # "The records will be available for inspection on or before May 15" promises; it releases nothing yet.
    ("text:records-released", _phrase_rule(RECORDS, Kind.RECORDS_FINAL, IF, PLANNED)),
    ("text:referral", _referral),
    ("text:fee-estimate", _fee_estimate),
    ("text:extension", _phrase_rule(EXTENSION, Kind.EXTENSION, IF, POSSIBLE, ESTIMATING, OPTIONS)),
    # After the extension: "Thank you for your prepayment ... The Department asks that you agree to extend the
    # deadline" asks for more time.
    ("text:payment-receipt", _payment_receipt),
    ("text:self-acknowledged", _phrase_rule(SELF_ACKNOWLEDGED, Kind.ACKNOWLEDGMENT, IF)),
    ("text:delayed", _delayed),
    # "Please let us know whether you are still interested": the question is the letter, not a condition in it.
    ("text:still-interested", _phrase_rule(STILL_INTERESTED, Kind.OTHER, MAYBE)),
    ("text:clarification", _phrase_rule(CLARIFICATION, Kind.CLARIFICATION, IF_ONLY, OFFER, MAYBE)),
    *AUTO_REPLY_HEADER_RULES,
    ("text:out-of-office", _phrase_rule(OUT_OF_OFFICE, Kind.AUTO_REPLY)),
    ("text:call-request", _phrase_rule(CALL_REQUEST, Kind.OTHER)),
    # Before the acknowledgment: "A request was received to reset the password for your account" receives none of ours.
    ("text:account", _account),
    ("text:acknowledgment", _acknowledgment),
    ("text:new-estimate", _phrase_rule(NEW_ESTIMATE, Kind.EXTENSION, IF)),
    ("subject:kind", _subject_names_the_kind),
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
        wanted = [flat(p).lower() for p in phrases if p.strip()]
        kind = Kind(name)

        def rule(ctx: _Context, wanted: list[str] = wanted, kind: Kind = kind) -> Kind | None:
            lowered = ctx.text.lower()
            hits = [re.compile(re.escape(p)).search(lowered) for p in wanted]
            ctx.found.extend(h for h in hits if h)
            return kind if any(hits) else None

        yield f"agency:{name}", rule


@dataclass(frozen=True)
class Decision:
    kind: Kind
    rule: str
    evidence: str = ""
    runner_up: Kind | None = None


# Kinds that call for the team to act differently: when the words state two of them, the decision was close.
_OUTCOMES = frozenset({Kind.NO_RECORDS, Kind.DENIAL, Kind.RECORDS_FINAL, Kind.RECORDS_INTERIM, Kind.FEE_ESTIMATE,
                       Kind.EXTENSION, Kind.CLARIFICATION})
EVIDENCE_CHARS = 120


def kind_text(reply: Reply) -> str:
    """The text the kind is read in: the canonical text, contractions spelled out (what the model learns from)."""
    return spelled_out(reply.said)[0]


def decide(reply: Reply, agency: Agency | None, text: str | None = None) -> Decision:
    """Run the table; the first rule that fires decides, and the model has its say (`_second_opinion`). `text` is
    the reply's `new_text`, if known."""
    said = reply.said if text is None else text
    spelled, back = spelled_out(said)
    ctx = _Context(reply=reply, agency=agency, text=spelled)
    table = [*HEADER_RULES, *_agency_rules(agency), *TEXT_RULES]
    decision = Decision(Kind.OTHER, "default:other")
    for position, (name, rule) in enumerate(table):
        kind = rule(ctx)
        if kind is None:
            continue
        found = ctx.found[-1] if ctx.found else None
        evidence = _quote(said, back[found.start()], back[found.end()]) if found else _header_evidence(ctx, name)
        runner_up = _runner_up(ctx, kind, table[position + 1 :]) if kind in _OUTCOMES else None
        decision = Decision(kind, name, evidence, runner_up)
        break
    if decision.rule == "default:other" and "list-unsubscribe" in reply.flags and not is_portal(reply.from_addr):
        # A newsletter or a press release: mail one can unsubscribe from answers no request. Its words may read
        # like a release ("records show ...") to the model; nothing the rules know decided otherwise.
        return Decision(Kind.OTHER, "header:list-unsubscribe", _header_evidence(ctx, "header:list-unsubscribe"))
    watched = decision.rule == "text:acknowledgment" and not _OUR_REQUEST.search(spelled)
    if (decision.rule in ("default:other", "text:portal-update") or watched) \
            and (found := stated(SUBSCRIPTION, spelled)):
        # A docket or news subscription's notice ("posted in a docket to which you are subscribed") is not a
        # records portal telling us about a request.
        return Decision(Kind.OTHER, "text:subscription", _quote(said, back[found.start()], back[found.end()]))
    return _second_opinion(decision, said, spelled, back, reply.subject, agency is not None)


# The model (model.py) has read every labeled set and reads new agencies' wording better than the phrase families
# (leave-one-set-out: bench/RESULTS.md). It decides where no family does, and overrules a family only when it is
# sure. What headers say (delivery reports, auto-replies), the team's own phrases and a person's answer stand.
MODEL = "model"
MODEL_SURE = 0.8
MODEL_FILL = 0.3  # below this the model is guessing among several kinds; the rules' answer says so honestly
MODEL_WORDS = 12  # a shorter note gives the model little but its subject to go on: it does not fill in then
_MODEL_FILLS = frozenset({"default:other", "header:auto-generated"})


def _second_opinion(decision: Decision, said: str, spelled: str, back: tuple[int, ...], subject: str,
                    from_agency: bool) -> Decision:
    # A secure-mail notice has no letter for the model to read: its words are the service's.
    if ((decision.rule.startswith(("header:", "agency:")) and decision.rule not in _MODEL_FILLS)
            or decision.rule == "text:secure-message"):
        return decision
    guess = model.guess(spelled)
    if guess is None or guess.kind == decision.kind.value or guess.kind not in _KIND_VALUES:
        return decision

    def quoted() -> str:
        start, end = model.evidence(spelled, guess.kind)
        return _quote(said, back[start], back[end])

    if decision.rule in _MODEL_FILLS:
        words = len(model.TOKEN.findall(model.prepared(spelled))) - len(model.TOKEN.findall(model.prepared(subject)))
        if guess.kind == Kind.OTHER.value or guess.probability < MODEL_FILL or words < MODEL_WORDS:
            return decision
        if guess.kind == Kind.CLARIFICATION.value and says(NOTHING_NEEDED, spelled):
            return decision  # the letter says it asks nothing
        close = guess.probability < MODEL_SURE and guess.runner_up in _KIND_VALUES
        return Decision(Kind(guess.kind), MODEL, quoted(), Kind(guess.runner_up) if close else None)
    if guess.probability >= MODEL_SURE and (decision.kind, guess.kind) not in _RULES_WEIGHED \
            and guess.kind not in _RULES_KNOWING.get(decision.rule, ()) \
            and not (from_agency and guess.kind in _FROM_AGENCY_KNOWING.get(decision.rule, ())):
        return Decision(Kind(guess.kind), MODEL, quoted(), decision.kind)
    return decision


# What the rules decided knowing of the other: a release that also says no records were found for a part ("the
# log is attached; there are no records responsive to the second part") is a release (_no_records), whatever a
# bag of words makes of "no records responsive".
_RULES_WEIGHED = frozenset({(Kind.RECORDS_FINAL, Kind.NO_RECORDS.value), (Kind.RECORDS_INTERIM, Kind.NO_RECORDS.value)})
# What a rule knows that a bag of words does not: "Are you still interested?" asks a question with a deadline, as a
# clarification does, but the request's clock runs on; "the second and final installment" is the last one, however
# much the letter says of installments.
_RULES_KNOWING: dict[str, frozenset[str]] = {
    "text:still-interested": frozenset(k.value for k in Kind),
    "text:final-response": frozenset({Kind.RECORDS_INTERIM.value}),
    # A letter that calls itself the acknowledgment ("Please consider this our written acknowledgment") is one.
    "text:self-acknowledged": frozenset({Kind.EXTENSION.value}),
    # "Installment 1 is ready ... Payment must be received before the installment is released."
    "text:held-for-payment": frozenset({Kind.RECORDS_INTERIM.value, Kind.RECORDS_FINAL.value}),
    # "This closure is not a denial": the model learned closures for silence as denials.
    "text:closed-not-denied": frozenset({Kind.DENIAL.value}),
    "text:procedural": frozenset({Kind.DENIAL.value, Kind.FEE_ESTIMATE.value}),
}


# What a rule knows when the sender is a known agency: a question about what we are after is the agency asking us
# to clarify our request. The model learned "other" from the questions people send (a reporter asking to talk, a
# colleague's "could you tell me ..."); from an agency it does not overrule the question.
_FROM_AGENCY_KNOWING: dict[str, frozenset[str]] = {"text:clarification": frozenset({Kind.OTHER.value})}

_KIND_VALUES = frozenset(k.value for k in Kind)


# The rules that can state an outcome: only these are asked again for a runner-up.
_OUTCOME_RULES = frozenset({"text:no-records", "text:denial", "text:final-response", "text:interim-release",
                            "text:partial-release", "text:records-released", "text:fee-estimate", "text:extension",
                            "text:delayed", "text:clarification", "text:new-estimate"})
# An interim release states that records are released too: that is not a close call.
_RELEASES = frozenset({Kind.RECORDS_FINAL, Kind.RECORDS_INTERIM})


def _runner_up(ctx: _Context, decided: Kind, rest: list[tuple[str, Rule]]) -> Kind | None:
    later = _Context(reply=ctx.reply, agency=ctx.agency, text=ctx.text)
    for name, rule in rest:
        kind = rule(later) if name in _OUTCOME_RULES else None
        if kind is None or kind not in _OUTCOMES or kind == decided or {kind, decided} <= _RELEASES:
            continue
        return kind
    return None


def _quote(text: str, found_start: int, found_end: int) -> str:
    """The sentence around the deciding phrase, cut at word boundaries to about EVIDENCE_CHARS."""
    sentence = text.rfind(". ", 0, found_start) + 2 if ". " in text[:found_start] else 0
    start = sentence if found_start - sentence <= 60 else text.find(" ", found_start - 40) + 1
    end = text.find(". ", found_end)
    end = end + 1 if end != -1 else len(text)
    if end - start > EVIDENCE_CHARS:
        end = max(found_end, text.rfind(" ", start, start + EVIDENCE_CHARS))
    head = "" if start == sentence else "…"
    tail = "" if end >= len(text) or text[end - 1] == "." else "…"
    return head + text[start:end].strip() + tail


_RULE_HEADERS = {"delivery-report": "content-type", "delivery-receipt": "content-type", "autoreply": "x-autoreply",
                 "auto-generated": "auto-submitted"}


def _header_evidence(ctx: _Context, rule: str) -> str:
    """For a header rule, the header that decided as it reads."""
    name = rule.partition(":")[2]
    header = _RULE_HEADERS.get(name, name)
    if "subject" in name:
        return f"Subject: {ctx.reply.subject}"[:EVIDENCE_CHARS]
    if name == "mailer-daemon":
        return f"From: {ctx.reply.from_addr}"[:EVIDENCE_CHARS]
    value = ctx.reply.flags.get(header, "")
    return f"{header}: {value}"[:EVIDENCE_CHARS] if value else ""


def classify(reply: Reply, agency: Agency | None) -> Classification:
    text = reply.said
    decision = decide(reply, agency, text)
    facts = extract_facts(reply, agency, decision.kind, text)
    if decision.kind == Kind.ACKNOWLEDGMENT and says(EXTENSION, kind_text(reply), IF, POSSIBLE, ESTIMATING, OPTIONS):
        facts = dataclasses.replace(facts, extension_taken=True)
    return Classification(kind=decision.kind, rule=decision.rule, facts=facts, evidence=decision.evidence,
                          runner_up=decision.runner_up)
