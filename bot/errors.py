"""The project's exceptions: one type per failure family, with a `permanent` flag where retrying cannot help.

Only `cli.py` turns these into messages and exit codes; everything else raises or records them.
"""

from __future__ import annotations


class FoiabotError(Exception):
    """Base class. `str(err)` is a sentence a user can act on; it never contains a secret."""

    permanent: bool = True

    def __init__(self, message: str, *, permanent: bool | None = None) -> None:
        super().__init__(message)
        if permanent is not None:
            self.permanent = permanent


class ConfigError(FoiabotError):
    """A configuration file is missing, unreadable or invalid. `problems` holds one line per mistake,
    each as `FILE:LINE: key: what is wrong`."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems) or "invalid configuration")


class StoreError(FoiabotError):
    """The database cannot be opened or written (locked, disk full, unreachable)."""

    permanent = False


class WorkerLocked(FoiabotError):
    """Another worker already runs against the same database."""


class MailboxError(FoiabotError):
    """The mailbox cannot be reached or read. Login failures are permanent; network faults are not."""

    permanent = False


class FolderError(MailboxError):
    """One folder cannot be selected (it does not exist, or the account may not read it); the others can."""

    permanent = True

    def __init__(self, folder: str, message: str) -> None:
        super().__init__(message)
        self.folder = folder


class DeliveryError(FoiabotError):
    """Slack refused or failed to take an alert. Permanent for errors such as msg_too_long. `hold` says that the
    team can fix the cause, so the alert waits instead of failing: "token" (token revoked, invalid or missing a
    scope: no alert can go) or "channel" (unknown channel, bot not invited, archived: that channel's alerts)."""

    permanent = False
    hold: str | None = None


class ParseError(FoiabotError):
    """A message could not be parsed; it is set aside with this reason."""
