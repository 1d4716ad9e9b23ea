"""Fixtures shared by the test files. Mail: one Dovecot for the whole session, a fresh account per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from dovecot import Account, Dovecot, dovecot_missing_reason
from slack_server import FakeSlack


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[Dovecot]:
    """A Dovecot on loopback with a plain listener (STARTTLS offered) and a TLS listener (`tls_port`)."""
    reason = dovecot_missing_reason()
    if reason:
        pytest.skip(reason)
    server = Dovecot(tls=True)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def mailbox_account(dovecot_server: Dovecot) -> Account:
    """A new user with an empty mailbox, so that tests never see each other's mail."""
    return dovecot_server.add_account()


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    """A local server that speaks Slack's Web API (tests/slack_server.py), stopped after the test."""
    server = FakeSlack().start()
    try:
        yield server
    finally:
        server.stop()
