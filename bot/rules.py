"""Jurisdictions (the law's clocks) and agencies (who the team writes to), as typed, validated objects.

Loading and error reporting live in config.py; this module only says what a valid entry is.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

DayType = Literal["business", "calendar"]

log = logging.getLogger(__name__)
# A team's tracking_pattern runs on capped text with a time budget (the `regex` package can stop a search),
# so one pattern that backtracks without end cannot hang the worker: the search gives up and finds nothing.
PATTERN_TIMEOUT = 0.25  # seconds per search
PATTERN_TEXT_MAX = 50_000  # characters searched per text
# What a loose tracking_pattern also matches and no agency means: a year range or a date ("2023-2026"), and a ZIP
# code in an address ("New York, NY 10007").
_YEARS_OR_DATE = re.compile(r"(?:19|20)\d\d[-/](?:19|20)\d\d|(?:19|20)\d\d[-/]\d\d[-/]\d\d"
                            r"|\d\d?[-/]\d\d?[-/](?:19|20)?\d\d")
_ZIP = re.compile(r"\d{5}(?:-\d{4})?")
_STATE_BEFORE = re.compile(r"\b[A-Z]{2},?\s+$")
# Nor a number shown as an example of the format ("a request number (for example, 26-00000-F)"), or a placeholder
# whose serial is all zeros: an auto-reply's illustration, which no request is known by.
_EXAMPLE_BEFORE = re.compile(r"\b(?:for example|for instance|e\.\s?g\.|example|such as|sample|format(?:ted)?"
                             r"(?: as| like)?|in the form(?: of)?|looks? like)[,:]?\s*[(\"“']?\s*$", re.I)
_LEADING_YEAR = re.compile(r"^(?:19|20)?\d\d")
# Nor a law's citation in the agency's format: a session law or public law ("S.L. 2023-106", "Pub. L. 117-58",
# "Act 2019-414", "Regulation 43-170").
_CITATION_BEFORE = re.compile(r"\b(?:S\.\s?L\.|Session Laws?|Pub(?:lic|\.)?\s?L(?:aw|\.)|P\.\s?L\.|Acts?(?: No\.)?"
                              r"|Reg(?:ulation|\.)s?|Ordinance(?: No\.)?|Resolution(?: No\.)?|Chapter|Ch\.)\s*$", re.I)


def _not_a_number(number: str, before: str) -> bool:
    """`before`: the characters before the number ("NY " before a ZIP code)."""
    if _YEARS_OR_DATE.fullmatch(number) or (_ZIP.fullmatch(number) and _STATE_BEFORE.search(before[-12:])):
        return True
    serial = _LEADING_YEAR.sub("", "".join(c for c in number if c.isdigit()), count=1)
    if _EXAMPLE_BEFORE.search(before) or _CITATION_BEFORE.search(before[-20:]):
        return True
    return len(serial) >= 3 and set(serial) == {"0"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


AgencyDate = Literal["beside", "later", "follow_up"]
ClockStart = Literal["met", "due"]


class Clock(_Strict):
    """A statutory period. `days: null` means the law sets no number ("promptly").

    A clock can be followed by another (`then`) once it is met: New York's acknowledgment clock by the 20
    business days to grant or deny. The next clock counts from the day this one was met (`start: met`) or from
    the day it was due (`start: due`, Oregon). `agency_date` says what a date the agency states does to the
    clock: `beside` shows it next to the law's date; `later` makes a later written date the due date (a date
    certain the law allows); `follow_up` makes it the date to follow up on where the law sets no number.
    """

    days: int | None = Field(default=None, ge=0)
    type: DayType = "business"
    what: str = ""  # what must happen by then: determination, acknowledgment, produce
    citation: str = ""  # the provision that sets this clock; empty: the jurisdiction's citation
    start: ClockStart = "met"  # for a clock that follows another
    agency_date: AgencyDate = "beside"
    extension: Clock | None = None  # for a following clock: days added per written extension notice
    repeats: bool = False  # whether that extension may be invoked again (Alabama: 15 business days, no cap)
    confidence: Literal["high", "medium", "low"] | None = None  # where it differs from the jurisdiction's
    note: str = ""  # why the confidence is what it is, or what the clock leaves out
    then: Clock | None = None  # the clock that runs once this one is met


class Holidays(_Strict):
    country: str = "US"
    subdiv: str | None = None  # the state code for a state's law; None for federal
    add: list[str] = Field(default_factory=list)  # ISO dates offices close that the package does not list
    remove: list[str] = Field(default_factory=list)  # ISO dates the package lists that offices do not close


class Jurisdiction(_Strict):
    code: str  # US, US-CA, ..., US-DC
    name: str  # "United States (federal)", "California"
    law: str  # the law's name
    citation: str
    response: Clock
    extension: Clock | None = None
    acknowledgment: Clock | None = None
    appeal: Clock | None = None  # the requester's window to appeal an adverse determination
    follow_up: Clock = Clock(days=10, type="business", what="follow up")  # used where response.days is null

    def chain(self) -> list[Clock]:
        """The response clock and the clocks that follow it, in order."""
        clocks = [self.response]
        while clocks[-1].then is not None:
            clocks.append(clocks[-1].then)
        return clocks

    def cite(self, clock: Clock | None) -> str:
        return clock.citation if clock is not None and clock.citation else self.citation
    holidays: Holidays = Holidays()
    confidence: Literal["high", "medium", "low"] = "high"
    source: str = ""
    notes: str = ""


class Agency(_Strict):
    id: str = Field(min_length=1)
    name: str
    jurisdiction: str
    emails: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    tracking_pattern: str | None = None
    slack_channel: str | None = None
    # Agency-specific phrases per kind (e.g. {"extension": ["we require additional time"]}), added to the
    # built-in ones without code.
    phrases: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("emails", "domains")
    @classmethod
    def _lower(cls, values: list[str]) -> list[str]:
        return [v.strip().lower() for v in values]

    @field_validator("tracking_pattern")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            try:
                _compiled(pattern)
            except (re.error, regex.error) as err:
                raise ValueError(f"not a valid regular expression: {err}") from None
        return pattern

    def find_tracking(self, text: str) -> list[str]:
        """Every match of this agency's tracking_pattern in `text`, within the time budget."""
        compiled = _compiled(self.tracking_pattern) if self.tracking_pattern else None
        if compiled is None or not text:
            return []
        try:
            # A pattern written with the agency's "#" prefix ('#?\d{2}-\d{5}') still gives the number itself.
            text = text[:PATTERN_TEXT_MAX]
            found = ((m.group(0).lstrip("#").strip(), m.start()) for m in compiled.finditer(text,
                                                                                       timeout=PATTERN_TIMEOUT))
            return [number for number, at in found if number and not _not_a_number(number, text[max(0, at - 30):at])]
        except TimeoutError:
            log.warning("tracking_pattern of agency %s took longer than %.2f s and was stopped; fix the pattern",
                        self.id, PATTERN_TIMEOUT)
            return []

    def owns_address(self, address: str) -> bool:
        address = address.lower()
        if address in self.emails:
            return True
        domain = address.rpartition("@")[2]
        return any(domain == d or domain.endswith("." + d) for d in self.domains)


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)
