"""bot.classify: reply kinds, the rule that decided, and the facts a reply states."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from bot.classify import classify
from bot.classify.facts import parse_date
from bot.model import Attachment, Kind, Reply
from bot.parse import parse
from bot.rules import Agency

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parent / "data" / "corpus" / "dev"

AGENCY = Agency(
    id="cityx",
    name="City of Example",
    jurisdiction="US-CA",
    domains=["example.gov"],
    tracking_pattern=r"\bPRR-\d{4}-\d{3}\b",
)


def email(body: str, subject: str = "Your records request", headers: str = "", html: bool = False) -> Reply:
    kind = "html" if html else "plain"
    raw = (
        "From: Records Unit <records@example.gov>\r\n"
        "To: desk@newsroom.example.org\r\n"
        f"Subject: {subject}\r\n"
        "Date: Tue, 10 Mar 2026 10:00:00 -0500\r\n"
        "Message-ID: <t1@example.gov>\r\n"
        f"{headers}"
        f"Content-Type: text/{kind}; charset=utf-8\r\n"
        "MIME-Version: 1.0\r\n\r\n"
        f"{body}\r\n"
    )
    return parse(raw.encode("utf-8"))


def kind_of(body: str, subject: str = "Your records request", headers: str = "", html: bool = False) -> Kind:
    return classify(email(body, subject=subject, headers=headers, html=html), AGENCY).kind


# --- header rules ----------------------------------------------------------------------------------------------


def test_delivery_status_report_is_bounce_before_its_auto_submitted_header() -> None:
    reply = Reply(
        message_id=None, raw_sha256="x", from_name="", from_addr="mailer-daemon@mx.example.org", recipients=[],
        subject="Undelivered Mail Returned to Sender", date=None, is_report=True,
        flags={"content-type": "multipart/report; report-type=delivery-status", "auto-submitted": "auto-replied"},
    )  # fmt: skip
    result = classify(reply, AGENCY)
    assert (result.kind, result.rule) == (Kind.BOUNCE, "header:delivery-report")


def _report(report_type: str, report: str, sender: str = "postmaster@mx.example.gov") -> Reply:
    raw = (f"From: {sender}\r\nTo: desk@newsroom.example.org\r\nSubject: Delivery report: Records request\r\n"
           "Date: Tue, 10 Mar 2026 10:00:00 -0500\r\nMIME-Version: 1.0\r\n"
           f'Content-Type: multipart/report; report-type={report_type}; boundary="b1"\r\n\r\n'
           "--b1\r\nContent-Type: text/plain\r\n\r\nThis is a report about your message.\r\n"
           f"--b1\r\nContent-Type: message/{report_type}\r\n\r\nReporting-MTA: dns; mx.example.gov\r\n\r\n"
           f"{report}\r\n--b1--\r\n")
    return parse(raw.encode())


@pytest.mark.parametrize(("actions", "expected"), [
    (["delivered"], Kind.AUTO_REPLY),
    (["delivered", "relayed"], Kind.AUTO_REPLY),
    (["delivered", "failed"], Kind.BOUNCE),
    (["delayed"], Kind.BOUNCE),
])
def test_a_delivery_report_that_every_recipient_got_the_mail_is_a_receipt_not_a_bounce(
        actions: list[str], expected: Kind) -> None:
    status = {"delivered": "2.0.0", "relayed": "2.0.0", "delayed": "4.4.7", "failed": "5.1.1"}
    report = "\r\n\r\n".join(f"Final-Recipient: rfc822;r{i}@example.gov\r\nAction: {a}\r\nStatus: {status[a]}"
                               for i, a in enumerate(actions))
    assert classify(_report("delivery-status", report), AGENCY).kind is expected


def test_a_mail_filters_digest_of_held_messages_from_the_postmaster_is_no_bounce() -> None:
    raw = (b"From: Mail Filter <postmaster@newsroom.example.org>\r\nTo: desk@newsroom.example.org\r\n"
           b"Subject: Held message summary for desk@newsroom.example.org\r\nDate: Tue, 10 Mar 2026 10:00:00 -0500"
           b"\r\n\r\nThe following messages addressed to you are being held. Release or block them from the portal."
           b"\r\nFrom: billing@invoices.example.net | Subject: Invoice overdue | Reason: Spam\r\n")
    assert classify(parse(raw), AGENCY).kind is not Kind.BOUNCE


def test_x_failed_recipients_is_bounce() -> None:
    reply = email("Your message could not be delivered.", headers="X-Failed-Recipients: a@example.gov\r\n")
    assert classify(reply, AGENCY).kind is Kind.BOUNCE


def test_mailer_daemon_failure_notice_is_bounce_even_as_plain_text() -> None:
    raw = (
        b"From: MAILER-DAEMON@mx.example.gov\r\nTo: desk@newsroom.example.org\r\nSubject: failure notice\r\n"
        b"Date: Tue, 10 Mar 2026 10:00:00 -0500\r\n\r\nI wasn't able to deliver your message. Your request "
        b"has been received.\r\n"
    )
    assert classify(parse(raw), AGENCY).kind is Kind.BOUNCE


def test_auto_submitted_auto_replied_is_auto_reply_even_when_text_sounds_like_an_ack() -> None:
    reply = email("Your request has been received.", headers="Auto-Submitted: auto-replied\r\n")
    result = classify(reply, AGENCY)
    assert (result.kind, result.rule) == (Kind.AUTO_REPLY, "header:auto-submitted")


def test_portal_auto_generated_notice_is_judged_by_its_text() -> None:
    reply = email("Your request PRR-2026-014 has been received.", headers="Auto-Submitted: auto-generated\r\n")
    assert classify(reply, AGENCY).kind is Kind.ACKNOWLEDGMENT


def test_auto_generated_with_nothing_recognisable_is_auto_reply() -> None:
    reply = email("Hello.", headers="Auto-Submitted: auto-generated\r\n")
    assert classify(reply, AGENCY).rule == "header:auto-generated"


@pytest.mark.parametrize("header", ["X-Autoreply: yes\r\n", "X-Autorespond: yes\r\n", "Precedence: auto_reply\r\n"])
def test_autoreply_headers_are_auto_reply(header: str) -> None:
    assert kind_of("Thanks for writing.", headers=header) is Kind.AUTO_REPLY


def test_out_of_office_subject_is_auto_reply() -> None:
    assert kind_of("Back Monday.", subject="Out of Office: RE: records request") is Kind.AUTO_REPLY


def test_out_of_office_text_without_headers_is_auto_reply() -> None:
    assert kind_of("I am out of the office until March 23 with limited access to email.") is Kind.AUTO_REPLY


# --- text rules, one per kind ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("We have received your public records request and assigned it tracking number PRR-2026-014.",
         Kind.ACKNOWLEDGMENT),
        ("This letter acknowledges receipt of your request.", Kind.ACKNOWLEDGMENT),
        ("Due to unusual circumstances, we require additional time and extend the time to respond by 10 days.",
         Kind.EXTENSION),
        ("The estimated cost to produce these records is $42.50. Prepayment is required.", Kind.FEE_ESTIMATE),
        ("Please clarify which years you are seeking so that we can search.", Kind.CLARIFICATION),
        ("Attached is our first installment of records. Additional releases will follow.", Kind.RECORDS_INTERIM),
        ("Please find attached the responsive records. This completes our response to your request.",
         Kind.RECORDS_FINAL),
        ("After a diligent search, we were unable to locate any records responsive to your request.",
         Kind.NO_RECORDS),
        ("The records are exempt from disclosure in their entirety, and your request is denied.", Kind.DENIAL),
        ("Your request PRR-2026-014 has been updated. Log in to the portal to view the message.",
         Kind.PORTAL_NOTICE),
        ("Your request has been transferred to the County Sheriff, which maintains those records.", Kind.OTHER),
        ("Could you give me a call at 555-0100 about the scope?", Kind.OTHER),
        ("Lunch on Thursday?", Kind.OTHER),
    ],
)  # fmt: skip
def test_phrase_families_pick_the_kind(body: str, kind: Kind) -> None:
    assert kind_of(body) is kind


def case(name: str, body: str, kind: Kind, **options: str | bool) -> object:
    """One letter and the kind it must get; `options` are `kind_of`'s subject and html."""
    return pytest.param(body, kind, options, id=name)


def family(name: str, kind: Kind, *bodies: str) -> list[object]:
    """Several wordings of one phrase family, all of one kind: ids name-1, name-2, ..."""
    return [case(f"{name}-{n}", body, kind) for n, body in enumerate(bodies, 1)]


@pytest.mark.parametrize(
    ("body", "kind", "options"),
    [
        case("no-responsive-records-is-no-records-even-in-a-final-response",
             "This is our final response. No responsive records were located.", Kind.NO_RECORDS,
             subject="Final Response"),
        case("records-released-with-no-records-for-one-item-is-records-final",
             "Records responsive to items 1 and 2 are attached. No records were located for item 3.",
             Kind.RECORDS_FINAL),
        case("withheld-in-full-is-denial",
             "The responsive records are withheld in full under Exemption 7(A).", Kind.DENIAL),
        case("some-pages-withheld-beside-a-release-is-final",
             "This is the final release: 90 pages are released in part and 10 pages are withheld in full.",
             Kind.RECORDS_FINAL),
        case("a-release-whose-other-pages-are-withheld-is-final",
             "The responsive records are attached. The remaining pages are withheld under Exemption 6.",
             Kind.RECORDS_FINAL),
        case("fee-waiver-denied-is-not-a-denial-of-the-request",
             "Your fee waiver request has been denied. The estimated fee is $120.00 and must be paid in advance.",
             Kind.FEE_ESTIMATE),
        case("final-response-that-mentions-fees-is-records-final",
             "This is the final response to your request; the records are attached. The total fee is $12.00.",
             Kind.RECORDS_FINAL),
        case("acknowledgment-that-calls-itself-an-interim-response-is-acknowledgment",
             "This is an interim response. Your request was received on March 2, 2026 and assigned PRR-2026-014.",
             Kind.ACKNOWLEDGMENT),
        case("final-release-beats-interim-words-about-earlier-installments",
             "Attached is the second and final installment. The same redactions were made as in the first "
             "installment.", Kind.RECORDS_FINAL),
        case("interim-release-mentioning-a-future-final-release-stays-interim",
             "Attached is the first interim release. An invoice will be sent with the final release.",
             Kind.RECORDS_INTERIM),
        case("an-installment-sent-now-is-still-interim",
             "As promised, here is the first installment; we expect the rest in April.", Kind.RECORDS_INTERIM),
        case("portal-update-with-records-released-text-is-records-not-portal-notice",
             "Record request #PRR-2026-014 has been closed.<br>Closure reason: Records released<br>"
             "Log in to the portal to view documents.", Kind.RECORDS_FINAL, html=True),
        case("portal-status-closed-without-substance-is-portal-notice",
             "The status of your request PRR-2026-014 has been changed to Closed. Log in to the portal to view it.",
             Kind.PORTAL_NOTICE),
        case("conditional-phrases-do-not-decide",
             "We received your request. If additional time is needed, or if no responsive records are found, we "
             "will tell you.", Kind.ACKNOWLEDGMENT),
        case("extension-mentioning-narrowing-is-extension-not-clarification",
             "Unusual circumstances apply to your request. You may narrow the scope of your request to speed it up.",
             Kind.EXTENSION),
        case("on-hold-pending-payment-is-not-a-clarification",
             "Your request is on hold pending payment of the invoice. Please remit $30.00.", Kind.FEE_ESTIMATE),
        case("forwarded-agency-letter-is-judged-by-the-forwarded-text",
             "FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Records <records@example.gov>\n"
             "Subject: PRR-2026-014\n\nPlease clarify whether you want emails or only contracts.\n",
             Kind.CLARIFICATION, subject="Fwd: PRR-2026-014"),
        case("quoted-history-does-not-decide-the-kind",
             "Please call me at 555-0100.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Records wrote:\n> Your request is denied.",
             Kind.OTHER),
    ],
)  # fmt: skip
def test_when_phrases_of_two_kinds_meet_the_letter_gets_the_kind_it_means(
    body: str, kind: Kind, options: dict[str, str | bool]
) -> None:
    assert kind_of(body, **options) is kind  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "kind", "options"),
    [
        *family(
            "logging-into-a-system-or-under-a-number-is-acknowledgment", Kind.ACKNOWLEDGMENT,
            "Your FOIA request to the U.S. Marshals Service has been received and logged in our case management "
            "system.",
            "We have recorded the request in the FOIA database under the number PRR-2026-014.",
            "Got it, logged under PRR-2026-014. I will start pulling files next week.",
            "Your application was registered as 2026-FOI-00417 and routed to the Records Office.",
        ),
        *family(
            "a-planned-first-installment-is-not-a-release", Kind.ACKNOWLEDGMENT,
            "We received your request on March 2. We plan to release the first installment by April 30, 2026.",
            "Your request was received. Staff hope to have an initial batch of records to you in about six weeks.",
            "We have received your request and will likely send the first production on or before May 1, 2026.",
        ),
        *family(
            "a-possible-need-for-more-time-is-not-an-extension", Kind.ACKNOWLEDGMENT,
            "This acknowledges receipt of your request. Processing could require additional time if the records are "
            "voluminous.",
            "We received your request. Some requests might need extra time when other offices must be consulted.",
        ),
        *family(
            "extension", Kind.EXTENSION,
            "Because the records are held at two field offices, we are invoking an additional 10 business days.",
            "The Bureau took a further five working days to consult with another component.",
            "The Department has extended the response deadline for your request to April 20, 2026.",
            "Additional time is required to review the records for privileged material.",
            "The office now anticipates to complete its response by June 1, 2026.",
            "Your request will be answered past the statutory twenty-day deadline because of the volume involved.",
        ),
        *family(
            "clarification", Kind.CLARIFICATION,
            "To run the search, could you tell me specifically what kind of contracts you are after?",
            "Which particular incident reports are you seeking: patrol or detention?",
            "Your request has been placed on hold until you confirm the date range.",
            "We will not search further until we hear back from you about the custodians.",
        ),
        *family(
            "a-release-with-more-to-come-is-interim", Kind.RECORDS_INTERIM,
            "The records have been released to the portal. The remaining emails are still under legal review.",
            "Attached are the 2023 reports. The other 40 pages will be sent once redactions are complete.",
            "Below is a link to the first 3 of the 12 videos. I will upload the others in batches.",
            "Enclosed are copies of the logs; we are releasing them in installments as review is finished.",
        ),
    ],
)  # fmt: skip
def test_every_wording_of_a_phrase_family_gets_its_kind(body: str, kind: Kind, options: dict[str, str | bool]) -> None:
    assert kind_of(body, **options) is kind  # type: ignore[arg-type]


def test_agency_phrases_from_config_come_before_builtin_rules() -> None:
    agency = AGENCY.model_copy(update={"phrases": {"extension": ["your request has been received"]}})
    result = classify(email("Your request has been received."), agency)
    assert (result.kind, result.rule) == (Kind.EXTENSION, "agency:extension")


def test_agency_phrases_with_unknown_kind_are_ignored() -> None:
    agency = AGENCY.model_copy(update={"phrases": {"nonsense": ["received"]}})
    assert classify(email("Your request has been received."), agency).kind is Kind.ACKNOWLEDGMENT


# --- facts -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "quoted_only"),
    [
        pytest.param("Assigned PRR-2026-014.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Desk wrote:\n> About PRR-2025-999",
                     False, id="from-new-text-preferred-over-quote"),
        pytest.param("Thanks, we will look.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Desk wrote:\n> About PRR-2026-014",
                     True, id="only-in-quoted-history-is-flagged"),
    ],
)  # fmt: skip
def test_tracking_number_prefers_the_new_text_and_flags_one_only_quoted(body: str, quoted_only: bool) -> None:
    facts = classify(email(body), AGENCY).facts
    assert (facts.tracking_number, facts.tracking_number_quoted_only) == ("PRR-2026-014", quoted_only)


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2013", "\u2014", "\u2212", "&#8209;"])
def test_dash_like_characters_are_normalised_before_matching(dash: str) -> None:
    body = f"<p>Re: request PRR{dash}2026{dash}014</p>"
    assert classify(email(body, html=True), AGENCY).facts.tracking_number == "PRR-2026-014"


def test_tracking_number_from_attachment_file_name() -> None:
    reply = email("Please see the attached letter.")
    reply.attachments.append(Attachment(filename="PRR-2026-014 Final.pdf", content_type="application/pdf", size=9))
    assert classify(reply, AGENCY).facts.tracking_number == "PRR-2026-014"


def test_a_number_the_letter_names_as_the_requests_is_read_when_the_agencys_pattern_does_not_know_it() -> None:
    # The agency moved to a new portal: its numbers changed shape, its configured pattern did not.
    body = ("Your public information request was received on 03/09/2026 and has been assigned reference number "
            "W012894-030926. Call 915-212-0000 with questions.")
    assert classify(email(body), AGENCY).facts.tracking_number == "W012894-030926"
    assert classify(email("Reference: W012894-030926. Your request has been closed."), AGENCY).facts.tracking_number \
        == "W012894-030926"
    # A phone number or a date near the words is not one.
    assert classify(email("For your reference: call 915-212-0000 on 03/09/2026."), AGENCY).facts.tracking_number is None


def test_no_agency_means_no_tracking_number() -> None:
    assert classify(email("Assigned PRR-2026-014."), None).facts.tracking_number is None


def test_a_catastrophic_agency_pattern_runs_on_capped_text() -> None:
    agency = AGENCY.model_copy(update={"tracking_pattern": r"(a+)+b"})
    assert classify(email("a" * 24 + "c"), agency).facts.tracking_number is None


@pytest.mark.parametrize(
    ("body", "received"),
    [
        ("Your request dated March 1, 2026 was received on March 3, 2026.", dt.date(2026, 3, 3)),
        ("Date received: 03/04/2026", dt.date(2026, 3, 4)),
        ("Received after hours on Mar. 5, 2026 and deemed received on March 6, 2026.", dt.date(2026, 3, 6)),
        ("We received your request dated March 1 on March 2.", dt.date(2026, 3, 2)),
        ("This acknowledges receipt of your March 1, 2026 request.", None),
        # Informal voices, a date without its year, a weekday (the email is dated Tuesday, March 10).
        ("Hi - we got your request on March 3 and it's in the queue.", dt.date(2026, 3, 3)),
        ("Your request arrived in our office on 03/04/2026.", dt.date(2026, 3, 4)),
        ("Your request (received 3/5) has been logged.", dt.date(2026, 3, 5)),
        ("We received your request Monday and will get back to you.", dt.date(2026, 3, 9)),
        ("The Clerk's office took receipt of the request on March 4, 2026.", dt.date(2026, 3, 4)),
        ("Your request is considered perfected as of March 5, 2026, the date we received the proof.",
         dt.date(2026, 3, 5)),
        # What the agency will do is not when it received the request, and nothing is received after the email.
        ("We have received your request and will respond by March 20, 2026.", None),
        ("Your request has been received; we expect to respond by March 24.", None),
        ("Your request was received and logged. Deadline for our reply: March 19, 2026.", None),
    ],
)
def test_received_date_is_the_date_received_not_the_request_date(body: str, received: dt.date | None) -> None:
    assert classify(email(body), AGENCY).facts.received == received


def test_estimated_completion_date() -> None:
    body = "Unusual circumstances apply. The estimated completion date for this request is 5/29/26."
    assert classify(email(body), AGENCY).facts.estimated == dt.date(2026, 5, 29)


@pytest.mark.parametrize(
    ("body", "estimated"),
    [
        ("Projected release date: 6/12/2026. We will email you when the documents are uploaded.",
         dt.date(2026, 6, 12)),
        ("Target completion: July 1, 2026.", dt.date(2026, 7, 1)),
        ("Our current estimate is that the review will wrap up around May 20, 2026.", dt.date(2026, 5, 20)),
        ("The earliest possible date for production is June 3, 2026, given the backlog.", dt.date(2026, 6, 3)),
        ("The footage is scheduled to be released on or about May 28, 2026.", dt.date(2026, 5, 28)),
        ("Audit files are in review and I'm hoping to have them to you by May 19.", dt.date(2026, 5, 19)),
        ("The Bureau will provide a determination on or about 06/30/2026.", dt.date(2026, 6, 30)),
        ("Those boxes are in storage. They will be available for release on Friday, June 5, 2026.",
         dt.date(2026, 6, 5)),
        ("We are also providing an estimated completion date of July 24, 2026.", dt.date(2026, 7, 24)),
        ("The Department will produce the responsive records no later than June 19, 2026.", dt.date(2026, 6, 19)),
        ("We need more time. Our revised estimate is June 26, 2026.", dt.date(2026, 6, 26)),
        ("The due date for a request you submitted has been changed to 07/02/2026.", dt.date(2026, 7, 2)),
        ("You should have our response by Thursday, June 11.", dt.date(2026, 6, 11)),
        ("Once the deposit is received, the Bureau estimates that the records will be provided in three "
         "installments, with the final installment by approximately July 15, 2026.", dt.date(2026, 7, 15)),
        ("The second installment is expected on or about May 4, and the third and final installment by June 1, "
         "2026.", dt.date(2026, 6, 1)),
        ("Our current estimated date for completing your request is July 29, 2026.", dt.date(2026, 7, 29)),
        ("With your consent the time for the Department to respond is extended by 30 days, to June 29, 2026.",
         dt.date(2026, 6, 29)),
        ("Under section 7922.535(c) the City is extending the time to respond by 14 days, to Thursday, June 11, 2026.",
         dt.date(2026, 6, 11)),
        # Sums and deadlines for us are not the agency's estimate of when it will answer.
        ("Our estimate for search fees is $40.00; please pay by June 1, 2026 so that we may proceed.", None),
        ("We will provide an estimate of costs before any work begins.", None),
        ("Your request dated April 14, 2026 is in the queue.", None),
    ],
)  # fmt: skip
def test_estimated_dates_in_the_ways_agencies_state_them(body: str, estimated: dt.date | None) -> None:
    assert classify(email(body), AGENCY).facts.estimated == estimated


@pytest.mark.parametrize(
    "body",
    [
        "Under section 4(b) we need ten more working days. You will receive our response no later than June 9, 2026.",
        "Notice of extension. A written response will be provided on or before June 9, 2026.",
        "We are extending the deadline for our determination by ten business days, to June 9, 2026.",
    ],
)
def test_an_extension_letter_states_its_new_date_in_either_voice(body: str) -> None:
    facts = classify(email(body), AGENCY).facts
    assert facts.stated_due == facts.estimated == dt.date(2026, 6, 9)


def test_extension_states_the_date_it_will_respond_by() -> None:
    body = "The City requires additional time. The City will respond on or before April 2, 2026."
    facts = classify(email(body), AGENCY).facts
    assert facts.stated_due == facts.estimated == dt.date(2026, 4, 2)


@pytest.mark.parametrize(
    ("body", "fee"),
    [
        pytest.param("Copies at $0.10 per page: 2,450 pages. Estimated fee: $245.00. Because fees exceed $25.00, "
                     "prepayment is required.", Decimal("245.00"), id="not-a-rate-or-threshold"),
        pytest.param("Itemized statement of estimated charges: labor $225.00; copies $117.50; total $342.50.",
                     Decimal("342.50"), id="itemised-statement"),
    ],
)  # fmt: skip
def test_fee_is_the_total(body: str, fee: Decimal) -> None:
    assert classify(email(body), AGENCY).facts.fee == fee


def test_dates_in_us_formats_and_a_missing_year_taken_from_the_email() -> None:
    today = dt.date(2026, 1, 2)
    assert parse_date("on 2026-01-12", today) == dt.date(2026, 1, 12)
    assert parse_date("on 1/12/26", today) == dt.date(2026, 1, 12)
    assert parse_date("on Jan. 12", today) == dt.date(2026, 1, 12)
    assert parse_date("on December 30", today) == dt.date(2025, 12, 30)
    assert parse_date("on 13/45/2026", today) is None
    assert parse_date("IN REPLY REFER TO: 5720 Ser G1/0641 14 Oct 26", today) == dt.date(2026, 10, 14)


def test_auto_reply_carries_no_dates() -> None:
    reply = email("I am on leave through March 16, 2026.", headers="Auto-Submitted: auto-replied\r\n")
    assert classify(reply, AGENCY).facts.estimated is None


# --- the dev corpus --------------------------------------------------------------------------------------------


def test_dev_corpus_kind_accuracy_and_tracking_numbers() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from classify_eval import evaluate

    report = evaluate(CORPUS)
    assert report.kind.rate >= 0.95, report.mistakes
    assert report.tracking.rate >= 0.97, report.mistakes


def test_a_clarification_put_as_a_condition_is_still_a_clarification() -> None:
    raw = (
        b"From: Clerk <clerk@city.example.gov>\nTo: desk@news.example.org\nSubject: Your request\n"
        b"Message-ID: <c1@city.example.gov>\n\n"
        b"Before we can process your request, please clarify which cameras and which months you mean.\n"
    )
    assert classify(parse(raw), None).kind == Kind.CLARIFICATION


def test_phrase_families_over_lower_cased_text_read_as_the_case_insensitive_patterns_do() -> None:
    import re

    from bot.classify import phrases, scope

    families = [value for value in vars(phrases).values() if isinstance(value, re.Pattern) and value.flags & re.I
                and value.pattern.count("|") > 2]
    texts = [parse(path.read_bytes()).said for path in sorted((CORPUS / "messages").glob("*.eml"))]
    texts += ["Your request must be submitted directly to the Department of State.", "İSTANBUL: NO RECORDS WERE FOUND"]
    checked = 0
    for text in texts:
        for variant in (text, text.upper(), text.swapcase()):
            for family in families:
                expected = [m.span() for m in family.finditer(variant)]
                assert [m.span() for m in scope.matches(family, variant)] == expected, (family.pattern[:60],
                                                                                           variant[:80])
                checked += bool(expected)
    assert len(families) >= 12 and checked > 100  # the families do fire on the corpus
