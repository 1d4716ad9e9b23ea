"""Who may change the register from Slack, asked of the Slack stand-in through the real slack-sdk: user ids
listed, members of user groups (usergroups.users.list, kept a few minutes), and nobody let through when Slack
cannot say."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from slack_sdk import WebClient
from slack_server import TOKEN, FakeSlack, fake_slack

from bot.editors import Editors

GROUP = "S0DESKTEAM"


@pytest.fixture()
def slack() -> Iterator[FakeSlack]:
    with fake_slack() as server:
        server.usergroups[GROUP] = ["U0MEMBER01"]
        yield server


def test_without_editors_anyone_may_act_and_slack_is_never_asked(slack: FakeSlack) -> None:
    editors = Editors(WebClient(token=TOKEN, base_url=slack.url), None)
    assert editors.allows("U0ANYONE01") and slack.calls_to("usergroups.users.list") == []


def test_a_group_is_asked_once_while_kept_then_again_so_that_leaving_it_counts(slack: FakeSlack) -> None:
    now = [0.0]
    editors = Editors(WebClient(token=TOKEN, base_url=slack.url), ["W0EDITOR01", GROUP], kept=300,
                      clock=lambda: now[0])
    assert editors.allows("W0EDITOR01") and editors.allows("U0MEMBER01") and not editors.allows("U0OTHER001")
    assert not editors.allows("")
    slack.usergroups[GROUP] = []  # taken out of the group
    now[0] = 299.0
    assert editors.allows("U0MEMBER01")
    now[0] = 301.0
    assert not editors.allows("U0MEMBER01")
    assert [c.params["usergroup"] for c in slack.calls_to("usergroups.users.list")] == [GROUP, GROUP]


def test_a_group_slack_does_not_know_lets_nobody_through(slack: FakeSlack, caplog: pytest.LogCaptureFixture) -> None:
    editors = Editors(WebClient(token=TOKEN, base_url=slack.url), ["S0TYPO0001"])
    assert not editors.allows("U0MEMBER01")
    assert "S0TYPO0001 (no_such_subteam)" in caplog.text and TOKEN not in caplog.text
