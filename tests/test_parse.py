"""bot.parse: bytes -> Reply. Each behaviour is shown on a small message written here."""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.message
import email.policy
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import time
from email.utils import getaddresses, parseaddr
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.classify import classify
from bot.model import Kind
from bot.parse import parse
from bot.parse.headers import _BARE_ADDRESS, READ_POLICY, Headers, addresses_in
from bot.parse.quotes import _LIBRARY_PATTERN, _library_quote_header, split_quotes
from bot.parse.text import _TRANSLATE, decode_bytes, decode_words, normalise, one_line, unescape
from bot.reading import read

DEV_MESSAGES = Path(__file__).resolve().parent / "data" / "corpus" / "dev" / "messages"


def eml(headers: str, body: str = "Hello.\n", *, encoding: str = "utf-8") -> bytes:
    """A message from header lines and a body, with CRLF line ends as on the wire."""
    text = headers.strip("\n") + "\n\n" + body
    return text.replace("\n", "\r\n").encode(encoding)


PLAIN_HEADERS = """\
From: "Office of Records, FOIA" <FOIA@Agency.GOV>
To: Records Desk <Records@records.example.org>, other@example.org
Cc: Reporter <reporter@records.example.org>
Delivered-To: records+req-001@records.example.org
X-Original-To: records+req-001@records.example.org
Received: from mx.agency.gov by mx1.records.example.org with ESMTP id 1A2B
 for <Desk@records.example.org>; Mon, 12 Jan 2026 14:03:00 -0500
Reply-To: foia-replies@agency.gov
Subject: RE: FOIA Request: Body-worn camera policy
Date: Mon, 12 Jan 2026 14:03:00 -0500
Message-ID: <abc.123@agency.gov>
In-Reply-To: <req-001.1@records.example.org>
References: <req-000.1@records.example.org>
 <req-001.1@records.example.org>
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""


def test_plain_message_fills_headers_addresses_and_text() -> None:
    raw = eml(PLAIN_HEADERS, "Your request has been assigned number 2026-001.\n")
    reply = parse(raw)
    assert reply.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert reply.message_id == "<abc.123@agency.gov>"
    assert reply.from_name == "Office of Records, FOIA"
    assert reply.from_addr == "foia@agency.gov"
    assert reply.subject == "RE: FOIA Request: Body-worn camera policy"
    assert reply.date == dt.datetime(2026, 1, 12, 19, 3, tzinfo=dt.UTC)
    assert reply.date is not None and reply.date.tzinfo is not None
    assert reply.in_reply_to == ["<req-001.1@records.example.org>"]
    assert reply.references == ["<req-000.1@records.example.org>", "<req-001.1@records.example.org>"]
    assert reply.reply_to == ["foia-replies@agency.gov"]
    assert reply.recipients == [
        "records@records.example.org",
        "other@example.org",
        "reporter@records.example.org",
        "records+req-001@records.example.org",
        "desk@records.example.org",
    ]
    assert reply.text == "Your request has been assigned number 2026-001."
    assert reply.new_text == reply.text
    assert reply.quoted_text == ""


def test_flags_hold_only_the_auto_reply_and_bounce_headers_present() -> None:
    reply = parse(eml(PLAIN_HEADERS))
    assert reply.flags == {
        "auto-submitted": "auto-replied",
        "precedence": "bulk",
        "content-type": 'text/plain; charset="utf-8"',
    }


HTML_BODY = """\
<html><head><style>p {color: red}</style></head><body>
<p>Dear Requester:</p>
<p>Re: Right&#8209;to&#8209;Know Request RTK&#8209;2026&#8209;0142 &amp; <b>fees</b>&nbsp;due</p>
<p>1. First item<br>- second line <img src="cid:logo" alt="logo"></p>
<p>See <a href="https://portal.example.gov/requests/26-311">the portal</a> or
<a href="https://portal.example.gov/help">https://portal.example.gov/help</a>.</p>
<table><tr><th>Item</th><th>Amount</th></tr><tr><td>Copies</td><td>$117.50</td></tr></table>
</body></html>
"""


def test_html_only_body_becomes_readable_text() -> None:
    headers = "From: a@agency.gov\nSubject: x\nContent-Type: text/html; charset=utf-8\n"
    text = parse(eml(headers, HTML_BODY)).text
    assert "Re: Right-to-Know Request RTK-2026-0142 & fees due" in text
    assert "1. First item" in text and "\n- second line" in text
    assert "the portal (https://portal.example.gov/requests/26-311)" in text
    assert "https://portal.example.gov/help." in text
    assert "Copies | $117.50" in text
    assert "<" not in text and "**" not in text and "\\" not in text and "logo" not in text


def _alternative(plain: str, html: str) -> bytes:
    return eml(
        'From: a@agency.gov\nSubject: x\nContent-Type: multipart/alternative; boundary="b1"\n',
        f"--b1\nContent-Type: text/plain; charset=utf-8\n\n{plain}\n"
        f"--b1\nContent-Type: text/html; charset=utf-8\n\n{html}\n--b1--\n",
    )


@pytest.mark.parametrize(
    ("plain", "text"),
    [
        pytest.param("Plain words.", "Plain words.", id="prefers-the-plain-part"),
        pytest.param("   ", "HTML words.", id="empty-plain-part-uses-the-html"),
    ],
)
def test_multipart_alternative_reads_the_plain_part_unless_it_is_empty(plain: str, text: str) -> None:
    reply = parse(_alternative(plain, "<p>HTML words.</p>"))
    assert reply.text == text


def test_cp1252_quoted_printable_body_and_rfc2047_subject_are_decoded() -> None:
    headers = (
        "From: =?windows-1252?q?Jos=E9_P=E9rez?= <jperez@city.gov>\n"
        "Subject: =?windows-1252?q?RE=3A_FOIA_Request_=96_CPD_records?=\n"
        "Content-Type: text/plain; charset=windows-1252\n"
        "Content-Transfer-Encoding: quoted-printable\n"
    )
    body = "=93The Department=92s records, 2022=962025.=94 =A7 67.708\n"
    reply = parse(eml(headers, body))
    assert reply.subject == "RE: FOIA Request - CPD records"
    assert reply.from_name == "José Pérez"
    assert reply.text == "“The Department’s records, 2022-2025.” § 67.708"


def test_unknown_charset_falls_back_to_utf8_then_cp1252() -> None:
    headers = "From: a@agency.gov\nSubject: x\nContent-Type: text/plain; charset=x-no-such-charset\n"
    assert parse(eml(headers, "caf\u00e9 ok\n")).text == "café ok"
    latin = (headers + "\n" + "caf\xe9 ok\n").replace("\n", "\r\n").encode("latin-1")
    assert parse(latin).text == "café ok"


def test_decode_bytes_maps_charset_aliases_and_never_raises() -> None:
    assert decode_bytes("가".encode("cp949"), "ks_c_5601-1987") == "가"
    assert decode_bytes(b"abc", "base64") == "abc"  # a bytes-to-bytes codec is not a charset
    assert decode_bytes(b"\x81\xff", "us-ascii") == "\ufffdÿ"
    assert decode_bytes("naïve".encode(), "iso-8859-1") == "naïve"  # mislabelled UTF-8


def test_missing_message_id_and_bad_date_become_none() -> None:
    reply = parse(eml("From: a@agency.gov\nSubject: x\nDate: Mon, 45 Foo 2026 99:99:99 +9999\n"))
    assert reply.message_id is None
    assert reply.date is None
    assert "InvalidDate" in reply.defects


def test_raw_8bit_and_broken_headers_are_decoded_best_effort() -> None:
    raw = (
        b"From: =?utf-8?B?broken?= <a@agency.gov>\r\nSubject: Caf\xe9 r\xc3\xa9sum\xc3\r\n"
        b"To: undisclosed-recipients:;, <b@agency.gov\r\nDate: yesterday\r\n\r\nBody\r\n"
    )
    reply = parse(raw)
    assert reply.from_addr == "a@agency.gov"
    assert reply.subject.startswith("Caf")
    assert "b@agency.gov" in reply.recipients
    assert reply.date is None and reply.text == "Body"


@pytest.mark.parametrize(
    ("body", "new_text", "quote_starts", "quoted"),
    [
        pytest.param(
            "Your request was received.\n\nICE FOIA Office\n\n________________________________\n"
            "From: Records Desk <records@records.example.org>\nSent: Wednesday, January 7, 2026 9:14 AM\n"
            "To: ICE FOIA <ice-foia@ice.dhs.gov>\nSubject: FOIA Request\n\nOur reference is REQ-005.\n",
            "Your request was received.\n\nICE FOIA Office",
            "From: Records Desk",
            ["REQ-005"],
            id="outlook-header-block",
        ),
        pytest.param(
            "Assigned number 2026-ICFO-04412.\n\n"
            "On Wed, Jan 7, 2026 at 9:14 AM Records Desk <records@records.example.org> wrote:\n"
            "> Our internal reference for this request is REQ-004.\n",
            "Assigned number 2026-ICFO-04412.",
            "On Wed, Jan 7, 2026",
            ["REQ-004"],
            id="on-date-wrote-and-angle-quoted-lines",
        ),
        pytest.param(
            "It has been assigned FOIA file number P982214.\n\n-----Original Message-----\n"
            "From: Records Desk <records@records.example.org>\nSent: Thursday, January 15, 2026 6:41 PM\n"
            "Subject: FOIA Request\n\nOur internal reference is REQ-015.\n",
            "It has been assigned FOIA file number P982214.",
            "-----Original Message-----",
            [],
            id="original-message-separator",
        ),
    ],
)
def test_a_reply_header_starts_the_quote_and_what_follows_is_quoted_text(
    body: str, new_text: str, quote_starts: str, quoted: list[str]
) -> None:
    reply = parse(eml("From: a@agency.gov\nSubject: RE: x\n", body))
    assert reply.new_text == new_text
    assert reply.quoted_text.startswith(quote_starts)
    for words in quoted:
        assert words in reply.quoted_text


@pytest.mark.parametrize(
    ("headers", "body", "kept"),
    [
        pytest.param(
            "From: a@agency.gov\nSubject: x\n",
            "From: FOIA Office\nDate: January 7, 2026\nTo: Records Desk\n\nYour request is granted.\n",
            "Your request is granted.",
            id="letterhead-lines-at-the-top",
        ),
        pytest.param(
            "From: me@records.example.org\nSubject: FW: Final response\n",
            "FYI\n\n-----Original Message-----\nFrom: FOIA <foia@agency.gov>\n"
            "Sent: Monday, March 2, 2026 10:00 AM\nSubject: Final response\n\nRecords are attached.\n",
            "Records are attached.",
            id="outlook-forward-under-fw-subject-keeps-the-forwarded-text",
        ),
    ],
)
def test_header_lines_that_do_not_quote_a_reply_stay_in_new_text(headers: str, body: str, kept: str) -> None:
    reply = parse(eml(headers, body))
    assert kept in reply.new_text
    assert reply.quoted_text == ""


def test_interleaved_angle_quotes_keep_the_answers_in_new_text() -> None:
    body = "> Do you have the 2023 data?\nYes, attached.\n> And 2024?\nNext week.\n"
    reply = parse(eml("From: a@agency.gov\nSubject: RE: x\n", body))
    assert reply.new_text == "Yes, attached.\nNext week."
    assert reply.quoted_text == "> Do you have the 2023 data?\n> And 2024?"


FORWARD_BODY = """\
Can someone log this?

---------- Forwarded message ---------
From: CPD FOIA <foia@chicagopolice.org>
Date: Fri, Feb 6, 2026 at 10:02 AM
Subject: FOIA P984770 - Request to Narrow
To: Dana Whitfield <dwhitfield@records.example.org>
Message-ID: <cpd-1@chicagopolice.org>

Please narrow request P984770.

On Thu, Feb 5, 2026 at 9:00 AM Dana Whitfield <dwhitfield@records.example.org> wrote:
> Our reference is REQ-016.
"""


def test_inline_forward_keeps_the_forwarded_text_as_new_text() -> None:
    reply = parse(eml("From: dana@records.example.org\nSubject: Fwd: FOIA P984770\n", FORWARD_BODY))
    assert reply.new_text.startswith("Can someone log this?")
    assert "Please narrow request P984770." in reply.new_text
    assert "From: CPD FOIA <foia@chicagopolice.org>" in reply.new_text
    assert "REQ-016" not in reply.new_text and "REQ-016" in reply.quoted_text
    assert reply.embedded_ids == ["<cpd-1@chicagopolice.org>"]
    assert reply.embedded_subject == "FOIA P984770 - Request to Narrow"
    assert "foia@chicagopolice.org" in reply.embedded_addresses


def test_forward_as_attached_message_keeps_its_text_and_ids() -> None:
    body = (
        "--b1\nContent-Type: text/plain\n\nForwarding.\n"
        '--b1\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename="ext.eml"\n\n'
        "From: FOIA <osdjs.foia@osd.mil>\nSubject: 26-F-0318 - Unusual Circumstances\n"
        "Message-ID: <inner@osd.mil>\nReferences: <req-009@records.example.org>\n\n"
        "We are extending the time to respond.\n--b1--\n"
    )
    headers = 'From: jlee@records.example.org\nSubject: Fwd: x\nContent-Type: multipart/mixed; boundary="b1"\n'
    reply = parse(eml(headers, body))
    assert "Forwarding." in reply.new_text
    assert "We are extending the time to respond." in reply.new_text
    assert reply.embedded_ids == ["<inner@osd.mil>", "<req-009@records.example.org>"]
    assert reply.embedded_subject == "26-F-0318 - Unusual Circumstances"
    assert [(a.filename, a.content_type) for a in reply.attachments] == [("ext.eml", "message/rfc822")]


@pytest.mark.parametrize("ctype", ["application/octet-stream", "application/x-eml"])
def test_an_email_saved_to_a_file_and_attached_is_read_as_a_forwarded_message(ctype: str) -> None:
    saved = (b"From: Records Unit <records@bpd.example.gov>\r\nSubject: BPD 26-3318 - final response\r\n"
             b"Message-ID: <saved@bpd.example.gov>\r\nReferences: <req-7@records.example.org>\r\n\r\n"
             b"Your request is denied in its entirety.\r\n")
    reply = parse(_attachment_message("BPD answer.eml", ctype, saved))
    assert "Your request is denied in its entirety." in reply.new_text
    assert reply.embedded_ids == ["<saved@bpd.example.gov>", "<req-7@records.example.org>"]
    assert [(a.filename, a.content_type) for a in reply.attachments] == [("BPD answer.eml", ctype)]
    # A file that only bears the name is an attachment like any other.
    other = parse(_attachment_message("notes.eml", ctype, b"just some notes, no headers here"))
    assert "just some notes" not in other.new_text and [a.filename for a in other.attachments] == ["notes.eml"]


DSN_BODY = """\
--r1
Content-Type: text/plain

Your message could not be delivered.
--r1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.records.example.org

Final-Recipient: rfc822; nobody@mail.mil
Action: failed
Status: 5.1.1
--r1
Content-Type: text/rfc822-headers

From: Records Desk <records@records.example.org>
Reply-To: records+req-009@records.example.org
To: FOIA <osdjs.foia@osd.mil>
Subject: FOIA Request: PFPA policy
Message-ID: <req-009.1@records.example.org>
References: <req-009.0@records.example.org>
--r1--
"""


def test_dsn_report_gives_text_and_the_returned_headers() -> None:
    headers = (
        "From: MAILER-DAEMON@mx1.records.example.org\nSubject: Undelivered Mail Returned to Sender\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="r1"\n'
    )
    reply = parse(eml(headers, DSN_BODY))
    assert reply.is_report
    assert "Your message could not be delivered." in reply.text
    assert "Status: 5.1.1" in reply.text
    assert "FOIA Request: PFPA policy" not in reply.text
    assert reply.embedded_ids == ["<req-009.1@records.example.org>", "<req-009.0@records.example.org>"]
    assert "records+req-009@records.example.org" in reply.embedded_addresses
    assert reply.embedded_subject == "FOIA Request: PFPA policy"


def test_returned_message_in_a_report_goes_to_quoted_text_not_text() -> None:
    body = DSN_BODY.replace("text/rfc822-headers\n", "message/rfc822\n").replace(
        "References: <req-009.0@records.example.org>\n", "References: <req-009.0@records.example.org>\n\nHi Ana.\n"
    )
    headers = 'From: postmaster@agency.gov\nSubject: Undeliverable\nContent-Type: multipart/report; boundary="r1"\n'
    reply = parse(eml(headers, body))
    assert "Hi Ana." not in reply.text and "Hi Ana." in reply.quoted_text
    assert "<req-009.1@records.example.org>" in reply.embedded_ids


def test_qmail_bounce_copy_in_the_body_gives_embedded_ids() -> None:
    body = (
        "Hi. This is the qmail-send program at mx.govqa.us.\n<txdps@govqa.us>:\nMailbox full.\n\n"
        "--- Below this line is a copy of the message.\n\nReturn-Path: <records@records.example.org>\n"
        "Reply-To: records+req-013@records.example.org\nSubject: RE: Request R004127\n"
        "Message-ID: <req-013.3@records.example.org>\nIn-Reply-To: <fe2e@govqa.us>\n"
        "References: <req-013.1@records.example.org>\n\nWe accept the charges.\n"
    )
    reply = parse(eml("From: MAILER-DAEMON@mx.govqa.us\nSubject: failure notice\n", body))
    assert reply.new_text.endswith("Mailbox full.")
    assert "We accept the charges." in reply.quoted_text
    assert reply.embedded_ids == [
        "<req-013.3@records.example.org>",
        "<fe2e@govqa.us>",
        "<req-013.1@records.example.org>",
    ]
    assert "records+req-013@records.example.org" in reply.embedded_addresses


def test_pdf_attachment_text_is_extracted() -> None:
    reply = parse((DEV_MESSAGES / "008-fbi-ack-letter-pdf.eml").read_bytes())
    [letter] = reply.attachments
    assert letter.content_type == "application/pdf"
    assert letter.filename == "FOIPA_Acknowledgment_Letter.pdf"
    assert "1645221-000" in letter.text


def _attachment_message(filename: str, ctype: str, data: bytes) -> bytes:
    payload = base64.encodebytes(data).decode()
    return eml(
        'From: a@agency.gov\nSubject: x\nContent-Type: multipart/mixed; boundary="m1"\n',
        "--m1\nContent-Type: text/plain\n\nSee attached.\n"
        f'--m1\nContent-Type: {ctype}\nContent-Disposition: attachment; filename="{filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{payload}--m1--\n",
    )


def test_docx_attachment_text_is_extracted() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Request RTK-2026-0142 is granted in part.")
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Fee"
    buffer = io.BytesIO()
    document.save(buffer)
    ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    reply = parse(_attachment_message("letter.docx", ctype, buffer.getvalue()))
    [letter] = reply.attachments
    assert "Request RTK-2026-0142 is granted in part." in letter.text
    assert "Fee" in letter.text
    assert reply.text == "See attached."


def test_attachments_list_name_type_and_decoded_size() -> None:
    reply = parse(_attachment_message("data.csv", "text/csv", b"year,count\n2024,17\n"))
    [csv] = reply.attachments
    assert (csv.filename, csv.content_type, csv.size) == ("data.csv", "text/csv", 19)
    assert csv.text == "year,count\n2024,17"


def test_rfc2231_filename_is_decoded_and_a_damaged_pdf_yields_no_text() -> None:
    raw = eml(
        'From: a@agency.gov\nSubject: x\nContent-Type: multipart/mixed; boundary="m1"\n',
        "--m1\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment; filename*=utf-8''R%C3%A9ponse%20finale.pdf\n\n"
        + base64.b64encode(b"%PDF-1.4 not really a pdf").decode()
        + "\n--m1--\n",
    )
    [pdf] = parse(raw).attachments
    assert pdf.filename == "Réponse finale.pdf"
    assert pdf.text == "" and pdf.size == 25


def test_big_csv_attachment_gives_its_size_and_the_text_of_its_first_rows() -> None:
    data = b"id,agency,fee\n" + b"".join(f"{i},Caf\u00e9 {i},{i}.50\n".encode() for i in range(100_000))
    [csv] = parse(_attachment_message("log.csv", "text/csv", data)).attachments
    assert (csv.filename, csv.content_type, csv.size) == ("log.csv", "text/csv", len(data))
    assert csv.text.startswith("id,agency,fee\n0,Caf\u00e9 0,0.50\n1,Caf\u00e9 1,1.50")
    assert len(csv.text) == 20_000


def test_big_attachments_of_a_forwarded_message_count_in_its_size() -> None:
    inner = _attachment_message("scan.tif", "image/tiff", bytes(3_000_000))
    raw = eml(
        'From: a@agency.gov\nSubject: Fwd: scans\nContent-Type: multipart/mixed; boundary="o1"\n',
        "--o1\nContent-Type: text/plain\n\nForwarding the scans.\n"
        '--o1\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename="scans.eml"\n\n'
        + inner.decode().replace("\r\n", "\n")
        + "--o1--\n",
    )
    forwarded, scan = parse(raw).attachments
    assert (forwarded.content_type, scan.filename, scan.size) == ("message/rfc822", "scan.tif", 3_000_000)
    assert forwarded.size > 4_000_000  # the base64 text of the scan and more


def test_base64_lines_pasted_into_a_text_body_stay_text() -> None:
    pasted = base64.encodebytes(bytes(range(256)) * 400).decode()
    body = f"See below.\n\nContent-Type: application/zip\nContent-Transfer-Encoding: base64\n\n{pasted}"
    reply = parse(eml("From: a@agency.gov\nSubject: x\n", body))
    assert reply.text == (
        "See below.\n\nContent-Type: application/zip\nContent-Transfer-Encoding: base64\n\n" + pasted
    )[:100_000].strip("\n")
    assert reply.attachments == []


# Parses in a process forked from a fresh interpreter: a process started directly by the test runner reports
# the runner's own peak as its ru_maxrss too, since Linux carries it over the exec. Prints what the parse
# found, then the parse's peak RSS (RUSAGE_CHILDREN: its only child; in KB on Linux).
_PEAK_OF_PARSE = """
import json, os, resource, sys
from pathlib import Path
from bot.classify import classify
from bot.model import Kind
from bot.parse import parse
if os.fork() == 0:
    raw = Path(sys.argv[1]).read_bytes()
    reply = parse(raw)
    found = [[a.filename, a.content_type, a.size] for a in reply.attachments]
    print(json.dumps([len(raw), reply.new_text, found]), flush=True)
    os._exit(0)
_, status = os.wait()
print(json.dumps(os.waitstatus_to_exitcode(status) or resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
"""


def _write_big_message(path: Path, lines: int) -> int:
    """A short letter and a PDF of random bytes as `lines` lines of base64; returns the PDF's size."""
    with path.open("wb") as out:
        out.write(
            eml(
                'From: a@agency.gov\nSubject: Records\nContent-Type: multipart/mixed; boundary="m1"\n',
                "--m1\nContent-Type: text/plain\n\nThe records are attached.\n--m1\n"
                'Content-Type: application/pdf; name="records.pdf"\nContent-Transfer-Encoding: base64\n'
                'Content-Disposition: attachment; filename="records.pdf"\n\n',
            )
        )
        for _ in range(lines // 10_000):
            out.write(base64.encodebytes(os.urandom(57 * 10_000)).replace(b"\n", b"\r\n"))
        out.write(b"--m1--\r\n")
    return lines // 10_000 * 10_000 * 57


def test_a_50_mb_message_is_parsed_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.eml"
    size = _write_big_message(path, 50 * 2**20 // 78)
    command = [sys.executable, "-c", _PEAK_OF_PARSE, str(path)]
    run = subprocess.run(command, capture_output=True, text=True, cwd=Path(__file__).parents[1], check=True)
    found, peak_kb = run.stdout.splitlines()
    raw_size, new_text, attachments = json.loads(found)
    assert raw_size > 50_000_000
    assert new_text == "The records are attached."
    assert attachments == [["records.pdf", "application/pdf", size]]
    assert 0 < json.loads(peak_kb) <= 150 * 1024, f"peak RSS {json.loads(peak_kb) // 1024} MB"


def test_text_is_normalised_for_matching() -> None:
    body = "No.\u00a0RTK\u20112026\u20100142,\u200b 2022\u20132025\u00ad; total \u22125\u200d.\nEnd\u2014ok\n"
    headers = "From: a@agency.gov\nSubject: x\u2011y\u00a0z\nContent-Type: text/plain; charset=utf-8\n"
    reply = parse(eml(headers, body))
    assert reply.text == "No. RTK-2026-0142, 2022-2025; total -5.\nEnd\u2014ok"
    assert reply.subject == "x-y z"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff\xfe",
        b"Subject: only headers",
        b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n--x",
        b"Content-Type: message/rfc822\r\n\r\n" * 50,
        b"From: " + b"<" * 5000 + b"\r\n\r\nx",
        b"Content-Type: message/rfc822\r\n\r\n" * 3000,
        b"Subject: " + b"=?utf-8?q?a?= " * 20000 + b"\r\n\r\nx",
        b"From: " + b"a" * 100_000 + b"@b\r\n\r\nx",
        b"Content-Type: text/html\r\n\r\n" + b"[" * 50_000 + b"](" * 10_000,
        b"\r\n\r\nhi\r\nOn " + b"a " * 50_000 + b"\r\n",
    ],
    ids=[
        "empty",
        "binary",
        "headers-only",
        "no-final-boundary",
        "rfc822-chain",
        "angle-storm",
        "deep-rfc822",
        "many-encoded-words",
        "long-from",
        "bracket-storm",
        "long-on-line",
    ],
)
def test_garbage_input_still_yields_a_reply_quickly(raw: bytes) -> None:
    started = time.monotonic()
    reply = parse(raw)
    assert reply.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert time.monotonic() - started < 2


# --- fast paths: each gives what the slower general path gives -----------------------------------------

_TOKEN_CHARS = "abcXYZ019!#$&+-.^_`|~*%'"  # the last three are outside the plain grammar: RFC 2231
_TOKENS = st.text(alphabet=_TOKEN_CHARS, min_size=1, max_size=6)
_PARAM_VALUES = st.one_of(_TOKENS, st.text(alphabet='ab ;=?"\\()\t\xe9', max_size=6).map(lambda v: f'"{v}"'))
_PARAM_NAMES = st.sampled_from(["charset", "boundary", "name", "filename", "name*", "filename*0*", "format"])
_PARAMS = st.lists(st.tuples(st.sampled_from(["; ", ";", " ; ", ";\r\n "]), _PARAM_NAMES, _PARAM_VALUES), max_size=3)


def _mime_readings(msg: email.message.Message) -> list[object]:
    return [
        msg.get_content_type(),
        msg.get_content_disposition(),
        msg.get_filename(),
        msg.get_content_charset(),
        msg.get_boundary(),
        msg.get_param("format"),
        str(msg.get("content-transfer-encoding", "")).lower(),
        str(msg.get("subject", "")),
    ]


@settings(max_examples=400, deadline=None)
@given(
    ctype=st.tuples(_TOKENS, _TOKENS).map("/".join),
    params=_PARAMS,
    disposition=_TOKENS,
    disposition_params=_PARAMS,
    cte=st.sampled_from(["base64", "Base64 ", "quoted-printable", "7bit", "x-uue", "(c) base64", "=?x?q?b?="]),
    subject=st.text(alphabet="Re: a=?\t(", max_size=12),
)
def test_plain_mime_headers_are_read_as_policy_default_reads_them(
    ctype: str,
    params: list[tuple[str, str, str]],
    disposition: str,
    disposition_params: list[tuple[str, str, str]],
    cte: str,
    subject: str,
) -> None:
    def joined(items: list[tuple[str, str, str]]) -> str:
        return "".join(f"{sep}{name}={value}" for sep, name, value in items)

    raw = (
        f"Subject: {subject}\r\nContent-Type: {ctype}{joined(params)}\r\n"
        f"Content-Disposition: {disposition}{joined(disposition_params)}\r\n"
        f"Content-Transfer-Encoding: {cte}\r\n\r\nx\r\n"
    ).encode()
    fast = email.message_from_bytes(raw, policy=READ_POLICY)
    assert _mime_readings(fast) == _mime_readings(email.message_from_bytes(raw, policy=email.policy.default))


_ATOMS = st.text(alphabet="aZ09!#$%&'*+/=?^_`{|}~-", min_size=1, max_size=4)
_ADDRESSES = st.builds(
    "{}@{}".format,
    st.lists(_ATOMS, min_size=1, max_size=3).map(".".join),
    st.lists(st.text(alphabet="aZ09-", min_size=1, max_size=4), min_size=1, max_size=3).map(".".join),
)
_MAILBOXES = st.one_of(
    _ADDRESSES, st.builds("{} <{}>".format, st.lists(_ATOMS, min_size=1, max_size=3).map(" ".join), _ADDRESSES)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MAILBOXES, min_size=1, max_size=3), st.sampled_from(["", "x", "\\", '"', "(", ".", "[", ","]))
def test_plain_address_lists_give_what_the_stdlib_address_parser_gives(mailboxes: list[str], extra: str) -> None:
    value = ", ".join(mailboxes) + extra  # an odd character at the end leaves the plain grammar
    wanted = [a.strip().lower() for _, a in getaddresses([value]) if "@" in a and " " not in a.strip()]
    assert addresses_in(value) == (wanted or [a.lower() for a in _BARE_ADDRESS.findall(value)])
    sender = mailboxes[0] + extra
    name, addr = parseaddr(sender)
    if "@" not in addr:
        addr = next(iter(_BARE_ADDRESS.findall(sender)), addr)
    heads = Headers(email.message_from_bytes(f"From: {sender}\r\n\r\nx".encode(), policy=READ_POLICY))
    assert heads.sender() == (one_line(decode_words(name)).strip("\"' "), addr.strip().lower())


def test_the_quote_prefilter_words_are_those_of_the_library_pattern() -> None:
    """If mail-parser-reply changes its pattern, the prefilter switches itself off: update _LIBRARY_WORDS."""
    pattern = _library_quote_header()
    assert pattern is not None and pattern.pattern == _LIBRARY_PATTERN
    assert split_quotes("Thanks.\n\nOn Mon, Jan 5, 2026 Records wrote:\n> ok")[0] == "Thanks."
    assert split_quotes("Thanks.\n\nON MON, JAN 5, 2026 RECORDS WROTE:\n> ok")[0] == "Thanks."


def _normalise_every_step(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATE)
    text = re.sub(r"[ \t]+$", "", text, flags=re.MULTILINE)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a \t\r\n\x00\u00a0\u200b\u2011\u2014\udc80", max_size=40))
def test_normalise_skips_only_steps_that_would_change_nothing(text: str) -> None:
    assert normalise(text) == _normalise_every_step(text)
    assert one_line(text) == " ".join(_normalise_every_step(text).split())
    assert unescape(text) == (decode_bytes(text.encode("utf-8", "surrogateescape")) if "\udc80" in text else text)


def test_a_header_the_stdlib_parser_crashes_on_is_kept_as_text_and_the_message_is_read() -> None:
    raw = (b"From: Records <records@agency.gov>\nTo: me@x.org\nSubject: Your request\n"
           b"Message-ID: <crash@agency.gov>\nContent-Type: ;{name*\n\nNo responsive records were found.\n")
    reply = parse(raw)  # the stdlib's header parser raises IndexError on this Content-Type
    assert reply.message_id == "<crash@agency.gov>"
    assert "No responsive records were found." in reply.new_text


def test_what_the_agency_said_is_built_once_from_subject_new_text_and_the_forwarded_letter() -> None:
    raw = (b"From: Dana <dana@ledger.example.com>\r\nTo: desk@ledger.example.com\r\nSubject: Fwd: Your request\r\n"
           b"Message-ID: <f1@ledger.example.com>\r\n\r\nCan someone log this? Looks like a denial to me.\r\n\r\n"
           b"---------- Forwarded message ---------\r\nFrom: Records <records@city.example.gov>\r\n"
           b"Subject: Your request\r\n\r\nNo responsive records were located.\r\n\r\n"
           b"> On Mon, Mar 2, 2026, desk@ledger.example.com wrote:\r\n> Request REQ-014 for the jail logs\r\n")
    said = parse(raw).said
    assert said.startswith("Fwd: Your request") and "No responsive records were located." in said
    assert "denial" not in said  # the colleague's note is not the agency's letter
    assert "\n" not in said


def _html_mail(body: str) -> bytes:
    return ("From: Records <records@pinecrest.gov>\r\nTo: desk@ledger.example.com\r\nSubject: Re: Records request\r\n"
            "Date: Tue, 10 Mar 2026 10:00:00 -0500\r\nMessage-ID: <q1@pinecrest.gov>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/html; charset=utf-8\r\n\r\n" + body).encode()


@pytest.mark.parametrize("quote", [
    '<div class="gmail_attr">On Mon, Mar 9, 2026 at 9:00 AM Records Desk wrote:</div>'
    '<blockquote class="gmail_quote">Please send the dispatch logs.</blockquote>',
    '<blockquote type="cite">Please send the dispatch logs.</blockquote>',
    '<p>Records Desk wrote:</p><blockquote>Please send the dispatch logs.</blockquote>',
])
def test_a_blockquote_a_mail_program_made_is_quoted_history(quote: str) -> None:
    reply = parse(_html_mail(f"<p>The logs are attached.</p>{quote}"))
    assert "dispatch logs" not in reply.new_text and "dispatch logs" in reply.quoted_text
    assert "The logs are attached." in reply.new_text


def test_a_portals_blockquote_around_the_agencys_message_is_what_the_agency_said() -> None:
    reply = parse(_html_mail("<h2>A new message has been added to request 26-0918</h2><blockquote style="
                             "'border-left:3px solid #ccc'><p>The estimated fee is $180.00.</p></blockquote>"
                             "<p>View request 26-0918</p>"))
    assert "The estimated fee is $180.00." in reply.new_text and not reply.quoted_text


def test_links_rewritten_by_safe_links_or_url_defense_read_as_the_address_the_sender_wrote() -> None:
    wrapped = ("https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fcityofmarlow.nextrequest.com"
               "%2Frequests%2F26-1187&data=05%7C02%7Cdesk%40ledger.example.com%7C7ebf&sdata=7GFJU0N5&reserved=0")
    defended = "https://urldefense.com/v3/__https://marlow.govqa.us/WEBAPP/_rs/request.aspx?rid=4471__;!!Q6x9bHk$"
    reply = parse(eml("From: Records <donotreply@mail.nextrequest.com>\nSubject: Your request's due date changed\n",
                      f"View request: {wrapped}\nOr: {defended}\n"))
    assert "https://cityofmarlow.nextrequest.com/requests/26-1187" in reply.text
    assert "https://marlow.govqa.us/WEBAPP/_rs/request.aspx?rid=4471" in reply.text
    assert "safelinks" not in reply.text and "urldefense" not in reply.text


def _relayed(group: str, group_id: str) -> str:
    local, _, domain = group.partition("@")
    return (f"Mailing-list: list {group}; contact {local}+owners@{domain}\nList-Id: <{local}.{domain}>\n"
            f"List-Post: <mailto:{group}>\nX-Google-Group-Id: {group_id}\nPrecedence: list\n"
            f"List-Unsubscribe: <mailto:googlegroups-manage+{group_id}+unsubscribe@googlegroups.com>\n")


def test_mail_relayed_by_a_group_inside_another_group_is_not_bulk_mail_but_a_newsletter_still_is() -> None:
    # The newsroom's records@ group has the desk's group as a member: both add their own list headers.
    headers = ("From: FOIA Office <foia@agency.gov>\nTo: desk@ledger.example.com\nSubject: Your request\n"
               + _relayed("records@ledger.example.com", "111") + _relayed("desk@ledger.example.com", "222"))
    reply = parse(eml(headers))
    assert not {"list-id", "list-unsubscribe", "precedence"} & set(reply.flags)
    newsletter = parse(eml(headers + "List-Unsubscribe: <https://news.example.org/unsubscribe?u=9>\n"))
    assert newsletter.flags["list-unsubscribe"] == "<https://news.example.org/unsubscribe?u=9>"


def test_a_group_that_rewrote_from_names_the_author_in_x_original_sender() -> None:
    headers = ("From: 'FOIA Requests' via Records Desk <desk@ledger.example.com>\nTo: desk@ledger.example.com\n"
               "Reply-To: FOIA Requests <foia.requests@agency.gov>\nX-Original-Sender: foia.requests@agency.gov\n"
               "Subject: Acknowledgment\n" + _relayed("desk@ledger.example.com", "333"))
    reply = parse(eml(headers))
    assert (reply.from_name, reply.from_addr) == ("FOIA Requests", "foia.requests@agency.gov")
    # A colleague's own post to the group keeps its sender.
    own = parse(eml("From: Dana <dana@ledger.example.com>\nTo: desk@ledger.example.com\nSubject: fyi\n"
                    + _relayed("desk@ledger.example.com", "333")))
    assert own.from_addr == "dana@ledger.example.com"


def _tnef(body: bytes, files: list[tuple[str, bytes]]) -> bytes:
    """A winmail.dat as Outlook writes one: a signature, then (level, name, type, length, data, checksum)
    attributes; each attached file opens with its rendering attribute."""
    import struct

    def attribute(level: int, name: int, kind: int, data: bytes) -> bytes:
        return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)

    out = struct.pack("<IH", 0x223E9F78, 1) + attribute(1, 0x9006, 0x0008, struct.pack("<I", 0x10000))
    out += attribute(1, 0x800C, 0x0002, body)
    for name, data in files:
        out += attribute(2, 0x9002, 0x0006, bytes(14))
        out += attribute(2, 0x8010, 0x0001, name.encode() + b"\0")
        out += attribute(2, 0x800F, 0x0006, data)
    return out


def test_a_letter_inside_outlooks_winmail_dat_is_read_with_its_file_name() -> None:
    letter = (b"Re: Open Records Request ORR 26-0913\r\nA search of the facility's files located no records responsive "
              b"to your request.")
    wrapped = _tnef(b"Please see the attached letter.", [("ORR 26-0913 Letter.txt", letter)])
    raw = (b"From: Open Records <openrecords@ky.example.gov>\r\nTo: desk@ledger.example.com\r\nSubject: Notice\r\n"
           b"Date: Tue, 10 Mar 2026 09:12:00 -0500\r\nMessage-ID: <t-1@ky.example.gov>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
           b"Please see the attached letter.\r\n--b\r\nContent-Type: application/ms-tnef; name=winmail.dat\r\n"
           b"Content-Disposition: attachment; filename=winmail.dat\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(wrapped) + b"--b--\r\n")
    reply = parse(raw)
    assert "located no records responsive" in reply.said
    assert "ORR 26-0913 Letter.txt" in reply.said  # a number only in the inner file's name is read too
    assert classify(reply, None).kind == Kind.NO_RECORDS
    # A damaged wrapper is said to be unread, and nothing is lost of the rest.
    broken = raw.replace(base64.encodebytes(wrapped), base64.encodebytes(b"not a tnef file at all"))
    reply = read(broken)
    assert "Please see the attached letter." in reply.said and any("winmail.dat" in d for d in reply.defects)
