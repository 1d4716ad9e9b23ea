"""Mail from files (I/O edge): loose .eml files, Maildir folders and mbox files, in the order given. Used by the
demo, `foiabot replay` and anyone importing an export of their mailbox. Only reads."""

from __future__ import annotations

import mailbox as stdlib_mailbox
from collections.abc import Iterator, Sequence
from pathlib import Path

from bot.errors import MailboxError


def iter_paths(paths: Sequence[Path]) -> Iterator[tuple[str, bytes]]:
    """Yield (label, raw message) from each path in the order given: a .eml file, a Maildir (cur/ then
    new/, by file name), a directory of .eml files (by name), or an mbox file (labels `path#1`, `path#2`...).
    A file that is neither .eml nor mbox is read as one message."""
    for path in paths:
        if not path.exists():
            raise MailboxError(f"no such file or directory: {path}", permanent=True)
        if path.is_dir():
            yield from _iter_directory(path)
        elif path.suffix.lower() != ".eml" and _looks_like_mbox(path):
            yield from _iter_mbox(path)
        else:
            yield str(path), path.read_bytes()


def _iter_directory(path: Path) -> Iterator[tuple[str, bytes]]:
    if (path / "cur").is_dir() and (path / "new").is_dir():
        files = [f for sub in ("cur", "new") for f in sorted((path / sub).iterdir()) if _is_message(f)]
    else:
        files = sorted(f for f in path.iterdir() if f.suffix.lower() == ".eml" and _is_message(f))
    for file in files:
        yield str(file), file.read_bytes()


def _is_message(path: Path) -> bool:
    return path.is_file() and not path.name.startswith(".")


def _looks_like_mbox(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(5) == b"From "


def _iter_mbox(path: Path) -> Iterator[tuple[str, bytes]]:
    box = stdlib_mailbox.mbox(path, create=False)
    try:
        for number, key in enumerate(box.iterkeys(), start=1):
            yield f"{path}#{number}", box.get_bytes(key)
    finally:
        box.close()
