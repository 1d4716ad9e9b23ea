"""People's answers from Slack kept as labeled examples, exported as a labeled set that `foiabot replay` and
bench/accuracy.py read, and the phrases they suggest: through the Slack desk's own code path (bot/interact.py),
the register, and the `foiabot corrections` command."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
import yaml
from deskkit import DEV, two_texas_requests
from sqlalchemy import select

from bot.cli import main
from bot.interact import Action, Desk
from bot.model import Kind
from bot.pipeline import Pipeline
from bot.store import Correction, Message

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "bench" / "accuracy.py")
assert _spec is not None and _spec.loader is not None
accuracy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(accuracy)

USER = "U0ALICE001"
DPS = "From: Open Records <ogc.publicinformation@dps.texas.gov>\nTo: records@records.example.org\n"
CLERK = "From: Dana Ruiz <dana.ruiz@mail.example.net>\nTo: records@records.example.org\n"


def mail(headers: str, body: str) -> bytes:
    return (headers + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body).encode()


ACK = mail(DPS + "Subject: RE: PIA Request: DPS body camera policy\nDate: Tue, 03 Mar 2026 09:00:00 -0600\n"
           "Message-ID: <ack-101@dps.texas.gov>\nIn-Reply-To: <req-101@records.example.org>\n",
           "We received your request on March 2, 2026 and assigned it reference R004127-011426. "
           "Our office needs nothing further from you at this time.\n")
# An extension in words no rule knows: the rules read it as `other`.
STRETCH = mail(DPS + "Subject: RE: PIA Request: DPS drone flight logs, 2024\nDate: Thu, 05 Mar 2026 09:00:00 -0600\n"
               "Message-ID: <stretch-100@dps.texas.gov>\nIn-Reply-To: <req-100@records.example.org>\n",
               "Our video unit has its hands full with the footage. Expect word from us later.\n")
STRAY = mail(CLERK + "Subject: Your request\nDate: Wed, 04 Mar 2026 10:00:00 -0600\n"
             "Message-ID: <stray-1@mail.example.net>\n",
             "Before we can process your request, please clarify which aircraft and which months you mean.\n")
NEWSLETTER = mail(CLERK + "Subject: Spring newsletter\nDate: Fri, 06 Mar 2026 10:00:00 -0600\n"
                  "Message-ID: <news-1@mail.example.net>\n", "Our spring newsletter: photos from the picnic.\n")


def _sha(pipeline: Pipeline, message_id: str) -> str:
    with pipeline.store.session() as session:
        return str(session.scalar(select(Message.raw_sha256).where(Message.message_id == message_id)))


@pytest.fixture()
def desk(tmp_path: Path) -> Pipeline:
    """Two Texas requests; an acknowledgment and an extension the rules read as `other` on them, a clerk's mail
    placed on REQ-100 from triage, a newsletter marked as not about a request, and the extension's kind
    corrected: each through the Slack desk."""
    pipeline = two_texas_requests(tmp_path)
    for raw in (ACK, STRETCH, STRAY, NEWSLETTER):
        pipeline.process(raw, "INBOX")
    desk = Desk(pipeline)
    desk.apply(Action("place", _sha(pipeline, "<stray-1@mail.example.net>"), USER, "REQ-100"))
    desk.apply(Action("dismiss", _sha(pipeline, "<news-1@mail.example.net>"), USER))
    desk.apply(Action("kind", _sha(pipeline, "<stretch-100@dps.texas.gov>"), USER, kind=Kind.EXTENSION))
    return pipeline


@pytest.fixture()
def settings(tmp_path: Path, desk: Pipeline) -> Path:
    path = tmp_path / "foiabot.yaml"
    path.write_text(f"database: sqlite:///{tmp_path}/register.db\nagencies: {DEV / 'agencies.yaml'}\n"
                    "timezone: America/Chicago\n")
    return path


def _export(settings: Path, folder: Path, *more: str) -> int:
    return main(["corrections", "export", str(folder), "--config", str(settings), *more])


def _labels(folder: Path) -> dict[str, dict[str, Any]]:
    return {e["file"]: e for e in yaml.safe_load((folder / "labels.yaml").read_text())}


def test_each_answer_from_slack_is_kept_with_who_and_what_the_rules_had_said(desk: Pipeline) -> None:
    with desk.store.session() as session:
        rows = {r.action: r for r in session.scalars(select(Correction))}
    assert {"placed", "kind", "dismissed"} <= set(rows)
    placed, kind, dismissed = rows["placed"], rows["kind"], rows["dismissed"]
    assert (dismissed.request_id, dismissed.user, dismissed.was_request) == (None, USER, None)
    assert (placed.request_id, placed.user, placed.was_request, placed.was_kind) == \
        ("REQ-100", USER, None, "clarification")
    assert (kind.request_id, kind.kind, kind.user, kind.was_kind, kind.was_rule) == \
        ("REQ-100", "extension", USER, "other", "default:other")


def test_export_writes_the_answered_mail_as_a_labeled_set_in_date_order(settings: Path, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "set"
    assert _export(settings, folder) == 0
    assert "3 messages (3 answered by people), 1 requests, 1 agencies" in capsys.readouterr().out
    labels = _labels(folder)
    assert sorted(labels) == ["001-20260304.eml", "002-20260305.eml", "003-20260306.eml"]
    assert sorted(p.name for p in (folder / "messages").iterdir()) == sorted(labels)
    assert (folder / "messages" / "002-20260305.eml").read_bytes() == STRETCH
    placed, stretch, dismissed = (labels[n] for n in sorted(labels))
    assert (placed["request"], placed["kind"]) == ("REQ-100", "clarification")
    assert placed["why"].startswith(f"placed by {USER} on ")
    assert (stretch["request"], stretch["kind"]) == ("REQ-100", "extension")
    assert stretch["why"].startswith(f"kind corrected from other to extension by {USER}")
    assert dismissed["request"] is None and dismissed["why"].startswith(f"not about a request, by {USER} on ")
    requests = yaml.safe_load((folder / "requests.yaml").read_text())["requests"]
    assert [(r["id"], r["agency"], r["message_id"], r["tracking_number"]) for r in requests] == \
        [("REQ-100", "txdps", "<req-100@records.example.org>", None)]
    agencies = yaml.safe_load((folder / "agencies.yaml").read_text())["agencies"]
    assert [a["id"] for a in agencies] == ["txdps"]


def test_the_exported_set_is_scored_by_the_bench_and_gaining_the_right_phrase_scores_the_correction_right(
        settings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "set"
    assert _export(settings, folder) == 0
    before = accuracy.evaluate(folder)
    assert "002-20260305.eml: kind: want 'extension', got 'other'" in before["mistakes"]
    assert main(["corrections", "suggest", "--config", str(settings)]) == 0
    suggested = yaml.safe_load(capsys.readouterr().out)["agencies"]
    assert [a["id"] for a in suggested] == ["txdps"]
    phrases = suggested[0]["phrases"]["extension"]
    assert phrases and all(p not in ACK.decode().lower() for p in phrases)
    agencies = yaml.safe_load((folder / "agencies.yaml").read_text())
    agencies["agencies"][0]["phrases"] = {"extension": phrases}
    (folder / "agencies.yaml").write_text(yaml.safe_dump(agencies))
    after = accuracy.evaluate(folder)
    assert not [m for m in after["mistakes"] if m.startswith("002-")]
    assert after["kind_accuracy"] > before["kind_accuracy"]


def test_export_all_adds_every_matched_reply_with_the_registers_answer(settings: Path, tmp_path: Path) -> None:
    folder = tmp_path / "set"
    assert _export(settings, folder, "--all") == 0
    labels = _labels(folder)
    assert len(labels) == 4
    ack = labels["001-20260303.eml"]
    assert (ack["request"], ack["kind"], ack["tracking_number"]) == ("REQ-101", "acknowledgment", "R004127-011426")
    assert ack["why"] == "matched by thread, read by text:acknowledgment"
    result = accuracy.evaluate(folder)
    assert not [m for m in result["mistakes"] if m.startswith("001-")]


def test_export_refuses_a_folder_that_is_not_empty_unless_forced(settings: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    assert _export(settings, folder) == 1
    assert "is not empty" in capsys.readouterr().err
    assert not (folder / "labels.yaml").exists()
    assert _export(settings, folder, "--force") == 0
    assert len(_labels(folder)) == 3 and (folder / "notes.txt").read_text() == "keep me"
    (tmp_path / "afile").write_text("")
    assert _export(settings, tmp_path / "afile") == 1
    assert "is a file, not a folder" in capsys.readouterr().err


def test_export_and_suggest_without_a_database_say_so_and_create_none(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    settings = tmp_path / "foiabot.yaml"
    settings.write_text(f"database: sqlite:///nothing/here.db\nagencies: {DEV / 'agencies.yaml'}\n")
    assert _export(settings, tmp_path / "set") == 1
    assert "no database at" in capsys.readouterr().err
    assert main(["corrections", "suggest", "--config", str(settings)]) == 1
    assert not (tmp_path / "nothing").exists() and not (tmp_path / "set").exists()


def test_nothing_answered_means_nothing_to_export_or_suggest(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    pipeline = two_texas_requests(tmp_path)
    pipeline.process(ACK, "INBOX")
    settings = tmp_path / "foiabot.yaml"
    settings.write_text(f"database: sqlite:///{tmp_path}/register.db\nagencies: {DEV / 'agencies.yaml'}\n")
    assert _export(settings, tmp_path / "set") == 0
    assert "nothing to export" in capsys.readouterr().out
    assert not (tmp_path / "set").exists()
    assert main(["corrections", "suggest", "--config", str(settings)]) == 0
    assert "nothing to suggest" in capsys.readouterr().out


# Threaded to REQ-100's request email, but about REQ-101 as its clerk knows (the letter names neither request):
# the thread decides, wrongly. (A letter naming REQ-101's number or topic would go to triage instead.)
CROSSED = mail(DPS + "Subject: RE: PIA Request: DPS drone flight logs, 2024\nDate: Mon, 09 Mar 2026 09:00:00 -0600\n"
               "Message-ID: <crossed@dps.texas.gov>\nIn-Reply-To: <req-100@records.example.org>\n",
               "The policy you asked for is attached.\n")


def test_a_moved_reply_is_labeled_with_its_request_and_both_requests_are_in_the_set(
        desk: Pipeline, settings: Path, tmp_path: Path) -> None:
    assert desk.process(CROSSED, "INBOX").request == "REQ-100"
    Desk(desk).apply(Action("move", _sha(desk, "<crossed@dps.texas.gov>"), USER, "REQ-101"))
    with desk.store.session() as session:
        moved = session.scalar(select(Correction).where(Correction.action == "moved"))
        assert moved is not None
        assert (moved.request_id, moved.was_request, moved.was_signal, moved.user) == \
            ("REQ-101", "REQ-100", "thread", USER)
    folder = tmp_path / "set"
    assert _export(settings, folder) == 0
    label = _labels(folder)["004-20260309.eml"]
    assert label["request"] == "REQ-101" and label["why"].startswith(f"moved from REQ-100 by {USER} on ")
    requests = {r["id"]: r for r in yaml.safe_load((folder / "requests.yaml").read_text())["requests"]}
    # REQ-101's number was learned from the acknowledgment, which the set leaves out: the set's register has it.
    assert (requests["REQ-100"]["tracking_number"], requests["REQ-101"]["tracking_number"]) == \
        (None, "R004127-011426")


def test_an_older_register_gains_the_corrections_table_and_keeps_its_mail(desk: Pipeline, tmp_path: Path) -> None:
    from sqlalchemy import func, text

    from bot.store import SCHEMA_VERSION, open_store

    with desk.store.engine.begin() as conn:
        conn.execute(text("DROP TABLE corrections"))
        conn.execute(text("ALTER TABLE messages DROP COLUMN changed_at"))
        conn.execute(text("DELETE FROM schema_version WHERE version > 4"))
    desk.store.close()
    store = open_store(f"sqlite:///{tmp_path}/register.db")
    try:
        with store.session() as session:
            assert session.scalar(select(func.count(Message.id))) == 4
            assert session.scalar(select(func.count(Correction.id))) == 0
            assert session.scalar(select(func.count(Message.id)).where(Message.changed_at.is_(None))) == 4
            assert session.scalar(text("SELECT max(version) FROM schema_version")) == SCHEMA_VERSION
    finally:
        store.close()


def test_mail_of_an_agency_no_longer_configured_is_left_out_with_the_reason(
        settings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    agencies = yaml.safe_load((DEV / "agencies.yaml").read_text())
    agencies["agencies"] = [a for a in agencies["agencies"] if a["id"] != "txdps"]
    (tmp_path / "agencies.yaml").write_text(yaml.safe_dump(agencies))
    settings.write_text(settings.read_text().replace(str(DEV / "agencies.yaml"), str(tmp_path / "agencies.yaml")))
    folder = tmp_path / "set"
    assert _export(settings, folder) == 0
    ran = capsys.readouterr()
    assert ran.err.count("the agency txdps of REQ-100 is not in the agencies file any more") == 2
    assert "1 messages" in ran.out
    assert [e["request"] for e in _labels(folder).values()] == [None]
    assert yaml.safe_load((folder / "requests.yaml").read_text()) == {"requests": []}
