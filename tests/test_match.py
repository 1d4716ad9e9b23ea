"""Matching a reply to its request: each signal, the traps, learning, and the dev corpus replay."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bot.match import MatchIndex, match, normalize_number, numbers_in
from bot.model import Attachment, OpenRequest, Reply
from bot.parse import parse
from bot.rules import Agency

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = Path(__file__).resolve().parent / "data" / "corpus" / "dev"
INBOX = "records@news.example.net"

AGENCIES = [
    Agency(
        id="parks",
        name="Springfield Parks Department",
        jurisdiction="US-IL",
        emails=["foia@parks.springfield.gov"],
        domains=["springfield.gov"],
        tracking_pattern=r"\bPK-\d{4}\b",
    ),
    Agency(
        id="port",
        name="Harbor Port Authority",
        jurisdiction="US",
        emails=["records@harborport.org"],
        domains=["harborport.org"],
        tracking_pattern=r"\bHPA\d{5}\b",
    ),
]


def _request(n: int, agency: str, subject: str, number: str | None = None) -> OpenRequest:
    return OpenRequest(
        id=f"R-{n}",
        agency_id=agency,
        subject=subject,
        reply_address=f"records+r-{n}@news.example.net",
        message_ids=frozenset([f"<r-{n}.out@news.example.net>"]),
        tracking_numbers=frozenset([number]) if number else frozenset(),
    )


REQUESTS = [
    _request(1, "parks", "FOIA Request: Pesticide spraying logs for city golf courses, 2020-2025"),
    _request(2, "parks", "FOIA Request: Lifeguard staffing schedules and drowning incident reports"),
    _request(3, "parks", "FOIA Request: Tree removal permits and arborist contracts in Lincoln Park"),
    _request(4, "port", "FOIA Request: Crane inspection reports for Terminal 5", number="HPA20417"),
]


def raw_email(
    body: str,
    *,
    subject: str = "Your request",
    sender: str = "foia@parks.springfield.gov",
    to: str = INBOX,
    headers: dict[str, str] | None = None,
    html: bool = False,
) -> bytes:
    lines = [
        f"From: Records Office <{sender}>",
        f"To: {to}",
        f"Subject: {subject}",
        "Date: Mon, 02 Mar 2026 10:00:00 -0600",
        "Message-ID: <reply-1@mail.springfield.gov>",
        "MIME-Version: 1.0",
        f"Content-Type: text/{'html' if html else 'plain'}; charset=utf-8",
    ]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode()


def reply(body: str = "Thank you.", **kwargs: object) -> Reply:
    return parse(raw_email(body, **kwargs))  # type: ignore[arg-type]


def built_reply(message_id: str | None, from_addr: str, subject: str, **fields: Any) -> Reply:
    """A Reply made by hand, as the parser gives a bounce or a reply with attachments, sent to our inbox."""
    return Reply(
        message_id=message_id,
        raw_sha256="0",
        from_name="",
        from_addr=from_addr,
        recipients=[INBOX],
        subject=subject,
        date=None,
        **fields,
    )


@pytest.fixture
def index() -> MatchIndex:
    return MatchIndex(REQUESTS, AGENCIES)


def test_in_reply_to_our_request_matches_by_thread(index: MatchIndex) -> None:
    result = index.match(reply(headers={"In-Reply-To": "<r-2.out@news.example.net>"}))
    assert (result.request_id, result.signal, result.agency_id) == ("R-2", "thread", "parks")


def test_message_id_learned_from_a_matched_reply_threads_later_replies(index: MatchIndex) -> None:
    index.add_message_id("R-3", "<ack-77@mail.springfield.gov>")
    later = reply(
        headers={"In-Reply-To": "<ack-77@mail.springfield.gov>", "References": "<ack-77@mail.springfield.gov>"}
    )
    assert (index.match(later).request_id, index.match(later).signal) == ("R-3", "thread")


def test_bounce_is_matched_by_the_message_id_inside_the_returned_copy(index: MatchIndex) -> None:
    bounce = built_reply(
        "<dsn-1@mx.example.net>",
        "mailer-daemon@mx.example.net",
        "Undelivered Mail Returned to Sender",
        embedded_ids=["<r-1.out@news.example.net>"],
        is_report=True,
    )
    result = index.match(bounce)
    assert (result.request_id, result.signal) == ("R-1", "thread")


def test_plus_address_matches_case_insensitively(index: MatchIndex) -> None:
    result = index.match(reply(to="Records+R-2@NEWS.Example.NET"))
    assert (result.request_id, result.signal) == ("R-2", "reply_address")


def test_reply_address_inside_a_bounced_original_matches() -> None:
    bounce = built_reply(
        None,
        "postmaster@mx.example.net",
        "failure notice",
        embedded_addresses=[INBOX, "records+r-3@news.example.net", "foia@parks.springfield.gov"],
    )
    result = match(bounce, REQUESTS, AGENCIES)
    assert (result.request_id, result.signal) == ("R-3", "reply_address")


def test_learned_tracking_number_in_subject_matches(index: MatchIndex) -> None:
    index.add_tracking_number("R-1", "PK-0193")
    result = index.match(reply(subject="Request PK-0193 - Extension"))
    assert (result.request_id, result.signal) == ("R-1", "tracking_number")


def test_tracking_number_written_with_non_breaking_hyphens_in_html_matches(index: MatchIndex) -> None:
    index.add_tracking_number("R-2", "PK-0200")
    body = "<html><body><p>Re: request PK&#8209;0200</p><p>Records are attached.</p></body></html>"
    assert index.match(reply(body, html=True)).request_id == "R-2"


def test_tracking_number_only_in_an_attachment_file_name_matches(index: MatchIndex) -> None:
    index.add_tracking_number("R-3", "PK-0311")
    final = built_reply(
        "<f@x>",
        "foia@parks.springfield.gov",
        "Final response",
        new_text="See the attached letter.",
        attachments=[Attachment("PK-0311_Final_Letter.pdf", "application/pdf", 1000)],
    )
    assert (index.match(final).request_id, index.match(final).signal) == ("R-3", "tracking_number")


def test_numbers_are_found_on_word_boundaries_only() -> None:
    assert normalize_number("26-118") in set(numbers_in("Request #26-118."))
    assert normalize_number("26-118") in set(numbers_in("26-118_Final.pdf"))
    assert normalize_number("26-118") not in set(numbers_in("Request 2026-1180"))
    assert "P123456" in set(numbers_in("file p123456"))


def test_a_number_is_known_however_the_agency_separates_its_parts() -> None:
    index = MatchIndex([OpenRequest(id="R-1", agency_id="dps", subject="Traffic stop policies")])
    index.add_tracking_number("R-1", "PRR-26-00388")
    for written in ("PRR 26-00388", "PRR26-00388", "prr-26-00388", "PRR\u201126\u201100388"):
        assert list(index.known_numbers(f"Hello, I am working on {written}. A question:")) == [("PRR-26-00388", "R-1")]
    assert list(index.known_numbers("PRR 26-00389, PRR 2025-00388, PRR 126-00388")) == []


def test_a_number_is_known_with_or_without_the_letters_an_agency_writes_in_front_only_sometimes() -> None:
    index = MatchIndex([OpenRequest(id=rid, agency_id="cpd", subject="s") for rid in ("R-1", "R-2", "R-3")])
    index.add_tracking_number("R-1", "PIA-2026-01187")
    index.add_tracking_number("R-2", "2026-04410")
    index.add_tracking_number("R-3", "UIPA 26-088")
    assert list(index.known_numbers("RE: Public Information Act Request - PIA No. 2026-01187")) == [
        ("PIA-2026-01187", "R-1")]
    assert list(index.known_numbers("Your request PIA-2026-04410 is complete.")) == [("2026-04410", "R-2")]
    # Too few digits to tell one agency's numbers from a reporter's "paid the fee on 26-088".
    assert list(index.known_numbers("Also paid the $30 on 26-088 today.")) == []


def test_a_number_is_known_with_its_leading_year_written_in_two_digits_or_four() -> None:
    index = MatchIndex([OpenRequest(id=rid, agency_id="mps", subject="s") for rid in ("R-1", "R-2")])
    index.add_tracking_number("R-1", "2026-114")  # the portal's acknowledgment
    index.add_tracking_number("R-2", "OPRA-26-041")
    assert list(index.known_numbers("I am writing about OPRA #26-114 (transportation contracts).")) == [
        ("2026-114", "R-1")]
    assert list(index.known_numbers("Re: OPRA 2026-041, separation agreements")) == [("OPRA-26-041", "R-2")]
    # Only a written number with its year set apart: not a ZIP code, a press release's number or a date's tail.
    for text in ("Montclair, NJ 26114", "FOR IMMEDIATE RELEASE 26-114-MMS", "filed 12-26-114", "Room 226-114"):
        assert list(index.known_numbers(text)) == [], text


def test_a_reply_citing_its_number_with_a_two_digit_year_is_not_taken_for_another_case() -> None:
    agency = Agency(id="mps", name="Montclair Public Schools", jurisdiction="US-NJ", emails=["opra@mps.k12.nj.us"],
                    domains=["mps.k12.nj.us"], tracking_pattern=r"\b(?:20)?\d{2}-\d{3}\b")
    requests = [OpenRequest(id="R-1", agency_id="mps", subject="Student transportation contracts and invoices",
                            tracking_numbers=frozenset(["2026-114"])),
                OpenRequest(id="R-2", agency_id="mps", subject="Employee separation agreements")]
    body = ("I am writing about OPRA #26-114 (student transportation contracts and invoices). The District needs "
            "additional time to retrieve these records.")
    result = match(reply(body, sender="tgreco@mps.k12.nj.us", subject="OPRA #26-114 - Extension of Time"),
                   requests, [agency])
    assert (result.request_id, result.signal) == ("R-1", "tracking_number")


def test_looking_only_for_known_first_parts_finds_the_same_numbers() -> None:
    text = "Re: 26-118 (was FOIA-2026-00118 / p123456); see 26-118_Final.pdf and 2026-1180."
    every = set(numbers_in(text))
    numbers = {"R-1": "26-118", "R-2": "FOIA-2026-00118", "R-3": "P123456", "R-4": "2026-1180"}
    assert {normalize_number(n) for n in numbers.values()} <= every
    index = MatchIndex([OpenRequest(id=rid, agency_id="a", subject="s") for rid in numbers])
    for rid, number in numbers.items():
        index.add_tracking_number(rid, number)
    assert sorted(index.known_numbers(text)) == sorted((n, rid) for rid, n in numbers.items())


def test_number_only_in_quoted_history_does_not_decide(index: MatchIndex) -> None:
    index.add_tracking_number("R-1", "PK-0193")
    body = (
        "We will call you next week.\n\nOn Mon, Feb 2, 2026 at 9:00 AM Records Desk wrote:\n"
        "> Following up on PK-0193.\n"
    )
    result = index.match(reply(body, subject="Phone call"))
    assert result.request_id is None
    assert any("quoted text cites PK-0193" in r for c in result.candidates for r in c.reasons)


def test_quoted_request_naming_another_requests_number_does_not_pull_the_reply(index: MatchIndex) -> None:
    index.add_tracking_number("R-1", "PK-0193")
    body = (
        "This acknowledges your request for tree removal permits and arborist contracts in Lincoln Park. "
        "It has been assigned number PK-0250.\n\n-----Original Message-----\n"
        "From: Records Desk <records@news.example.net>\nSent: Monday, March 2, 2026 9:00 AM\n"
        "Subject: FOIA Request: Tree removal permits\n\n"
        "This request is separate from our pesticide request (your PK-0193).\n"
    )
    result = index.match(reply(body, subject="Acknowledgment PK-0250"))
    assert (result.request_id, result.signal) == ("R-3", "agency_subject")


def test_numbers_of_two_requests_in_the_new_text_do_not_decide(index: MatchIndex) -> None:
    index.add_tracking_number("R-1", "PK-0193")
    index.add_tracking_number("R-2", "PK-0200")
    result = index.match(reply("Requests PK-0193 and PK-0200 are both on hold.", subject="Status"))
    assert result.signal != "tracking_number"
    assert result.request_id is None


def test_restated_description_matches_the_one_request_of_the_agency_it_resembles(index: MatchIndex) -> None:
    body = (
        "We received your FOIA request for lifeguard staffing schedules and drowning incident reports "
        "on March 1. It has been assigned number PK-0201."
    )
    result = index.match(reply(body, subject="Request received", sender="clerk@springfield.gov"))
    assert (result.request_id, result.signal, result.agency_id) == ("R-2", "agency_subject", "parks")
    assert "Lifeguard" in result.reason


def test_re_our_subject_from_an_agency_domain_matches() -> None:
    result = match(
        reply(
            "Please find the reports attached.",
            sender="j.doe@ops.harborport.org",
            subject="RE: FOIA Request: Crane inspection reports for Terminal 5",
        ),
        REQUESTS,
        AGENCIES,
    )
    assert (result.request_id, result.signal) == ("R-4", "agency_subject")


def test_two_similar_requests_without_distinguishing_words_stay_unmatched() -> None:
    requests = [
        _request(5, "port", "FOIA Request: Dredging contracts for the North Channel"),
        _request(6, "port", "FOIA Request: Dredging contracts for the South Channel"),
    ]
    body = "I am the analyst on your FOIA request about dredging contracts. Please call me."
    result = match(reply(body, sender="analyst@harborport.org", subject="Dredging request"), requests, AGENCIES)
    assert result.request_id is None
    assert result.agency_id == "port"
    assert {c.request_id for c in result.candidates} == {"R-5", "R-6"}
    assert "Dredging" in result.candidates[0].reasons[0]


def test_press_release_on_the_topic_of_a_request_stays_unmatched(index: MatchIndex) -> None:
    body = (
        "The Parks Department announced new rules for pesticide spraying on city golf courses. "
        "Spraying logs will be published monthly."
    )
    bulk = reply(
        body,
        subject="News: pesticide spraying at golf courses",
        sender="news@springfield.gov",
        headers={"List-Unsubscribe": "<mailto:leave@springfield.gov>", "Precedence": "bulk"},
    )
    plain = reply(body, subject="News: pesticide spraying at golf courses", sender="news@springfield.gov")
    for message in (bulk, plain):
        result = index.match(message)
        assert (result.request_id, result.agency_id) == (None, "parks")


def test_sender_of_no_known_agency_is_not_matched_on_words(index: MatchIndex) -> None:
    body = "About your FOIA request for lifeguard staffing schedules and drowning incident reports: hi!"
    result = index.match(reply(body, sender="friend@gmail.com", subject="lifeguard request"))
    assert (result.request_id, result.signal, result.agency_id) == (None, None, None)
    assert "no known agency" in result.reason


def test_reply_citing_an_unknown_number_is_not_given_to_a_request_known_by_another() -> None:
    body = "Attached is the second release for case HPA99999 concerning crane inspection reports for Terminal 5."
    result = match(reply(body, sender="records@harborport.org", subject="FOIA HPA99999 release"), REQUESTS, AGENCIES)
    assert result.request_id is None
    assert "HPA20417" in result.reason


def test_forward_from_a_colleague_names_the_agency_of_the_forwarded_sender(index: MatchIndex) -> None:
    body = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Parks FOIA <foia@parks.springfield.gov>\n"
        "Subject: Tree removal\nTo: Sam <sam@news.example.net>\n\n"
        "Your FOIA request for tree removal permits and arborist contracts in Lincoln Park is complete.\n"
    )
    result = index.match(reply(body, sender="sam@news.example.net", subject="Fwd: Tree removal"))
    assert (result.request_id, result.agency_id) == ("R-3", "parks")


def test_requests_added_later_are_matched(index: MatchIndex) -> None:
    index.add_request(_request(9, "port", "FOIA Request: Ferry ridership counts"))
    assert index.match(reply(to="records+r-9@news.example.net")).request_id == "R-9"


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("match_eval", ROOT / "bench" / "match_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


def test_dev_corpus_replay_is_precise_and_finds_almost_every_request() -> None:
    report = _load_bench().replay(DEV_CORPUS)
    assert len(report.rows) == 79
    assert report.precision == 1.0, [(r.file, r.match.request_id, r.expected) for r in report.mistakes]
    assert report.recall >= 0.97


def test_a_staffer_asked_to_answer_our_question_is_talking_about_the_request(index: MatchIndex) -> None:
    """A program person the records office hands our question to never says "request": "X asked me to get back
    to you on your question about ..." is still about the one request we have open with the office."""
    body = ("Hello,\n\nOur legal team asked me to get back to you on your question about the crane inspections. "
            "The inspection reports for Terminal 5 are kept by our engineering contractor, not by us; we hold the "
            "summary sheets only.\n\nPriya\nEngineering Data, Harbor Port Authority")
    requests = [_request(7, "port", "FOIA Request: Crane inspection reports for Terminal 5")]
    found = match(reply(body, sender="priya.n@harborport.org", subject="crane inspections"), requests, AGENCIES)
    assert (found.request_id, found.agency_id) == ("R-7", "port"), found.reason
    # The same office's note about something else of its own is still not a reply to a request.
    notice = ("Hello,\n\nThe crane inspections at Terminal 5 will close the north gate on Friday.\n\n"
              "Priya\nEngineering Data, Harbor Port Authority")
    found = match(reply(notice, sender="priya.n@harborport.org", subject="crane inspections"), requests, AGENCIES)
    assert found.request_id is None


@pytest.mark.parametrize("note", [
    "Your check came in, so here are the crane inspection reports for Terminal 5.",
    "Hello, your copies of the crane inspection reports for Terminal 5 are ready; 12 pages.",
])
def test_a_note_that_what_we_paid_or_asked_for_is_here_talks_of_the_request(note: str) -> None:
    requests = [_request(7, "port", "FOIA Request: Crane inspection reports for Terminal 5")]
    found = match(reply(note, sender="priya.n@harborport.org", subject="Terminal 5"), requests, AGENCIES)
    assert found.request_id == "R-7", found.reason


@pytest.mark.parametrize("illustration", ["(for example, PK-0000)", "that will look like PK-1234",
                                          "in the format 26-00000-F"])
def test_a_number_an_auto_reply_shows_as_an_example_is_no_number(illustration: str) -> None:
    """The mailbox's auto-reply says a number will come and shows what one looks like: that is no number of any
    request (learned for the request it threads to, it would veto the real acknowledgment that follows)."""
    parks = Agency(id="parks", name="Springfield Parks Department", jurisdiction="US-IL",
                   emails=["foia@parks.springfield.gov"], tracking_pattern=r"\bPK-\d{4}\b|\b2\d-\d{5}-F\b")
    found = parks.find_tracking(f"Once your request is logged you will receive a request number {illustration}.")
    assert found == []
    assert parks.find_tracking("Your request has been logged as PK-0417.") == ["PK-0417"]


def test_a_reply_on_one_requests_thread_that_is_all_about_another_goes_to_the_team(index: MatchIndex) -> None:
    """A clerk hits reply on the pesticide thread to send the lifeguard records: the thread and the reply address
    say R-1, the letter and its attachment say R-2 and nothing of R-1. Neither is sure: triage, with both."""
    thread = {"In-Reply-To": "<r-1.out@news.example.net>"}
    subject = "Re: FOIA Request: Pesticide spraying logs for city golf courses, 2020-2025"
    body = ("Here are the lifeguard staffing schedules for the 2025 season and the two drowning incident reports you "
            "asked for.\n\nKaren")
    result = index.match(reply(body, subject=subject, headers=thread, to="records+r-1@news.example.net"))
    assert result.request_id is None, result.reason
    assert "points to R-1" in result.reason and "about R-2" in result.reason
    assert {c.request_id for c in result.candidates} >= {"R-1", "R-2"}
    # A reply in the thread that says anything of its own request, or nothing of another, stays on it.
    for kept in ("Attached are the spraying logs; the lifeguard schedules will follow separately.",
                 "Attached is everything we found.\n\nKaren"):
        assert index.match(reply(kept, subject=subject, headers=thread)).request_id == "R-1"


def test_a_colleagues_forward_of_a_reply_on_the_wrong_thread_goes_to_the_team_too(index: MatchIndex) -> None:
    """Forwarded inline, the clerk's reply carries the thread's address and subject in its header lines and the
    history it quotes (about the thread's own request): those say nothing of what the letter is about."""
    body = ("FYI.\n\n---------- Forwarded message ---------\nFrom: Karen <karen@springfield.gov>\n"
            "Date: Mon, Mar 2, 2026 at 9:00 AM\n"
            "Subject: Re: FOIA Request: Pesticide spraying logs for city golf courses, 2020-2025\n"
            "To: <records+r-1@news.example.net>\n\n"
            "Here are the lifeguard staffing schedules for the 2025 season and the two drowning incident reports you "
            "asked for.\n\nKaren\n\nOn Fri, Feb 27, 2026 at 4:00 PM Karen <karen@springfield.gov> wrote:\n"
            "> Attached are the spraying logs for the golf courses, 2020-2025.\n")
    result = index.match(reply(body, sender="sam@news.example.net",
                               subject="Fwd: Re: FOIA Request: Pesticide spraying logs for city golf courses, "
                                       "2020-2025"))
    assert result.request_id is None and "about R-2" in result.reason, result.reason


def test_a_letter_in_spanish_speaks_of_a_request() -> None:
    """"Su solicitud" is a request: a clerk's Spanish note goes to the office's only request like an English one."""
    requests = [_request(7, "port", "FOIA Request: Crane inspection reports for Terminal 5")]
    note = ("Buenos días: le escribo sobre su solicitud de los informes de inspección de las grúas de la Terminal 5 "
            "(crane inspection reports). Los tendremos listos la próxima semana.")
    found = match(reply(note, sender="priya.n@harborport.org", subject="Terminal 5"), requests, AGENCIES)
    assert found.request_id == "R-7", found.reason
