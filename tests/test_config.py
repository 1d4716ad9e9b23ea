"""Configuration: every shipped file loads, and every kind of mistake is reported as `FILE:LINE: key: message`
(exit 2, no traceback), with the right line, all at once; team files override the shipped law; secrets are
read from where the settings point and never printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import SHIPPED_JURISDICTIONS, load_agencies, load_config, load_jurisdictions, read_secret
from bot.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
DEV_AGENCIES = Path(__file__).resolve().parent / "data" / "corpus" / "dev" / "agencies.yaml"
SECRET = "hunter2-Zq8vXk3-never-print-me"

GOOD_AGENCIES = """\
agencies:
  - id: fbi
    name: Federal Bureau of Investigation
    jurisdiction: US
    domains: [fbi.gov]
    tracking_pattern: '\\b\\d{7}-\\d{3}\\b'
  - id: nypd
    name: NYPD FOIL Unit
    jurisdiction: US-NY
    domains: [nypd.org]
"""

GOOD_INBOX = """\
inbox:
  host: imap.example.org
  username: records@example.org
  password_env: FOIABOT_IMAP_PASSWORD
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def check_config(capsys: pytest.CaptureFixture[str], settings: Path) -> tuple[int, str, str]:
    code = main(["check-config", "--config", str(settings)])
    out, err = capsys.readouterr()
    return code, out, err


def problems_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, settings: str, agencies: str = GOOD_AGENCIES
) -> list[str]:
    """Runs check-config on the given files and returns the problem lines; it must fail with exit 2."""
    write(tmp_path, "agencies.yaml", agencies)
    code, out, err = check_config(capsys, write(tmp_path, "foiabot.yaml", settings))
    assert code == 2, out + err
    assert out == ""
    assert "Traceback" not in err
    return err.splitlines()


# ------------------------------------------------------------------------------------ shipped files load


def test_example_settings_load_with_example_agencies_and_shipped_law() -> None:
    config = load_config(ROOT / "config" / "foiabot.example.yaml")
    assert set(config.agencies) == {"fbi", "epa", "nypd"}
    assert {"US", "US-CA", "US-NY", "US-DC", "US-WY"} <= set(config.jurisdictions)
    assert config.settings.inbox is not None
    assert config.settings.inbox.password_env == "FOIABOT_IMAP_PASSWORD"
    assert config.agencies["nypd"].phrases == {"extension": ["we will require additional time to locate"]}


def test_shipped_law_covers_federal_fifty_states_and_dc() -> None:
    jurisdictions = load_jurisdictions()
    assert len(jurisdictions) == 52
    assert jurisdictions["US"].response.days == 20


def test_config_copy_of_the_law_is_the_one_the_package_ships() -> None:
    # Users read and copy config/jurisdictions.yaml; the code loads bot/data/jurisdictions.yaml.
    assert (ROOT / "config" / "jurisdictions.yaml").read_bytes() == SHIPPED_JURISDICTIONS.read_bytes()


def test_config_copy_of_the_law_loads_as_a_team_file() -> None:
    assert load_jurisdictions([ROOT / "config" / "jurisdictions.yaml"]) == load_jurisdictions()


def test_dev_corpus_agencies_load_as_they_are() -> None:
    agencies = load_agencies(DEV_AGENCIES, load_jurisdictions())
    assert set(agencies) == {"fbi", "ice", "epa", "dod", "sdpd", "txdps", "cpd", "pgh"}
    assert agencies["sdpd"].jurisdiction == "US-CA"
    assert agencies["fbi"].owns_address("FOIPAQuestions@fbi.gov")


def test_check_config_on_the_example_says_ok(capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOIABOT_IMAP_PASSWORD", SECRET)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-" + SECRET)
    code, out, err = check_config(capsys, ROOT / "config" / "foiabot.example.yaml")
    assert code == 0, err
    assert "ok (52 jurisdictions, 3 agencies; inbox: configured; alerts: Slack)" in out


def test_check_config_names_each_secret_that_is_not_there(capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOIABOT_IMAP_PASSWORD", raising=False)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    example = ROOT / "config" / "foiabot.example.yaml"
    code, out, err = check_config(capsys, example)
    assert (code, out) == (2, "")
    assert err == (f"{example}:19: inbox.password_env: environment variable FOIABOT_IMAP_PASSWORD is not set\n"
                   f"{example}:44: slack.token_env: environment variable SLACK_BOT_TOKEN is not set\n")


# --------------------------------------------------------------------------- each mistake: file and line


def test_yaml_syntax_error_names_its_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    settings = "agencies: agencies.yaml\ninbox:\n  host: imap.example.org\n  username: records: example\n"
    [problem] = problems_for(capsys, tmp_path, settings)
    assert problem.startswith(f"{tmp_path / 'foiabot.yaml'}:4: (syntax): YAML syntax error: ")
    assert "mapping values are not allowed" in problem


def test_tab_indentation_is_a_syntax_error_on_its_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    [problem] = problems_for(capsys, tmp_path, "agencies: agencies.yaml\ninbox:\n\thost: imap.example.org\n")
    assert problem.startswith(f"{tmp_path / 'foiabot.yaml'}:3: (syntax): YAML syntax error")


def test_unknown_settings_key_is_named_with_its_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    settings = GOOD_INBOX.replace("  host: imap", "  hots: imap") + "agencies: agencies.yaml\n"
    problems = problems_for(capsys, tmp_path, settings)
    # A missing key is placed where the section's keys begin.
    assert sorted(problems) == [
        f"{tmp_path / 'foiabot.yaml'}:2: inbox.host: Field required",
        f"{tmp_path / 'foiabot.yaml'}:2: inbox.hots: unknown key",
    ]


def test_unknown_top_level_key_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    problems = problems_for(capsys, tmp_path, "agencies: agencies.yaml\ntimezone: UTC\ndatabse: sqlite:///x.db\n")
    assert problems == [f"{tmp_path / 'foiabot.yaml'}:3: databse: unknown key"]


def test_port_that_is_not_a_number_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    settings = GOOD_INBOX + '  port: "abc"\n'
    [problem] = problems_for(capsys, tmp_path, settings)
    assert problem.startswith(f"{tmp_path / 'foiabot.yaml'}:5: inbox.port: ")
    assert "integer" in problem


def test_port_out_of_range_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    [problem] = problems_for(capsys, tmp_path, GOOD_INBOX + "  port: 70000\n")
    assert problem.startswith(f"{tmp_path / 'foiabot.yaml'}:5: inbox.port: ")


def test_bad_tracking_pattern_is_named_in_the_agencies_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    agencies = GOOD_AGENCIES.replace("'\\b\\d{7}-\\d{3}\\b'", "'\\b(\\d{7}-\\d{3}\\b'")
    [problem] = problems_for(capsys, tmp_path, "agencies: agencies.yaml\n", agencies)
    assert problem.startswith(
        f"{tmp_path / 'agencies.yaml'}:6: agencies.0.tracking_pattern: not a valid regular expression: "
    )


def test_unknown_jurisdiction_in_an_agency_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    agencies = GOOD_AGENCIES.replace("jurisdiction: US-NY", "jurisdiction: US-NYC")
    [problem] = problems_for(capsys, tmp_path, "agencies: agencies.yaml\n", agencies)
    assert problem.startswith(f"{tmp_path / 'agencies.yaml'}:9: agencies.1.jurisdiction: unknown jurisdiction 'US-NYC'")


def test_duplicate_agency_id_is_named_at_the_second_entry(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    agencies = GOOD_AGENCIES.replace("id: nypd", "id: fbi")
    [problem] = problems_for(capsys, tmp_path, "agencies: agencies.yaml\n", agencies)
    assert problem == f"{tmp_path / 'agencies.yaml'}:7: agencies.1.id: duplicate agency id 'fbi'"


def test_unknown_reply_kind_in_phrases_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    agencies = GOOD_AGENCIES + "    phrases:\n      extension: [more time]\n      extenshun: [more time]\n"
    [problem] = problems_for(capsys, tmp_path, "agencies: agencies.yaml\n", agencies)
    assert problem == f"{tmp_path / 'agencies.yaml'}:13: agencies.1.phrases.extenshun: unknown reply kind 'extenshun'"


def test_missing_settings_file_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = check_config(capsys, tmp_path / "nowhere.yaml")
    assert (code, out) == (2, "")
    assert err == f"{tmp_path / 'nowhere.yaml'}: file not found\n"


def test_missing_agencies_file_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    problems = problems_for(capsys, tmp_path, "agencies: our-agencies.yaml\n")
    assert problems == [f"{tmp_path / 'our-agencies.yaml'}: file not found"]


def test_missing_team_jurisdictions_file_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    problems = problems_for(capsys, tmp_path, "agencies: agencies.yaml\njurisdictions: [our-laws.yaml]\n")
    assert problems == [f"{tmp_path / 'our-laws.yaml'}: file not found"]


def test_unknown_time_zone_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    problems = problems_for(capsys, tmp_path, "agencies: agencies.yaml\ntimezone: America/Gotham\n")
    assert problems == [
        f"{tmp_path / 'foiabot.yaml'}:2: timezone: unknown time zone 'America/Gotham' "
        "(use an IANA name like America/New_York)"
    ]


@pytest.mark.parametrize(
    "password_lines",
    ["  password_env: FOIABOT_IMAP_PASSWORD\n  password_file: /run/secrets/imap\n", ""],
    ids=["both", "neither"],
)
def test_password_needs_exactly_one_source(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, password_lines: str
) -> None:
    settings = "agencies: agencies.yaml\ninbox:\n  host: imap.example.org\n  username: u\n" + password_lines
    problems = problems_for(capsys, tmp_path, settings)
    assert problems == [f"{tmp_path / 'foiabot.yaml'}:3: inbox: give exactly one of password_env or password_file"]


def test_bad_request_pattern_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    settings = GOOD_INBOX + "  request_pattern: '(?i)(FOIA|records'\n"
    [problem] = problems_for(capsys, tmp_path, settings)
    assert problem.startswith(f"{tmp_path / 'foiabot.yaml'}:5: inbox.request_pattern: not a valid regular expression")


def test_slack_editors_that_are_not_slack_ids_are_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    slack = ("slack:\n  token_env: FOIABOT_TEST_UNSET_TOKEN\n  channel: '#foia'\n  triage_channel: '#triage'\n"
             "  editors: [U0ALICE001, '@bob', S0DESKTEAM]\n")
    problems = problems_for(capsys, tmp_path, "agencies: agencies.yaml\n" + slack)
    assert problems[0].startswith(f"{tmp_path / 'foiabot.yaml'}:6: slack.editors: '@bob' is not a Slack user id")
    empty = problems_for(capsys, tmp_path, "agencies: agencies.yaml\n" + slack.replace(
        "[U0ALICE001, '@bob', S0DESKTEAM]", "[]"))
    assert "slack.editors: name at least one Slack user or user-group id" in empty[0]


def test_slack_editors_may_be_users_and_user_groups(tmp_path: Path) -> None:
    write(tmp_path, "agencies.yaml", GOOD_AGENCIES)
    path = write(tmp_path, "foiabot.yaml", "agencies: agencies.yaml\nslack:\n  channel: '#foia'\n"
                 "  triage_channel: '#triage'\n  editors: [U0ALICE001, W0BOB00001, S0DESKTEAM]\n")
    slack = load_config(path).settings.slack
    assert slack is not None and slack.editors == ["U0ALICE001", "W0BOB00001", "S0DESKTEAM"]


def test_settings_that_are_not_a_mapping_are_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    problems = problems_for(capsys, tmp_path, "- agencies.yaml\n")
    assert problems == [f"{tmp_path / 'foiabot.yaml'}:1: (top): expected a mapping at (top)"]


def test_several_mistakes_in_one_file_are_reported_at_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    settings = (
        "timezone: Mars/Olympus\n"  # 1
        "agencies: agencies.yaml\n"  # 2
        "inbox:\n"  # 3
        "  host: imap.example.org\n"  # 4
        "  hots: imap.example.org\n"  # 5
        "  port: abc\n"  # 6
        "  username: u\n"  # 7
        "  password_env: FOIABOT_IMAP_PASSWORD\n"  # 8
        "  request_pattern: '(unclosed'\n"  # 9
    )
    problems = problems_for(capsys, tmp_path, settings)
    where = {line.split(": ")[0].rsplit(":", 1)[1] + " " + line.split(": ")[1] for line in problems}
    assert where == {"1 timezone", "5 inbox.hots", "6 inbox.port", "9 inbox.request_pattern"}


def test_several_mistakes_in_the_agencies_file_are_reported_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    agencies = (
        GOOD_AGENCIES.replace("jurisdiction: US-NY", "jurisdiction: US-XX")
        + "  - id: fbi\n    name: Again\n    jurisdiction: US\n    colour: blue\n"
    )
    problems = problems_for(capsys, tmp_path, "agencies: agencies.yaml\n", agencies)
    assert [p.removeprefix(f"{tmp_path / 'agencies.yaml'}:") for p in problems] == [
        "9: agencies.1.jurisdiction: unknown jurisdiction 'US-XX' (use US, US-CA, ...)",
        "14: agencies.2.colour: unknown key",
    ]


def test_a_config_mistake_exits_2_without_a_traceback_from_the_real_command(tmp_path: Path) -> None:
    write(tmp_path, "agencies.yaml", GOOD_AGENCIES)
    settings = write(tmp_path, "foiabot.yaml", GOOD_INBOX + '  port: "abc"\nagencies: agencies.yaml\n')
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check-config", "--config", str(settings)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{settings}:5: inbox.port: ")


# ------------------------------------------------------------------------------- team jurisdiction files

TEAM_LAW = """\
jurisdictions:
  US-NY:
    response: {days: 10}
    holidays: {add: ["2026-11-27"]}
  US-NYC:
    name: New York City
    law: NYC records rules
    citation: NYC Admin. Code § 1
    response: {days: 7, type: calendar, what: respond}
"""


@pytest.fixture
def team_settings(tmp_path: Path) -> Path:
    write(tmp_path, "team.yaml", TEAM_LAW)
    return write(tmp_path, "foiabot.yaml", f"agencies: {DEV_AGENCIES}\njurisdictions: [team.yaml]\n")


def due(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, str]:
    assert main(["due", *argv, "--received", "2026-11-25", "--json"]) == 0
    return json.loads(capsys.readouterr().out.splitlines()[0])  # the first clock of the chain


def test_team_file_changes_response_days_and_adds_a_closure(
    capsys: pytest.CaptureFixture[str], team_settings: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("FOIABOT_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    # Shipped law: 5 business days from Wed 2026-11-25, skipping Thanksgiving (Thu 11-26):
    # Fri 27, Mon 30, Tue 1, Wed 2, Thu 3.
    assert due(capsys, "--jurisdiction", "US-NY")["due"] == "2026-12-03"
    # The team's 10 days, with Fri 11-27 closed too: Nov 30, Dec 1, 2, 3, 4, 7, 8, 9, 10, 11.
    summary = due(capsys, "--config", str(team_settings), "--jurisdiction", "US-NY")
    assert summary["due"] == "2026-12-11"
    assert "10 business days after receipt on 2026-11-25" in summary["explanation"]
    assert "office closure (2026-11-27)" in summary["explanation"]
    # Keys the team file did not give are kept from the shipped entry.
    assert summary["citation"] == "N.Y. Pub. Off. Law §§ 84-90; § 89(3)(a)"


def test_team_file_adds_a_new_jurisdiction(capsys: pytest.CaptureFixture[str], team_settings: Path) -> None:
    summary = due(capsys, "--config", str(team_settings), "--jurisdiction", "us-nyc")
    assert summary["jurisdiction"] == "US-NYC"
    assert summary["due"] == "2026-12-02"  # 7 calendar days, a Wednesday
    config = load_config(team_settings)
    assert len(config.jurisdictions) == 53


def test_team_file_mistake_is_named_in_the_team_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write(tmp_path, "team.yaml", "jurisdictions:\n  US-NY:\n    response: {days: -1}\n")
    problems = problems_for(capsys, tmp_path, "agencies: agencies.yaml\njurisdictions: [team.yaml]\n")
    [problem] = problems
    assert problem.startswith(f"{tmp_path / 'team.yaml'}:3: jurisdictions.US-NY.response.days: ")


def test_agency_may_use_a_jurisdiction_the_team_added(tmp_path: Path) -> None:
    write(tmp_path, "team.yaml", TEAM_LAW)
    write(tmp_path, "agencies.yaml", GOOD_AGENCIES.replace("jurisdiction: US-NY", "jurisdiction: US-NYC"))
    config = load_config(write(tmp_path, "foiabot.yaml", "agencies: agencies.yaml\njurisdictions: [team.yaml]\n"))
    assert config.agencies["nypd"].jurisdiction == "US-NYC"


# ---------------------------------------------------------------------------------------------- secrets


def test_read_secret_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOIABOT_TEST_SECRET", SECRET)
    assert read_secret("FOIABOT_TEST_SECRET", None, "inbox password") == SECRET


def test_read_secret_names_the_missing_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOIABOT_TEST_SECRET", raising=False)
    monkeypatch.setenv("FOIABOT_OTHER_SECRET", SECRET)
    with pytest.raises(ConfigError) as caught:
        read_secret("FOIABOT_TEST_SECRET", None, "inbox password")
    assert caught.value.problems == ["inbox password: environment variable FOIABOT_TEST_SECRET is not set"]
    assert SECRET not in str(caught.value)


def test_read_secret_treats_an_empty_variable_as_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOIABOT_TEST_SECRET", "")
    with pytest.raises(ConfigError, match="FOIABOT_TEST_SECRET is not set"):
        read_secret("FOIABOT_TEST_SECRET", None, "inbox password")


def test_read_secret_from_a_file_strips_the_newline(tmp_path: Path) -> None:
    path = write(tmp_path, "imap", f"  {SECRET}\n")
    assert read_secret(None, path, "inbox password") == SECRET


def test_read_secret_names_a_missing_or_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=f"cannot read secret file {tmp_path / 'nope'}"):
        read_secret(None, tmp_path / "nope", "inbox password")
    with pytest.raises(ConfigError, match="is empty"):
        read_secret(None, write(tmp_path, "empty", "\n"), "inbox password")


def test_read_secret_without_a_source_says_so() -> None:
    with pytest.raises(ConfigError, match="slack token: no secret configured"):
        read_secret(None, None, "slack token")


def test_check_config_never_prints_the_password(tmp_path: Path) -> None:
    write(tmp_path, "agencies.yaml", GOOD_AGENCIES)
    write(tmp_path, "imap-password", SECRET)
    good = write(tmp_path, "good.yaml", "agencies: agencies.yaml\n" + GOOD_INBOX)
    from_file = write(
        tmp_path,
        "file.yaml",
        "agencies: agencies.yaml\n"
        + GOOD_INBOX.replace("password_env: FOIABOT_IMAP_PASSWORD", "password_file: imap-password"),
    )
    # A password pasted into the file by mistake is refused without being repeated.
    pasted = write(tmp_path, "pasted.yaml", f"agencies: agencies.yaml\n{GOOD_INBOX}  password: {SECRET}\n")
    bad = write(tmp_path, "bad.yaml", "agencies: agencies.yaml\n" + GOOD_INBOX + "  port: abc\n")
    env = {**os.environ, "FOIABOT_IMAP_PASSWORD": SECRET}
    codes = []
    for settings in (good, from_file, pasted, bad):
        result = subprocess.run(
            [sys.executable, "-m", "bot", "check-config", "--config", str(settings)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert SECRET not in result.stdout + result.stderr
        codes.append(result.returncode)
    assert codes == [0, 0, 2, 2]
