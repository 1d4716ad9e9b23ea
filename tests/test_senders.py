"""Which agency a reply comes from when an address is shared, what a reply cannot answer (requests sent after
it), and numbers learned from a words-only match: the classes of mistakes that put replies from new agencies on
the wrong request. Every message here is written for the test; none comes from a corpus."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import textwrap
from email.message import EmailMessage
from pathlib import Path

import pytest
import yaml

from bot.match import MatchIndex
from bot.model import OpenRequest
from bot.parse import parse
from bot.replay import replay_files
from bot.rules import Agency

INBOX = "desk@ledger.example.com"
PORTAL = "noreply@mycusthelp.net"  # one GovQA-style sender for every city on the platform

CITIES = [
    Agency(id="fairview-pd", name="City of Fairview Police Department", jurisdiction="US-NJ",
           emails=[PORTAL, "records@fairviewnj.gov"], domains=["fairviewnj.gov"], tracking_pattern=r"\bR\d{6}\b"),
    Agency(id="brookline-pd", name="Brookline Township Police (via GovQA)", jurisdiction="US-NJ",
           emails=[PORTAL], domains=["brooklinetwp.gov"], tracking_pattern=r"\bR\d{6}\b"),
    # Two components of one department, on one domain, told apart by their numbers.
    Agency(id="blm", name="Bureau of Land Management", jurisdiction="US", domains=["doi.gov"],
           tracking_pattern=r"\bBLM-2026-\d{5}\b"),
    Agency(id="fws", name="U.S. Fish and Wildlife Service", jurisdiction="US", domains=["doi.gov"],
           tracking_pattern=r"\bFWS-2026-\d{5}\b"),
]
def opened(request_id: str, agency_id: str, subject: str) -> OpenRequest:
    """A request of ours sent on March 2, 2026, before every message here."""
    return OpenRequest(id=request_id, agency_id=agency_id, subject=subject, sent=dt.date(2026, 3, 2))


REQUESTS = [
    opened("R-1", "fairview-pd", "OPRA request: body-worn camera retention policy"),
    opened("R-2", "brookline-pd", "OPRA request: body-worn camera retention policy"),
    opened("R-3", "blm", "FOIA: grazing permit violations in Owyhee County"),
    opened("R-4", "fws", "FOIA: sage-grouse habitat survey data 2024"),
]


def email(body: str, *, sender: str, name: str = "Records Center", subject: str = "Your records request",
          date: str = "Tue, 10 Mar 2026 09:12:00 -0500", html: bool = False) -> bytes:
    head = [f'From: "{name}" <{sender}>', f"To: {INBOX}", f"Subject: {subject}", f"Date: {date}",
            "Message-ID: <m-1@mail.example>", "MIME-Version: 1.0",
            f"Content-Type: text/{'html' if html else 'plain'}; charset=utf-8"]
    return ("\r\n".join(head) + "\r\n\r\n" + textwrap.dedent(body)).encode()


@pytest.fixture
def index() -> MatchIndex:
    return MatchIndex(REQUESTS, CITIES)


def test_a_shared_portal_address_is_read_from_the_display_name(index: MatchIndex) -> None:
    reply = parse(email("""\
        Your body-worn camera retention policy request has been received and assigned R260311.
        """, sender=PORTAL, name="Brookline Township Records Center"))
    found = index.match(reply)
    assert (found.agency_id, found.request_id) == ("brookline-pd", "R-2")


def test_a_shared_portal_address_is_read_from_the_portal_host_in_its_links(index: MatchIndex) -> None:
    reply = parse(email("""\
        <p>Records request R260412 regarding the body-worn camera retention policy has been updated.</p>
        <p><a href="https://fairviewnj.mycusthelp.net/WEBAPP/_rs/RequestEdit.aspx?rid=412">View it here</a></p>
        """, sender=PORTAL, name="Public Records Center", html=True))
    found = index.match(reply)
    assert (found.agency_id, found.request_id) == ("fairview-pd", "R-1")


def test_a_shared_portal_address_is_read_from_the_letterhead(index: MatchIndex) -> None:
    reply = parse(email("""\
        CITY OF FAIRVIEW POLICE DEPARTMENT
        Records Bureau, 10 Main Street

        Your request for the body-worn camera retention policy has been received and will be answered
        within seven business days.
        """, sender=PORTAL))
    found = index.match(reply)
    assert (found.agency_id, found.request_id) == ("fairview-pd", "R-1")


def test_a_shared_address_that_says_nothing_of_its_agency_goes_to_triage_with_both_cities(
        index: MatchIndex) -> None:
    reply = parse(email("""\
        A new message is available regarding your body-worn camera retention policy request.
        Please log in to the portal to view it.
        """, sender=PORTAL))
    found = index.match(reply)
    assert found.request_id is None and found.agency_id is None
    assert {c.request_id for c in found.candidates} == {"R-1", "R-2"}
    assert "shared by" in found.reason


def test_components_on_one_domain_are_told_apart_by_their_number_format(index: MatchIndex) -> None:
    reply = parse(email("""\
        This acknowledges receipt of your FOIA request regarding grazing permit violations in Owyhee
        County. It has been assigned control number BLM-2026-00417.
        """, sender="jdoe@doi.gov", name="Jane Doe"))
    found = index.match(reply)
    assert (found.agency_id, found.request_id) == ("blm", "R-3")


def test_a_message_naming_an_agency_from_an_unknown_sender_is_read_without_error(index: MatchIndex) -> None:
    newsletter = parse(email("""\
        This week: the City of Fairview Police Department adopted a new body camera policy; records
        requests are up 12 percent.
        """, sender="editor@civicnews.example", name="Civic Newsletter"))
    found = index.match(newsletter)
    assert found.agency_id == "fairview-pd"  # named in the text: its requests are guesses, not a placement


def test_a_reply_written_before_a_request_was_sent_is_not_placed_on_it() -> None:
    requests = [
        OpenRequest(id="R-1", agency_id="blm", subject="FOIA: grazing permit violations in Owyhee County",
                    sent=dt.date(2026, 3, 20)),  # sent ten days after the reply below was written
        OpenRequest(id="R-2", agency_id="blm", subject="FOIA: wild horse gather contracts 2025",
                    sent=dt.date(2026, 2, 2)),
    ]
    reply = parse(email("""\
        We have received your FOIA request about grazing permit violations in Owyhee County.
        """, sender="foia@doi.gov", subject="FOIA request received"))
    found = MatchIndex(requests, CITIES[2:3]).match(reply)
    assert found.request_id is None
    assert "R-1" not in {c.request_id for c in found.candidates}
    later = MatchIndex([requests[0]], CITIES[2:3]).match(parse(email(
        "We have received your FOIA request about grazing permit violations in Owyhee County.",
        sender="foia@doi.gov", date="Mon, 23 Mar 2026 09:00:00 -0400")))
    assert later.request_id == "R-1"


# --- numbers learned from a words-only match --------------------------------------------------------------


def _write(tmp: Path, name: str, raw: bytes) -> Path:
    path = tmp / "mail" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(raw)
    return path


def _register(tmp: Path) -> tuple[Path, Path]:
    agencies = tmp / "agencies.yaml"
    agencies.write_text(yaml.safe_dump({"agencies": [{
        "id": "harbor", "name": "Harbor City Police Department", "jurisdiction": "US-NJ",
        "domains": ["harborcity.gov"], "tracking_pattern": r"\bOPRA-\d{4}\b"}]}))
    requests = tmp / "requests.yaml"
    requests.write_text(yaml.safe_dump({"requests": [
        {"id": "R-1", "agency": "harbor", "subject": "OPRA request: towing contracts and invoices 2025",
         "sent": "2026-03-02"},
        {"id": "R-2", "agency": "harbor", "subject": "OPRA request: shotspotter alerts and dispatch logs",
         "sent": "2026-03-02"},
    ]}))
    return agencies, requests


def test_a_number_learned_from_words_alone_does_not_pull_a_reply_whose_words_point_elsewhere(tmp_path: Path) -> None:
    agencies, requests = _register(tmp_path)
    first = _write(tmp_path, "1.eml", email(
        "Your OPRA request for towing contracts and invoices has been received and assigned OPRA-0417.",
        sender="clerk@harborcity.gov"))
    second = _write(tmp_path, "2.eml", email(
        "Regarding OPRA-0417: the shotspotter alerts and dispatch logs you asked for are attached.",
        sender="clerk@harborcity.gov", date="Mon, 16 Mar 2026 09:00:00 -0400").replace(b"m-1@", b"m-2@"))
    rows = {Path(o.source).name: o for o in replay_files([first, second], agencies, requests)}
    assert (rows["1.eml"].request, rows["1.eml"].signal) == ("R-1", "agency_subject")
    assert rows["2.eml"].request is None and rows["2.eml"].status == "triage"
    assert "words point to R-2" in rows["2.eml"].reason


def test_a_number_confirmed_by_a_second_replys_words_places_later_replies_alone(tmp_path: Path) -> None:
    agencies, requests = _register(tmp_path)
    mails = [
        email("Your OPRA request for towing contracts and invoices has been received and assigned OPRA-0417.",
              sender="clerk@harborcity.gov"),
        email("OPRA-0417: the towing contracts are attached; invoices will follow next week.",
              sender="clerk@harborcity.gov", date="Mon, 16 Mar 2026 09:00:00 -0400"),
        email("Please see the attached letter.", subject="OPRA-0417", sender="clerk@harborcity.gov",
              date="Mon, 23 Mar 2026 09:00:00 -0400"),
    ]
    paths = [_write(tmp_path, f"{n}.eml", raw.replace(b"m-1@", f"m-{n}@".encode())) for n, raw in enumerate(mails)]
    rows = [o for o in replay_files(paths, agencies, requests)]
    assert [o.request for o in rows] == ["R-1", "R-1", "R-1"]
    assert rows[2].signal == "tracking_number"


def test_a_known_number_mentioned_beside_the_replys_own_new_number_does_not_decide() -> None:
    agency = Agency(id="harbor", name="Harbor City Police Department", jurisdiction="US-NJ",
                    domains=["harborcity.gov"], tracking_pattern=r"\bOPRA-\d{4}\b")
    requests = [
        OpenRequest(id="R-1", agency_id="harbor", subject="OPRA request: towing contracts and invoices 2025",
                    tracking_numbers=frozenset({"OPRA-0417"})),
        OpenRequest(id="R-2", agency_id="harbor", subject="OPRA request: shotspotter alerts and dispatch logs"),
    ]
    reply = parse(email("""\
        We received your request for shotspotter alerts and dispatch logs and assigned it OPRA-0588. This
        request is separate from your pending request OPRA-0417.
        """, sender="clerk@harborcity.gov", subject="OPRA-0588 received"))
    found = MatchIndex(requests, [agency]).match(reply)
    assert found.request_id == "R-2" and found.signal == "agency_subject"


def test_a_firm_placement_moves_earlier_replies_placed_by_words_and_recomputes_both_clocks(tmp_path: Path) -> None:
    from sqlalchemy import select

    from bot.config import load_agencies, load_jurisdictions, load_requests_file
    from bot.pipeline import Pipeline
    from bot.register import import_requests
    from bot.store import Message, OutboxAlert, Request, open_store

    agencies_file, _ = _register(tmp_path)
    requests_file = tmp_path / "requests.yaml"
    requests_file.write_text(yaml.safe_dump({"requests": [
        {"id": "R-1", "agency": "harbor", "subject": "OPRA request: towing contracts and tow truck invoices",
         "sent": "2026-03-02"},
        {"id": "R-2", "agency": "harbor", "subject": "OPRA request: shotspotter alerts and dispatch logs",
         "sent": "2026-03-02", "reply_address": "desk+r-2@ledger.example.com"},
    ]}))
    jurisdictions = load_jurisdictions()
    agencies = load_agencies(agencies_file, jurisdictions)
    store = open_store(f"sqlite:///{tmp_path}/register.db")
    import_requests(store, load_requests_file(requests_file, agencies), agencies, jurisdictions)
    pipeline = Pipeline(store, jurisdictions, agencies, "America/New_York")
    with store.session() as session:
        untouched_due = session.get(Request, "R-1").due
    # The agency's acknowledgment speaks of "tow truck" dispatch: its words point to the towing request.
    first = pipeline.process(email(
        "We received your OPRA request for towing contracts, tow truck invoices and dispatch, and assigned it "
        "OPRA-0417. "
        "The Department will respond within seven business days.", sender="clerk@harborcity.gov",
        date="Wed, 04 Mar 2026 09:00:00 -0500"), "1.eml")
    assert (first.request, first.signal, first.kind) == ("R-1", "agency_subject", "acknowledgment")
    # The records, sent to the second request's own reply address, carry the same number.
    raw = email("OPRA-0417: the shotspotter alerts and dispatch logs you asked for are attached. This completes "
                "our response.", sender="clerk@harborcity.gov", date="Mon, 16 Mar 2026 09:00:00 -0400")
    second = pipeline.process(raw.replace(b"m-1@", b"m-2@").replace(INBOX.encode(), b"desk+r-2@ledger.example.com"),
                              "2.eml")
    assert (second.request, second.signal) == ("R-2", "reply_address")
    with store.session() as session:
        placed = {m.message_id: m.request_id for m in session.scalars(select(Message))}
        assert placed == {"<m-1@mail.example>": "R-2", "<m-2@mail.example>": "R-2"}  # nothing on two requests
        towing, logs = session.get(Request, "R-1"), session.get(Request, "R-2")
        assert (towing.status, towing.due) == ("open", untouched_due)  # as if the acknowledgment never came
        assert logs.status == "done"
        told = {(a.request_id, a.type) for a in session.scalars(select(OutboxAlert))}
        assert {("R-1", "correction"), ("R-2", "correction")} <= told
    # Later replies citing the number go to the right request on their own.
    third = pipeline.process(email("Please see the attached.", subject="OPRA-0417", sender="clerk@harborcity.gov",
                                   date="Tue, 17 Mar 2026 09:00:00 -0400").replace(b"m-1@", b"m-3@"), "3.eml")
    assert (third.request, third.signal) == ("R-2", "tracking_number")
    store.close()


def test_a_component_answering_a_referred_part_is_found_again_by_its_own_number(tmp_path: Path) -> None:
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text(yaml.safe_dump({"agencies": [
        {"id": "blm", "name": "Bureau of Land Management", "jurisdiction": "US", "emails": ["foia@blm.doi.gov"],
         "tracking_pattern": r"\bBLM-2026-\d{5}\b"},
        {"id": "fws", "name": "Fish and Wildlife Service", "jurisdiction": "US", "emails": ["foia@fws.doi.gov"],
         "tracking_pattern": r"\bFWS-2026-\d{5}\b"},
    ]}))
    requests = tmp_path / "requests.yaml"
    requests.write_text(yaml.safe_dump({"requests": [
        {"id": "R-1", "agency": "blm", "subject": "FOIA: grazing permit violations in Owyhee County",
         "sent": "2026-03-02", "reply_address": "desk+r-1@ledger.example.com",
         "tracking_number": "BLM-2026-00417"},
    ]}))
    referral = email("The Bureau of Land Management referred part of BLM-2026-00417 to this office. The referred "
                     "part has been assigned FWS-2026-00088.", sender="foia@fws.doi.gov", subject="Referral")
    referral = referral.replace(INBOX.encode(), b"desk+r-1@ledger.example.com")
    later = email("FWS-2026-00088: no responsive records were located.", sender="foia@fws.doi.gov",
                  subject="FWS-2026-00088 response", date="Mon, 30 Mar 2026 09:00:00 -0400")
    paths = [_write(tmp_path, "1.eml", referral), _write(tmp_path, "2.eml", later.replace(b"m-1@", b"m-2@"))]
    rows = list(replay_files(paths, agencies, requests))
    assert [(o.request, o.tracking_number) for o in rows] == [("R-1", "FWS-2026-00088"), ("R-1", "FWS-2026-00088")]
    assert rows[1].signal == "tracking_number"


def test_a_kind_a_person_set_survives_when_a_history_is_read_again(tmp_path: Path) -> None:
    from bot.correct import PERSON_RULE, reread
    from bot.store import Message, open_store, store_raw

    raw = email("We received your request and assigned OPRA-0417.", sender="clerk@harborcity.gov")
    store = open_store(f"sqlite:///{tmp_path}/db.sqlite")
    with store.session() as session:
        message = Message(message_id="<m-1@mail.example>", raw_sha256="x", source="INBOX", direction="in",
                          status="processed", kind="denial", rule=PERSON_RULE)
        session.add(message)
        session.flush()
        store_raw(session, message.id, raw)
        read = reread(session, message, None)
        assert read is not None and read[1].kind.value == "denial"  # the rules alone read an acknowledgment
        message.rule = "text:acknowledgment"
        read = reread(session, message, None)
        assert read is not None and read[1].kind.value == "acknowledgment"
    store.close()


def _harbor_pipeline(tmp: Path) -> tuple[object, object]:
    from bot.config import load_agencies, load_jurisdictions, load_requests_file
    from bot.pipeline import Pipeline
    from bot.register import import_requests
    from bot.store import open_store

    agencies_file, _ = _register(tmp)
    requests_file = tmp / "requests.yaml"
    requests_file.write_text(yaml.safe_dump({"requests": [
        {"id": "R-1", "agency": "harbor", "subject": "OPRA request: towing contracts and tow truck invoices",
         "sent": "2026-03-02"},
        {"id": "R-2", "agency": "harbor", "subject": "OPRA request: shotspotter alerts and dispatch logs",
         "sent": "2026-03-02", "reply_address": "desk+r-2@ledger.example.com",
         "message_id": "<r-2@ledger.example.com>"},
    ]}))
    jurisdictions = load_jurisdictions()
    agencies = load_agencies(agencies_file, jurisdictions)
    store = open_store(f"sqlite:///{tmp}/register.db")
    import_requests(store, load_requests_file(requests_file, agencies), agencies, jurisdictions)
    return store, lambda: Pipeline(store, jurisdictions, agencies, "America/New_York")


def _in_thread(raw: bytes, msgid: str, *cited: str) -> bytes:
    """The mail with its own Message-ID and In-Reply-To/References naming `cited`."""
    head, _, body = raw.partition(b"\r\n\r\n")
    head = head.replace(b"<m-1@mail.example>", msgid.encode())
    if cited:
        head += f"\r\nIn-Reply-To: {cited[-1]}\r\nReferences: {' '.join(cited)}".encode()
    return head + b"\r\n\r\n" + body


def test_a_firm_reply_in_the_thread_of_a_reply_placed_by_words_moves_it_and_recomputes_both_clocks(
        tmp_path: Path) -> None:
    from sqlalchemy import select

    from bot.store import Message, OutboxAlert, Request

    store, make = _harbor_pipeline(tmp_path)
    pipeline = make()
    with store.session() as session:
        untouched_due = session.get(Request, "R-1").due
    # No number, no thread: the acknowledgment's "tow truck dispatch" words point to the towing request.
    first = pipeline.process(_in_thread(email(
        "We received your OPRA request for towing contracts, tow truck invoices and dispatch. We will respond "
        "within seven business days.",
        sender="clerk@harborcity.gov", date="Wed, 04 Mar 2026 09:00:00 -0500"), "<ack@harborcity.gov>"), "1.eml")
    assert (first.request, first.signal, first.kind) == ("R-1", "agency_subject", "acknowledgment")
    # The clerk's next letter answers in the same thread, addressed to the other request's reply address.
    second = pipeline.process(_in_thread(email(
        "The records you asked for are attached. This completes our response.", sender="clerk@harborcity.gov",
        date="Mon, 16 Mar 2026 09:00:00 -0400").replace(INBOX.encode(), b"desk+r-2@ledger.example.com"),
        "<done@harborcity.gov>", "<ack@harborcity.gov>"), "2.eml")
    assert second.request == "R-2", (second.signal, second.reason)
    with store.session() as session:
        placed = {m.message_id: m.request_id for m in session.scalars(select(Message))}
        assert placed == {"<ack@harborcity.gov>": "R-2", "<done@harborcity.gov>": "R-2"}
        towing = session.get(Request, "R-1")
        assert (towing.status, towing.due, towing.acknowledged) == ("open", untouched_due, None)
        corrections = [a for a in session.scalars(select(OutboxAlert)) if a.type == "correction"]
        assert {a.request_id for a in corrections} == {"R-1", "R-2"}
        assert all("thread" in a.payload for a in corrections)
    # After a restart, a reply citing only the acknowledgment's thread goes where it now belongs.
    third = make().process(_in_thread(email("Following up on the attached.", sender="clerk@harborcity.gov",
                                            date="Tue, 17 Mar 2026 09:00:00 -0400"),
                                      "<more@harborcity.gov>", "<ack@harborcity.gov>"), "3.eml")
    assert (third.request, third.signal) == ("R-2", "thread")
    store.close()


def test_a_thread_naming_only_a_reply_placed_by_words_places_as_weakly_and_is_overruled(tmp_path: Path) -> None:
    from bot.store import Request, TrackingNumber

    store, make = _harbor_pipeline(tmp_path)
    pipeline = make()
    pipeline.process(_in_thread(email(
        "We received your OPRA request for towing contracts, tow truck invoices and dispatch. We will respond "
        "within seven business days.",
        sender="clerk@harborcity.gov", date="Wed, 04 Mar 2026 09:00:00 -0500"), "<ack@harborcity.gov>"), "1.eml")
    # A reply in that thread, placed there by it, states a number: it is only as sure as the placement it follows.
    follow = make().process(_in_thread(email("Your request has been assigned OPRA-0588.", sender="clerk@harborcity.gov",
                                             date="Thu, 05 Mar 2026 09:00:00 -0500"),
                                       "<num@harborcity.gov>", "<ack@harborcity.gov>"), "2.eml")
    assert (follow.request, follow.signal) == ("R-1", "words_thread")
    with store.session() as session:
        (row,) = session.scalars(select_number(TrackingNumber)).all()
        assert (row.request_id, row.source) == ("R-1", "provisional")
    # Our own request's thread, named by a later reply together with theirs, decides: both move.
    last = make().process(_in_thread(email("OPRA-0588: no responsive records were located.",
                                           sender="clerk@harborcity.gov", date="Mon, 16 Mar 2026 09:00:00 -0400"),
                                     "<end@harborcity.gov>", "<r-2@ledger.example.com>", "<num@harborcity.gov>"),
                          "3.eml")
    assert (last.request, last.signal, last.kind) == ("R-2", "thread", "no_records")
    with store.session() as session:
        (row,) = session.scalars(select_number(TrackingNumber)).all()
        assert (row.request_id, row.source) == ("R-2", "learned")
        assert session.get(Request, "R-1").acknowledged is None
    store.close()


def select_number(table: type) -> object:
    from sqlalchemy import select

    return select(table)


def test_a_new_number_goes_to_the_agencys_only_request_without_one_and_stays_provisional() -> None:
    agency = Agency(id="harbor", name="Harbor City Police Department", jurisdiction="US-NJ",
                    domains=["harborcity.gov"], tracking_pattern=r"\bOPRA-\d{4}\b")
    requests = [
        OpenRequest(id="R-1", agency_id="harbor", subject="OPRA request: towing contracts and invoices 2025",
                    tracking_numbers=frozenset({"OPRA-0417"}), sent=dt.date(2026, 3, 2)),
        opened("R-2", "harbor", "OPRA request: shotspotter alerts and dispatch logs"),
        OpenRequest(id="R-3", agency_id="harbor", subject="OPRA request: drone flight logs",
                    sent=dt.date(2026, 3, 30)),  # sent after the letter below
    ]
    index = MatchIndex(requests, [agency])
    # A form letter that names nothing of the request but the number the office has just given it.
    ack = parse(email("Your OPRA request has been received and assigned OPRA-0588. A response is due within "
                      "seven business days.", sender="clerk@harborcity.gov", subject="OPRA-0588"))
    found = index.match(ack)
    assert (found.request_id, found.signal, found.provisional) == ("R-2", "new_number", True)
    assert "the only open request of HARBOR without one" in found.reason
    # A release that only cites a number, about nothing of the request, answers someone else's request at the desk.
    stranger = parse(email("Ms. Okafor, attached are the records responsive to OPRA-0601: overtime hours and pay for "
                           "sworn personnel, 2025. This completes your request.", sender="clerk@harborcity.gov",
                           subject="OPRA-0601 - Records"))
    assert index.match(stranger).request_id is None
    # Without a number in the agency's format, the same words place nothing.
    assert index.match(parse(email("Your OPRA request has been received.", sender="clerk@harborcity.gov",
                                   subject="Received"))).request_id is None


def test_among_several_requests_without_a_number_a_letter_naming_none_is_not_placed() -> None:
    agency = Agency(id="harbor", name="Harbor City Police Department", jurisdiction="US-NJ",
                    domains=["harborcity.gov"], tracking_pattern=r"\bOPRA-\d{4}\b")
    requests = [
        opened("R-1", "harbor", "OPRA request: towing contracts and invoices 2025"),
        opened("R-2", "harbor", "OPRA request: shotspotter alerts and dispatch logs"),
    ]
    index = MatchIndex(requests, [agency])
    vague = parse(email("Your OPRA request has been received and assigned OPRA-0588.",
                        sender="clerk@harborcity.gov", subject="OPRA-0588"))
    unplaced = index.match(vague)
    assert unplaced.request_id is None
    assert {c.request_id for c in unplaced.candidates} == {"R-1", "R-2"}


def test_an_unlisted_portal_address_is_read_from_what_the_message_says_of_its_agency() -> None:
    # Neither city lists the portal's address: teams often list only the agency's own mailbox.
    cities = [
        Agency(id="portland-pd", name="Portland Police Bureau", jurisdiction="US-OR", domains=["portlandoregon.gov"],
               tracking_pattern=r"\b26-\d{4}\b"),
        Agency(id="milwaukee-pd", name="Milwaukee Police Department", jurisdiction="US-WI",
               domains=["milwaukee.gov"], tracking_pattern=r"\b26-\d{4}\b"),
    ]
    requests = [opened("R-1", "portland-pd", "Public records request: pursuit policy"),
                opened("R-2", "milwaukee-pd", "Open records request: pursuit policy")]
    index = MatchIndex(requests, cities)
    by_host = parse(email("Your record request #26-2291 has been received. View request: "
                          "https://milwaukeewi.nextrequest.com/requests/26-2291", sender="no-reply@nextrequest.com",
                          name="NextRequest", subject="[Records Request] Request received"))
    found = index.match(by_host)
    assert (found.request_id, found.agency_id) == ("R-2", "milwaukee-pd")
    by_name = parse(email("Your request has been received and assigned 26-2318.", sender="noreply@portal.example",
                          name="Portland Police Bureau Records", subject="Request received"))
    assert index.match(by_name).agency_id == "portland-pd"
    # A person's note that names an agency is not read as the agency's own letter.
    note = parse(email("Milwaukee Police Department sent the pursuit policy to another paper last week.",
                       sender="editor@ledger.example.com", subject="pursuit policy"))
    assert index.match(note).request_id is None
    # Nothing in the message says which: no agency is guessed.
    vague = parse(email("Your request 26-2300 has been updated.", sender="no-reply@nextrequest.com",
                        subject="[Records Request] Update"))
    assert index.match(vague).request_id is None


def test_a_departments_system_address_is_read_from_the_number_format_of_one_of_its_components() -> None:
    components = [
        Agency(id="usms", name="U.S. Marshals Service", jurisdiction="US", domains=["usms.usdoj.gov"],
               tracking_pattern=r"\b20\d{2}-USMS-\d{6}\b"),
        Agency(id="bop", name="Federal Bureau of Prisons", jurisdiction="US", domains=["bop.gov"],
               tracking_pattern=r"\b20\d{2}-\d{5}\b"),
    ]
    index = MatchIndex([opened("R-1", "usms", "FOIA: prisoner housing agreements")], components)
    ack = parse(email("This is to acknowledge receipt of your FOIA request, assigned tracking number "
                      "2026-USMS-000781.", sender="foiapal-noreply@usdoj.gov", name="FOIA PAL",
                      subject="FOIA Request 2026-USMS-000781 Acknowledgment"))
    found = index.match(ack)
    assert (found.request_id, found.agency_id) == ("R-1", "usms")
    assert "number format" in index.sender_of_reply(ack).how


def test_among_requests_without_a_number_one_the_new_numbers_letter_restates_is_chosen() -> None:
    agency = Agency(id="harbor", name="Harbor City Police Department", jurisdiction="US-NJ",
                    domains=["harborcity.gov"], tracking_pattern=r"\bOPRA-\d{4}\b")
    requests = [
        opened("R-1", "harbor", "OPRA request: towing contracts and invoices 2025"),
        opened("R-2", "harbor", "OPRA request: shotspotter alerts and dispatch logs"),
    ]
    ack = parse(email("Your request for shotspotter alerts has been received and assigned OPRA-0588.",
                      sender="clerk@harborcity.gov", subject="OPRA-0588"))
    found = MatchIndex(requests, [agency]).match(ack)
    # Placed as weakly as words place (by them alone when the other request shares none), the number provisional.
    assert (found.request_id, found.provisional) == ("R-2", True)
    assert found.signal in ("new_number", "agency_subject")


def test_a_clerks_informal_note_about_our_letter_is_placed_by_its_words() -> None:
    agency = Agency(id="nh-labor", name="New Hampshire Department of Labor", jurisdiction="US-NH",
                    domains=["dol.nh.gov"])
    requests = [
        opened("R-1", "nh-labor", "Right-to-Know request: youth employment citations, 2024"),
        opened("R-2", "nh-labor", "Right-to-Know request: wage claim hearing decisions"),
    ]
    note = parse(email("Hi there - got your letter about the youth employment citations. Before I pull anything: "
                       "do you want the citation paperwork, or would a spreadsheet do? Tom", sender="tom@dol.nh.gov",
                       subject="quick question"))
    found = MatchIndex(requests, [agency]).match(note)
    assert (found.request_id, found.signal) == ("R-1", "agency_subject")
    # A newsletter on the same topic says nothing of our mail: not placed by its words.
    news = parse(email("This spring the Department issued youth employment citations to 40 employers.",
                       sender="news@dol.nh.gov", subject="Labor News"))
    assert MatchIndex(requests, [agency]).match(news).request_id is None


@pytest.mark.parametrize("note", [
    "Thanks for the call. Attached is what we have here: the 2024 youth employment citations and the two appeals.",
    "Here is everything we found on youth employment citations for 2024. No charge.",
])
def test_a_clerk_sending_what_was_asked_for_after_a_call_is_placed_by_its_words(note: str) -> None:
    agency = Agency(id="nh-labor", name="New Hampshire Department of Labor", jurisdiction="US-NH",
                    domains=["dol.nh.gov"])
    requests = [
        opened("R-1", "nh-labor", "Right-to-Know request: youth employment citations, 2024"),
        opened("R-2", "nh-labor", "Right-to-Know request: wage claim hearing decisions"),
    ]
    found = MatchIndex(requests, [agency]).match(parse(email(note + "\n\nKaren", sender="karen@dol.nh.gov",
                                                             subject="citations")))
    assert (found.request_id, found.signal) == ("R-1", "agency_subject"), found.reason


def test_a_year_range_is_no_agencys_new_number_and_our_own_bounce_is_no_portal(tmp_path: Path) -> None:
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text(yaml.safe_dump({"agencies": [
        {"id": "cms", "name": "Centers for Medicare and Medicaid Services", "jurisdiction": "US",
         "domains": ["cms.hhs.gov"], "tracking_pattern": r"\b20\d\d-\d\d-\d{4}\b"},
        # A loose pattern: it also matches "2023-2026".
        {"id": "fda", "name": "Food and Drug Administration", "jurisdiction": "US", "domains": ["fda.hhs.gov"],
         "tracking_pattern": r"\b20\d\d-\d{4}\b"},
    ]}))
    requests = tmp_path / "requests.yaml"
    requests.write_text(yaml.safe_dump({"requests": [
        {"id": "R-1", "agency": "cms", "subject": "FOIA Request: nursing facility deficiencies, 2023-2026",
         "sent": "2026-10-05", "message_id": "<r-1@desk.example.org>"},
        {"id": "R-2", "agency": "fda", "subject": "FOIA Request: compounding pharmacy warning letters",
         "sent": "2026-10-05", "message_id": "<r-2@desk.example.org>"},
    ]}))
    bounce = _write(tmp_path, "1.eml", (
        b"From: Mail Delivery System <MAILER-DAEMON@desk.example.org>\r\nTo: records@desk.example.org\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\nDate: Mon, 05 Oct 2026 11:02:00 +0000\r\n"
        b"Message-ID: <dsn-1@desk.example.org>\r\nContent-Type: text/plain\r\n\r\n"
        b"This is the mail system at host mx1.desk.example.org. Your message could not be delivered.\r\n"
        b"<foia@cms.gov>: host cms.gov said: 550 5.1.1 Recipient address rejected\r\n\r\n"
        b"--- Original message headers ---\r\nMessage-ID: <r-1@desk.example.org>\r\n"
        b"Subject: FOIA Request: nursing facility deficiencies, 2023-2026\r\n"))
    (row,) = replay_files([bounce], agencies, requests)
    assert (row.request, row.kind) == ("R-1", "bounce")
    assert row.signal == "thread"


def test_a_year_range_in_a_loose_pattern_is_not_a_new_number() -> None:
    fda = Agency(id="fda", name="Food and Drug Administration", jurisdiction="US", domains=["fda.hhs.gov"],
                 tracking_pattern=r"\b20\d\d-\d{4}\b")
    index = MatchIndex([opened("R-2", "fda", "FOIA Request: compounding pharmacy letters")], [fda])
    note = parse(email("Your FOIA request about inspections 2023-2026 is with our office.", sender="foi@fda.hhs.gov",
                       subject="Your request"))
    assert index.match(note).signal != "new_number"
    numbered = parse(email("Your FOIA request has been assigned 2026-1234.", sender="foi@fda.hhs.gov",
                           subject="Your request"))
    assert index.match(numbered).signal == "new_number"


def test_a_letter_naming_one_county_and_a_department_both_have_is_the_countys() -> None:
    counties = [
        Agency(id="ramsey", name="Ramsey County Social Services Department (Minnesota)", jurisdiction="US-MN",
               domains=["co.ramsey.mn.us"], tracking_pattern=r"\bR\d{6}-\d{6}\b"),
        Agency(id="dakota", name="Dakota County Community Services Division (Minnesota)", jurisdiction="US-MN",
               domains=["co.dakota.mn.us"], tracking_pattern=r"\bR\d{6}-\d{6}\b"),
    ]
    requests = [opened("R-1", "ramsey", "Data request: child protection screening"),
                opened("R-2", "dakota", "Data request: child protection screening")]
    index = MatchIndex(requests, counties)
    letter = parse(email("Thank you for your data request to Dakota County Community Services. Reference No.: "
                         "R001121-030926. Department: Dakota County Community Services - Social Services.",
                         sender="mnhsdatarequests@mycusthelp.net", name="Human Services Data Request Center",
                         subject="Data Request :: R001121-030926"))
    assert index.match(letter).agency_id == "dakota"


def test_a_transferred_request_known_by_its_old_number_takes_its_new_one() -> None:
    va = [Agency(id="vha", name="Veterans Health Administration", jurisdiction="US", domains=["va.gov"],
                 tracking_pattern=r"\b\d{2}-\d{5}-F\b")]
    requests = [OpenRequest(id="R-1", agency_id="vha", subject="FOIA: community care wait times",
                            tracking_numbers=frozenset(["26-08841-F"]), sent=dt.date(2026, 3, 2)),
                opened("R-2", "vha", "FOIA: contract files")]
    index = MatchIndex(requests, va)
    letter = parse(email("Your request was originally submitted to the Central Office (26-08841-F) and was "
                         "transferred to the VISN 7 office. It has been assigned a new FOIA tracking number, "
                         "26-09377-F. Please use the new number in all future correspondence.",
                         sender="tamika.greer@va.gov", subject="VISN 7 FOIA Request 26-09377-F - Acknowledgment"))
    assert index.match(letter).request_id == "R-1"
    # Without saying it renumbered the request, a known number beside a new one does not pull the letter to it.
    aside = parse(email("Separate from your pending request 26-08841-F, we opened 26-09400-F for the contracts.",
                        sender="tamika.greer@va.gov", subject="FOIA Request 26-09400-F"))
    assert index.match(aside).request_id != "R-1"


def test_an_agencys_letter_citing_another_agencys_number_beside_its_own_stays_with_its_own_request() -> None:
    endowments = [
        Agency(id="neh", name="National Endowment for the Humanities", jurisdiction="US", domains=["neh.gov"],
               tracking_pattern=r"\bNEH-\d{4}-\d{6}\b"),
        Agency(id="nea", name="National Endowment for the Arts", jurisdiction="US", domains=["arts.gov"],
               tracking_pattern=r"\bNEA-\d{4}-\d{5}\b"),
    ]
    requests = [opened("R-1", "neh", "FOIA: grant terminations"),
                OpenRequest(id="R-2", agency_id="nea", subject="FOIA: grant terminations", sent=dt.date(2026, 3, 2),
                            tracking_numbers=frozenset(["NEA-2026-00088"]))]
    index = MatchIndex(requests, endowments)
    index.add_tracking_number("R-1", "NEH-2026-000147", provisional=True)
    letter = parse(email("This is our final response to NEH-2026-000147. Twelve pages originated with the National "
                         "Endowment for the Arts and were referred to it; the NEA is handling them under its "
                         "request NEA-2026-00088.", sender="foia@foiapal.neh.gov", subject="Final response"))
    assert index.match(letter).request_id != "R-2"


def test_a_portal_digest_listing_several_requests_is_placed_on_none_by_a_new_number() -> None:
    county = [Agency(id="lane", name="Lane County", jurisdiction="US-OR", domains=["lanecountyor.gov"],
                     tracking_pattern=r"\b26-\d{3,4}\b")]
    requests = [opened("R-1", "lane", "Records request: bridge inspection reports"),
                OpenRequest(id="R-2", agency_id="lane", subject="Records request: septic repair orders",
                            sent=dt.date(2026, 3, 2), tracking_numbers=frozenset(["26-901"]))]
    index = MatchIndex(requests, county)
    digest = parse(email("Here is your weekly summary of activity on record requests at Lane County. #26-842 "
                         "Herbicide spray logs: 1 new message. #26-877 Event contracts (following): closed. View all "
                         "of your requests: https://lanecountyor.nextrequest.com/requests",
                         sender="noreply@mail.nextrequest.com", subject="Your weekly request digest - Lane County"))
    assert index.match(digest).request_id is None


def test_a_portals_notice_with_an_unsubscribe_header_is_still_about_a_request() -> None:
    schools = [
        Agency(id="hcpss", name="Howard County Public School System (Maryland)", jurisdiction="US-MD",
               domains=["hcpss.org"], tracking_pattern=r"\bMPIA-20\d{2}-\d{4}\b"),
        Agency(id="bcps", name="Baltimore County Public Schools (Maryland)", jurisdiction="US-MD",
               domains=["bcps.org"], tracking_pattern=r"\bPIA-2\d-\d{4}\b"),
    ]
    requests = [opened("R-1", "hcpss", "MPIA request: library book challenges"),
                opened("R-2", "bcps", "MPIA request: library book challenges")]
    index = MatchIndex(requests, schools)
    body = ("Request MPIA-2026-0311 has been received | Howard County Public School System. Your request was received "
            "on 03/02/2026 and has been assigned request number MPIA-2026-0311.")
    unsubscribe = "List-Unsubscribe: <mailto:unsubscribe@justfoia.com>\r\n"
    notice = parse(email(body, sender="notifications@justfoia.com", name="JustFOIA Notifications",
                         subject="Request MPIA-2026-0311 has been received").replace(b"MIME-Version", (
                             unsubscribe + "MIME-Version").encode(), 1))
    assert index.match(notice).request_id == "R-1"
    # The same words from a newsletter one can unsubscribe from are still not a reply.
    newsletter = parse(email(body, sender="news@schoolboards.example.org", name="Board News",
                             subject="Request MPIA-2026-0311 has been received").replace(b"MIME-Version", (
                                 unsubscribe + "MIME-Version").encode(), 1))
    assert index.match(newsletter).request_id is None


def test_an_agencys_note_from_its_own_address_goes_to_its_only_open_request() -> None:
    """A deputy's short note restates little of the request, but it is the one request we have open with them."""
    sheriff = Agency(id="pike-so", name="Pike County Sheriff's Office", jurisdiction="US-IN",
                     emails=["sheriff@pikecounty.in.gov"], domains=["pikecounty.in.gov"])
    one = [opened("R-1", "pike-so", "APRA request: jail medical contract, vendor "
                       "invoices and grievance logs, 2024-2026")]
    note = email("Ms. Reyes, the Sheriff asked me to call you about the grievance logs part of your records request; "
                 "the invoices are with the county auditor. Please call me at the office.",
                 sender="deputy.ames@pikecounty.in.gov", subject="your records request")
    found = MatchIndex(one, [sheriff]).match(parse(note))
    assert found.request_id == "R-1" and found.provisional
    assert "the agency's only open request" in found.reason
    # With a second request open that the note also touches, the same few words do not decide: triage.
    two = [*one, opened("R-2", "pike-so", "APRA request: the auditor's reviews of "
                             "use-of-force reports 2025")]
    unplaced = MatchIndex(two, [sheriff]).match(parse(note))
    assert unplaced.request_id is None and "R-1" in {c.request_id for c in unplaced.candidates}
    # Nor from an address the agency shares with others (a portal): the agency is not known for sure.
    portal = Agency(id="pike-so", name="Pike County Sheriff's Office", jurisdiction="US-IN", emails=[PORTAL],
                    domains=["pikecounty.in.gov"])
    other = Agency(id="gibson-so", name="Gibson County Sheriff's Office", jurisdiction="US-IN", emails=[PORTAL])
    shared = email("The grievance logs part of your records request needs another week; the invoices are with the "
                   "auditor. Pike County Sheriff's Office", sender=PORTAL, subject="your records request")
    assert MatchIndex(one, [portal, other]).match(parse(shared)).request_id is None
    # A note that shares one word with the request (the county's name aside) is not enough.
    thin = email("About your records request: the invoices are with the auditor.",
                 sender="deputy.ames@pikecounty.in.gov", subject="your records request")
    assert MatchIndex(one, [sheriff]).match(parse(thin)).request_id is None


def test_a_clerk_writing_from_a_personal_address_is_known_by_the_office_in_her_signature() -> None:
    """Small towns' clerks answer from Gmail or Comcast and sign with the town's name, which agencies.yaml writes
    with its state ("Town of Alstead, New Hampshire")."""
    town = Agency(id="alstead", name="Town of Alstead, New Hampshire", jurisdiction="US-NH",
                  emails=["clerk@alsteadnh.gov"], domains=["alsteadnh.gov"])
    requests = [
        opened("R-1", "alstead", "Right-to-Know request: Town of Alstead planning board "
                                 "minutes on the gravel pit expansion, 2025-2026"),
        opened("R-2", "alstead", "Right-to-Know request: Town of Alstead road agent "
                                 "overtime and paving contracts, 2025"),
    ]
    index = MatchIndex(requests, [town])
    for body in [
        # records sent over, in a clerk's words, with no word "request" in them
        "Hi, the planning board minutes where the gravel pit expansion came up are attached, let me know if you "
        "need anything else.\n\nJoan Pike\nTown Clerk\nTown of Alstead",
        "Bill asked me to send these while he is away: the road agent's overtime sheets and the two paving "
        "contracts. Two invoices are exempt under RSA 91-A:5 and were held back.\n\nJoan\nTown of Alstead",
    ]:
        found = index.match(parse(email(body, sender="joanpike1958@gmail.com", name="Joan Pike",
                                        subject="documents")))
        assert found.request_id == ("R-1" if "gravel" in body else "R-2"), found.reason
    # A neighbour's mail that names the town signs as no office of it and talks of no request of ours.
    chatter = parse(email("See you at the Town of Alstead planning board meeting about the gravel pit expansion!",
                          sender="neighbour@gmail.com", name="Sam", subject="gravel pit"))
    assert index.match(chatter).request_id is None


def test_a_letter_restating_one_request_whole_wins_over_one_whose_place_names_its_attachment_shares() -> None:
    """A district engineer's list (a spreadsheet naming counties) answers the bridge request whole; the other
    request only shares two county names with the spreadsheet."""
    dot = Agency(id="wvdoh", name="West Virginia Division of Highways", jurisdiction="US-WV", domains=["wv.gov"])
    requests = [
        opened("R-1", "wvdoh", "FOIA: landslide repair contracts, invoices, change orders "
                               "and inspector diaries in Mingo and Logan counties"),
        opened("R-2", "wvdoh", "FOIA: District 2 bridge closure and weight posting notices"),
    ]
    raw = (b"From: Bridge Engineer <j.hale@wv.gov>\r\nTo: desk@ledger.example.com\r\nSubject: D2 postings\r\n"
           b"Date: Tue, 10 Mar 2026 09:12:00 -0500\r\nMessage-ID: <d2@wv.gov>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
           b"Legal passed along your FOIA for District 2. Attached are the bridge closure and weight posting notices "
           b"we issued since January.\r\n--b\r\nContent-Type: text/csv; name=postings.csv\r\n"
           b"Content-Disposition: attachment; filename=postings.csv\r\n\r\nStructure,Route,County,Repair status\r\n"
           b"20A0871,CR 21,Mingo,Posted\r\n03A0212,CR 17,Logan,Closed\r\n--b--\r\n")
    assert MatchIndex(requests, [dot]).match(parse(raw)).request_id == "R-2"


def test_a_city_portal_naming_only_the_city_does_not_pick_one_of_its_departments() -> None:
    """'City of Seattle' is no more the police's name than transportation's: the department named in the
    notice decides."""
    portal = "seattle@mail.nextrequest.com"
    police = Agency(id="spd", name="Seattle Police Department", jurisdiction="US-WA", emails=[portal],
                    tracking_pattern=r"\b26-\d{4}\b")
    roads = Agency(id="sdot", name="Seattle Department of Transportation", jurisdiction="US-WA", emails=[portal],
                   tracking_pattern=r"\b26-\d{4}\b")
    requests = [
        opened("R-1", "spd", "PRA request: crowd-control weapons deployment reports"),
        opened("R-2", "sdot", "PRA request: school-zone speed camera siting studies"),
    ]
    index = MatchIndex(requests, [police, roads])
    notice = email("Your City of Seattle public records request #26-4472 has been submitted. Request: school-zone "
                   "speed camera siting studies. Departments: Seattle Department of Transportation.",
                   sender=portal, name="City of Seattle", subject="Your request #26-4472 has been submitted")
    assert index.match(parse(notice)).request_id == "R-2"
    vague = email("Your City of Seattle public records request #26-4473 has been submitted.", sender=portal,
                  name="City of Seattle", subject="Your request #26-4473 has been submitted")
    found = index.match(parse(vague))
    assert found.request_id is None and "shared by SPD, SDOT" in found.reason


def test_a_note_sharing_words_with_only_one_of_the_agencys_requests_goes_to_it() -> None:
    """A clerk's two-line acknowledgment names the topic of one request and nothing of the other."""
    sheriff = Agency(id="kinney-so", name="Kinney County Sheriff's Office", jurisdiction="US-TX",
                     domains=["co.kinney.tx.us"])
    requests = [
        opened("R-1", "kinney-so", "PIA request: Operation Lone Star criminal trespass "
                                   "arrest records and booking logs, 2025-2026"),
        opened("R-2", "kinney-so", "PIA request: jail release records for detainees transferred to federal custody"),
    ]
    note = email("Good morning, we got your records request for the trespass arrests. I will let you know about the "
                 "cost before I pull everything.\n\nLola\nRecords\nKinney County Sheriff's Office",
                 sender="lola.t77@gmail.com", name="Lola", subject="open records")
    found = MatchIndex(requests, [sheriff]).match(parse(note))
    assert (found.request_id, found.provisional) == ("R-1", True)
    # A note that shares a word with each request decides nothing.
    both = email("We got your records request about the trespass arrests and the custody transfers.\n\nLola\n"
                 "Kinney County Sheriff's Office", sender="lola.t77@gmail.com", name="Lola", subject="open records")
    assert MatchIndex(requests, [sheriff]).match(parse(both)).request_id is None


def test_a_newsletter_a_colleague_forwards_is_still_not_placed_by_its_words() -> None:
    """Forwarding strips the list headers; the newsletter's footer still says what it is."""
    va = Agency(id="va", name="Department of Veterans Affairs", jurisdiction="US", domains=["va.gov"])
    requests = [opened("R-1", "va", "FOIA request: ambient AI scribe pilot privacy "
                            "impact assessments and vendor contracts")]
    body = ("FYI, see below.\n\n---------- Forwarded message ---------\nFrom: VA News <vanews@messages.va.gov>\n"
            "Date: Tue, Mar 10, 2026\nSubject: VA expands AI scribe pilot\n\nVA expands the ambient AI scribe pilot "
            "to 40 medical centers; the vendor contracts include privacy safeguards. Learn how to request your own "
            "records at va.gov.\n\nYou are receiving this email because you subscribed to VA News. Manage your "
            "preferences at messages.va.gov.")
    forwarded = parse(email(body, sender="dana@ledger.example.com", name="Dana", subject="Fwd: VA expands AI "
                            "scribe pilot"))
    assert MatchIndex(requests, [va]).match(forwarded).request_id is None
    digest = body.replace("You are receiving this email because you subscribed to VA News. Manage your preferences at "
                          "messages.va.gov.", 'To unsubscribe from the Weekly Digest, reply with "unsubscribe".')
    forwarded = parse(email(digest, sender="dana@ledger.example.com", name="Dana", subject="Fwd: VA Weekly Digest"))
    assert MatchIndex(requests, [va]).match(forwarded).request_id is None
    # A Google Group's own footer ("To unsubscribe from this group ...") is how mail arrives, not a newsletter.
    letter = parse(email("We received your FOIA request for the ambient AI scribe privacy impact assessments and "
                         "vendor contracts.\n\n--\nYou received this message because you are subscribed to the Google "
                         "Groups \"Records\" group. To unsubscribe from this group and stop receiving emails from it, "
                         "send an email to records+unsubscribe@ledger.example.com.", sender="foia@va.gov",
                         subject="Your FOIA request"))
    assert MatchIndex(requests, [va]).match(letter).request_id == "R-1"


def test_a_number_learned_weakly_does_not_outweigh_the_letters_own_new_number() -> None:
    """An inspector general's letter lists all our requests by number, then says which one it is about, by a
    number no request is known by yet."""
    oig = Agency(id="oig", name="Office of the Inspector General", jurisdiction="US", domains=["oig.example.gov"],
                 tracking_pattern=r"\b2\d-OIG-\d{5}\b")
    requests = [
        opened("R-1", "oig", "FOIA: misconduct findings against prosecutors, 2021-2025"),
        OpenRequest(id="R-2", agency_id="oig", subject="FOIA: grant audit work papers and questioned costs",
                    sent=dt.date(2026, 3, 9)),
    ]
    index = MatchIndex(requests, [oig])
    index.add_tracking_number("R-1", "26-OIG-01184", provisional=True)  # its acknowledgment was placed by words
    letter = parse(email("We have these requests from you on file: 26-OIG-01184 (misconduct findings against "
                         "prosecutors), open; 26-OIG-01203 (grant audit work papers and questioned costs), the subject "
                         "of this letter. This letter concerns 26-OIG-01203 only. Please tell us whether you want the "
                         "complete work papers.", sender="foia@oig.example.gov",
                         subject="Clarification needed (26-OIG-01203)", date="Mon, 16 Mar 2026 09:00:00 -0400"))
    assert index.match(letter).request_id != "R-1"


def test_a_colleagues_forward_of_an_unlisted_portals_notice_is_read_as_the_portals() -> None:
    """Teams list an agency's own mailbox, not the portal's notifier; a colleague forwarding the portal's notice
    leaves the notifier only in the forwarded block."""
    city = Agency(id="atlanta", name="City of Atlanta Department of City Planning", jurisdiction="US-GA",
                  emails=["openrecords@atlantaga.gov"], domains=["atlantaga.gov"], tracking_pattern=r"\b26-\d{4}\b")
    requests = [opened("R-1", "atlanta", "ORA request: code enforcement complaints in "
                            "NPU-V")]
    body = ("FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Atlanta Open Records "
            "<noreply@atlantaga.nextrequest.com>\nDate: Tue, Mar 3, 2026\nSubject: Request 26-1187 has been submitted"
            "\nTo: records@ledger.example.com\n\n### City of Atlanta\nYour record request #26-1187 has been submitted "
            "and routed to Department of City Planning. View it at https://atlantaga.nextrequest.com/requests/26-1187")
    found = MatchIndex(requests, [city]).match(parse(email(body, sender="dana@ledger.example.com", name="Dana",
                                                           subject="Fwd: Request 26-1187 has been submitted")))
    assert (found.request_id, found.agency_id) == ("R-1", "atlanta")


def test_a_cover_note_saying_only_see_attached_is_about_the_request_its_letter_names() -> None:
    """'Please see the attached letter.': the request is talked of in the letter."""
    county = Agency(id="marlow", name="Marlow County Clerk", jurisdiction="US-KY", domains=["marlowcounty.gov"])
    requests = [
        opened("R-1", "marlow", "Open records request: jail commissary contracts"),
        opened("R-2", "marlow", "Open records request: road salt purchase orders"),
    ]
    raw = ("From: Clerk <clerk@marlowcounty.gov>\r\nTo: desk@ledger.example.com\r\nSubject: Letter\r\n"
           "Date: Tue, 10 Mar 2026 09:12:00 -0500\r\nMessage-ID: <l-1@marlowcounty.gov>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
           "Please see the attached letter.\r\n--b\r\nContent-Type: text/plain; name=letter.txt\r\n"
           "Content-Disposition: attachment; filename=letter.txt\r\n\r\nRe: your open records request for the jail "
           "commissary contracts. The contracts for 2024 and 2025 are enclosed.\r\n--b--\r\n")
    assert MatchIndex(requests, [county]).match(parse(raw.encode())).request_id == "R-1"


def test_a_digest_citing_one_requests_number_and_anothers_learned_weakly_is_placed_on_neither() -> None:
    portal = "seattle@mail.nextrequest.com"
    city = Agency(id="seattle", name="City of Seattle", jurisdiction="US-WA", emails=[portal],
                  tracking_pattern=r"\b26-\d{4}\b")
    requests = [
        opened("R-1", "seattle", "PRA: crowd-control weapons reports"),
        OpenRequest(id="R-2", agency_id="seattle", subject="PRA: speed camera siting studies",
                    sent=dt.date(2026, 3, 2), tracking_numbers=frozenset({"26-4472"})),
    ]
    index = MatchIndex(requests, [city])
    index.add_tracking_number("R-1", "26-4471", provisional=True)
    digest = parse(email("Your requests this week: #26-4471 crowd-control weapons reports - 1 new message; "
                         "#26-4472 speed camera siting studies - documents released.", sender=portal,
                         subject="Weekly digest"))
    assert index.match(digest).request_id is None


def test_a_portal_notice_naming_the_agency_only_by_its_own_portal_host_is_the_agencys() -> None:
    usgs = Agency(id="usgs", name="U.S. Geological Survey", jurisdiction="US", emails=["foia@usgs.gov"],
                  domains=["usgs.gov"])
    bsee = Agency(id="bsee", name="Bureau of Safety and Environmental Enforcement", jurisdiction="US",
                  domains=["bsee.gov"])
    from bot.match.senders import Senders

    notice = parse(email("The status of a request associated with your account has been updated. To view details, "
                         "sign in at: https://foia-pal.usgs.gov/app/CheckStatus.aspx",
                         sender="no-reply@pal.foiaxpress.net", subject="Request Status Update"))
    assert Senders([usgs, bsee]).of_reply(notice).agency == usgs
    # A link to the agency's ordinary web pages says nothing of who sent a notice.
    news = parse(email("Read the new report at https://www.usgs.gov/news.", sender="no-reply@pal.foiaxpress.net",
                       subject="Request Status Update"))
    assert Senders([usgs, bsee]).of_reply(news).agency is None


def test_a_person_on_a_states_shared_mail_domain_is_known_by_the_office_in_the_signature() -> None:
    """Montana's and Minnesota's agencies all send from mt.gov / state.mn.us; agencies.yaml lists only an office's
    own box or subdomain. The office's name in the signature says which office wrote; nothing else does."""
    copp = Agency(id="copp", name="Montana Commissioner of Political Practices", jurisdiction="US-MT",
                  emails=["politicalpractices@mt.gov"])
    agri = Agency(id="agri", name="Montana Department of Agriculture", jurisdiction="US-MT",
                  domains=["agr.mt.gov"])
    requests = [
        opened("R-1", "copp", "Public records request: campaign finance complaints "
                              "against 2026 legislative candidates"),
        opened("R-2", "agri", "Public records request: pesticide drift complaints in Yellowstone County"),
    ]
    index = MatchIndex(requests, [copp, agri])
    question = ("Before I pull the campaign finance complaints against legislative candidates: do you want the full "
                "case files, or just "
                "the complaints and the sufficiency decisions? Are you limiting this to the candidates themselves?"
                "\n\nLyle Hanson\nCompliance Specialist\nCommissioner of Political Practices\nHelena, MT 59601")
    found = index.match(parse(email(question, sender="lhanson@mt.gov", name="Hanson, Lyle", subject="complaints")))
    assert (found.request_id, found.agency_id) == ("R-1", "copp"), found.reason
    drift = ("The drift complaint files for Yellowstone County are attached, let me know if you need anything else."
             "\n\nKara Olsen\nPesticide Program\nMontana Department of Agriculture")
    found = index.match(parse(email(drift, sender="kolsen@mt.gov", name="Olsen, Kara", subject="files")))
    assert (found.request_id, found.agency_id) == ("R-2", "agri"), found.reason
    # A colleague forwarding the office's question keeps the office's address in the forwarded block.
    forward = (f"Lyle sent this to me instead of the desk.\n\n---------- Forwarded message ---------\nFrom: Lyle "
               f"Hanson <lhanson@mt.gov>\nDate: Fri, Mar 6, 2026\nSubject: complaints\nTo: Dana <dana@ledger."
               f"example.com>\n\n{question}")
    found = index.match(parse(email(forward, sender="dana@ledger.example.com", name="Dana", subject="Fwd: complaints")))
    assert (found.request_id, found.agency_id) == ("R-1", "copp"), found.reason
    # Someone else at mt.gov, signed by no listed office, is not taken for one; nor is a free-mail domain shared.
    other = index.match(parse(email(question.replace("Commissioner of Political Practices", "Department of Revenue"),
                                    sender="jdoe@mt.gov", subject="complaints")))
    assert other.agency_id is None and other.request_id is None
    gmail = Agency(id="derby", name="Town of Derby Clerk", jurisdiction="US-VT", emails=["derbyclerk@gmail.com"])
    stranger = MatchIndex([], [gmail]).sender_of_reply(parse(email(
        "The Town of Derby Clerk said you would ask.", sender="someone@gmail.com", subject="hello")))
    assert "shared by" not in stranger.how


def test_a_contractors_analyst_is_known_by_the_agencys_number_format_and_name_together() -> None:
    """Federal FOIA offices hire contractors whose analysts write from the contractor's domain; the letter gives
    the agency's own kind of number and signs for the agency. Either alone is not enough."""
    treasury = Agency(id="treasury", name="Department of the Treasury - Departmental Offices", jurisdiction="US",
                      domains=["treasury.gov"], tracking_pattern=r"\b20\d{2}-OFAC-\d{4}\b")
    sba = Agency(id="sba", name="U.S. Small Business Administration", jurisdiction="US", domains=["sba.gov"],
                 tracking_pattern=r"\bSBA-20\d{2}-\d{6}\b")
    requests = [
        opened("R-1", "treasury", "FOIA request: OFAC civil penalties involving ship-to-ship transfers of crude oil"),
        opened("R-2", "treasury", "FOIA request: OFAC general licenses for humanitarian exports"),
        opened("R-3", "sba", "FOIA request: disaster loan fraud referrals"),
    ]
    index = MatchIndex(requests, [treasury, sba])
    letter = ("This acknowledges receipt of your Freedom of Information Act request for records of OFAC civil "
              "penalties involving ship-to-ship transfers of crude oil. Your request has been assigned tracking "
              "number 2026-OFAC-0437.\n\nMegan Kessler\nFOIA Analyst (Contractor)\nU.S. Department of the Treasury"
              "\n--\nHarbor Records Group, LLC")
    found = index.match(parse(email(letter, sender="mkessler@harborrecords.com", name="Megan Kessler",
                                    subject="FOIA 2026-OFAC-0437 - Acknowledgment")))
    assert (found.request_id, found.agency_id) == ("R-1", "treasury"), found.reason
    unsigned = letter.replace("U.S. Department of the Treasury", "Harbor Records Group")
    found = index.match(parse(email(unsigned, sender="mkessler@harborrecords.com", subject="FOIA 2026-OFAC-0437")))
    assert found.request_id is None and found.agency_id is None


def test_a_part_time_clerk_signing_with_the_offices_short_name_goes_to_its_only_request() -> None:
    """Staff sign "Hot Springs County Weed & Pest" for the "... Weed & Pest Control District"; a note signed so,
    about our email, goes to the office's only open request even in a few words of its own."""
    office = Agency(id="weedpest", name="Hot Springs County Weed & Pest Control District (Thermopolis, Wyoming)",
                    jurisdiction="US-WY", emails=["hscweedpest@rtconnect.net"])
    other = Agency(id="parks", name="Hot Springs State Park", jurisdiction="US-WY", domains=["wyo.gov"])
    requests = [opened("R-1", "weedpest", "Public records request: herbicide application "
                            "records along the Big Horn River corridor, 2025-2026"),
                opened("R-2", "parks", "Public records request: bathhouse inspection reports")]
    index = MatchIndex(requests, [office, other])
    note = ("Hi, this is Rhonda at the Weed and Pest office. I got your email about the spray records along the "
            "river. I'm only in Tuesdays and Thursdays. I will start pulling what I can find.\n\nRhonda Tillotson\n"
            "Office (part time)\nHot Springs County Weed & Pest")
    found = index.match(parse(email(note, sender="rtillotson.ranch@gmail.com", name="Rhonda Tillotson",
                                    subject="records request")))
    assert (found.request_id, found.agency_id) == ("R-1", "weedpest"), found.reason
    # Someone who only mentions the office, signing as no one's, is not taken for it.
    neighbour = ("I got your email about the spray records along the river. Hot Springs County Weed & Pest sprays "
                 "there every June.\n\nBill")
    found = index.match(parse(email(neighbour, sender="bill.h@gmail.com", name="Bill", subject="records request")))
    assert found.request_id is None


def test_a_city_clerk_on_the_citys_main_domain_is_known_by_the_place_in_the_signature() -> None:
    """Departments list their own domain (tulsapolice.org); the city's clerks and its HR office write from the
    city's (cityoftulsa.org) and sign "City of Tulsa". Only the office lines of a signature count."""
    tulsa = Agency(id="tpd", name="Tulsa Police Department (Records Section)", jurisdiction="US-OK",
                   emails=["tpdrecords@tulsapolice.org"], domains=["tulsapolice.org"])
    denver = Agency(id="dpd", name="Denver Police Department", jurisdiction="US-CO", domains=["denvergov.org"])
    requests = [
        opened("R-1", "tpd", "Open Records Act request: TPD body camera video, Aug. 21 traffic stop, N. Peoria Ave."),
        opened("R-2", "tpd", "Open Records Act request: TPD overtime hours and payments, 2024-2025"),
        opened("R-3", "dpd", "CORA request: overtime hours and payments"),
    ]
    index = MatchIndex(requests, [tulsa, denver])
    letter = ("Your request for Tulsa Police overtime hours and payments was forwarded to Human Resources, which keeps "
              "payroll. Before I can run the report: do you want totals by division or by employee?\n\nThank you,\n\n"
              "Gwen Harjo\nPublic Records Coordinator\nCity of Tulsa - Human Resources")
    found = index.match(parse(email(letter, sender="gharjo@cityoftulsa.org", name="Gwen Harjo",
                                    subject="RE: overtime")))
    assert (found.request_id, found.agency_id) == ("R-2", "tpd"), found.reason
    # A person named Tulsa signs with her name, not an office: her name says nothing of an agency.
    stranger = index.sender_of_reply(parse(email("About the overtime payments you asked about.\n\nTulsa Jones",
                                                 sender="tj@example.net", subject="overtime")))
    assert stranger.agency is None


def test_an_auto_responders_precedence_bulk_does_not_make_its_answer_a_mailing() -> None:
    """Auto-responders mark their answer "Precedence: bulk" so that other responders leave it alone."""
    from bot.parse.bulk import is_bulk
    raw = ("From: Records <tpdrecords@tulsapolice.org>\r\nTo: desk@ledger.example.com\r\nSubject: Automated Response"
           "\r\nDate: Tue, 10 Mar 2026 09:12:00 -0500\r\nAuto-Submitted: auto-replied\r\nPrecedence: bulk\r\n"
           "Content-Type: text/plain\r\n\r\nYour email has been received by the Records Section.\r\n")
    assert not is_bulk(parse(raw.encode()))
    assert is_bulk(parse(raw.replace("Auto-Submitted: auto-replied\r\n", "").encode()))


def test_a_reply_naming_another_requests_number_first_keeps_its_own_and_teaches_no_other(tmp_path: Path) -> None:
    """"Everything I found is part of the files produced under OPRA-0318 ... so for OPRA-0347 there are no records":
    the reply answers the second request; OPRA-0318 stays the first request's alone."""
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text(yaml.safe_dump({"agencies": [{
        "id": "harbor", "name": "Harbor City Police Department", "jurisdiction": "US-NJ",
        "domains": ["harborcity.gov"], "tracking_pattern": r"\bOPRA-\d{4}\b"}]}))
    requests = tmp_path / "requests.yaml"
    requests.write_text(yaml.safe_dump({"requests": [
        {"id": "R-1", "agency": "harbor", "subject": "OPRA request: towing contracts and invoices 2025",
         "sent": "2026-03-02", "tracking_number": "OPRA-0318"},
        {"id": "R-2", "agency": "harbor", "subject": "OPRA request: correspondence with the tow operators' union",
         "sent": "2026-03-02", "message_id": "<r-2.out@ledger.example.com>"},
    ]}))
    answer = email("I searched the shared drive and the captain's mailbox. Everything I found is already part of the "
                   "towing files produced under OPRA-0318. So for OPRA-0347 there are no responsive records.",
                   sender="captain@harborcity.gov", subject="RE: your question")
    answer = answer.replace(b"Message-ID: <m-1@mail.example>",
                            b"Message-ID: <m-1@mail.example>\r\nIn-Reply-To: <r-2.out@ledger.example.com>")
    later = email("Please see the attached letter.", sender="clerk@harborcity.gov", subject="OPRA-0318",
                  date="Mon, 23 Mar 2026 09:00:00 -0400").replace(b"m-1@", b"m-2@")
    rows = list(replay_files([_write(tmp_path, "1.eml", answer), _write(tmp_path, "2.eml", later)], agencies,
                             requests))
    assert (rows[0].request, rows[0].tracking_number) == ("R-2", "OPRA-0347")
    assert (rows[1].request, rows[1].signal) == ("R-1", "tracking_number")


def test_an_office_a_request_was_referred_to_numbers_it_anew_on_the_request_its_old_number_names() -> None:
    """Without thread headers: the acknowledgment of the office the request was referred to cites the old number
    (learned from words) beside its own new one; the new one is not another request's first number."""
    navy = Agency(id="navy", name="Department of the Navy", jurisdiction="US", domains=["us.navy.mil"],
                  tracking_pattern=r"\bDON-NAVY-\d{4}-\d{6}\b")
    requests = [opened("R-1", "navy", "FOIA Request: mold in Navy privatized family housing, Hampton Roads"),
                opened("R-2", "navy", "FOIA Request: Navy Recruiting Command advertising agency contract")]
    index = MatchIndex(requests, [navy])
    index.add_tracking_number("R-1", "DON-NAVY-2026-013372", provisional=True)
    letter = parse(email("Subj: FREEDOM OF INFORMATION ACT REQUEST DON-NAVY-2026-014120. Ref: (a) Your FOIA request "
                         "(DON-NAVY-2026-013372). This acknowledges receipt of your request, reference (a), which was "
                         "referred to this office by the DON FOIA Program Office. Your request has been assigned "
                         "number DON-NAVY-2026-014120.", sender="navfac_foia@us.navy.mil",
                         subject="FOIA Request DON-NAVY-2026-014120 (ref. DON-NAVY-2026-013372) - Acknowledgment"))
    assert index.match(letter).request_id == "R-1"


def test_a_colleagues_forward_of_a_staffers_letter_from_the_agencys_domain_is_the_agencys_own_voice() -> None:
    """A clerk writes to one of us from her own address on the agency's domain; a colleague forwards it to the
    team inbox "for the file". The forwarded letter's sender is the agency, as if it had come to the inbox."""
    court = Agency(id="lucas-jc", name="Lucas County Juvenile Court (Records)", jurisdiction="US-OH",
                   emails=["jcrecords@co.lucas.oh.us"], domains=["co.lucas.oh.us"])
    requests = [opened("R-1", "lucas-jc", "Public records request: delinquency docket counts and detention "
                                          "admissions by month, 2023-2026")]
    index = MatchIndex(requests, [court])
    forward = ("Filing this one - she wrote me directly.\n\nOmar\n\n---------- Forwarded message ---------\n"
               "From: Pruitt, Dana <dana.pruitt@co.lucas.oh.us>\nDate: Thu, Mar 5, 2026 at 3:10 PM\n"
               "Subject: RE: records\nTo: Omar Haddad <omar@ledger.example.com>\n\n"
               "Mr. Haddad, we keep the detention admissions ourselves, but the caseload figures are compiled by "
               "the state Supreme Court; you may want to ask them for that part of your request.\n\n"
               "Dana Pruitt\nDeputy Clerk")
    found = index.match(parse(email(forward, sender="omar@ledger.example.com", name="Omar Haddad",
                                    subject="Fwd: RE: records")))
    assert (found.request_id, found.agency_id) == ("R-1", "lucas-jc"), found.reason
    # An address of the agency only mentioned in our colleague's own note is no letter of the agency's.
    mention = ("Note to self: the clerk is dana.pruitt@co.lucas.oh.us if the detention admissions part of the "
               "request stalls.\n\nOmar")
    found = index.match(parse(email(mention, sender="omar@ledger.example.com", name="Omar Haddad",
                                    subject="records")))
    assert found.request_id is None


def test_a_clerk_who_signed_as_the_office_from_a_personal_address_is_known_by_it_unsigned_later(
        tmp_path: Path) -> None:
    """A part-time clerk writes from her own Gmail and signs as the department; her next note, after we paid, is
    "Got your check, here they are. Kim": the address that signed as the office is the office's now."""
    agencies, requests = _register(tmp_path)
    signed = email("Your OPRA request for the towing contracts and invoices: the 2025 invoices come to 36 pages, "
                   "$0.05 a page, total $1.80. Send a check and I will scan them.\n\nKim Lee\nRecords Clerk\n"
                   "Harbor City Police Department", sender="kimlee.hcpd@gmail.com", name="Kim Lee",
                   subject="towing invoices")
    unsigned = email("Got your check, thanks. Here are the towing invoices.\n\nKim",
                     sender="kimlee.hcpd@gmail.com", name="Kim Lee", subject="Re: towing invoices",
                     date="Mon, 23 Mar 2026 09:00:00 -0400").replace(b"m-1@", b"m-2@")
    alone = list(replay_files([_write(tmp_path, "2.eml", unsigned)], agencies, requests))
    assert alone[0].request is None  # on its own, nothing says whose it is
    rows = list(replay_files([_write(tmp_path, "1.eml", signed), _write(tmp_path, "2.eml", unsigned)], agencies,
                             requests))
    assert [row.request for row in rows] == ["R-1", "R-1"], [row.reason for row in rows]
    # A colleague forwarding such a letter from her own Gmail is not taken for the office afterwards.
    forward = email("FYI, for the towing file.\n\n---------- Forwarded message ---------\nFrom: Kim Lee "
                    "<kimlee.hcpd@gmail.com>\nSubject: towing invoices\nTo: Sam <sam.reporter@gmail.com>\n\n"
                    + signed.decode().split("\r\n\r\n", 1)[1], sender="sam.reporter@gmail.com", name="Sam",
                    subject="Fwd: towing invoices")
    note = email("Got your check, thanks. Here are the towing invoices.\n\nSam", sender="sam.reporter@gmail.com",
                 name="Sam", subject="towing invoices", date="Mon, 23 Mar 2026 09:00:00 -0400").replace(
                     b"m-1@", b"m-3@")
    rows = list(replay_files([_write(tmp_path, "3.eml", forward), _write(tmp_path, "4.eml", note)], agencies,
                             requests))
    assert rows[0].request == "R-1" and rows[1].request is None, [row.reason for row in rows]


def test_a_request_the_office_splits_in_two_is_known_by_both_numbers(tmp_path: Path) -> None:
    """The acknowledgment logs the two parts under two numbers; the letter on the second part, months later and
    outside the thread, cites only its own."""
    agencies, _ = _register(tmp_path)
    requests = tmp_path / "requests.yaml"
    requests.write_text(yaml.safe_dump({"requests": [
        {"id": "R-1", "agency": "harbor", "subject": "OPRA request: towing contracts and tow complaints 2025",
         "sent": "2026-03-02", "message_id": "<r-1.out@ledger.example.com>"},
        {"id": "R-2", "agency": "harbor", "subject": "OPRA request: shotspotter alerts and dispatch logs",
         "sent": "2026-03-02", "message_id": "<r-2.out@ledger.example.com>"},
    ]}))
    ack = email("We received your request. Because the two parts are kept by different units, we have logged them as "
                "two requests: OPRA-0612 (towing contracts) and OPRA-0613 (tow complaints).",
                sender="clerk@harborcity.gov", subject="OPRA-0612 and OPRA-0613")
    ack = ack.replace(b"Message-ID: <m-1@mail.example>",
                      b"Message-ID: <m-1@mail.example>\r\nIn-Reply-To: <r-1.out@ledger.example.com>")
    later = email("Re: OPRA-0613. The Department located no records responsive to this part of your request.",
                  sender="clerk@harborcity.gov", subject="OPRA-0613 - Determination",
                  date="Mon, 20 Apr 2026 09:00:00 -0400").replace(b"m-1@", b"m-2@")
    rows = list(replay_files([_write(tmp_path, "1.eml", ack), _write(tmp_path, "2.eml", later)], agencies,
                             requests))
    assert [(row.request, row.signal) for row in rows] == [("R-1", "thread"), ("R-1", "tracking_number")]


def test_a_states_records_portal_on_the_domain_one_agency_lists_is_read_from_the_entity_it_names() -> None:
    """The state's portal (no-reply@openrecords.nv.gov) serves cities and districts too; agencies.yaml lists the
    whole state domain for one department. A notice naming a district, and never the department, is the district's;
    one naming the department, or a referral from it naming both, stays the department's."""
    dnr = Agency(id="dnr", name="Nevada Department of Conservation and Natural Resources", jurisdiction="US-NV",
                 domains=["nv.gov"])
    water = Agency(id="water", name="Truckee Meadows Water Authority", jurisdiction="US-NV",
                   emails=["records@tmwa.example.com"])
    requests = [opened("R-1", "dnr", "Public records request: groundwater pumping permits, Washoe basin"),
                opened("R-2", "water", "Public records request: board closed-session minutes on drought rates")]
    index = MatchIndex(requests, [dnr, water])
    notice = ("Your public records request has been received.\nRequest #: 118901\nEntity: {entity}\nDescription: "
              "{what}\nThis message was sent by the Nevada Open Records Portal on behalf of the entity named above.")

    def portal(entity: str, what: str, sender: str = "no-reply@openrecords.nv.gov") -> tuple[str | None, str | None]:
        found = index.match(parse(email(notice.format(entity=entity, what=what), sender=sender,
                                        name="Open Records Portal", subject="Public records request #118901 received")))
        return found.agency_id, found.request_id

    assert portal("Truckee Meadows Water Authority", "closed-session minutes on drought rates") == ("water", "R-2")
    assert portal("Department of Conservation and Natural Resources", "groundwater pumping permits") == ("dnr", "R-1")
    referral = ("Department of Conservation and Natural Resources; your request was referred to the Truckee Meadows "
                "Water Authority")
    assert portal(referral, "groundwater pumping permits")[0] == "dnr"
    # A person at the department writing from the state domain is the department's, whoever the letter names.
    assert portal("Truckee Meadows Water Authority", "closed-session minutes",
                  sender="jlee@dcnr.nv.gov")[0] == "dnr"


def test_a_number_only_in_an_attachments_name_between_underscores_places_the_reply(tmp_path: Path) -> None:
    """'As promised, attached is the first batch' names no request in words; the office's number in the file name
    (HCAO_DR26-177_Production1.pdf) is one, for its only open request without a number."""
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text("agencies:\n  - {id: da, name: Lake County Attorney's Office, jurisdiction: US-MN,"
                        " domains: [lake.example.us], tracking_pattern: '\\bDR\\d{2}-\\d{3}\\b'}\n")
    requests = tmp_path / "requests.yaml"
    requests.write_text("requests:\n  - {id: R-1, agency: da, subject: 'Data request: charging reviews of police "
                        "use-of-force incidents', sent: 2026-03-02}\n")
    message = EmailMessage()
    message["From"] = "Lukas Brandt <lukas.brandt@lake.example.us>"
    message["To"] = INBOX
    message["Subject"] = "First batch - charging reviews"
    message["Date"] = "Mon, 16 Mar 2026 10:00:00 -0500"
    message["Message-ID"] = "<batch@lake.example.us>"
    message.set_content("Hi, as promised, attached is the first batch: the declination letters for the 14 police "
                        "use-of-force incidents reviewed from 2022 through 2024. The rest will follow in April."
                        "\n\nLukas")
    message.add_attachment(b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="pdf",
                           filename="HCAO_DR26-177_Production1.pdf")
    path = tmp_path / "batch.eml"
    path.write_bytes(message.as_bytes())
    (outcome,) = replay_files([path], agencies, requests)
    assert (outcome.request, outcome.tracking_number) == ("R-1", "DR26-177"), outcome.reason


def test_a_colleagues_forward_of_a_newsletter_is_placed_on_no_request(tmp_path: Path) -> None:
    """Forwarded, a newsletter has lost its list headers; its footer ("You are subscribed to ...", "change your
    subscriber preferences") still says what it is, whatever topic words it shares with a request."""
    agencies = tmp_path / "agencies.yaml"
    agencies.write_text("agencies:\n  - {id: tax, name: Internal Revenue Service, jurisdiction: US,"
                        " domains: [irs.example.gov]}\n")
    requests = tmp_path / "requests.yaml"
    requests.write_text("requests:\n  - {id: R-1, agency: tax, subject: 'FOIA request: identity verification "
                        "contracts and identity theft data-sharing agreements', sent: 2026-03-02}\n")
    body = ("Thought you'd want this.\n\n---------- Forwarded message ---------\n"
            "From: IRS <irs@public.govdelivery.com>\nDate: Tue, Mar 10, 2026\n"
            "Subject: e-News for Tax Professionals 2026-10\nTo: Dana <dana@ledger.example.com>\n\n"
            "e-News for Tax Professionals. 1. Identity theft schemes targeting preparers. 2. Identity verification "
            "for new accounts. 3. How to request a transcript online.\n\n"
            "You are subscribed to e-News for Tax Professionals for Internal Revenue Service. To "
            "unsubscribe or change your subscriber preferences, visit the subscriber preferences page.")
    path = tmp_path / "fwd.eml"
    path.write_bytes(email(body, sender="dana@ledger.example.com", name="Dana", subject="Fwd: e-News for Tax "
                           "Professionals 2026-10"))
    (outcome,) = replay_files([path], agencies, requests)
    assert outcome.request is None and outcome.status != "processed", outcome.reason


def test_counsel_writing_for_a_body_named_with_its_county_and_office_is_placed_by_the_bodys_own_name() -> None:
    """A township listed as "Cedar Hollow Township, Marlow County - Fiscal Officer" is written of as "Cedar Hollow
    Township" by the county prosecutor who answers as its counsel, from the prosecutor's own domain."""
    township = Agency(id="pineview", name="Cedar Hollow Township, Marlow County (Ohio) - Fiscal Officer",
                      jurisdiction="US-OH", emails=["pineviewtwp.fiscal@gmail.com"])
    other = Agency(id="library", name="Marlow County District Library", jurisdiction="US-OH",
                   domains=["marlowlibrary.org"])
    requests = [opened("R-1", "pineview", "Public records request: trustee emails about the road levy"),
                opened("R-2", "pineview", "Public records request: zoning violation files"),
                opened("R-3", "library", "Public records request: board minutes")]
    index = MatchIndex(requests, [township, other])
    letter = ("Dear Records Desk:\n\nThis office serves as legal counsel to Cedar Hollow Township under R.C. 309.09.\n"
              "The Township Fiscal Officer has referred to us the part of your request seeking emails of the Trustees\n"
              "about the road levy. The Trustees searched their accounts.\nThe only responsive emails are "
              "communications with this office seeking legal advice.\nThey are withheld in their entirety under "
              "R.C. 149.43(A)(1)(v).\nNo other responsive records were located.\n\nSincerely,\n\nJane Doe\n"
              "Assistant Prosecuting Attorney, Civil Division")
    found = index.match(parse(email(letter, sender="jdoe@marlowprosecutor.org", name="Jane Doe",
                                    subject="Cedar Hollow Township - public records request (road levy emails)")))
    assert (found.agency_id, found.request_id) == ("pineview", "R-1"), found.reason


def test_a_numbered_district_is_known_by_its_name_without_the_number() -> None:
    """"Elm Grove Cemetery District No. 2" is "Elm Grove Cemetery" to the clerk's husband sending her scans."""
    district = Agency(id="cemetery", name="Elm Grove Cemetery District No. 2", jurisdiction="US-KS",
                      emails=["elmgrovecemetery@yahoo.com"])
    other = Agency(id="fire", name="Elm Grove Rural Fire District", jurisdiction="US-KS", domains=["egfire.org"])
    requests = [opened("R-1", "cemetery", "KORA request: budgets, levy certifications and lot sales 2022-2026"),
                opened("R-2", "fire", "KORA request: run reports 2025")]
    index = MatchIndex(requests, [district, other])
    note = ("Deb asked me to send these since her phone won't attach the scans. Here are the budgets, the levy sheets "
            "and the lot book pages for Elm Grove Cemetery.\n\nRon")
    found = index.match(parse(email(note, sender="ron.h.farm@gmail.com", name="Ron H", subject="papers for Deb")))
    assert (found.agency_id, found.request_id) == ("cemetery", "R-1"), found.reason


def test_a_firm_counsel_to_two_agencies_writes_for_the_one_its_letter_says() -> None:
    """A law firm's lawyer whose address one agency lists (or foiabot learned for it) is also counsel to another
    of our agencies: "On behalf of Cedar Creek Community Services District" says whose letter it is."""
    city = Agency(id="city", name="City of Brookfield", jurisdiction="US-CA", emails=["jlaw@firmllp.example"],
                  domains=["brookfield.example.gov"])
    district = Agency(id="district", name="Cedar Creek Community Services District", jurisdiction="US-CA",
                      domains=["cccsd.example.org"])
    requests = [opened("R-1", "city", "CPRA request: police overtime and the towing contract"),
                opened("R-2", "district", "CPRA request: water loss audits and settlement agreements, 2022-2026")]
    index = MatchIndex(requests, [city, district])
    letter = ("Good morning,\n\nOn behalf of Cedar Creek Community Services District: the District's validated water "
              "loss audits for 2022 through 2025 are available at the link below. The District will respond on the "
              "settlement agreements separately.\n\nJane Law\nFirm LLP, General Counsel to the District")
    found = index.match(parse(email(letter, sender="jlaw@firmllp.example", name="Jane Law",
                                    subject="CCCSD Public Records Act Request - Production 1")))
    assert (found.agency_id, found.request_id) == ("district", "R-2"), found.reason
    own = letter.replace("Cedar Creek Community Services District: the District's validated water loss audits for "
                         "2022 through 2025 are", "the City of Brookfield: the police overtime reports are")
    found = index.match(parse(email(own, sender="jlaw@firmllp.example", name="Jane Law", subject="CPRA - City")))
    assert found.agency_id == "city"


def test_a_reply_on_one_requests_thread_that_says_it_is_about_another_is_not_placed_on_the_thread() -> None:
    """"Replying on this chain since it was handy - this one is about your SECOND request": the office's letter
    mentions the thread's request in passing, but is about the other one; it goes to the team with both."""
    office = Agency(id="osha", name="Occupational Safety and Health Administration", jurisdiction="US",
                    domains=["dol.gov"], tracking_pattern=r"\b2026-F-\d{5}\b")
    first = OpenRequest(id="R-1", agency_id="osha", subject="FOIA: fatality investigation files for Ohio warehouses",
                        sent=dt.date(2026, 3, 2), message_ids=frozenset({"<r-1@desk.example.org>"}),
                        tracking_numbers=frozenset({"2026-F-08812"}))
    second = opened("R-2", "osha", "FOIA: heat illness complaints and site-specific targeting lists, Region 5")
    index = MatchIndex([first, second], [office])
    note = ("Hello again,\n\nReplying on this chain since it was handy - this one is about your second request, not "
            "the Ohio warehouse files. Your request for heat illness complaints and site-specific targeting lists for "
            "Region 5 was received on March 9, 2026 and has been assigned 2026-F-09140.\n\n2026-F-08812 (Ohio "
            "warehouses) is still in process; nothing new on that one.\n\nKendra Boyle\nOSHA FOIA")
    raw = email(note, sender="boyle.kendra@dol.gov", name="Boyle, Kendra", subject="RE: FOIA: fatality investigation "
                "files for Ohio warehouses")
    raw = raw.replace(b"Message-ID:", b"In-Reply-To: <r-1@desk.example.org>\r\nMessage-ID:")
    found = index.match(parse(raw))
    assert found.request_id is None, found.reason
    assert {c.request_id for c in found.candidates} >= {"R-1", "R-2"}
    # Without those words, the same letter on the thread stays with the thread's request.
    plain = raw.replace(b"Replying on this chain since it was handy - this one is about your second request, not "
                        b"the Ohio warehouse files. ", b"")
    assert index.match(parse(plain)).request_id == "R-1"


def test_an_unlisted_senders_letter_only_in_a_pdf_is_known_by_the_office_its_letterhead_names() -> None:
    """Counsel writing from the firm's own domain, the letter only in letter.pdf: its letterhead says whose."""
    spec = importlib.util.spec_from_file_location("delivery", Path(__file__).resolve().parents[1] / "bench"
                                                  / "delivery.py")
    assert spec is not None and spec.loader is not None
    delivery = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("delivery", delivery)  # its dataclasses look their module up
    spec.loader.exec_module(delivery)
    letter_pdf = delivery.letter_pdf
    city = Agency(id="city", name="City of Brookfield", jurisdiction="US-CA", domains=["brookfield.example.gov"])
    district = Agency(id="district", name="Cedar Creek Community Services District", jurisdiction="US-CA",
                      domains=["cccsd.example.org"])
    requests = [opened("R-1", "city", "CPRA request: police overtime and the towing contract"),
                opened("R-2", "district", "CPRA request: water loss audits and settlement agreements, 2022-2026")]
    index = MatchIndex(requests, [city, district])
    message = EmailMessage()
    message["From"] = "Jane Law <jlaw@firmllp.example>"
    message["To"] = INBOX
    message["Subject"] = "Public Records Act Request - Production 1"
    message["Date"] = "Tue, 10 Mar 2026 09:12:00 -0500"
    message.set_content("Please see the attached letter.\n\nJane Law\nFirm LLP")
    message.add_attachment(letter_pdf("CEDAR CREEK COMMUNITY SERVICES DISTRICT\nMarch 10, 2026\n\nDear Requester:\n\n"
                                      "The District's validated water loss audits for 2022 through 2025 are available "
                                      "at the link below. The settlement agreements will follow separately.\n"),
                           maintype="application", subtype="pdf", filename="letter.pdf")
    found = index.match(parse(message.as_bytes()))
    assert (found.agency_id, found.request_id) == ("district", "R-2"), found.reason


def test_a_forwarded_letter_that_says_it_is_about_another_request_is_not_placed_on_its_thread() -> None:
    """The same letter forwarded by a colleague as an attachment, with the history it quotes of the thread's own
    request: the words do not say which other request, but the letter says it is not the thread's."""
    office = Agency(id="osha", name="Occupational Safety and Health Administration", jurisdiction="US",
                    domains=["dol.gov"], tracking_pattern=r"\b2026-F-\d{5}\b")
    first = OpenRequest(id="R-1", agency_id="osha", subject="FOIA: fatality investigation files for Ohio warehouses",
                        sent=dt.date(2026, 3, 2), message_ids=frozenset({"<r-1@desk.example.org>"}),
                        tracking_numbers=frozenset({"2026-F-08812"}))
    second = opened("R-2", "osha", "FOIA: heat illness complaints and site-specific targeting lists, Region 5")
    index = MatchIndex([first, second], [office])
    inner = ("From: Boyle, Kendra <boyle.kendra@dol.gov>\r\nSubject: RE: FOIA: fatality investigation files for Ohio "
             "warehouses\r\nIn-Reply-To: <r-1@desk.example.org>\r\nMessage-ID: <k2@dol.gov>\r\n\r\nDifferent request, "
             "same thread, apologies. It has been assigned 2026-F-09140 and sent to the regional office.\r\n\r\n"
             "From: Boyle, Kendra\r\nSent: Tuesday, March 3, 2026 8:47 AM\r\nSubject: RE: FOIA: fatality investigation"
             " files for Ohio warehouses\r\n\r\nThis acknowledges your request for fatality investigation files for "
             "Ohio warehouses, 2026-F-08812.\r\n")
    raw = ("From: Sam <sam@desk.example.org>\r\nTo: desk@ledger.example.com\r\nSubject: Fwd: RE: FOIA: fatality "
           "investigation files for Ohio warehouses\r\nDate: Tue, 10 Mar 2026 09:12:00 -0500\r\nMessage-ID: <f@d>\r\n"
           'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain'
           '\r\n\r\nCan someone log this?\r\n--b1\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; '
           f'filename="boyle.eml"\r\n\r\n{inner}--b1--\r\n').encode()
    found = index.match(parse(raw))
    assert found.request_id != "R-1", found.reason
