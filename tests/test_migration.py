"""A register written by an older foiabot is upgraded in place when it is opened: on SQLite and on PostgreSQL,
the columns the chain of clocks needs are added, no row is lost, and the next open changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import inspect, select, text
from test_postgres import postgres_url  # noqa: F401  (the throwaway PostgreSQL server, as a fixture)

from bot import register, tracker
from bot.config import RequestEntry, load_agencies, load_jurisdictions
from bot.model import Classification, Facts, Kind
from bot.store import SCHEMA_VERSION, Request, SchemaVersion, open_store

AGENCY = "agencies:\n  - id: nypd\n    name: NYPD\n    jurisdiction: US-NY\n    emails: [foil@nypd.org]\n"
NEW_COLUMNS = {"clock_index", "acknowledged"}


def _version_one(url: str, tmp_path: Path) -> None:
    """A register as schema version 1 left it (without the new columns), holding one acknowledged New York
    request whose due date is still the acknowledgment clock's."""
    (tmp_path / "agencies.yaml").write_text(AGENCY)
    jurisdictions = load_jurisdictions()
    agencies = load_agencies(tmp_path / "agencies.yaml", jurisdictions)
    store = open_store(url)
    entry = RequestEntry(id="REQ-1", agency="nypd", subject="Stop reports", sent=dt.date(2026, 12, 1))
    with store.session() as session:
        register.add_request(session, entry, agencies["nypd"], jurisdictions).status = "acknowledged"
    with store.engine.begin() as conn:
        for column in sorted(NEW_COLUMNS):
            conn.execute(text(f"ALTER TABLE requests DROP COLUMN {column}"))
        conn.execute(text("DELETE FROM schema_version WHERE version > 1"))
    store.close()


def _upgrades_in_place(url: str, tmp_path: Path) -> None:
    _version_one(url, tmp_path)
    store = open_store(url)
    try:
        columns = {c["name"] for c in inspect(store.engine).get_columns("requests")}
        assert columns >= NEW_COLUMNS
        with store.session() as session:
            request = session.get(Request, "REQ-1")
            assert request is not None and (request.status, request.due) == ("acknowledged", dt.date(2026, 12, 8))
            assert (request.clock_index, request.acknowledged) == (None, None)
            j = load_jurisdictions()["US-NY"]
            tracker.apply_reply(session, request, j, Classification(Kind.EXTENSION, "t", Facts()), dt.date(2026, 12, 9),
                                "")
            assert (request.clock_index, request.due) == (1, dt.date(2027, 1, 8))
    finally:
        store.close()
    again = open_store(url)  # a second open finds nothing to do
    try:
        with again.session() as session:
            assert session.scalars(select(SchemaVersion.version).order_by(SchemaVersion.version)).all() == list(
                range(1, SCHEMA_VERSION + 1))
            request = session.get(Request, "REQ-1")
            assert request is not None and (request.clock_index, request.acknowledged) == (1, dt.date(2026, 12, 9))
    finally:
        again.close()


def test_a_version_one_sqlite_register_gets_the_chain_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    _upgrades_in_place(f"sqlite:///{tmp_path / 'foiabot.db'}", tmp_path)


def test_a_version_one_postgresql_register_gets_the_chain_columns_and_keeps_its_rows(
    postgres_url: str, tmp_path: Path  # noqa: F811
) -> None:
    _upgrades_in_place(postgres_url, tmp_path)


def test_a_new_register_is_created_whole_at_the_current_version(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        assert {c["name"] for c in inspect(store.engine).get_columns("requests")} >= NEW_COLUMNS
        with store.session() as session:
            assert session.scalars(select(SchemaVersion.version)).all() == list(range(1, SCHEMA_VERSION + 1))
    finally:
        store.close()
