"""`foiabot replay`: the whole pipeline over .eml files, Maildir folders or mbox files, against a throwaway
register. Touches no IMAP server, no Slack and no configured database."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from bot.config import load_agencies, load_jurisdictions, load_requests_file
from bot.files import iter_paths
from bot.pipeline import Incoming, Outcome, Pipeline
from bot.register import import_requests
from bot.rules import Agency, Jurisdiction
from bot.store import open_store

BATCH = 50  # messages per transaction, as long as they stay under BATCH_BYTES together (as the mailbox does)
BATCH_BYTES = 8 << 20


def replay(
    paths: Sequence[Path],
    agencies: Mapping[str, Agency],
    jurisdictions: Mapping[str, Jurisdiction],
    requests_file: Path | None = None,
    timezone: str = "America/New_York",
) -> Iterator[Outcome]:
    with tempfile.TemporaryDirectory(prefix="foiabot-replay-") as tmp:
        store = open_store(f"sqlite:///{tmp}/replay.db")
        try:
            if requests_file is not None:
                import_requests(store, load_requests_file(requests_file, agencies), agencies, jurisdictions)
            pipeline = Pipeline(store, jurisdictions, agencies, timezone)
            for batch in _batches(Incoming(raw, label) for label, raw in iter_paths(paths)):
                yield from pipeline.process_many(batch)
        finally:
            store.close()


def _batches(items: Iterable[Incoming]) -> Iterator[list[Incoming]]:
    batch: list[Incoming] = []
    size = 0
    for item in items:
        if batch and (len(batch) == BATCH or size + len(item.raw) > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item.raw)
    if batch:
        yield batch


def replay_files(
    paths: Sequence[Path], agencies_file: Path, requests_file: Path | None,
    jurisdiction_files: Sequence[Path] = (), timezone: str = "America/New_York",
) -> Iterator[Outcome]:
    jurisdictions = load_jurisdictions(jurisdiction_files)
    agencies = load_agencies(agencies_file, jurisdictions)
    yield from replay(paths, agencies, jurisdictions, requests_file, timezone)


def as_json(outcome: Outcome) -> dict[str, Any]:
    def iso(value: Any) -> str | None:
        return value.isoformat() if value else None

    return {
        "file": outcome.source,
        "message_id": outcome.message_id,
        "status": outcome.status,
        "request": outcome.request,
        "signal": outcome.signal,
        "kind": outcome.kind,
        "tracking_number": outcome.tracking_number,
        "due": iso(outcome.due),
        "appeal_due": iso(outcome.appeal_due),
        "estimated": iso(outcome.estimated),
        "answer_by": iso(outcome.answer_by),
        "reason": outcome.reason,
    }


def table_row(outcome: Outcome) -> str:
    name = Path(outcome.source.split("#")[0]).name + ("#" + outcome.source.split("#")[1]
                                                      if "#" in outcome.source else "")
    due = outcome.due.isoformat() if outcome.due else "-"
    return (f"{name[:38]:38} {outcome.request or '-':9} {outcome.signal or '-':16} {outcome.kind or '-':16} "
            f"{outcome.tracking_number or '-':20} {due:10} {outcome.status}")


TABLE_HEADER = f"{'file':38} {'request':9} {'signal':16} {'kind':16} {'tracking':20} {'due':10} status"
