"""`foiabot requests discover`: the requests a team already sent, found in its Sent mail (an export, or the Sent
folder of a real Dovecot), registered with --import, and their history read quietly: one summary post per
request, no alert per old reply, nothing twice."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml
from dovecot import Account
from sqlalchemy import select

from bot.cli import main
from bot.store import Message, OutboxAlert, Request, open_store

TEAM = "desk@ledger.example.com"


def mail(head: str, body: str) -> bytes:
    return (textwrap.dedent(head).strip() + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            + textwrap.dedent(body)).encode()


SENT = {
    "out-1.eml": mail(f"""
        From: Dana Reyes <{TEAM}>
        To: records@harborcity.gov
        Subject: OPRA Request: towing contracts and invoices, 2025
        Date: Mon, 02 Mar 2026 10:00:00 -0500
        Message-ID: <out-1@ledger.example.com>
        """, "Under the Open Public Records Act, I request the towing contracts and invoices for 2025.\n"),
    "out-2.eml": mail(f"""
        From: Dana Reyes <{TEAM}>
        To: records@harborcity.gov
        Subject: OPRA Request: shotspotter alerts and dispatch logs
        Date: Tue, 03 Mar 2026 10:00:00 -0500
        Message-ID: <out-2@ledger.example.com>
        Reply-To: desk+shot@ledger.example.com
        """, "Under the Open Public Records Act, I request all shotspotter alerts and the dispatch logs.\n"),
    "out-thanks.eml": mail(f"""
        From: Dana Reyes <{TEAM}>
        To: records@harborcity.gov
        Subject: Thanks
        Date: Wed, 04 Mar 2026 10:00:00 -0500
        Message-ID: <out-3@ledger.example.com>
        """, "Thanks for the call today.\n"),
}
INBOX = {
    "in-ack.eml": mail("""
        From: Harbor City Clerk <records@harborcity.gov>
        To: desk@ledger.example.com
        Subject: RE: OPRA Request: towing contracts and invoices, 2025
        Date: Wed, 04 Mar 2026 09:00:00 -0500
        Message-ID: <in-1@harborcity.gov>
        In-Reply-To: <out-1@ledger.example.com>
        """, "Your request has been received and assigned OPRA-0417.\n"),
    "in-ext.eml": mail("""
        From: Harbor City Clerk <records@harborcity.gov>
        To: desk@ledger.example.com
        Subject: OPRA-0417
        Date: Thu, 12 Mar 2026 09:00:00 -0400
        Message-ID: <in-2@harborcity.gov>
        """, "Because of the volume of invoices, we are taking an extension of time to respond.\n"),
    "in-shot.eml": mail("""
        From: Harbor City Clerk <records@harborcity.gov>
        To: desk+shot@ledger.example.com
        Subject: Your OPRA request
        Date: Fri, 13 Mar 2026 09:00:00 -0400
        Message-ID: <in-3@harborcity.gov>
        """, "A search of the dispatch system did not yield any responsive documents.\n"),
    "in-news.eml": mail("""
        From: Civic Weekly <news@civicweekly.example.com>
        To: desk@ledger.example.com
        Subject: This week in open government
        Date: Fri, 13 Mar 2026 11:00:00 -0400
        Message-ID: <news-1@civicweekly.example.com>
        """, "OPRA requests are up this year.\n"),
}


@pytest.fixture
def settings(tmp_path: Path) -> Path:
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text(yaml.safe_dump({"agencies": [{
        "id": "harbor", "name": "Harbor City Clerk", "jurisdiction": "US-NJ", "emails": ["records@harborcity.gov"],
        "domains": ["harborcity.gov"], "tracking_pattern": r"\bOPRA-\d{4}\b"}]}))
    path = tmp_path / "foiabot.yaml"
    path.write_text(f"database: sqlite:///{tmp_path}/db.sqlite\nagencies: {agencies}\n")
    return path


@pytest.fixture
def export(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    for name, raw in {**SENT, **INBOX}.items():
        (folder / name).write_bytes(raw)
    return folder


def test_discover_lists_the_requests_in_sent_mail_and_changes_nothing(
        settings: Path, export: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["requests", "discover", "--json", "--config", str(settings), str(export)]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(f["subject"], f["sent"], len(f["replies"])) for f in found] == [
        ("OPRA Request: towing contracts and invoices, 2025", "2026-03-02", 2),
        ("OPRA Request: shotspotter alerts and dispatch logs", "2026-03-03", 1),
    ]
    assert found[1]["reply_address"] == "desk+shot@ledger.example.com"
    store = open_store(f"sqlite:///{settings.parent}/db.sqlite")
    with store.session() as session:
        assert session.scalars(select(Request)).all() == []
    store.close()


def test_discover_import_registers_them_with_their_real_state_and_posts_one_summary_each(
        settings: Path, export: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["requests", "discover", "--import", "--config", str(settings), str(export)]
    assert main(args) == 0
    store = open_store(f"sqlite:///{settings.parent}/db.sqlite")
    with store.session() as session:
        requests = {r.subject: r for r in session.scalars(select(Request))}
        towing = requests["OPRA Request: towing contracts and invoices, 2025"]
        shots = requests["OPRA Request: shotspotter alerts and dispatch logs"]
        assert towing.status == "extended"  # New Jersey sets no statutory extension: the due date stays
        assert shots.status == "no_records" and shots.appeal_due is not None
        alerts = session.scalars(select(OutboxAlert)).all()
        assert sorted(a.key for a in alerts) == sorted([f"history:{shots.id}", f"history:{towing.id}"])
        assert "OPRA-0417" in next(a.payload for a in alerts if a.request_id == towing.id)
        placed = {m.message_id: m.request_id for m in session.scalars(select(Message))}
        assert placed == {"<in-1@harborcity.gov>": towing.id, "<in-2@harborcity.gov>": towing.id,
                          "<in-3@harborcity.gov>": shots.id}  # the newsletter is left alone
    capsys.readouterr()
    assert main(args) == 0  # again: nothing new is registered, read or posted
    with store.session() as session:
        assert len(session.scalars(select(Request)).all()) == 2
        assert len(session.scalars(select(OutboxAlert)).all()) == 2
    store.close()


def test_discover_without_paths_or_a_sent_folder_says_what_to_set(
        settings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["requests", "discover", "--config", str(settings)]) != 0
    err = capsys.readouterr().err
    assert "sent_folder" in err and "Traceback" not in err


def test_discover_reads_the_sent_folder_and_inbox_of_a_real_mailbox_without_changing_them(
        settings: Path, mailbox_account: Account, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    for raw in SENT.values():
        mailbox_account.append("Sent", raw)
    for raw in INBOX.values():
        mailbox_account.append("INBOX", raw)
    before = {folder: mailbox_account.flags(folder) for folder in ("INBOX", "Sent")}
    config = yaml.safe_load(settings.read_text())
    config["inbox"] = {"host": mailbox_account.host, "port": mailbox_account.port, "security": "none",
                       "username": mailbox_account.user, "password_env": "TEST_IMAP_PASSWORD",
                       "folders": ["INBOX"], "sent_folder": "Sent", "timeout_seconds": 10}
    settings.write_text(yaml.safe_dump(config))
    monkeypatch.setenv("TEST_IMAP_PASSWORD", mailbox_account.password)
    assert main(["requests", "discover", "--import", "--config", str(settings)]) == 0
    out = capsys.readouterr().out
    assert "2 requests registered or already known" in out
    assert {folder: mailbox_account.flags(folder) for folder in ("INBOX", "Sent")} == before  # read-only
    store = open_store(f"sqlite:///{settings.parent}/db.sqlite")
    with store.session() as session:
        assert {r.status for r in session.scalars(select(Request))} == {"extended", "no_records"}
    store.close()
