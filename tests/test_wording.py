"""Kinds read from wording the rules were not written against: hedged and conditional language, boilerplate that
talks about denials without being one, and the many ways agencies say they released records, found nothing,
want money or need more time. Every letter here was written for this test, in the styles of federal, state and
city records offices; none is taken from a corpus."""

from __future__ import annotations

import pytest

from bot.classify import classify
from bot.model import Attachment, Kind, Reply
from bot.parse import parse
from bot.rules import Agency

AGENCY = Agency(id="county", name="Marlow County Sheriff's Office", jurisdiction="US-KY",
                domains=["marlowcounty.gov"], tracking_pattern=r"\b\d{2}-\d{5}-F\b")


def letter(body: str, subject: str = "Your open records request") -> Reply:
    raw = ("From: Records Custodian <records@marlowcounty.gov>\r\nTo: desk@ledger.example.com\r\n"
           f"Subject: {subject}\r\nDate: Tue, 10 Mar 2026 10:00:00 -0500\r\nMessage-ID: <w1@marlowcounty.gov>\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nMIME-Version: 1.0\r\n\r\n" + body + "\r\n")
    return parse(raw.encode())


def kind(body: str, subject: str = "Your open records request") -> Kind:
    return classify(letter(body, subject), AGENCY).kind


HEDGED = [
    # A condition put after the main clause runs to the end of the sentence.
    ("We received your request on March 9 and will respond within five business days, unless we notify you "
     "that an extension of time is required under KRS 61.872.", Kind.ACKNOWLEDGMENT),
    ("Your request was received today. If fees exceed $25.00 we will contact you before any work begins.",
     Kind.ACKNOWLEDGMENT),
    ("Thank you for your request, which has been logged as 26-00417-F. Should the records require more than "
     "ten days to assemble, we will let you know in writing.", Kind.ACKNOWLEDGMENT),
    ("Your request has been received and assigned 26-00417-F. In the event no records are located, you will "
     "receive a letter saying so.", Kind.ACKNOWLEDGMENT),
    # Appeal rights, the OGIS notice and liaison paragraphs speak of denials without making the letter one.
    ("Attached please find the incident reports you requested. This completes our response. You have the right "
     "to appeal any denial of records to the Attorney General within 20 days. You may also contact the "
     "Office of Government Information Services to resolve disputes.", Kind.RECORDS_FINAL),
    ("We have received your request. If you are not satisfied with our eventual response, you may appeal; "
     "an appeal must be received within 90 days of the date of the determination.", Kind.ACKNOWLEDGMENT),
    # An offer is not a request for clarification.
    ("Your request requires a search of two divisions, so we are taking an additional ten (10) working days "
     "to respond. You may narrow your request to shorten the time needed.", Kind.EXTENSION),
]

NEW_WORDING = [
    # Final releases that never say "final".
    ("Enclosed are the dispatch logs for the dates you listed. This concludes our processing of your request.",
     Kind.RECORDS_FINAL),
    ("The Sheriff's Office has completed its response. Two videos and 14 pages of reports were released "
     "through the portal, and your request is now closed.", Kind.RECORDS_FINAL),
    # No records, in several voices.
    ("A search of the jail management system did not yield any responsive documents.", Kind.NO_RECORDS),
    ("The Records Unit advised that no responsive information was located for the period you named.",
     Kind.NO_RECORDS),
    ("Our office does not maintain records responsive to this request; you may wish to contact the "
     "Commonwealth's Attorney.", Kind.NO_RECORDS),
    ("The search returned zero results for the names provided.", Kind.NO_RECORDS),
    # Fees as an invoice, a deposit or an estimated cost.
    ("Invoice 4471: copies of 212 pages at $0.10 per page. Amount due: $21.20. Please make checks payable to "
     "the Marlow County Treasurer.", Kind.FEE_ESTIMATE),
    ("Before we begin, a deposit of $75.00 is required. The estimated cost of the search is $150.00.",
     Kind.FEE_ESTIMATE),
    # More time, without the word "extension".
    ("Because of the volume of body camera footage involved, additional time is needed. We anticipate "
     "completing your request by April 24, 2026.", Kind.EXTENSION),
    ("We now anticipate providing a response by May 1, 2026, because the footage must be redacted.",
     Kind.EXTENSION),
    # A denial of an overbroad request.
    ("Your request for all emails of all deputies since 2019 is denied as unduly burdensome under "
     "KRS 61.872(6).", Kind.DENIAL),
    ("The Sheriff's Office must decline your request: it does not reasonably describe the records sought.",
     Kind.DENIAL),
    # Acknowledgments that name the office as the subject, and numbers assigned without the word "number".
    ("The Marlow County Sheriff's Office received your open records request on March 9. It has been assigned "
     "26-00512-F.", Kind.ACKNOWLEDGMENT),
    # Portal notices.
    ("The status of your open records request 26-00512-F has changed. Please log into the Records Center to view "
     "it.", Kind.PORTAL_NOTICE),
    # Questions to the requester, and a request held until we answer.
    ("Could you tell me whether you want the booking photographs or only the booking sheets? Until I hear back "
     "I will hold the request in abeyance.", Kind.CLARIFICATION),
    # Asked to clarify, in the third person.
    ("In order to conduct a reasonable search, the Office requests that you clarify the following: the "
     "deputies involved and the dates of the stops.", Kind.CLARIFICATION),
]


@pytest.mark.parametrize(("body", "expected"), HEDGED, ids=[f"hedged-{n}" for n in range(len(HEDGED))])
def test_conditions_offers_and_boilerplate_do_not_decide_the_kind(body: str, expected: Kind) -> None:
    assert kind(body) == expected


@pytest.mark.parametrize(("body", "expected"), NEW_WORDING, ids=[f"wording-{n}" for n in range(len(NEW_WORDING))])
def test_new_wording_for_each_kind_is_read(body: str, expected: Kind) -> None:
    assert kind(body) == expected


def test_a_colleagues_forward_is_judged_by_the_forwarded_letter_not_the_colleagues_note() -> None:
    body = ("Can someone log this? I think they just need more time, and we may have to pay.\r\n\r\n"
            "---------- Forwarded message ---------\r\nFrom: Records Custodian <records@marlowcounty.gov>\r\n"
            "Date: Mon, Mar 9, 2026 at 4:10 PM\r\nSubject: Your open records request\r\n\r\n"
            "A search of our files found no records responsive to your request.\r\n")
    assert kind(body, subject="Fwd: Your open records request") == Kind.NO_RECORDS


def test_a_tracking_number_only_in_an_attachments_file_name_is_read() -> None:
    reply = letter("Please see the attached letter.", subject="Records request")
    reply.attachments.append(Attachment("26-02247-F_Final_Response.pdf", "application/pdf", 1000))
    assert classify(reply, AGENCY).facts.tracking_number == "26-02247-F"


# --- saying why -------------------------------------------------------------------------------------------


def _alert_for(body: str) -> dict[str, str]:
    import datetime as dt

    from bot.alerts import reply_alert
    from bot.model import Match
    from bot.store import Request

    reply = letter(body)
    request = Request(id="R-7", agency_id="county", jurisdiction="US-KY", subject="Jail booking logs",
                      sent=dt.date(2026, 3, 2), received=dt.date(2026, 3, 2), status="open")
    alert = reply_alert(request, AGENCY, reply, classify(reply, AGENCY), Match("R-7", "thread", "county"))
    return {"title": alert.title, **dict(alert.fields)}


def test_the_alert_quotes_the_words_that_decided_the_kind() -> None:
    shown = _alert_for("Thank you for your patience. A search of the jail management system did not yield any "
                       "responsive documents. Please contact us with any questions.")
    assert shown["title"].endswith("replied: no records found")
    assert "did not yield any responsive documents" in shown["Read as"]
    assert "thank you for your patience" not in shown["Read as"].lower()


def test_a_close_call_is_called_probable_and_names_the_runner_up() -> None:
    shown = _alert_for("Processing will require additional time. The estimated cost of the search is $150.00; "
                       "please remit payment before we proceed.")
    assert shown["title"].endswith("replied: probably fee estimate (or: extension)")


def _marked_automatic(body: str, html: bool = False) -> Reply:
    raw = ("From: Records Portal <noreply@marlowcounty.gov>\r\nTo: desk@ledger.example.com\r\n"
           "Subject: Update on request 26-00512-F\r\nDate: Tue, 10 Mar 2026 10:00:00 -0500\r\n"
           "Message-ID: <w2@marlowcounty.gov>\r\nAuto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n"
           f"Content-Type: text/{'html' if html else 'plain'}; charset=utf-8\r\nMIME-Version: 1.0\r\n\r\n{body}\r\n")
    return parse(raw.encode())


def test_a_letter_marked_automatic_is_read_by_what_it_states() -> None:
    denial = _marked_automatic("<p>Your request 26-00512-F is denied. The records are exempt from disclosure under "
                               "KRS 61.878(1)(h) and are withheld in their entirety.</p>", html=True)
    assert classify(denial, AGENCY).kind == Kind.DENIAL


def test_an_away_message_marked_automatic_is_still_an_auto_reply() -> None:
    away = _marked_automatic("I am out of the office until March 16 with limited access to email.")
    assert classify(away, AGENCY).kind == Kind.AUTO_REPLY
