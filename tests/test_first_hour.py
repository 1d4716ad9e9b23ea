"""The first hour of a new user, command by command: the mistakes a newcomer makes get a message that says
what to fix and a non-zero exit code, and the output behaves in a shell pipeline."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import time_machine
from dovecot import Account, free_port
from slack_server import TOKEN as SLACK_TOKEN
from slack_server import FakeSlack

from bot.cli import main
from bot.config import load_config
from bot.pipeline import Pipeline
from bot.store import open_store

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


# ------------------------------------------------------------------------------ a register you can correct


def _mail(headers: str, body: str) -> bytes:
    return (headers.strip() + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body).encode()


CLARIFICATION = _mail("""
From: DPS Public Information <ogc.publicinformation@dps.texas.gov>
To: records+req-100@records.example.org
Subject: Your public information request
Date: Wed, 04 Mar 2026 10:00:00 -0600
Message-ID: <clarify-1@dps.texas.gov>
In-Reply-To: <req-100@records.example.org>
""", "Before we can process your request, please clarify which aircraft and which months you mean.\n")


def requests(capsys: pytest.CaptureFixture[str], settings: Path, *argv: str, code: int = 0) -> str:
    """`foiabot requests ...` as a user types it; returns stdout (stderr when it is to fail)."""
    assert main(["requests", *argv, "--config", str(settings)]) == code
    out, err = capsys.readouterr()
    return out if code == 0 else err


def shown(capsys: pytest.CaptureFixture[str], settings: Path, request_id: str = "REQ-100") -> dict[str, Any]:
    return dict(json.loads(requests(capsys, settings, "show", request_id, "--json")))


@pytest.fixture
def stopped(capsys: pytest.CaptureFixture[str], settings: Path) -> Path:
    """REQ-100 to Texas DPS, sent Mon 2026-03-02 (due Mon 03-16), whose clock a clarification stopped on 03-04
    with 8 business days left: the mail read by the pipeline from a real register, as the worker reads it."""
    settings.write_text(settings.read_text() + "timezone: America/Chicago\n", encoding="utf-8")
    requests(capsys, settings, "add", "--id", "REQ-100", "--agency", "txdps", "--subject",
             "PIA Request: DPS drone flight logs, 2024", "--sent", "2026-03-02", "--message-id",
             "<req-100@records.example.org>", "--reply-address", "records+req-100@records.example.org")
    config = load_config(settings)
    store = open_store(config.database_url)
    try:
        pipeline = Pipeline(store, config.jurisdictions, config.agencies, config.settings.timezone)
        assert pipeline.process(CLARIFICATION, "INBOX").kind == "clarification"
    finally:
        store.close()
    assert shown(capsys, settings)["clock_stopped_on"] == "2026-03-04"
    return settings


def history(summary: dict[str, Any], kind: str) -> list[str]:
    return [f"{e['on']} {e['detail']}" for e in summary["events"] if e["kind"] == kind]


def test_answering_outside_the_inbox_restarts_the_stopped_clock(capsys: pytest.CaptureFixture[str],
                                                                 stopped: Path) -> None:
    out = requests(capsys, stopped, "event", "REQ-100", "answered", "--date", "2026-03-09", "--note", "by phone")
    # 8 business days after Mon 03-09: Mar 10, 11, 12, 13, 16, 17, 18, 19.
    assert out == "REQ-100: answered recorded; the clock stopped on 2026-03-04 runs again: due 2026-03-19\n"
    summary = shown(capsys, stopped)
    assert (summary["due"], summary["clock_stopped_on"], summary["status"]) == ("2026-03-19", None, "open")
    assert history(summary, "answered") == ["2026-03-09 by phone"]
    again = requests(capsys, stopped, "event", "REQ-100", "paid", "--date", "2026-03-10")
    assert again == "REQ-100: paid recorded; the clock was not stopped; deadlines unchanged\n"


def test_correcting_the_date_sent_recomputes_the_clock_from_the_replies_and_answers(
        capsys: pytest.CaptureFixture[str], stopped: Path) -> None:
    requests(capsys, stopped, "event", "REQ-100", "answered", "--date", "2026-03-09")
    out = requests(capsys, stopped, "edit", "REQ-100", "--sent", "2026-02-23", "--subject", "PIA: drone logs")
    # From Mon 02-23: 10 business days (Texas Independence Day, Mon 03-02, skipped) -> Tue 03-10; stopped 03-04
    # with 4 days left (Mar 5, 6, 9, 10); answered 03-09 -> Mar 10, 11, 12, 13.
    assert out == ("REQ-100: sent: 2026-03-02 -> 2026-02-23; subject: 'PIA Request: DPS drone flight logs, 2024' "
                   "-> 'PIA: drone logs'; due: 2026-03-19 -> 2026-03-13\n")
    summary = shown(capsys, stopped)
    assert (summary["sent"], summary["due"], summary["subject"]) == ("2026-02-23", "2026-03-13", "PIA: drone logs")
    assert history(summary, "sent")[0].startswith("2026-02-23 Due Tue 2026-03-10 ")
    assert len(history(summary, "clock_stopped")) == len(history(summary, "clock_restarted")) == 1
    assert len(history(summary, "edited")) == 1
    assert requests(capsys, stopped, "edit", "REQ-100", "--sent", "2026-02-23") == \
        "REQ-100: unchanged (the register already says so)\n"


def test_a_tracking_number_can_be_added_but_not_taken_from_another_request(
        capsys: pytest.CaptureFixture[str], stopped: Path) -> None:
    assert requests(capsys, stopped, "edit", "REQ-100", "--tracking-number", "R026-1234") == \
        "REQ-100: tracking number: + R026-1234\n"
    requests(capsys, stopped, "add", "--id", "REQ-101", "--agency", "txdps", "--subject", "s", "--sent", "2026-03-05")
    err = requests(capsys, stopped, "edit", "REQ-101", "--tracking-number", "R026-1234", code=1)
    assert err == "foiabot: R026-1234 is already the tracking number of REQ-100 at txdps\n"
    assert shown(capsys, stopped, "REQ-101")["tracking_numbers"] == []


def test_edit_mistakes_are_refused_with_what_to_do(capsys: pytest.CaptureFixture[str], stopped: Path) -> None:
    assert requests(capsys, stopped, "edit", "REQ-100", code=1).startswith("foiabot: nothing to change: give --sent")
    assert requests(capsys, stopped, "edit", "REQ-999", "--subject", "x", code=1) == \
        "foiabot: no request 'REQ-999' in the register\n"
    assert requests(capsys, stopped, "event", "REQ-100", "answered", "--date", "2026-02-01", code=1) == \
        "foiabot: --date 2026-02-01 is before REQ-100 was sent (2026-03-02)\n"


def test_closing_twice_records_one_close_and_reopening_restores_the_clock(capsys: pytest.CaptureFixture[str],
                                                                        stopped: Path) -> None:
    assert requests(capsys, stopped, "close", "REQ-100") == "REQ-100: closed\n"
    assert requests(capsys, stopped, "close", "REQ-100") == "REQ-100: already closed\n"
    assert len(history(shown(capsys, stopped), "closed")) == 1
    assert requests(capsys, stopped, "reopen", "REQ-100") == "REQ-100: reopened (awaiting_requester; due 2026-03-16)\n"
    summary = shown(capsys, stopped)
    assert (summary["status"], summary["clock_stopped_on"]) == ("awaiting_requester", "2026-03-04")
    assert requests(capsys, stopped, "reopen", "REQ-100", code=1) == \
        "foiabot: REQ-100 is not closed (status: awaiting_requester)\n"


def test_import_update_takes_the_corrected_rows(capsys: pytest.CaptureFixture[str], stopped: Path) -> None:
    path = stopped.parent / "requests.csv"
    path.write_text('id,agency,subject,sent\nREQ-100,txdps,"PIA Request: DPS drone flight logs, 2024",2/27/26\n',
                    encoding="utf-8")
    out = requests(capsys, stopped, "import", str(path))
    assert out == f"imported {path}: 0 added, 0 updated, 1 unchanged; 1 differ from the register (--update takes " \
                  "the file's values)\n"
    assert shown(capsys, stopped)["sent"] == "2026-03-02"
    assert requests(capsys, stopped, "import", str(path), "--update") == \
        f"imported {path}: 0 added, 1 updated, 0 unchanged\n"
    summary = shown(capsys, stopped)
    assert (summary["sent"], summary["clock_stopped_on"]) == ("2026-02-27", "2026-03-04")
    assert requests(capsys, stopped, "import", str(path), "--update") == \
        f"imported {path}: 0 added, 0 updated, 1 unchanged\n"


# ------------------------------------------------------------------------------ status


def test_status_shows_overdue_first_then_the_coming_deadlines_by_date_with_their_clock_state(
        capsys: pytest.CaptureFixture[str], stopped: Path) -> None:
    for request_id, sent in (("OLD-1", "2026-06-01"), ("LATE-2", "2026-11-30"), ("SOON-3", "2026-11-20"),
                             ("GONE-4", "2026-05-01")):
        requests(capsys, stopped, "add", "--id", request_id, "--agency", "fbi", "--subject", f"FOIA {request_id}",
                 "--sent", sent)
    requests(capsys, stopped, "close", "GONE-4")
    due = {r: shown(capsys, stopped, r)["due"] for r in ("OLD-1", "LATE-2", "SOON-3")}
    assert due["OLD-1"] < "2026-12-07" < due["SOON-3"] < due["LATE-2"]
    with time_machine.travel(dt.datetime(2026, 12, 7, 15, 0, tzinfo=dt.UTC), tick=False):
        assert main(["status", "--config", str(stopped)]) == 0
    out = capsys.readouterr().out
    lines = out[out.index("overdue"):].splitlines()
    old_overdue = (dt.date(2026, 12, 7) - dt.date.fromisoformat(due["OLD-1"])).days
    assert lines[0] == "overdue (1):"
    assert lines[1].split()[:5] == [due["OLD-1"], "OLD-1", "fbi", "running,", str(old_overdue)]
    assert lines[2] == "next deadlines:"
    assert [line.split()[:4] for line in lines[3:5]] == [[due["SOON-3"], "SOON-3", "fbi", "running"],
                                                         [due["LATE-2"], "LATE-2", "fbi", "running"]]
    assert lines[5] == "stopped clocks (1), waiting on us:"
    assert lines[6].split()[:6] == ["2026-03-04", "REQ-100", "txdps", "stopped,", "8", "business"]
    assert "GONE-4" not in out


# ------------------------------------------------------------------------------ check-config --connect

PASSWORD_ENV = "FIRST_HOUR_IMAP_PASSWORD"
TOKEN_ENV = "FIRST_HOUR_SLACK_TOKEN"


def connect_settings(tmp_path: Path, account: Account, slack: FakeSlack, folders: str = "[INBOX]",
                     agency_channel: str = "'#foia'", digest: str = "") -> tuple[Path, Path]:
    """A settings file for the test Dovecot and the local Slack, and an agencies file, line by line."""
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text("agencies:\n"
                        "  - id: fbi\n"
                        "    name: FBI\n"
                        "    jurisdiction: US\n"
                        f"    slack_channel: {agency_channel}\n", encoding="utf-8")
    settings = tmp_path / "foiabot.yaml"
    settings.write_text("database: sqlite:///db.sqlite\n"  # 1
                        "agencies: agencies.yaml\n"  # 2
                        "inbox:\n"  # 3
                        f"  host: {account.host}\n"  # 4
                        f"  port: {account.port}\n"  # 5
                        "  security: none\n"  # 6
                        f"  username: {account.user}\n"  # 7
                        f"  password_env: {PASSWORD_ENV}\n"  # 8
                        f"  folders: {folders}\n"  # 9
                        "  sent_folder: Sent\n"  # 10
                        "  timeout_seconds: 10\n"  # 11
                        "slack:\n"  # 12
                        f"  base_url: {slack.url}\n"  # 13
                        f"  token_env: {TOKEN_ENV}\n"  # 14
                        "  channel: '#foia'\n"  # 15
                        "  triage_channel: '#foia-triage'\n"  # 16
                        + digest, encoding="utf-8")
    return settings, agencies


def check_connect(settings: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "check-config", "--connect", "--config", str(settings)],
                          capture_output=True, text=True, env=environment(), timeout=120)


def test_connect_signs_in_finds_the_folders_and_checks_every_channel(
        tmp_path: Path, mailbox_account: Account, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, mailbox_account.password)
    monkeypatch.setenv(TOKEN_ENV, SLACK_TOKEN)
    settings, _ = connect_settings(tmp_path, mailbox_account, slack)
    result = check_connect(settings)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{settings}: ok (")
    assert lines[1:] == [f"ok: inbox: signed in to {mailbox_account.host}:{mailbox_account.port} as "
                         f"{mailbox_account.user}",
                         "ok: inbox: folder 'INBOX' found", "ok: inbox: folder 'Sent' found",
                         "ok: Slack: foiabot on FOIA Desk posts to #foia",
                         "ok: Slack: foiabot on FOIA Desk posts to #foia-triage"]
    assert mailbox_account.password not in result.stdout and SLACK_TOKEN not in result.stdout


def test_connect_says_which_folder_and_which_channel_to_fix_and_where(
        tmp_path: Path, mailbox_account: Account, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, mailbox_account.password)
    monkeypatch.setenv(TOKEN_ENV, SLACK_TOKEN)
    settings, agencies = connect_settings(tmp_path, mailbox_account, slack, folders="[INBOX, Archive]",
                                          agency_channel="'#board'", digest="digest:\n  channel: '#nowhere'\n")
    result = check_connect(settings)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{settings}:9: inbox.folders.1: the inbox has no folder 'Archive'; it has: INBOX, Sent",
        f"{agencies}:5: agencies.0.slack_channel: the bot is not in #board: invite it (`/invite @your-bot` in the "
        "channel)",
        f"{settings}:18: digest.channel: Slack has no channel #nowhere that the bot can see: fix the name here, or "
        "invite the bot if the channel is private",
    ]
    assert "ok: Slack: foiabot on FOIA Desk posts to #foia" in result.stdout


def test_connect_with_a_refused_token_points_at_the_token(
        tmp_path: Path, mailbox_account: Account, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, mailbox_account.password)
    monkeypatch.setenv(TOKEN_ENV, "xoxb-not-the-right-one")
    settings, _ = connect_settings(tmp_path, mailbox_account, slack)
    result = check_connect(settings)
    assert result.returncode == 1
    [problem] = result.stderr.splitlines()
    assert problem.startswith(f"{settings}:14: slack.token_env: Slack refused the bot token: invalid_auth (")
    assert "xoxb-not-the-right-one" not in result.stdout + result.stderr


def test_connect_to_an_inbox_that_is_not_there_points_at_the_host(
        tmp_path: Path, mailbox_account: Account, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, mailbox_account.password)
    monkeypatch.setenv(TOKEN_ENV, SLACK_TOKEN)
    settings, _ = connect_settings(tmp_path, mailbox_account, slack)
    settings.write_text(settings.read_text().replace(f"port: {mailbox_account.port}", f"port: {free_port()}"))
    result = check_connect(settings)
    assert result.returncode == 1
    assert result.stderr.startswith(f"{settings}:4: inbox.host: cannot sign in to the inbox: ")
    assert mailbox_account.password not in result.stderr


def test_without_connect_a_missing_password_variable_is_named_without_a_server(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, mailbox_account: Account, slack: FakeSlack,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setenv(TOKEN_ENV, SLACK_TOKEN)
    settings, _ = connect_settings(tmp_path, mailbox_account, slack)
    assert main(["check-config", "--config", str(settings)]) == 2
    assert capsys.readouterr().err == f"{settings}:8: inbox.password_env: environment variable {PASSWORD_ENV} " \
                                      "is not set\n"
    assert slack.calls_to("auth.test") == []


def test_run_refused_by_an_agency_channel_points_at_the_agency_line(
        tmp_path: Path, mailbox_account: Account, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, mailbox_account.password)
    monkeypatch.setenv(TOKEN_ENV, SLACK_TOKEN)
    settings, agencies = connect_settings(tmp_path, mailbox_account, slack, agency_channel="'#board'")
    ran = subprocess.run([sys.executable, "-m", "bot", "run", "--config", str(settings)], capture_output=True,
                         text=True, env=environment(), timeout=60, cwd=tmp_path)
    assert ran.returncode == 1
    assert ran.stderr.endswith(f"foiabot: Slack will refuse alerts for #board: {agencies}:5: agencies.0.slack_channel: "
                               "the bot is not in #board: invite it (`/invite @your-bot` in the channel)\n")
    assert "slack.channel" not in ran.stderr


def test_a_correction_is_told_in_the_request_thread(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, mailbox_account: Account, slack: FakeSlack,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, mailbox_account.password)
    monkeypatch.setenv(TOKEN_ENV, SLACK_TOKEN)
    settings, _ = connect_settings(tmp_path, mailbox_account, slack)
    requests(capsys, settings, "add", "--id", "REQ-7", "--agency", "fbi", "--subject", "FOIA: logs", "--sent",
             "2026-11-02")
    requests(capsys, settings, "edit", "REQ-7", "--sent", "2026-11-03")
    requests(capsys, settings, "event", "REQ-7", "appealed", "--date", "2026-11-20", "--note", "appeal by post")
    ran = subprocess.run([sys.executable, "-m", "bot", "run", "--once", "--config", str(settings)],
                         capture_output=True, text=True, env=environment(), timeout=120, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    posts = slack.posted()
    [start] = [p for p in posts if p.thread_ts is None and "REQ-7" in p.text]
    told = [html.unescape(p.text) for p in posts if p.thread_ts == start.ts]
    assert any(t.startswith("REQ-7 corrected: sent: 2026-11-02 -> 2026-11-03; due: ") for t in told), told
    assert any(t.startswith("REQ-7: appealed on 2026-11-20") for t in told), told
