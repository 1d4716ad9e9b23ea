"""Plain data passed between the stages of a message's journey (parse -> match -> classify -> tracker).

No I/O and no behaviour here: these are the contracts between modules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Kind(StrEnum):
    ACKNOWLEDGMENT = "acknowledgment"
    EXTENSION = "extension"
    FEE_ESTIMATE = "fee_estimate"
    CLARIFICATION = "clarification"
    RECORDS_INTERIM = "records_interim"
    RECORDS_FINAL = "records_final"
    NO_RECORDS = "no_records"
    DENIAL = "denial"
    PORTAL_NOTICE = "portal_notice"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    OTHER = "other"


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int  # decoded size in bytes
    text: str = ""  # text extracted from PDF, .docx or text attachments, or read from a scan (capped); "" when none
    scanned: bool = False  # some of `text` was read from a picture (OCR): numbers in it may be misread

    @property
    def name_words(self) -> str:
        """The file name as words: an underscore separates them (HCAO_DR26-177_Production1.pdf), so a number in it
        starts and ends at a word boundary."""
        return (self.filename or "").replace("_", " ")


@dataclass
class Reply:
    """One email, parsed. Addresses are lower-case bare addresses (no display names)."""

    message_id: str | None  # with angle brackets, as in the header
    raw_sha256: str
    from_name: str
    from_addr: str
    recipients: list[str]  # To, Cc, Delivered-To, X-Original-To, and `for <...>` in Received headers
    subject: str
    date: dt.datetime | None  # timezone-aware; None when missing or unparseable
    in_reply_to: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    reply_to: list[str] = field(default_factory=list)
    # Lower-cased header names -> values, only those that matter for auto-replies and bounces:
    # auto-submitted, x-autoreply, x-autorespond, precedence, x-failed-recipients, list-id, list-unsubscribe,
    # content-type (top level), return-path
    flags: dict[str, str] = field(default_factory=dict)
    text: str = ""  # the whole body as text (HTML converted), capped
    new_text: str = ""  # the part the sender wrote, quoted history removed
    quoted_text: str = ""  # the quoted history (our request, earlier mail)
    attachments: list[Attachment] = field(default_factory=list)
    # From a bounce's or forward's embedded original message (message/rfc822, text/rfc822-headers):
    embedded_ids: list[str] = field(default_factory=list)  # its Message-ID, In-Reply-To, References
    embedded_addresses: list[str] = field(default_factory=list)  # its From, To, Reply-To
    embedded_subject: str = ""
    embedded_date: dt.datetime | None = None  # its Date: a forwarded letter's own date
    is_report: bool = False  # multipart/report (DSN, MDN)
    defects: list[str] = field(default_factory=list)  # parser defects, for diagnostics only
    # What the agency said, as one line: built once by parse (bot/parse/said.py) and read by match and classify.
    said: str = ""


@dataclass(frozen=True)
class Facts:
    """What a reply states: found by bot/classify/facts.py."""

    tracking_number: str | None = None  # the agency's number for the request, stated in the new text/letter
    tracking_number_quoted_only: bool = False  # found only in quoted history
    received: dt.date | None = None  # date the agency says it received the request
    estimated: dt.date | None = None  # agency-stated estimated completion date
    fee: Decimal | None = None  # fee amount in dollars
    stated_due: dt.date | None = None  # a date the agency says it will respond by (extension letters)
    answer_by: dt.date | None = None  # a date the agency says it needs our answer or payment by
    # An acknowledgment that also takes the statutory extension ("FEMA will invoke a 10-day extension"): the
    # clock moves as for an extension notice.
    extension_taken: bool = False


@dataclass(frozen=True)
class Classification:
    kind: Kind
    rule: str  # the named rule that decided, e.g. "header:auto-submitted", "text:no-records"
    facts: Facts = Facts()
    evidence: str = ""  # the words that decided, quoted from the reply (up to ~120 characters)
    runner_up: Kind | None = None  # another kind the reply's words also state: the decision was close


@dataclass(frozen=True)
class OpenRequest:
    """What the matcher needs to know of a request in the register."""

    id: str
    agency_id: str
    subject: str
    status: str = "open"
    description: str = ""
    reply_address: str | None = None
    message_ids: frozenset[str] = frozenset()  # our outgoing request + every message already matched to it
    tracking_numbers: frozenset[str] = frozenset()
    provisional_numbers: frozenset[str] = frozenset()  # learned from a words-only match, not yet confirmed
    weak_message_ids: frozenset[str] = frozenset()  # of replies placed on it by their words alone (a subset)
    sent: dt.date | None = None  # a reply written before the request was sent cannot answer it


@dataclass(frozen=True)
class Candidate:
    request_id: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    request_id: str | None  # None: unmatched, goes to triage
    # the named signal that decided: thread, reply_address, tracking_number, words_thread, agency_subject
    signal: str | None
    agency_id: str | None  # the agency the sender belongs to, when known
    candidates: tuple[Candidate, ...] = ()  # best guesses (up to 3) when unmatched, or the runners-up
    reason: str = ""  # one line: why this request, or why none
    # The decision rests on the reply's words alone (or on a number learned that way): a number it teaches is
    # provisional.
    provisional: bool = False
    # Replies in this reply's thread that were placed on another request by their words alone: a firm decision
    # here says they belong to this request instead.
    contradicts: tuple[str, ...] = ()
    # A person's own address, no agency's, whose letter was known by its signature as the agency's: to remember.
    signer: str = ""


class AlertType(StrEnum):
    THREAD_START = "thread_start"  # opens a request's thread
    REPLY = "reply"  # an agency email matched to a request
    TRIAGE = "triage"  # unmatched or set-aside mail
    DUE_SOON = "due_soon"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    APPEAL_CLOSING = "appeal_closing"
    FOLLOW_UP = "follow_up"  # where the law sets no number
    CORRECTION = "correction"  # replies moved from one request to another: told in both threads
    ANSWER_BY = "answer_by"  # the date the agency gave us to answer or pay is near
    DIGEST = "digest"  # many deadline alerts at once, listed in one post


@dataclass(frozen=True)
class Alert:
    """What the team must hear, as plain data. Text fields come straight from emails and are NOT escaped:
    the renderer (slack_render.py) escapes everything when it builds the message."""

    key: str  # stable, unique per alert: the outbox de-duplicates on it (e.g. "reply:<msgid>")
    type: AlertType
    title: str  # one line, e.g. "FBI replied: acknowledgment" or "REQ-004 is due in 3 business days"
    request_id: str | None = None  # alerts about a request go into its thread
    message_id: str | None = None  # the email's Message-ID, when the alert is about an email
    kind: str | None = None  # the reply's kind, when there is one
    broadcast: bool = False  # also show in the channel (replies of weight, overdue)
    fields: tuple[tuple[str, str], ...] = ()  # (label, value) pairs: From, Subject, Tracking number, Due, ...
    excerpt: str = ""  # short excerpt of the new text of the email
    explanation: str = ""  # how a date shown was computed
    next_step: str = ""  # one line: what the team must do now, and by when
    owner: str | None = None  # the request's owner to mention (a Slack user id or an email), from the register
    link: str = ""  # a link of our own making that finds the email (a Gmail search), never one from the email


@dataclass(frozen=True)
class Routing:
    """Where alerts go: the team channel (or an agency's own) and the triage channel."""

    channel: str = "#foia"
    triage_channel: str = "#foia-triage"
    gmail: bool = False  # the inbox is Gmail's: a post links to a search that finds the email
