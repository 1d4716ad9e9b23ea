"""The whole pipeline over the held-out sets in tests/data/: replies from agencies, portals and people that the
matching and classification rules were not written against, scored by bench/accuracy.py as the dev corpus is,
and the same sets delivered through a Google Group used as a shared inbox (bench/delivery.py), which must
score exactly as delivered directly.

A wrong match (a reply filed under the wrong request) is the one error that must never happen, so precision is
asserted exactly. Recall, kind and tracking-number accuracy are held above floors just below what was measured,
so that a change that makes them worse fails loudly (run with -s to see the figures and every mistake).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "bench" / "accuracy.py")
assert _spec is not None and _spec.loader is not None
accuracy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(accuracy)

# Floors. holdout: 0.76 kind accuracy (38/50) when first measured, 0.98 after the classifier was widened with
# that set in view. holdout2: measured once, before any change: recall 1.000, kind 0.889 (32/36), tracking 1.000.
# holdout3 to holdout41: written apart from the code, measured before any change made while reading them (see
# bench/RESULTS.md for the figures before and after).
SETS = {
    "holdout": {"recall": 0.85, "kind_accuracy": 0.95, "tracking_accuracy": 0.85, "size": (40, 50)},
    "holdout2": {"recall": 0.99, "kind_accuracy": 0.88, "tracking_accuracy": 0.99, "size": (30, 36)},
    "holdout3": {"recall": 0.92, "kind_accuracy": 0.97, "tracking_accuracy": 0.99, "size": (45, 60)},
    "holdout4": {"recall": 0.93, "kind_accuracy": 0.88, "tracking_accuracy": 0.99, "size": (45, 60)},
    "holdout5": {"recall": 0.96, "kind_accuracy": 0.98, "tracking_accuracy": 0.97, "size": (55, 65)},
    "holdout6": {"recall": 0.96, "kind_accuracy": 0.98, "tracking_accuracy": 0.99, "size": (55, 65)},
    "holdout7": {"recall": 0.98, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout8": {"recall": 0.96, "kind_accuracy": 0.98, "tracking_accuracy": 0.97, "size": (55, 65)},
    "holdout9": {"recall": 0.98, "kind_accuracy": 0.90, "tracking_accuracy": 0.97, "size": (55, 65)},
    "holdout10": {"recall": 0.95, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout11": {"recall": 0.95, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout12": {"recall": 0.95, "kind_accuracy": 0.95, "tracking_accuracy": 0.97, "size": (55, 65)},
    "holdout13": {"recall": 0.90, "kind_accuracy": 0.90, "tracking_accuracy": 0.94, "size": (55, 65)},
    "holdout14": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout15": {"recall": 0.95, "kind_accuracy": 0.98, "tracking_accuracy": 0.99, "size": (55, 65)},
    "holdout16": {"recall": 0.99, "kind_accuracy": 0.98, "tracking_accuracy": 0.99, "size": (55, 65)},
    "holdout17": {"recall": 0.93, "kind_accuracy": 0.98, "tracking_accuracy": 0.97, "size": (55, 65)},
    "holdout18": {"recall": 0.95, "kind_accuracy": 0.98, "tracking_accuracy": 0.99, "size": (55, 65)},
    "holdout19": {"recall": 0.95, "kind_accuracy": 0.96, "tracking_accuracy": 0.99, "size": (55, 65)},
    "holdout20": {"recall": 0.93, "kind_accuracy": 0.98, "tracking_accuracy": 0.99, "size": (55, 65)},
    "holdout21": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.99, "size": (55, 65)},
    "holdout22": {"recall": 0.95, "kind_accuracy": 0.98, "tracking_accuracy": 0.97, "size": (55, 65)},
    "holdout23": {"recall": 0.91, "kind_accuracy": 0.93, "tracking_accuracy": 0.97, "size": (55, 65)},
    "holdout24": {"recall": 0.93, "kind_accuracy": 0.96, "tracking_accuracy": 0.99, "size": (55, 65)},
    "holdout25": {"recall": 0.95, "kind_accuracy": 0.93, "tracking_accuracy": 0.99, "size": (55, 65)},
    "holdout26": {"recall": 0.93, "kind_accuracy": 0.96, "tracking_accuracy": 0.99, "size": (55, 65)},
    "holdout27": {"recall": 0.98, "kind_accuracy": 0.96, "tracking_accuracy": 0.97, "size": (55, 65)},
    "holdout28": {"recall": 0.98, "kind_accuracy": 0.96, "tracking_accuracy": 0.97, "size": (55, 65)},
    "holdout29": {"recall": 0.96, "kind_accuracy": 0.94, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout30": {"recall": 0.98, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout31": {"recall": 0.96, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout32": {"recall": 0.96, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout33": {"recall": 0.96, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout34": {"recall": 0.94, "kind_accuracy": 0.96, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout35": {"recall": 0.94, "kind_accuracy": 0.98, "tracking_accuracy": 0.94, "size": (55, 65)},
    "holdout36": {"recall": 0.96, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout37": {"recall": 0.94, "kind_accuracy": 0.95, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout38": {"recall": 0.92, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout39": {"recall": 0.96, "kind_accuracy": 0.98, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout40": {"recall": 0.94, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout41": {"recall": 0.96, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout42": {"recall": 0.93, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout43": {"recall": 0.96, "kind_accuracy": 0.93, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout44": {"recall": 0.94, "kind_accuracy": 0.96, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout45": {"recall": 0.91, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout46": {"recall": 0.94, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout47": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.95, "size": (55, 65)},
    "holdout48": {"recall": 0.93, "kind_accuracy": 0.93, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout49": {"recall": 0.96, "kind_accuracy": 0.93, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout50": {"recall": 0.94, "kind_accuracy": 0.93, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout51": {"recall": 0.96, "kind_accuracy": 0.93, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout52": {"recall": 0.93, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout53": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout54": {"recall": 0.96, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout55": {"recall": 0.93, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout56": {"recall": 0.94, "kind_accuracy": 0.93, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout57": {"recall": 0.94, "kind_accuracy": 0.91, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout58": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout59": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout60": {"recall": 0.94, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout61": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout62": {"recall": 0.98, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout63": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout64": {"recall": 0.94, "kind_accuracy": 0.95, "tracking_accuracy": 0.94, "size": (55, 65)},
    "holdout65": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout66": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout67": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout68": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout69": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout70": {"recall": 0.94, "kind_accuracy": 0.93, "tracking_accuracy": 0.94, "size": (55, 65)},
    "holdout71": {"recall": 0.91, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout72": {"recall": 0.96, "kind_accuracy": 0.95, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout73": {"recall": 0.98, "kind_accuracy": 0.98, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout74": {"recall": 0.98, "kind_accuracy": 0.95, "tracking_accuracy": 0.94, "size": (55, 65)},
    "holdout75": {"recall": 0.94, "kind_accuracy": 0.96, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout76": {"recall": 0.91, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout77": {"recall": 0.96, "kind_accuracy": 0.98, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout78": {"recall": 0.96, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout79": {"recall": 0.98, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout80": {"recall": 0.98, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout81": {"recall": 0.98, "kind_accuracy": 0.98, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout82": {"recall": 0.98, "kind_accuracy": 0.98, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout83": {"recall": 0.96, "kind_accuracy": 0.98, "tracking_accuracy": 0.96, "size": (55, 65)},
    "holdout84": {"recall": 0.94, "kind_accuracy": 0.98, "tracking_accuracy": 0.88, "size": (55, 65)},
    "holdout85": {"recall": 0.94, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout86": {"recall": 0.96, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout87": {"recall": 0.94, "kind_accuracy": 0.98, "tracking_accuracy": 0.91, "size": (55, 65)},
    "holdout88": {"recall": 0.94, "kind_accuracy": 0.98, "tracking_accuracy": 0.94, "size": (55, 65)},
    "holdout89": {"recall": 0.94, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout90": {"recall": 0.94, "kind_accuracy": 0.98, "tracking_accuracy": 0.94, "size": (55, 65)},
    "holdout91": {"recall": 0.96, "kind_accuracy": 0.96, "tracking_accuracy": 0.94, "size": (55, 65)},
    "holdout92": {"recall": 0.98, "kind_accuracy": 0.98, "tracking_accuracy": 0.94, "size": (55, 65)},
    "holdout93": {"recall": 0.93, "kind_accuracy": 0.96, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout94": {"recall": 0.98, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (55, 65)},
    "holdout95": {"recall": 0.96, "kind_accuracy": 0.96, "tracking_accuracy": 0.96, "size": (55, 65)},
    "corpus/dev2": {"recall": 0.98, "kind_accuracy": 0.98, "tracking_accuracy": 0.98, "size": (80, 80)},
}


@pytest.fixture(scope="module", params=list(SETS))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    result = accuracy.evaluate(ROOT / "tests" / "data" / request.param)
    print(f"\n{request.param}: " + ", ".join(f"{k} {result[k]:.3f}" for k in ("match_precision", "match_recall",
                                                                            "kind_accuracy", "tracking_accuracy")))
    print("\n".join("  " + m for m in result["mistakes"]))
    return request.param, result


@pytest.mark.parametrize("name", list(SETS))
def test_the_set_is_complete_and_labeled(name: str) -> None:
    corpus = ROOT / "tests" / "data" / name
    labels = yaml.safe_load((corpus / "labels.yaml").read_text())
    files = sorted(p.name for p in (corpus / "messages").glob("*.eml"))
    assert [entry["file"] for entry in labels] == files
    low, high = SETS[name]["size"]
    assert low <= len(files) <= high
    assert all({"file", "request", "kind", "tracking_number"} <= set(entry) for entry in labels)


def test_no_reply_is_filed_under_the_wrong_request(scored: tuple[str, dict[str, Any]]) -> None:
    _, result = scored
    assert result["match_precision"] == 1.0, [m for m in result["mistakes"] if "WRONG MATCH" in m]


def test_recall_kind_and_tracking_accuracy_stay_above_their_floors(scored: tuple[str, dict[str, Any]]) -> None:
    name, result = scored
    for measure in ("match_recall", "kind_accuracy", "tracking_accuracy"):
        floor = SETS[name][measure.removeprefix("match_")]
        assert result[measure] >= floor, (measure, result["mistakes"])


@pytest.mark.parametrize("name", [*SETS, "corpus/dev"])
def test_a_set_delivered_through_a_google_group_reads_exactly_as_delivered_directly(name: str) -> None:
    corpus = ROOT / "tests" / "data" / name
    direct = accuracy.outcomes(corpus)
    through_group = accuracy.outcomes(corpus, delivery="group")
    assert through_group == direct
