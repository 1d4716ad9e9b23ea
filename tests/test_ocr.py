"""Scanned letters (tests/scans.py makes them): read through the whole pipeline, within the limits, and numbers
misread by OCR never placed on another request."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import scans
from dovecot import Account
from PIL import Image, ImageDraw
from sqlalchemy import select

from bot.config import load_agencies, load_config, load_jurisdictions, load_requests_file
from bot.console import ConsoleSink
from bot.match import MatchIndex
from bot.model import Attachment, OpenRequest, Reply
from bot.parse import ocr
from bot.parse.text import unread
from bot.pipeline import Incoming, Pipeline
from bot.reading import read
from bot.register import import_requests
from bot.replay import replay_files
from bot.settings import OcrSettings
from bot.store import OutboxAlert, open_store
from bot.worker import Worker

ROOT = Path(__file__).resolve().parent.parent
needs_tesseract = pytest.mark.skipif(
    not (shutil.which("tesseract") and ocr.available()),
    reason="Tesseract is not installed (apt-get install tesseract-ocr) with English "
           "(apt-get install tesseract-ocr-eng)",
)


@pytest.fixture(autouse=True)
def ocr_settings() -> Iterator[None]:
    yield
    ocr.configure(OcrSettings())
    ocr._tesseract_languages.cache_clear()


@pytest.fixture()
def register(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "agencies.yaml").write_text(scans.AGENCIES_YAML)
    (tmp_path / "requests.yaml").write_text(scans.REQUESTS_YAML)
    return tmp_path / "agencies.yaml", tmp_path / "requests.yaml"


def _pipeline(tmp_path: Path, register: tuple[Path, Path]) -> Pipeline:
    jurisdictions = load_jurisdictions()
    agencies = load_agencies(register[0], jurisdictions)
    store = open_store(f"sqlite:///{tmp_path}/register.db")
    import_requests(store, load_requests_file(register[1], agencies), agencies, jurisdictions)
    return Pipeline(store, jurisdictions, agencies, "America/New_York")


# Each letter as a PDF with no text layer, and as an image: TIFF, PNG, TIFF, JPEG.
CASES = [(lt, fmt) for lt, image in zip(scans.LETTERS, ("tiff", "png", "tiff", "jpeg"), strict=True)
         for fmt in ("pdf", image)]


@needs_tesseract
@pytest.mark.parametrize(("letter", "fmt"), CASES, ids=[f"{lt.name}-{fmt}" for lt, fmt in CASES])
def test_a_scanned_letter_is_read_for_its_kind_number_and_request(
    tmp_path: Path, register: tuple[Path, Path], letter: scans.Letter, fmt: str
) -> None:
    mail = tmp_path / f"{letter.name}.eml"
    mail.write_bytes(scans.email_with(letter, scans.scanned(letter, fmt, seed=len(letter.body)), fmt, letter.name))
    (outcome,) = replay_files([mail], *register)
    assert (outcome.status, outcome.request, outcome.kind) == ("processed", letter.request, letter.kind)
    assert outcome.tracking_number == letter.number
    if letter.kind != "acknowledgment":  # the acknowledgment brings the number: its words place it
        assert outcome.signal == "tracking_number"


def test_without_the_scan_the_same_email_is_not_understood(tmp_path: Path, register: tuple[Path, Path]) -> None:
    """What the tests above add: the email alone ('please see attached') says neither kind nor number."""
    letter = scans.LETTERS[1]
    mail = tmp_path / "fee.eml"
    mail.write_bytes(scans.email_with(letter, b"\x89PNG\r\n\x1a\n", "png", "fee"))
    (outcome,) = replay_files([mail], *register)
    assert outcome.kind == "other" and outcome.tracking_number is None and outcome.request != letter.request


@needs_tesseract
def test_a_twenty_page_scan_keeps_the_time_budget_and_reads_the_first_pages(
    tmp_path: Path, register: tuple[Path, Path]
) -> None:
    letter = scans.LETTERS[2]
    pages = [scans.render(letter.text(), seed=1, grain=2)]
    exhibit = " ".join(lt.body for lt in scans.LETTERS)  # a full page of text, as records are
    pages += [scans.render(f"Page {n} of 20\n\nINTERNAL AFFAIRS FILE EXHIBIT {n}\n\n{exhibit}\n\n{exhibit}",
                           seed=n, grain=0) for n in range(2, 21)]
    data = scans.as_pdf(pages, quality=40)
    assert len(pages) == 20 and len(data) < ocr.settings().max_megabytes * 1024 * 1024
    budget = 6.0
    ocr.configure(OcrSettings(seconds_per_message=budget))
    raw = scans.email_with(letter, data, "pdf", "twenty")

    started = time.monotonic()
    reply = read(raw)
    took = time.monotonic() - started

    assert took < budget + 3.0  # the budget, plus opening the PDF and its text layer (pypdf)
    (attachment,) = reply.attachments
    assert letter.number in attachment.text and "denied" in attachment.text
    assert "Page 4 of 20" not in attachment.text and "EXHIBIT 20" not in attachment.text
    assert any(d.startswith("an attached letter (letter.pdf) was read only in part: ") and
               "of its first 3 scanned pages" in d for d in reply.defects), reply.defects

    pipeline = _pipeline(tmp_path, register)
    (outcome,) = pipeline.process_many([_incoming(raw)])
    assert (outcome.request, outcome.kind) == (letter.request, "denial")
    with pipeline.store.session() as session:
        alert = json.loads(session.scalars(select(OutboxAlert.payload).where(OutboxAlert.type == "reply")).one())
    unread = dict(map(tuple, alert["fields"]))["Could not read"]
    assert "the time for reading scans (6 s a message) ran out" in unread  # the team is told


@needs_tesseract
def test_only_the_first_pages_are_read_when_time_allows() -> None:
    pages = [scans.render(f"Page {n} of 5\n\nThis is exhibit number {n}.", seed=n) for n in range(1, 6)]
    reply = read(scans.email_with(scans.LETTERS[3], scans.as_tiff(pages), "tiff", "five"))
    text = reply.attachments[0].text
    assert all(f"exhibit number {n}" in text for n in (1, 2, 3)), text
    assert "exhibit number 4" not in text and unread(reply.defects) == []


@needs_tesseract
def test_a_scan_over_the_size_cap_is_not_read_and_the_message_says_so(tmp_path: Path) -> None:
    ocr.configure(OcrSettings(max_megabytes=0.1))
    letter = scans.LETTERS[2]
    reply = read(scans.email_with(letter, scans.scanned(letter, "png"), "png", "big"))
    assert reply.attachments[0].text == ""
    assert unread(reply.defects) == ["an attached scan (letter.png) was not read: the scan is over 0.1 MB"]


@needs_tesseract
def test_a_logo_or_signature_image_is_not_taken_for_a_page() -> None:
    logo = Image.new("L", (400, 120), 255)
    ImageDraw.Draw(logo).text((10, 40), "FAIRVIEW PD PRR-2026-00515", fill=0)
    reply = read(scans.email_with(scans.LETTERS[2], scans.as_png(logo), "png", "logo"))
    assert reply.attachments[0].text == "" and unread(reply.defects) == [] and not reply.attachments[0].scanned


def _incoming(raw: bytes) -> Incoming:
    return Incoming(raw, "test")


@needs_tesseract
def test_scans_are_read_between_fetches_never_while_one_is_in_progress(
    tmp_path: Path, register: tuple[Path, Path], mailbox_account: Account, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The worker fetches a batch, then processes it: the IMAP protocol log and the OCR log, in one stream,
    show every page read outside a FETCH command (from its command line to its tagged completion)."""
    for letter in scans.LETTERS[:3]:
        mailbox_account.append("INBOX", scans.email_with(letter, scans.scanned(letter, "png"), "png", letter.name))
    monkeypatch.setenv("OCR_TEST_PASSWORD", mailbox_account.password)
    settings = tmp_path / "foiabot.yaml"
    settings.write_text(json.dumps({
        "database": f"sqlite:///{tmp_path}/db.sqlite", "agencies": str(register[0]),
        "inbox": {"host": mailbox_account.host, "port": mailbox_account.port, "security": "none",
                  "username": mailbox_account.user, "password_env": "OCR_TEST_PASSWORD", "batch_size": 1,
                  "backfill_days": 3650},
    }))
    config = load_config(settings)
    store = open_store(config.database_url)
    import_requests(store, load_requests_file(register[1], config.agencies), config.agencies, config.jurisdictions)
    worker = Worker(config, store, ConsoleSink(stream=io.StringIO()), once=True)
    caplog.set_level(logging.DEBUG, logger="imapclient.imaplib")
    caplog.set_level(logging.DEBUG, logger="bot.parse.ocr")
    try:
        assert worker.sync() == 3
    finally:
        worker.close()
        store.close()

    in_fetch, pages, fetches_after_a_page = None, 0, 0
    for record in caplog.records:
        line = record.getMessage()
        if record.name == "bot.parse.ocr" and "scanned page" in line:
            assert in_fetch is None, f"a page was read while FETCH {in_fetch} was in progress"
            pages += 1
        elif (started := _FETCH_SENT.match(line)) is not None:
            in_fetch = started.group(1)
            fetches_after_a_page += pages > 0
        elif in_fetch and re.match(rf"< b'{in_fetch} (?:OK|NO|BAD)\b", line):
            in_fetch = None
    assert pages == 6  # each letter's page: begun and done
    assert fetches_after_a_page >= 2  # batches of one: the later letters were fetched after a page was read


_FETCH_SENT = re.compile(r"> b'(\w+) (?:UID )?FETCH\b")


# --- without Tesseract -------------------------------------------------------------------------------------


def test_without_tesseract_scans_are_skipped_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    ocr._tesseract_languages.cache_clear()
    letter = scans.LETTERS[2]
    reply = read(scans.email_with(letter, scans.scanned(letter, "pdf"), "pdf", "none"))
    assert unread(reply.defects) == []  # as before: a scan without Tesseract is no defect of the message
    assert reply.attachments[0] == Attachment("letter.pdf", "application/pdf", reply.attachments[0].size)
    assert ocr.notice() == ("scanned letters are not read: Tesseract is not installed "
                            "(apt-get install tesseract-ocr tesseract-ocr-eng)")


def test_check_config_says_once_that_scans_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "agencies.yaml").write_text(scans.AGENCIES_YAML)
    (tmp_path / "foiabot.yaml").write_text("database: sqlite:///db.sqlite\n")
    run = subprocess.run([sys.executable, "-m", "bot", "check-config", "--config", str(tmp_path / "foiabot.yaml")],
                         capture_output=True, text=True, env={**os.environ, "PATH": ""}, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("scanned letters are not read") == 1
    assert "apt-get install tesseract-ocr tesseract-ocr-eng" in run.stdout
    status = subprocess.run([sys.executable, "-m", "bot", "status", "--config", str(tmp_path / "foiabot.yaml")],
                            capture_output=True, text=True, env={**os.environ, "PATH": ""}, cwd=ROOT, check=False)
    assert status.returncode == 0, status.stderr
    assert status.stdout.count("scanned letters are not read: Tesseract is not installed") == 1


@needs_tesseract
def test_check_config_is_quiet_about_scans_when_tesseract_reads_them(tmp_path: Path) -> None:
    (tmp_path / "agencies.yaml").write_text(scans.AGENCIES_YAML)
    (tmp_path / "foiabot.yaml").write_text("database: sqlite:///db.sqlite\n")
    run = subprocess.run([sys.executable, "-m", "bot", "check-config", "--config", str(tmp_path / "foiabot.yaml")],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.returncode == 0 and "scanned" not in run.stdout


# --- OCR's confusions in numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(("read", "meant"), [
    ("request PRR-2O26-OlO5l received", "request PRR-2026-01051 received"),
    ("number PRR-2026-0S15.", "number PRR-2026-0515."),
    ("F0IA-2026-00123", "FOIA-2026-00123"),
    ("Sincerely, Officer Ollie Smith, 1st floor, Suite 5", "Sincerely, Officer Ollie Smith, 1st floor, Suite 5"),
    ("SO ISSUED on 12/1O/2026", "SO ISSUED on 12/10/2026"),
])
def test_letter_digit_confusions_are_undone_in_numbers_only(read: str, meant: str) -> None:
    assert ocr.repair_numbers(read) == meant


def _scanned_reply(text: str, scanned: bool = True) -> Reply:
    return Reply(message_id="<m@x>", raw_sha256="0", from_name="", from_addr="records@fairviewpd.example.gov",
                 recipients=[], subject="Your records request", date=None, new_text="Please see attached.",
                 attachments=[Attachment("scan.pdf", "application/pdf", 1, text, scanned=scanned)])


def _index(*numbers: tuple[str, str]) -> MatchIndex:
    return MatchIndex([OpenRequest(id=rid, agency_id="fairviewpd", subject=f"request {rid}",
                                   tracking_numbers=frozenset([n])) for rid, n in numbers])


def test_a_misread_number_in_a_scan_finds_its_request() -> None:
    index = _index(("REQ-1", "SO-2026-0015"), ("REQ-2", "SO-2026-0016"))
    match = index.match(_scanned_reply("Re: your request 5O-2O26-OOl5"))
    assert (match.request_id, match.signal) == ("REQ-1", "tracking_number")


def test_a_misread_number_never_lands_on_another_requests_number() -> None:
    # Two known numbers that differ only by look-alikes: a scan cannot tell them apart, so neither is taken.
    index = _index(("REQ-1", "SO-2026-0015"), ("REQ-2", "50-2026-0015"))
    assert index.match(_scanned_reply("Re: your request 5O-2026-0015")).request_id is None
    # An exact number still decides, and a confusable one is never read as a different digit (3 is not 8).
    assert index.match(_scanned_reply("Re: your request 50-2026-0015")).request_id == "REQ-2"
    index = _index(("REQ-1", "PRR-2026-00123"), ("REQ-2", "PRR-2026-00128"))
    assert index.match(_scanned_reply("Re: PRR-2026-OOl2S")).request_id is None


def test_typed_text_is_taken_as_written() -> None:
    index = _index(("REQ-1", "SO-2026-0015"), ("REQ-2", "SO-2026-0016"))
    assert index.match(_scanned_reply("Re: your request 5O-2O26-OOl5", scanned=False)).request_id is None


@needs_tesseract
@pytest.mark.parametrize("enabled", [True, False])
def test_replay_reads_scans_under_the_settings_ocr_section(
    tmp_path: Path, register: tuple[Path, Path], enabled: bool
) -> None:
    """`foiabot replay --config` reads a scanned letter as the worker would with the same settings file."""
    letter = scans.LETTERS[1]
    mail = tmp_path / "scan.eml"
    mail.write_bytes(scans.email_with(letter, scans.scanned(letter, "pdf", seed=3), "pdf", "scan"))
    (tmp_path / "foiabot.yaml").write_text(
        f"database: sqlite:///db.sqlite\nagencies: {register[0]}\nocr:\n  enabled: {str(enabled).lower()}\n")
    run = subprocess.run([sys.executable, "-m", "bot", "replay", "--config", str(tmp_path / "foiabot.yaml"),
                          "--requests", str(register[1]), "--json", str(mail)],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stderr
    outcome = json.loads(run.stdout.splitlines()[-1])
    if enabled:
        assert (outcome["kind"], outcome["tracking_number"]) == (letter.kind, letter.number)
    else:
        assert outcome["kind"] == "other" and outcome["tracking_number"] is None
