"""`foiabot corrections suggest`: the phrases that would have decided the replies whose kind people corrected,
found in what the agency said and checked with the classifier, through the Slack desk and the command."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from deskkit import DEV, two_texas_requests
from sqlalchemy import select

from bot.cli import main
from bot.interact import Action, Desk
from bot.model import Kind
from bot.pipeline import Pipeline
from bot.store import Message

USER = "U0BOB00001"
DPS = "From: Open Records <ogc.publicinformation@dps.texas.gov>\nTo: records@records.example.org\n"


def reply(request: str, day: int, subject: str, body: str, name: str) -> bytes:
    return (f"{DPS}Subject: {subject}\nDate: {day:02d} Mar 2026 09:00:00 -0600\nMessage-ID: <{name}@dps.texas.gov>\n"
            f"In-Reply-To: <{request.lower()}@records.example.org>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def desk_with(tmp_path: Path, mails: list[bytes], kinds: dict[str, Kind]) -> Path:
    """The replies handled, the kinds of those named corrected by a person; the settings file of that desk."""
    pipeline: Pipeline = two_texas_requests(tmp_path)
    for raw in mails:
        pipeline.process(raw, "INBOX")
    for name, kind in kinds.items():
        with pipeline.store.session() as session:
            sha = session.scalar(select(Message.raw_sha256).where(Message.message_id == f"<{name}@dps.texas.gov>"))
        Desk(pipeline).apply(Action("kind", str(sha), USER, kind=kind))
    pipeline.store.close()
    settings = tmp_path / "foiabot.yaml"
    settings.write_text(f"database: sqlite:///{tmp_path}/register.db\nagencies: {DEV / 'agencies.yaml'}\n")
    return settings


def suggested(settings: Path, capsys: pytest.CaptureFixture[str]) -> tuple[dict[str, list[str]], str]:
    assert main(["corrections", "suggest", "--config", str(settings)]) == 0
    out = capsys.readouterr().out
    if out.startswith("nothing to suggest"):
        return {}, out
    return {a["id"]: a["phrases"] for a in yaml.safe_load(out)["agencies"]}, out


STRETCH_1 = reply("REQ-100", 4, "RE: PIA Request: DPS drone flight logs, 2024",
                  "The unit needs a further stretch to pull the flight logs together.", "s1")
STRETCH_2 = reply("REQ-101", 5, "RE: PIA Request: DPS body camera policy",
                  "Legal needs a further stretch to finish reviewing the policy drafts.", "s2")


def test_a_phrase_in_several_corrected_replies_is_suggested_once_naming_them_all(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = desk_with(tmp_path, [STRETCH_1, STRETCH_2], {"s1": Kind.EXTENSION, "s2": Kind.EXTENSION})
    phrases, out = suggested(settings, capsys)
    [phrase] = phrases["txdps"]["extension"]
    assert "further stretch" in phrase
    line = next(line for line in out.splitlines() if phrase in line)
    assert "2026-03-04 REQ-100" in line and "2026-03-05 REQ-101" in line and "(read as other)" in line


def test_a_phrase_the_agency_uses_in_replies_of_another_kind_is_never_suggested(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ack = reply("REQ-101", 3, "RE: PIA Request: DPS body camera policy",
                "We received your request on March 2, 2026; assigned R004127-011426. No further stretch of time "
                "is expected.", "ack")
    settings = desk_with(tmp_path, [ack, STRETCH_1], {"s1": Kind.EXTENSION})
    phrases, _ = suggested(settings, capsys)
    found = phrases["txdps"]["extension"]
    assert found and not [p for p in found if p in "no further stretch of time is expected"]


def test_a_correction_no_phrase_can_decide_gets_no_suggestion(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    # An out-of-office subject decides before any phrase of the agency is read.
    away = reply("REQ-100", 6, "Automatic reply: PIA Request: DPS drone flight logs, 2024",
                 "The unit needs a further stretch to pull the flight logs together.", "away")
    settings = desk_with(tmp_path, [away], {"away": Kind.EXTENSION})
    phrases, out = suggested(settings, capsys)
    assert phrases == {}
    assert out.startswith("nothing to suggest: no phrase would have decided the 1 reply whose kind")


def test_a_correction_the_agencies_file_now_decides_needs_no_suggestion(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    settings = desk_with(tmp_path, [STRETCH_1, STRETCH_2], {"s1": Kind.EXTENSION, "s2": Kind.EXTENSION})
    phrases, _ = suggested(settings, capsys)
    agencies = yaml.safe_load((DEV / "agencies.yaml").read_text())
    for agency in agencies["agencies"]:
        if agency["id"] == "txdps":
            agency["phrases"] = phrases["txdps"]
    (tmp_path / "agencies.yaml").write_text(yaml.safe_dump(agencies))
    settings.write_text(settings.read_text().replace(str(DEV / "agencies.yaml"), str(tmp_path / "agencies.yaml")))
    phrases, out = suggested(settings, capsys)
    assert phrases == {} and "the rules read every reply whose kind was corrected" in out
