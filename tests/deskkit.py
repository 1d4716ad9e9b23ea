"""What the end-to-end tests (test_worker.py, faults/) share: the dev corpus's mail, and the settings of a team
whose inbox is on the test Dovecot and whose alerts go to the Slack-compatible server."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dovecot import Account

DEV = Path(__file__).resolve().parent / "data" / "corpus" / "dev"
MAIL = DEV / "messages"
FOIA, TRIAGE = "C0FOIA0001", "C0TRIAGE01"  # the channel ids the Slack-compatible server gives #foia, #foia-triage


@dataclass
class Ran:
    code: int
    out: str
    err: str


def message_id(name: str) -> str:
    parsed = email.message_from_bytes((MAIL / name).read_bytes(), policy=email.policy.default)
    return str(parsed["Message-ID"])


def write_settings(path: Path, account: Account, slack_url: str, database: Path, *, password_env: str,
                   token_env: str, imap_port: int | None = None, inbox: dict[str, Any] | None = None,
                   alerts: dict[str, Any] | None = None) -> None:
    """The team's settings file: the dev corpus's agencies, INBOX and Sent on the test server, both channels."""
    settings = {
        "timezone": "America/New_York",
        "database": f"sqlite:///{database}",
        "agencies": str(DEV / "agencies.yaml"),
        "inbox": {
            "host": account.host, "port": imap_port or account.port, "security": "none",
            "username": account.user, "password_env": password_env, "folders": ["INBOX"],
            "sent_folder": "Sent", "timeout_seconds": 10, **(inbox or {}),
        },
        "slack": {"base_url": slack_url, "token_env": token_env, "channel": "#foia",
                  "triage_channel": "#foia-triage"},
        "alerts": {"retry_seconds": 5, **(alerts or {})},
    }
    path.write_text(json.dumps(settings, indent=2))  # JSON is YAML


def two_texas_requests(tmp_path: Path) -> Any:
    """A pipeline over a fresh register with two Texas DPS requests sent on 2026-03-02 (REQ-100 drone flight
    logs, REQ-101 body camera policy): the desk the Slack action tests click on."""
    from bot.config import RequestEntry, load_agencies, load_jurisdictions
    from bot.pipeline import Pipeline
    from bot.register import import_requests
    from bot.store import open_store

    jurisdictions = load_jurisdictions()
    agencies = load_agencies(DEV / "agencies.yaml", jurisdictions)
    store = open_store(f"sqlite:///{tmp_path}/register.db")
    entries = [RequestEntry(id="REQ-100", agency="txdps", subject="PIA Request: DPS drone flight logs, 2024",
                            sent=dt.date(2026, 3, 2), message_id="<req-100@records.example.org>"),
               RequestEntry(id="REQ-101", agency="txdps", subject="PIA Request: DPS body camera policy",
                            sent=dt.date(2026, 3, 2), message_id="<req-101@records.example.org>")]
    import_requests(store, entries, agencies, jurisdictions)
    return Pipeline(store, jurisdictions, agencies, "America/Chicago")


# From the agency, about one of its two open requests, but its words do not say which: it asks a question, which
# stops that request's clock.
EXTENSION = b"""From: DPS Public Information <ogc.publicinformation@dps.texas.gov>
To: records@records.example.org
Subject: RE: PIA Request: DPS records
Date: Wed, 04 Mar 2026 10:00:00 -0600
Message-ID: <ext-1@dps.texas.gov>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Before we can process your request, please clarify which months you mean. Reference R004127-011426.
"""


def until(check: Callable[[], Any], within: float = 10.0) -> Any:
    """Waits on state: the value once `check` returns one, or AssertionError."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("the state never came")
