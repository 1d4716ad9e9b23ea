"""Fixtures shared by the test files. Mail: one Dovecot for the whole session, a fresh account per test."""

from __future__ import annotations

import re
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


# A skip for want of a system package names it as "(apt-get install PACKAGE)"; ./tasks test installs these
# when it runs as root, and otherwise the run ends with one line saying what was skipped and how to get it.
APT_HINT = re.compile(r"\(apt-get install ([a-z0-9][a-z0-9.+-]*)\)")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> Iterator[None]:
    yield
    wanted: set[str] = set()
    skipped = 0
    for report in terminalreporter.stats.get("skipped", []):
        found = APT_HINT.findall(report.longrepr[2]) if isinstance(report.longrepr, tuple) else []
        skipped += bool(found)
        wanted.update(found)
    if wanted:
        terminalreporter.write_line(
            f"{skipped} tests skipped for want of {', '.join(sorted(wanted))}: install with "
            f"`sudo apt-get install {' '.join(sorted(wanted))}` (./tasks test does it when run as root)",
            yellow=True, bold=True,
        )
