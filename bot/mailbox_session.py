"""Mailbox stage, staying connected (I/O edge): runs an operation on one ImapMailbox and, when the connection
breaks (network fault, BYE, timeout, server restart), reconnects with backoff and runs it again.

It never retries a permanent error (a wrong password, say) and never reads or marks mail itself: the operation
does, from its own checkpoint, which is why running it again from the start is safe.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Self, TypeVar

from bot.errors import MailboxError
from bot.mailbox import ImapMailbox

log = logging.getLogger(__name__)
T = TypeVar("T")


class MailboxSession:
    """Keeps one ImapMailbox connected: `run(op)` runs op on it and, when the connection breaks
    (network fault, BYE, timeout, server restart), reconnects with exponential backoff (1, 2, 4 ... s,
    capped at max_backoff) and runs op again. op must therefore be safe to re-run from the start: it
    should read its checkpoint afresh each time. Permanent errors (wrong password) are raised at once;
    a set stop event ends the waiting with the last error."""

    def __init__(
        self,
        factory: Callable[[], ImapMailbox],
        stop_event: threading.Event,
        max_backoff: float = 60.0,
        first_backoff: float = 1.0,
    ) -> None:
        self._factory = factory
        self.stop_event = stop_event
        self.max_backoff = max_backoff
        self.first_backoff = first_backoff
        self._mailbox: ImapMailbox | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def run(self, op: Callable[[ImapMailbox], T]) -> T:
        delay = self.first_backoff
        while True:
            started = time.monotonic()
            try:
                return op(self._connected())
            except MailboxError as err:
                if err.permanent:
                    raise
                if time.monotonic() - started > self.max_backoff:
                    delay = self.first_backoff  # it worked for a while: a new fault starts the backoff afresh
                self.close()
                if self.stop_event.is_set():
                    raise  # stopping (or a single pass): no reconnect
                log.warning("IMAP: %s; reconnecting in %g s", err, delay)
                if self.stop_event.wait(delay):
                    raise
            delay = min(delay * 2, self.max_backoff)

    def _connected(self) -> ImapMailbox:
        if self._mailbox is None:
            mailbox = self._factory()
            mailbox.connect()
            self._mailbox = mailbox
        return self._mailbox

    def close(self) -> None:
        mailbox, self._mailbox = self._mailbox, None
        if mailbox is not None:
            mailbox.close()
