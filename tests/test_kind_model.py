"""The kind model (bot/classify/model.py, learned by bench/train_kinds.py): the scorer gives the probabilities the
model was trained to give, it decides letters no phrase family reads and says which words, it overrules a family
only when sure, and what headers, the team's phrases and the missing-model case decide stays as it was. Every
letter here was written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.classify import decide, model
from bot.classify.kinds import MODEL
from bot.model import Kind, Reply
from bot.parse import parse
from bot.rules import Agency


def letter(body: str, subject: str = "Records request", head: str = "") -> Reply:
    raw = ("From: Records <records@pinecrest.gov>\r\nTo: desk@ledger.example.com\r\n"
           f"Subject: {subject}\r\nDate: Tue, 10 Mar 2026 10:00:00 -0500\r\nMessage-ID: <k1@pinecrest.gov>\r\n{head}"
           "Content-Type: text/plain; charset=utf-8\r\nMIME-Version: 1.0\r\n\r\n" + body + "\r\n")
    return parse(raw.encode())


FEE = ("Good afternoon. The body camera videos total 14 hours; redaction runs $40 an hour. Let us know if you want "
       "to go ahead before we start.")
LINK = ("Dana, the 2025 inspection spreadsheet you asked for is in the shared folder link below. That wraps up your "
        "request. https://files.pinecrest.gov/s/abc")


def test_the_scorer_gives_the_probabilities_the_model_was_trained_to_give() -> None:
    document = json.loads(model.MODEL_PATH.read_text())
    assert document["checks"], "the model file carries texts to check the scorer against"
    for check in document["checks"]:
        found = model.probabilities(check["text"])
        assert found is not None
        expected = dict(zip(document["classes"], check["probabilities"], strict=True))
        assert all(abs(found[k] - expected[k]) < 1e-4 for k in expected), (check["text"][:80], found, expected)


@pytest.mark.parametrize(("body", "kind"), [(FEE, Kind.FEE_ESTIMATE), (LINK, Kind.RECORDS_FINAL)])
def test_a_letter_no_phrase_family_reads_is_decided_by_the_model_with_the_words_that_decided(body: str,
                                                                                             kind: Kind) -> None:
    decision = decide(letter(body), None)
    assert (decision.kind, decision.rule) == (kind, MODEL)
    assert decision.evidence and decision.evidence.strip("…") in " ".join(f"Records request {body}".split())


def test_what_headers_and_the_teams_phrases_decide_stands() -> None:
    away = letter(FEE, subject="Automatic reply: Records request")
    assert decide(away, None).kind == Kind.AUTO_REPLY
    bounced = letter(FEE, head="X-Failed-Recipients: records@pinecrest.gov\r\n")
    assert decide(bounced, None).kind == Kind.BOUNCE
    agency = Agency(id="pinecrest", name="Pinecrest Police", jurisdiction="US-CO", domains=["pinecrest.gov"],
                    phrases={"clarification": ["let us know if you want to go ahead"]})
    assert decide(letter(FEE), agency).rule == "agency:clarification"


def test_without_the_model_file_the_phrase_families_decide_alone(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    monkeypatch.setattr(model, "MODEL_PATH", tmp_path / "missing.json")
    assert decide(letter(FEE), None).rule == "default:other"
    (tmp_path / "broken.json").write_text("{not json")
    monkeypatch.setattr(model, "MODEL_PATH", tmp_path / "broken.json")
    assert decide(letter(LINK), None).rule == "default:other"
