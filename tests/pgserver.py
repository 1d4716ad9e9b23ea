"""A PostgreSQL server for the tests that need one: initialised in a temporary directory and run as `nobody` (the
server refuses root), on a Unix socket and, when asked, on a loopback port; stopped and removed afterwards."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
DEFAULT_PORT = 5432  # the socket file's name only, when the server listens on no TCP port


@dataclass(frozen=True)
class Postgres:
    socket_dir: str
    port: int


def as_owner(args: list[str]) -> list[str]:
    return ["runuser", "-u", "nobody", "--", *args] if os.geteuid() == 0 else args


def skip_unless_available() -> None:
    if not PG_BIN or not shutil.which("runuser"):
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    pytest.importorskip("psycopg")


@contextmanager
def running_postgres(prefix: str, tcp_port: int | None = None) -> Iterator[Postgres]:
    """A server with a `foiabot` superuser (trust auth); with `tcp_port`, also listening on 127.0.0.1."""
    skip_unless_available()
    bin_dir = Path(PG_BIN[-1])
    base = Path(tempfile.mkdtemp(prefix=prefix))
    os.chmod(base, 0o755)
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "nobody", "nogroup")
        shutil.chown(sock, "nobody", "nogroup")
    subprocess.run(as_owner([str(bin_dir / "initdb"), "-D", str(data), "-U", "foiabot", "--auth=trust"]),
                   check=True, capture_output=True)
    listen = f"-c listen_addresses=127.0.0.1 -p {tcp_port}" if tcp_port else "-c listen_addresses=''"
    subprocess.run(as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", f"-k {sock} {listen} -c fsync=off",
                             "-w", "start", "-l", str(base / "log")]), check=True, capture_output=True)
    try:
        yield Postgres(str(sock), tcp_port or DEFAULT_PORT)
    finally:
        subprocess.run(as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def create_database(server: Postgres, name: str) -> None:
    subprocess.run(as_owner([str(Path(PG_BIN[-1]) / "createdb"), "-h", server.socket_dir, "-p", str(server.port),
                             "-U", "foiabot", name]), check=True, capture_output=True)
