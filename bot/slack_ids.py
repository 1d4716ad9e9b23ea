"""The shapes of Slack's identifiers, written once: every place that takes an id from Slack, a settings file or
an action's payload checks it against these before using it (a malformed one is refused, never sent on)."""

from __future__ import annotations

import re

# A user (U...) or an Enterprise Grid user (W...); Slack's ids are upper-case letters and digits.
USER_ID = re.compile(r"[UW][A-Z0-9]{2,20}")
# A public channel (C...), a private one (G..., older workspaces) or a direct message (D...).
CHANNEL_ID = re.compile(r"[CGD][A-Z0-9]{8,}")
# A message's timestamp, which is also its id within its channel.
TS = re.compile(r"\d{9,10}\.\d{6}")
