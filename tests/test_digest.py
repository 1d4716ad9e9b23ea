"""The weekly digest, through the real slack-sdk against the Slack-compatible server, on the register of
test_report.py (its figures are counted by hand there). The digest is set for Mondays at 09:00 New York time;
Monday 2026-12-07 is in ISO week 50, Monday 2026-12-14 in week 51."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import struct
import subprocess
import sys
import threading
import time
import zoneinfo
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import time_machine
import yaml
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from slack_server import TOKEN, FakeSlack, fake_slack
from test_report import build_register

from bot import digest
from bot.config import Config, load_config
from bot.slack import SlackSink
from bot.store import OutboxAlert, Store, open_store

NY = zoneinfo.ZoneInfo("America/New_York")
FOIA = "C0FOIA0001"


def at(day: str, time_: str) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time.fromisoformat(time_), NY)


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with fake_slack() as fake:
        yield fake


@pytest.fixture
def config(tmp_path: Path, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("DIGEST_TEST_TOKEN", TOKEN)
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text(yaml.safe_dump({"agencies": [
        {"id": "fbi", "name": "Federal Bureau of Investigation", "jurisdiction": "US"},
        {"id": "epa", "name": "Environmental Protection Agency", "jurisdiction": "US"},
        {"id": "city", "name": "City Records Office", "jurisdiction": "US"},
    ]}))
    path = tmp_path / "foiabot.yaml"
    path.write_text(yaml.safe_dump({
        "timezone": "America/New_York", "database": f"sqlite:///{tmp_path / 'reg.db'}", "agencies": str(agencies),
        "slack": {"base_url": slack.url, "token_env": "DIGEST_TEST_TOKEN", "channel": "#foia",
                  "triage_channel": "#foia-triage"},
        "digest": {"day": "mon", "time": "09:00"},
    }))
    build_register(tmp_path / "reg.db")
    return load_config(path)


@pytest.fixture
def store(config: Config) -> Iterator[Store]:
    opened = open_store(config.database_url)
    yield opened
    opened.close()


def make_digest(config: Config, store: Store) -> digest.Digest:
    assert config.settings.slack is not None
    sink = SlackSink(config.settings.slack, TOKEN, retry_interval=FixedValueRetryIntervalCalculator(0.01))
    return digest.Digest(config, store, sink)


def run_at(d: digest.Digest, when: dt.datetime) -> str:
    with time_machine.travel(when, tick=False):
        return d.run()


def digests(slack: FakeSlack) -> list[str]:
    """The alert ids of the digests in the channel, in order (not the note about a missing scope)."""
    ids = [str((m.metadata or {}).get("event_payload", {}).get("alert_id")) for m in slack.posted(FOIA)
           if (m.metadata or {}).get("event_payload", {}).get("alert") == "digest"]
    return [i for i in ids if not i.endswith(":scope")]


def shared_files(slack: FakeSlack) -> list[dict[str, Any]]:
    return [f for m in slack.posted(FOIA) for f in m.files]


def test_the_digest_goes_out_once_a_week_even_when_the_job_runs_twice(
        config: Config, store: Store, slack: FakeSlack) -> None:
    d = make_digest(config, store)
    run_at(d, at("2026-12-04", "12:00"))  # switched on on a Friday: nothing to catch up
    assert digests(slack) == []
    run_at(d, at("2026-12-07", "09:00"))
    run_at(d, at("2026-12-07", "09:00:01"))  # the catch-up job right behind the cron job
    run_at(d, at("2026-12-09", "15:00"))
    assert digests(slack) == ["digest:2026-W50"]
    run_at(d, at("2026-12-14", "09:00"))
    assert digests(slack) == ["digest:2026-W50", "digest:2026-W51"]
    assert len(shared_files(slack)) == 2


def test_after_downtime_the_missed_digest_is_posted_once_when_the_worker_is_back(
        config: Config, store: Store, slack: FakeSlack) -> None:
    d = make_digest(config, store)
    run_at(d, at("2026-12-04", "12:00"))
    # down from Friday to Tuesday afternoon: Monday's 09:00 passed unseen
    assert run_at(d, at("2026-12-08", "14:30")) == "the digest for digest:2026-W50 posted"
    assert run_at(d, at("2026-12-08", "14:35")) == "the digest for digest:2026-W50 was posted already"
    assert digests(slack) == ["digest:2026-W50"]


def test_the_digest_states_the_desk_and_the_agencies_most_behind(
        config: Config, store: Store, slack: FakeSlack) -> None:
    d = make_digest(config, store)
    run_at(d, at("2026-12-04", "12:00"))
    run_at(d, at("2026-12-07", "09:00"))
    text = next(m.text for m in slack.posted(FOIA) if m.text.startswith("Weekly digest"))
    assert text.startswith("Weekly digest: week 50 of 2026")
    assert "3 open (acknowledged 1, awaiting_requester 1, extended 1); 1 overdue; 1 waiting on us; " \
           "1 appeal windows closing within 14 days; 2 messages waiting in triage" in text
    assert "F4 (fbi): due 2026-11-13, 15 business days late" in text
    assert "1. Federal Bureau of Investigation: 1 overdue now; answered by the due date 33% (1 of 3 requests); " \
           "first response median 1.5, 90th percentile 12 business days (4 requests)" in text
    assert "Environmental Protection Agency" not in text  # neither overdue nor rated: not "behind"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_chart_reaches_the_channel_as_a_png_with_alt_text(
        config: Config, store: Store, slack: FakeSlack) -> None:
    d = make_digest(config, store)
    run_at(d, at("2026-12-04", "12:00"))
    run_at(d, at("2026-12-07", "09:00"))
    [call] = slack.calls_to("files.completeUploadExternal")
    assert call.params["channel_id"] == FOIA
    [file] = slack.files.values()
    assert file.shared_in == FOIA and file.data is not None
    assert png_size(file.data) == (1000, 750) and file.length == len(file.data)
    assert file.alt_txt is not None
    assert "Answered by the due date: Federal Bureau of Investigation 33% (1 of 3 requests)" in file.alt_txt
    assert "Open requests by status: acknowledged 1, awaiting_requester 1, extended 1" in file.alt_txt
    assert [f["alt_txt"] for f in shared_files(slack)] == [file.alt_txt]


def test_without_files_write_the_digest_is_text_and_names_the_scope_once(
        config: Config, store: Store, slack: FakeSlack) -> None:
    slack.withhold("files:write")
    d = make_digest(config, store)
    run_at(d, at("2026-12-04", "12:00"))
    run_at(d, at("2026-12-07", "09:00"))
    run_at(d, at("2026-12-14", "09:00"))
    assert digests(slack) == ["digest:2026-W50", "digest:2026-W51"]
    notes = [m.text for m in slack.posted(FOIA) if "files:write" in m.text]
    assert len(notes) == 1 and "Add it to the app's bot token scopes" in notes[0]
    assert shared_files(slack) == [] and slack.calls_to("upload") == []
    assert [c.status for c in slack.calls_to("files.getUploadURLExternal")] == [200, 200]  # asked each week
    with store.session() as session:
        rows = session.query(OutboxAlert).filter(OutboxAlert.type == "digest").all()
        assert {r.key: r.status for r in rows} == {"digest:2026-W50": "sent", "digest:2026-W51": "sent"}


def test_a_digest_slack_took_before_failing_is_found_again_not_posted_twice(
        config: Config, store: Store, slack: FakeSlack) -> None:
    d = make_digest(config, store)
    run_at(d, at("2026-12-04", "12:00"))
    slack.post_then_fail(1)  # Slack posts the digest, then answers 500
    assert "failed" in run_at(d, at("2026-12-07", "09:00"))
    assert run_at(d, at("2026-12-07", "09:05")) == "the digest for digest:2026-W50 posted"
    assert digests(slack) == ["digest:2026-W50"]
    assert len(shared_files(slack)) == 1


def test_the_scheduler_catches_up_once_at_start(config: Config, store: Store, slack: FakeSlack) -> None:
    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
    from apscheduler.schedulers.background import BackgroundScheduler

    with store.session() as session:  # switched on weeks ago; the worker was down at the last Monday 09:00
        store.set_meta(session, digest.SINCE, "2026-01-05T00:00:00+00:00")
    ran: list[Any] = []
    done = threading.Event()

    def count(event: Any) -> None:
        if event.job_id == "digest-catch-up":
            ran.append(event.retval)
            done.set()

    for _start in range(2):  # a first start, and a restart
        scheduler = BackgroundScheduler(timezone=NY)
        scheduler.add_listener(count, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
        assert digest.schedule(config, store, make_digest(config, store).sink, scheduler) is not None
        done.clear()
        scheduler.start()
        try:
            assert done.wait(30), "the catch-up job did not run"
        finally:
            scheduler.shutdown(wait=True)
    assert ran[0].endswith("posted") and ran[1].endswith("was posted already")
    assert len(digests(slack)) == 1


def test_the_worker_posts_the_digest_it_missed_and_stops_cleanly(
        config: Config, store: Store, slack: FakeSlack) -> None:
    with store.session() as session:
        store.set_meta(session, digest.SINCE, "2026-01-05T00:00:00+00:00")
    env = {**os.environ, "DIGEST_TEST_TOKEN": TOKEN}
    worker = subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(config.path)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not (digests(slack) and shared_files(slack)) and worker.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(digests(slack)) == 1 and len(shared_files(slack)) == 1
    finally:
        worker.send_signal(signal.SIGTERM)
        _, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err
    assert "Traceback" not in err and TOKEN not in err
    assert json.dumps(digests(slack)).count("digest:") == 1
