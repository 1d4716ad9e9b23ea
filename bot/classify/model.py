"""Classify stage, model: a linear model of the reply kinds, learned from every labeled set (bench/train_kinds.py
writes bot/data/kind_model.json with scikit-learn; this module only scores it, with nothing to install).

The phrase families say why a reply is what it is, and are right where they speak; agencies the rules were never
written against word things in ways no family foresaw. Measured leave-one-set-out, the model reads new agencies'
wording better than the families do, so the classifier asks it when no family decides and lets it overrule a
family only when it is sure (kinds.py). Pure: the model file is read once; without it nothing is guessed.

A team that retrained it with its own corrections (`bench/train_kinds.py --with DIR`) names its file in the settings
(`classify.kind_model`); config.py hands it to `use`, which refuses a file that is not a kind model.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from bot.model import Kind

log = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "kind_model.json"
TOKEN = re.compile(r"[a-z]+[a-z']*|0")
_DIGITS = re.compile(r"\d+")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_KINDS = frozenset(k.value for k in Kind)


def prepared(text: str) -> str:
    """What the model reads: lower case, every number as 0 (a date or a tracking number says nothing of the kind)."""
    return _DIGITS.sub("0", text.lower())


@dataclass(frozen=True)
class Guess:
    kind: str
    probability: float
    runner_up: str


@dataclass(frozen=True)
class _Model:
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    terms: dict[str, tuple[float, ...]]  # term -> (idf, weight for each class)


_team: _Model | None = None  # the settings' `classify.kind_model`, read when the settings were loaded


def use(path: Path | None) -> None:
    """Score with the model in `path` from now on, or with the packaged one (None). Raises ValueError saying why
    a file is not a kind model: a team that named its own must never get the packaged one without knowing."""
    global _team
    _team = None if path is None else read(path)


def _model() -> _Model | None:
    return _team if _team is not None else _load(MODEL_PATH)


@lru_cache(maxsize=2)
def _load(path: Path) -> _Model | None:
    try:
        return read(path)
    except ValueError as err:
        log.warning("the kind model %s could not be read (%s); kinds are read by the phrase families alone",
                    path, err)
        return None


def read(path: Path) -> _Model:
    """The model in a file bench/train_kinds.py wrote; ValueError with the reason for anything else."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: file not found") from None
    except OSError as err:
        raise ValueError(f"{path}: cannot read: {err.strerror or err}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ValueError(f"{path}: not a kind model (not JSON: {err})") from None
    problem = _shape_problem(document)
    if problem:
        raise ValueError(f"{path}: not a kind model ({problem}); bench/train_kinds.py --out writes one")
    return _Model(tuple(document["classes"]), tuple(float(b) for b in document["intercepts"]),
                  {term: tuple(float(v) for v in values) for term, values in document["terms"].items()})


def _shape_problem(document: Any) -> str | None:
    """What keeps a JSON document from being scored: every term needs its idf and one weight for each class."""
    if not isinstance(document, dict) or not {"classes", "intercepts", "terms"} <= document.keys():
        return "it needs classes, intercepts and terms"
    classes, intercepts, terms = document["classes"], document["intercepts"], document["terms"]
    if not isinstance(classes, list) or len(classes) < 2 or not all(isinstance(c, str) for c in classes):
        return "classes must be a list of reply kinds"
    unknown = sorted(set(classes) - _KINDS)
    if unknown:
        return f"unknown reply kind {unknown[0]!r}"
    if not _numbers(intercepts, len(classes)):
        return f"intercepts must be {len(classes)} numbers, one for each class"
    if not isinstance(terms, dict) or not terms:
        return "terms must map each term to its idf and weights"
    bad = next((t for t, values in terms.items() if not _numbers(values, len(classes) + 1)), None)
    if bad is not None:
        return f"term {bad!r} needs {len(classes) + 1} numbers (its idf and a weight for each class)"
    return None


def _numbers(values: Any, count: int) -> bool:
    return isinstance(values, list) and len(values) == count and all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in values)


def _features(text: str) -> Counter[str]:
    tokens = TOKEN.findall(prepared(text))
    return Counter(tokens + [f"{a} {b}" for a, b in pairwise(tokens)])


def _scores(model: _Model, text: str) -> list[float]:
    weighted: list[tuple[float, tuple[float, ...]]] = []
    for term, count in _features(text).items():
        values = model.terms.get(term)
        if values is not None:
            weighted.append(((1.0 + math.log(count)) * values[0], values[1:]))
    norm = math.sqrt(sum(w * w for w, _ in weighted)) or 1.0
    scores = list(model.intercepts)
    for weight, coefficients in weighted:
        for i, c in enumerate(coefficients):
            scores[i] += weight / norm * c
    return scores


def probabilities(text: str) -> dict[str, float] | None:
    """The model's probability of each kind for the text; None without a model."""
    model = _model()
    if model is None:
        return None
    scores = _scores(model, text)
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {kind: e / total for kind, e in zip(model.classes, exps, strict=True)}


def guess(text: str) -> Guess | None:
    """The kind the model reads in the text, how sure it is and the next kind; None without a model."""
    found = probabilities(text)
    if not found:
        return None
    ranked = sorted(found, key=found.__getitem__, reverse=True)
    return Guess(ranked[0], found[ranked[0]], ranked[1])


def evidence(text: str, kind: str) -> tuple[int, int]:
    """Where, in the text, the sentence that speaks most for the kind is (asked only when the model decides)."""
    model = _model()
    if model is None or kind not in model.classes:
        return 0, len(text)
    column = model.classes.index(kind) + 1

    def says(sentence: re.Match[str]) -> float:
        # What the sentence says for this kind more than for the others.
        total = 0.0
        for term in _features(sentence.group()):
            values = model.terms.get(term)
            if values is not None:
                total += values[column] - sum(values[1:]) / (len(values) - 1)
        return total

    best = max(_SENTENCE.finditer(text), key=says, default=None)
    return (best.start(), best.end()) if best else (0, len(text))
