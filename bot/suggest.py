"""`foiabot corrections suggest`: the `phrases:` entries that would have decided the replies whose kind people
corrected, per agency and kind, for a person to review and add to agencies.yaml.

Reads the register, writes nothing. A phrase is a run of 2 to 5 words of what the agency said (Reply.said,
bot/parse/said.py), outside the reply's subject and not part of the request's, that the agency's replies of
other kinds never contain. Phrases found in more of the corrected replies come first; each one is
kept only when the classifier, given the agency with that phrase added, reads its replies as the corrected
kind (a header rule, such as a bounce's, decides before any phrase and cannot be taught this way).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import labels
from bot.classify import classify
from bot.errors import ParseError
from bot.labels import Example
from bot.model import Kind, Reply
from bot.parse import parse
from bot.parse.said import flat
from bot.rules import Agency
from bot.store import Message, Request, Store, load_raw

WORDS = range(2, 6)
TRIES = 200  # candidate phrases checked with the classifier per agency and kind, at most
_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")
# Words that carry no meaning alone: a phrase needs two others.
_STOP = frozenset({"a", "all", "an", "and", "any", "are", "as", "at", "be", "been", "by", "for", "from", "had",
    "has", "have", "i", "in", "is", "it", "its", "no", "not", "of", "on", "or", "our", "that", "the", "their",
    "there", "these", "they", "this", "those", "to", "was", "we", "were", "which", "who", "will", "with", "you",
    "your"})


@dataclass(frozen=True)
class Corrected:
    example: Example
    reply: Reply
    topic: str  # the request's subject, lowered: its words are the request's, not the agency's way of saying
    read_as: str  # what the rules, as the agencies file now stands, read it as


@dataclass(frozen=True)
class Suggestion:
    agency: str
    kind: str
    phrase: str
    decides: tuple[Corrected, ...]


def suggest(store: Store, agencies: Mapping[str, Agency]) -> tuple[list[Suggestion], int]:
    """The phrases, and how many corrected replies none of them decides."""
    with store.session() as session:
        groups = _groups(session, agencies)
        found: list[Suggestion] = []
        undecided = 0
        for (agency_id, kind), corrected in sorted(groups.items()):
            same, others = _texts(session, agency_id, kind)
            chosen = list(_cover(agencies[agency_id], kind, corrected, same, others))
            found += chosen
            undecided += len(corrected) - sum(len(s.decides) for s in chosen)
    return found, undecided


def _groups(session: Session, agencies: Mapping[str, Agency]) -> dict[tuple[str, str], list[Corrected]]:
    """The replies whose kind a person set and that the rules still read otherwise, by agency and kind."""
    groups: dict[tuple[str, str], list[Corrected]] = defaultdict(list)
    for example in labels.examples(session):
        request = session.get(Request, example.request) if example.request else None
        if example.message.rule != labels.PERSON or example.kind is None or request is None \
                or request.agency_id not in agencies:
            continue
        reply = _reply(session, example.message)
        read_as = classify(reply, agencies[request.agency_id]).kind.value if reply is not None else example.kind
        if reply is not None and read_as != example.kind:  # else a phrase added since decides it already
            groups[(request.agency_id, example.kind)].append(Corrected(example, reply, request.subject.lower(),
                                                                       read_as))
    return groups


def _reply(session: Session, message: Message) -> Reply | None:
    raw = load_raw(session, message.id)
    try:
        return parse(raw) if raw is not None else None
    except ParseError:
        return None


def _texts(session: Session, agency_id: str, kind: str) -> tuple[list[str], list[str]]:
    """What the agency said in each of its replies read (or corrected) as `kind`, and as another kind, lowered."""
    rows = session.scalars(select(Message).join(Request, Request.id == Message.request_id)
                           .where(Request.agency_id == agency_id, Message.direction == "in",
                                  Message.status == "processed")).all()
    same: list[str] = []
    other: list[str] = []
    for message in rows:
        reply = _reply(session, message)
        if reply is not None:
            (same if message.kind == kind else other).append(reply.said.lower())
    return same, other


def _cover(agency: Agency, kind: str, corrected: list[Corrected], same: list[str],
           others: list[str]) -> Iterator[Suggestion]:
    """Phrases, best first, until every corrected reply is decided by one (or the candidates run out). Best:
    in more corrected replies, then in more of the agency's replies of that kind (its usual wording, not one
    letter's), then three or more words of meaning, then shorter."""
    candidates: dict[str, set[int]] = defaultdict(set)
    for i, item in enumerate(corrected):
        for phrase in _phrases(item.reply, item.topic):
            candidates[phrase].add(i)
    # One line per reply (Reply.said is one line): one search per phrase instead of one per reply.
    other_text, same_text = "\n".join(others), "\n".join(same)
    kept = [p for p in candidates if p not in other_text]
    ranked = sorted(kept, key=lambda p: (-len(candidates[p]), -same_text.count(p), -min(_meaning(p), 3),
                                         len(p.split()), p))
    pending = set(range(len(corrected)))
    for phrase in ranked[:TRIES]:
        if not pending:
            return
        decided = [i for i in sorted(candidates[phrase] & pending) if _decides(agency, kind, phrase,
                                                                               corrected[i].reply)]
        if decided:
            pending -= set(decided)
            yield Suggestion(agency.id, kind, phrase, tuple(corrected[i] for i in decided))


def _phrases(reply: Reply, topic: str) -> set[str]:
    said = reply.said.lower()
    subject = flat(reply.subject).lower()
    body = said[len(subject):] if subject and said.startswith(subject) else said
    words = body.split(" ")
    found = set()
    for start in range(len(words)):
        for n in WORDS:
            run = words[start:start + n]
            if len(run) < n:
                break
            run[-1] = run[-1].rstrip(".,;:!?)")  # a phrase may end a sentence; it is still found inside it
            if not all(_WORD.fullmatch(w) for w in run) or _meaning(" ".join(run)) < 2:
                continue
            phrase = " ".join(run)
            if phrase not in topic:
                found.add(phrase)
    return found


def _meaning(phrase: str) -> int:
    return sum(1 for w in phrase.split() if w not in _STOP)


def _decides(agency: Agency, kind: str, phrase: str, reply: Reply) -> bool:
    phrases = {**agency.phrases, kind: [*agency.phrases.get(kind, []), phrase]}
    return classify(reply, agency.model_copy(update={"phrases": phrases})).kind == Kind(kind)


def report(found: list[Suggestion], undecided: int) -> str:
    """What `corrections suggest` prints: the entries, or why there are none."""
    if found:
        left = f"# no phrase would have decided {undecided} other corrected replies\n" if undecided else ""
        return render(found) + left
    if undecided:
        replies = "reply" if undecided == 1 else "replies"
        return (f"nothing to suggest: no phrase would have decided the {undecided} {replies} whose kind was "
                "corrected (a header rule decides them, or the agency uses their words for other kinds)\n")
    return "nothing to suggest: the rules read every reply whose kind was corrected in Slack as it was corrected, " \
        "or none was\n"


def render(found: list[Suggestion]) -> str:
    """The suggestions as agencies.yaml `phrases:` entries, each with the replies it would have decided."""
    lines = ["# Phrases that would have decided replies whose kind the team corrected. Review each before adding",
             "# it under the agency in agencies.yaml: it then decides every reply of that agency that contains it.",
             "agencies:"]
    by_agency: dict[str, dict[str, list[Suggestion]]] = defaultdict(lambda: defaultdict(list))
    for suggestion in found:
        by_agency[suggestion.agency][suggestion.kind].append(suggestion)
    for agency_id, kinds in by_agency.items():
        lines += [f"  - id: {agency_id}", "    phrases:"]
        for kind, suggestions in kinds.items():
            lines.append(f"      {kind}:")
            lines += [f"        - {json.dumps(s.phrase)}  # would have decided: {_named(s)}" for s in suggestions]
    return "\n".join(lines) + "\n"


def _named(suggestion: Suggestion) -> str:
    def one(item: Corrected) -> str:
        example = item.example
        subject = " ".join((example.message.subject or "(no subject)").split())[:60]
        return f"{example.when.date().isoformat()} {example.request} {subject!r} (read as {item.read_as})"

    return "; ".join(one(item) for item in suggestion.decides)
