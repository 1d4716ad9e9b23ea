"""Accuracy of the whole pipeline on labeled sets of agency replies (tests/data/corpus/dev by default).

Runs `foiabot replay` (in process) over the messages with the set's agencies and requests, compares each
message with labels.yaml and prints match precision and recall, kind, tracking-number, due-date, appeal and
estimate accuracy, then every mistake. `due_determination` is due-date accuracy on the requests whose law's first
clock is a determination: where it is only an acknowledgment, a label may keep the acknowledgment deadline after
the acknowledgment came, where foiabot moves to the law's next clock (config/jurisdictions.yaml). With several
sets, prints them side by side instead, with the mean over the sets (no mistakes). `--delivery NAME` measures the
same letters delivered another way (bench/delivery.py): group, forwarded, attached, unthreaded, html or pdf
(direct, the default: as they are); `--via-group` is `--delivery group`.

Usage: .venv/bin/python bench/accuracy.py [--delivery NAME] [SET_DIR ...]
       .venv/bin/python bench/accuracy.py [--delivery NAME] --all   (dev, dev2 and every held-out set in tests/data)
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from bot.config import load_agencies, load_jurisdictions
from bot.replay import as_json, replay_files

sys.path.insert(0, str(Path(__file__).resolve().parent))
from delivery import DELIVERIES, Inbox, deliver

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "tests" / "data" / "corpus" / "dev"


ALL_SETS = ("corpus/dev", "corpus/dev2", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6",
            "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12",
            "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19",
            "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26",
            "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34",
            "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41",
            "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47", "holdout48", "holdout49",
            "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55", "holdout56",
            "holdout57", "holdout58", "holdout59", "holdout60", "holdout61", "holdout62", "holdout63", "holdout64",
            "holdout65", "holdout66", "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72",
            "holdout73", "holdout74", "holdout75", "holdout76", "holdout77", "holdout78", "holdout79", "holdout80",
            "holdout81", "holdout82", "holdout83", "holdout84", "holdout85", "holdout86", "holdout87", "holdout88",
            "holdout89", "holdout90", "holdout91", "holdout92", "holdout93", "holdout94", "holdout95")
MEASURES = ("match_precision", "match_recall", "kind_accuracy", "tracking_accuracy", "due_accuracy",
            "due_determination", "appeal_accuracy", "estimated_accuracy")


def outcomes(corpus: Path, delivery: str = "direct") -> dict[str, dict[str, Any]]:
    """file name -> the replay's answer for it (as `foiabot replay --json` prints it, without the path), each
    message delivered as `delivery` (bench/delivery.py)."""
    with tempfile.TemporaryDirectory(prefix="foiabot-accuracy-") as tmp:
        folder = corpus / "messages"
        if delivery != "direct":
            folder = Path(tmp)
            inbox = Inbox.of(corpus / "requests.yaml")
            kinds = {e["file"]: e["kind"] for e in yaml.safe_load((corpus / "labels.yaml").read_text()) or []}
            for path in sorted((corpus / "messages").glob("*.eml")):
                (folder / path.name).write_bytes(deliver(delivery, path.read_bytes(), inbox, kinds.get(path.name)))
        found = replay_files([folder], corpus / "agencies.yaml", corpus / "requests.yaml", _own_jurisdictions(corpus))
        rows = {Path(o["file"]).name: o for o in map(as_json, found)}
    for row in rows.values():
        row.pop("file")
    return rows


def evaluate(corpus: Path = DEFAULT_CORPUS, delivery: str = "direct") -> dict[str, Any]:
    labels = {e["file"]: e for e in yaml.safe_load((corpus / "labels.yaml").read_text())}
    rows = outcomes(corpus, delivery)
    first_clock = _first_clocks(corpus)
    mistakes: list[str] = []
    counts: Counter[str] = Counter()
    for name, label in sorted(labels.items()):
        got = rows.get(name)
        if got is None:
            mistakes.append(f"{name}: not processed")
            continue
        _compare(name, label, got, counts, mistakes)
        # Due dates where the law's first clock is a determination. Where it is only an acknowledgment
        # (Washington, Indiana, Maine, New York, Oregon, Alabama ...), labels that keep the acknowledgment deadline
        # after the acknowledgment came and foiabot, which moves to the law's next clock, read the law differently.
        if "due" in label and label["request"] and first_clock.get(label["request"]) != "acknowledgment":
            counts["due_determination_total"] += 1
            counts["due_determination_right"] += (str(label["due"]) if label["due"] else None) == got["due"]
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
        "due_determination": ratio("due_determination_right", "due_determination_total"),
        "appeal_accuracy": ratio("appeal_right", "appeal_total"),
        "estimated_accuracy": ratio("estimated_right", "estimated_total"),
        "counts": dict(counts),
        "signals": dict(signals),
        "mistakes": mistakes,
    }


def _own_jurisdictions(corpus: Path) -> list[Path]:
    """A set may add jurisdictions of its own, as a team does in its settings (README, "The law")."""
    return [corpus / "jurisdictions.yaml"] if (corpus / "jurisdictions.yaml").exists() else []


def _first_clocks(corpus: Path) -> dict[str, str]:
    """request id -> what the law's first clock asks of the agency ('determination', 'acknowledgment', ...)."""
    jurisdictions = load_jurisdictions(_own_jurisdictions(corpus))
    agencies = load_agencies(corpus / "agencies.yaml", jurisdictions)
    requests = yaml.safe_load((corpus / "requests.yaml").read_text())["requests"]
    return {r["id"]: jurisdictions[agencies[r["agency"]].jurisdiction].response.what for r in requests
            if r["agency"] in agencies}


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
            want = str(label[field]) if label[field] else None  # a date, or a date written as a string
            check(field, f"{key}_total", f"{key}_right", want, got[field])


def side_by_side(corpora: list[Path], delivery: str) -> None:
    results = [evaluate(c, delivery) for c in corpora]
    names = [c.name if c.parent.name != "corpus" else f"corpus/{c.name}" for c in corpora]
    if delivery != "direct":
        print(f"delivery: {delivery}")
    print(f"{'':20}" + "".join(f"{n:>12}" for n in [*names, "mean"]))
    print(f"{'messages':20}" + "".join(f"{r['messages']:>12}" for r in results)
          + f"{sum(r['messages'] for r in results):>12}")
    for key in MEASURES:
        print(f"{key:20}" + "".join(f"{r[key]:>12.3f}" for r in results)
              + f"{sum(r[key] for r in results) / len(results):>12.3f}")


def main() -> int:
    args = sys.argv[1:]
    if {"-h", "--help"} & set(args):
        print(__doc__)
        return 0
    delivery, args = _delivery(args)
    if delivery not in DELIVERIES:
        print(f"--delivery takes one of {', '.join(DELIVERIES)}", file=sys.stderr)
        return 1
    missing = [a for a in args if a != "--all" and not (Path(a) / "labels.yaml").is_file()]
    if missing:
        print(f"not a labeled set (no labels.yaml): {', '.join(missing)}", file=sys.stderr)
        return 1
    if args == ["--all"]:
        side_by_side([ROOT / "tests" / "data" / s for s in ALL_SETS], delivery)
        return 0
    if len(args) > 1:
        side_by_side([Path(a) for a in args], delivery)
        return 0
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    result = evaluate(corpus, delivery)
    print(f"corpus: {corpus} ({result['messages']} messages, delivery {delivery})")
    for key in MEASURES:
        print(f"{key:20} {result[key]:.3f}")
    print("signals:", ", ".join(f"{k} {v}" for k, v in sorted(result["signals"].items())))
    print(f"mistakes ({len(result['mistakes'])}):")
    for line in result["mistakes"]:
        print("  " + line)
    return 0


def _delivery(args: list[str]) -> tuple[str, list[str]]:
    """The delivery the arguments ask for ("" when --delivery has no name after it), and the other arguments."""
    delivery, rest = "direct", []
    words = iter(args)
    for arg in words:
        if arg == "--via-group":
            delivery = "group"
        elif arg == "--delivery":
            delivery = next(words, "")
        elif arg.startswith("--delivery="):
            delivery = arg.partition("=")[2]
        else:
            rest.append(arg)
    return delivery, rest


if __name__ == "__main__":
    sys.exit(main())
