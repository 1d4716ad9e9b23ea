"""The request register through `foiabot requests`: import (YAML and CSV, idempotent), add, list, show and
close, against a real SQLite file; and the database schema's version."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import main
from bot.errors import StoreError
from bot.store import SCHEMA_VERSION, open_store

DEV = Path(__file__).resolve().parent / "data" / "corpus" / "dev"
DEV_REQUESTS = DEV / "requests.yaml"
# The dev agencies' ids, as an unknown agency's message lists them.
KNOWN = ", ".join(sorted(a["id"] for a in yaml.safe_load((DEV / "agencies.yaml").read_text())["agencies"]))
COLUMNS = ["id", "agency", "subject", "sent", "message_id", "reply_address", "tracking_number"]


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A settings file beside its database (a path relative to the settings file) and the dev agencies."""
    monkeypatch.delenv("FOIABOT_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "foiabot.yaml"
    path.write_text(f"database: sqlite:///db.sqlite\nagencies: {DEV / 'agencies.yaml'}\n", encoding="utf-8")
    return path


def foiabot(capsys: pytest.CaptureFixture[str], settings: Path, *argv: str, code: int = 0) -> str:
    """Runs `foiabot requests ACTION ... --config SETTINGS` in-process; returns stdout."""
    assert main(["requests", *argv, "--config", str(settings)]) == code, capsys.readouterr().err
    return capsys.readouterr().out


def request_rows(database: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(database) as conn:
        rows = conn.execute("SELECT * FROM requests ORDER BY id").fetchall()
    conn.close()
    return rows


def listed(capsys: pytest.CaptureFixture[str], settings: Path, *flags: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in foiabot(capsys, settings, "list", "--json", *flags).splitlines()]


def refused_import(capsys: pytest.CaptureFixture[str], settings: Path, requests: Path, text: str) -> tuple[str, str]:
    """Writes `text` to the file `requests`, imports it, expects exit 2; returns stdout and stderr."""
    requests.write_text(text, encoding="utf-8")
    assert main(["requests", "import", str(requests), "--config", str(settings)]) == 2
    out, err = capsys.readouterr()
    return out, err


def add_argv(request_id: str, agency: str, subject: str, sent: str, *more: str) -> list[str]:
    """The words of `requests add` for one request; `more` are further options."""
    return ["add", "--id", request_id, "--agency", agency, "--subject", subject, "--sent", sent, *more]


# ------------------------------------------------------------------------------------------------ import


def test_import_adds_every_request_once(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    out = foiabot(capsys, settings, "import", str(DEV_REQUESTS))
    assert out == f"imported {DEV_REQUESTS}: 18 added, 0 updated, 0 unchanged\n"
    database = settings.parent / "db.sqlite"
    assert database.exists()
    before = request_rows(database)
    assert len(before) == 18

    out = foiabot(capsys, settings, "import", str(DEV_REQUESTS))
    assert out == f"imported {DEV_REQUESTS}: 0 added, 0 updated, 18 unchanged\n"
    assert request_rows(database) == before


def test_import_from_csv_matches_import_from_yaml(
    capsys: pytest.CaptureFixture[str], settings: Path, tmp_path: Path
) -> None:
    rows = yaml.safe_load(DEV_REQUESTS.read_text(encoding="utf-8"))["requests"]
    csv_file = tmp_path / "requests.csv"
    with csv_file.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows({k: "" if row.get(k) is None else row[k] for k in COLUMNS} for row in rows)
    assert foiabot(capsys, settings, "import", str(csv_file)).endswith(": 18 added, 0 updated, 0 unchanged\n")
    from_csv = listed(capsys, settings)

    other = tmp_path / "other.yaml"
    other.write_text(
        "database: sqlite:///other.sqlite\n" + settings.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8"
    )
    foiabot(capsys, other, "import", str(DEV_REQUESTS))
    assert listed(capsys, other) == from_csv
    # And the same rows again, in the other format, change nothing.
    assert foiabot(capsys, settings, "import", str(DEV_REQUESTS)).endswith(": 0 added, 0 updated, 18 unchanged\n")


def test_import_fills_in_a_tracking_number_learned_later(
    capsys: pytest.CaptureFixture[str], settings: Path, tmp_path: Path
) -> None:
    first = tmp_path / "first.yaml"
    first.write_text(
        "requests:\n  - {id: R-1, agency: epa, subject: 'FOIA: lead lines', sent: 2026-11-02}\n", encoding="utf-8"
    )
    foiabot(capsys, settings, "import", str(first))
    later = tmp_path / "later.yaml"
    later.write_text(
        "requests:\n  - {id: R-1, agency: epa, subject: 'FOIA: lead lines', sent: 2026-11-02,\n"
        "     tracking_number: EPA-R5-2026-004411}\n",
        encoding="utf-8",
    )
    assert foiabot(capsys, settings, "import", str(later)).endswith(": 0 added, 1 updated, 0 unchanged\n")
    [row] = listed(capsys, settings)
    assert row["tracking_numbers"] == ["EPA-R5-2026-004411"]


def test_import_with_an_unknown_agency_names_file_and_line(
    capsys: pytest.CaptureFixture[str], settings: Path, tmp_path: Path
) -> None:
    requests = tmp_path / "requests.yaml"
    out, err = refused_import(
        capsys,
        settings,
        requests,
        "requests:\n"
        "  - id: R-1\n"
        "    agency: fbi\n"
        "    subject: 'FOIA: one'\n"
        "    sent: 2026-11-02\n"
        "  - id: R-2\n"
        "    agency: cia\n"
        "    subject: 'FOIA: two'\n"
        "    sent: 2026-11-02\n",
    )
    assert out == ""
    assert err == f"{requests}:7: requests.1.agency: unknown agency 'cia' (known: {KNOWN})\n"
    # Nothing was imported: a file with a mistake is refused whole.
    assert listed(capsys, settings, "--all") == []


@pytest.mark.parametrize(
    ("text", "error"),
    [
        pytest.param(
            "id,agency,subject,sent\nR-1,fbi,FOIA: one,2026-11-02\nR-2,cia,FOIA: two,2026-11-02\n",
            f":3: agency: unknown agency 'cia' (known: {KNOWN})\n",
            id="unknown-agency-names-file-and-line",
        ),
        pytest.param(
            "id,agency,subject,sent\n"  # 1
            'R-1,fbi,"FOIA: one,\n'  # 2
            'with a second line",2026-11-02\n'  # 3
            "R-2,cia,FOIA: two,2026-11-02\n",  # 4
            f":4: agency: unknown agency 'cia' (known: {KNOWN})\n",
            id="line-numbers-count-quoted-line-breaks",
        ),
        pytest.param(
            "id,agency,subject,sent,notes\nR-1,fbi,FOIA: one,2026-11-02,urgent\n",
            ":2: notes: unknown key\n",
            id="unknown-column-says-so",
        ),
    ],
)
def test_csv_import_mistake_is_refused_naming_file_and_line(
    capsys: pytest.CaptureFixture[str], settings: Path, tmp_path: Path, text: str, error: str
) -> None:
    requests = tmp_path / "requests.csv"
    _, err = refused_import(capsys, settings, requests, text)
    assert err == f"{requests}{error}"


def test_import_with_a_bad_date_names_the_row(
    capsys: pytest.CaptureFixture[str], settings: Path, tmp_path: Path
) -> None:
    requests = tmp_path / "requests.yaml"
    text = "requests:\n  - id: R-1\n    agency: fbi\n    subject: x\n    sent: last tuesday\n"
    _, err = refused_import(capsys, settings, requests, text)
    assert err.startswith(f"{requests}:5: requests.0.sent: ")


def test_import_of_a_missing_file_exits_2_without_a_traceback(settings: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "requests", "import", str(tmp_path / "nope.yaml"), "--config", str(settings)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr == f"{tmp_path / 'nope.yaml'}: file not found\n"


# --------------------------------------------------------------------------------- add, list, show, close


def test_add_then_list_shows_the_request_with_its_due_date(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    new_1 = add_argv("NEW-1", "fbi", "FOIA: drones", "2026-11-25")
    more = ["--tracking-number", "1645990-000", "--reply-address", "Records+NEW-1@records.example.org"]
    out = foiabot(capsys, settings, *new_1, *more)
    assert out == "NEW-1: added\n"
    [row] = listed(capsys, settings)
    assert {
        "id",
        "agency",
        "jurisdiction",
        "subject",
        "sent",
        "status",
        "tracking_numbers",
        "due",
        "due_explanation",
        "follow_up",
        "appeal_due",
        "estimated",
        "message_id",
        "reply_address",
    } <= set(row)
    assert row["id"] == "NEW-1"
    assert row["agency"] == "fbi"
    assert row["jurisdiction"] == "US"
    assert row["status"] == "open"
    assert row["sent"] == "2026-11-25"
    assert row["due"] == "2026-12-24"  # 20 business days, Thanksgiving skipped
    assert row["tracking_numbers"] == ["1645990-000"]
    assert row["reply_address"] == "records+new-1@records.example.org"

    # Adding it again is a mistake, not a silent success: the register keeps what it had.
    assert main(["requests", *new_1, "--config", str(settings)]) == 1
    assert capsys.readouterr().err == ("foiabot: NEW-1 is already in the register; correct it with "
                                       "`foiabot requests edit NEW-1 ...`\n")
    assert listed(capsys, settings) == [row]


def test_add_with_an_unknown_agency_is_refused(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    argv = ["requests", *add_argv("X", "cia", "s", "2026-11-25"), "--config", str(settings)]
    assert main(argv) == 2  # a mistake on the command line, as an unknown agency in an imported file
    assert capsys.readouterr().err.startswith("--agency: unknown agency 'cia' (in ")


def test_show_gives_the_due_date_with_its_explanation(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    foiabot(capsys, settings, "import", str(DEV_REQUESTS))
    out = foiabot(capsys, settings, "show", "REQ-010")
    fields = dict(line.split(None, 1) for line in out.split("history:")[0].splitlines())
    assert fields["agency"] == "sdpd"
    assert fields["jurisdiction"] == "US-CA"
    assert fields["due"] == "2026-01-20"
    # Sent Fri 2026-01-09; 10 calendar days is Mon 01-19, Martin Luther King Jr. Day: rolls to Tue 01-20.
    assert "10 calendar days after receipt on 2026-01-09" in fields["due_explanation"]
    assert "Cal. Gov. Code" in fields["due_explanation"]
    assert "2026-01-09  sent" in out.split("history:")[1]


def test_show_as_json_includes_the_history(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    foiabot(capsys, settings, "import", str(DEV_REQUESTS))
    shown = json.loads(foiabot(capsys, settings, "show", "REQ-001", "--json"))
    assert shown["due"] == "2026-02-03"
    assert "5 U.S.C. § 552(a)(6)" in shown["due_explanation"]
    assert [event["kind"] for event in shown["events"]] == ["sent"]


def test_close_hides_the_request_from_list_but_not_from_list_all(
    capsys: pytest.CaptureFixture[str], settings: Path
) -> None:
    foiabot(capsys, settings, "import", str(DEV_REQUESTS))
    assert foiabot(capsys, settings, "close", "REQ-003") == "REQ-003: closed\n"
    assert "REQ-003" not in [row["id"] for row in listed(capsys, settings)]
    assert len(listed(capsys, settings)) == 17
    closed = [row for row in listed(capsys, settings, "--all") if row["id"] == "REQ-003"]
    assert [row["status"] for row in closed] == ["closed"]
    table = foiabot(capsys, settings, "list", "--all")
    assert any(line.split()[:3] == ["REQ-003", "fbi", "closed"] for line in table.splitlines())
    assert "REQ-003" not in foiabot(capsys, settings, "list")
    assert "closed" in [e["kind"] for e in json.loads(foiabot(capsys, settings, "show", "REQ-003", "--json"))["events"]]


@pytest.mark.parametrize("action", ["show", "close"])
def test_show_or_close_of_an_unknown_request_exits_1(
    capsys: pytest.CaptureFixture[str], settings: Path, action: str
) -> None:
    assert main(["requests", action, "REQ-999", "--config", str(settings)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "foiabot: no request 'REQ-999' in the register\n"


def test_config_may_come_before_the_action(capsys: pytest.CaptureFixture[str], settings: Path) -> None:
    foiabot(capsys, settings, "import", str(DEV_REQUESTS))
    assert main(["requests", "--config", str(settings), "list", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 18


def test_foiabot_config_names_the_settings(
    capsys: pytest.CaptureFixture[str], settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foiabot(capsys, settings, "import", str(DEV_REQUESTS))
    monkeypatch.setenv("FOIABOT_CONFIG", str(settings))
    assert main(["requests", "list", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 18


# ------------------------------------------------------------------------------------------------ schema


def test_reopening_the_database_keeps_the_data_and_its_schema_versions(
    capsys: pytest.CaptureFixture[str], settings: Path
) -> None:
    foiabot(capsys, settings, "import", str(DEV_REQUESTS))
    database = settings.parent / "db.sqlite"
    for _ in range(2):
        open_store(f"sqlite:///{database}").close()
    assert len(listed(capsys, settings)) == 18
    with sqlite3.connect(database) as conn:
        versions = [row[0] for row in conn.execute("SELECT version FROM schema_version")]
    conn.close()
    assert versions == list(range(1, SCHEMA_VERSION + 1))  # each migration recorded once, none again


def test_a_database_from_a_newer_foiabot_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite"
    open_store(f"sqlite:///{database}").close()
    with sqlite3.connect(database) as conn:
        conn.execute(
            "INSERT INTO schema_version (version, applied_at) VALUES (?, CURRENT_TIMESTAMP)", (SCHEMA_VERSION + 1,)
        )
    conn.close()
    with pytest.raises(StoreError, match="newer than this foiabot"):
        open_store(f"sqlite:///{database}")


def test_close_keeps_the_reason_given_in_the_requests_history(
    capsys: pytest.CaptureFixture[str], settings: Path
) -> None:
    foiabot(capsys, settings, "import", str(DEV_REQUESTS))
    assert foiabot(capsys, settings, "close", "REQ-003", "--reason", "withdrawn:  the story ran") == "REQ-003: closed\n"
    events = json.loads(foiabot(capsys, settings, "show", "REQ-003", "--json"))["events"]
    assert [e["detail"] for e in events if e["kind"] == "closed"] == ["closed by hand: withdrawn: the story ran"]
