"""The database locked by another process, or its disk full: `run --once` says so plainly and exits non-zero,
leaves nothing half-written (no message without its alert, no checkpoint past unrecorded mail), and the next
run, once the lock or the space is back, processes everything."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from dovecot import Account
from faultkit import (
    THIRTY,
    Desk,
    assert_each_alert_posted_once,
    assert_every_message_processed,
    assert_no_partial_state,
)
from slack_server import FakeSlack

pytestmark = pytest.mark.imap

FIVE = THIRTY[:5]


@pytest.mark.slow
def test_database_locked_by_another_process_fails_the_pass_clearly_and_the_next_pass_catches_up(desk: Desk) -> None:
    desk.mail(*FIVE)
    holder = sqlite3.connect(desk.db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")

        locked = desk.run_once()  # waits out the busy timeout (15 s), then gives up

        assert locked.code == 1
        assert "foiabot: the database is locked by another process" in locked.err
        assert "Traceback" not in locked.err
        holder.execute("ROLLBACK")
    finally:
        holder.close()
    assert desk.query("SELECT count(*) FROM messages") == [(0,)]
    assert desk.query("SELECT count(*) FROM checkpoints") == [(0,)]
    assert desk.slack.posted() == []

    released = desk.run_once()

    assert released.code == 0, released.err
    assert_every_message_processed(desk, FIVE)
    assert_each_alert_posted_once(desk, FIVE)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MB tmpfs (room for the write-ahead log of a whole pass): a disk that can really fill up."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True,
                          check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Fill `disk` up, then give back `leave` bytes."""
    filler = disk / "filler"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
                os.fsync(out.fileno())
        except OSError:
            pass
    os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def test_full_disk_fails_the_pass_clearly_without_partial_state_and_the_next_pass_catches_up(
    make_desk: Callable[..., Desk], mailbox_account: Account, fake_slack: FakeSlack, small_disk: Path
) -> None:
    desk = make_desk(mailbox_account, fake_slack, database=small_disk / "foiabot.db")
    desk.mail(*THIRTY)
    filler = fill(small_disk, leave=64 * 1024)  # room for a few messages, not for a batch of thirty

    full = desk.run_once()

    assert full.code == 1
    assert "foiabot: the disk holding the database is full" in full.err
    assert "Traceback" not in full.err
    (recorded,), = desk.query("SELECT count(*) FROM messages")
    assert recorded < len(THIRTY)
    assert_no_partial_state(desk)
    print(f"\nfull disk: {recorded} of {len(THIRTY)} messages recorded before the disk was full")

    filler.unlink()
    again = desk.run_once()

    assert again.code == 0, again.err
    assert_every_message_processed(desk, THIRTY)
    assert_each_alert_posted_once(desk, THIRTY)
    assert_no_partial_state(desk)
