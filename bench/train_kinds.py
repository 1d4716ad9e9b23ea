"""Learn the kind model (bot/data/kind_model.json) from every labeled set in tests/data and the letters written
for tests/test_wording.py: a logistic regression over TF-IDF word unigrams and bigrams of each reply's canonical
text, as the classifier reads it (contractions spelled out). The classifier asks it when no phrase family decides
and lets it overrule a phrase family only when it is sure (bot/classify/kinds.py).

Also measures it the only honest way: each labeled set scored by a model trained on all the others.

Usage: .venv/bin/python bench/train_kinds.py [--measure-only]      (needs scikit-learn: pip install -e '.[dev]')
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.classify.kinds import kind_text
from bot.classify.model import MODEL_PATH, TOKEN, prepared
from bot.parse import parse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
C = 10.0  # inverse regularisation: chosen by leave-one-set-out accuracy (bench/RESULTS.md)
FEATURES = 4000
CHECKS = 5  # texts stored with their probabilities, so that a test can verify the runtime scorer


def examples() -> list[tuple[str, str, str]]:
    """(set, text, kind) for every labeled reply."""
    found = []
    for labels in sorted((ROOT / "tests" / "data").glob("**/labels.yaml")):
        folder = labels.parent
        name = str(folder.relative_to(ROOT / "tests" / "data"))
        for entry in yaml.safe_load(labels.read_text()):
            reply = parse((folder / "messages" / entry["file"]).read_bytes())
            found.append((name, kind_text(reply), entry["kind"]))
    import test_wording as letters

    for form, body, subject, kind in letters.PLAIN_AND_PORTAL:
        reply = letters.portal(body, subject) if form == "html" else letters.letter(body, subject)
        found.append(("letters", kind_text(reply), kind.value))
    return found


def fit(rows: list[tuple[str, str, str]]) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, preprocessor=prepared,
                                 token_pattern=TOKEN.pattern, max_features=FEATURES)
    matrix = vectorizer.fit_transform([text for _, text, _ in rows])
    model = LogisticRegression(C=C, max_iter=5000).fit(matrix, [kind for _, _, kind in rows])
    return vectorizer, model


def measure(rows: list[tuple[str, str, str]]) -> None:
    print(f"{'set (model trained on the others)':36} {'replies':>8} {'kind':>6}")
    for name in sorted({s for s, _, _ in rows} - {"letters"}):
        vectorizer, model = fit([r for r in rows if r[0] != name])
        test = [r for r in rows if r[0] == name]
        guessed = model.predict(vectorizer.transform([text for _, text, _ in test]))
        right = sum(g == kind for g, (_, _, kind) in zip(guessed, test, strict=True))
        print(f"{name:36} {len(test):>8} {right / len(test):>6.3f}")


def export(rows: list[tuple[str, str, str]]) -> None:
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
    MODEL_PATH.write_text(json.dumps(document, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"wrote {MODEL_PATH} ({len(terms)} terms, {len(rows)} replies, {MODEL_PATH.stat().st_size // 1024} KB)")


def main() -> int:
    rows = examples()
    measure(rows)
    if "--measure-only" not in sys.argv:
        export(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
