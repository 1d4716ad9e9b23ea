"""The `foiabot` command as a user sees it: help, version, `due`, `replay`, `demo`, `status` and `health`,
with their output and exit codes. Most run in-process through bot.cli.main; a few run the real command to
prove the exit code and that no traceback escapes."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot import __version__
from bot.cli import build_parser, main

DEV = Path(__file__).resolve().parent / "data" / "corpus" / "dev"
MESSAGES = ["007-sdpd-nextrequest-ack.eml", "001-fbi-autoreply.eml", "005-epa-pal-ack.eml"]


def run(*argv: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command, as a separate process."""
    environment = {k: v for k, v in os.environ.items() if k != "FOIABOT_CONFIG"}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *argv], capture_output=True, text=True, cwd=cwd, env=environment, timeout=120
    )


@pytest.fixture(autouse=True)
def no_default_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test starts in an empty directory, with no settings file found by default."""
    monkeypatch.delenv("FOIABOT_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)


def json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


# ------------------------------------------------------------------------------------- version and help


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"foiabot {__version__}\n"


def test_installed_command_prints_its_version() -> None:
    script = Path(sys.executable).parent / "foiabot"
    if not script.exists():
        pytest.skip(f"no installed foiabot script beside {sys.executable}")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout) == (0, f"foiabot {__version__}\n")


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: foiabot")
    assert "check-config" in out and "replay" in out


def _subcommands(parser: argparse.ArgumentParser, prefix: str = "") -> list[tuple[str, str, argparse.ArgumentParser]]:
    """(full name, help, parser) for every subcommand, nested ones included."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                found.append((prefix + name, helps.get(name) or "", sub))
                found += _subcommands(sub, prefix + name + " ")
    return found


def test_every_subcommand_has_help_text() -> None:
    commands = _subcommands(build_parser())
    names = {name for name, _, _ in commands}
    assert {
        "run",
        "check-config",
        "status",
        "health",
        "due",
        "replay",
        "demo",
        "requests",
        "requests import",
        "requests add",
        "requests list",
        "requests show",
        "requests close",
    } <= names
    assert [name for name, help_, _ in commands if not help_.strip()] == []


def test_every_subcommand_help_runs(capsys: pytest.CaptureFixture[str]) -> None:
    for name, help_, _ in _subcommands(build_parser()):
        with pytest.raises(SystemExit) as exited:
            main([*name.split(), "--help"])
        assert exited.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: foiabot {name}")
        if " " not in name:
            assert help_ in " ".join(out.split())


def test_help_lists_every_command_with_its_summary() -> None:
    result = run("--help")
    assert result.returncode == 0
    for name, help_, _ in _subcommands(build_parser()):
        if " " not in name:
            assert name in result.stdout
            assert help_.split(":")[0][:40] in " ".join(result.stdout.split())


# ------------------------------------------------------------------------------------------------- due


def test_due_federal_counts_twenty_business_days_over_thanksgiving(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "--jurisdiction", "US", "--received", "2026-11-25", "--json"]) == 0
    [summary] = json_lines(capsys.readouterr().out)
    # Received Wed 2026-11-25. Thu 11-26 is Thanksgiving; day 1 is Fri 11-27, then Mon 11-30 (2), Dec 1-4 (3-6),
    # Dec 7-11 (7-11), Dec 14-18 (12-16), Dec 21-24 (17-20): due Thu 2026-12-24, the day before Christmas.
    assert summary["received"] == "2026-11-25"
    assert summary["due"] == "2026-12-24"
    # The 10-day extension from Dec 24: Christmas (Fri 12-25) and New Year's Day (Fri 2027-01-01) are skipped:
    # Dec 28-31 (1-4), Jan 4-8 (5-9), Mon Jan 11 (10).
    assert summary["extended_due"] == "2027-01-11"
    assert "20 business days after receipt on 2026-11-25" in str(summary["explanation"])
    assert "Thanksgiving" in str(summary["explanation"])
    assert summary["citation"] == "5 U.S.C. § 552(a)(6)"


def test_due_prints_one_line_per_received_date(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["due", "--jurisdiction", "US", "--json"]
    assert main([*argv, "--received", "2026-11-25", "--received", "2026-01-05", "--received", "2026-07-01"]) == 0
    lines = json_lines(capsys.readouterr().out)
    assert [(line["received"], line["due"]) for line in lines] == [
        ("2026-11-25", "2026-12-24"),
        ("2026-01-05", "2026-02-03"),  # MLK Day (Mon 01-19) skipped
        ("2026-07-01", "2026-07-30"),  # Independence Day observed Fri 07-03 skipped
    ]


def test_due_for_a_state_without_a_number_gives_a_follow_up_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "--jurisdiction", "US-AZ", "--received", "2026-11-25", "--json"]) == 0
    [summary] = json_lines(capsys.readouterr().out)
    assert summary["due"] is None
    assert "extended_due" not in summary
    # 10 business days: Fri 11-27, Mon 11-30, Dec 1, 2, 3, 4, 7, 8, 9, 10.
    assert summary["follow_up"] == "2026-12-10"
    assert str(summary["explanation"]).startswith("No due date")


def test_due_as_text_shows_the_date_and_the_explanation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "--jurisdiction", "us", "--received", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert "US (Freedom of Information Act (FOIA)), received 2026-11-25: due 2026-12-24" in out
    assert "with the extension: 2027-01-11" in out
    assert "skipped Thanksgiving Day (2026-11-26)" in out


def test_due_for_an_unknown_jurisdiction_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "--jurisdiction", "US-XX", "--received", "2026-11-25"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "unknown jurisdiction 'US-XX'" in err


def test_due_with_a_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["due", "--jurisdiction", "US", "--received", "2026-13-25"])
    assert exited.value.code == 2
    assert "not a date (YYYY-MM-DD): '2026-13-25'" in capsys.readouterr().err


def test_due_errors_from_the_real_command_have_no_traceback() -> None:
    unknown = run("due", "--jurisdiction", "US-XX", "--received", "2026-11-25")
    bad_date = run("due", "--jurisdiction", "US", "--received", "25/11/2026")
    assert (unknown.returncode, bad_date.returncode) == (2, 2)
    assert "unknown jurisdiction 'US-XX'" in unknown.stderr
    assert "usage: foiabot due" in bad_date.stderr
    assert "Traceback" not in unknown.stderr + bad_date.stderr


def test_due_prints_each_clock_of_the_chain_after_the_acknowledgment(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["due", "--jurisdiction", "US-NY", "--received", "2026-12-01", "--acknowledged", "2026-12-03"]
    assert main([*argv, "--json"]) == 0
    clocks = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(c["clock"], c["what"], c["state"], c["due"]) for c in clocks] == [
        (1, "acknowledgment", "met", "2026-12-08"), (2, "determination", "running", "2027-01-04")]
    assert clocks[1]["clock_citation"] == "N.Y. Pub. Off. Law § 89(3)(a)"
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("US-NY (Freedom of Information Law (FOIL)), received 2026-12-01: due 2027-01-04\n")
    assert "  2. determination (running): Acknowledged 2026-12-03 (on time: due 2026-12-08). Now due Mon" in out


def test_due_events_out_of_order_are_refused_with_what_is_wrong() -> None:
    before = run("due", "--jurisdiction", "US-NY", "--received", "2026-12-01", "--acknowledged", "2026-11-30")
    resumed = run("due", "--jurisdiction", "US", "--received", "2026-12-01", "--resumed", "2026-12-10")
    assert (before.returncode, resumed.returncode) == (2, 2)
    assert "--acknowledged 2026-11-30 is before the request was received (2026-12-01)" in before.stderr
    assert "--resumed needs --stopped" in resumed.stderr
    assert "Traceback" not in before.stderr + resumed.stderr

# ---------------------------------------------------------------------------------------------- replay

REPLAY_KEYS = ["file", "message_id", "request", "signal", "kind", "tracking_number", "due", "appeal_due", "estimated"]


def test_replay_prints_one_json_line_per_message_in_order(tmp_path: Path) -> None:
    paths = [str(DEV / "messages" / name) for name in MESSAGES]
    result = run(
        "replay",
        "--json",
        "--agencies",
        str(DEV / "agencies.yaml"),
        "--requests",
        str(DEV / "requests.yaml"),
        *paths,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    lines = json_lines(result.stdout)
    assert [line["file"] for line in lines] == paths
    assert all([key for key in line if key in REPLAY_KEYS] == REPLAY_KEYS for line in lines)
    labels = {label["file"]: label for label in yaml.safe_load((DEV / "labels.yaml").read_text(encoding="utf-8"))}
    for name, line in zip(MESSAGES, lines, strict=True):
        label = labels[name]
        assert (line["request"], line["kind"], line["tracking_number"]) == (
            label["request"],
            label["kind"],
            label["tracking_number"],
        ), name
        if "due" in label:
            assert line["due"] == str(label["due"]), name
    assert [line["signal"] for line in lines] == ["reply_address", "thread", "reply_address"]
    # Nothing was written where it ran: replay needs no settings file and keeps its register elsewhere.
    assert list(tmp_path.iterdir()) == []


def test_replay_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(DEV / "messages" / name) for name in MESSAGES[:1]]
    assert (
        main(["replay", "--agencies", str(DEV / "agencies.yaml"), "--requests", str(DEV / "requests.yaml"), *paths])
        == 0
    )
    header, row = capsys.readouterr().out.splitlines()
    assert header.split() == ["file", "request", "signal", "kind", "tracking", "due", "status"]
    assert row.split() == [
        MESSAGES[0],
        "REQ-010",
        "reply_address",
        "acknowledgment",
        "26-118",
        "2026-01-20",
        "processed",
    ]


def test_replay_without_agencies_or_settings_names_the_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["replay", str(DEV / "messages" / MESSAGES[0])]) == 2
    assert capsys.readouterr().err == "config/foiabot.yaml: file not found\n"


# ------------------------------------------------------------------------------------------------ demo


def test_demo_shows_a_matched_reply_a_due_date_explanation_and_a_triage_alert() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "1760000001.demo1.host:2,S: processed -> DEMO-1 by thread, acknowledgment" in out
    assert (
        "Due Tue 2026-11-03 (determination): 20 business days after receipt on 2026-10-05 "
        "(5 U.S.C. § 552(a)(6)); skipped Columbus Day (2026-10-12)."
    ) in out
    assert "── #foia-triage" in out
    assert "Mail foiabot could not place" in out
    assert "DEMO-1 is due in 3 business days (2026-11-18)" in out
    assert "Traceback" not in result.stderr


# ------------------------------------------------------------------------------------- status and health


@pytest.fixture
def fresh_settings(tmp_path: Path) -> Path:
    settings = tmp_path / "foiabot.yaml"
    settings.write_text(f"database: sqlite:///db/foiabot.sqlite\nagencies: {DEV / 'agencies.yaml'}\n", encoding="utf-8")
    return settings


def test_status_on_an_empty_database(capsys: pytest.CaptureFixture[str], fresh_settings: Path) -> None:
    assert main(["status", "--config", str(fresh_settings)]) == 0
    out = capsys.readouterr().out
    assert "last mailbox sync: never" in out
    assert "alerts: 0 queued, 0 failed, 0 sent" in out
    assert "requests: none" in out
    assert (fresh_settings.parent / "db" / "foiabot.sqlite").exists()


def test_health_fails_when_the_mailbox_was_never_synced(
    capsys: pytest.CaptureFixture[str], fresh_settings: Path
) -> None:
    assert main(["health", "--config", str(fresh_settings)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "never been synced" in err


def test_health_from_the_real_command_uses_foiabot_config(fresh_settings: Path) -> None:
    result = run("health", env={"FOIABOT_CONFIG": str(fresh_settings)})
    assert result.returncode == 1
    assert result.stderr == "unhealthy: the mailbox has never been synced\n"


def test_health_with_a_recent_sync_is_ok(capsys: pytest.CaptureFixture[str], fresh_settings: Path) -> None:
    import datetime as dt

    from bot.config import load_config
    from bot.store import open_store
    from bot.worker import LAST_SYNC

    store = open_store(load_config(fresh_settings).database_url)
    try:
        with store.session() as session:
            store.set_meta(session, LAST_SYNC, dt.datetime.now(dt.UTC).isoformat())
    finally:
        store.close()
    assert main(["health", "--config", str(fresh_settings)]) == 0
    assert capsys.readouterr().out.startswith("ok: last mailbox sync")


def test_status_with_a_config_mistake_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    settings = tmp_path / "foiabot.yaml"
    settings.write_text("databse: sqlite:///x.sqlite\n", encoding="utf-8")
    assert main(["status", "--config", str(settings)]) == 2
    assert capsys.readouterr().err == f"{settings}:1: databse: unknown key\n"
