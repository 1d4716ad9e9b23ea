"""Every hostile or broken email gets an answer, never a crash: the real-world wild corpus and Python's own
email test messages through `foiabot replay`, and generated messages through matching and classification."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.classify import classify
from bot.config import load_agencies, load_jurisdictions
from bot.match import MatchIndex
from bot.model import OpenRequest
from bot.parse import parse

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
# The wild corpus is real mail from another project's test suite: used where it is laid beside the repository
# (as in CI), never copied into it.
WILD_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wild"
WILD = sorted(p for p in WILD_DIR.rglob("*") if p.is_file() and p.name != "README.md")
WILD_MISSING = f"the wild corpus is not at {WILD_DIR} (real mail from another project, not shipped here)"
STDLIB_MAIL = sorted((Path(sysconfig.get_paths()["stdlib"]) / "test" / "test_email" / "data").glob("msg_*.txt"))
ANSWERS = {"processed", "triage", "set_aside", "ignored", "duplicate"}


def _replay(paths: list[Path]) -> list[dict[str, object]]:
    ran = subprocess.run(
        [sys.executable, "-m", "bot", "replay", "--json", "--agencies", str(CORPUS / "dev" / "agencies.yaml"),
         "--requests", str(CORPUS / "dev" / "requests.yaml"), *map(str, paths)],
        capture_output=True, text=True, timeout=300,
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert "Traceback" not in ran.stderr
    return [json.loads(line) for line in ran.stdout.splitlines()]


@pytest.mark.skipif(not WILD_DIR.is_dir(), reason=WILD_MISSING)
def test_every_wild_message_goes_through_replay_with_an_answer() -> None:
    assert len(WILD) == 68
    rows = _replay(WILD)
    assert [row["file"] for row in rows] == [str(p) for p in WILD]  # one answer each, in the order given
    assert {row["status"] for row in rows} <= ANSWERS


def test_pythons_own_email_test_messages_go_through_replay_with_an_answer() -> None:
    if not STDLIB_MAIL:
        testsuite = f"libpython{sys.version_info.major}.{sys.version_info.minor}-testsuite"
        pytest.skip(f"this Python has no test_email data (apt-get install {testsuite})")
    rows = _replay(STDLIB_MAIL)
    assert len(rows) == len(STDLIB_MAIL)
    assert {row["status"] for row in rows} <= ANSWERS


JURISDICTIONS = load_jurisdictions()
AGENCIES = list(load_agencies(CORPUS / "dev" / "agencies.yaml", JURISDICTIONS).values())
REQUESTS = [
    OpenRequest(id=f"REQ-{n}", agency_id=a.id, subject=f"FOIA Request: records about topic {n}",
                reply_address=f"records+req-{n}@records.example.org", message_ids=frozenset({f"<req-{n}@x>"}),
                tracking_numbers=frozenset({f"P{n:06d}"}))
    for n, a in enumerate(AGENCIES * 2)
]
INDEX = MatchIndex(REQUESTS, AGENCIES)
HEADER_VALUES = st.sampled_from([
    "", "<>", "<<<", "a@", "@b", "\x00", "=?bogus?x?zz?=", "=?utf-8?b?!!!?=", "foia@chicagopolice.org",
    "records+req-3@records.example.org", "<req-1@x> <req-2@x>", "P000003 P000004", "x" * 5000,
    "\u200b<!channel>\u202e", "Mon, 99 Foo 20266 25:61:61 +9999",
])


@st.composite
def generated(draw: st.DrawFn) -> bytes:
    names = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Content-Type",
             "Content-Transfer-Encoding", "Auto-Submitted", "Delivered-To"]
    lines = [f"{name}: {draw(HEADER_VALUES)}" for name in draw(st.lists(st.sampled_from(names), max_size=14))]
    body = draw(st.text(max_size=2000)) + draw(st.sampled_from(["", "\n--b\nContent-Type: text/html\n\n<p>x",
                                                                  "\n> quoted P000005\n", "\0" * 10]))
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode("utf-8", "surrogatepass")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated())
def test_generated_mail_never_crashes_matching_or_classification(raw: bytes) -> None:
    reply = parse(raw)
    found = INDEX.match(reply)
    agency = next((a for a in AGENCIES if a.id == found.agency_id), None)
    result = classify(reply, agency)
    assert found.request_id is None or found.signal is not None
    assert result.kind is not None
