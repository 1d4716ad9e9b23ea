"""Who may change the register from Slack (I/O): the `slack.editors` setting, Slack user ids and user groups
whose members count. A group's members are asked of Slack (usergroups.users.list) and kept a few minutes, so
that a burst of clicks costs one call and someone taken out of the group loses the right soon after. When
Slack cannot say who is in a group, its members are refused (nothing changes) rather than let through.
Reading the register is open to everyone; this only guards changes. Never logs a token.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

log = logging.getLogger(__name__)

KEPT_SECONDS = 300.0  # how long a group's members are trusted before Slack is asked again
REFUSAL = ("Only the desk's editors can change the register from Slack (slack.editors); nothing was changed. "
           "Ask one of them, or an admin to add you.")


class Editors:
    def __init__(self, web: WebClient, editors: Sequence[str] | None, kept: float = KEPT_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.web, self.kept, self.clock = web, kept, clock
        self.restricted = editors is not None
        self.users = {i for i in editors or () if not i.startswith("S")}
        self.groups = [i for i in editors or () if i.startswith("S")]
        self._members: dict[str, tuple[float, frozenset[str]]] = {}
        self._lock = threading.Lock()

    def allows(self, user: str) -> bool:
        """Whether `user` may change the register: anyone when no editors are set."""
        if not self.restricted:
            return True
        return bool(user) and (user in self.users or any(user in self._group(group) for group in self.groups))

    def _group(self, group: str) -> frozenset[str]:
        with self._lock:
            seen = self._members.get(group)
            if seen is not None and self.clock() - seen[0] < self.kept:
                return seen[1]
            try:
                members = frozenset(str(u) for u in self.web.usergroups_users_list(usergroup=group).get("users")
                                    or [])
            except SlackApiError as err:
                # missing_scope: the app lacks usergroups:read; no_such_subteam: the id is wrong. Both are the
                # team's to fix, and neither must let anyone through.
                log.warning("could not list the members of Slack user group %s (%s); they are refused until it "
                            "works", group, err.response.get("error"))
                return frozenset()
            except (SlackClientError, OSError) as err:
                log.warning("could not reach Slack to list user group %s (%s)", group, err.__class__.__name__)
                return seen[1] if seen is not None else frozenset()  # a stale answer beats refusing everyone
            self._members[group] = (self.clock(), members)
            return members
