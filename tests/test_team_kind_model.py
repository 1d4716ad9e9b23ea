"""A team's own kind model: bench/train_kinds.py learns it with the team's corrections added (--with, the format of
`foiabot corrections export`), the settings' `classify.kind_model` makes the classifier score with it, and a bad
set or a bad model file is a clear message, never a traceback. Every letter here was written for this test."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bot.classify import decide, model
from bot.classify.kinds import MODEL
from bot.cli import main
from bot.model import Kind
from bot.parse import parse

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT / "bench" / "train_kinds.py"
needs_sklearn = pytest.mark.skipif(importlib.util.find_spec("sklearn") is None,
                                   reason="scikit-learn is not installed (pip install -e '.[dev]')")

# One agency's way of asking whether other records would do: the packaged model reads it as nothing in
# particular (other), and the team corrected each one to a clarification.
ASKS = [("Dana", "the council clerk", "minutes", "meetings", "audio"),
        ("Lee", "the planning office", "inspection notes", "site visits", "photographs"),
        ("Sam", "our records clerk", "call logs", "dispatch shifts", "radio recordings"),
        ("Ana", "the zoning board", "hearing transcripts", "hearings", "video recordings"),
        ("Bo", "the library director", "board minutes", "sessions", "audio files")]
NEW_ASK = ("Kim", "the fire marshal", "plan reviews", "inspections", "field notes")

AGENCIES = """\
agencies:
  - id: pinecrest
    name: Pinecrest Records
    jurisdiction: US-CO
    domains: [pinecrest.gov]
"""


def raw(number: int, name: str, who: str, what: str, when: str, instead: str) -> bytes:
    body = (f"Hi {name}, {who} asked me to tell you that the {what} you want were never typed up for those {when}, "
            f"only the {instead}. Would the {instead} work for you instead?")
    return ("From: Records <records@pinecrest.gov>\r\nTo: desk@ledger.example.com\r\nSubject: Your records request\r\n"
            f"Date: Tue, {number + 2} Mar 2026 10:00:00 -0500\r\nMessage-ID: <ask{number}@pinecrest.gov>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\nMIME-Version: 1.0\r\n\r\n{body}\r\n").encode()


def write_set(folder: Path) -> Path:
    """A labeled set as `foiabot corrections export` writes it: the mail, the labels, the agencies."""
    (folder / "messages").mkdir(parents=True)
    labels = []
    for number, ask in enumerate(ASKS, start=1):
        name = f"{number:03d}-202603{number + 2:02d}.eml"
        (folder / "messages" / name).write_bytes(raw(number, *ask))
        labels.append({"file": name, "request": None, "kind": "clarification", "tracking_number": None,
                       "why": "kind corrected from other to clarification by U0123ABCD on 2026-03-10"})
    (folder / "labels.yaml").write_text(yaml.safe_dump(labels, sort_keys=False))
    (folder / "agencies.yaml").write_text(AGENCIES)
    return folder


def train(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TRAIN), *argv], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=900)


@pytest.fixture(scope="module")
def corrections(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_set(tmp_path_factory.mktemp("teach") / "corrections")


@pytest.fixture(scope="module")
def trained(corrections: Path) -> tuple[Path, str]:
    """The model learned with the corrections added, and what the trainer printed."""
    if importlib.util.find_spec("sklearn") is None:
        pytest.skip("scikit-learn is not installed (pip install -e '.[dev]')")
    out = corrections.parent / "team-model.json"
    result = train("--with", str(corrections), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out, result.stdout


@pytest.fixture
def packaged_model_after() -> Iterator[None]:
    """What a test makes the classifier score with is undone after it, for the tests that follow."""
    yield
    model.use(None)


def new_ask() -> bytes:
    return raw(9, *NEW_ASK)


# ---------------------------------------------------------------------------------------------- training


@needs_sklearn
def test_training_with_the_corrections_reads_a_reply_like_them_as_the_corrected_kind(
        trained: tuple[Path, str], packaged_model_after: None) -> None:
    before = decide(parse(new_ask()), None)
    assert before.kind == Kind.OTHER
    model.use(trained[0])
    after = decide(parse(new_ask()), None)
    assert (after.kind, after.rule) == (Kind.CLARIFICATION, MODEL)
    assert "never typed up for those inspections" in (after.evidence or "")


@needs_sklearn
def test_the_trainer_measures_the_added_set_and_writes_only_where_told(corrections: Path,
                                                                        trained: tuple[Path, str]) -> None:
    out, printed = trained
    [line] = [line for line in printed.splitlines() if line.startswith(str(corrections))]
    assert line.split()[1] == "5"  # its replies, scored by a model trained without them
    assert f"wrote {out}" in printed
    assert set(json.loads(out.read_text())["classes"]) == {k.value for k in Kind}


@needs_sklearn
def test_measure_only_scores_the_added_set_by_a_model_that_never_saw_it_and_writes_nothing(
        corrections: Path, tmp_path: Path) -> None:
    result = train("--measure-only", "--with", str(corrections), "--out", str(tmp_path / "model.json"))
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith(str(corrections))]
    replies, accuracy = line.split()[1:]
    # The packaged model's own training data reads these as other: the corrections are what it lacked.
    assert (replies, accuracy) == ("5", "0.000")
    assert "corpus/dev " in result.stdout
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------------------- the setting


def settings(folder: Path, kind_model: str | None) -> Path:
    (folder / "agencies.yaml").write_text(AGENCIES)
    text = "agencies: agencies.yaml\n" + (f"classify:\n  kind_model: {kind_model}\n" if kind_model else "")
    (folder / "foiabot.yaml").write_text(text)
    return folder / "foiabot.yaml"


def replay_kinds(config: Path, mail: Path) -> list[str]:
    result = subprocess.run([sys.executable, "-m", "bot", "replay", "--json", "--config", str(config), str(mail)],
                            capture_output=True, text=True, timeout=120, cwd=config.parent)
    assert result.returncode == 0, result.stderr
    return [json.loads(line)["kind"] for line in result.stdout.splitlines()]


@needs_sklearn
def test_replay_with_the_setting_reads_the_reply_with_the_teams_model(trained: tuple[Path, str],
                                                                       tmp_path: Path) -> None:
    mail = tmp_path / "new.eml"
    mail.write_bytes(new_ask())
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "kind_model.json").write_bytes(trained[0].read_bytes())
    # The path is relative to the settings file, as every path in it is.
    assert replay_kinds(settings(tmp_path / "team", "kind_model.json"), mail) == ["clarification"]
    (tmp_path / "packaged").mkdir()
    assert replay_kinds(settings(tmp_path / "packaged", None), mail) == ["other"]


@needs_sklearn
def test_check_config_names_the_teams_model(trained: tuple[Path, str], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str], packaged_model_after: None) -> None:
    assert main(["check-config", "--config", str(settings(tmp_path, str(trained[0])))]) == 0
    assert f"kind model: {trained[0]})" in capsys.readouterr().out


NOT_MODELS = [
    (None, "file not found"),
    ("{not json", "not a kind model (not JSON: "),
    ('["a", "list"]', "not a kind model (it needs classes, intercepts and terms)"),
    ('{"classes": ["other", "refund"], "intercepts": [0, 0], "terms": {"a": [1, 0, 0]}}',
     "not a kind model (unknown reply kind 'refund')"),
    ('{"classes": ["other", "denial"], "intercepts": [0, 0], "terms": {"a": [1, 0]}}',
     "not a kind model (term 'a' needs 3 numbers (its idf and a weight for each class))"),
]


@pytest.mark.parametrize(("text", "problem"), NOT_MODELS)
def test_a_kind_model_setting_that_is_no_model_stops_the_start_naming_the_key(
        text: str | None, problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        packaged_model_after: None) -> None:
    if text is not None:
        (tmp_path / "mine.json").write_text(text)
    config = settings(tmp_path, "mine.json")
    assert main(["check-config", "--config", str(config)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    assert err.startswith(f"{config}:3: classify.kind_model: {tmp_path / 'mine.json'}: {problem}"), err
    assert decide(parse(new_ask()), None).kind == Kind.OTHER  # still the packaged model


def test_the_example_settings_document_the_kind_model_key() -> None:
    example = yaml.safe_load((ROOT / "config" / "foiabot.example.yaml").read_text())
    assert example["classify"] == {"kind_model": None}


# ------------------------------------------------------------------------------------------ bad sets


def _missing_file(folder: Path) -> None:
    (folder / "messages" / "002-20260304.eml").unlink()


def _unknown_kind(folder: Path) -> None:
    labels = yaml.safe_load((folder / "labels.yaml").read_text())
    labels[3]["kind"] = "refusal"
    (folder / "labels.yaml").write_text(yaml.safe_dump(labels))


BAD_SETS = [
    ("missing", lambda folder: None, "{folder}: no such folder"),
    ("no labels", lambda folder: (folder / "labels.yaml").unlink(), "{folder}: no labels.yaml"),
    ("missing file", _missing_file,
     "{folder}/labels.yaml: label 2: 002-20260304.eml: no such file in {folder}/messages"),
    ("unknown kind", _unknown_kind, "{folder}/labels.yaml: label 4: 004-20260306.eml: unknown kind 'refusal' (one of "),
]


@pytest.mark.parametrize(("case", "spoil", "message"), BAD_SETS, ids=[case for case, _, _ in BAD_SETS])
def test_a_folder_that_is_no_labeled_set_is_refused_with_the_reason(case: str, spoil: object, message: str,
                                                                    tmp_path: Path) -> None:
    folder = tmp_path / "set"
    if case != "missing":
        write_set(folder)
    spoil(folder)  # type: ignore[operator]
    out = tmp_path / "model.json"
    result = train("--with", str(folder), "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith(message.format(folder=folder)), result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_without_scikit_learn_the_trainer_says_what_to_install(corrections: Path, tmp_path: Path) -> None:
    # An installed scikit-learn is hidden by one that cannot be imported, as on a machine without it.
    (tmp_path / "sklearn").mkdir()
    (tmp_path / "sklearn" / "__init__.py").write_text("raise ImportError('No module named sklearn')\n")
    result = train("--with", str(corrections), "--out", str(tmp_path / "model.json"), env={"PYTHONPATH": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr == "bench/train_kinds.py needs scikit-learn: .venv/bin/pip install -e '.[dev]'\n"
    assert not (tmp_path / "model.json").exists()
