"""Accuracy of the whole pipeline on the labeled development corpus (../shared/corpus/dev).

Runs `foiabot replay` (in process) over the messages with the corpus's agencies and requests, compares each
message with labels.yaml and prints match precision and recall, kind, tracking-number, due-date, appeal and
estimate accuracy, then every mistake. Usage: .venv/bin/python bench/accuracy.py [CORPUS_DIR]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from bot.replay import as_json, replay_files

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "tests" / "data" / "corpus" / "dev"


def evaluate(corpus: Path = DEFAULT_CORPUS) -> dict[str, Any]:
    labels = {e["file"]: e for e in yaml.safe_load((corpus / "labels.yaml").read_text())}
    outcomes = replay_files([corpus / "messages"], corpus / "agencies.yaml", corpus / "requests.yaml")
    rows = {Path(o["file"]).name: o for o in map(as_json, outcomes)}
    mistakes: list[str] = []
    counts: Counter[str] = Counter()
    for name, label in sorted(labels.items()):
        got = rows.get(name)
        if got is None:
            mistakes.append(f"{name}: not processed")
            continue
        _compare(name, label, got, counts, mistakes)
    signals = Counter(r["signal"] or "none" for r in rows.values())

    def ratio(hit: str, total: str) -> float:
        return counts[hit] / counts[total] if counts[total] else 1.0

    return {
        "messages": len(labels),
        "match_precision": ratio("match_right", "matched"),
        "match_recall": ratio("match_right", "labeled_request"),
        "kind_accuracy": ratio("kind_right", "kind_total"),
        "tracking_accuracy": ratio("tracking_right", "kind_total"),
        "due_accuracy": ratio("due_right", "due_total"),
        "appeal_accuracy": ratio("appeal_right", "appeal_total"),
        "estimated_accuracy": ratio("estimated_right", "estimated_total"),
        "counts": dict(counts),
        "signals": dict(signals),
        "mistakes": mistakes,
    }


def _compare(name: str, label: dict[str, Any], got: dict[str, Any], counts: Counter[str], mistakes: list[str]) -> None:
    def check(field: str, total: str, right: str, want: Any, have: Any) -> None:
        counts[total] += 1
        if want == have:
            counts[right] += 1
        else:
            mistakes.append(f"{name}: {field}: want {want!r}, got {have!r}")

    if got["request"] is not None:
        counts["matched"] += 1
        if got["request"] == label["request"]:
            counts["match_right"] += 1
        else:
            mistakes.append(f"{name}: WRONG MATCH: want {label['request']}, got {got['request']} ({got['signal']})")
    if label["request"] is not None:
        counts["labeled_request"] += 1
        if got["request"] is None:
            mistakes.append(f"{name}: unmatched, want {label['request']}")
    check("kind", "kind_total", "kind_right", label["kind"], got["kind"])
    check("tracking_number", "tracking_total", "tracking_right", label.get("tracking_number"), got["tracking_number"])
    for field, key in (("due", "due"), ("appeal_due", "appeal"), ("estimated", "estimated")):
        if field in label:
            want = label[field].isoformat() if label[field] else None
            check(field, f"{key}_total", f"{key}_right", want, got[field])


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    result = evaluate(corpus)
    print(f"corpus: {corpus} ({result['messages']} messages)")
    for key in ("match_precision", "match_recall", "kind_accuracy", "tracking_accuracy", "due_accuracy",
                "appeal_accuracy", "estimated_accuracy"):
        print(f"{key:20} {result[key]:.3f}")
    print("signals:", ", ".join(f"{k} {v}" for k, v in sorted(result["signals"].items())))
    print(f"mistakes ({len(result['mistakes'])}):")
    for line in result["mistakes"]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
