"""Fixtures for the fault tests. The Dovecot server and the accounts come from tests/conftest.py; here: a
Slack-compatible server per test and a team's setup (`desk`) whose worker processes are killed at the end."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from dovecot import Account, Dovecot, dovecot_missing_reason
from faultkit import Desk
from slack_server import FakeSlack


@pytest.fixture
def fake_slack(slack: FakeSlack) -> FakeSlack:
    return slack


@pytest.fixture
def make_desk(tmp_path: Path) -> Iterator[Callable[..., Desk]]:
    """`make_desk(account, slack, **options)`: a desk with the settings written and the dev requests imported."""
    desks: list[Desk] = []

    def make(account: Account, slack: FakeSlack, *, import_requests: bool = True, **options: object) -> Desk:
        home = tmp_path / f"desk-{len(desks)}"
        home.mkdir()
        desk = Desk(account, slack, home, **options)  # type: ignore[arg-type]
        desks.append(desk)
        desk.write_settings()
        if import_requests:
            desk.import_requests()
        return desk

    yield make
    for desk in desks:
        desk.stop_processes()


@pytest.fixture
def desk(make_desk: Callable[..., Desk], mailbox_account: Account, fake_slack: FakeSlack) -> Desk:
    return make_desk(mailbox_account, fake_slack)


@pytest.fixture
def own_dovecot() -> Iterator[Dovecot]:
    """A Dovecot of the test's own, for faults that would disturb the shared one (restarts, failed logins)."""
    reason = dovecot_missing_reason()
    if reason:
        pytest.skip(reason)
    server = Dovecot()
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a fault test that takes more than ~20 s (deselect with -m 'not slow')")
