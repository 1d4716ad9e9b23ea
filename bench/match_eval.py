"""Replay a labeled corpus through parse -> match and measure the matcher.

Messages are processed in file-name order and the index learns as the worker will: a matched reply's
Message-ID joins its request's thread, and a tracking number the reply states (found with the agency's
tracking pattern) becomes the request's number. Learning uses only the matcher's own decisions, never the
labels.

    .venv/bin/python bench/match_eval.py [CORPUS_DIR]     (default: tests/data/corpus/dev)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.match import MatchIndex, normalize_number
from bot.match.similarity import DASHES
from bot.model import Match, OpenRequest, Reply
from bot.parse import parse as parse_message
from bot.rules import Agency

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus" / "dev"
Parse = Callable[[bytes], Reply]


@dataclass(frozen=True)
class Row:
    file: str
    expected: str | None
    match: Match

    @property
    def correct(self) -> bool:
        return self.match.request_id == self.expected


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)

    @property
    def made(self) -> list[Row]:
        return [r for r in self.rows if r.match.request_id is not None]

    @property
    def precision(self) -> float:
        made = self.made
        return sum(r.correct for r in made) / len(made) if made else 1.0

    @property
    def recall(self) -> float:
        wanted = [r for r in self.rows if r.expected is not None]
        return sum(r.correct for r in wanted) / len(wanted) if wanted else 1.0

    @property
    def mistakes(self) -> list[Row]:
        return [r for r in self.rows if not r.correct]

    def signal_counts(self) -> Counter[str]:
        return Counter(r.match.signal or "unmatched" for r in self.rows)


def load_agencies(corpus: Path) -> list[Agency]:
    data = yaml.safe_load((corpus / "agencies.yaml").read_text(encoding="utf-8"))
    return [Agency(**entry) for entry in data["agencies"]]


def load_requests(corpus: Path) -> list[OpenRequest]:
    data = yaml.safe_load((corpus / "requests.yaml").read_text(encoding="utf-8"))
    return [_open_request(entry) for entry in data["requests"]]


def _open_request(entry: dict[str, Any]) -> OpenRequest:
    number = entry.get("tracking_number")
    return OpenRequest(
        id=entry["id"],
        agency_id=entry["agency"],
        subject=entry["subject"],
        description=entry.get("description") or "",
        reply_address=entry.get("reply_address"),
        message_ids=frozenset([entry["message_id"]]) if entry.get("message_id") else frozenset(),
        tracking_numbers=frozenset([number]) if number else frozenset(),
    )


def load_labels(corpus: Path) -> dict[str, str | None]:
    return {e["file"]: e.get("request") for e in yaml.safe_load((corpus / "labels.yaml").read_text("utf-8"))}


def stated_numbers(reply: Reply, agency: Agency | None) -> set[str]:
    """Numbers in the agency's format in what the sender wrote or attached (not the quoted history).

    A deliberately simple stand-in for the classifier's tracking-number extraction."""
    if agency is None or not agency.tracking_pattern:
        return set()
    texts = [reply.subject, reply.new_text, *(a.filename or "" for a in reply.attachments)]
    texts += [a.text for a in reply.attachments]
    found = set()
    for text in texts:
        found |= {normalize_number(m) for m in re.findall(agency.tracking_pattern, text.translate(DASHES).upper())}
    return found


def learn(index: MatchIndex, reply: Reply, match: Match, agencies: dict[str, Agency]) -> None:
    """Feed the decision back: the reply's id joins the thread; one new number becomes the request's."""
    if match.request_id is None:
        return
    if reply.message_id:
        index.add_message_id(match.request_id, reply.message_id)
    agency_id = match.agency_id or ""
    new = {n for n in stated_numbers(reply, agencies.get(agency_id)) if not index.requests_with_number(n)}
    if len(new) == 1:
        index.add_tracking_number(match.request_id, new.pop())


def replay(corpus: Path = DEFAULT_CORPUS, parse: Parse = parse_message) -> Report:
    agencies = load_agencies(corpus)
    by_id = {a.id: a for a in agencies}
    index = MatchIndex(load_requests(corpus), agencies)
    labels = load_labels(corpus)
    report = Report()
    for path in sorted((corpus / "messages").glob("*.eml")):
        reply = parse(path.read_bytes())
        result = index.match(reply)
        learn(index, reply, result, by_id)
        report.rows.append(Row(path.name, labels.get(path.name), result))
    return report


def render(report: Report) -> str:
    lines = [
        f"{r.file:42} {r.match.signal or '-':16} {r.match.request_id or '-':8} "
        f"{'ok' if r.correct else 'WRONG (want ' + str(r.expected) + ')'}"
        for r in report.rows
    ]
    lines.append("")
    made = report.made
    wanted = [r for r in report.rows if r.expected is not None]
    lines.append(f"precision {report.precision:.3f} ({sum(r.correct for r in made)}/{len(made)})")
    lines.append(f"recall    {report.recall:.3f} ({sum(r.correct for r in wanted)}/{len(wanted)})")
    lines.append("signals   " + ", ".join(f"{k}={v}" for k, v in sorted(report.signal_counts().items())))
    for r in report.mistakes:
        lines.append(f"MISTAKE {r.file}: got {r.match.request_id}, want {r.expected}; {r.match.reason}")
        lines += [f"    guess {c.request_id} {c.score}: {'; '.join(c.reasons)}" for c in r.match.candidates]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    print(render(replay(corpus)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
