"""Classify stage, scope: how a phrase family is read in a reply's text. A family is stated only outside the
scope of a condition, a plan, a possibility or boilerplate (the NegEx / ConText method from clinical text: a
trigger term opens a scope that runs to the end of its sentence), and contractions are read spelled out.

Pure: never does I/O and knows no family; phrases.py holds the families, kinds.py and facts.py ask `says`,
`stated` and `matches`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

# --- contractions -------------------------------------------------------------------------------------------
# People answering informally write "we don't have", "can't release", "I've logged it": the families are written
# for the words spelled out, and the classifier reads a copy of the text with contractions spelled out, mapped
# back to the original so that the quoted evidence is the sender's own words.
_CONTRACTION = re.compile(r"\b(?:(can)'t|(won)'t|(shan)'t|(\w+)n't|(\w+)'(ve|ll|re|m|d)|(it|that|there|here|what)'s)\b",
                          re.I)
_SPELLED = {"ve": "have", "ll": "will", "re": "are", "m": "am", "d": "would"}


@lru_cache(maxsize=8)
def spelled_out(text: str) -> tuple[str, tuple[int, ...]]:
    """(the text with contractions spelled out, for each of its positions and its end the original position)."""
    if "'" not in text:
        return text, tuple(range(len(text) + 1))
    out: list[str] = []
    back: list[int] = []
    last = 0
    for m in _CONTRACTION.finditer(text):
        out.append(text[last : m.start()])
        back.extend(range(last, m.start()))
        can, won, shan, stem, head, tail, pronoun = m.groups()
        if can or shan:
            words = f"{can or shan}not" if can else "shall not"
        elif won:
            words = "will not"
        elif stem:
            words = f"{stem} not"
        elif head:
            words = f"{head} {_SPELLED[tail.lower()]}"
        else:
            words = f"{pronoun} is"
        out.append(words)
        back.extend([m.start()] * len(words))
        last = m.end()
    out.append(text[last:])
    back.extend(range(last, len(text) + 1))
    return "".join(out), tuple(back)


# --- phrase families -----------------------------------------------------------------------------------------


def rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.I)


# A phrase inside a condition ("if no records are found", "before the records are produced") is not a
# statement of fact.
# "If you could give me a call back" asks politely; it is no condition.
# (In a look-back window the asking verb is the phrase itself, just after the window's end.)
_POLITE = r"(?! you (?:could|would) (?:please )?(?:$|(?:give|call|send|let|provide|clarify|confirm|e-?mail|reply"\
    r"|respond|contact|get back|ring)\b))"
_CONDITIONAL = re.compile(
    rf"\b(?:if{_POLITE}|whether|unless|in the event|before|until|once|upon|when|whenever|as soon as)\b[^.;:!?,]*$",
    re.I,
)
# Nor is a plan ("we anticipate providing the first installment", "I will send a first batch") a release.
_PLANNED = re.compile(
    r"(?:\b(?:anticipat|expect|plan|intend|hope|hoping|aim|schedul|project|estimat|will|shall|going to|should|may"
    r"|looking at|target"
    r"|might|could|would)\w*|\w['’]ll)\b(?:[^.;:!?]|\.(?=\d))*$",  # "$85.00" does not end the sentence
    re.I,
)
# Nor is a possibility ("circumstances may arise that would require additional time") an extension taken.
# So is what happens to requests in general: "Requests involving several units sometimes need more than 20 working
# days".
_POSSIBLE = re.compile(r"\b(?:may|might|could|would|possibly|potentially|possible|possibility|perhaps|likely"
                       r"|sometimes|often|frequently|usually|typically|generally|occasionally|commonly"
                       r"|permits?|allows?|authori[sz]es?|provides? for|gives? (?:the|an|each|our|this|public) \w+)\b"
                       r"(?:[^.;:!?]|\.(?=\d))*$", re.I)  # "under 43 CFR 2.19" does not end the sentence
Guard = tuple[re.Pattern[str], int]  # a lead-in that voids a phrase, and how far back it is looked for
IF, PLANNED, POSSIBLE = (_CONDITIONAL, 40), (_PLANNED, 60), (_POSSIBLE, 80)
# A request to the requester is often put as a prerequisite ("Before we can process your request, please
# clarify ..."): for those only a real condition ("we will contact you if we need more information") voids it.
IF_ONLY: Guard = (re.compile(rf"\b(?:if{_POLITE}|whether|unless|in the event|should)\b[^.;:!?]*$", re.I), 40)
# Nor is the last of the answers the law allows ("will respond ... by granting the request, denying it, granting it in
# part, or issuing a notice extending the response period"): a list of what may come, of which one will.
# So is the other branch of what the office will do: "the County will respond within five business days, or notify you
# that additional time is required".
OPTIONS: Guard = (re.compile(r"\b(?:grant\w*|deny\w*|deni\w+)\b[^.;:!?]{0,120},? or (?:by )?(?:[\w-]+ ){0,4}$"
                             r"|\bwill (?:respond|reply|answer|issue a (?:response|determination)"
                             r"|make a determination)\b"
                             r"[^.;:!?]{0,120},? or (?:will |to )?(?:notify|inform|advise|tell|let) you(?: know)?"
                             r"(?: in writing)?(?: (?:that|if|whether))?\s*$", re.I), 180)
# "You may narrow your request to reduce the time needed" offers a choice; it does not stop the clock.
OFFER: Guard = (re.compile(r"\b(?:you|requesters?) (?:may|can|could|might)(?: \w+){0,2}\s*$", re.I), 30)
# "We will provide a cost estimate if costs exceed $50", "We will let you know the total cost before anything is
# sent" promise a fee letter; they are not one.
PROMISED: Guard = (re.compile(r"\b(?:will|would|shall|to|can)\s+(?:also\s+|first\s+)?(?:provide|send|give|issue|prepare"
                              r"|forward|furnish|mail|e-?mail|contact you with|let you know|tell you|notify you of"
                              r"|inform you of|advise you of)\s+(?:you\s+)?(?:with\s+)?(?:an?|the"
                              r"|our|a written|a detailed)?\s*(?:(?:itemi[sz]ed |written |detailed )?"
                              r"(?:statement|notice|breakdown|list) of\s*)?$", re.I), 80)
# "We estimate that completion of your request will take more than 30 working days" is a processing estimate,
# not the law's extension taken.
ESTIMATING: Guard = (re.compile(r"\bestimat\w*\b[^.;:!?]*$", re.I), 80)
# "As that letter said, we are part of the court and can't treat your request as a FOIA request": a decision
# recalled from an earlier letter, which this one follows up.
RECALLED: Guard = (re.compile(r"\bas (?:that|our|the|my|its|this) (?:earlier |previous |prior |first |original )?"
                              r"(?:letter|e-?mail|response|note|message|reply|determination)(?: of [^,.;]{1,30})? "
                              r"(?:said|stated|explained|noted|mentioned|indicated|advised)\b[^.;:!?]*$", re.I), 120)
# "Under that regulation ... certain other categories of records are exempt from disclosure": what a law or rule
# exempts in general, not this letter's decision.
IN_GENERAL: Guard = (re.compile(r"\b(?:certain|some|many|several) (?:other )?(?:categories|kinds|types|classes) of"
                                r" (?:records|information|documents)\b[^.;:!?]*$", re.I), 80)
# "Because the AOC is not subject to FOIA, there is no administrative appeal process": a reason given for something
# else.
REASON: Guard = (re.compile(r"\b(?:because|since)\b[^.;:!?,]*$", re.I), 60)
# "... we will notify you and may ask you to narrow your request" says what could happen, not what is asked.
MAYBE: Guard = (re.compile(r"\b(?:may|might)(?: \w+){0,3}\s*$", re.I), 30)


# --- scopes (the NegEx / ConText method from clinical text) -----------------------------------------------
# A trigger term opens a scope that runs to the end of its sentence or to a termination term; a phrase that
# starts inside a scope is not stated. Conditions: "... within five days, unless the Department notifies you
# that an extension of time is required" states no extension. Boilerplate: appeal rights, OGIS and liaison
# notices, confidentiality footers talk about denials and disputes without making the letter one.
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)|\s[-*•]\s|\(\d\)\s")
_CONDITION_TRIGGER = re.compile(
    rf"\b(?:if{_POLITE}|unless|whether|in the event|provided that|in case|should (?:you|we|the|it|there|any|your))\b"
    r"|(?:^|(?<=[.;:!?]\s))(?:should|where)\b",  # "Should (Where) unusual circumstances apply, ..."
    re.I,
)
_PSEUDO_CONDITION = re.compile(r"\b(?:even|as|only) if\b|\bif any\b|\bif applicable\b|\bwhether or not\b", re.I)
_TERMINATION = re.compile(r"\b(?:but|however|although|though|nevertheless|except that|otherwise)\b", re.I)
_BOILERPLATE_TRIGGER = re.compile(
    r"\b(?:you (?:also )?(?:may|can|have the right to|are entitled to)(?: \w+){0,3} appeal"
    r"|(?:right|rights) to (?:\w+ ){0,3}appeal|appeal rights"
    r"|appeals? (?:must|should|may) be (?:received|postmarked|made|filed|submitted|sent|addressed|mailed)"
    r"|(?:to|may|wish to|like to|choose to) (?:file an? )?(?:administrative )?appeal (?:this|the|any|our|my|that)"
    r"|if you (?:are|were) (?:not satisfied|dissatisfied|unsatisfied)|if you (?:disagree|wish to (?:appeal|contest"
    r"|challenge))"
    r"|office of government information services|\bogis\b|foia public liaison|dispute resolution services"
    r"|public access counselor|(?:seek|request|obtain) (?:judicial|a judicial) review|petition the (?:supervisor"
    r"|attorney general|court|secretary)"
    r"|this (?:e-?mail|message|communication)(?: and any (?:attachments?|files))? (?:is|are|may (?:be|contain)"
    r"|contains?) (?:confidential|privileged|intended)"
    r"|please do not reply to this (?:e-?mail|message))",
    re.I,
)


@lru_cache(maxsize=8)
def _scopes(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """(condition scopes, boilerplate scopes) of the text, as (start, end) spans."""
    return _scopes_of(_CONDITION_TRIGGER, text, pre_posed_ends_at_comma=True), _scopes_of(_BOILERPLATE_TRIGGER,
                                                                                         text, False)


def _scopes_of(trigger: re.Pattern[str], text: str, pre_posed_ends_at_comma: bool) -> tuple[tuple[int, int], ...]:
    lowered = _lowered(text)
    spans = []
    for found in _for_lowered(trigger).finditer(lowered):
        if trigger is _CONDITION_TRIGGER and _is_pseudo(lowered, found.start()):
            continue
        spans.append((found.start(), _scope_end(lowered, found, pre_posed_ends_at_comma)))
    return tuple(spans)


def _is_pseudo(lowered: str, start: int) -> bool:
    window = lowered[max(0, start - 6) : start + 20]
    return any(p.start() <= start - max(0, start - 6) <= p.end() for p in _for_lowered(_PSEUDO_CONDITION)
               .finditer(window))


def _scope_end(lowered: str, trigger: re.Match[str], pre_posed_ends_at_comma: bool) -> int:
    end = len(lowered)
    sentence = _SENTENCE_END.search(lowered, trigger.end())
    if sentence:
        end = sentence.start()
    stop = _for_lowered(_TERMINATION).search(lowered, trigger.end(), end)
    if stop:
        end = stop.start()
    # A condition put first ("If fees exceed $25, we will ...") ends at its comma; one put after the main
    # clause ("..., unless we notify you that ...") runs to the end of the sentence.
    if pre_posed_ends_at_comma and _starts_sentence(lowered, trigger.start()):
        comma = lowered.find(",", trigger.end(), end)
        if comma != -1:
            end = comma
    return end


def _starts_sentence(lowered: str, start: int) -> bool:
    before = lowered[max(0, start - 4) : start].strip()
    return not before or before[-1] in ".;:!?)" or start < 2


def _in(spans: tuple[tuple[int, int], ...], position: int) -> bool:
    return any(start <= position < end for start, end in spans)


def _voided(text: str, start: int, guards: tuple[Guard, ...]) -> bool:
    conditions, boilerplate = _scopes(text)
    if _in(boilerplate, start) or _unticked(text, start):
        return True
    if any(guard in (IF, IF_ONLY) for guard in guards) and _in(conditions, start):
        return True
    return any(guard.search(_after_termination(text[max(0, start - reach) : start])) for guard, reach in guards)


# A response form's boxes: "[ ] The requested records are available as follows: [ ] Your request is denied ...
# [X] It is not practicable to promptly provide the requested records". An option left unticked says nothing.
_BOX = re.compile(r"\[\s?\]|\[\s?[xX✓✔]\s?\]|[☐☒☑]")
_UNTICKED = ("[]", "[ ]", "☐")


def _unticked(text: str, start: int) -> bool:
    """Whether the phrase is the text of a form's option whose box is left empty (up to the option's first
    sentence end, or the next box)."""
    window = text[max(0, start - 300) : start]
    boxes = list(_BOX.finditer(window))
    if not boxes or boxes[-1].group() not in _UNTICKED:
        return False
    return not re.search(r"[.!?](?:\s|$)", window[boxes[-1].end():])


def _after_termination(window: str) -> str:
    """The part of the words before a phrase that can still govern it: a lead-in ends at "but" or "however"
    ("out on a job until the end of the month, but I will start pulling what I can find" starts the search)."""
    ends = [found.end() for found in _TERMINATION.finditer(window)]
    return window[ends[-1]:] if ends else window


@lru_cache(maxsize=64)  # one reply's families, asked again when the runner-up is looked for
def stated(pattern: re.Pattern[str], text: str, *guards: Guard) -> re.Match[str] | None:
    """The first match of the phrase that the text states: not inside a condition (unless other guards are
    given), a plan or possibility when those are given, or boilerplate."""
    return next(all_stated(pattern, text, *guards), None)


def all_stated(pattern: re.Pattern[str], text: str, *guards: Guard) -> Iterator[re.Match[str]]:
    """Every match of the phrase that the text states (see `stated`)."""
    return (m for m in _found(pattern, text) if not _voided(text, m.start(), guards or (IF,)))


@lru_cache(maxsize=256)  # a family is asked about with several guards: its text is scanned once
def _found(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    return tuple(matches(pattern, text))


def says(pattern: re.Pattern[str], text: str, *guards: Guard) -> bool:
    """Whether the text states the phrase (see `stated`)."""
    return stated(pattern, text, *guards) is not None


def matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, faster (see below); the matches' positions are the same in `text`."""
    if pattern.flags & re.IGNORECASE:
        return _for_lowered(pattern).finditer(_lowered(text))
    return pattern.finditer(text)


# Python's re is much slower with IGNORECASE: a case-insensitive family is matched as the same pattern without
# it, over the text lower-cased once (all families over the dev replies: 0.77 -> 0.30 ms per reply).
_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")  # not an escape such as \S or \B


@cache
def _for_lowered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    source = _UPPER_LITERAL.sub(lambda m: m[0].lower(), pattern.pattern)
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


@lru_cache(maxsize=8)  # the families of one reply are all asked about the same text
def _lowered(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters lower-case to two ("İ"): keep those as they are, so that positions stay the same.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
