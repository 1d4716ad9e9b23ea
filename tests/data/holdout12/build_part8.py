add("2026-11-09 12:12 -0500", "M-DCPS Public Records <publicrecords@dadeschools.net>", "RE: PRR-04462",
    L("REQ-009", "no_records", "PRR-04462", "after fee estimate, district says no existing record; Guardian program not used; FL no admin appeal"),
    text="""Good afternoon,

Following up on our cost estimate of October 14. On further review, the District does not maintain a record listing School Safety Officer or Guardian assignments by school. M-DCPS has its own police department (MDSPD) and does not participate in the Guardian program, and officer deployments are managed by shift rosters that are not retained once superseded. Chapter 119 does not require the District to create a record that does not exist. Accordingly there are no responsive records and no charge applies. This request is closed.

Public Records Unit
Office of the School Board Attorney""")
add("2026-09-25 18:02 -0600", GQ, "Denver Public Schools Open Records Request :: R000902-092226 - Message Center",
    L("REQ-012", "portal_notice", "R000902-092226", "GovQA 'new message in Message Center' on the shared no-reply address"),
    text="""Dear Campus Watch Clinic,

A new message regarding your records request R000902-092226 is available in the Denver Public Schools Public Records Center Message Center. Please log in to read it.

https://denverpublicschools.mycusthelp.com/WEBAPP/_rs/RequestLogin.aspx

This mailbox is not monitored.""")
DSN = """From: Mail Delivery System <MAILER-DAEMON@mx.campuswatch.example.edu>
To: foia@campuswatch.example.edu
Date: Mon, 05 Oct 2026 14:07:33 -0400
Subject: Undelivered Mail Returned to Sender
Message-ID: <20261005180733.4B1C2E0012@mx.campuswatch.example.edu>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="4B1C2E0012.1791223653/mx.campuswatch.example.edu"

This is a MIME-encapsulated message.

--4B1C2E0012.1791223653/mx.campuswatch.example.edu
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.campuswatch.example.edu.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ntac-foia@usss.dhs.gov>: host mx1.usss.dhs.gov[192.0.2.25] said: 550 5.1.1
    <ntac-foia@usss.dhs.gov>... User unknown (in reply to RCPT TO command)

--4B1C2E0012.1791223653/mx.campuswatch.example.edu
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.campuswatch.example.edu
Arrival-Date: Mon,  5 Oct 2026 14:07:30 -0400 (EDT)

Final-Recipient: rfc822; ntac-foia@usss.dhs.gov
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <ntac-foia@usss.dhs.gov>... User unknown

--4B1C2E0012.1791223653/mx.campuswatch.example.edu
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Campus Watch Clinic <foia@campuswatch.example.edu>
Reply-To: foia+req-016@campuswatch.example.edu
To: ntac-foia@usss.dhs.gov
Cc: FOIA@usss.dhs.gov
Subject: FOIA Request: Data underlying NTAC report on averted school attacks
Message-ID: <req-016.20261005.1@campuswatch.example.edu>
Date: Mon, 05 Oct 2026 14:07:28 -0400

--4B1C2E0012.1791223653/mx.campuswatch.example.edu--
"""
import email as _em
_d = dt.datetime(2026, 10, 5, 14, 7, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
MSGS.append(dict(date=_d, msg=_em.message_from_string(DSN), label=L("REQ-016", "bounce", None, "Postfix DSN for the copy sent to a dead NTAC address (the Cc to FOIA@ went through)"), facts={}, raw=None))
