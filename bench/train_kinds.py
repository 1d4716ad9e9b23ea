"""Learn the kind model (bot/data/kind_model.json) from every labeled set in tests/data and the letters written
for tests/test_wording.py: a logistic regression over TF-IDF word unigrams and bigrams of each reply's canonical
text, as the classifier reads it (contractions spelled out). The classifier asks it when no phrase family decides
and lets it overrule a phrase family only when it is sure (bot/classify/kinds.py).

A team adds its own labeled sets (`foiabot corrections export DIR`) with --with, and writes the model it learns to
a file of its own with --out, for the settings' `classify.kind_model`.

Also measures it the only honest way: each labeled set (those added too) scored by a model trained on the others.

Usage: .venv/bin/python bench/train_kinds.py [--with DIR ...] [--out PATH] [--measure-only]
       (needs scikit-learn: pip install -e '.[dev]')
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.classify.kinds import kind_text
from bot.classify.model import MODEL_PATH, TOKEN, prepared
from bot.model import Kind
from bot.parse import parse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
C = 10.0  # inverse regularisation: chosen by leave-one-set-out accuracy (bench/RESULTS.md)
FEATURES = 4000
CHECKS = 5  # texts stored with their probabilities, so that a test can verify the runtime scorer
KINDS = [k.value for k in Kind]


class BadSet(Exception):
    """A folder given with --with that is not a labeled set; one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def labeled_sets(added: list[Path]) -> list[tuple[str, Path]]:
    """(name, folder) of every set in tests/data, then of each added one (a folder given twice counts once)."""
    data = ROOT / "tests" / "data"
    found = [(str(labels.parent.relative_to(data)), labels.parent) for labels in sorted(data.glob("**/labels.yaml"))]
    known = {folder.resolve() for _, folder in found}
    for folder in added:
        if folder.resolve() not in known:
            known.add(folder.resolve())
            found.append((str(folder), folder))
    return found


def labels_of(folder: Path) -> list[tuple[Path, str]]:
    """(message file, kind) of each labeled reply in a set; BadSet with every problem found. A reply labeled with
    no kind (a mail set aside as not about a request can carry none) teaches nothing and is left out."""
    if not folder.is_dir():
        raise BadSet([f"{folder}: no such folder"])
    labels = folder / "labels.yaml"
    if not labels.is_file():
        raise BadSet([f"{folder}: no labels.yaml (a labeled set is messages/ and labels.yaml, as `foiabot "
                      "corrections export DIR` writes it)"])
    try:
        entries = yaml.safe_load(labels.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise BadSet([f"{labels}: cannot read: {err}"]) from None
    if not isinstance(entries, list):
        raise BadSet([f"{labels}: expected a list of labels (- file: ..., kind: ...)"])
    found, problems = [], []
    for number, entry in enumerate(entries, start=1):
        problem = _label_problem(folder, entry)
        if problem:
            problems.append(f"{labels}: label {number}: {problem}")
        elif entry["kind"] is not None:
            found.append((folder / "messages" / entry["file"], entry["kind"]))
    if problems:
        raise BadSet(problems)
    return found


def _label_problem(folder: Path, entry: Any) -> str | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str) or "kind" not in entry:
        return "expected `file:` and `kind:`"
    if not (folder / "messages" / entry["file"]).is_file():
        return f"{entry['file']}: no such file in {folder / 'messages'}"
    if entry["kind"] is not None and entry["kind"] not in KINDS:
        return f"{entry['file']}: unknown kind {entry['kind']!r} (one of {', '.join(KINDS)})"
    return None


def examples(sets: list[tuple[str, Path]]) -> list[tuple[str, str, str]]:
    """(set, text, kind) for every labeled reply."""
    found = []
    for name, folder in sets:
        for file, kind in labels_of(folder):
            found.append((name, kind_text(parse(file.read_bytes())), kind))
    import test_wording as letters

    for form, body, subject, kind in letters.PLAIN_AND_PORTAL:
        reply = letters.portal(body, subject) if form == "html" else letters.letter(body, subject)
        found.append(("letters", kind_text(reply), kind.value))
    return found


def fit(rows: list[tuple[str, str, str]]) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, preprocessor=prepared,
                                 token_pattern=TOKEN.pattern, max_features=FEATURES)
    matrix = vectorizer.fit_transform([text for _, text, _ in rows])
    model = LogisticRegression(C=C, max_iter=5000).fit(matrix, [kind for _, _, kind in rows])
    return vectorizer, model


def measure(rows: list[tuple[str, str, str]], names: list[str]) -> None:
    width = max(36, *(len(n) for n in names))
    print(f"{'set (model trained on the others)':{width}} {'replies':>8} {'kind':>6}")
    for name in names:
        vectorizer, model = fit([r for r in rows if r[0] != name])
        test = [r for r in rows if r[0] == name]
        if not test:
            print(f"{name:{width}} {0:>8} {'-':>6}")
            continue
        guessed = model.predict(vectorizer.transform([text for _, text, _ in test]))
        right = sum(g == kind for g, (_, _, kind) in zip(guessed, test, strict=True))
        print(f"{name:{width}} {len(test):>8} {right / len(test):>6.3f}")


def export(rows: list[tuple[str, str, str]], out: Path) -> None:
    vectorizer, model = fit(rows)
    classes = [str(c) for c in model.classes_]
    terms = {}
    for term, column in vectorizer.vocabulary_.items():
        terms[term] = [round(float(vectorizer.idf_[column]), 6)] + [round(float(w), 6) for w in model.coef_[:, column]]
    checks = []
    for _, text, _ in rows[:: max(1, len(rows) // CHECKS)][:CHECKS]:
        probabilities = model.predict_proba(vectorizer.transform([text]))[0]
        checks.append({"text": text, "probabilities": [round(float(p), 6) for p in probabilities]})
    document = {"classes": classes, "intercepts": [round(float(b), 6) for b in model.intercept_],
                "terms": dict(sorted(terms.items())), "checks": checks, "trained_on": len(rows)}
    out.write_text(json.dumps(document, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"wrote {out} ({len(terms)} terms, {len(rows)} replies, {out.stat().st_size // 1024} KB)")


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/train_kinds.py", description="Learn the kind model from every "
                                     "labeled set in tests/data, and those given with --with.")
    parser.add_argument("--with", dest="added", metavar="DIR", type=Path, action="append", default=[],
                        help="a labeled set to learn from too (messages/ and labels.yaml), e.g. what "
                             "`foiabot corrections export DIR` wrote; may be given more than once")
    parser.add_argument("--out", metavar="PATH", type=Path, default=MODEL_PATH,
                        help=f"where to write the model (default: {MODEL_PATH.relative_to(ROOT)})")
    parser.add_argument("--measure-only", action="store_true",
                        help="only print each set scored by a model trained on the others; write nothing")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    problems = []
    for folder in args.added:
        try:
            labels_of(folder)
        except BadSet as err:
            problems += err.problems
    if not args.measure_only and not args.out.parent.is_dir():
        problems.append(f"--out {args.out}: no such folder {args.out.parent}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("bench/train_kinds.py needs scikit-learn: .venv/bin/pip install -e '.[dev]'", file=sys.stderr)
        return 1
    sets = labeled_sets(args.added)
    rows = examples(sets)
    measure(rows, [name for name, _ in sets])
    if not args.measure_only:
        try:
            export(rows, args.out)
        except OSError as err:
            print(f"cannot write {args.out}: {err.strerror or err}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
