"""bench/delivery.py: the same labeled letters as other deliveries bring them (a Google Group, a colleague's
forward inline or as an attachment, a new thread, HTML, a PDF letter). Each delivered message must still be
mail the parser reads, with the agency's words in what it says it read, or the bench measures the delivery's
own damage instead of foiabot.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import importlib.util
import io
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest

from bot.model import Reply
from bot.reading import read

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


delivery = _load("delivery")
accuracy = _load("accuracy")

# Real set messages, and a sentence of each agency's letter.
LETTERS = {
    "plain": ("holdout5", "002-20260303.eml", "Your request has been assigned control number COW2026000412."),
    "html_only": ("holdout5", "010-20260310.eml", "The reference number for your request is R012877-030926."),
    "pdf_attached": ("corpus/dev", "008-fbi-ack-letter-pdf.eml",
                     "Please see the attached correspondence regarding your Freedom of Information/Privacy Acts"),
    "quoting_plus_address": ("holdout", "019-fdle-ack-outlook-quote.eml", "Received - logged as PRR-26-0112."),
}


def _letter(which: str) -> tuple[bytes, Any]:
    folder, name, _ = LETTERS[which]
    return (DATA / folder / "messages" / name).read_bytes(), delivery.Inbox.of(DATA / folder / "requests.yaml")


def _delivered(name: str, which: str) -> tuple[bytes, Reply]:
    raw, inbox = _letter(which)
    out = delivery.deliver(name, raw, inbox)
    return out, read(out)


def _headers(raw: bytes) -> email.message.Message:
    return email.message_from_bytes(raw, policy=email.policy.default)


@pytest.mark.parametrize("which", list(LETTERS))
@pytest.mark.parametrize("name", list(delivery.DELIVERIES))
def test_every_delivery_keeps_the_agency_letter_readable(name: str, which: str) -> None:
    sentence = LETTERS[which][2]
    raw, _ = _letter(which)
    assert sentence in read(raw).said
    _, reply = _delivered(name, which)
    assert sentence in reply.said


@pytest.mark.parametrize("name", ["forwarded", "attached"])
def test_a_colleague_forwards_from_our_domain_to_the_inbox_on_the_same_day(name: str) -> None:
    raw, inbox = _letter("plain")
    original = read(raw)
    _, reply = _delivered(name, "plain")
    assert reply.from_addr == "jordan.reyes@borderjustice.example.org"
    assert reply.recipients == [inbox.address]
    assert reply.subject.endswith(original.subject) and reply.subject.lower().startswith(("fwd:", "fw:"))
    assert reply.in_reply_to == [] and reply.references == []
    assert original.date is not None and reply.date is not None
    assert dt.timedelta(0) < reply.date - original.date <= dt.timedelta(minutes=5)
    assert reply.date.date() == original.date.date()
    assert reply.message_id != original.message_id


def test_a_forward_just_before_midnight_stays_on_the_letter_s_day() -> None:
    raw, inbox = _letter("plain")
    late = raw.replace(b"Date: Tue, 03 Mar 2026 08:12:40 -0500", b"Date: Tue, 03 Mar 2026 23:58:30 -0500")
    reply = read(delivery.deliver("forwarded", late, inbox))
    assert reply.date is not None and reply.date.date() == dt.date(2026, 3, 3)


def test_an_inline_forward_is_gmail_s_block_with_the_letter_and_its_attachments() -> None:
    out, reply = _delivered("forwarded", "pdf_attached")
    msg = _headers(out)
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert text.startswith("FYI, see below.\n\n---------- Forwarded message ---------\nFrom: FBI eFOIPA")
    assert "\nSubject: FOIPA Request Acknowledgment\n" in text
    letters = [a for a in reply.attachments if a.filename == "FOIPA_Acknowledgment_Letter.pdf"]
    assert letters and "1645221-000" in letters[0].text


def test_an_html_only_letter_is_forwarded_as_its_text() -> None:
    out, _ = _delivered("forwarded", "html_only")
    assert [p.get_content_type() for p in _headers(out).walk()] == ["text/plain"]
    assert b"<p>" not in out


def test_forward_as_attachment_carries_the_original_message_whole() -> None:
    raw, _ = _letter("plain")
    out, reply = _delivered("attached", "plain")
    parts = [p for p in _headers(out).walk() if p.get_content_type() == "message/rfc822"]
    assert len(parts) == 1
    inner = parts[0].get_payload()[0]
    assert inner["Message-ID"] == _headers(raw)["Message-ID"]
    assert inner["In-Reply-To"] == "<req-01.20260302.1@borderjustice.example.org>"
    assert reply.embedded_ids[0] == inner["Message-ID"]


def test_an_unthreaded_reply_has_no_thread_headers_and_goes_to_the_plain_inbox_address() -> None:
    raw, _ = _letter("quoting_plus_address")
    assert read(raw).in_reply_to and "records+req-110@records.example.org" in read(raw).recipients
    out, reply = _delivered("unthreaded", "quoting_plus_address")
    assert reply.in_reply_to == [] and reply.references == []
    assert b"in-reply-to:" not in out.lower() and b"references:" not in out.lower()
    assert reply.recipients == ["records@records.example.org"]
    assert out.partition(b"\n\n")[2] == raw.partition(b"\n\n")[2]  # the body as it came


def test_a_plain_letter_becomes_an_html_only_one_with_the_same_words() -> None:
    out, reply = _delivered("html", "plain")
    assert [p.get_content_type() for p in _headers(out).walk()] == ["text/html"]
    html_body = _headers(out).get_content()
    assert "<table" in html_body and "<p>Dear Requester:</p>" in html_body
    assert "Sincerely," in reply.said and "Jill A. Eggleston" in reply.said


def test_html_delivery_leaves_a_message_with_html_alone_and_keeps_attachments() -> None:
    raw, inbox = _letter("html_only")
    assert delivery.deliver("html", raw, inbox) == raw
    out, reply = _delivered("html", "pdf_attached")
    types = [p.get_content_type() for p in _headers(out).walk()]
    assert "text/plain" not in types and "text/html" in types and "application/pdf" in types
    assert any("1645221-000" in a.text for a in reply.attachments)


def test_html_delivery_escapes_the_letter_s_text() -> None:
    page = delivery.html_letter("Fees < $25 & more:\n<none>\n\nSecond paragraph")
    assert "<p>Fees &lt; $25 &amp; more:<br>\n&lt;none&gt;</p>\n<p>Second paragraph</p>" in page


def test_the_pdf_delivery_moves_the_letter_into_letter_pdf() -> None:
    _, reply = _delivered("pdf", "plain")
    assert reply.new_text.strip() == "Please see the attached letter."
    letter = [a for a in reply.attachments if a.filename == "letter.pdf"]
    assert letter and letter[0].content_type == "application/pdf"
    assert "Your request has been assigned control number COW2026000412." in " ".join(letter[0].text.split())
    assert reply.in_reply_to == ["<req-01.20260302.1@borderjustice.example.org>"]  # the same message otherwise


def test_the_pdf_delivery_keeps_attachments_and_leaves_the_quoted_request_in_the_body() -> None:
    _, reply = _delivered("pdf", "pdf_attached")
    assert [a.filename for a in reply.attachments] == ["letter.pdf", "FOIPA_Acknowledgment_Letter.pdf"]
    _, reply = _delivered("pdf", "quoting_plus_address")
    letter = next(a for a in reply.attachments if a.filename == "letter.pdf")
    assert "PRR-26-0112" in letter.text and "Under Chapter 119" not in letter.text
    assert "Under Chapter 119" in reply.quoted_text


def test_letter_pdf_has_a_text_layer_over_several_pages() -> None:
    line = "fees (estimated) at C:\\records, Se\u00f1ora Pe\u00f1a \u2014 \u201cquoted\u201d"
    data = delivery.letter_pdf("\n".join(f"Line {n}: {line}" for n in range(200)))
    pdf = pypdf.PdfReader(io.BytesIO(data))
    assert len(pdf.pages) == 3  # 80 lines a page
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Line 0: fees (estimated) at C:\\records, Se\u00f1ora Pe\u00f1a - \"quoted\"" in text
    assert "Line 199:" in text


@pytest.mark.parametrize("name", delivery.HUMAN_ONLY)
@pytest.mark.parametrize("kind, file", [("bounce", "001-20260302.eml"), ("auto_reply", "005-20260304.eml")])
def test_bounces_and_auto_replies_are_not_forwarded_or_made_letters(name: str, kind: str, file: str) -> None:
    raw = (DATA / "holdout5" / "messages" / file).read_bytes()
    inbox = delivery.Inbox.of(DATA / "holdout5" / "requests.yaml")
    assert delivery.deliver(name, raw, inbox, kind) == raw
    assert delivery.deliver(name, raw, inbox, "acknowledgment") != raw


def test_the_same_delivery_of_the_same_message_is_the_same_bytes() -> None:
    raw, inbox = _letter("pdf_attached")
    for name in delivery.DELIVERIES:
        assert delivery.deliver(name, raw, inbox) == delivery.deliver(name, raw, inbox)


def test_the_bench_names_the_deliveries_it_knows_when_asked_for_another(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["accuracy.py", "--delivery", "carrier-pigeon", "--all"])
    assert accuracy.main() == 1
    error = capsys.readouterr().err
    assert "--delivery takes one of direct, group, forwarded, attached, unthreaded, html, pdf" in error
