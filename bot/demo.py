"""`foiabot demo`: the real pipeline on the bundled sample mailbox (a Maildir of agency replies), with a
throwaway SQLite register and the console instead of Slack. Needs no settings, no server, no network."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from bot.config import load_agencies, load_jurisdictions, load_requests_file
from bot.console import ConsoleSink
from bot.files import iter_paths
from bot.outbox import Outbox
from bot.pipeline import Pipeline
from bot.register import import_requests, request_summary
from bot.settings import AlertSettings
from bot.store import Request, open_store

DEMO = Path(__file__).resolve().parent / "data" / "demo"
TIMEZONE = "America/New_York"
AS_OF = dt.date(2026, 11, 13)  # the sweep runs "today", two days after the last sample reply


def run() -> int:
    jurisdictions = load_jurisdictions()
    agencies = load_agencies(DEMO / "agencies.yaml", jurisdictions)
    with tempfile.TemporaryDirectory(prefix="foiabot-demo-") as tmp:
        store = open_store(f"sqlite:///{tmp}/demo.db")
        try:
            entries = load_requests_file(DEMO / "requests.yaml", agencies)
            import_requests(store, entries, agencies, jurisdictions)
            print(f"Imported {len(entries)} requests; reading the sample mailbox {DEMO / 'mail'}\n")
            pipeline = Pipeline(store, jurisdictions, agencies, TIMEZONE)
            outbox = Outbox(store, ConsoleSink(), agencies)
            for label, raw in iter_paths([DEMO / "mail"]):
                outcome = pipeline.process(raw, label)
                print(f"· {Path(label).name}: {outcome.status}"
                      + (f" -> {outcome.request} by {outcome.signal}, {outcome.kind}" if outcome.request else ""))
                outbox.deliver()
            print(f"\nDaily deadline sweep as of {AS_OF}:\n")
            from bot.sweep import sweep_into

            sweep_into(store, jurisdictions, AS_OF, AlertSettings(), "#foia")
            outbox.deliver()
            _print_register(store)
        finally:
            store.close()
    return 0


def _print_register(store: object) -> None:
    from sqlalchemy import select

    print("\nThe register now:")
    with store.session() as session:  # type: ignore[attr-defined]
        for request in session.scalars(select(Request).order_by(Request.id)):
            s = request_summary(session, request)
            print(f"  {s['id']}  {s['status']:14} due {s['due'] or '-':10}  appeal by {s['appeal_due'] or '-':10}"
                  f"  {', '.join(s['tracking_numbers']) or '-'}")
            print(f"      {s['due_explanation']}")
