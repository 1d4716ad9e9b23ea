"""Mailbox stage (I/O edge): raw messages from the team's IMAP inbox (files.py reads .eml, Maildir and mbox), each
folder read from its checkpoint in batches, and the wait for new mail (IDLE, or a poll). Connecting and signing in
are bot/mailbox_connect.py's.

The inbox belongs to people, so this module only reads it: folders are selected read-only and bodies are
fetched with BODY.PEEK, so it never changes flags (\\Seen stays as it was), never moves, copies or deletes a
message. The one documented exception is `InboxSettings.add_keyword`: when it names a keyword,
`ImapMailbox.add_keyword` adds that keyword (and nothing else) to messages the caller has processed.

It knows nothing about the database: `fetch_new` yields each batch with the `Checkpoint` that is valid after
it, and the caller stores both in one transaction. Every failure surfaces as `MailboxError`; `permanent`
says whether reconnecting can help, and `MailboxSession` (bot/mailbox_session.py) does the reconnecting.
"""

from __future__ import annotations

import datetime as dt
import logging
import ssl
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from imapclient import IMAPClient
from imapclient.imapclient import SENT

from bot.auth import TokenSource
from bot.errors import FolderError, MailboxError
from bot.mailbox_connect import ImapConnection
from bot.settings import InboxSettings

log = logging.getLogger(__name__)

FETCH_ITEMS = [b"BODY.PEEK[]"]
SIZE_ITEMS = [b"RFC822.SIZE", b"INTERNALDATE"]
BIG_MESSAGE = 8 << 20  # bytes: larger messages are fetched in pieces
# Messages fetched and processed together: at most this many bytes (or one message). 20 replies carrying a 6 MB
# letter each, `run --once`: one batch of 20, 419 MB peak; batches of 32 MB, 216 MB; of 8 MB, 136 MB.
BATCH_BYTES = 8 << 20
PIECE = 2 << 20  # bytes per FETCH of a big message: 4 MB pieces peaked 11 MB higher for a 70 MB message
# RFC 2177: clients should re-issue IDLE at least every 29 minutes; many servers and NAT boxes drop
# quiet connections sooner, so one IDLE never lasts longer than this.
IDLE_MAX_SECONDS = 9 * 60
IDLE_SLICE_SECONDS = 1.0  # how often a waiting IDLE looks at the stop event


@dataclass(frozen=True)
class Checkpoint:
    """How far a folder has been read. A different UIDVALIDITY on the server means: read it all again."""

    folder: str
    uidvalidity: int
    last_uid: int
    highestmodseq: int | None = None


@dataclass(frozen=True)
class Fetched:
    folder: str
    uid: int
    uidvalidity: int
    internaldate: dt.datetime  # aware, UTC
    raw: bytes  # a bytearray for a message fetched in pieces


@dataclass(frozen=True)
class _Selected:
    uidvalidity: int
    uidnext: int | None
    highestmodseq: int | None


class ImapMailbox(ImapConnection):
    """One IMAP connection to the inbox, signed in as ImapConnection does: folders read from a checkpoint, and
    the wait for new mail. Use as a context manager, or `connect()` and `close()`."""

    def __init__(
        self,
        settings: InboxSettings,
        password: str | TokenSource,
        ssl_context: ssl.SSLContext | None = None,
        stop_event: threading.Event | None = None,
    ) -> None:
        """`password` is the password, or the source of OAuth 2 access tokens (bot.auth.sign_in gives either)."""
        super().__init__(settings, password, ssl_context)
        self.stop_event = stop_event or threading.Event()
        self._uidnext: dict[str, int] = {}  # per folder, as of the last fetch_new: lets IDLE see mail that
        # arrived between that fetch and the start of IDLE
        self.idling = threading.Event()  # set while the server has accepted IDLE: new mail is announced now

    # -- reading ----------------------------------------------------------------------------------

    def fetch_new(self, folder: str, checkpoint: Checkpoint | None,
                  since: dt.datetime | None = None) -> Iterator[tuple[list[Fetched], Checkpoint]]:
        """Yield the messages that arrived after `checkpoint`, in UID order and in batches of
        `batch_size`, each with the checkpoint that is valid once the caller has stored that batch.

        Without a checkpoint, or when the folder's UIDVALIDITY changed, every message is returned again
        (the caller recognises those it has seen by Message-ID or hash). When there is nothing to fetch
        but the checkpoint changed (a new or emptied folder) it yields one empty batch with the new one.
        A poll with nothing new costs one SELECT (plus a SEARCH if the server omits UIDNEXT).

        `since`, on first contact (no checkpoint): only mail the server dated on or after the day before it is
        read (SEARCH SINCE); the last batch's checkpoint then moves past the older mail without fetching it.
        """
        selected = self._select(folder, readonly=True)
        current = checkpoint if checkpoint and checkpoint.uidvalidity == selected.uidvalidity else None
        if current is None and checkpoint is not None:
            old, new = checkpoint.uidvalidity, selected.uidvalidity
            log.warning("%s: UIDVALIDITY changed (%d -> %d); reading the whole folder again", folder, old, new)
        last = current.last_uid if current else 0
        if checkpoint is None and since is not None:
            uids, skip_to = self._uids_since(since, selected)
            log.info("%s: first contact: %d messages since %s, older ones skipped", folder, len(uids), since.date())
        else:
            uids, skip_to = self._uids_after(last, selected), last
        if selected.uidnext is not None:
            self._uidnext[folder] = selected.uidnext
        after = Checkpoint(folder, selected.uidvalidity, last, selected.highestmodseq)
        if not uids and skip_to <= last and after != checkpoint:
            yield [], after
        size = self.settings.batch_size
        for chunk in (uids[start : start + size] for start in range(0, len(uids), size)):
            with self._guard(f"fetching the sizes of {len(chunk)} messages in {folder!r}"):
                sizes = self._require().fetch(chunk, SIZE_ITEMS)
            for group in _by_bytes(chunk, sizes):
                batch = self._fetch(folder, selected.uidvalidity, group, sizes)
                after = Checkpoint(folder, selected.uidvalidity, group[-1], selected.highestmodseq)
                log.info("%s: fetched %d messages, UIDs %d..%d", folder, len(batch), group[0], group[-1])
                yield batch, after
        if skip_to > after.last_uid:
            yield [], Checkpoint(folder, selected.uidvalidity, skip_to, selected.highestmodseq)

    def _uids_since(self, since: dt.datetime, selected: _Selected) -> tuple[list[int], int]:
        """The UIDs dated from the day before `since` (SINCE compares dates in the server's zone), and the highest
        UID in the folder, which the checkpoint may move to once those are read."""
        day = (since - dt.timedelta(days=1)).date()
        with self._guard("searching"):
            found = sorted(self._require().search(["SINCE", day]))
        highest = selected.uidnext - 1 if selected.uidnext else 0
        if not selected.uidnext:
            with self._guard("searching"):
                highest = max(self._require().search(["ALL"]), default=0)
        return found, max(highest, found[-1] if found else 0)

    def _select(self, folder: str, readonly: bool) -> _Selected:
        client = self._require()
        try:
            with self._guard(f"selecting folder {folder!r}"):
                info = client.select_folder(folder, readonly=readonly)
        except MailboxError as err:
            if err.permanent:  # the server said NO to this folder; the connection and the other folders are fine
                raise FolderError(folder, str(err)) from None
            raise
        uidnext, modseq = info.get(b"UIDNEXT"), info.get(b"HIGHESTMODSEQ")
        return _Selected(int(info[b"UIDVALIDITY"]), uidnext, modseq)

    def _uids_after(self, last: int, selected: _Selected) -> list[int]:
        if selected.uidnext is not None and selected.uidnext <= last + 1:
            return []  # the cheap path: SELECT alone says nothing arrived
        criteria = ["UID", f"{last + 1}:*"] if last else ["ALL"]
        with self._guard("searching"):
            found = self._require().search(criteria)
        # "n:*" always matches the highest UID, even when it is below n.
        return sorted(uid for uid in found if uid > last)

    def _fetch(self, folder: str, uidvalidity: int, uids: list[int], sizes: dict[int, Any]) -> list[Fetched]:
        client = self._require()
        # A UID missing from a response was expunged after the SEARCH: nothing to read.
        small = [uid for uid in uids if uid in sizes and sizes[uid].get(b"RFC822.SIZE", 0) <= BIG_MESSAGE]
        with self._guard(f"fetching {len(small)} messages from {folder!r}"):
            response = client.fetch(small, FETCH_ITEMS) if small else {}
        raw: dict[int, bytes] = {uid: response[uid][b"BODY[]"] for uid in small if uid in response}
        for uid in uids:
            if uid in sizes and uid not in raw and sizes[uid].get(b"RFC822.SIZE", 0) > BIG_MESSAGE:
                raw[uid] = self._fetch_in_pieces(folder, uid, sizes[uid][b"RFC822.SIZE"])
        return [Fetched(folder, uid, uidvalidity, _utc(sizes[uid][b"INTERNALDATE"]), raw[uid])
                for uid in uids if uid in raw]

    def _fetch_in_pieces(self, folder: str, uid: int, size: int) -> bytes:
        """A big message read PIECE bytes at a time into one buffer of its announced size: fetched whole,
        imaplib and imapclient hold three copies of it at once (a 70 MB message: 235 MB peak; in pieces: 92 MB).
        The buffer is passed on as it is (a bytearray), not copied into bytes."""
        buffer = bytearray(size)  # filled in place: growing it piece by piece would copy it as it grows
        client = self._require()
        filled = 0
        while True:
            item = f"BODY.PEEK[]<{filled}.{PIECE}>".encode()
            with self._guard(f"fetching message {uid} from {folder!r} in pieces"):
                piece = client.fetch([uid], [item]).get(uid, {}).get(f"BODY[]<{filled}>".encode()) or b""
            buffer[filled:filled + len(piece)] = piece  # grows only if the server announced too little
            filled += len(piece)
            if len(piece) < PIECE:
                del buffer[filled:]
                return buffer  # type: ignore[return-value]  # bytes-like: everything downstream reads it so

    def find_sent_folder(self) -> str | None:
        """The folder the server flags \\Sent (RFC 6154 SPECIAL-USE), else one with a usual name ("Sent",
        "Sent Items", ... in the personal namespace); None when there is neither."""
        with self._guard("listing folders"):
            return self._require().find_special_folder(SENT)

    def folder_names(self) -> list[str]:
        """Every folder the account can see, as the server names them (for `check-config --connect`)."""
        with self._guard("listing folders"):
            return [str(name) for _flags, _delimiter, name in self._require().list_folders()]

    def add_keyword(self, folder: str, uids: Sequence[int]) -> None:
        """Add `settings.add_keyword` to these messages; does nothing when no keyword is configured."""
        keyword = self.settings.add_keyword
        if not keyword or not uids:
            return
        self._select(folder, readonly=False)
        with self._guard(f"adding keyword {keyword!r} in {folder!r}"):
            self._require().add_flags(list(uids), [keyword.encode()], silent=True)
        log.info("%s: added keyword %s to %d messages", folder, keyword, len(uids))

    # -- waiting ----------------------------------------------------------------------------------

    def wait_for_news(self, timeout: float) -> bool:
        """Block until new mail may have arrived. With IDLE: True when the first folder reported new mail,
        False on timeout or stop. Without IDLE (or settings.idle off): sleep up to poll_seconds and return
        True, so the caller polls. Either way the stop event cuts the wait short."""
        client = self._require()
        if self.settings.idle and client.has_capability("IDLE"):
            return self._idle(self.settings.folders[0], min(timeout, IDLE_MAX_SECONDS))
        self.stop_event.wait(min(timeout, self.settings.poll_seconds))
        return not self.stop_event.is_set()

    def _idle(self, folder: str, timeout: float) -> bool:
        selected = self._select(folder, readonly=True)
        known = self._uidnext.get(folder)
        if known is not None and selected.uidnext is not None and selected.uidnext > known:
            return True  # mail arrived after the last fetch, before IDLE began
        client = self._require()
        with self._guard(f"waiting (IDLE) on {folder!r}"):
            client.idle()  # returns once the server answered "+ idling"
            self.idling.set()
            log.debug("%s: waiting in IDLE", folder)
            try:
                news = self._idle_until(client, time.monotonic() + timeout)
            finally:
                self.idling.clear()
                client.idle_done()
        return news

    def _idle_until(self, client: IMAPClient, deadline: float) -> bool:
        silent_wakeups = 0
        while not self.stop_event.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            started = time.monotonic()
            responses = client.idle_check(timeout=min(left, IDLE_SLICE_SECONDS))
            if any(_is_news(response) for response in responses):
                return True
            # idle_check returns early with nothing when the server closed the socket.
            early = not responses and time.monotonic() - started < min(left, IDLE_SLICE_SECONDS) / 2
            silent_wakeups = silent_wakeups + 1 if early else 0
            if silent_wakeups >= 3:
                raise MailboxError(f"IMAP server {self.address} closed the connection during IDLE")
        return False


def _is_news(response: tuple[Any, ...]) -> bool:
    return len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")


def _utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def _by_bytes(uids: list[int], sizes: dict[int, Any]) -> Iterator[list[int]]:
    """Consecutive runs of `uids` of at most BATCH_BYTES together (a bigger message alone): a batch is held in
    memory whole, and imaplib holds a FETCH response about three times over."""
    group: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, {}).get(b"RFC822.SIZE", 0)
        if group and total + size > BATCH_BYTES:
            yield group
            group, total = [], 0
        group.append(uid)
        total += size
    if group:
        yield group
