"""Folders the worker cannot read (I/O: the meta table and the outbox).

A folder the server will not select (renamed, deleted, named differently on this server, a typo in the settings)
must not stop the others. It is recorded in `meta` (`status` lists it and `health` fails while it lasts), announced
once in the triage channel, and tried again at each sync; when it can be read again the record goes. Never
touches the mailbox itself.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy.orm import Session

from bot import outbox
from bot.model import Alert, AlertType
from bot.store import Meta, Store, utcnow

log = logging.getLogger(__name__)
UNREADABLE = "unreadable_folders"  # meta key: {folder: {"since": iso time, "error": the server's answer}}


def unreadable(store: Store) -> dict[str, dict[str, str]]:
    value = store.get_meta(UNREADABLE)
    return json.loads(value) if value else {}


def cannot_read(store: Store, folder: str, error: str, triage_channel: str) -> bool:
    """Record the folder as unreadable; the first time (since it was last readable), log it and queue one triage
    alert, keyed by the folder and that time so that restarts and retries do not post it again."""
    with store.session() as session:
        problems = _load(store, session)
        if folder in problems:
            return False
        since = utcnow().isoformat(timespec="seconds")
        problems[folder] = {"since": since, "error": error}
        store.set_meta(session, UNREADABLE, json.dumps(problems, sort_keys=True))
        outbox.enqueue(session, _alert(folder, error, since), triage_channel)
    log.error("folder %r cannot be read (%s); the other folders are read, and it is tried again at each sync",
              folder, error)
    return True


def readable(store: Store, folder: str) -> None:
    """The folder was selected: forget that it could not be."""
    if folder not in unreadable(store):
        return
    with store.session() as session:
        problems = _load(store, session)
        problems.pop(folder, None)
        store.set_meta(session, UNREADABLE, json.dumps(problems, sort_keys=True))
    log.info("folder %r can be read again", folder)


def status_lines(problems: dict[str, dict[str, str]]) -> list[str]:
    return [f"folder {name!r} cannot be read since {p['since']}: {p['error']}" for name, p in sorted(problems.items())]


def _load(store: Store, session: Session) -> dict[str, dict[str, str]]:
    row = session.get(Meta, UNREADABLE)
    return json.loads(row.value) if row else {}


def _alert(folder: str, error: str, since: str) -> Alert:
    return Alert(
        key=f"folder:{folder}:{since}",
        type=AlertType.TRIAGE,
        title=f"foiabot cannot read the folder {folder!r}",
        fields=(("Folder", folder), ("Server's answer", error), ("Since", since),
                ("What to do", "name the folder as this server does in inbox.folders or inbox.sent_folder, or "
                               "create it; the other folders are read meanwhile, and this one is tried again at "
                               "each sync")),
    )
