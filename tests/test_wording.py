"""Kinds read from wording the rules were not written against: hedged and conditional language, boilerplate that
talks about denials without being one, and the many ways agencies say they released records, found nothing,
want money or need more time. Every letter here was written for this test, in the styles of federal, state and
city records offices; none is taken from a corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.classify import classify
from bot.model import Attachment, Kind, Reply
from bot.parse import parse
from bot.pipeline import Outcome
from bot.replay import replay_files
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


def rules_kind(body: str, subject: str = "Your open records request") -> Kind | None:
    """The kind the phrase rules decide: where the kind model, sure of itself, overrules them, the runner-up it names
    (a class of wording tested apart from what the model has learned of the labeled sets)."""
    result = classify(letter(body, subject), AGENCY)
    return result.runner_up if result.rule == "model" else result.kind


def replayed(tmp_path: Path, jurisdiction: str, body: str, date: str) -> Outcome:
    """One letter from an office of `jurisdiction`, sent `date`, in the thread of our request sent Monday, March 2,
    2026, through the whole pipeline."""
    (tmp_path / "agencies.yaml").write_text(f"agencies:\n  - {{id: office, name: Harlan County Records Office,"
                                            f" jurisdiction: {jurisdiction}, domains: [harlan.example.gov]}}\n")
    (tmp_path / "requests.yaml").write_text("requests:\n  - {id: R-1, agency: office, subject: 'Records request: jail"
                                            " logs', sent: 2026-03-02, message_id: '<r-1@desk.example.org>'}\n")
    path = tmp_path / "letter.eml"
    path.write_bytes(("From: Records <records@harlan.example.gov>\r\nTo: desk@desk.example.org\r\n"
                      "Subject: Re: Records request: jail logs\r\nIn-Reply-To: <r-1@desk.example.org>\r\n"
                      f"Date: {date}\r\nMessage-ID: <letter@harlan.example.gov>\r\n"
                      f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode())
    (outcome,) = replay_files([path], tmp_path / "agencies.yaml", tmp_path / "requests.yaml")
    return outcome


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
    # A fee letter promised for later is not one; nor is our agreement to pay, received.
    ("Your request is logged as 26-00417-F. Staff will pull the jail roster exports next week, and we will send "
     "you a written cost estimate first if the charges will be more than $40.", Kind.ACKNOWLEDGMENT),
    ("Thank you. We have your signed agreement to pay up to $150.00 and have resumed work on 26-00417-F; we expect "
     "to finish the review by April 17, 2026.", Kind.EXTENSION),
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
    ("The Clerk's office took receipt of your records request on March 4, 2026 and it is number 26-00417-F.",
     Kind.ACKNOWLEDGMENT),
    # Part released now, the rest said to follow in other words.
    ("Attached are the 2025 use-of-force summaries. The body-camera index is taking longer to pull than we "
     "hoped; we will send it separately once the Lieutenant has reviewed it.", Kind.RECORDS_INTERIM),
    ("The jail's medical contract is enclosed. Invoices are kept off site and will be available within five "
     "business days.", Kind.RECORDS_INTERIM),
    # A request that came to the writer's office, or that the office passed to its own custodians, is answered
    # by the letter; only a request sent away is a referral.
    ("Hi, I'm handling your request for the Licensing Division (the front office forwarded it to us on 3/2). "
     "There are nine years of files, so we are taking the additional ten working days the statute allows.",
     Kind.EXTENSION),
    ("The Sheriff's Office received your open records request on March 9, 2026. We have sent it on to the Jail "
     "Division so that the records custodians there can locate responsive booking logs.", Kind.ACKNOWLEDGMENT),
    ("The Clerk's office referred your request to me because the ledgers you asked about belong to the "
     "Treasurer's office. The ledgers are in storage and cannot be produced immediately; they will be ready "
     "on March 20.", Kind.EXTENSION),
    # Closed because we did not answer: adverse, whatever it says of records.
    ("On February 2 we asked you to clarify which deputies' files you wanted. We have not received a response. "
     "Accordingly, we have administratively closed request 26-00512-F.", Kind.DENIAL),
    ("Request 26-00512-F has been closed. Closure reason: \"No response from requester after 30 days. No records "
     "were produced.\"", Kind.DENIAL),
    ("Your request asked for the 2025 audit. The Office has searched and does not maintain the records "
     "requested; no such audit was prepared.", Kind.NO_RECORDS),
    # A question the law lets the office ask before it starts.
    ("Before we can process the request, please have your reporter confirm in writing that she is a resident of "
     "the Commonwealth.", Kind.CLARIFICATION),
    # A portal's note that a message was posted is not a release.
    ("Marlow County Public Records --- A new message has been posted to your public records request 26-00512-F. "
     "Log in to read it.", Kind.PORTAL_NOTICE),
    # Released items listed the way a letter lists them, with what was withheld.
    ("This letter completes our response. Released: four (4) administrative orders, 31 pages. Withheld: the "
     "complaint files, under KRS 61.878(1)(h).", Kind.RECORDS_FINAL),
    ("Attached is part 1 of your request, the dispatch log export. Part 2, the supervisor reviews, is still with "
     "our attorney; I'll send it as soon as she is done.", Kind.RECORDS_INTERIM),
    # Some offices call every letter before the last an "interim response".
    ("This is an interim response to your request 26-00512-F. Unusual circumstances apply, and we are extending "
     "the time to respond by ten working days.", Kind.EXTENSION),
    # Installments: the last one announced is not the last one sent.
    ("Attached is the first of three installments: the roster exports, 14 pages. The second installment is "
     "expected on or about April 6, and the third and final installment by approximately May 1.",
     Kind.RECORDS_INTERIM),
    ("Enclosed is the second installment (jail incident reports, 88 pages). The final installment will follow "
     "in May.", Kind.RECORDS_INTERIM),
    ("26-00512-F: Documents have been released. \"Attached are the first records: the use-of-force summaries. "
     "The body-camera logs are still being exported by IT; we expect to release them next month.\"",
     Kind.RECORDS_INTERIM),
    # A clerk's questions, with nothing else.
    ("Which deputies - patrol only or the whole division? And do you want the 2024 logs too?",
     Kind.CLARIFICATION),
    # Part referred elsewhere while the rest goes on here: what the office does not hold is the referred part.
    ("Item 3 seeks the Treasurer's ledgers. Those are kept by the Treasurer, and this office does not have "
     "responsive records for that item. We have referred item 3 to the County Treasurer for direct response to "
     "you. The Sheriff's Office continues to process items 1 and 2 and will respond separately.", Kind.OTHER),
    # A portal message with a date for the answer; a receipt for our agreement to pay beside a referral.
    ("The Director has located the siren logs. The exercise reports were written with the utility, and we need to "
     "review them together before anything is released. We expect to provide a response on or before April 9, "
     "2026.", Kind.EXTENSION),
    ("Thank you for confirming your willingness to pay fees up to $150.00. We have referred 40 pages to the State "
     "Police for a release determination and direct response to you.", Kind.OTHER),
    # A docket subscription's notice is not a portal's word about a request.
    ("The following filing has been posted in a docket to which you are subscribed. Docket: 26-0412. Filed by: "
     "Marlow Electric. To manage your subscriptions, sign in to the Clerk's e-filing site.", Kind.OTHER),
    # A law's timetable, and a clerk's first words.
    ("The Department received your written request on March 4, 2026. Despite a good-faith effort, it is not "
     "possible to complete your request within four business days. The earliest practicable date for fulfilling "
     "your request is April 24, 2026.", Kind.EXTENSION),
    ("As we discussed, your request is narrowed to closing letters only, and with your consent the time for the "
     "Department to respond to your request is extended by 30 days, to April 24, 2026.", Kind.EXTENSION),
    ("Hi, I got to your request this morning - sorry for the slow reply. I'll send the policy and ask IT about "
     "the logs.", Kind.ACKNOWLEDGMENT),
    # A rule explained to ask a question is not the letter's answer.
    ("To search, we need additional information. Records about identifiable third parties generally cannot be "
     "released without their consent, so please tell us whether you seek statistics or case files.",
     Kind.CLARIFICATION),
    # What came now, and what is said to be still on its way.
    ("Here's the first part of your request: the camera policy is attached. Still checking on the advisory "
     "board question.", Kind.RECORDS_INTERIM),
    ("Attached are our quarterly reports. The underlying memos are going through the Law Department's review "
     "with the rest of your request.", Kind.RECORDS_INTERIM),
    ("Attached is the complaint log export. The Unit does not prepare summary reports, so there are no records "
     "responsive to the second part of your request. This completes our response.", Kind.RECORDS_FINAL),
    # A list sent now and the rest later; everything in a folder, with the invoice beside it.
    ("Following up on our call: attached is the case list for 2024 and 2025, 1,312 cases. The 2026 cases are in "
     "the new system and need a separate export; I'll send it when it is ready.", Kind.RECORDS_INTERIM),
    ("Thanks for confirming the charge. Everything for your request is in the folder below, with the invoice for "
     "the 6 hours of programming ($384.00). That completes your request on our end.", Kind.RECORDS_FINAL),
    # A certification of delay is not a refusal.
    ("Pursuant to Section 552.221(d), the City certifies that it cannot produce the requested information within "
     "ten business days. The information will be available on or before April 20, 2026.", Kind.EXTENSION),
    # Withdrawn by the law for want of our answer; a warning that it would be is not the closure.
    ("Your request has been closed. The City did not receive a written response to the itemized statement of "
     "charges within ten business days, so the request is considered to have been withdrawn.", Kind.DENIAL),
    # A clerk on a phone; a cost worked out in the letter; a portal's payment receipt.
    ("Got it, thanks. I'll log it in the portal once I'm back at my desk.", Kind.ACKNOWLEDGMENT),
    ("The backlog report needs programming. Estimate: 6 hours at $64.00/hour = $384.00. Let us know if you'd like "
     "us to go ahead; we won't start until we hear back from you.", Kind.FEE_ESTIMATE),
    # A secure-mail service's notice: the letter is behind the link.
    ("Marlow County Records (records@marlowcounty.gov) has sent you a protected message. Read the message "
     "(https://outlook.office365.com/Encryption/retrieve.ashx?id=1) Learn about messages protected by Microsoft "
     "Purview Message Encryption.", Kind.PORTAL_NOTICE),
    ("You have received a secure message from the Marlow County Sheriff's Office. Click the link below to read "
     "it. Secure email provided by Zix.", Kind.PORTAL_NOTICE),
    # A file-drop passphrase sent apart from the package.
    ("The passphrase for the county's file-drop package with our final response to 26-00512-F is: Marlow-0512. "
     "The claim ID was in the notification you received this morning.", Kind.OTHER),
    # A request closed here because it was transferred, and a delay under a statute's words.
    ("The dispatch records are maintained by the county 911 authority, not this office. On March 5 we transferred "
     "your request to the authority, which will respond to you directly, and administratively closed 26-00512-F. "
     "This transfer is not a denial of your request.", Kind.OTHER),
    ("Pursuant to KRS 61.872(5), please be advised that it is not practically possible to provide the requested "
     "records within the five-day period. The records will be ready on March 24, 2026.", Kind.EXTENSION),
    ("Thank you for your request. Before the Office can process it, we need two things from you: proof of "
     "residence and the dates you mean.", Kind.CLARIFICATION),
    # A last installment planned is not the last installment sent.
    ("We need additional time. We now anticipate providing the remaining records as a combined final installment "
     "by April 30, 2026.", Kind.EXTENSION),
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


def test_a_newsletter_one_can_unsubscribe_from_is_not_read_as_a_letter() -> None:
    raw = ("From: Marlow County News <news@public.govdelivery.com>\r\nTo: desk@ledger.example.com\r\n"
           "Subject: News Release: Records show jail population fell\r\nDate: Tue, 10 Mar 2026 10:00:00 -0500\r\n"
           "List-Unsubscribe: <https://public.govdelivery.com/unsubscribe>\r\nPrecedence: bulk\r\n"
           "Content-Type: text/plain\r\n\r\nRangers responded to more search and rescue calls this summer than in "
           "any of the past five years, park officials said Thursday. Most calls involved heat illness on desert "
           "trails. Read online: https://www.nps.gov/news. You are subscribed to news releases for the park.\r\n")
    result = classify(parse(raw.encode()), AGENCY)
    assert result.kind is Kind.OTHER
    assert result.rule == "header:list-unsubscribe"


def test_a_letter_marked_automatic_is_read_by_what_it_states() -> None:
    denial = _marked_automatic("<p>Your request 26-00512-F is denied. The records are exempt from disclosure under "
                               "KRS 61.878(1)(h) and are withheld in their entirety.</p>", html=True)
    assert classify(denial, AGENCY).kind == Kind.DENIAL


def test_an_away_message_marked_automatic_is_still_an_auto_reply() -> None:
    away = _marked_automatic("I am out of the office until March 16 with limited access to email.")
    assert classify(away, AGENCY).kind == Kind.AUTO_REPLY


# Letters and portal notices written for this test in the ways city, county and state offices and their portals
# word them: grounds stated instead of "denied", overbroad requests refused with an offer to file anew, partial
# releases that found nothing for one item, questions put to the requester, costs stated as a sum, releases by
# link, portal mail marked automatic that states an outcome, and a portal's notice quoting the agency's message
# in a blockquote (content, not quoted history).
PLAIN_AND_PORTAL = [
    ('html',
     "<p>Dear Requester,</p><p>Re: Public Records Request :: R000412-031026</p><p>The Pinecrest Police "
     "Department has reviewed your request. The records you requested are part of an active criminal "
     "investigation and are exempt from disclosure under C.R.S. 24-72-305(5). Your request is therefore "
     "closed.</p><p>To monitor the progress or update this request please log into the Public Records "
     "Center.</p>",
     "Public Records Request :: R000412-031026 closed", Kind.DENIAL),
    ('html',
     "<p>Dear Requester,</p><p>Your public records request R000412-031026 has been completed. The "
     "responsive documents are available for download in the Public Records Center under My Records "
     "Center.</p><p>Please do not reply to this email.</p>",
     "Records Request R000412-031026 Completed", Kind.RECORDS_FINAL),
    ('html',
     "<table><tr><td><b>Request:</b> 26-318</td></tr><tr><td>Status: Closed</td></tr></table><p>Message "
     "from Pinecrest Police: We are unable to provide the body camera footage you requested. Release of "
     "the video is prohibited because the matter remains under review by the District Attorney.</p><p>View "
     "request: https://pinecrest.nextrequest.com/requests/26-318</p>",
     "[Records Request 26-318] Request closed", Kind.DENIAL),
    ('plain',
     "Dear Ms. Ortiz,\n\nYour request for all emails sent by any department employee since 2019 does not "
     "reasonably describe the records sought and would require an unreasonable search. Accordingly the "
     "request is denied. You may submit a new request that identifies specific custodians, dates and "
     "search terms.\n\nSincerely,\nRecords Custodian",
     "Records request", Kind.DENIAL),
    ('plain',
     "Ms. Ortiz:\n\nThe Department is unable to process your request as written because it is overly broad "
     "and unduly burdensome. It is hereby denied under Section 24-72-203. Should you wish to narrow the "
     "scope, please file a new request.\n\nRecords Unit",
     "Records request", Kind.DENIAL),
    ('plain',
     "Good afternoon,\n\nAttached is the first installment of records responsive to your request, "
     "consisting of 112 pages. No records responsive to item 3 were located. We continue to process items "
     "1 and 2 and expect to provide the next installment by April 15.\n\nRegards",
     "Records request", Kind.RECORDS_INTERIM),
    ('plain',
     "Hello,\n\nPlease find attached a partial response: the use-of-force reports for 2024. A search for "
     "the 2023 training roster produced no responsive records. Remaining records will be sent as they are "
     "reviewed.",
     "Records request", Kind.RECORDS_INTERIM),
    ('plain',
     "This email confirms that the Department has received your public records request and it has been "
     "entered into our tracking system as PR-2026-0441. A response will be provided within three business "
     "days.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('plain',
     "We are in receipt of your Colorado Open Records Act request dated March 9, 2026. It has been "
     "forwarded to the appropriate records custodian for processing.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('plain',
     "Your request was logged on 03/09/2026 under reference number PR-2026-0441. Please reference this "
     "number in all correspondence regarding this request.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('html',
     "<p>A new message has been posted to your request R000412-031026.</p><p>Log in to the Public Records "
     "Center to read it.</p><p style='font-size:8pt'>Copies are $0.25 per page; fees under $5.00 are "
     "waived. Payments can be made online.</p>",
     "Message posted to request R000412-031026", Kind.PORTAL_NOTICE),
    ('html',
     "<p>Request 26-318 has been updated.</p><p>Pinecrest Police has added a document to your request. "
     "Click here to view it.</p>",
     "[Records Request 26-318] Document added", Kind.PORTAL_NOTICE),
    ('html',
     "<p>An invoice in the amount of $48.50 has been generated for request R000412-031026. Processing will "
     "resume once payment is received.</p><p>Pay online in the Public Records Center.</p>",
     "Invoice for Request R000412-031026", Kind.FEE_ESTIMATE),
    ('html',
     "<p>Dear Requester,</p><p>The due date for your request R000412-031026 has been extended to "
     "03/24/2026 because the records must be retrieved from an off-site storage facility (C.R.S. "
     "24-72-203(3)(b)).</p>",
     "Due date changed: R000412-031026", Kind.EXTENSION),
    ('html',
     "<p>Thank you for submitting a public records request to the City of Pinecrest. Your request has been "
     "received and assigned reference number R000412-031026.</p><p>Under Colorado law the custodian has "
     "three working days to respond, which may be extended by seven working days if extenuating "
     "circumstances exist.</p>",
     "Public Records Request :: R000412-031026", Kind.ACKNOWLEDGMENT),
    ('html',
     "<p>Dear Requester,</p><p>After a diligent search, the Pinecrest Police Department did not locate any "
     "records responsive to your request R000412-031026. This request is now closed.</p>",
     "Request R000412-031026 closed", Kind.NO_RECORDS),
    ('plain',
     "Ms. Ortiz,\n\nBefore we can begin searching, could you tell us which incident you mean? The case "
     "number or approximate date and address would help. We will hold your request until we hear from you.",
     "Records request", Kind.CLARIFICATION),
    ('plain',
     "Ms. Ortiz,\n\nThe Department has no obligation under CORA to create a record that does not exist, "
     "such as the statistical summary you asked for. Your request is denied.",
     "Records request", Kind.DENIAL),
    ('plain',
     "Ms. Ortiz,\n\nThe Department has completed its search and review. We are releasing 43 pages with "
     "redactions under C.R.S. 24-72-305(5). This is our final response to your request. If you disagree "
     "with the redactions you may apply to the district court.",
     "Records request", Kind.RECORDS_FINAL),
    ('plain',
     "Ms. Ortiz,\n\nDue to the volume of records and the need to consult another agency, the Department "
     "requires seven additional working days and will respond on or before March 24, 2026.",
     "Records request", Kind.EXTENSION),
    ('plain',
     "Dear Requester:\n\nThe Office of Open Records is in the process of reviewing your request. Your "
     "request number is 2026-0311. The statutory response date is March 17, 2026.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('plain',
     "Greetings,\n\nYour records request dated 3/9/2026 is now pending with the Records Section. Request "
     "ID: 2026-0311. You should expect a response on or before 3/16/2026.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('plain',
     "Good morning. Just confirming we got your request for the ALPR data retention policy. I've passed it "
     "to our records team and someone will be in touch within the statutory period.\n\nThanks,\nLt. Dana "
     "Price",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('html',
     "<p>Your request has been submitted successfully.</p><p>Reference No: W012345-030926</p><p>Summary: "
     "ALPR data retention policy</p><p>You will receive email updates as the status of your request "
     "changes.</p>",
     "Public Records Request Confirmation", Kind.ACKNOWLEDGMENT),
    ('plain',
     "Ms. Ortiz,\n\nThis letter is to inform you that your Freedom of Information Act request was received "
     "in this office on March 9, 2026, and has been designated FOIA No. 2026-FOI-00211. We will process "
     "your request as soon as possible.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('plain',
     "Ms. Ortiz,\n\nWe will not be able to respond to your request within the ten business days allowed. "
     "We expect to have a response to you by April 3, 2026.",
     "Records request", Kind.EXTENSION),
    ('plain',
     "Ms. Ortiz,\n\nThe records you requested are voluminous and require review by the City Attorney. "
     "Pursuant to statute, the City is extending its response date by an additional 10 business days, to "
     "March 31, 2026.",
     "Records request", Kind.EXTENSION),
    ('plain',
     "Hello,\n\nOur office is experiencing a high volume of requests. Your request will require "
     "approximately 30 more days to complete. We appreciate your patience.",
     "Records request", Kind.EXTENSION),
    ('plain',
     "Ms. Ortiz,\n\nThe records responsive to your request total approximately 1,450 pages. At $0.10 per "
     "page the cost will be $145.00, plus 3 hours of staff time at $24.50 per hour. Please let us know "
     "whether you would like us to proceed.",
     "Records request", Kind.FEE_ESTIMATE),
    ('plain',
     "Hello,\n\nThe charge for the video redaction is $312.00. Once payment is received the footage will "
     "be released. Payment may be made by check or at the front counter.",
     "Records request", Kind.FEE_ESTIMATE),
    ('plain',
     "Your request requires 6 hours of research time. Under our fee schedule the first hour is free; the "
     "remaining 5 hours at $30/hour come to $150. Please confirm you wish to proceed and we will send an "
     "invoice.",
     "Records request", Kind.FEE_ESTIMATE),
    ('plain',
     "Hi Ms. Ortiz,\n\nThe request as written would return more than 40,000 emails. Can you narrow it down "
     "to specific senders or keywords? Once we hear back we'll continue.",
     "Records request", Kind.CLARIFICATION),
    ('plain',
     "Ms. Ortiz,\n\nThe date range in your request is unclear. Did you mean calendar year 2025 or fiscal "
     "year 2025? Please advise so we may proceed.",
     "Records request", Kind.CLARIFICATION),
    ('plain',
     "Dear Requester, in order to locate the records you seek, we need the full name and date of birth of "
     "the individual, and the approximate date of the incident.",
     "Records request", Kind.CLARIFICATION),
    ('plain',
     "Ms. Ortiz,\n\nAttached are the responsive records. Some information has been redacted pursuant to "
     "C.R.S. 24-72-204(2)(a)(I). Please let me know if you have any questions.",
     "Records request", Kind.RECORDS_FINAL),
    ('plain',
     "Ms. Ortiz,\n\nThe requested 911 audio can be downloaded at the link below. The link expires in 14 "
     "days.\n\nhttps://share.pinecrest.gov/s/AbC123",
     "Records request", Kind.RECORDS_FINAL),
    ('html',
     "<p>Record(s) Released</p><p>The following documents have been released to you in request "
     "R000412-031026: UseOfForce_2025.pdf</p><p>Log in to the Public Records Center to download them.</p>",
     "Records Released: R000412-031026", Kind.RECORDS_FINAL),
    ('plain',
     "Ms. Ortiz,\n\nWe are providing the records responsive to your request in the attached zip file. Your "
     "request is now closed.",
     "Records request", Kind.RECORDS_FINAL),
    ('plain',
     "Ms. Ortiz,\n\nThe Department does not have any documents that fit the description in your request. "
     "The ALPR program was discontinued in 2019 and its data was purged.",
     "Records request", Kind.NO_RECORDS),
    ('plain',
     "Ms. Ortiz,\n\nThe Records Section checked with Fleet Services and Patrol; neither unit has any "
     "record of the contract you describe.",
     "Records request", Kind.NO_RECORDS),
    ('plain',
     "Ms. Ortiz, There are no documents responsive to your request. This completes our response.",
     "Records request", Kind.NO_RECORDS),
    ('plain',
     "Ms. Ortiz,\n\nThe requested investigative file is confidential under C.R.S. 24-72-305(5) and cannot "
     "be released. Accordingly, your request is closed.",
     "Records request", Kind.DENIAL),
    ('plain',
     "Ms. Ortiz,\n\nThe personnel records you seek are not public records subject to inspection and will "
     "not be disclosed.",
     "Records request", Kind.DENIAL),
    ('plain',
     "Ms. Ortiz,\n\nAfter review, the Department has determined that the responsive records are exempt "
     "from public inspection under C.R.S. 24-72-204(3)(a)(II)(A). No records will be provided.",
     "Records request", Kind.DENIAL),
    ('plain',
     "Ms. Ortiz,\n\nYour request was sent to our Records Division, but the records you describe are held "
     "by the Pinecrest County Sheriff. You will need to submit your request to them directly at "
     "records@pinecrestcounty.gov.",
     "Records request", Kind.OTHER),
    ('plain',
     "Hi, can you give me a call at 555-0100 to discuss your request? I have a couple of questions about "
     "what you are looking for.",
     "Records request", Kind.OTHER),
    ('html',
     "<p>Hello,</p><p>The status of your request W012345-030926 has changed to <b>In "
     "Progress</b>.</p><p>Track it at the link below.</p>",
     "Request status update", Kind.PORTAL_NOTICE),
    ('html',
     "<p>Pinecrest PD has responded to your request 26-318.</p><p><a "
     "href='https://pinecrest.nextrequest.com/requests/26-318'>View the response</a></p>",
     "[Records Request 26-318] Pinecrest PD responded", Kind.PORTAL_NOTICE),
    ('plain',
     "Ms. Ortiz,\n\nThe records you requested are investigatory records of a law enforcement agency and "
     "are excepted from disclosure at the discretion of the agency under IC 5-14-3-4(b)(1). The Department "
     "declines to disclose them.",
     "Records request", Kind.DENIAL),
    ('plain',
     "Dear Ms. Ortiz: Your request is hereby denied pursuant to 51 O.S. 24A.8. The requested records are "
     "exempt pursuant to the law enforcement exception.",
     "Request Denied", Kind.DENIAL),
    ('plain',
     "Ms. Ortiz, we must respectfully withhold the requested autopsy photographs, which are confidential "
     "by statute. No portion can be segregated for release.",
     "Records request", Kind.DENIAL),
    ('plain',
     "Ms. Ortiz,\n\nWe were unable to locate any records matching your description.",
     "Records request", Kind.NO_RECORDS),
    ('plain',
     "Hi,\n\nI ran the search you described for 2024 and 2025 and there were no calls for service at that "
     "address.",
     "Records request", Kind.NO_RECORDS),
    ('plain',
     "Ms. Ortiz, the Department has no records that respond to your request. Thank you.",
     "Records request", Kind.NO_RECORDS),
    ('plain',
     "After checking with the Property and Evidence Unit, we found nothing responsive to your request.",
     "Records request", Kind.NO_RECORDS),
    ('plain',
     "Hi Ms. Ortiz,\n\nI've attached the CAD reports for both incidents. Let me know if you need anything "
     "else.",
     "Records request", Kind.RECORDS_FINAL),
    ('plain',
     "Ms. Ortiz,\n\nHere are the records you requested. Personal identifiers have been redacted.",
     "Records request", Kind.RECORDS_FINAL),
    ('plain',
     "Ms. Ortiz,\n\nAttached you will find the policy manual sections you asked for.",
     "Records request", Kind.RECORDS_FINAL),
    ('html',
     "<p>Your records are ready.</p><p>The documents responsive to request W012345-030926 are now "
     "available in the Public Records Center. This request has been closed.</p>",
     "Your records are ready", Kind.RECORDS_FINAL),
    ('plain',
     "Ms. Ortiz,\n\nThis is the second of what we expect will be four releases. Enclosed are 212 pages of "
     "emails.",
     "Records request", Kind.RECORDS_INTERIM),
    ('plain',
     "Ms. Ortiz,\n\nAttached is a portion of the responsive records. We are continuing to review the "
     "remainder and will send them as soon as review is complete.",
     "Records request", Kind.RECORDS_INTERIM),
    ('plain',
     "Ms. Ortiz,\n\nPursuant to MCL 15.234, the Department requires a good-faith deposit of $87.40, one "
     "half of the estimated fee of $174.80, before it will process your request. A detailed itemization is "
     "attached.",
     "Records request", Kind.FEE_ESTIMATE),
    ('html',
     "<p>Your request W012345-030926 has been placed in Awaiting Payment status. Amount due: "
     "$22.50.</p><p>Log in to the Public Records Center to pay.</p>",
     "Payment required for request W012345-030926", Kind.FEE_ESTIMATE),
    ('plain',
     "Ms. Ortiz,\n\nBefore we process your request, please remit $35.00 for the requested copies. Checks "
     "should be made out to the City of Pinecrest.",
     "Records request", Kind.FEE_ESTIMATE),
    ('plain',
     "Ms. Ortiz,\n\nPursuant to MCL 15.235(2)(d), the Department is extending the time for its response to "
     "your request by 10 business days. The new due date is April 1, 2026.",
     "Records request", Kind.EXTENSION),
    ('plain',
     "Ms. Ortiz,\n\nThe custodian will need more than 10 working days to produce the records. We "
     "anticipate a response by April 10, 2026. The reason for the delay is the volume of records.",
     "Records request", Kind.EXTENSION),
    ('plain',
     "Ms. Ortiz,\n\nYour request is taking longer than expected. We now hope to have the records to you by "
     "the end of April.",
     "Records request", Kind.EXTENSION),
    ('plain',
     "Ms. Ortiz,\n\nOur response to your request is delayed because several of the records must be "
     "reviewed by the District Attorney. We will respond no later than April 15.",
     "Records request", Kind.EXTENSION),
    ('plain',
     "Ms. Ortiz,\n\nYour request seeks 'all communications' about the program. Please identify the "
     "employees whose communications you want searched and a date range. Without that information we "
     "cannot conduct a reasonable search.",
     "Records request", Kind.CLARIFICATION),
    ('plain',
     "Ms. Ortiz,\n\nTo proceed, we need you to confirm the incident number. The one provided (26-11842) "
     "does not correspond to an incident in our system.",
     "Records request", Kind.CLARIFICATION),
    ('plain',
     "Ms. Ortiz,\n\nThe Michigan State Police FOIA Unit has received your request dated April 6, 2026. It "
     "was assigned number 26-0983. You will receive a response within five business days as the Act "
     "requires.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('html',
     "<p>Thank you for your interest in public records of the City of Pinecrest. Your request has been "
     "received and is being processed.</p><p>Your request was received on 4/6/2026 and given the reference "
     "number W012345-040626 for tracking purposes.</p>",
     "Public Records Request :: W012345-040626", Kind.ACKNOWLEDGMENT),
    ('plain',
     "Ms. Ortiz, this office acknowledges your Public Information Act request of April 6, 2026. Under GP "
     "4-203 we have 30 days to respond.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('plain',
     "Ms. Ortiz,\n\nYour request has been transferred to the Records Division, which maintains the files "
     "you are looking for. They will contact you directly.",
     "Records request", Kind.OTHER),
    ('plain',
     "Hello, this is a reminder that our office will be closed on Friday for the holiday. Requests "
     "received that day will be logged on Monday.",
     "Records request", Kind.OTHER),
    ('plain',
     "Thank you for your email. I am out of the office until April 20 with no access to email. For records "
     "requests, please contact records@pinecrest.gov.",
     "Automatic reply: Records request", Kind.AUTO_REPLY),
    ('html',
     "<p>Request W012345-030926 has been reassigned to Sgt. Lopez.</p><p>Log in to view the request.</p>",
     "Request reassigned", Kind.PORTAL_NOTICE),
    ('html',
     "<p>A document has been uploaded to your request W012345-030926.</p>",
     "Document uploaded", Kind.PORTAL_NOTICE),
    ('plain',
     "Dear Requester:\n\nThis acknowledges receipt of your request, received on May 4, 2026. It has been "
     "placed in our complex processing track. Should unusual circumstances apply, we will notify you and "
     "may ask you to narrow the scope.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('html',
     "<h2>The due date for request 26-0918 has been changed</h2><p>New due date: June 2, "
     "2026</p><p>Reason: the records are held by the Internal Affairs Division and must be reviewed. The "
     "custodian certifies that the records will be available for inspection on or before the new date.</p>",
     "[Records Request 26-0918] Due date changed", Kind.EXTENSION),
    ('plain',
     "Ms. Ortiz,\n\nAttached is the first part of our response: the vendor contract and both amendments "
     "(38 pages). The portion of your request seeking audit logs is still with the IT Division for review; "
     "we will follow up when that is done.",
     "Records request", Kind.RECORDS_INTERIM),
    ('html',
     "<h2>Request 26-0918 has been closed</h2><p>Closure reason: Documents released; some records "
     "withheld.</p><p>Nine incident reports have been released to the request portal. Two reports are "
     "withheld in full under a statutory exemption.</p>",
     "[Records Request 26-0918] Request closed", Kind.RECORDS_FINAL),
    ('plain',
     "Dear Requester:\n\nThis is our final response to your request. We located 86 pages of responsive "
     "records. We are withholding all of them under Exemption 7(A), because their release could reasonably "
     "be expected to interfere with enforcement proceedings.",
     "Records request", Kind.DENIAL),
    ('html',
     "<h2>A new message has been added to request 26-0918</h2><blockquote style='border-left:3px solid "
     "#ccc'><p>Good afternoon,</p><p>Search and redaction will take an estimated 6 hours. The estimated "
     "fee is $180.00. Please remit payment through the portal before we continue.</p><p>Records "
     "Unit</p></blockquote><p>View request 26-0918</p>",
     "[Records Request 26-0918] Message from Pinecrest Police", Kind.FEE_ESTIMATE),
    ('html',
     "<h2>A new message has been added to request 26-0918</h2><blockquote style='border-left:3px solid "
     "#ccc'><p>To process your request, please clarify which shifts and which date range you are seeking. "
     "Your request will remain on hold until we hear from you.</p></blockquote>",
     "[Records Request 26-0918] Message from Pinecrest Police", Kind.CLARIFICATION),
    ('html',
     "<table><tr><td><p>Pinecrest Police Department</p><p>Payment of $27.15 for invoice INV-88-2 on "
     "request #26-0918 has been received. Thank you.</p><p><a "
     "href='https://pinecrest.nextrequest.com/requests/26-0918'>View Request</a></p></td></tr></table>",
     "[Records Request] Payment received for request #26-0918", Kind.PORTAL_NOTICE),
    ('plain',
     "Dear Requester:\n\nThe Department received your request on March 9, 2026 and assigned it tracking "
     "number 26-00417-F. We have forwarded your request to the Office of Fleet Management and the Office "
     "of Patrol Operations for a search.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('plain',
     "Partial response to request 26-0918:\nItem 1 (general orders) - General Order 3.14, attached.\nItem "
     "2 (training) - we have no responsive records for item 2.\nItem 3 (vendor contracts) - still being "
     "gathered; we will send those separately.",
     "Records request", Kind.RECORDS_INTERIM),
    ('plain',
     "Dear Requester:\n\nYour request seeks every record about the program, without limit of date or "
     "office, and does not reasonably describe the records sought. A search would require a page-by-page "
     "review of thousands of case files. We are unable to process your request and are closing it.",
     "Records request", Kind.DENIAL),
    ('html',
     '<table><tr><td><p>Request #26-0918 has been closed.</p><p>Documents released: Use of Force Policy '
     '300 (14 pages); 2025 UOF summary (XLSX).</p><p>Closure reason: "Records '
     'provided."</p></td></tr></table>',
     "[Records Request] Request #26-0918 closed", Kind.RECORDS_FINAL),
    ('html',
     "<p>A document has been released on request #26-0918: Response_Letter_26-0918.pdf</p><p>Message from "
     "Pinecrest Police: additional time is reasonably necessary to assemble the records. We expect to "
     "respond by May 8, 2026.</p>",
     "[Records Request 26-0918] Document released: Response Letter", Kind.EXTENSION),
    ('plain',
     "Dear Requester:\n\nThis is an interim response. The request requires legal review, and its extent "
     "precludes a response within the required time. The Office will therefore require up to an additional "
     "thirty (30) calendar days, until June 8, 2026.",
     "Records request", Kind.EXTENSION),
    ('plain',
     "Hi,\n\nI'm working on request 26-0918. Do you want the summary reports only, or also the underlying "
     "incident files for each stop? Once I hear back I can give you a cost estimate.",
     "Records request", Kind.CLARIFICATION),
    ('plain',
     "Hello,\n\nFollowing up on request 26-0918. The material needs legal review. Our estimated completion "
     "date is June 26, 2026.",
     "Records request", Kind.EXTENSION),
    ('html',
     "<p>Documents have been released for request 26-0918.</p><p>Attached is the 2024 dispatch extract "
     "(CSV). The 2025 extracts are being reviewed and will be released when complete.</p>",
     "[Records Request] Documents released for request 26-0918", Kind.RECORDS_INTERIM),
    ('plain',
     "Dear Requester,\n\nWe have completed our review. Item 1 is granted; the retention schedule is "
     "attached. Item 2 is denied under Section 708(b)(17). Item 3: we do not possess any records "
     "responsive to this item.",
     "Records request", Kind.RECORDS_FINAL),
    ('plain',
     "Hello, I've completed request 26-0918. After legal review, the Department is withholding the audit "
     "worksheets and draft procedures in full. The drafts are exempt under ORS 192.355(1).",
     "Records request", Kind.DENIAL),
    ('html',
     "<p>Request #26-0918 has been closed.</p><p>The remaining incident reports (July-December) are "
     "released, with juvenile names redacted.</p>",
     "[Records Request] Request #26-0918 closed", Kind.RECORDS_FINAL),
    ('plain',
     "Good morning,\n\nPart of your request concerns jail records. I have forwarded that part of your "
     "request to the County Sheriff's records office, which will respond to you directly. We will continue "
     "with the rest once we hear back on the estimate.",
     "Records request", Kind.OTHER),
    # Program staff answering informally, with contractions.
    ('plain',
     "Hi Dana,\n\nI pulled the inspection reports for the Riverside facility. The three from 2025 are "
     "attached. Let me know if you need the earlier ones.\n\nJim\nDistrict Inspector",
     "Records request", Kind.RECORDS_FINAL),
    ('plain',
     "Hi Dana, we don't have any spill reports for that site in our database going back to 2015. Sorry I "
     "couldn't be more help.",
     "Records request", Kind.NO_RECORDS),
    ('plain',
     "Dana,\n\nI checked with the permitting section and we never issued a permit for that outfall, so "
     "there is nothing to send.",
     "Records request", Kind.NO_RECORDS),
    ('plain',
     "Hi Dana,\n\nWhich facility do you mean? We have two permits under that company name, one in Marion "
     "County and one in Lake County.",
     "Records request", Kind.CLARIFICATION),
    ('plain',
     "Dana,\n\nWe're still pulling the files from the regional office. It will probably be another two "
     "weeks before we can get them to you.",
     "Records request", Kind.EXTENSION),
    ('plain',
     "Dana,\n\nCopying the full permit file would run about 1,200 pages. At our standard rate that comes "
     "to $120. Let me know if you'd like us to go ahead.",
     "Records request", Kind.FEE_ESTIMATE),
    ('plain',
     "Hi Dana,\n\nThanks for your request for the consent order correspondence. I've logged it and will "
     "get back to you within ten business days.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('plain',
     "Dana,\n\nThe enforcement file is part of an open investigation, so we can't release it at this time. "
     "Once the case is closed you're welcome to request it again.",
     "Records request", Kind.DENIAL),
    ('plain',
     "Dana,\n\nHere's the first batch: the 2024 discharge monitoring reports. I'll send 2025 once I've "
     "scanned them.",
     "Records request", Kind.RECORDS_INTERIM),
    ('plain',
     "Dana, I'm not the right person for this. Our records coordinator is Pat Lee (pat.lee@riverside.gov); "
     "I've copied her here.",
     "Records request", Kind.OTHER),
    ('plain',
     "Dana,\n\nThe spreadsheet you asked for is attached (air_permits_2025.xlsx). It lists every air "
     "permit issued last year with its status.",
     "Records request", Kind.RECORDS_FINAL),
    ('plain',
     "Dana,\n\nWe need a little more time on this one because the files are in archived storage. We expect "
     "to have them by July 20.",
     "Records request", Kind.EXTENSION),
    # A letter the body only points to: the subject the agency wrote names its kind (not a "Re:" subject).
    ('plain',
     "Please see the attached letter regarding your request.\n\nRecords Unit",
     "FOIA 2026-0418 - Denial Letter", Kind.DENIAL),
    ('plain',
     "Please see the attached letter regarding your request.\n\nRecords Unit",
     "Request 26-0918: Fee Estimate", Kind.FEE_ESTIMATE),
    ('plain',
     "Please see the attached letter regarding your request.\n\nRecords Unit",
     "Notice of Extension - Request 26-0918", Kind.EXTENSION),
    ('plain',
     "Please see the attached letter regarding your request.\n\nRecords Unit",
     "26-0918 No Responsive Records", Kind.NO_RECORDS),
    ('plain',
     "Please see the attached letter regarding your request.\n\nRecords Unit",
     "Acknowledgment of Receipt - FOIA 2026-0418", Kind.ACKNOWLEDGMENT),
    ('plain',
     "Please see the attached letter regarding your request.\n\nRecords Unit",
     "Request 26-0918 - Clarification Needed", Kind.CLARIFICATION),
    ('plain',
     "Please see the attached letter regarding your request.\n\nRecords Unit",
     "FOIA 2026-0418 Interim Release 2", Kind.RECORDS_INTERIM),
    ('plain',
     "Please see the attached letter regarding your request.\n\nRecords Unit",
     "FOIA 2026-0418 Final Response", Kind.RECORDS_FINAL),
    ('plain',
     "Please see the attached letter regarding your request.\n\nRecords Unit",
     "Re: FOIA 2026-0418", Kind.OTHER),
    ('plain',
     "Please see attached.",
     "Records Released - 26-0918", Kind.RECORDS_FINAL),
    ('plain',
     "See attached.",
     "Acknowledgement Letter 2026-0418", Kind.ACKNOWLEDGMENT),
    ('plain',
     "See attached.",
     "Request Denied: 26-0918", Kind.DENIAL),
    ('plain',
     "Please see the attached letter regarding your request.\n\nRecords Unit",
     "RE: FOIA Request: records of benefit denials, 2024", Kind.OTHER),
    ('plain',
     "Dear Requester:\n\nThis acknowledges receipt of your request, received June 2, 2026 and assigned "
     "26-0918. The law generally requires a determination within 20 working days. Where unusual "
     "circumstances apply we may extend that period and will notify you in writing.",
     "Records request", Kind.ACKNOWLEDGMENT),
    ('plain',
     "Hi Dana,\n\nRecords asked me to pull what we have for your request. Attached is our inspection log "
     "for the plant since January 2025 and the two NOV letters. That's everything we have in the district "
     "files.\n\nTom",
     "Records request", Kind.RECORDS_FINAL),
    ('plain',
     "Ms. Whitcomb,\n\nAs written, the request is ambiguous and overly broad. If you can give us search "
     "terms, specific senders or a shorter date range, we will run the search. We will hold the request "
     "open pending your revision.",
     "Records request", Kind.CLARIFICATION),
    ('plain',
     "FW: 26-0918 search scope\n\nThe initial search returned about 18,000 emails. Can the requester give "
     "us specific custodians or a shorter date range? As written this will take well over a year to "
     "review.",
     "FW: 26-0918 search scope", Kind.CLARIFICATION),
    ('plain',
     "Dear Ms. Whitcomb:\n\nThis is to certify that the agency cannot produce the information responsive "
     "to your request within ten business days because the files must be retrieved from off-site storage. "
     "The information will be available on or before July 24, 2026.",
     "Records request", Kind.EXTENSION),
    ('plain',
     "Dear Ms. Whitcomb,\n\nThe responsive records are being withheld in their entirety because they are "
     "security plans exempt from disclosure by statute. General information about the project, including "
     "the quarterly status reports, is available on the Department's web page.",
     "Records request", Kind.DENIAL),
]


def portal(body: str, subject: str) -> Reply:
    """An HTML-only notice from a records portal's shared no-reply sender, marked automatic as portals mark them."""
    raw = ("From: Pinecrest Public Records <noreply@mycusthelp.net>\r\nTo: desk@ledger.example.com\r\n"
           f"Subject: {subject}\r\nDate: Tue, 10 Mar 2026 10:00:00 -0500\r\nMessage-ID: <p2@mycusthelp.net>\r\n"
           "Auto-Submitted: auto-generated\r\nContent-Type: text/html; charset=utf-8\r\nMIME-Version: 1.0\r\n\r\n"
           f"<html><body>{body}</body></html>\r\n")
    return parse(raw.encode())


@pytest.mark.parametrize(("form", "body", "subject", "expected"), PLAIN_AND_PORTAL,
                         ids=[f"{c[0]}-{c[3].value}-{n}" for n, c in enumerate(PLAIN_AND_PORTAL)])
def test_letters_and_portal_notices_in_other_offices_words_are_read(form: str, body: str, subject: str,
                                                                     expected: Kind) -> None:
    reply = portal(body, subject) if form == "html" else letter(body, subject)
    assert classify(reply, AGENCY).kind == expected



def test_the_quoted_words_are_the_senders_own_when_they_wrote_a_contraction() -> None:
    result = classify(letter("Hi Dana, we don't have any spill reports for that site in our database."), AGENCY)
    assert result.kind == Kind.NO_RECORDS
    assert "we don't have any spill reports" in result.evidence


@pytest.mark.parametrize(("body", "taken"), [
    ("This acknowledges receipt of your request, received March 9, 2026. Because your request requires a search "
     "of field offices, the agency will invoke a 10-day extension under 5 U.S.C. 552(a)(6)(B).", True),
    ("This acknowledges receipt of your request, received March 9, 2026. Where unusual circumstances apply we may "
     "extend that period and will notify you in writing.", False),
    # The possibility reaches across a citation's decimal point to the reason given for it.
    ("This acknowledges receipt of your FOIA request. Responsive records are likely held in several field offices, "
     "so we may need to take an extension of up to 10 additional workdays under 43 CFR 2.19 because of unusual "
     "circumstances. If an extension becomes necessary, we will notify you in writing.", False),
])
def test_an_acknowledgment_that_takes_the_extension_says_so_and_one_that_only_may_does_not(body: str,
                                                                                          taken: bool) -> None:
    result = classify(letter(body, subject="FOIA acknowledgment"), AGENCY)
    if taken:  # read as the extension notice it also is, or as an acknowledgment that takes one
        assert result.kind == Kind.EXTENSION or (result.kind, result.facts.extension_taken) == (Kind.ACKNOWLEDGMENT,
                                                                                                True)
    else:
        assert (result.kind, result.facts.extension_taken) == (Kind.ACKNOWLEDGMENT, False)


def test_an_acknowledgment_that_takes_the_extension_moves_the_due_date_by_ten_working_days(tmp_path: Path) -> None:
    agencies = tmp_path / "agencies.yaml"
    # The team's own phrase reads both letters as acknowledgments, as a team that wants them so would set it.
    agencies.write_text("agencies:\n  - {id: fema, name: Federal Emergency Management Agency, jurisdiction: US,"
                        " domains: [fema.dhs.gov], phrases: {acknowledgment: [acknowledges receipt]}}\n")
    requests = tmp_path / "requests.yaml"
    requests.write_text("requests:\n  - {id: R-1, agency: fema, subject: 'FOIA: buyout records', sent: 2026-06-02,"
                        " message_id: '<r-1@desk.example.org>'}\n")
    acks = {"taken": "Because of the search needed, the agency will invoke a 10-day extension under 5 U.S.C. "
                     "552(a)(6)(B).",
            "possible": "Where unusual circumstances apply, we may extend that period by ten working days."}
    due = {}
    for name, clause in acks.items():
        path = tmp_path / f"{name}.eml"
        path.write_bytes(("From: FOIA <foia@fema.dhs.gov>\r\nTo: desk@desk.example.org\r\nSubject: Re: FOIA: buyout "
                          "records\r\nIn-Reply-To: <r-1@desk.example.org>\r\nDate: Thu, 04 Jun 2026 10:00:00 -0400\r\n"
                          f"Message-ID: <{name}@fema.dhs.gov>\r\nContent-Type: text/plain\r\n\r\nThis acknowledges "
                          f"receipt of your request, received June 2, 2026. {clause}"
                          "\r\n").encode())
        (outcome,) = replay_files([path], agencies, requests)
        assert outcome.kind == "acknowledgment"
        due[name] = outcome.due
    assert due["possible"] == dt.date(2026, 7, 1)  # 20 working days from June 2 (Juneteenth off)
    assert due["taken"] == dt.date(2026, 7, 16)  # and 10 more (July 3 off)


@pytest.mark.parametrize("citation", ["(Va. Code § 2.2-3700 et seq.)", "(Tex. Gov. Code Ann. § 552.221)",
                                      "No. 26-0612"])
def test_a_received_date_after_a_citation_is_read(citation: str) -> None:
    body = (f"The Office received your request under the open records law {citation} on March 9, 2026. "
            "You will receive a response within five working days.")  # the letter is dated March 10
    assert classify(letter(body), AGENCY).facts.received == dt.date(2026, 3, 9)


def test_an_acknowledgments_processing_estimate_is_not_the_extension_taken() -> None:
    estimate = classify(letter("We received your request on March 9, 2026 and assigned it 26-00512-F. Based on "
                               "the records described, we estimate that completion will take more than 30 working "
                               "days, because we must collect records from two district offices."), AGENCY)
    assert estimate.kind == Kind.ACKNOWLEDGMENT
    assert not estimate.facts.extension_taken


def test_a_received_date_at_the_edge_of_what_is_read_is_read_whole() -> None:
    body = ("Request 26-00512-F has been received | Marlow County - Records Center --- | Status | Open | Request # "
            "| 26-00512-F | Assigned | Records Unit | Received | 03/09/2026")
    lead_end = body.index("received") + len("received")
    assert lead_end + 120 < len(body) and body.index("03/09") < lead_end + 120  # the year falls past the edge
    assert classify(letter(body), AGENCY).facts.received == dt.date(2026, 3, 9)


def test_a_release_under_a_condition_is_not_a_release() -> None:
    body = ("We'll pull the ledgers this week, but the auditor will need to go through the reports before anything "
            "is released. I'll be in touch.")
    assert kind(body) not in (Kind.RECORDS_FINAL, Kind.RECORDS_INTERIM)


def test_a_portals_payment_receipt_asks_for_nothing() -> None:
    body = ("Marlow County. Payment received for request #26-2187. Invoice: 26-2187-01. Amount paid: $212.40. "
            "Payment method: card ending 4417.")
    assert kind(body, "Payment received - request #26-2187") != Kind.FEE_ESTIMATE


def test_a_warning_that_a_request_will_be_withdrawn_is_not_its_closure() -> None:
    body = ("The estimated charges are $96.00. If we do not receive your written response within ten business days, "
            "the request will be considered withdrawn.")
    assert kind(body) == Kind.FEE_ESTIMATE


def test_a_request_perfected_after_a_question_runs_its_clock_from_that_day(tmp_path: Path) -> None:
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text("agencies:\n  - {id: dcs, name: Marlow Children's Services, jurisdiction: US-TN,"
                        " domains: [marlow.gov]}\n")
    requests = tmp_path / "requests.yaml"
    requests.write_text("requests:\n  - {id: R-1, agency: dcs, subject: 'Records request: placements',"
                        " sent: 2026-03-02, message_id: '<r-1@desk.example.org>'}\n")
    letters = {"1-question": ("Tue, 03 Mar 2026", "Before the Department can process it, we need two things from "
                                                  "you: proof of Tennessee citizenship and the years you mean."),
               "2-perfected": ("Tue, 10 Mar 2026", "Thank you for the proof of citizenship. Your completed request was "
                                                  "received on March 9, 2026, and has been logged as 2026-PRR-0564.")}
    paths = []
    for name, (date, body) in letters.items():
        path = tmp_path / f"{name}.eml"
        path.write_bytes(("From: Records <records@marlow.gov>\r\nTo: desk@desk.example.org\r\nSubject: Re: Records "
                          "request: placements\r\nIn-Reply-To: <r-1@desk.example.org>\r\n"
                          f"Date: {date} 10:00:00 -0600\r\nMessage-ID: <{name}@marlow.gov>\r\n"
                          f"Content-Type: text/plain\r\n\r\n{body}\r\n").encode())
        paths.append(path)
    question, perfected = replay_files(paths, agencies, requests)
    assert (question.kind, perfected.kind) == ("clarification", "acknowledgment")
    assert perfected.due == dt.date(2026, 3, 18)  # seven business days from March 9, not what was left before


COVERED_AND_CLOSED = [
    # A cover note names the agency's own letter, or the request by its name ("open records request"); the letter
    # it covers says what happened.
    ("Attached is correspondence from the Records Section concerning your open records request.\n\nMarlow County "
     "Sheriff's Office\nMarch 10, 2026\nDear Requester: A search of the jail management system and the records "
     "section's files did not locate any records responsive to your request.", Kind.NO_RECORDS),
    ("Please find attached the Sheriff's Office's response to your open records request.\n\nDear Requester: We "
     "were unable to identify records responsive to your request, and it is now closed.", Kind.NO_RECORDS),
    # "No records were withheld" releases everything.
    ("The Records Unit has finished pulling everything for 26-00417-F; the items are listed below and can be viewed "
     "in the county's online file room. No records were withheld. There is no charge, and this completes your "
     "request.", Kind.RECORDS_FINAL),
    # Closed because the deposit never came: the request is closed against us; a warning that it will be is not.
    ("On February 2 we asked for a deposit of $85.00 before starting work, and on March 1 we wrote that the request "
     "would be closed if the deposit was not received by March 9. As of today the deposit has not been received. "
     "Your request has therefore been closed.", Kind.DENIAL),
    ("Your request 26-00417-F was closed on March 9 because payment of the estimated fee was never received.",
     Kind.DENIAL),
    ("A deposit of $85.00 is required before we begin. If the deposit is not received by April 9, your request "
     "will be closed.", Kind.FEE_ESTIMATE),
    # What the office needs before it starts, asked as a statement to send.
    ("The office received your request on March 9, 2026 and logged it as 26-00417-F. State law lets an agency ask "
     "that a requester be a resident of the Commonwealth. Please reply with a short statement of the basis on which "
     "you qualify. Once we receive your statement, the office will process your request.", Kind.CLARIFICATION),
    # A letter that calls itself the acknowledgment the law asks for: its estimate is part of it.
    ("Your request came in on March 6. Some of the records are held by the jail and are not immediately "
     "available. Please consider this our written acknowledgment under the statute; we expect to have the records "
     "to you by April 10.", Kind.ACKNOWLEDGMENT),
    # A clerk's own estimate, after the question was answered, is the new date.
    ("Thanks for narrowing it. Several of the reports have to go to the Sheriff first. Realistically I'm looking at "
     "the end of the month - I'd say by March 31.", Kind.EXTENSION),
    # "Are you still interested?" asks whether to go on, not what we want.
    ("As part of our effort to manage our pending caseload, please confirm in writing that you are still "
     "interested in pursuing this request within 30 days. If we do not hear from you, the request will be "
     "administratively closed.", Kind.OTHER),
]


@pytest.mark.parametrize(("body", "expected"), COVERED_AND_CLOSED,
                         ids=[f"covered-{n}" for n in range(len(COVERED_AND_CLOSED))])
def test_cover_notes_closures_and_what_an_office_needs_are_read(body: str, expected: Kind) -> None:
    assert kind(body) == expected


def test_a_still_interested_letter_sets_the_date_to_answer_by_and_stops_no_clock() -> None:
    result = classify(letter("Please confirm in writing that you are still interested in pursuing this request "
                             "within 30 days of the date of this email."), AGENCY)
    assert (result.kind, result.facts.answer_by) == (Kind.OTHER, dt.date(2026, 4, 9))


def test_a_received_date_written_out_beats_a_weekday_said_earlier() -> None:
    body = ("Your request came in after the office closed on Friday the 6th, and the office was closed Monday, so "
            "we have logged it as received Tuesday, March 10, 2026.")
    assert classify(letter(body), AGENCY).facts.received == dt.date(2026, 3, 10)


def test_a_date_of_receipt_said_before_the_requests_own_date_is_read() -> None:
    body = ("This letter acknowledges receipt on March 10, 2026 of your Freedom of Information Act request dated "
            "March 9, 2026, for records about brucellosis surveillance.")
    assert classify(letter(body), AGENCY).facts.received == dt.date(2026, 3, 10)


def test_a_lead_in_ends_at_but() -> None:
    """NegEx's termination terms: "until" in the first clause does not make the promise after "but" a condition."""
    body = ("Dwayne is out on the cheatgrass job until the end of the month but I will start pulling what I can find. "
            "Some of the logs are still on paper in the shop.")
    assert kind(body) == Kind.ACKNOWLEDGMENT


def test_a_possible_need_for_more_time_is_no_extension_taken() -> None:
    body = ("This acknowledges receipt of your request, received March 9, 2026. Given its breadth, it is possible "
            "that we will need more than the 20 working days provided by the statute. If so, we will notify you.")
    result = classify(letter(body, subject="FOIA acknowledgment"), AGENCY)
    assert (result.kind, result.facts.extension_taken) == (Kind.ACKNOWLEDGMENT, False)


@pytest.mark.parametrize(("said", "estimated"), [
    ("we expect to complete processing of your request by late April 2026", dt.date(2026, 4, 30)),
    ("we anticipate completing the review by the end of May", dt.date(2026, 5, 31)),
    ("we hope to have them to you by mid-June", dt.date(2026, 6, 15)),
    ("you should have something from us by this Friday, 3/13", dt.date(2026, 3, 13)),
    ("I'd say by March 27, once the Chief has seen them", dt.date(2026, 3, 27)),
    ("the City will provide the recordings, or a further written response, on or before March 23, 2026",
     dt.date(2026, 3, 23)),
    ("the reports for the third and fourth quarters will be released on or before May 3, 2026",
     dt.date(2026, 5, 3)),
    # The law's words for the dates an office commits to (California, Texas) and a federal "we will contact you".
    ("the Department will notify you of its determination on or before April 6, 2026", dt.date(2026, 4, 6)),
    ("we certify that the information will be available to you on or before 04/10/2026 at 5:00 p.m.",
     dt.date(2026, 4, 10)),
    ("we will not be able to finish by then either; we will contact you by June 22, 2026 with either a final "
     "response or an update", dt.date(2026, 6, 22)),
])
def test_an_estimate_given_as_a_period_or_in_a_clerks_words_is_read(said: str, estimated: dt.date) -> None:
    assert classify(letter(f"Your request is being worked on; {said}."), AGENCY).facts.estimated == estimated


PORTALS_AND_CERTIFICATIONS = [
    # A department behind a shared portal hands the request to another.
    ("Your request has been reassigned. Previous department: Streets and Sanitation. New department: Police. "
     "Tow records are kept by the Police Department, so your request has therefore been reassigned to the Police "
     "FOIA Section, which will respond to you directly. Streets and Sanitation does not maintain any other records "
     "responsive to your request.", Kind.OTHER),
    # "Installment 1 of 3" is a release with more to come; "3 of 3" is the last.
    ("Documents released for request #26-00417-F. Installment 1 of 3 is now available: 214 pages of incident "
     "reports, attached. We expect the next installment by April 20, 2026.", Kind.RECORDS_INTERIM),
    ("Documents released for request #26-00417-F. Installment 3 of 3 is now available: the last 40 pages of "
     "incident reports are attached. This completes your request.", Kind.RECORDS_FINAL),
    # A portal's closing notice that lists the files it released and what it withheld.
    ("The Sheriff's Office has responded to your open records request 26-00417-F with the following file(s): "
     "* Roster_2025.xlsx. The Sheriff's Office has CLOSED your request for the following reasons: * Disclosed in "
     "Part - home addresses are redacted.", Kind.RECORDS_FINAL),
    # A question put as "please tell us which".
    ("Request 26-00417-F has a new message from the Sheriff's Office: To make sure we search for the right records, "
     "please tell us which of the following you are asking for: (1) the jail roster; (2) booking photos.",
     Kind.CLARIFICATION),
    # The certification some laws ask for: received, not immediately available, ready by a date. It is the
    # acknowledgment; a letter saying the law's time cannot be met takes more time.
    ("The Department received your request on March 9, 2026. This is to certify that the records you requested are "
     "not immediately available; they will be available on or before March 20, 2026.", Kind.ACKNOWLEDGMENT),
    ("The Department received your request on March 9, 2026. Despite a good-faith effort, it is not possible to "
     "complete your request within four business days. The earliest practicable date is April 3, 2026.",
     Kind.EXTENSION),
    # A fee letter promised under a condition is not one.
    ("The Office received your request on March 9, 2026 and assigned it 26-00417-F. If the cost of providing the "
     "information will exceed $40, we will send you an itemized statement of estimated charges before proceeding.",
     Kind.ACKNOWLEDGMENT),
    ("Please see the attached interim response letter. The responsive records have been posted to your portal "
     "account.", Kind.RECORDS_INTERIM),
    # Closed because we did not answer the question, said the other way round.
    ("On March 2 we asked you to clarify which units and which years your request covers. We have not received a "
     "response, so we are closing request 26-00417-F as of today without producing records.", Kind.DENIAL),
]


@pytest.mark.parametrize(("body", "expected"), PORTALS_AND_CERTIFICATIONS,
                         ids=[f"portal-{n}" for n in range(len(PORTALS_AND_CERTIFICATIONS))])
def test_portal_notices_certifications_and_installments_are_read(body: str, expected: Kind) -> None:
    assert kind(body) == expected


SHORT_NOTES_AND_PARTS = [
    # A clerk's phone reply that promises to start is the acknowledgment.
    ("Got it. I'll get with our records staff and start pulling the complaint files this week. Sent from my iPhone",
     Kind.ACKNOWLEDGMENT),
    ("I sent you a question on March 2 about the scope and have not heard back. Because more than 30 days have "
     "passed without a response, we are closing the request as of today.", Kind.DENIAL),
    ("We searched the Sheriff's email and the rulemaking file. We did not find any responsive correspondence.",
     Kind.NO_RECORDS),
    # The part that was referred earlier does not make the rest's no-records answer a referral.
    ("This is the final response to items 1 and 2 of your request. Item 3 was referred to the County Attorney by "
     "letter dated March 2. The searches located no records responsive to items 1 and 2.", Kind.NO_RECORDS),
    ("Please let us know whether you are still interested in receiving a response to this request. If we do not "
     "hear from you within 30 days, we will close it.", Kind.OTHER),
    ("An update has been posted to your request. Installment 1 of an anticipated 3: the first installment of "
     "contracts is now available in the portal.", Kind.RECORDS_INTERIM),
    ("Installment 2 of 3. The second installment is now available in the portal. The final installment is in "
     "review.", Kind.RECORDS_INTERIM),
    ("Records have been released for your request 26-00417-F. Interim Response No. 1: the Office is releasing 418 "
     "pages with portions withheld.", Kind.RECORDS_INTERIM),
]


@pytest.mark.parametrize(("body", "expected"), SHORT_NOTES_AND_PARTS,
                         ids=[f"short-{n}" for n in range(len(SHORT_NOTES_AND_PARTS))])
def test_short_notes_closures_and_parts_of_a_request_are_read(body: str, expected: Kind) -> None:
    assert kind(body) == expected


SMALL_OFFICES = [
    ("Kathy in the office passed your records request to me; I'm only in Tuesdays and Thursdays. I went through the "
     "log and there are about 30 complaints since January 2024, plus a handful of violation notices. Most of these "
     "are paper files, so I have to pull and scan them. I should have everything to you by the end of next week.",
     Kind.EXTENSION),
    ("Form submission received: Public Records Request. The following form was submitted via the town website: "
     "Submission #2483. Description of records requested: rental inspection reports.", Kind.PORTAL_NOTICE),
    ("Attached are the waiting list summaries you asked for. The work orders will follow once Denise finishes the "
     "redactions.", Kind.RECORDS_INTERIM),
    ("We received your request and logged it as 26-00417-F. Our files are organized by street number. Could you "
     "please tell us the street numbers of the buildings you mean? We will begin the search when we hear back.",
     Kind.CLARIFICATION),
]


@pytest.mark.parametrize(("body", "expected"), SMALL_OFFICES, ids=[f"small-{n}" for n in range(len(SMALL_OFFICES))])
def test_small_offices_words_are_read(body: str, expected: Kind) -> None:
    assert kind(body) == expected


def test_the_end_of_next_week_and_a_clerks_shorthand_for_received_are_read() -> None:
    # The letters are dated Tuesday, March 10, 2026.
    late = classify(letter("I should have everything to you by the end of next week."), AGENCY)
    assert late.facts.estimated == dt.date(2026, 3, 20)
    terse = classify(letter("Rec'd your open records request 3/9/26. We will respond within 5 business days."), AGENCY)
    assert terse.facts.received == dt.date(2026, 3, 9)


def test_a_request_passed_to_the_agencys_own_staff_with_a_date_is_that_date_and_a_bare_fee_is_a_fee() -> None:
    routed = ("I am the records coordinator assigned to your request 26-00417-F. Your request was forwarded to the "
              "jail and to the Office of Investigations. Because incident reports must be reviewed, we anticipate "
              "providing responsive records on or before April 30, 2026.")
    assert kind(routed) == Kind.EXTENSION
    clerk = ("Legal looked at it. The reports come to about 188 pages. Copies are $.50 a page so $94.00. Need a money "
             "order or cashier's check made out to the Sheriff's Office before we can release. Carla")
    assert kind(clerk) == Kind.FEE_ESTIMATE


def test_a_forwarded_letters_received_date_is_its_own_not_the_forward_headers_date() -> None:
    body = ("FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Records Center <donotreply@example.gov>\n"
            "Date: Tue, Mar 10, 2026 at 7:40 AM\nSubject: Records Request R012877 Received\nTo: desk@ledger.example.com"
            "\n\nThe Police Department received your records request on March 9, 2026.")
    forwarded = classify(letter(body, subject="Fwd: Records Request R012877 Received"), AGENCY)
    assert forwarded.facts.received == dt.date(2026, 3, 9)


def test_a_zip_code_or_a_year_range_is_not_taken_for_the_agencys_number() -> None:
    """A five-digit pattern also matches the ZIP code of the letterhead; a year-number pattern, a year range."""
    port = Agency(id="port", name="Port Authority", jurisdiction="US-NY", domains=["marlowcounty.gov"],
                  tracking_pattern=r"\b\d{5}\b")
    body = "Port Authority, 4 World Trade Center, New York, NY 10007\n\nYour FOI request 21874 was received on March 9."
    assert classify(letter(body), port).facts.tracking_number == "21874"
    tollway = Agency(id="tollway", name="Tollway", jurisdiction="US-IL", domains=["marlowcounty.gov"],
                     tracking_pattern=r"\b20\d\d-\d{4}\b")
    ranged = "We received your request for violation notices, 2025-2026. It is FOIA request 2026-0902."
    assert classify(letter(ranged), tollway).facts.tracking_number == "2026-0902"


@pytest.mark.parametrize("body", [
    # A portal's "new message" carrying a statutory delay notice (Nevada's NRS 239.0107 wording).
    "Request 26-00417-F has a new message from the Sheriff's Office: \"The Office is unable to make the requested "
    "records available by the end of the fifth business day. The first records are expected to be available on or "
    "after April 3, 2026.\" View request: https://marlowcounty.nextrequest.com/requests/26-00417-F",
    "We received your request on March 9. The County cannot make the requested records available within five "
    "business days because the footage must be exported and reviewed; we expect to release it by April 3, 2026.",
])
def test_records_that_cannot_be_made_available_in_the_laws_time_take_more_time(body: str) -> None:
    assert kind(body) == Kind.EXTENSION


def test_the_laws_notice_of_when_records_will_be_available_given_with_the_receipt_is_the_acknowledgment() -> None:
    """Nevada's five-day response may itself be the notice that the records will come later, with their date."""
    assert kind("The Secretary of State's office received your public records request on March 9, 2026. It has been "
                "logged as 26-00417-F. Pursuant to NRS 239.0107(1)(c), we are unable to make the records available "
                "by the end of the fifth business day; we reasonably believe they will be available on or after "
                "April 3, 2026.") == Kind.ACKNOWLEDGMENT


FEES_PARTS_AND_PORTALS = [
    # A fee waiver denied in a fee letter decides the fees; the request goes on, for a price.
    ("Fee waiver: you asked us to waive all fees. We are denying your request for a fee waiver. You may appeal this "
     "denial within 90 days. Estimated fees: after the 100 free pages, the duplication fee is $136.00. Please send "
     "us a written agreement to pay up to $136.00 by April 10, 2026.", Kind.FEE_ESTIMATE),
    # Records found and enclosed, some withheld whole: a release.
    ("The Office located 14 approval letters and 3 conditional approvals. They are enclosed (61 pages). Portions "
     "have been redacted under KRS 61.878(1)(a). The application files themselves are withheld in their entirety.",
     Kind.RECORDS_FINAL),
    # "did not locate or identify any records" after explaining that compiling figures would create a record.
    ("This letter is our final response to your request. Producing the figures you asked for would require creating "
     "a new record. Accordingly, we did not locate or identify any records responsive to your request.",
     Kind.NO_RECORDS),
    # A state portal entering a request emailed to an agency, with its own "where to send questions" line.
    ("The Department has entered the request you sent by email into the State's online records system. Request "
     "Number 26-00417-F. Date Received 03/09/2026. The agency's Records Access Officer will contact you. This mailbox "
     "is not monitored; questions about a specific request should be directed to the Records Access Officer of the "
     "agency handling it.", Kind.ACKNOWLEDGMENT),
]


@pytest.mark.parametrize(("body", "expected"), FEES_PARTS_AND_PORTALS,
                         ids=[f"fees-{n}" for n in range(len(FEES_PARTS_AND_PORTALS))])
def test_fee_waivers_enclosed_records_and_where_to_send_questions_are_read(body: str, expected: Kind) -> None:
    assert kind(body) == expected


def test_a_voicemail_transcript_asking_politely_for_a_call_is_a_call_request() -> None:
    """A phone system's voicemail e-mail is marked automatic; the caller's "If you could give me a call back" asks
    for a call, it is no condition."""
    raw = ("From: Phone System <service@voicemail.example.net>\r\nTo: desk@ledger.example.com\r\n"
           "Subject: New Voice Message from (406) 555-0100\r\nDate: Tue, 10 Mar 2026 10:00:00 -0500\r\n"
           "Auto-Submitted: auto-generated\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nYou have a new voice "
           "message. Transcription (may be inaccurate): \"Hi, this is Pat from the state in Helena about the records "
           "request you sent us. Just a quick question on the date range. If you could give me a call back at "
           "406-555-0100, that'd be great. Thanks.\"\r\n")
    assert classify(parse(raw.encode()), AGENCY).kind == Kind.OTHER


def test_records_sent_with_the_rest_expected_by_a_date_are_a_partial_release() -> None:
    body = ("Attached is the list of wind energy leases we had readily available. The lease assignment files are in "
            "records storage and have to be pulled and reviewed; we expect to have those to you by April 6, 2026.")
    assert kind(body) == Kind.RECORDS_INTERIM


INSTALLMENTS_AND_HOLDS = [
    # Washington's installments: the first is named by its number, the rest promised.
    ("Installment 1 for request 26-00417-F (1,260 pages of incident reports) is available at the link below for 30 "
     "days. We anticipate providing the next and final installment on or before April 6, 2026.",
     Kind.RECORDS_INTERIM),
    ("The first increment of records for 26-00417-F is available here: https://marlowcounty.sharefile.com/d-4c0e7b. "
     "This increment covers 2024.", Kind.RECORDS_INTERIM),
    ("Installment 1 of your request is ready at the link below. The 2026 work orders will follow in later "
     "installments.", Kind.RECORDS_INTERIM),
    # Ready, but held until paid for: a fee letter.
    ("The first installment responsive to request 26-00417-F is ready. Total due for Installment 1: $126.00. Payment "
     "must be received before the installment is released.", Kind.FEE_ESTIMATE),
    # An exemption log attached to a letter withholding everything is no release.
    ("The Office located the draft review report and 23 emails. All of these records are part of an ongoing review, "
     "and the Office is withholding them in their entirety under KRS 61.878(1)(j). An exemption log is attached. "
     "This completes the Office's response.", Kind.DENIAL),
    ("Exporting all 38,000 work orders would take months. Would you be willing to narrow that part to one of these? "
     "(a) specific vessels, (b) corrective work orders only.", Kind.CLARIFICATION),
]


@pytest.mark.parametrize(("body", "expected"), INSTALLMENTS_AND_HOLDS,
                         ids=[f"installment-{n}" for n in range(len(INSTALLMENTS_AND_HOLDS))])
def test_installments_by_number_parts_held_for_payment_and_exemption_logs_are_read(body: str, expected: Kind) -> None:
    assert kind(body) == expected


def test_a_denial_because_the_records_do_not_exist_found_none() -> None:
    """Michigan's form denies a request for records that do not exist (MCL 15.235(5)(b)): nothing was found."""
    body = ("Your request is denied under MCL 15.235(5)(b) because, after a search of the Department's files, the "
            "public records you requested do not exist within the Department under the name given.")
    assert kind(body) == Kind.NO_RECORDS


def test_staff_sending_records_over_to_their_own_records_office_release_nothing_yet() -> None:
    body = ("Hi, our FOIA office asked me to pull together the study material for your request, so I wanted to let you "
            "know it's moving - I'm sending the final reports over to them this week for review.")
    assert kind(body) not in (Kind.RECORDS_FINAL, Kind.RECORDS_INTERIM)


@pytest.mark.parametrize("body", [
    "Because of the volume we will release records on a rolling basis. We anticipate a first interim release by "
    "March 20, 2026, and completion of your request by April 30, 2026.",
    "We are extending the response date to March 20, 2026. We will not be able to complete your request by March 20, "
    "2026 either; we expect to respond by April 30, 2026.",
])
def test_the_estimate_is_the_date_of_completion_not_of_a_first_part_or_a_date_it_will_miss(body: str) -> None:
    assert classify(letter(body), AGENCY).facts.estimated == dt.date(2026, 4, 30)


OFFICES_ELSEWHERE_AND_LATER = [
    # Kentucky's KRS 61.872(4) notice names the custodian who has the records; the request is closed here.
    ("Your request has been assigned OR-26-1209. The Sheriff's Office does not maintain the payroll records you "
     "describe. Pursuant to KRS 61.872(4), you are notified that the official custodian of those records is the "
     "Personnel Cabinet. Please direct your request to that office. We are closing OR-26-1209.", Kind.OTHER),
    ("Your request for overtime pay was submitted to the Records Unit. Payroll is kept by Finance. I have reassigned "
     "your request to the Finance data practices contact, who will respond to you under the same reference number.",
     Kind.OTHER),
    # A denial that says the records may be open later releases nothing now.
    ("Your request is denied. The recordings are the central evidence in an open criminal investigation and are "
     "exempt under KRS 61.878(1)(h). The records may be available for inspection after prosecution is completed.",
     Kind.DENIAL),
    # New Mexico's three-day letter, with "no charge" for what will come.
    ("This letter is sent as required by NMSA 1978, Section 14-2-8(D). The Office has located 11 recordings that "
     "must be reviewed and redacted before release. The Office will provide the recordings, or a further written "
     "response, on or before April 23, 2026. There is no charge for recordings delivered electronically.",
     Kind.EXTENSION),
]


@pytest.mark.parametrize(("body", "expected"), OFFICES_ELSEWHERE_AND_LATER,
                         ids=[f"elsewhere-{n}" for n in range(len(OFFICES_ELSEWHERE_AND_LATER))])
def test_custodians_elsewhere_reassignments_later_inspection_and_three_day_letters_are_read(body: str,
                                                                                            expected: Kind) -> None:
    assert kind(body) == expected


def test_a_subject_naming_an_estimate_does_not_take_the_first_date_of_the_letter() -> None:
    body = ("Thank you for clarifying your request on 3/2/2026. Additional time is needed to assemble the records. "
            "The County estimates the first installment of records will be available on or before 4/13/2026.")
    result = classify(letter(body, subject="Public Records Request :: R000914 - Estimated Response Date"), AGENCY)
    assert result.facts.estimated == dt.date(2026, 4, 13)


def test_a_forms_estimate_field_is_read() -> None:
    """Hawaii's model "Acknowledgment to Requester" form puts the date after a field's colon."""
    body = ("THE AGENCY WILL NEED ADDITIONAL TIME TO RESPOND TO YOUR REQUEST BECAUSE: [X] The request requires "
            "extensive agency efforts to search, review, or segregate the records. The agency estimates that it will "
            "send you a Notice to Requester, stating whether the records will be disclosed and the estimated fees, "
            "by: April 9, 2026.")
    assert classify(letter(body), AGENCY).facts.estimated == dt.date(2026, 4, 9)


def test_an_option_left_unticked_on_a_response_form_says_nothing() -> None:
    """Tennessee's and other states' response forms list every answer with a box; only the ticked one is said."""
    body = ("Please see the response form. RECORDS REQUEST RESPONSE. In response to your request, the following action "
            "has been taken: [ ] The requested records are available as follows: [ ] Your request is denied for the "
            "following reason: [X] It is not practicable to promptly provide the requested records because it is "
            "necessary to: [X] search for, identify and retrieve the requested records [X] review the records for "
            "confidential information. The time reasonably necessary to produce the records is: on or before April "
            "30, 2026.")
    result = classify(letter(body), AGENCY)
    assert (result.kind, result.facts.estimated) == (Kind.EXTENSION, dt.date(2026, 4, 30))
    assert "not practicable" in result.evidence


# What may not be disclosed, said of the review to come; a list provided beside what is withheld; a prepayment
# thanked for in a letter asking for more time; an earlier acknowledgment recalled; an exemption "to the extent".
LETTERS_AROUND_THE_DECISION = [
    ("The Department received your request on March 2, 2026. Because the Department anticipates that it will take more "
     "than ten working days to produce responsive records, this letter is sent under GP Section 4-203(b)(2). Records "
     "must be retrieved and reviewed for information that may not be disclosed. The Department expects to respond no "
     "later than April 23, 2026.", Kind.EXTENSION),
    ("This letter responds to your request received March 2, 2026. The Department is providing (1) a list of the 19 "
     "deaths in custody during the period and (2) its policy on review of in-custody deaths. The Department is "
     "withholding medical records and Internal Affairs investigative files, which are exempt under 29 Del. C. Section "
     "10002(o)(1).", Kind.RECORDS_FINAL),
    ("Thank you for your prepayment of $280.00, received March 9, 2026. Under Section 4-203(d) the time limits may be "
     "extended by up to 30 days with your consent. The Department asks that you agree to extend the deadline to "
     "respond to April 23, 2026.", Kind.EXTENSION),
    ("On March 2, 2026 this office acknowledged your request and advised that a determination could be expected by "
     "March 30. Each report must be reviewed before it can be released. The Commission is therefore unable to grant "
     "access within twenty business days of its acknowledgment and anticipates that it will grant or deny access by "
     "May 9, 2026.", Kind.EXTENSION),
    ("This letter acknowledges your request for restraint and seclusion data, received March 2, 2026. The Office will "
     "produce disclosable records within a reasonable time. Records concerning individual students are excepted from "
     "disclosure under IC 5-14-3-4(a)(3) to the extent they identify a student.", Kind.ACKNOWLEDGMENT),
]


@pytest.mark.parametrize(("body", "expected"), LETTERS_AROUND_THE_DECISION,
                         ids=[f"around-{n}" for n in range(len(LETTERS_AROUND_THE_DECISION))])
def test_letters_that_speak_around_the_decision_are_read_by_what_they_decide(body: str, expected: Kind) -> None:
    assert kind(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Texas: the agency asks the Attorney General for a ruling; its attached brief argues exceptions.
    ("Please find attached a copy of the City's letter to the Office of the Attorney General regarding your request. "
     "The City is asking for a ruling on whether some of the requested information may be withheld. Letter to the "
     "Open Records Division: the City claims the pricing terms are excepted from disclosure under section 552.104 of "
     "the Government Code.", Kind.EXTENSION),
    # ... and the letter after the ruling decides.
    ("As we notified you, the Department asked the Office of the Attorney General for a decision. The Attorney General "
     "has issued Open Records Letter Ruling OR2026-05127, concluding that the Department may withhold the requested "
     "information. Accordingly, the requested information is withheld in its entirety.", Kind.DENIAL),
    # A portal's header names the office, not records: "Public Records --- A response has been posted".
    ("Marlow County Schools - Public Records --- A response has been posted to your request 26-00417-F. Message from "
     "the Office of Public Records: the District has determined that it has no records responsive to your request.",
     Kind.NO_RECORDS),
])
def test_a_ruling_asked_for_and_a_portals_office_name_are_read(body: str, expected: Kind) -> None:
    assert kind(body) == expected


def test_a_clerks_shorthand_response_date_is_read() -> None:
    body = "Extension needed. Code Enforcement still pulling inspection files from storage. Response by 3/27/26."
    assert classify(letter(body, subject="C26-1187"), AGENCY).facts.estimated == dt.date(2026, 3, 27)


# A town office's small letters: a partial answer with the rest coming from a colleague, a cost promised before
# anything is sent, a clerk's computed total held until the check arrives.
SMALL_OFFICES = [
    ("Hi, the 2025 dispatch logs are attached. Marcy in the chief's office has the overtime sheets and she'll send "
     "those to you separately.\n\nTom", Kind.RECORDS_INTERIM),
    ("This letter acknowledges your request of March 3 for the 2025 minutes. The Town expects to have the copies "
     "ready by March 27, 2026. Copies are $0.15 per page, and staff time after the first two hours may be charged. "
     "We will let you know the total cost before anything is mailed.", Kind.ACKNOWLEDGMENT),
    ("Your request is logged. We will tell you the estimated fees before any work starts.", Kind.ACKNOWLEDGMENT),
    ("Your copies of the road contracts are ready: 52 pages at $.25 = $13.00. Drop a check at the office or mail it "
     "and we'll email the scans when it comes in.", Kind.FEE_ESTIMATE),
]


@pytest.mark.parametrize(("body", "expected"), SMALL_OFFICES, ids=[f"small-{n}" for n in range(len(SMALL_OFFICES))])
def test_small_offices_partial_answers_promised_costs_checks_and_closures_are_read(body: str, expected: Kind) -> None:
    assert kind(body) == expected


def test_a_date_the_office_logged_as_received_beats_when_the_mail_arrived() -> None:
    body = ("Your email came in after business hours on Friday, March 6, so it has been recorded as received on "
            "Monday, March 9, 2026. We will respond within five business days.")
    assert classify(letter(body), AGENCY).facts.received == dt.date(2026, 3, 9)



# Universities' and state offices' letters: a cost already within what we approved, a deposit asked before a review
# whose redactions are to come, a portal's "posted a response" over a letter finding nothing, Texas's "information"
# for records, and the law's list of answers read as a list.
WHAT_THE_LETTER_DECIDES = [
    ("We located 9 reports. Some involve open cases and need legal review, so we cannot provide them within three "
     "business days; we expect to provide them by March 20, 2026. Estimated cost: $12.50 (1 hour at $12.50/hour). "
     "As this is within the $25 you approved in your request, we are going ahead.", Kind.EXTENSION),
    ("The Records Office has posted a response to public records request R001733-030226. The Police Department "
     "searched its records system and located no reports with that offense code. The Office therefore has no records "
     "responsive to your request. This request is now closed.", Kind.NO_RECORDS),
    ("Attached is the information responsive to your request: 1. The concession agreement; 2. The 2025 amendment. "
     "For item 3, the District has no such agreement, so no information responsive to that item exists. This "
     "completes our response.", Kind.RECORDS_FINAL),
]


@pytest.mark.parametrize(("body", "expected"), WHAT_THE_LETTER_DECIDES,
                         ids=[f"decides-{n}" for n in range(len(WHAT_THE_LETTER_DECIDES))])
def test_what_a_university_or_state_letter_decides_is_read(body: str, expected: Kind) -> None:
    assert kind(body) == expected


def test_redactions_to_come_in_a_letter_asking_a_deposit_for_the_review_are_no_denial() -> None:
    """The alert names no denial as the runner-up: what "will be redacted" is the review the deposit pays for."""
    body = ("An initial search returned about 900 messages. We estimate 5 hours of review at $30.00 per hour, for a "
            "total of $150.00. Student identifying information is exempt under section 1002.225, Florida Statutes, "
            "and will be redacted. If you would like us to proceed, please submit a deposit of $150.00.")
    result = classify(letter(body), AGENCY)
    assert (result.kind, result.runner_up) == (Kind.FEE_ESTIMATE, None)


def test_the_laws_list_of_possible_answers_takes_no_extension() -> None:
    """Michigan's acknowledgment names every answer the Act allows; it extends nothing."""
    body = ("Your request is considered received on March 3, 2026. The County will respond within five business "
            "days, on or before March 10, 2026, by granting the request, denying it, granting it in part, or issuing "
            "a notice extending the response period as the Act allows.")
    result = classify(letter(body), AGENCY)
    assert (result.kind, result.facts.extension_taken, result.facts.stated_due) == \
        (Kind.ACKNOWLEDGMENT, False, dt.date(2026, 3, 10))


def test_an_after_hours_arrival_is_not_the_date_the_office_received_it() -> None:
    body = ("Your email arrived after close of business on Friday, March 6; our office received it on Monday, March 9, "
            "2026. We will notify you of our determination within 10 days of receipt.")
    assert classify(letter(body), AGENCY).facts.received == dt.date(2026, 3, 9)


def test_texas_certification_of_the_date_information_will_be_made_available_is_read() -> None:
    body = ("Under section 552.221(d) the District certifies that it cannot produce the requested information within "
            "ten business days. The District will make the information available to you on or before 5:00 p.m. on "
            "April 2, 2026.")
    assert classify(letter(body), AGENCY).facts.estimated == dt.date(2026, 4, 2)


# A person's answer in parts, and a denial that points to what a court already holds.
PEOPLE_AND_POINTERS = [
    ("Hi, the clerk passed your request over to me. Attached is what our payroll system shows for the deputy's titles "
     "and pay since 2015. The complaint files I have to run by county counsel first; I'll circle back once I hear "
     "from them.", Kind.RECORDS_INTERIM),
    ("This is the final response to your request. Your request is denied: the investigative files are withheld "
     "under Exemption 7(A). Copies of the court documents in the related lawsuit are available through PACER. You "
     "may appeal within 90 days.", Kind.DENIAL),
    ("Attached is what we need from you before we can search: a signed request form.", Kind.CLARIFICATION),
]


@pytest.mark.parametrize(("body", "expected"), PEOPLE_AND_POINTERS,
                         ids=[f"people-{n}" for n in range(len(PEOPLE_AND_POINTERS))])
def test_a_persons_answer_in_parts_and_a_denial_pointing_to_court_records_are_read(body: str, expected: Kind) -> None:
    assert kind(body) == expected


def test_arranging_a_visit_to_inspect_records_is_no_question_about_the_request() -> None:
    body = ("The permits you asked about are on file in this office and you may inspect them at the counter. Please "
            "let us know what day you plan to come so we can have them pulled for you.")
    assert kind(body) == Kind.OTHER


def test_a_determination_granting_in_part_that_waits_for_a_deposit_is_a_fee_letter() -> None:
    body = ("The Office has completed its review and your request is granted in part: the contracts will be "
            "released in full and the incident reports with juvenile names redacted. Estimated fees: 8 hours x $20.00 "
            "= $160.00. A deposit of 25% of the estimate ($40.00) is required before the Office begins this work.")
    assert kind(body) == Kind.FEE_ESTIMATE


@pytest.mark.parametrize(("body", "estimated"), [
    # Georgia: the three-day letter gives the time "within" and its date.
    ("Records responsive to your request exist. They will be available within twenty (20) business days, on or "
     "before April 7, 2026.", dt.date(2026, 4, 7)),
    # Louisiana: the custodian certifies the records are in use and fixes the day of the answer.
    ("I hereby certify that the requested records are in active use, and I fix Thursday, April 2, 2026, at 9:00 a.m. "
     "as the date and hour on which the Office will state its determination.", dt.date(2026, 4, 2)),
])
def test_the_date_a_three_day_letter_fixes_is_the_estimate(body: str, estimated: dt.date) -> None:
    assert classify(letter(body), AGENCY).facts.estimated == estimated


# A town clerk's last batch, a mail client taking a letter back, and what a record itself says about money.
TOWN_AND_CLIENT = [
    ("Hi, here's the rest of what you asked for: the pump station logs and the final engineering report. No charge "
     "for any of this.\n\nThe report: ... replacing 3 miles of main over ten years at an estimated cost of $9.4 "
     "million ...", Kind.RECORDS_FINAL),
    ("Thanks for the call. As we discussed, attached are:\n- the restraint procedure, and\n- the counts for 2024-25.\n"
     "The 2025-26 counts are still being validated and should be ready in a few weeks.", Kind.RECORDS_INTERIM),
    ("Smith, Pat [DNR] would like to recall the message, \"ORR-2026-0412 - Fee Estimate\".", Kind.OTHER),
]


@pytest.mark.parametrize(("body", "expected"), TOWN_AND_CLIENT, ids=[f"town-{n}" for n in range(len(TOWN_AND_CLIENT))])
def test_a_last_batch_a_recall_and_a_records_own_figures_are_read(body: str, expected: Kind) -> None:
    subject = "Recall: ORR-2026-0412 - Fee Estimate" if expected == Kind.OTHER else "records"
    assert kind(body, subject) == expected


@pytest.mark.parametrize(("body", "estimated"), [
    ("We got your request. The lab results are still out; right now we're looking at the end of April, probably "
     "around April 24.", dt.date(2026, 4, 24)),
    ("NOTICE OF RESPONSE. [X] The request is acknowledged; more time is needed. Estimated date the Office will "
     "respond: April 17, 2026.", dt.date(2026, 4, 17)),
    ("The earliest date on which the records custodian anticipates a response, with any records that can be "
     "released, is April 20, 2026.", dt.date(2026, 4, 20)),
])
def test_estimates_in_a_clerks_words_and_on_forms_are_read(body: str, estimated: dt.date) -> None:
    assert classify(letter(body), AGENCY).facts.estimated == estimated


def test_a_last_batch_that_keeps_a_draft_back_opens_the_appeal_window(tmp_path: Path) -> None:
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text("agencies:\n  - {id: oakfield, name: City of Oakfield, jurisdiction: US-IA,"
                        " domains: [oakfield.example.gov]}\n")
    requests = tmp_path / "requests.yaml"
    requests.write_text("requests:\n  - {id: R-1, agency: oakfield, subject: 'Records request: water main break',"
                        " sent: 2026-03-02, message_id: '<r-1@desk.example.org>'}\n")
    path = tmp_path / "last.eml"
    path.write_bytes(b"From: Clerk <clerk@oakfield.example.gov>\r\nTo: desk@desk.example.org\r\nSubject: Re: Records "
                      b"request: water main break\r\nIn-Reply-To: <r-1@desk.example.org>\r\nDate: Mon, 16 Mar 2026 "
                      b"10:00:00 -0500\r\nMessage-ID: <last@oakfield.example.gov>\r\nContent-Type: text/plain\r\n\r\n"
                      b"Here is the rest of what you asked for: the final assessment. Our city attorney says we are "
                      b"not releasing the earlier draft. I think that is everything on your request.\r\n")
    (outcome,) = replay_files([path], agencies, requests)
    assert outcome.kind == "records_final" and outcome.appeal_due is not None


# Offices that answer in Spanish (Puerto Rico, the Southwest): the same kinds in the words of Spanish
# administrative letters.
SPANISH = [
    ("Acusamos recibo de su solicitud de información pública, la cual quedó registrada con el número 26-00417-F.",
     Kind.ACKNOWLEDGMENT),
    ("Le notificamos una prórroga de diez (10) días laborables adicionales para completar la búsqueda de los "
     "documentos solicitados.", Kind.EXTENSION),
    ("Estimado de costos: 120 páginas x $0.25 = $30.00. Favor de indicarnos si acepta el cargo antes de continuar.",
     Kind.FEE_ESTIMATE),
    ("Para poder tramitar su solicitud, favor de especificar el periodo de tiempo y la unidad a la que se refiere.",
     Kind.CLARIFICATION),
    ("Luego de una búsqueda en nuestros archivos, no se encontraron documentos que respondan a su solicitud.",
     Kind.NO_RECORDS),
    ("Su solicitud queda denegada, ya que los expedientes de investigación son confidenciales por ley.", Kind.DENIAL),
    ("Adjunto encontrará los informes solicitados. Con esta entrega damos por atendida su solicitud.",
     Kind.RECORDS_FINAL),
    ("Se adjuntan los contratos del año 2025. Los documentos restantes se enviarán cuando concluya la revisión.",
     Kind.RECORDS_INTERIM),
]


@pytest.mark.parametrize(("body", "expected"), SPANISH, ids=[f"es-{n}" for n in range(len(SPANISH))])
def test_letters_in_spanish_are_read(body: str, expected: Kind) -> None:
    assert kind(body, "Solicitud de información pública 26-00417-F") == expected


@pytest.mark.parametrize(("body", "received", "estimated"), [
    ("Hacemos referencia a su solicitud de información pública recibida en esta Oficina el 2 de marzo de 2026. "
     "Estimamos completar la entrega a más tardar el 14 de abril de 2026.", dt.date(2026, 3, 2), dt.date(2026, 4, 14)),
    ("Acusamos recibo de su solicitud. Fecha de recibo: 4 de marzo. Los documentos estarán disponibles a más tardar "
     "el 1ro de abril.", dt.date(2026, 3, 4), dt.date(2026, 4, 1)),
])
def test_dates_written_in_spanish_are_read(body: str, received: dt.date, estimated: dt.date) -> None:
    facts = classify(letter(body, "Solicitud de información pública 26-00417-F"), AGENCY).facts
    assert (facts.received, facts.estimated) == (received, estimated)


def test_a_spanish_deadline_the_law_sets_is_no_estimate() -> None:
    body = ("Recibimos su solicitud el 9 de marzo de 2026. Conforme a la ley, el Municipio responderá a su "
            "solicitud a más tardar el 23 de marzo de 2026.")
    facts = classify(letter(body, "Solicitud 26-00417-F"), AGENCY).facts
    assert (facts.received, facts.estimated) == (dt.date(2026, 3, 9), None)


# Public money offices: claims and vouchers are records, a one-line note over a spreadsheet releases it, a first part
# released with the rest waiting on a ruling is a part, an earlier interim response recalled is no release, and
# "your narrowed request" is one we already sent.
PUBLIC_MONEY = [
    ("Attached are the Treasurer's travel claims for FY 2025. The FY 2026 claims are being pulled from the Controller "
     "and will be sent when we receive them.", Kind.RECORDS_INTERIM),
    ("Please see the attached spreadsheet.", Kind.RECORDS_FINAL),
    ("Attached are the committee minutes for 2023 through 2026, responsive to the first part of your request. The fee "
     "information is the subject of our pending request for an Attorney General decision, and your request will "
     "remain open until then.", Kind.RECORDS_INTERIM),
    ("The Board has notified the licensee that the records may contain trade secrets; it has five business days to "
     "give its views. The Board's final response remains due on or before April 23, 2026, as stated in its interim "
     "response of March 23, 2026.", Kind.EXTENSION),
    ("Per your narrowed request, attached are the 2025 suspension orders (9 orders). We are still pulling the "
     "application files and I expect to send those in the next few weeks.", Kind.RECORDS_INTERIM),
]


@pytest.mark.parametrize(("body", "expected"), PUBLIC_MONEY, ids=[f"money-{n}" for n in range(len(PUBLIC_MONEY))])
def test_public_money_offices_letters_are_read(body: str, expected: Kind) -> None:
    assert kind(body, "RE: Records request 26-00417-F") == expected


@pytest.mark.parametrize(("body", "estimated"), [
    ("Section 89(5) requires us to notify the submitters first. We will grant or deny access to the records, in whole "
     "or in part, on or before April 20, 2026.", dt.date(2026, 4, 20)),
    ("The Division needs additional time to review the records and requires an extension of time to respond to your "
     "request until April 1, 2026.", dt.date(2026, 4, 1)),
])
def test_the_date_of_a_determination_promised_or_of_an_extension_until_is_the_estimate(
        body: str, estimated: dt.date) -> None:
    assert classify(letter(body), AGENCY).facts.estimated == estimated


@pytest.mark.parametrize("sentence", [
    "Under 65 P.S. § 67.901 the County will respond within five business days, or notify you that additional time is "
    "required under § 67.902.",
    "We will make a determination within five business days or advise you in writing that an extension of thirty days "
    "is needed.",
])
def test_an_acknowledgment_naming_the_extension_as_the_other_branch_takes_none(tmp_path: Path, sentence: str) -> None:
    outcome = replayed(tmp_path, "US-PA", "Your Right-to-Know request was received on March 2, 2026. " + sentence,
                       "Tue, 3 Mar 2026 10:00:00 -0500")
    # five business days from Monday, March 2: Monday, March 9 (no extension of thirty days)
    assert (outcome.kind, outcome.due) == ("acknowledgment", dt.date(2026, 3, 9))


def test_what_requests_sometimes_need_is_no_extension_taken(tmp_path: Path) -> None:
    body = ("This acknowledges your FOIA request, received March 2, 2026. Requests involving several districts "
            "sometimes need more than 20 working days; requests for fire records typically require additional time.")
    outcome = replayed(tmp_path, "US", body, "Wed, 4 Mar 2026 10:00:00 -0500")
    # twenty working days from March 2: March 30, with no ten-day extension added
    assert (outcome.kind, outcome.due) == ("acknowledgment", dt.date(2026, 3, 30))


@pytest.mark.parametrize(("body", "received"), [
    ("The Department acknowledges receipt of your public records request as of today, March 9, 2026, and will make "
     "the records available within thirty days.", dt.date(2026, 3, 9)),
    ("Your request reached us on March 6, 2026 when you re-sent it to the correct address. It has been assigned "
     "26-00417-F.", dt.date(2026, 3, 6)),
])
def test_a_receipt_acknowledged_as_of_a_date_or_a_request_that_reached_us_states_receipt(
        body: str, received: dt.date) -> None:
    assert classify(letter(body), AGENCY).facts.received == received


@pytest.mark.parametrize("body", [
    "Attached is the Division's response: the harvest survey table. This is a partial denial. You may appeal within 30 "
    "days of the date of this response.",
    "Attached are the inspection results by site. Owner names, home addresses and license numbers have been removed "
    "from the table. You may appeal within 30 days of the date of this response.",
])
def test_a_final_release_that_says_what_was_kept_back_opens_the_appeal_window(tmp_path: Path, body: str) -> None:
    outcome = replayed(tmp_path, "US-UT", body, "Mon, 16 Mar 2026 10:00:00 -0500")
    assert outcome.kind == "records_final" and outcome.appeal_due is not None


# Oversight offices: a part of the records sent to the office they came from, a closure that says it is no denial, a
# search that found nothing beside a pointer to published reports, a clerk's first item, a notice to third parties
# that moves the date.
OVERSIGHT = [
    ("Your request remains on hold pending your response to our fee letter. Because 40 pages of the responsive "
     "material originated with the Defense Audit Agency, we have referred them to that agency's FOIA office for a "
     "release determination and direct response to you. No records are being released with this letter.",
     Kind.OTHER),
    ("We advised you on March 2 that the estimated fees were $310.00 and asked whether you agreed to pay them. We have "
     "not received a response. Accordingly, your request has been administratively closed. This closure is not a "
     "denial of your request; you may submit a new request at any time.", Kind.OTHER),
    ("This is the final response to your request. The Office of Audit searched its workpaper system and located no "
     "records responsive to your request. Our published audit reports are available to the public at "
     "oig.example.gov. You may appeal this response within 90 days.", Kind.NO_RECORDS),
    ("Hi, here's item 2 - the vendor payment register for FY 2025. The email search for item 3 came back large and I'm "
     "going through it now; I'll send the rest when that's done.", Kind.RECORDS_INTERIM),
    ("Before releasing the investigation reports, the Commission is giving notice to the persons named in them so "
     "that they may seek a court order. Unless one is obtained, the Commission will release the final installment "
     "no earlier than April 20, 2026. This is our revised estimate for completing your request.", Kind.EXTENSION),
    # A federal count of what goes out, beside pages withheld and a pointer to the regulations on the web.
    ("A total of 212 pages were located. Of those pages, the Office has determined that 40 pages are releasable in "
     "their entirety, 160 pages are partially releasable pursuant to exemptions (b)(6) and (b)(7)(C), and 12 pages "
     "are withheld in full pursuant to exemption (b)(7)(E). Copies of the FOIA regulations are available at "
     "www.oig.example.gov/foia.", Kind.RECORDS_FINAL),
]


@pytest.mark.parametrize(("body", "expected"), OVERSIGHT, ids=[f"oversight-{n}" for n in range(len(OVERSIGHT))])
def test_oversight_offices_letters_are_read(body: str, expected: Kind) -> None:
    assert kind(body, "FOIA request 26-00417-F") == expected


def test_the_date_after_which_a_final_installment_goes_out_is_the_estimate() -> None:
    body = OVERSIGHT[4][0]
    assert classify(letter(body), AGENCY).facts.estimated == dt.date(2026, 4, 20)


# County offices: a portal's account mail is about no request; a first set with a date for the rest; a date a
# response "is expected" by.
COUNTY = [
    ("A request was received to reset the password for the Public Records Center account associated with this email "
     "address. If you made this request, click here to choose a new password. The link expires in 24 hours.",
     Kind.OTHER),
    ("Welcome to the Records Center. Please verify your email address to activate your account.", Kind.OTHER),
    # ... but an account mail that receives a request of ours is its acknowledgment.
    ("Your public records request R002318-090826 has been received. To follow it online, verify your email address.",
     Kind.ACKNOWLEDGMENT),
    ("The County is providing a first set of records responsive to your request: the placement logs for January "
     "through June 2025. The County will provide the remaining logs (July 2025 to the present) by April 20, 2026.",
     Kind.RECORDS_INTERIM),
]


@pytest.mark.parametrize(("body", "expected"), COUNTY, ids=[f"county-{n}" for n in range(len(COUNTY))])
def test_county_offices_and_their_portals_letters_are_read(body: str, expected: Kind) -> None:
    assert kind(body, "Public Records Request :: R002318-090826") == expected


@pytest.mark.parametrize(("body", "estimated"), [
    ("The County requires additional time to respond, as permitted by law. A response is expected on or before "
     "April 17, 2026.", dt.date(2026, 4, 17)),
    (COUNTY[-1][0], dt.date(2026, 4, 20)),
])
def test_the_date_a_response_or_the_rest_is_expected_by_is_the_estimate(body: str, estimated: dt.date) -> None:
    assert classify(letter(body), AGENCY).facts.estimated == estimated


def test_a_final_letter_that_denies_one_item_opens_the_appeal_window(tmp_path: Path) -> None:
    outcome = replayed(tmp_path, "US-NY", "Attached are the enrollment counts by town and month. That completes your "
                       "request. The enrollee list identifies owners, so the list is denied under Public Officers Law "
                       "87(2)(b).", "Mon, 16 Mar 2026 10:00:00 -0400")
    assert outcome.kind == "records_final" and outcome.appeal_due is not None


# Texas's letters to the Attorney General and what comes of them, federal decisions about how a request is handled,
# and West Coast determination and installment letters.
RULINGS_AND_INSTALLMENTS = [
    ("The City believes portions of the records are excepted from disclosure under section 552.108 and has today "
     "asked the Office of the Attorney General for a decision. A copy of our request to the Attorney General is "
     "enclosed; the records themselves are submitted to that office only.", Kind.EXTENSION),
    ("Attached are the documents we are releasing now: the service contracts and the cleanup schedules. The remaining "
     "responsive information, the site security assessments, is the subject of a request for a decision from the "
     "Attorney General.", Kind.RECORDS_INTERIM),
    ("Attached and posted to the Public Information Center are the responsive records that are not the subject of a "
     "ruling request: the inspection reports. We have asked the Attorney General for a decision on the rest; our "
     "letter to the Attorney General is attached. The remaining information will be released or withheld in "
     "accordance with the ruling.", Kind.RECORDS_INTERIM),
    ("The Attorney General has ruled that the City may withhold the sensor locations. Accordingly, the City is "
     "releasing the contract, its amendments and the monthly alert counts (attached). This completes the City's "
     "response to your request.", Kind.RECORDS_FINAL),
    ("The Attorney General concluded that the City may withhold the remaining information. Accordingly, the City will "
     "not release the remaining information. This request is now closed.", Kind.DENIAL),
    ("Your request for expedited processing is therefore denied. This decision concerns only the order in which your "
     "request is processed. It is not a decision on the records you asked for. You may appeal the denial of "
     "expedited processing within 90 days.", Kind.OTHER),
    ("Your request for a fee waiver is therefore denied, and you are placed in the all other requesters category. "
     "This letter is not a decision on the records themselves; we are continuing to process your request. Fees, if "
     "any, may be assessed when the search is complete.", Kind.OTHER),
    ("The first installment for PRR 26-0418 is ready: 214 pages x $0.10 = $21.40. Please pay by check or by card "
     "over the phone before we release the installment.", Kind.FEE_ESTIMATE),
    ("Installment 2 is taking longer than I estimated, because the minutes have to be reviewed by the legal advisor. "
     "My revised estimate for installment 2 is April 29, 2026.", Kind.EXTENSION),
    ("This is the City's determination on your request received March 2. Items 1 and 2: the City has disclosable "
     "records. The City estimates that these records will be made available to you on or before April 23, 2026.\n\n"
     "-- \nYou received this message because you are subscribed to the Google Groups \"Records Desk\" group.",
     Kind.EXTENSION),
]


@pytest.mark.parametrize(("body", "expected"), RULINGS_AND_INSTALLMENTS,
                         ids=[f"ruling-{n}" for n in range(len(RULINGS_AND_INSTALLMENTS))])
def test_ruling_procedural_and_installment_letters_are_read(body: str, expected: Kind) -> None:
    assert kind(body, "Public Information Request 26-00417-F") == expected


def test_a_reply_subject_naming_an_earlier_installment_does_not_make_a_no_records_letter_one() -> None:
    body = ("Following up on the second part of your request. Procurement and the police records unit searched for "
            "contractor incident reports and found none. So there are no further responsive records and I am closing "
            "the request.")
    assert kind(body, "RE: OR26-1188 - first installment") == Kind.NO_RECORDS


def test_a_heads_up_about_timing_that_asks_nothing_is_no_question() -> None:
    body = ("I'm the FOIA specialist handling your request and wanted to give you a heads-up about timing. Before we "
            "can disclose information that identifies a manufacturer, the law requires us to notify the firm and give "
            "it at least 15 days to comment. We have started that process for nine firms and will release records as "
            "each review closes. Nothing is needed from you right now. If you want to prioritize particular firms, "
            "just let me know.")
    assert kind(body) != Kind.CLARIFICATION


@pytest.mark.parametrize(("body", "estimated"), [
    ("We are extending the response time by 10 working days. Realistically we are looking at a first release in late "
     "March and completion by April 19, 2026.", dt.date(2026, 4, 19)),
    ("Under RCW 42.56.520(1)(c), the Port estimates that it will respond to your request, with either a first "
     "installment of records or a final response, by April 30, 2026.", dt.date(2026, 4, 30)),
    ("I certify that the Department cannot produce the requested information within ten business days. The "
     "Department has set Friday, April 10, 2026, by 5:00 p.m., as the date and hour by which the information will be "
     "available to you.", dt.date(2026, 4, 10)),
])
def test_a_completion_date_a_five_day_estimate_and_a_date_an_office_sets_are_the_estimate(
        body: str, estimated: dt.date) -> None:
    result = classify(letter(body), AGENCY)
    assert result.facts.estimated == estimated and result.kind != Kind.DENIAL


# Courts and bodies the records law does not reach, offices holding confidential records, and prosecutors.
BEYOND_THE_LAW = [
    ("I should explain first that the Freedom of Information Act does not apply to the federal courts. We therefore "
     "cannot process your email as a FOIA request, and this office has no FOIA appeal process. The court may release "
     "the amount paid to appointed counsel once a case has concluded.", Kind.DENIAL),
    ("We searched our case management system for these two cause numbers and got no results. Please double-check "
     "them.", Kind.NO_RECORDS),
    ("Your quarterly statement for the period January 1 - March 31, 2026 is available. Log in to Manage My Account to "
     "view it. Because your usage did not exceed $30.00 in the quarter, no payment is due.", Kind.OTHER),
    ("Attached are the monthly caseload reports by office, January 2023 through February 2026. Human Resources is "
     "finishing its review of the vacancy and hiring data, which will follow.", Kind.RECORDS_INTERIM),
    ("Documents have been released for request PRA-2026-0731. Released today: a spreadsheet of closed consumer "
     "complaints. Item 2 (market conduct examination reports) remains under review.", Kind.RECORDS_INTERIM),
]


@pytest.mark.parametrize(("body", "expected"), BEYOND_THE_LAW, ids=[f"beyond-{n}" for n in range(len(BEYOND_THE_LAW))])
def test_letters_from_courts_and_confidential_record_holders_are_read(body: str, expected: Kind) -> None:
    assert kind(body, "RE: Records request 26-00417-F") == expected


def test_a_clerks_plan_for_a_first_batch_releases_nothing_yet() -> None:
    body = ("Thanks for the call. This is going to take longer than I'd hoped: the older files are in offsite storage. "
            "I'm now looking at a first batch around April 4, with the rest likely in May.")
    result = classify(letter(body), AGENCY)
    assert result.kind != Kind.RECORDS_INTERIM and result.facts.estimated == dt.date(2026, 4, 4)


@pytest.mark.parametrize(("body", "estimated"), [
    ("The Department will therefore respond within the additional seven work days allowed by law, on or before "
     "March 19, 2026.", dt.date(2026, 3, 19)),
    ("Our letter of March 2 estimated a determination on your request by March 30, 2026. The counts must be reviewed "
     "first, so we now expect to respond on or before April 30, 2026.", dt.date(2026, 4, 30)),
    ("This Office previously estimated that it would respond to your request by March 20, 2026. We now anticipate "
     "responding on or before April 17, 2026.", dt.date(2026, 4, 17)),
    ("The Department will need an additional seven (7) working days, until March 19, 2026, to respond.",
     dt.date(2026, 3, 19)),
    ("The Department is extending the time to determine whether your request seeks disclosable records by fourteen "
     "(14) days, to March 26, 2026.", dt.date(2026, 3, 26)),
])
def test_a_new_date_replaces_an_earlier_estimate_and_an_extension_until_a_date_is_read(
        body: str, estimated: dt.date) -> None:
    assert classify(letter(body), AGENCY).facts.estimated == estimated


def test_a_body_the_law_does_not_reach_opens_no_appeal_window(tmp_path: Path) -> None:
    outcome = replayed(tmp_path, "US", BEYOND_THE_LAW[0][0], "Mon, 9 Mar 2026 10:00:00 -0500")
    assert outcome.kind == "denial" and outcome.appeal_due is None
    # A denial that says something else "does not apply" keeps its window.
    body = ("Your request is denied under exemption (b)(5). The fee schedule does not apply to the Office's own staff "
            "time. You may appeal within 90 days.")
    outcome = replayed(tmp_path, "US", body, "Mon, 9 Mar 2026 10:00:00 -0500")
    assert outcome.kind == "denial" and outcome.appeal_due is not None


# Transit and development offices: a camera that overwrites "on a rolling basis" releases nothing; records sent with
# the rest to follow the Attorney General's ruling are a part.
AUTHORITIES = [
    ("I checked with our Video Evidence Unit: the coach DVRs overwrite on a rolling basis, roughly 72 hours of "
     "service. Nobody pulled video from the Route 7 coach for March 2, so there is no responsive footage - it was "
     "overwritten before your request came in.", Kind.NO_RECORDS),
    ("Attached are the grant agreement and its two amendments. The compliance reports contain information the company "
     "marked as proprietary, and today we asked the Attorney General for a decision. We will release the remaining "
     "records in accordance with that ruling.", Kind.RECORDS_INTERIM),
    # A deposit never paid: the request "is therefore considered abandoned" is closed, not a fee letter.
    ("On March 2 the University sent you a notice requiring a good-faith deposit of $243.12. The University has not "
     "received the deposit within 45 days of that notice, and your request is therefore considered abandoned and has "
     "been closed.", Kind.DENIAL),
    # Archives: "no responsive Presidential records", files destroyed under a retention schedule.
    ("This is our final response to your FOIA request. After a search of the subject files, we located no responsive "
     "Presidential records. You may appeal within 90 days.", Kind.NO_RECORDS),
    ("The Department does not have the correspondence you asked for. Project correspondence was kept under General "
     "Retention Schedule item 1717 and the files were destroyed in March 2019.", Kind.NO_RECORDS),
]


@pytest.mark.parametrize(("body", "expected"), AUTHORITIES, ids=[f"authority-{n}" for n in range(len(AUTHORITIES))])
def test_transit_and_development_offices_letters_are_read(body: str, expected: Kind) -> None:
    assert kind(body, "RE: Public records request 26-4471") == expected


def test_a_request_number_a_portal_labels_is_read_for_an_agency_with_no_number_format() -> None:
    archives = Agency(id="archives", name="State Archives", jurisdiction="US-UT", domains=["archives.example.gov"])
    body = ("Your records request has been received by the Division of Archives. | Request Number: | 331875 Date "
            "Received: | 03/09/2026")
    received = letter(body, "GRAMA Request Received - Request #331875")
    assert classify(received, archives).facts.tracking_number == "331875"
    # ... but not a bare figure in a letter: "the 2,412 pages" or a zip code is no request's number.
    plain = letter("The 41,250 pages are stored off-site in Salt Lake City, UT 84114.", "Your GRAMA request")
    assert classify(plain, archives).facts.tracking_number is None


def test_a_received_date_that_closes_a_long_sentence_is_read() -> None:
    body = ("The Library received your FOIA request for records of the President's Council on Year 2000 Conversion "
            "relating to state and local government outreach on March 3, 2026. It was routed to us from College Park.")
    assert classify(letter(body), AGENCY).facts.received == dt.date(2026, 3, 3)
    held = body.replace("outreach on", "outreach meetings held on")  # the request's own subject, not its receipt
    assert classify(letter(held), AGENCY).facts.received is None


def test_a_date_before_the_request_was_sent_does_not_restart_its_clock(tmp_path: Path) -> None:
    # Kentucky: five business days. Our request went out Monday, March 2.
    named = replayed(tmp_path, "US-KY", "We received your request for the minutes of the board meeting held on "
                     "February 20, 2026. It has been assigned to a records clerk.", "Wed, 04 Mar 2026 09:00:00 -0500")
    assert named.kind == "acknowledgment"
    assert named.due == dt.date(2026, 3, 9)  # from March 2, not from February 20
    later = replayed(tmp_path, "US-KY", "We received your request on March 3, 2026. It has been assigned to a "
                     "records clerk.", "Wed, 04 Mar 2026 09:00:00 -0500")
    assert later.due == dt.date(2026, 3, 10)


# A state's response form: what the ticked box says, not the options left empty, nor the form's title.
FORM = ("Please see the attached Records Request Response.\n\nRECORDS REQUEST RESPONSE\nMarlow County Sheriff's Office"
        "\nDate: March 10, 2026   Request received: March 9, 2026\n{records} The records are available and will be "
        "produced as described below.\n{denied} Your request is denied for the following reason: the statute gives "
        "the right of inspection to residents of the Commonwealth.\n{time} Additional time is reasonably necessary "
        "to produce the records, which is estimated to be on or before April 3, 2026.")


@pytest.mark.parametrize(("ticks", "expected"), [
    ({"records": "[ ]", "denied": "[X]", "time": "[ ]"}, Kind.DENIAL),
    ({"records": "[ ]", "denied": "[ ]", "time": "[x]"}, Kind.EXTENSION),
    ({"records": "☒", "denied": "☐", "time": "☐"}, Kind.RECORDS_FINAL),
])
def test_a_response_form_is_read_by_its_ticked_box(ticks: dict[str, str], expected: Kind) -> None:
    assert kind(FORM.format(**ticks)) == expected


REFUSED_RESIDENCY = [
    "Our Open Records Act gives the right to inspect public records to residents of this state. Your request came "
    "from an organization in Oregon and does not say you live here, so the Office is declining it.",
]


@pytest.mark.parametrize("body", REFUSED_RESIDENCY)
def test_a_refusal_of_an_out_of_state_requester_is_a_denial(body: str) -> None:
    assert kind(body) == Kind.DENIAL


RELEASE_AND_RULING = [
    "Today the County is releasing 14 emails, which have been posted to your account. The County has asked the "
    "Office of the Attorney General for a decision on the remaining messages.",
    "Attached is the first release of information responsive to your request: the vendor payment ledger. The "
    "contract exhibits are the subject of a request for a decision from the Attorney General.",
    "Records responsive to part of request 26-00417-F have been released in the portal. You will be notified when "
    "the ruling is issued and the remaining information is released.",
]


@pytest.mark.parametrize("body", RELEASE_AND_RULING)
def test_a_release_with_the_rest_awaiting_a_ruling_is_an_interim_one(body: str) -> None:
    assert kind(body) == Kind.RECORDS_INTERIM


MORE_TO_COME_INFORMALLY = [
    "Attached are the inspection sheets for 2025. Marcy is still scanning the 2024 binders; we should have them to "
    "you by next Friday.",
    "Here are the minutes you asked for. The emails I sent over to the town attorney, who wants to look at them "
    "first. Someone from her office will be in touch.",
    "I'm sending our office's emails, 22 pages, attached. The other offices are still working on it, and the clerk "
    "will post their records in the portal when they come in.",
]


@pytest.mark.parametrize("body", MORE_TO_COME_INFORMALLY)
def test_a_release_with_an_informal_word_that_more_is_coming_is_an_interim_one(body: str) -> None:
    assert kind(body) == Kind.RECORDS_INTERIM


def test_records_posted_to_the_portal_beside_a_withholding_are_a_final_release() -> None:
    body = ("This is the Office's final response to request 26-00417-F. The remaining deputy training rosters for "
            "the 2024-25 and 2025-26 academies have been posted to the portal. The Office is withholding the "
            "medical files of individual recruits under KRS 61.878(1)(a).")
    assert kind(body) == Kind.RECORDS_FINAL


def test_a_form_to_fill_in_before_the_work_starts_is_a_question() -> None:
    body = ("Please complete the attached records request form and return it by mail. Requests for booking photos "
            "must be signed before a notary. We will process the request once the signed form is received.")
    assert kind(body) == Kind.CLARIFICATION


@pytest.mark.parametrize(("body", "found_none"), [
    ("The Sheriff's Office has no jail intake logs or medical screening records for 2025, since the jail is run "
     "by the regional authority.", True),
    ("We have no objection to releasing the records once they are reviewed; I will write again next week.", False),
])
def test_an_office_that_has_no_records_of_a_kind_found_none(body: str, found_none: bool) -> None:
    assert (kind(body) == Kind.NO_RECORDS) is found_none


def test_a_clerks_informal_sum_is_a_fee_letter() -> None:
    body = ("The copy shop charges me 20 cents a page so it'd be about $3.40, call it $5.00 with the envelope. Mail "
            "a check to the township and I'll send them.")
    assert kind(body) == Kind.FEE_ESTIMATE


def test_a_relative_sending_the_clerks_scans_is_a_release() -> None:
    body = ("Linda asked me to send these because her laptop is in the shop. This is the 2025 budget and the levy "
            "sheets. She says there is no charge for email.")
    assert kind(body) == Kind.RECORDS_FINAL


def test_an_events_registration_is_about_no_request() -> None:
    body = ("Thank you for registering for the Midwest Open Government Conference. Your confirmation number is "
            "MOGC-2207. Sessions include records appeals and fee waivers.")
    assert kind(body, "Registration confirmed") == Kind.OTHER


@pytest.mark.parametrize("body", [
    "Your request has been acknowledged. A response will be issued on or about 04/03/2026.",
    "I certify that the ledgers will be available for inspection or copying on Friday, April 3, 2026.",
])
def test_a_date_the_office_will_answer_or_make_records_available_is_its_estimate(body: str) -> None:
    assert classify(letter(body), AGENCY).facts.estimated == dt.date(2026, 4, 3)


def test_a_clerks_day_of_the_month_is_the_date_she_counts_the_request_received() -> None:
    body = "Got back yesterday and saw your request so I'm counting it as received the 9th. Will get you a price."
    assert classify(letter(body), AGENCY).facts.received == dt.date(2026, 3, 9)  # the letter is of March 10


def test_a_body_outside_the_law_that_offers_an_appeal_opens_the_window(tmp_path: Path) -> None:
    body = ("The Institution is not subject to the FOIA. Under its own access policy it is releasing 40 pages and "
            "withholding the donors' names. Although the Institution is not subject to the FOIA, you may appeal this "
            "determination within 90 days.")
    offered = replayed(tmp_path, "US", body, "Tue, 10 Mar 2026 10:00:00 -0400")
    assert offered.kind == "records_final"
    assert offered.appeal_due == dt.date(2026, 6, 8)  # 90 days from March 10
    none = replayed(tmp_path, "US", body.replace(" Although the Institution is not subject to the FOIA, you may "
                                                 "appeal this determination within 90 days.", ""),
                    "Tue, 10 Mar 2026 10:00:00 -0400")
    assert none.appeal_due is None


@pytest.mark.parametrize(("body", "expected"), [
    ("Pursuant to NRS 239.0107(1)(d), the Office denies your request of March 2, 2026 for the jail's intake video. "
     "The video is confidential under state law. The Office has no other records responsive to your request that are "
     "not covered by this provision.", Kind.DENIAL),
    ("On February 20 the Office asked you to clarify which deputies you meant. As of today we have not received a "
     "response. The Office considers this request withdrawn and has closed it.", Kind.DENIAL),
])
def test_a_refusal_or_a_closure_is_not_read_as_what_it_mentions(body: str, expected: Kind) -> None:
    assert rules_kind(body) == expected


@pytest.mark.parametrize("body", [
    "Attached is item 1 of 26-00417-F: the jail population report for 2025. Item 2, the incident reports, remains on "
    "hold until we hear from you about the estimate.",
    "Our records staff asked me to pull what we have. Attached is the monthly booking count for 2025. The contracts "
    "will come to you through the portal once Purchasing finishes its review, so this isn't everything yet.",
])
def test_an_item_released_beside_one_held_or_coming_later_is_an_interim_release(body: str) -> None:
    assert kind(body, "RE: Records request 26-00417-F - Cost Estimate") == Kind.RECORDS_INTERIM


@pytest.mark.parametrize("body", [
    "Installment 1 of 3 is attached. The next installment (the training files) is expected on or before April 3, "
    "2026.",
    "Here is the first batch. The remaining files are still with our attorney; I'm told we should be able to send "
    "those by April 3, 2026.",
])
def test_the_date_of_the_next_installment_is_the_estimate(body: str) -> None:
    assert classify(letter(body), AGENCY).facts.estimated == dt.date(2026, 4, 3)


def test_a_request_deemed_received_after_the_letter_was_written_is_counted_from_then() -> None:
    body = ("This confirms that the Office received your request by email on March 10, 2026. Because it arrived by "
            "electronic mail, it is deemed received on the next business day, Wednesday, March 11, 2026.")
    assert classify(letter(body), AGENCY).facts.received == dt.date(2026, 3, 11)  # the letter is of March 10


def test_a_session_laws_number_in_the_agencys_format_is_not_the_request_number() -> None:
    agency = Agency(id="dpi", name="Department of Public Instruction", jurisdiction="US-NC",
                    domains=["marlowcounty.gov"], tracking_pattern=r"\b20\d{2}-\d{3}\b")
    reply = letter("You asked for complaints filed under the Parents' Bill of Rights (S.L. 2023-106). The "
                   "Department has no records responsive to your request.")
    assert classify(reply, agency).facts.tracking_number is None


def test_a_decision_recalled_from_an_earlier_letter_is_not_a_new_one() -> None:
    body = ("Our Chief asked me to follow up on your voicemail. As that letter said, your request is denied because "
            "the court's records are not subject to the FOIA, but the caseload tables are published on uscourts.gov.")
    # The denial family does not take it for this letter's decision (the kind model may still read it as one).
    assert classify(letter(body), AGENCY).rule != "text:denial"
    assert classify(letter(body.replace("As that letter said, your", "Your")), AGENCY).rule == "text:denial"


def test_a_release_beside_a_ruling_the_office_awaits_is_an_interim_one() -> None:
    body = ("Enclosed is a summary of deaths in the county jail since 2020. The County believes the remaining "
            "information is excepted from disclosure and has requested a decision from the Office of the Attorney "
            "General. The County will respond further once the Attorney General has ruled.")
    assert kind(body) == Kind.RECORDS_INTERIM


def test_a_notice_that_the_laws_days_cannot_be_met_is_an_extension_even_in_an_acknowledgment() -> None:
    body = ("The Office received your request on March 2, 2026. The Office is unable to make the requested records "
            "available by the end of the fifth business day after receipt. The earliest date on which the records "
            "will be available is April 3, 2026.")
    assert kind(body) == Kind.EXTENSION


def test_an_acknowledgment_dating_its_answer_within_the_laws_time_takes_no_extension(tmp_path: Path) -> None:
    # Maryland: 30 days to grant or deny; a notice when that takes more than ten working days. Our request: March 2.
    body = ("The Department received your request on March 2, 2026. Because the Department anticipates that it will "
            "take more than ten (10) working days to produce responsive records, this letter is sent under GP "
            "Section 4-203(b)(2). The Department expects to respond no later than {date}.")
    within = replayed(tmp_path, "US-MD", body.format(date="March 27, 2026"), "Wed, 04 Mar 2026 09:00:00 -0500")
    assert within.due == dt.date(2026, 4, 1)  # the law's 30 days from March 2
    beyond = replayed(tmp_path, "US-MD", body.format(date="April 24, 2026"), "Wed, 04 Mar 2026 09:00:00 -0500")
    assert beyond.due == dt.date(2026, 5, 1)  # 30 more days: the date is past the law's


@pytest.mark.parametrize(("body", "expected"), [
    ("Thank you - your payment was received and the redaction work is under way. Because of the volume of video "
     "requests we now anticipate completing the release by April 24, 2026.", Kind.EXTENSION),
    ("Payment for 26-00417-F was received on March 9. Disc 1 of 2, containing the 2025 booking reports (412 pages), "
     "was mailed today by certified mail. Disc 2 will follow once review is complete.", Kind.RECORDS_INTERIM),
])
def test_a_payment_receipt_that_goes_on_says_what_it_goes_on_to_say(body: str, expected: Kind) -> None:
    assert kind(body) == expected


@pytest.mark.parametrize("body", [
    "Attached is the jail's food service contract and its two amendments. The death reviews are still with counsel. "
    "You will get a separate response on those.",
    "Mr. Hale asked me to send these. Attached are the hauler contracts (3). Walt will follow up on the state "
    "inspection letters.",
])
def test_a_release_beside_what_is_still_with_someone_else_is_an_interim_one(body: str) -> None:
    assert kind(body) == Kind.RECORDS_INTERIM


def test_an_informal_closure_after_silence_closes_the_request() -> None:
    body = ("Hi, I haven't heard back about the $60 for the paper copies, so I am closing this request out on our end. "
            "If you still want it just send a new request.")
    # A closure for silence, as the other closures are read by the rules (the kind model, sure of itself, may read it
    # otherwise: the rules' kind is then the runner-up it names) ...
    closed = classify(letter(body), AGENCY)
    assert (closed.runner_up if closed.rule == "model" else closed.kind) == Kind.DENIAL
    # ... unless the clerk offers to take it up again
    reopen = classify(letter(body + " Or just reply and I can reopen it under the same number."), AGENCY)
    assert (reopen.kind, reopen.rule) == (Kind.OTHER, "text:closed-not-denied")


def test_a_regulators_watch_list_notice_is_about_no_request() -> None:
    body = ("eNOTICE: Application Received. The following application was received by the Department in an area you "
            "are watching: Application No. GP5-30-00122. To change your eNOTICE subscriptions, log in to your account.")
    assert kind(body, "eNOTICE: Application Received") == Kind.OTHER


def test_records_made_public_before_do_not_make_a_withholding_a_release() -> None:
    body = ("This is the final response to your request. The matter was referred to the Department of Justice, and "
            "enforcement proceedings are pending. The responsive records are withheld in full under Exemption 7(A), "
            "because their release could reasonably be expected to interfere with those proceedings. Inspection "
            "reports that were previously made public are available on ECHO and are not reproduced here. You may "
            "appeal this determination within 90 days.")
    assert classify(letter(body), AGENCY).rule == "text:denial"


def test_a_portals_successfully_submitted_notice_acknowledges_the_request() -> None:
    body = ("Your FOIA request has been successfully submitted. Tracking Number: 26-00417-F. Submitted On: 03/09/2026. "
            "Log in to the Public Access Link to check status.")
    assert kind(body, "FOIA Request Submitted: 26-00417-F") == Kind.ACKNOWLEDGMENT


@pytest.mark.parametrize("body", [
    "This is the first installment. Installment 2 (the consultant invoices) is expected on or before April 3, 2026.",
    "Finance is still pulling the detail. I'm hoping we can get everything posted to the portal by April 3, 2026.",
])
def test_an_installments_date_or_a_clerks_hope_is_the_estimate(body: str) -> None:
    assert classify(letter(body), AGENCY).facts.estimated == dt.date(2026, 4, 3)


@pytest.mark.parametrize(("body", "expected"), [
    # A letter to the Attorney General attached "without the records" releases none.
    ("The County has asked the Office of the Attorney General for a decision on whether the video may be withheld. "
     "A copy of our letter to the Attorney General (without the records) is attached.", Kind.EXTENSION),
    ("The records are ready to be picked up at the Records Section. 60 pages @ $0.50 = $30.00. Fees are payable in "
     "person at the time of pick-up, cash or money order only.", Kind.FEE_ESTIMATE),
    ("Attached is the jail's health care agreement, released in full. Our determination on the incident records "
     "will follow by the date given in our earlier email.", Kind.RECORDS_INTERIM),
    ("The County is providing the second and final installment of records responsive to 26-00417-F: the 2025 logs. "
     "Two reports are withheld in full until the investigation closes.", Kind.RECORDS_FINAL),
])
def test_what_a_letter_hands_over_and_on_what_terms(body: str, expected: Kind) -> None:
    assert kind(body) == expected


@pytest.mark.parametrize("style", ["inline", "attached"])
def test_a_colleagues_late_forward_counts_from_the_letters_own_date(tmp_path: Path, style: str) -> None:
    """An appeal window runs from the agency's decision, not from the day a colleague passed the letter on."""
    (tmp_path / "agencies.yaml").write_text("agencies:\n  - {id: office, name: Harlan Field Office, jurisdiction: US,"
                                            " domains: [harlan.example.gov]}\n")
    (tmp_path / "requests.yaml").write_text("requests:\n  - {id: R-1, agency: office, subject: 'FOIA: jail logs',"
                                            " sent: 2026-03-02, message_id: '<r-1@desk.example.org>'}\n")
    letter = ("From: Records <records@harlan.example.gov>\r\n{date}Subject: Re: FOIA: jail logs\r\n"
              "References: <r-1@desk.example.org>\r\n\r\nYour request is denied in its entirety. The jail logs are "
              "exempt from disclosure under 5 U.S.C. 552(b)(7)(A). You may appeal within 90 days.\r\n")
    head = ("From: Sam Reporter <sam@desk.example.org>\r\nTo: desk@desk.example.org\r\nSubject: Fwd: Re: FOIA: jail "
            "logs\r\nDate: Tue, 24 Mar 2026 09:00:00 -0400\r\nMessage-ID: <fwd@desk.example.org>\r\n")
    if style == "inline":
        raw = (head + "Content-Type: text/plain; charset=utf-8\r\n\r\nThis came to me two weeks ago, sorry.\r\n\r\n"
               "---------- Forwarded message ---------\r\n"
               + letter.format(date="Date: Tue, Mar 10, 2026 at 3:12 PM\r\n"))
    else:
        raw = (head + 'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n'
               "This came to me two weeks ago, sorry.\r\n--b1\r\nContent-Type: message/rfc822\r\n"
               'Content-Disposition: attachment; filename="denial.eml"\r\n\r\n'
               + letter.format(date="Date: Tue, 10 Mar 2026 15:12:00 -0400\r\nMessage-ID: <d@harlan.example.gov>\r\n")
               + "--b1--\r\n")
    path = tmp_path / "forward.eml"
    path.write_bytes(raw.encode())
    (outcome,) = replay_files([path], tmp_path / "agencies.yaml", tmp_path / "requests.yaml")
    assert outcome.kind == "denial"
    assert outcome.appeal_due == dt.date(2026, 6, 8)  # 90 days from March 10, not from March 24


@pytest.mark.parametrize("body", [
    "The 2025 reports are being scanned and will be sent in a second installment, together with the final invoice, "
    "on or about April 3, 2026.",
    "The vendor has to pull the 2024 records from the archived system. We may need until April 3, 2026 to finish.",
    "We anticipate a first installment on or before March 20 and the remaining records by approximately April 3, "
    "2026.",
])
def test_when_the_rest_will_come_is_the_estimate(body: str) -> None:
    assert classify(letter(body), AGENCY).facts.estimated == dt.date(2026, 4, 3)


def test_our_request_for_a_ruling_enclosed_releases_nothing() -> None:
    body = ("The County has asked the Office of the Attorney General to decide whether the claim-level information is "
            "excepted from disclosure. A copy of our request for a decision is enclosed. The County will not release "
            "or withhold the information until the ruling is issued.")
    result = classify(letter(body), AGENCY)
    assert (result.runner_up if result.rule == "model" else result.kind) == Kind.EXTENSION


def test_an_agencys_answer_with_our_own_request_attached_counts_from_its_own_date(tmp_path: Path) -> None:
    """The request an agency attaches to its answer is ours, sent to the address the answer comes to: its date is
    not the letter's."""
    (tmp_path / "agencies.yaml").write_text("agencies:\n  - {id: office, name: Harlan Field Office, jurisdiction: US,"
                                            " domains: [harlan.example.gov]}\n")
    (tmp_path / "requests.yaml").write_text("requests:\n  - {id: R-1, agency: office, subject: 'FOIA: jail logs',"
                                            " sent: 2026-03-02, message_id: '<r-1@desk.example.org>'}\n")
    ours = ("From: Records Desk <desk@desk.example.org>\r\nTo: records@harlan.example.gov\r\nSubject: FOIA: jail logs"
            "\r\nDate: Mon, 02 Mar 2026 09:00:00 -0500\r\nMessage-ID: <r-1@desk.example.org>\r\n\r\nPlease send the "
            "jail logs.\r\n")
    raw = ("From: Records <records@harlan.example.gov>\r\nTo: desk@desk.example.org\r\nSubject: RE: FOIA: jail "
           "logs\r\nDate: Tue, 24 Mar 2026 09:00:00 -0400\r\nMessage-ID: <a@harlan.example.gov>\r\n"
           'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n'
           "Your request is denied in its entirety. The jail logs are exempt from disclosure under 5 U.S.C. "
           "552(b)(7)(A). You may appeal within 90 days.\r\n--b1\r\nContent-Type: message/rfc822\r\n"
           f'Content-Disposition: attachment; filename="request.eml"\r\n\r\n{ours}--b1--\r\n')
    path = tmp_path / "answer.eml"
    path.write_bytes(raw.encode())
    (outcome,) = replay_files([path], tmp_path / "agencies.yaml", tmp_path / "requests.yaml")
    assert outcome.kind == "denial"
    assert outcome.appeal_due == dt.date(2026, 6, 22)  # 90 days from March 24, the answer's own date
