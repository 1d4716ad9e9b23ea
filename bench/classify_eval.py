"""Measure bot.classify on a labeled corpus: kind and tracking-number accuracy, received/estimated dates.

    .venv/bin/python bench/classify_eval.py [CORPUS_DIR]     (default: tests/data/corpus/dev)

The corpus folder holds agencies.yaml, requests.yaml, messages/*.eml, labels.yaml and facts.yaml. Each message
is classified with the agency of its labeled request; for messages that belong to no request, the agency that
owns the sender's address, else none.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from bot.classify import classify  # noqa: E402
from bot.model import Classification, Reply  # noqa: E402
from bot.parse import parse  # noqa: E402
from bot.rules import Agency  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "data" / "corpus" / "dev"


@dataclass
class Score:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.rate:.3f} ({self.right}/{self.total})"


@dataclass
class Report:
    kind: Score = field(default_factory=Score)
    tracking: Score = field(default_factory=Score)
    received_stated: Score = field(default_factory=Score)  # facts.yaml clock received:<date>
    received_on_sent: Score = field(default_factory=Score)  # clock received_on_sent_date: None or = sent
    estimated: Score = field(default_factory=Score)
    mistakes: list[str] = field(default_factory=list)


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _agency_for(label: dict[str, Any], reply: Reply, requests: dict[str, Any], agencies: dict[str, Agency]):
    if label.get("request"):
        return agencies.get(requests[label["request"]]["agency"])
    return next((a for a in agencies.values() if a.owns_address(reply.from_addr)), None)


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _score_dates(report: Report, name: str, fact: dict[str, Any], sent: dt.date | None, got: Classification):
    clock = str(fact.get("clock") or "")
    if clock.startswith("received:"):
        want = _as_date(clock.split(":", 1)[1])
        report.received_stated.add(got.facts.received == want)
        if got.facts.received != want:
            report.mistakes.append(f"{name}: received {got.facts.received} != {want}")
    elif clock == "received_on_sent_date":
        ok = got.facts.received in (None, sent)
        report.received_on_sent.add(ok)
        if not ok:
            report.mistakes.append(f"{name}: received {got.facts.received} but the clock runs from {sent}")
    if "estimated" in fact or got.facts.estimated is not None:
        want = _as_date(fact.get("estimated"))
        report.estimated.add(got.facts.estimated == want)
        if got.facts.estimated != want:
            report.mistakes.append(f"{name}: estimated {got.facts.estimated} != {want}")


def evaluate(corpus: Path = DEFAULT_CORPUS) -> Report:
    agencies = {a["id"]: Agency.model_validate(a) for a in _load(corpus / "agencies.yaml")["agencies"]}
    requests = {r["id"]: r for r in _load(corpus / "requests.yaml")["requests"]}
    facts = {f["file"]: f for f in _load(corpus / "facts.yaml")}
    report = Report()
    for label in _load(corpus / "labels.yaml"):
        name = label["file"]
        reply = parse((corpus / "messages" / name).read_bytes())
        got = classify(reply, _agency_for(label, reply, requests, agencies))
        report.kind.add(got.kind == label["kind"])
        if got.kind != label["kind"]:
            report.mistakes.append(f"{name}: kind {got.kind} ({got.rule}) != {label['kind']}")
        report.tracking.add(got.facts.tracking_number == label["tracking_number"])
        if got.facts.tracking_number != label["tracking_number"]:
            report.mistakes.append(f"{name}: tracking {got.facts.tracking_number} != {label['tracking_number']}")
        sent = _as_date(requests[label["request"]]["sent"]) if label.get("request") else None
        _score_dates(report, name, facts.get(name, {}), sent, got)
    return report


def main(argv: list[str]) -> int:
    report = evaluate(Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS)
    print(f"kind accuracy:              {report.kind}")
    print(f"tracking-number accuracy:   {report.tracking}")
    print(f"received (stated date):     {report.received_stated}")
    print(f"received (= sent date):     {report.received_on_sent}")
    print(f"estimated completion date:  {report.estimated}")
    print("mistakes:" if report.mistakes else "mistakes: none")
    for line in report.mistakes:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
