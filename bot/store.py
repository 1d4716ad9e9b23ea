"""The request register (SQLAlchemy 2): requests, tracking numbers, messages seen, events, the alert outbox
and mailbox checkpoints. SQLite by default; a PostgreSQL URL works too.

I/O edge. The schema is versioned (table `schema_version`); `open_store` upgrades an older database in place
and never drops data. Nothing here stores a password or a token.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker

from bot.errors import StoreError

if TYPE_CHECKING:
    from bot.lease import Lease

SCHEMA_VERSION = 6


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class Request(Base):
    __tablename__ = "requests"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agency_id: Mapped[str] = mapped_column(String(64), index=True)
    jurisdiction: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    sent: Mapped[dt.date] = mapped_column(Date)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    reply_address: Mapped[str | None] = mapped_column(String(320), index=True)
    # open | acknowledged | extended | awaiting_requester (clock stopped) | partial | done | no_records |
    # denied | closed
    status: Mapped[str] = mapped_column(String(32), default="open", index=True)
    received: Mapped[dt.date] = mapped_column(Date)  # the date the clock counts from
    due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    due_explanation: Mapped[str] = mapped_column(Text, default="")
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    # Which clock of the jurisdiction's chain is running (None or 0: the response clock), and the day the
    # agency acknowledged the request.
    clock_index: Mapped[int | None] = mapped_column(Integer)
    acknowledged: Mapped[dt.date | None] = mapped_column(Date)
    clock_stopped_on: Mapped[dt.date | None] = mapped_column(Date)
    remaining_days: Mapped[int | None] = mapped_column(Integer)
    follow_up: Mapped[dt.date | None] = mapped_column(Date, index=True)
    appeal_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    appeal_explanation: Mapped[str] = mapped_column(Text, default="")
    estimated: Mapped[dt.date | None] = mapped_column(Date)
    last_kind: Mapped[str | None] = mapped_column(String(32))
    last_reply_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    slack_channel: Mapped[str | None] = mapped_column(String(200))
    slack_thread_ts: Mapped[str | None] = mapped_column(String(64))
    answer_by: Mapped[dt.date | None] = mapped_column(Date)  # the agency's deadline for our answer or payment
    owner: Mapped[str | None] = mapped_column(String(320))  # a Slack user id or an email address
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


# TrackingNumber.source of a number learned from a reply placed by its words alone: it does not place later
# replies on its own until a stronger signal (thread, reply address, a confirmed number) or the words of a later
# reply confirm it.
PROVISIONAL = "provisional"
# Message.signal values that rest on a reply's words (its subject and text, a thread of replies placed that way,
# a new number given to the agency's only request without one): such a placement may be undone by firmer
# evidence.
WORDS_ONLY = ("agency_subject", "words_thread", "new_number")


def placed_by_words(signal: str | None, number: str | None, provisional: Iterable[str]) -> bool:
    """Whether a reply was placed by its words alone: by its subject and text, or by a number learned that way."""
    return signal in WORDS_ONLY or (signal == "tracking_number" and number is not None and number in provisional)


class TrackingNumber(Base):
    __tablename__ = "tracking_numbers"
    __table_args__ = (UniqueConstraint("agency_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    agency_id: Mapped[str] = mapped_column(String(64))
    number: Mapped[str] = mapped_column(String(200), index=True)
    source: Mapped[str] = mapped_column(String(32), default="imported")  # imported | learned


class Message(Base):
    """Every email seen, once (by Message-ID, else by the hash of its bytes), with its raw bytes."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    raw_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(1000))  # folder name or file path
    uid: Mapped[int | None] = mapped_column(BigInteger)  # IMAP UIDs are unsigned 32-bit
    arrived: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    date: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    from_addr: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    direction: Mapped[str] = mapped_column(String(8), default="in")  # in | out (Sent folder)
    # processed | triage | set_aside | backfill (seen on first contact, no alert) | ignored (not correspondence)
    status: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[str | None] = mapped_column(ForeignKey("requests.id"), index=True)
    signal: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str | None] = mapped_column(String(32))
    rule: Mapped[str | None] = mapped_column(String(64))
    tracking_number: Mapped[str | None] = mapped_column(String(200))
    # Parts that could not be read (an attached letter, the HTML body), one per line, as told to the team.
    defects: Mapped[str] = mapped_column(Text, default="", server_default="")
    processed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # When the row last changed after it was recorded: the date of an answer that leaves no other record (a mail
    # a person marked as not about a request).
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), onupdate=utcnow)


class RawMessage(Base):
    """A message's bytes as received, kept apart from its row: the row is updated as the message is processed,
    and SQLite rewrites a whole row on update (70 MB for a message with a 50 MB attachment)."""

    __tablename__ = "raw_messages"

    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)


class Event(Base):
    """What happened to a request's clock, and why: the request's history."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    message: Mapped[Message | None] = relationship()
    kind: Mapped[str] = mapped_column(String(32))
    on: Mapped[dt.date] = mapped_column(Date)
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Correction(Base):
    """A person's answer about one stored mail (placed on a request, moved, its kind set, or not about a request),
    with who, when and what the rules had said: a labeled example (bot/labels.py). Keyed by the mail's hash,
    which outlives the message row when the mail is handled again."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    raw_sha256: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(16))  # placed | moved | kind | dismissed
    request_id: Mapped[str | None] = mapped_column(String(64))  # the request it belongs to; None: to none
    kind: Mapped[str | None] = mapped_column(String(32))
    user: Mapped[str | None] = mapped_column(String(64))  # the Slack user id of who answered
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # What the rules had said: the request (None: none, triage), the signal, the kind and the rule.
    was_request: Mapped[str | None] = mapped_column(String(64))
    was_signal: Mapped[str | None] = mapped_column(String(32))
    was_kind: Mapped[str | None] = mapped_column(String(32))
    was_rule: Mapped[str | None] = mapped_column(String(64))


class LearnedSender(Base):
    """An address no agency listed, from which a person placed mail on one agency's request in Slack: from then on
    the matcher knows it as that agency's (the agencies file stays the team's)."""

    __tablename__ = "learned_senders"

    address: Mapped[str] = mapped_column(String(320), primary_key=True)
    agency_id: Mapped[str] = mapped_column(String(64))
    user: Mapped[str | None] = mapped_column(String(64))  # the Slack user id of who placed the mail
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class OutboxAlert(Base):
    """An alert is a row before it is sent (record the intent, act, record the result)."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(1100), unique=True)
    type: Mapped[str] = mapped_column(String(32))
    request_id: Mapped[str | None] = mapped_column(String(64), index=True)
    channel: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)  # the Alert as JSON
    # queued | sending (outcome unknown if the worker died) | sent | failed (permanent) | held (Slack refused it
    # for a reason the team can fix: sent once that is fixed) | held_sending (held, and the outcome of an earlier
    # attempt is unknown)
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    held_for: Mapped[str | None] = mapped_column(String(64))  # the Slack error it is held for
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")
    ts: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class PostUpdate(Base):
    """A change to a post already sent, recorded before it is made (like an alert): a request's thread starter
    to show the request as it stands (kind `refresh`), a triage post to say where its message went (`placed`)."""

    __tablename__ = "post_updates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(1100), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # refresh | placed
    request_id: Mapped[str | None] = mapped_column(String(64), index=True)
    target: Mapped[str] = mapped_column(String(1100))  # the alert key of the post to change
    detail: Mapped[str] = mapped_column(String(64), default="")  # placed: the reply's kind
    channel: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)  # queued|sending|done|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(Text, default="")
    ts: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Checkpoint(Base):
    __tablename__ = "checkpoints"

    folder: Mapped[str] = mapped_column(String(500), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    highestmodseq: Mapped[int | None] = mapped_column(BigInteger)  # 63-bit in RFC 7162
    synced_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Meta(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SchemaVersion(Base):
    __tablename__ = "schema_version"

    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# The Slack errors that versions 1 and 2 recorded as a permanent failure although the team can fix them; the
# text of each such error has ": CODE (".
_HELD_BY_VERSION_3 = ("invalid_auth", "not_authed", "account_inactive", "token_revoked", "missing_scope",
                      "channel_not_found", "not_in_channel", "is_archived")


def _add_column(conn: Connection, table: str, column: str, ddl: str) -> None:
    # Version 1 creates the whole current schema: a database created by this version has the column already.
    if column not in {c["name"] for c in inspect(conn).get_columns(table)}:
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}"))


def _version_3(conn: Connection) -> None:
    """Unreadable parts of a message are kept; alerts refused for a reason the team can fix are held, not
    failed: those recorded as failed are held, and go out once Slack accepts them."""
    _add_column(conn, "messages", "defects", "TEXT NOT NULL DEFAULT ''")
    _add_column(conn, "alerts", "held_for", "VARCHAR(64)")
    for code in _HELD_BY_VERSION_3:
        conn.execute(update(OutboxAlert).where(OutboxAlert.status == "failed", OutboxAlert.error.like(f"%: {code} (%"))
                     .values(status="held", held_for=code))


# Each migration takes the database from version N-1 to N. Version 1 is the first schema, created whole.
# Later versions append a function here: they alter in place and never drop data.
def _add_missing_columns(conn: Connection) -> None:
    """Add the nullable columns a table of an older database lacks (ALTER TABLE ADD COLUMN: no row is
    rewritten or dropped). A database created whole by version 1 of this code already has them."""
    present = {c["name"] for c in inspect(conn).get_columns(Request.__tablename__)}
    for column in Request.__table__.columns:
        if column.name not in present:
            assert column.nullable, f"{column.name} needs a default to be added to existing rows"
            kind = column.type.compile(dialect=conn.dialect)
            conn.execute(text(f'ALTER TABLE {Request.__tablename__} ADD COLUMN "{column.name}" {kind}'))


def _version_4(conn: Connection) -> None:
    """requests.answer_by (the agency's deadline for us), requests.owner, and the post_updates table."""
    _add_missing_columns(conn)
    Base.metadata.create_all(conn, tables=[Base.metadata.tables[PostUpdate.__tablename__]])


def _version_5(conn: Connection) -> None:
    """People's answers kept as labeled examples: the corrections table, and messages.changed_at."""
    _add_column(conn, "messages", "changed_at", DateTime(timezone=True).compile(dialect=conn.dialect))
    Base.metadata.create_all(conn, tables=[Base.metadata.tables[Correction.__tablename__]])


MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: lambda conn: Base.metadata.create_all(conn),
    2: _add_missing_columns,  # requests.clock_index, requests.acknowledged: the chain of clocks
    3: _version_3,
    4: _version_4,
    5: _version_5,
    6: lambda conn: Base.metadata.create_all(conn, tables=[Base.metadata.tables[LearnedSender.__tablename__]]),
}


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed at the end, rolled back on any error (no partial state)."""
        with self._sessions() as session:
            try:
                yield session
                session.commit()
            except OperationalError as err:
                session.rollback()
                raise StoreError(describe_db_error(err)) from None
            except BaseException:
                session.rollback()
                raise

    def get_meta(self, key: str) -> str | None:
        with self.session() as s:
            row = s.get(Meta, key)
            return row.value if row else None

    def set_meta(self, session: Session, key: str, value: str) -> None:
        session.merge(Meta(key=key, value=value))

    def bump_counter(self, session: Session, key: str, by: int = 1) -> None:
        row = session.get(Meta, key)
        if row is None:
            session.add(Meta(key=key, value=str(by)))
        else:
            row.value = str(int(row.value) + by)

    def worker_lease(self, takeover_seconds: float) -> Lease:
        """The lock that lets one worker act on this database while others wait as standbys (bot/lease.py)."""
        from bot.lease import open_lease

        return open_lease(self.engine, takeover_seconds)

    def close(self) -> None:
        self.engine.dispose()


RAW_CHUNK = 1 << 20


def store_raws(session: Session, raws: Sequence[tuple[int, bytes]]) -> None:
    """Keep messages' raw bytes (message key, bytes), so that they can be processed again after a rule changes.
    The small ones go in one multi-row insert."""
    conn = session.connection()
    chunked = conn.dialect.name == "sqlite"
    small = [{"message_pk": pk, "raw": raw} for pk, raw in raws if not chunked or len(raw) <= RAW_CHUNK]
    if small:
        conn.execute(insert(RawMessage), small)
    for pk, raw in raws:
        if chunked and len(raw) > RAW_CHUNK:
            store_raw(session, pk, raw)


def store_raw(session: Session, message_pk: int, raw: bytes) -> None:
    """Keep one message's raw bytes. On SQLite a large message is written in chunks into a zero-filled blob:
    binding 70 MB as one value made SQLite build the whole record in memory (peak RSS +137 MB for one message
    with a 50 MB attachment; +2 MB this way)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite" or len(raw) <= RAW_CHUNK:
        conn.execute(insert(RawMessage).values(message_pk=message_pk, raw=raw))
        return
    conn.execute(insert(RawMessage).values(message_pk=message_pk, raw=func.zeroblob(len(raw))))
    view = memoryview(raw)
    # The row's rowid is its integer primary key, message_pk.
    with conn.connection.driver_connection.blobopen("raw_messages", "raw", message_pk) as blob:  # type: ignore[union-attr]
        for start in range(0, len(raw), RAW_CHUNK):
            blob.write(view[start:start + RAW_CHUNK])


def load_raw(session: Session, message_pk: int) -> bytes | None:
    return session.scalar(select(RawMessage.raw).where(RawMessage.message_pk == message_pk))


def describe_db_error(err: SQLAlchemyError) -> str:
    original = str(getattr(err, "orig", err)).strip()
    lowered = original.lower()
    if "locked" in lowered or "busy" in lowered:
        return f"the database is locked by another process ({original}); nothing was written, try again"
    if "disk" in lowered and "full" in lowered:
        return f"the disk holding the database is full ({original}); nothing was written"
    if "readonly" in lowered or "read-only" in lowered:
        return f"the database is read-only ({original})"
    return f"database error: {original}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def open_store(url: str) -> Store:
    """Open (and create or upgrade) the database. Raises StoreError with a readable reason."""
    try:
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args=_connect_args(url))
        if engine.url.get_backend_name() == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        migrate(engine)
    except OperationalError as err:
        raise StoreError(describe_db_error(err)) from None
    except (SQLAlchemyError, OSError) as err:
        raise StoreError(f"cannot open the database: {err.__class__.__name__}: {_safe(err)}") from None
    return Store(engine)


def _connect_args(url: str) -> dict[str, Any]:
    return {"timeout": 15} if url.startswith("sqlite") else {}


def _safe(err: Exception) -> str:
    # A database URL may carry a password: never repeat the URL in an error.
    return str(err).split("\n")[0][:300]


def migrate(engine: Engine) -> int:
    with engine.begin() as conn:
        SchemaVersion.__table__.create(conn, checkfirst=True)  # type: ignore[attr-defined]
        current = conn.execute(select(func.max(SchemaVersion.version))).scalar() or 0
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"the database has schema version {current}, newer than this foiabot ({SCHEMA_VERSION}): "
                "upgrade foiabot"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](conn)
            conn.execute(SchemaVersion.__table__.insert().values(version=version, applied_at=utcnow()))  # type: ignore[attr-defined]
        return SCHEMA_VERSION


def alert_payload(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, default=str)


def ping(store: Store) -> None:
    with store.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
