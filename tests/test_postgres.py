"""The register on PostgreSQL: the same pipeline, the same answers as on SQLite.

The test starts a throwaway PostgreSQL cluster (Debian's postgresql package; `.ci/run` installs it) on a Unix
socket in a temp directory, as the unprivileged user `nobody` when run as root, and removes it afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pgserver import create_database, running_postgres

from bot.config import load_agencies, load_jurisdictions, load_requests_file
from bot.pipeline import Pipeline
from bot.register import import_requests
from bot.replay import as_json, replay
from bot.store import open_store

CORPUS = Path(__file__).resolve().parent / "data" / "corpus" / "dev"


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with running_postgres("foiabot-pg-") as server:
        create_database(server, "foiabot")
        yield f"postgresql+psycopg://foiabot@/foiabot?host={server.socket_dir}"


def test_the_dev_corpus_gives_the_same_answers_on_postgresql_as_on_sqlite(postgres_url: str) -> None:
    jurisdictions = load_jurisdictions()
    agencies = load_agencies(CORPUS / "agencies.yaml", jurisdictions)
    store = open_store(postgres_url)
    try:
        import_requests(store, load_requests_file(CORPUS / "requests.yaml", agencies), agencies, jurisdictions)
        again = import_requests(store, load_requests_file(CORPUS / "requests.yaml", agencies), agencies,
                                jurisdictions)
        assert (again.added, again.unchanged) == (0, 18)
        pipeline = Pipeline(store, jurisdictions, agencies, "America/New_York")
        messages = sorted((CORPUS / "messages").glob("*.eml"))
        on_postgres = [as_json(pipeline.process(path.read_bytes(), str(path))) for path in messages]
        assert {o["status"] for o in on_postgres} <= {"processed", "triage", "ignored"}
        duplicate = pipeline.process(messages[0].read_bytes(), "again")
        assert duplicate.status == "duplicate"
    finally:
        store.close()
    on_sqlite = [as_json(o) for o in replay(messages, agencies, jurisdictions, CORPUS / "requests.yaml")]
    assert on_postgres == on_sqlite


def test_a_wrong_postgresql_url_is_a_clear_error_without_the_password() -> None:
    from bot.errors import StoreError

    with pytest.raises(StoreError) as err:
        open_store("postgresql+psycopg://foiabot:s3cret-pw@127.0.0.1:1/foiabot?connect_timeout=2")
    assert "s3cret-pw" not in str(err.value)
