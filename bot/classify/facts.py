"""Classify stage, facts: what a reply states besides its kind: tracking number, dates, fee.

Pure: never does I/O and never looks at the clock: a date written without a year takes the year that puts it
nearest to the email's own date. Reads the same new text as the classify rules (phrases.py), never the quoted
history, except that a tracking number found only in the quote is reported as such. Bounces and auto-replies
state no dates: those in a returned copy or an away message are not the request's.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from bot.classify.phrases import DOLLARS, FORWARD_SUBJECT, normalise
from bot.classify.scope import matches, rx
from bot.model import Facts, Kind, Reply
from bot.rules import Agency

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    # Spanish (Puerto Rico, the Southwest): "1 de octubre de 2026"
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "set": 9,
}  # fmt: skip
_SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                   "setiembre", "octubre", "noviembre", "diciembre")
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<year>\d{{4}}))?"
    r"|\b(?P<d2>\d{1,2})\s+" + _MONTH.replace("month", "month2") + r",?\s+(?P<year2>\d{4}|\d{2}\b)"
    r"|\b(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>\d{4}|\d{2})\b"
    r"|\b(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})\b"
    r"|\b(?P<d5>\d{1,2})(?:º|°|ro)? de (?P<month5>" + "|".join(_SPANISH_MONTHS) + r")\b(?: del? (?P<y5>\d{4})\b)?",
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
    if g["month"] or g["month2"] or g["month5"]:
        month = _MONTHS[(g["month"] or g["month2"] or g["month5"])[:3].lower()]
        day, raw_year = int(g["day"] or g["d2"] or g["d5"]), g["year"] or g["year2"] or g["y5"]
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


# Not the period of an abbreviation: a month, an initial, or a citation ("Va. Code", "et seq.", "Stat. Ann.",
# "Request No.") between the lead phrase and its date.
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))(?<!sept)"
    r"(?<!\b(?:va|ky|ga|pa|no|nr|st))(?<!\b(?:seq|ann|gen|rev|sec|pub|off|fla|tex|cal|ill|gov|ala|ark|ind|wis))"
    r"(?<!\b(?:stat|mich|code|ariz|colo|conn|mass|minn|okla|wash|tenn))[.;!?]\s",
    re.I,
)
_DATED = re.compile(r"\b(?:dated|of|letter|written)\s*$", re.I)
_TOKEN_REST = re.compile(r"\S*")


def _window(text: str, start: int, reach: int) -> str:
    """The text after a lead phrase, `reach` characters and the rest of the word it ends in: cut inside
    "09/23/2026", a date would be read as 09/23/20."""
    end = start + reach
    rest = _TOKEN_REST.match(text, end)
    return text[start : rest.end() if rest else end]


def _clause(text: str, start: int, reach: int, stop: re.Pattern[str] | None = None) -> str:
    """What follows a lead phrase up to the end of its sentence (or an earlier `stop`)."""
    window = _window(text, start, reach)
    for cut in (_SENTENCE_END.search(window), stop.search(window) if stop else None):
        window = window[: cut.start()] if cut else window
    return window


def _dates(window: str, today: dt.date | None) -> Iterator[dt.date]:
    """The full dates in a clause, skipping 'dated <date>' (a request's or a letter's own date)."""
    for date in DATE.finditer(window):
        if not _DATED.search(window[: date.start()]):
            value = _to_date(date, today)
            if value is not None:
                yield value


def _date_after(lead: re.Pattern[str], text: str, today: dt.date | None, reach: int = 120,
                unless: re.Pattern[str] | None = None) -> dt.date | None:
    """The first date following a lead phrase in the same sentence, not a request's or a letter's own date; with
    `unless`, not after a lead that those words just before it deny ("will not be able to complete ... by")."""
    for found in matches(lead, text):
        if unless is not None and unless.search(text, max(0, found.start() - 30), found.start()):
            continue
        value = next(_dates(_clause(text, found.end(), reach), today), None)
        if value is not None:
            return value
    return None


RECEIVED_DEEMED = rx(r"\b(?:deemed|considered|treated as) (?:to have been )?received",
                     # "came in after hours on Friday, so it has been recorded as received on Monday, March 9"
                     r"\b(?:logged|recorded|entered|stamped|date-stamped|docketed|counted|counting|count)"
                     r" (?:it |them )?as (?:having been )?received",
                     r"\b(?:considered |deemed )?perfected (?:as of|on)\b")
RECEIVED = rx(
    r"\b(?:date )?received\b(?: date)?",
    r"\bdate of receipt|\breceipt date|\btook receipt\b|\breceipt,? (?:on|as of)\b(?= \w)",
    r"\breceived (?:by|in|at) (?:this|our|the) (?:office|department|unit|agency)",
    # An informal voice: "we got your request on March 3", "it arrived in our office on", "logged in on 3/4".
    r"\b(?:got|logged|log(?:ged)? in|docketed|arrived|came in|reached (?:us|our office|this office|the \w+))\b",
    # "acknowledges receipt of your public records request as of today, September 30"
    r"\breceipt of (?:your|the|this) (?:[\w-]+ ){0,4}request,? (?:on|as of)\b(?= \w)",
    r"\b(?:rec['’]?d|recv['’]?d|rcvd)(?=\W)",  # a clerk's shorthand: "Rec'd your RSA 91-A request 9/24/26"
    # Spanish: "recibida en esta Oficina el 3 de septiembre", "Fecha de recibo:"
    r"\brecibid[ao]s?\b|\bfecha de recibo\b|\b(?:recibimos|hemos recibido) su solicitud\b",
)
# A received date comes before what the agency will do: "We received your request and will respond by March 20"
# names no date of receipt.
# Nor does it run into a forwarded message's header lines ("... Request R012877 Received / From: ... Date: Tue, Mar
# 10, 2026"): that is when the letter was sent, not when the request was received.
_RECEIVED_STOP = re.compile(r"\b(?:will|shall|until|due|expect\w*|anticipat\w*|respon\w*|estimat\w*|deadline)\b"
                            r"|\b(?:responder\w*|contestar\w*|tardar|plazo|vence\w*)\b"
                            r"|(?:^|\s)(?:from|sent|date|subject|to|cc|de|enviado|fecha|asunto|para):\s", re.I)
# In that clause a clerk may leave out the year ("received 3/5") or write only the weekday ("got it Monday").
_SHORT_DATE = re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})\b(?!/\d)")
_WEEKDAY = re.compile(r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?![,.]? *\w+\.? \d)",
                      re.I)
_DEEMED_AHEAD = dt.timedelta(days=7)
_ORDINAL_DAY = re.compile(r"\bthe (?P<day>\d{1,2})(?:st|nd|rd|th)\b", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# "Your email arrived after close of business on Monday, September 14; our office received it on Tuesday": when the
# mail came in after hours is not when the office counts it received.
_AFTER_HOURS = re.compile(r"\s*after (?:the )?(?:close of business|(?:normal |regular )?(?:business|office|working)"
                          r" hours|hours|\d{1,2}(?::\d\d)? ?[ap]\.?m\b)", re.I)


def _received(text: str, today: dt.date | None, reach: int = 120) -> dt.date | None:
    """The date the agency says it received the request: after a lead phrase, in the same clause, not a request's
    or letter's own date ('dated ...'), and never after the email itself was written."""
    # A date written out anywhere beats one guessed from a weekday or a date without its year: "came in after
    # the office closed on Friday the 4th ... so we have logged it as received Tuesday, September 8".
    for loose in (False, True):
        for lead in (RECEIVED_DEEMED, RECEIVED):
            # A request deemed received later than it came ("because it arrived by electronic mail, it is deemed
            # received on the next business day, Thursday, September 10") may be dated after the letter itself.
            ahead = _DEEMED_AHEAD if lead is RECEIVED_DEEMED else dt.timedelta(0)
            for found in matches(lead, text):
                if _AFTER_HOURS.match(text, found.end()):
                    continue
                value = _first_date(_clause(text, found.end(), reach, _RECEIVED_STOP), today, loose)
                if value is not None and (today is None or value <= today + ahead):
                    return value
    for found in matches(RECEIVED, text):
        value = _closing_date(_clause(text, found.end(), _LONG_CLAUSE, _RECEIVED_STOP), today)
        if value is not None and (today is None or value <= today):
            return value
    return None


# A long description of the request can push the date of receipt to the end of its sentence: "The Library received
# your FOIA request for records of the President's Council on Year 2000 Conversion relating to state and local
# government outreach on September 10, 2026." Only a date that closes the sentence after "on" is read there, not
# one the request's own description gives an event ("the meeting held on ...").
_LONG_CLAUSE = 300
_CLOSING_ON = re.compile(r"(?<!\bheld )(?<!\bdated )(?<!\bissued )(?<!\bsigned )(?<!\boccurred )(?<!\bplace )"
                         r"(?<!\bscheduled )(?<!\bmade )\bon\s*$", re.I)


def _closing_date(window: str, today: dt.date | None) -> dt.date | None:
    last = next(iter(reversed(list(DATE.finditer(window)))), None)
    if len(window) >= _LONG_CLAUSE or last is None or window[last.end():].strip(" ,") \
            or not _CLOSING_ON.search(window[: last.start()]):
        return None
    return _to_date(last, today)


def _first_date(window: str, today: dt.date | None, loose: bool) -> dt.date | None:
    full = next(_dates(window, today), None)
    if full is not None or today is None or not loose:
        return full
    short = _short_date(window, today)
    if short is not None:
        return short
    ordinal = _ORDINAL_DAY.search(window)
    if ordinal and 1 <= int(ordinal["day"]) <= 31:
        # "I'm counting it as received the 28th": the last such day on or before the email
        day = today
        while day.day != int(ordinal["day"]) and (today - day).days < 62:
            day -= dt.timedelta(days=1)
        if day.day == int(ordinal["day"]):
            return day
    weekday = _WEEKDAY.search(window)
    if weekday:
        back = (today.weekday() - _WEEKDAYS.index(weekday["weekday"].lower())) % 7
        return today - dt.timedelta(days=back)
    return None


def _short_date(window: str, today: dt.date) -> dt.date | None:
    """A date written without its year ("3/5"), in the year nearest the email's date."""
    short = _SHORT_DATE.search(window)
    if not short or _DATED.search(window[: short.start()]):
        return None
    month, day = int(short["month"]), int(short["day"])
    year = _year(None, month, day, today) if 1 <= month <= 12 and 1 <= day <= 31 else None
    try:
        return dt.date(year, month, day) if year else None
    except ValueError:
        return None


# What the agency expects to do, and when. A lead never spans a fee ("our estimate for search fees is $40;
# payment is due by January 5" states no completion date).
_NOT_FEE = r"(?:(?!fee|cost|charge|\$)[^.])"
ESTIMATED = rx(
    r"\b(?:estimated|anticipated|expected|projected|target(?:ed)?) (?:date of completion|(?:completion|response|release"
    r"|production|delivery|determination)(?: date)?)\b(?: of\b| is\b| will be\b|:)?",
    r"\bwill (?:produce|provide|release|deliver|make available|send) (?:the |all |any |you )?(?:responsive |requested "
    r"|remaining )?(?:records|recordings|videos|footage|documents|materials|files|response|logs|reports|pages|e-?mails"
    r"|data|copies|photos|images|minutes|rest|remainder|balance)\b[^.]{0,40}?\b(?:on or before|by|no later than)\b",
    # "A response is expected on or before October 30, 2026."
    r"\b(?:response|determination|decision|reply|answer|release|production) (?:is|will be) (?:now )?(?:expected"
    r"|anticipated|scheduled|projected|issued|provided|sent)\b[^.]{0,20}?\b(?:on or before|by|no later than"
    r"|on or about|on)\b",
    r"\bestimates? (?:that )?(?:we|it|the \w+) will (?:complete|respond|finish|provide|issue)",
    r"\bestimat(?:e|es|ed)\b(?! (?:fees?|costs?|charges?|amount))[^.$]{0,100}?\b(?:by|on or before|no later than|before"
    r"|on or about|on)\b",
    rf"\b(?:best|good[- ]faith|current|our|revised|new|updated) estimate\b{_NOT_FEE}{{0,60}}?"
    r"\b(?:is|would be|will be)\b",
    r"\b(?:anticipate|anticipates|expect|expects)\b[^.]{0,90}?\b(?:by|on or before|no later than|before"
    r"|on or about|on)\b",
    # "we expect that we will need until about December 4, 2026 to complete our response"
    r"\b(?:expect|expects|anticipate|anticipates)\b[^.]{0,40}?\bneed until\b|\b(?:may|will|would|might) need until\b",
    r"\b(?:expect|expects|anticipate|anticipates) to (?:respond|reply|complete|finish|provide (?:a|our|the)"
    r" response)\b",
    r"\b(?:earliest|expected|anticipated)(?: (?:practicable|possible|reasonable|available))? date\b[^.]{0,120}?"
    r"\b(?:is|will be|would be)\b",
    # A form's "Estimated date the University will respond: October 30, 2026"
    r"\b(?:estimated|anticipated|expected) date (?:the|that|on which|by which) (?:[\w-]+ ){0,4}will (?:respond|complete"
    r"|produce|release|provide|finish)\b",
    # "The next installment (Force Review Board case presentations) is expected on or before December 18, 2026",
    # "Installment 2 (the SoundCast consultant contracts) is expected on or before November 18, 2026."
    r"\b(?:(?:next|second|third|fourth) (?:installment|release|production|batch)|installment (?:no\.? |#)?\d+)\b"
    r"[^.]{0,80}?\b(?:is|are) (?:now )?(?:expected|anticipated|scheduled|projected)\b[^.]{0,20}?\b(?:on or before|by"
    r"|no later than|on or about|on)\b",
    # "I'm hoping we can get everything posted to the portal by November 13"
    r"\b(?:hope|hoping|expect|expecting|plan|planning) (?:that )?(?:we|i) (?:can|will|could|should) (?:get|have|post"
    r"|send|finish|complete|release)\b[^.]{0,60}?\b(?:by|on or before|no later than)\b",
    # "I'm told we should be able to send those by December 18, 2026."
    r"\bshould be able to (?:send|provide|produce|release|get|have|finish|complete)\b[^.]{0,60}?\b(?:by|on or before"
    r"|no later than)\b",
    # Arkansas's certificate for records in storage: "the reports will be available for inspection or copying on
    # Friday, October 2, 2026"
    r"\b(?:[\w-]+s|they|the rest|the remainder) will be (?:available|ready)\b"
    r"[^.]{0,40}?\b(?:on or before|by|no later than|on or about|on)\b",
    r"\b(?:expected|anticipated|scheduled|projected|estimated) to be (?:available|complete|completed|ready|provided"
    r"|produced|released|sent|posted|finished)\b[^.]{0,40}?\b(?:by|on or before|no later than|on or about|on)\b",
    # A portal's "The due date for a request you submitted has been changed to 01/15/2027"
    r"\bdue date\b[^.]{0,60}?\b(?:changed|moved|extended|updated|revised|reset) to\b",
    r"\b(?:estimated|anticipated|expected|projected|target) date (?:for|of) (?:completing|completion|finishing"
    r"|responding|response|release|production)\b",
    # A clerk's "Right now we're looking at the end of October, probably around October 30"
    r"\b(?:looking at|aiming for|shooting for|targeting)\b[^.]{0,40}?\b(?:around|on or about|about|by)\b",
    # "We will grant or deny access to the records, in whole or in part, on or before November 20"
    r"\bwill (?:grant or deny|grant|deny|make (?:a|its|our) determination|determine)\b[^.]{0,60}?\b(?:on or before"
    r"|no later than)\b",
    # "requires an extension of time to respond to your request until October 1, 2026"
    r"\bextension of time (?:to respond )?(?:to (?:your|the|this) request )?until\b",
    # Georgia's "will be available within thirty (30) business days, on or before October 30"
    r"\bwill be (?:made )?available(?: to you)? within\b[^.]{0,50}?\b(?:on or before|by|no later than)\b",
    # Louisiana's certification: "I fix Wednesday, October 21, 2026, at 10:00 a.m. as the date and hour on which ..."
    r"\b(?:i|we|the \w+|it) (?:hereby |has |have )?(?:fix|fixed|set|designated?)\b(?=(?:[^.]|\b[ap]\.m\.?){0,80}?\bas"
    r" the (?:date|day)\b)",
    # Texas's certification: "will make the information available to you on or before 5:00 p.m. on October 20"
    r"\bwill make (?:the |all |any )?(?:responsive |requested )?(?:information|records|documents|materials)? ?"
    r"available(?: to you)? (?:on or before|by|no later than)\b",
    r"\bwill be (?:made )?available(?: to you)? (?:for (?:your )?(?:inspection|pickup|delivery|release|review"
    r"|copying) )?(?:on|by|no later than)\b",
    # Virginia's "will therefore respond within the additional seven work days allowed by law, on or before October 13"
    r"\bwill (?:therefore )?(?:respond|reply|provide (?:a|its|our|the) response) within the (?:additional|extended"
    r"|further)\b[^.]{0,60}?\b(?:on or before|by|no later than)\b",
    # "We will contact you by January 22, 2027 with either a final response or an update on our progress."
    r"\bwill (?:contact|write to|update|get back to) you (?:again )?(?:by|on or before|no later than)\b",
    # A plan with a date: "we're aiming to post them by September 10", "we hope to have them to you by ...".
    r"\b(?:aim|aiming|plan|planning|hope|hoping|target|targeting|intend|intending) to (?:post|provide|release|send"
    r"|complete|finish|produce|have|get|deliver|make|respond|issue|upload)\b[^.]{0,80}?\b(?:by|on or before|no later"
    r" than|on or about)\b",
    r"\b(?:will|should) (?:respond|reply|provide (?:a|its|our|the) (?:response|determination))\b[^.]{0,40}?\bon or"
    r" about\b",
    # A clerk's voice: "you should have something from us by this Friday, 9/18", "I'd say by October 30", "I should
    # have everything to you by the end of next week".
    r"\b(?:i|we) should have (?:everything|it all|them|it|the records|the files|those|these|something)"
    r" (?:to you |for you |ready )?by\b",
    r"\byou (?:should|will|can expect to) (?:have|get|receive|hear from us)\b(?! received\b)[^.]{0,40}?\b(?:by|on or"
    r" before|no later than)\b",
    r"\b(?:i|we)(?:'d| would) (?:say|guess|estimate)\b[^.]{0,20}?\b(?:by|around|on or about)\b",
    # "The time reasonably necessary to produce the records is: on or before October 30, 2026."
    r"\btime (?:reasonably )?necessary to (?:produce|provide|respond|fulfill|complete)\b[^.]{0,40}?\b(?:is|will be)\b",
    # "Stop reports for the third and fourth quarters will be released on or before March 3, 2027."
    r"\bwill be (?:released|provided|produced|sent|made available|posted|delivered)\b[^.]{0,60}?\b(?:on or before|no"
    r" later than|by|on or about)\b",
    # A form's field: "The agency estimates that it will send you a Notice to Requester, stating ..., by: October 9".
    r"\bestimat\w*\b[^.]{0,160}?\bby:",
    # Spanish: "Estimamos completar la entrega a más tardar el 1 de octubre", "La información estará disponible a más
    # tardar el 13 de noviembre", "Fecha estimada de entrega: 30 de octubre".
    r"\b(?:estimamos|anticipamos|esperamos|proyectamos|prevemos|planificamos)\b[^.]{0,90}?\b(?:a más tardar|para el"
    r"|en o antes del?|no más tarde del?)\b",
    r"\bestar[áa]n? (?:disponibles?|listos?|listas?)\b[^.]{0,40}?\b(?:a más tardar|para el|en o antes del?)\b",
    r"\b(?:se|le) (?:entregar[áa]n?|enviar[áa]n?|remitir[áa]n?|producir[áa]n?|completar[áa]n?)\b[^.]{0,60}?"
    r"\b(?:a más tardar|en o antes del?|no más tarde del?)\b",
    r"\bfecha (?:estimada|prevista|proyectada|anticipada) (?:de|para la) (?:entrega|respuesta|terminación"
    r"|finalización|producción)\b(?: es| será|:)?",
)
_NEGATED = re.compile(r"\b(?:not|unable|cannot|can't|won't|never)\b", re.I)
# An estimate given before and now replaced: "This Office previously estimated that it would respond by October 20",
# "Our letter of September 16 estimated a determination by October 14".
_EARLIER = re.compile(r"\b(?:previously|originally|initially|earlier|had|letter of|e-?mail of|notice of"
                      r"|letter dated)\b[^.;!?]*$", re.I)
# The date an extension runs to, when the letter gives no estimate of its own: Colorado's "will need an additional
# seven (7) working days, until September 30, 2026, to respond"; California's "is extending the time to determine
# whether your request seeks disclosable records by fourteen (14) days, to October 26, 2026". A federal letter that
# extends "by ten working days, to October 21" and then gives "our current estimate" means the estimate.
EXTENDED_TO = rx(
    r"\b(?:additional|extra|further) (?:[\w-]+ )?(?:\(\d+\) )?(?:working |business |calendar )?days,? (?:until|through"
    r"|to)\b",
    r"\bextend(?:s|ed|ing)? the (?:time|deadline|period|response (?:time|period|date|deadline))\b",
)
# The date of the last installment is the date of completion ("The second installment is expected on or about
# December 7, and the third and final installment by approximately January 15, 2027").
LAST_INSTALLMENT = rx(
    r"\b(?:final|last|remaining) (?:installment|release|production|batch|records|documents)\b[^.]{0,60}?"
    r"\b(?:by|on or before|on or about|no later than|no earlier than|expected|anticipated|scheduled)\b")
COMPLETION = rx(r"\bcomplet(?:ion|ing|e) (?:of |processing )?(?:your |the |this )?(?:request|response|processing"
                r"|production)\b[^.]{0,20}?\b(?:by|on or before|no later than)\b",
                r"\bcompletion (?:by|on or before|no later than)\b")
# A period instead of a day: "by late February 2027", "by the end of March" (its last day), "mid-April" (the 15th).
_PERIOD = re.compile(
    rf"\b(?P<part>late|(?:the )?end of|mid-?|(?:the )?middle of)\s*{_MONTH}(?:,?\s*(?P<year>\d{{4}}))?\b", re.I)


def _estimated(text: str, today: dt.date | None) -> dt.date | None:
    """The completion date the agency expects: a date written out after any of the leads first; else a month's
    period or a date without its year ("by this Friday, 9/18"), never one before the email."""
    # "a first interim release by December 4, and completion of your request by December 31": the completion.
    # "... will not be able to complete your request by May 19 either" says when it will not.
    value = (_date_after(COMPLETION, text, today, unless=_NEGATED)
             or _date_after(LAST_INSTALLMENT, text, today, unless=_EARLIER)
             or _date_after(ESTIMATED, text, today, unless=_EARLIER))
    if value is None and today is not None:
        value = _loose_estimate(text, today)
    return value or _date_after(EXTENDED_TO, text, today)


def _loose_estimate(text: str, today: dt.date) -> dt.date | None:
    """A month's period, the end of a week or a date without its year after an estimate's lead."""
    for found in [*matches(LAST_INSTALLMENT, text), *matches(ESTIMATED, text)]:
        window = _clause(text, found.end(), 120)
        if period := _PERIOD.search(window):
            month = _MONTHS[period["month"][:3].lower()]
            year = int(period["year"]) if period["year"] else _year(None, month, 15, today)
            if year is not None:
                middle = period["part"].lower().startswith(("mid", "the middle", "middle"))
                return dt.date(year, month, 15 if middle else calendar.monthrange(year, month)[1])
        if week := _WEEK_END.search(window):
            # the Friday of this week or of the next
            friday = today + dt.timedelta(days=(4 - today.weekday()) % 7)
            return friday + dt.timedelta(days=7) if week["which"].lower() == "next" else friday
        short = _short_date(window, today)
        if short is not None and short >= today:
            return short
    return None


_WEEK_END = re.compile(r"\b(?:the )?end of (?P<which>this|next) week\b", re.I)


_WEEKDAY_OPT = r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?"
RESPOND_BY = rx(
    r"\bwill (?:respond|reply|provide (?:a|its|our|the) (?:response|determination)|issue (?:a|its)"
    r" (?:response|determination)|complete (?:its|our|the) response)\b[^.]{0,60}?\b(?:on or before|by|no"
    r" later than|before)\b",
    r"\b(?:expect|expects|anticipate|anticipates) to (?:respond|reply)\b[^.]{0,40}?\b(?:on or before|by"
    r"|no later than)\b",
    r"\b(?:expected|new|extended) (?:response|due) date",
    # The California wording: "CDI will notify you of its determination on or before October 5, 2026".
    r"\bwill (?:notify|inform|advise) you of (?:its|our|the|a) (?:determination|decision)\b[^.]{0,40}?\b(?:on or"
    r" before|by|no later than)\b",
    r"\bresponse (?:is|will be) (?:now )?due (?:on|by)",
    # A clerk's shorthand: "Extension needed. ... Response by 10/9/26."
    r"(?:^|[.:;]\s+)(?:response|answer|determination) (?:by|on or before|no later than)(?= \d| \w+\.? \d)",
    # The other voice: "You will receive a response on or before ...", "Response will be provided no later than ...".
    r"\byou (?:will|should|can expect to) (?:receive|have|get) (?:a|an|our|the|its) (?:[\w-]+ )?(?:response"
    r"|determination|reply|answer)\b[^.]{0,40}?\b(?:on or before|by|no later than|before)\b",
    r"\b(?:a|our|the|its|final|written)? ?(?:response|determination|reply) will be (?:provided|issued|sent|made"
    r"|mailed|given)\b[^.]{0,40}?\b(?:on or before|by|no later than|before)\b",
    # "the time for the Department to respond is extended by 30 days, to November 9, 2026"
    r"\b(?:is|are|has been|have been) extended\b[^.]{0,40}?,? (?:to|until|through)(?= " + _WEEKDAY_OPT
    + r"(?:\w+\.? \d|\d))",
    # "extending the time limit for our response by ten working days, to July 16, 2026"
    r"\bextend(?:s|ed|ing)? (?:the|our|its|this) (?:time|deadline|time limit|due date|response date|response"
    r" deadline|date)\b[^.]{0,80}?,? (?:to|until|through)(?= " + _WEEKDAY_OPT + r"(?:\w+\.? \d|\d))",
)
# Where the agency sets a deadline for us: "if we do not hear from you within 30 days", "payment must be
# received by January 5, 2027". The date or the number of days follows in the same sentence.
OUR_DEADLINE = rx(
    r"\b(?:if|unless) (?:we|this office|our office|the (?:office|department|agency|unit)) (?:do(?:es)? not|don't"
    r"|ha(?:ve|s) not) (?:hear from you|receive (?:a |your |the |any )?(?:[\w-]+ ){0,2}(?:response|reply|payment"
    r"|clarification|answer|confirmation|deposit|check))",
    r"\b(?:payment|your (?:[\w-]+ )?(?:response|reply|payment|clarification|answer|deposit|check)|a (?:response"
    r"|reply)|the (?:deposit|payment|fee)) (?:must|should|needs to) be (?:received|made|submitted|paid|sent)",
    r"\b(?:please|you must|you should|kindly) (?:respond|reply|let us know|confirm|clarify|remit|pay|submit"
    r" (?:payment|your (?:response|payment|clarification)))",
    r"\bno (?:response|reply|payment) (?:is )?received",
)
_WITHIN = re.compile(r"\bwithin (\d{1,3}|ten|fifteen|twenty|thirty|sixty) (calendar |business |working )?days\b", re.I)
_NUMBERS = {"ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60}


def _within(found: re.Match[str], today: dt.date) -> dt.date:
    count = int(_NUMBERS.get(found.group(1).lower(), found.group(1)))
    if not found.group(2) or found.group(2).startswith("calendar"):
        return today + dt.timedelta(days=count)
    day = today
    while count:  # business days: weekends skipped (the agency's holidays are not known here)
        day += dt.timedelta(days=1)
        count -= day.weekday() < 5
    return day


def _answer_by(text: str, today: dt.date | None, reach: int = 160) -> dt.date | None:
    """The date by which the agency says it needs our answer or payment: a date, or a number of days counted
    from the reply's date, in the sentence of a lead phrase. None when the agency sets none (or it is past)."""
    if today is None:
        return None
    for lead in matches(OUR_DEADLINE, text):
        window = _clause(text, lead.end(), reach)
        within = _WITHIN.search(window)
        dates = [d for d in DATE.finditer(window) if not _DATED.search(window[: d.start()])]
        if within and (not dates or within.start() < dates[0].start()):
            return _within(within, today)
        value = next((d for d in _dates(window, today) if d >= today), None)
        if value is not None:
            return value
    return None


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


# A number the letter itself names as the request's ("has been assigned reference number W012894-102126",
# "Reference: W012894-102126"): read when the agency's configured pattern finds none, as when an agency moves to
# a new records system mid-year and its numbers change shape. Letters and digits, at least one digit at each end.
_LABELED_NUMBER = re.compile(
    r"(?:\bassigned (?:it )?(?:the |a )?(?:(?:reference|tracking|request|case|confirmation|control) )?(?:number|no\.?"
    r"|#)?\s*:?\s*|\b(?:reference|tracking|request|confirmation) (?:number|no\.|#)\s*:?\s*|\breference:\s*)"
    r"(?P<number>[A-Z]{0,6}-?\d[A-Z0-9]*(?:-[A-Z0-9]+)+)\b",
    re.I,
)


_REQUEST_NUMBER = re.compile(
    r"\b(?:request|case|tracking) (?:number|no\.|#)\s*:?\s*\|?\s*(?P<number>[A-Z]{0,6}-?\d{5,}(?:-[A-Z0-9]+)*)\b", re.I)


def _stated_sources(reply: Reply) -> list[str]:
    """Where the agency states a number of its own: subject, new text, letters, file names (not the quote, unless
    the message forwards it)."""
    stated = [reply.subject, reply.new_text, *(a.text for a in reply.attachments)]
    stated += [a.name_words for a in reply.attachments] + [reply.embedded_subject]
    if FORWARD_SUBJECT.match(reply.subject):
        stated.append(reply.quoted_text)
    return stated


def stated_numbers(reply: Reply, agency: Agency | None) -> list[str]:
    """Every number in the agency's format that the message states, in the order the facts look for them."""
    if agency is None or not agency.tracking_pattern:
        return []
    found: list[str] = []
    for source in _stated_sources(reply):
        found += [n for n in agency.find_tracking(normalise(source)) if n not in found]
    return found


# A request the agency divided, each part under a number of its own.
_SPLIT = re.compile(r"\b(?:logged|opened|entered|assigned|divided|split|separated|broken)\b[^.]{0,40}?"
                    r"\b(?:as|into|under) (?:two|three|2|3|separate|multiple|several) (?:separate )?(?:requests|parts"
                    r"|files|cases|numbers)\b|\b(?:two|three|2|3|separate) (?:tracking |request |reference )?numbers\b",
                    re.I)


def split_numbers(reply: Reply, agency: Agency | None) -> list[str]:
    """The numbers of the parts of a request the agency says it divided ("we have logged them as two requests:
    FOIL-0612 ... FOIL-0613"), each part's later letters citing only its own; none when it says no such thing."""
    return stated_numbers(reply, agency) if _SPLIT.search(reply.said) else []


def _tracking(reply: Reply, agency: Agency | None) -> tuple[str | None, bool]:
    """The agency's number: stated in the new text/letters/file names first, else only in the quote."""
    if agency is None:
        return None, False
    if not agency.tracking_pattern:
        # No format known for the agency: only a number a portal or a letter labels as the request's own, in the
        # subject or the opening ("GRAMA Request Received - Request #331875", "Request Number: 331875").
        for source in _stated_sources(reply)[:2]:
            labeled = _REQUEST_NUMBER.search(normalise(source))
            if labeled:
                return labeled["number"], False
        return None, False
    stated = _stated_sources(reply)
    for source in stated:
        found = agency.find_tracking(normalise(source))
        if found:
            return found[0], False
    found = agency.find_tracking(normalise(reply.quoted_text))
    if found:
        return found[0], True
    for source in stated[:3]:
        labeled = _LABELED_NUMBER.search(normalise(source))
        if labeled and sum(c.isdigit() for c in labeled["number"]) >= 5:
            return labeled["number"], False
    return None, False


def extract_facts(reply: Reply, agency: Agency | None, kind: Kind, text: str | None = None) -> Facts:
    text = reply.said if text is None else text
    today = reply.date.date() if reply.date else None
    number, quoted_only = _tracking(reply, agency)
    if kind in (Kind.BOUNCE, Kind.AUTO_REPLY):
        # Not the agency speaking: dates in a returned copy or an away message are not the request's.
        return Facts(tracking_number=number, tracking_number_quoted_only=quoted_only)
    # The subject leads the text: "... - Estimated Response Date" names no date of the letter's first sentence.
    subject = reply.subject.strip()
    if subject and text.startswith(subject) and not subject.endswith((".", "?", "!")):
        text = f"{subject}. {text[len(subject):].lstrip()}"
    stated_due = _date_after(RESPOND_BY, text, today)
    return Facts(
        tracking_number=number,
        tracking_number_quoted_only=quoted_only,
        received=_received(text, today),
        estimated=_estimated(text, today) or stated_due,
        fee=_fee(text) if kind is Kind.FEE_ESTIMATE else None,
        stated_due=stated_due,
        answer_by=_answer_by(text, today),
    )
