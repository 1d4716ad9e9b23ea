"""Which worker acts on a database: one active worker, any number of standbys (I/O edge).

The active worker holds the database's worker lock for as long as it runs; a `foiabot run` started meanwhile
waits as a standby and takes the lock when it is free. The lock lives with the database:

- SQLite: an flock on `DATABASE.lock` beside the file. The kernel releases it when the process dies.
- PostgreSQL: a session advisory lock held by a connection of its own, so that workers on different hosts see
  the same lock. The server releases it when that session ends: at once when the process dies, when the TCP
  keepalives (set on both ends) give up on a host that is gone. The holder also writes a heartbeat, in the
  database's clock, every takeover/4 seconds; a standby that finds it older than takeover/2 ends the holder's
  session itself (pg_terminate_backend), so that a frozen host or a connection cut without a word is not
  waited for longer than the takeover limit.

The holder checks its lock connection with each heartbeat and before each batch and delivery (`verify`): when
the connection is gone, so is the lock, and `on_lost` stops the worker. The record in `meta` says which host
and process holds the lock; it never holds a password.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select, text, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from bot.errors import StoreError
from bot.store import Meta, describe_db_error

log = logging.getLogger(__name__)
RECORD = "worker"  # the meta key of the active worker's record
LOCK_KEY = {"a": 0x666F6961, "b": 1}  # "foia", 1: the two-int advisory lock (classid, objid in pg_locks)


@dataclass(frozen=True)
class Holder:
    """The worker that holds (or last held) the lock, as its record says."""

    host: str
    pid: int
    since: str
    took_over_from: str | None = None
    held: bool = True  # False: the record of a worker that is gone
    heartbeat_age: float | None = None  # seconds (PostgreSQL)

    @property
    def name(self) -> str:
        return f"{self.host} pid {self.pid}"


class Lease:
    """The worker lock of one database. `try_acquire` once, or `wait` as a standby; then `keep`, `release`."""

    def __init__(self, engine: Engine, takeover_seconds: float) -> None:
        self.engine = engine
        self.takeover = float(takeover_seconds)
        self.poll_seconds = max(0.2, min(2.0, self.takeover / 10))
        self._stopping = threading.Event()

    def try_acquire(self) -> bool:
        raise NotImplementedError

    def release(self) -> None:
        self._stopping.set()

    def verify(self) -> bool:
        """True while this process still holds the lock."""
        return True

    def holder(self) -> Holder | None:
        raise NotImplementedError

    def end_stale_holder(self) -> bool:
        return False

    def keep(self, on_lost: Callable[[], None]) -> None:
        """Hold the lock until `release`; `on_lost` is called once if it is lost meanwhile."""

    def wait(self, stop: threading.Event) -> bool:
        """As a standby: True once this process holds the lock, False when `stop` was set first."""
        if self.try_acquire():
            self.record(None)
            return True
        holder = self.holder()
        log.info("standby: the active worker is %s; taking over within %g s of it stopping",
                 holder.name if holder else "another process", self.takeover)
        while not stop.wait(self.poll_seconds):
            try:
                if self.try_acquire() or (self.end_stale_holder() and self.try_acquire()):
                    gone = holder.name if holder else "another process"
                    log.warning("standby: the active worker %s stopped; this worker (%s) takes over and resumes "
                                "from the checkpoints and the outbox", gone, _me())
                    self.record(gone)
                    return True
                holder = self.holder() or holder
            except (SQLAlchemyError, StoreError) as err:  # the database is down or restarting: keep waiting
                log.warning("standby: the database did not answer (%s); trying again", _first_line(err))
        return False

    def record(self, took_over_from: str | None) -> None:
        value = {"host": socket.gethostname(), "pid": os.getpid(), "since": _now(), "took_over_from": took_over_from}
        with _as_store_error():
            value |= self._extra()
            with self.engine.begin() as conn:
                _write(conn, value)

    def _extra(self) -> dict[str, Any]:
        return {}

    def _read(self) -> dict[str, Any] | None:
        with _as_store_error(), self.engine.connect() as conn:
            raw = conn.scalar(select(Meta.value).where(Meta.key == RECORD))
        return json.loads(raw) if raw else None


class FileLease(Lease):
    """An flock on a file: beside a SQLite database (same host only, released by the kernel on death)."""

    def __init__(self, engine: Engine, takeover_seconds: float, path: str) -> None:
        super().__init__(engine, takeover_seconds)
        self.path = path
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        super().release()
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def holder(self) -> Holder | None:
        found = self._read()
        return _holder(found, held=self._locked()) if found else None

    def _locked(self) -> bool:
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)  # closing drops the probe's shared lock
        return False


class PostgresLease(Lease):
    """A session advisory lock on a connection of its own, with a heartbeat (see the module docstring)."""

    def __init__(self, engine: Engine, takeover_seconds: float) -> None:
        super().__init__(engine, takeover_seconds)
        # Every session of this process carries its name, so that a standby can end all of them: a frozen holder
        # may be frozen in the middle of a transaction whose row locks would stop the new active worker.
        self.session_name = f"foiabot {_me()} {secrets.token_hex(3)}"[:63]
        event.listen(engine, "do_connect", self._name_session)
        engine.dispose()  # sessions opened before (the schema check) are not named
        self._lock_engine = create_engine(engine.url, poolclass=NullPool, connect_args=_keepalives(self.takeover))
        event.listen(self._lock_engine, "do_connect", self._name_session)
        self._conn: Connection | None = None
        self._backend: int | None = None
        self._mutex = threading.Lock()  # the lock connection is used by the heartbeat thread and the worker

    def try_acquire(self) -> bool:
        with self._mutex:
            try:
                conn = self._connection()
                if not conn.scalar(text("SELECT pg_try_advisory_lock(:a, :b)"), LOCK_KEY):
                    return False
                self._backend = conn.scalar(text("SELECT pg_backend_pid()"))
                return True
            except SQLAlchemyError as err:
                log.warning("standby: the database did not answer (%s); trying again", _first_line(err))
                self._drop()
                return False

    def _connection(self) -> Connection:
        if self._conn is None:
            self._conn = self._lock_engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        return self._conn

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.invalidate()
                conn.close()
            except SQLAlchemyError:
                pass

    def _name_session(self, _dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
        params["application_name"] = self.session_name

    def _extra(self) -> dict[str, Any]:
        return {"backend": self._backend, "heartbeat": self._clock(), "sessions": self.session_name}

    def _clock(self) -> float:
        with self.engine.connect() as conn:
            return float(conn.scalar(text("SELECT extract(epoch FROM clock_timestamp())")))

    def verify(self) -> bool:
        """One round trip on the lock connection: it answers only while its session, and so the lock, lives. A
        lost lock connection is never replaced: a new session would not hold the lock."""
        with self._mutex:
            if self._conn is None:
                return False
            try:
                self._conn.execute(text("SELECT 1"))
                return True
            except SQLAlchemyError:
                self._drop()
                return False

    def heartbeat(self) -> bool:
        with self._mutex:
            if self._conn is None:
                return False
            try:
                conn = self._conn
                now = float(conn.scalar(text("SELECT extract(epoch FROM clock_timestamp())")))
                raw = conn.scalar(select(Meta.value).where(Meta.key == RECORD))
                value = (json.loads(raw) if raw else {}) | {"heartbeat": now}
                conn.execute(update(Meta).where(Meta.key == RECORD).values(value=json.dumps(value)))
                return True
            except SQLAlchemyError as err:
                log.error("the worker lock's database connection is gone (%s)", _first_line(err))
                self._drop()
                return False

    def keep(self, on_lost: Callable[[], None]) -> None:
        def beat() -> None:
            while not self._stopping.wait(self.takeover / 4):
                if not self.heartbeat():
                    on_lost()
                    return

        threading.Thread(target=beat, name="worker-lock", daemon=True).start()

    def release(self) -> None:
        super().release()
        with self._mutex:
            if self._conn is not None:
                self._conn.close()  # ends the session, and with it the advisory lock
                self._conn = None

    def holder(self) -> Holder | None:
        found = self._read()
        if not found:
            return None
        with self.engine.connect() as conn:
            backend = _lock_backend(conn)
            now = float(conn.scalar(text("SELECT extract(epoch FROM clock_timestamp())")))
        age = now - float(found["heartbeat"]) if "heartbeat" in found else None
        return _holder(found, held=backend is not None and backend == found.get("backend"), heartbeat_age=age)

    def end_stale_holder(self) -> bool:
        """End the session of a holder whose heartbeat is older than takeover/2: its host froze, vanished or
        lost its connection without the server noticing yet."""
        found = self._read()
        if not found or "heartbeat" not in found:
            return False
        with self.engine.connect() as conn:
            backend = _lock_backend(conn)
            age = float(conn.scalar(text("SELECT extract(epoch FROM clock_timestamp())"))) - found["heartbeat"]
            # The record must be the lock holder's own: a new holder that has not written its record yet is not
            # judged by its predecessor's heartbeat.
            if backend is None or backend != found.get("backend") or age <= self.takeover / 2:
                return False
            log.warning("standby: the active worker %s pid %s wrote no heartbeat for %.0f s; ending its database "
                        "session", found["host"], found["pid"], age)
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = :pid OR "
                              "(application_name = :name AND pid <> pg_backend_pid())"),
                         {"pid": backend, "name": found.get("sessions", "")})
            conn.commit()
        return True


def open_lease(engine: Engine, takeover_seconds: float) -> Lease:
    if engine.url.get_backend_name() == "postgresql":
        return PostgresLease(engine, takeover_seconds)
    return FileLease(engine, takeover_seconds, lock_path(engine))


def lock_path(engine: Engine) -> str:
    database = engine.url.database
    if engine.url.get_backend_name() == "sqlite" and database and database != ":memory:":
        return database + ".lock"
    safe = "".join(c if c.isalnum() else "_" for c in engine.url.render_as_string(hide_password=True))
    return os.path.join(os.environ.get("TMPDIR", "/tmp"), f"foiabot-{safe[-80:]}.lock")


def describe(holder: Holder | None, takeover: float) -> str:
    """One line for `status` and `health`."""
    if holder is None:
        return "worker: none has run yet"
    if not holder.held:
        return f"worker: none active (the last was {holder.name}, active since {holder.since})"
    line = f"worker: active on {holder.name} since {holder.since}"
    if holder.took_over_from:
        line += f", took over from {holder.took_over_from}"
    if holder.heartbeat_age is not None and holder.heartbeat_age > takeover / 2:
        line += f"; no heartbeat for {holder.heartbeat_age:.0f} s (a standby takes over past {takeover / 2:g} s)"
    return line


def _holder(found: dict[str, Any], held: bool, heartbeat_age: float | None = None) -> Holder:
    return Holder(str(found["host"]), int(found["pid"]), str(found["since"]), found.get("took_over_from"), held,
                  heartbeat_age)


def _lock_backend(conn: Connection) -> int | None:
    return conn.scalar(text("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = :a AND objid = :b "
                            "AND objsubid = 2 AND granted"), LOCK_KEY)


@contextmanager
def _as_store_error() -> Iterator[None]:
    """The database's errors as the store reports them (locked, disk full ...): a message, not a traceback."""
    try:
        yield
    except OperationalError as err:
        raise StoreError(describe_db_error(err)) from None


def _write(conn: Connection, value: dict[str, Any]) -> None:
    data = json.dumps(value)
    if not conn.execute(update(Meta).where(Meta.key == RECORD).values(value=data)).rowcount:
        conn.execute(Meta.__table__.insert().values(key=RECORD, value=data))  # type: ignore[attr-defined]


def _keepalives(takeover: float) -> dict[str, Any]:
    """TCP keepalives on the lock connection, client side (libpq) and server side (the session's settings): a
    host that is gone is noticed within about takeover/2 s, and the server then releases its lock."""
    idle, interval = max(1, int(takeover / 4)), max(1, int(takeover / 12))
    settings = {"tcp_keepalives_idle": idle, "tcp_keepalives_interval": interval, "tcp_keepalives_count": 3,
                "tcp_user_timeout": int(takeover * 500)}
    return {"keepalives": 1, "keepalives_idle": idle, "keepalives_interval": interval, "keepalives_count": 3,
            "tcp_user_timeout": int(takeover * 500),
            "options": " ".join(f"-c {name}={value}" for name, value in settings.items())}


def _me() -> str:
    return f"{socket.gethostname()} pid {os.getpid()}"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _first_line(err: BaseException) -> str:
    return str(getattr(err, "orig", err)).strip().split("\n")[0][:200]
