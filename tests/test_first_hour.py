"""The first hour of a new user, command by command: the mistakes a newcomer makes get a message that says
what to fix and a non-zero exit code, and the output behaves in a shell pipeline."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

DEV = Path(__file__).resolve().parent / "data" / "corpus" / "dev"


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("FOIABOT_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "foiabot.yaml"
    path.write_text(f"database: sqlite:///db.sqlite\nagencies: {DEV / 'agencies.yaml'}\n", encoding="utf-8")
    return path


def environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "FOIABOT_CONFIG"}


def test_a_listing_piped_into_a_reader_that_stops_early_ends_quietly(settings: Path) -> None:
    assert main(["requests", "import", str(DEV / "requests.yaml"), "--config", str(settings)]) == 0
    # The reader closes before foiabot writes a byte: what `| head -1` does to a long listing, made certain.
    proc = subprocess.Popen([sys.executable, "-m", "bot", "requests", "list", "--json", "--config", str(settings)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment())
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipeError" not in err, err


def test_the_settings_option_works_before_the_command(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    assert main(["--config", str(settings), "check-config"]) == 0
    assert capsys.readouterr().out.startswith(f"{settings}: ok (")
    assert main(["--config", str(settings), "requests", "list"]) == 0
    assert capsys.readouterr().out.startswith("id ")


def test_the_settings_option_after_the_command_wins(capsys: pytest.CaptureFixture[str], settings: Path,
                                                    tmp_path: Path) -> None:
    assert main(["--config", str(tmp_path / "missing.yaml"), "check-config", "--config", str(settings)]) == 0
    assert main(["--config", str(tmp_path / "missing.yaml"), "check-config"]) == 2
    assert capsys.readouterr().err == f"{tmp_path / 'missing.yaml'}: file not found\n"


def test_an_unquoted_channel_says_that_the_hash_starts_a_comment(capsys: pytest.CaptureFixture[str],
                                                                  settings: Path) -> None:
    settings.write_text(settings.read_text() + "slack:\n  console: true\n  channel: #foia\n"
                        "  triage_channel: '#triage'\n", encoding="utf-8")
    assert main(["check-config", "--config", str(settings)]) == 2
    assert capsys.readouterr().err == (f"{settings}:5: slack.channel: empty: `#` starts a YAML comment; quote the "
                                       "value: channel: \"#foia\"\n")


def test_an_agency_channel_commented_out_is_caught_too(capsys: pytest.CaptureFixture[str], settings: Path,
                                                       tmp_path: Path) -> None:
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text("agencies:\n  - id: fbi\n    name: FBI\n    jurisdiction: US\n    slack_channel: #fbi\n",
                        encoding="utf-8")
    settings.write_text("database: sqlite:///db.sqlite\nagencies: agencies.yaml\n", encoding="utf-8")
    assert main(["check-config", "--config", str(settings)]) == 2
    assert capsys.readouterr().err.startswith(f"{agencies}:5: agencies.0.slack_channel: empty: `#` starts a YAML")


def test_a_comment_after_an_empty_value_is_still_a_comment(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    settings.write_text(settings.read_text() + "digest:  # weekly, on Mondays\n", encoding="utf-8")
    assert main(["check-config", "--config", str(settings)]) == 0


def test_reprocess_prints_a_header_row(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    assert main(["requests", "reprocess", "--config", str(settings)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["file", "request", "signal"]
    assert lines[-1] == "reprocessed: nothing to reprocess; alerts go out with the next `foiabot run`"


def test_the_requests_help_names_every_action(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["requests", "--help"])
    usage = capsys.readouterr().out
    listed = usage[usage.index("positional arguments:"):usage.index("options:")].splitlines()
    actions = [line.split()[0] for line in listed if line.startswith("    ") and not line.startswith("     ")]
    with pytest.raises(SystemExit):
        main(["--help"])
    top = " ".join(capsys.readouterr().out.split())
    summary = top[top.index("requests the request register:"):].split(". ")[0]
    assert [a for a in actions if a not in summary] == []
    assert "reprocess" in actions and "discover" in actions


# ------------------------------------------------------------------------------ CSV as spreadsheets write it


def import_csv(settings: Path, text: str, encoding: str = "utf-8") -> int:
    path = settings.parent / "requests.csv"
    path.write_text(text, encoding=encoding)
    return main(["requests", "import", str(path), "--config", str(settings)])


def test_a_csv_with_a_byte_order_mark_imports(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    assert import_csv(settings, "id,agency,subject,sent\nR-1,fbi,FOIA: one,2026-11-02\n", "utf-8-sig") == 0
    assert capsys.readouterr().out.endswith(": 1 added, 0 updated, 0 unchanged\n")
    assert main(["requests", "show", "R-1", "--config", str(settings)]) == 0
    assert "sent               2026-11-02" in capsys.readouterr().out


@pytest.mark.parametrize("written", ["12/01/2026", "12/1/26", "2026-12-01"])
def test_us_and_iso_dates_are_read_as_the_same_day(capsys: pytest.CaptureFixture[str], settings: Path,
                                                   written: str) -> None:
    assert import_csv(settings, f"id,agency,subject,sent\nR-1,fbi,FOIA: one,{written}\n") == 0
    assert main(["requests", "show", "R-1", "--config", str(settings)]) == 0
    assert "sent               2026-12-01" in capsys.readouterr().out


def test_a_date_in_another_form_says_which_forms_are_read(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    assert import_csv(settings, "id,agency,subject,sent\nR-1,fbi,FOIA: one,1.12.2026\n") == 2
    assert capsys.readouterr().err == (f"{settings.parent / 'requests.csv'}:2: sent: not a date: '1.12.2026' "
                                       "(use YYYY-MM-DD, MM/DD/YYYY or M/D/YY)\n")
    assert main(["requests", "list", "--all", "--config", str(settings)]) == 0
    assert capsys.readouterr().out.count("\n") == 1  # the header only: a file with a mistake is refused whole


def test_an_unknown_agency_in_a_file_lists_the_known_ones(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    assert import_csv(settings, "id,agency,subject,sent\nR-1,cia,FOIA: one,2026-11-02\n") == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{settings.parent / 'requests.csv'}:2: agency: unknown agency 'cia' (known: ")
    assert "dod, epa, fbi" in err


# ------------------------------------------------------------------------------ the team's own law


@pytest.mark.parametrize("written", ['"2026-24-12"', "2026-24-12"])
def test_a_bad_office_closure_is_caught_by_check_config_with_its_line(
        capsys: pytest.CaptureFixture[str], settings: Path, written: str) -> None:
    team = settings.parent / "our-law.yaml"
    team.write_text(f"jurisdictions:\n  US-NY:\n    holidays:\n      add: [2026-12-31, {written}]\n", encoding="utf-8")
    settings.write_text(settings.read_text() + "jurisdictions: [our-law.yaml]\n", encoding="utf-8")
    expected = f"{team}:4: jurisdictions.US-NY.holidays.add.1: not a date: '2026-24-12' (use YYYY-MM-DD)\n"
    assert main(["check-config", "--config", str(settings)]) == 2
    assert capsys.readouterr().err == expected
    # The commands that compute dates say the same, as a message, not a traceback.
    due = subprocess.run([sys.executable, "-m", "bot", "due", "--config", str(settings), "--jurisdiction", "US-NY",
                          "--received", "2026-12-18"], capture_output=True, text=True, env=environment(), timeout=60)
    assert (due.returncode, due.stderr) == (2, expected)
    assert main(["requests", "import", str(DEV / "requests.yaml"), "--config", str(settings)]) == 2
    assert capsys.readouterr().err == expected


def test_the_law_can_be_changed_inline_in_the_settings(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    settings.write_text(settings.read_text() + "jurisdictions: {US-NY: {holidays: {add: [2026-12-24]}}}\n",
                        encoding="utf-8")
    assert main(["check-config", "--config", str(settings)]) == 0
    assert main(["due", "--config", str(settings), "--jurisdiction", "US-NY", "--received", "2026-12-18"]) == 0
    assert "skipped office closure (2026-12-24), Christmas Day (2026-12-25)" in capsys.readouterr().out


def test_an_inline_mistake_names_the_settings_line(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    settings.write_text(settings.read_text() + "jurisdictions:\n  US-NY:\n    holidays: {add: [12/24/2026]}\n",
                        encoding="utf-8")
    assert main(["check-config", "--config", str(settings)]) == 2
    assert capsys.readouterr().err == (f"{settings}:5: jurisdictions.US-NY.holidays.add.0: not a date: "
                                       "'12/24/2026' (use YYYY-MM-DD)\n")


def test_an_impossible_date_in_a_requests_file_names_its_line(capsys: pytest.CaptureFixture[str],
                                                              settings: Path) -> None:
    path = settings.parent / "requests.yaml"
    path.write_text("requests:\n  - id: R-1\n    agency: fbi\n    subject: x\n    sent: 2026-24-12\n", encoding="utf-8")
    assert main(["requests", "import", str(path), "--config", str(settings)]) == 2
    assert capsys.readouterr().err == f"{path}:5: requests.0.sent: not a date: '2026-24-12' " \
                                      "(use YYYY-MM-DD, MM/DD/YYYY or M/D/YY)\n"
