"""Messages 011-020."""
from gen_common import *

M = []

# 011 HPD acknowledgment, HTML only, Outlook
h = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Good morning,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Honolulu Police Department acknowledges receipt of your request for use-of-force reports (2023-2025), received via email on <b>September 8, 2026</b>.
Your request has been assigned Records Request No. <b>2026-04127</b>.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Pursuant to HAR &sect;2-71-13, the Department will respond within ten (10) business days after receipt, or advise you in writing if extenuating
circumstances under HAR &sect;2-71-15 apply. Please note that use-of-force reports are maintained by the Professional Standards Office and may require review and segregation.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Respectfully,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Sgt. Darren Kaneshiro</b><br>Records and Identification Division<br>Honolulu Police Department<br>801 South Beretania Street, Honolulu, Hawaii 96813<br>Phone: (808) 723-3271</p>
<p class="MsoNormal" style="font-size:8pt;color:gray">CONFIDENTIALITY NOTICE: This email may contain confidential information intended only for the addressee.</p>
</div></body></html>"""
hd = [('From', '"Kaneshiro, Darren" <dkaneshiro@honolulupd.org>'), ('To', REQ['REQ-001'][1]),
      ('Subject', 'RE: ' + REQ['REQ-001'][2]), ('Date', 'Tue, 15 Sep 2026 09:30:14 -1000'),
      ('Message-ID', mid('011', 'honolulupd.org')), ('Thread-Topic', REQ['REQ-001'][2]),
      ('Thread-Index', 'AdtB4kHPDrecordsreq001'), ('X-MS-Exchange-Organization-SCL', '-1'),
      ('X-Originating-IP', '[10.20.4.18]')]
thread(hd, 'REQ-001')
M.append(('011-hpd-ack-html.eml', build(hd, html=h, html_only=True),
    fact('011-hpd-ack-html.eml', 'REQ-001', 'acknowledgment', '2026-04127', ['thread', 'plus', 'tracking-new'],
         'HPD HTML-only Outlook ack: received Sep 8 (= sent), assigns 2026-04127', clock='received_on_sent_date')))

# 012 NSB clarification, quoting our request, personal address
hd = [('From', 'Della Ahsoak <della.ahsoak@north-slope.org>'), ('To', REQ['REQ-010'][1]),
      ('Subject', 'RE: ' + REQ['REQ-010'][2]), ('Date', 'Wed, 16 Sep 2026 10:40:21 -0800'),
      ('Message-ID', mid('012', 'north-slope.org'))]
thread(hd, 'REQ-010')
M.append(('012-nsb-clarify.eml', build(hd, text="""Hi,

I'm back in Utqiagvik and the Clerk passed your request to me. Before I start pulling files I
need to know a couple things:

1. Do you want every Title 19 permit (that includes gravel pads, village housing lots, cabins,
   ice roads) or only the oil and gas development permits (Development Permits and Master Plan
   permits for the Willow / Pikka / Nuna areas)?
2. The village permits for Nuiqsut, Atqasuk and Anaktuvuk Pass are kept in paper at the
   village liaison offices. If you only need Utqiagvik and Nuiqsut I can do this a lot faster.

Once I hear back I will get started. I won't be able to do anything until then.

Della Ahsoak
Land Management Regulation
North Slope Borough, P.O. Box 69, Utqiagvik, AK 99723
""" + quote_request('REQ-010', 'Friday, September 11, 2026 7:55 AM')),
    fact('012-nsb-clarify.eml', 'REQ-010', 'clarification', None, ['thread', 'plus'],
         'NSB staffer asks which permit types and villages before searching; NSB gives no tracking number')))

# 013 HPD ack for REQ-002 without threading headers, changed subject
M.append(('013-hpd-ack-pursuits-nothread.eml', build([
    ('From', '"Kaneshiro, Darren" <dkaneshiro@honolulupd.org>'), ('To', INBOX),
    ('Subject', 'Your UIPA request - vehicle pursuits'), ('Date', 'Thu, 17 Sep 2026 08:50:02 -1000'),
    ('Message-ID', mid('013', 'honolulupd.org')), ('X-MS-Has-Attach', '')],
    text="""Good morning,

We received your second request on September 15, 2026, this one for vehicle pursuit reports and
dash camera video for January through June 2026. It is Records Request No. 2026-04161 and is
separate from your earlier use-of-force request.

Please be aware that HPD patrol vehicles are not all equipped with in-car cameras, and video is
retained for a limited period. We will let you know what exists.

Respectfully,
Sgt. Darren Kaneshiro
Records and Identification Division, HPD
"""), fact('013-hpd-ack-pursuits-nothread.eml', 'REQ-002', 'acknowledgment', '2026-04161', ['tracking-new', 'subject'],
    'HPD ack for the second HPD request with no thread headers and new subject; "vehicle pursuits" and date Sep 15 place it',
    clock='received_on_sent_date')))

# 014 JustFOIA new message notice
M.append(('014-anc-justfoia-message.eml', build([
    ('From', 'Municipality of Anchorage Public Records <noreply@justfoia.com>'), ('To', REQ['REQ-008'][1]),
    ('Subject', 'New message regarding request 2026-PRR-3307'), ('Date', 'Thu, 17 Sep 2026 12:33:50 -0800'),
    ('Message-ID', mid('014', 'justfoia.com'))],
    text="""A new message has been posted to your public records request 2026-PRR-3307.

To read the message and respond, please log in to the public portal:
https://anchorageak.justfoia.com/publicportal/home/track

Municipality of Anchorage - Public Records
This is an automated message. Replies to this address are not monitored.
"""), fact('014-anc-justfoia-message.eml', 'REQ-008', 'portal_notice', '2026-PRR-3307', ['plus', 'tracking'],
    'JustFOIA "new message posted, log in" with no substantive text')))

# 015 NOAA PAL acknowledgment
t = """Dear Records Desk,

The U.S. Department of Commerce, National Oceanic and Atmospheric Administration (NOAA) has
received your Freedom of Information Act (FOIA) request on 09/17/2026 and assigned it tracking
number DOC-NOAA-2026-001962.

Request description: NOAA Fisheries Alaska Region Cook Inlet beluga incidental take
correspondence, 2024-2026.

Your request has been assigned to the NMFS Alaska Regional Office (Juneau) for processing.
Fee category: Representative of the News Media. Fees, if any, will be limited to duplication
beyond 100 pages; you indicated willingness to pay up to $50.

You may track the status of your request at https://foiapal.doc.gov/app/Home.aspx using your
tracking number.

NOAA FOIA Office
1315 East-West Highway, Silver Spring, MD 20910
foia@noaa.gov

THIS IS AN AUTOMATED MESSAGE - PLEASE DO NOT REPLY
"""
M.append(('015-noaa-pal-ack.eml', build([
    ('From', 'DOC FOIA PAL <foiapal-noreply@doc.gov>'), ('To', REQ['REQ-014'][1]),
    ('Subject', 'FOIA Request DOC-NOAA-2026-001962 Submitted'), ('Date', 'Fri, 18 Sep 2026 09:12:44 -0400'),
    ('Message-ID', mid('015', 'doc.gov'))], text=t),
    fact('015-noaa-pal-ack.eml', 'REQ-014', 'acknowledgment', 'DOC-NOAA-2026-001962', ['plus', 'tracking-new', 'subject'],
         'Commerce FOIAXpress PAL ack: received 09/17 (= sent), DOC-NOAA-2026-001962', clock='received_on_sent_date')))

# 016 Maui DWS OIP "Acknowledgment to Requester" form in PDF (extenuating circumstances)
L = ["ACKNOWLEDGMENT TO REQUESTER", "(Office of Information Practices form, rev. 2024)", "",
     "TO: Records Desk, records+req-007@records.example.org", "FROM: County of Maui, Department of Water Supply",
     "200 S. High Street, 5th Floor, Wailuku, HI 96793", "County tracking no.: RR 2026-241", "",
     "DATE REQUEST RECEIVED: September 16, 2026", "DATE OF THIS ACKNOWLEDGMENT: September 18, 2026", "",
     "REQUESTED RECORDS: Lahaina system pressure and hydrant records, August 2023", "",
     "The agency will need more than ten business days to respond to your request because of the",
     "following extenuating circumstance(s) (HAR 2-71-15):",
     "[X] The request requires extensive agency efforts to search, review, or segregate the records.",
     "[X] The records are stored in an off-site or remote location. (Lahaina District records were",
     "    relocated to temporary storage in Kahului after the August 2023 fire.)",
     "[ ] The request requires the agency to consult with another agency or person.",
     "[ ] The request is for a voluminous amount of records.",
     "[ ] The agency's ability to respond is limited by circumstances beyond its control.", "",
     "The agency expects to provide a Notice to Requester by: October 14, 2026.", "",
     "If the records will be disclosed in increments, the agency will tell you in the Notice.",
     "", "Agency contact: Kainoa Fernandez, DWS Records, (808) 270-7816",
     "", "You may contact the Office of Information Practices at (808) 586-1400 or oip@hawaii.gov",
     "with questions about this form."]
hd = [('From', 'Kainoa Fernandez <kainoa.fernandez@mauicounty.gov>'), ('To', REQ['REQ-007'][1]),
      ('Subject', 'RE: ' + REQ['REQ-007'][2]), ('Date', 'Fri, 18 Sep 2026 16:20:31 -1000'),
      ('Message-ID', mid('016', 'mauicounty.gov')), ('X-MS-Has-Attach', 'yes')]
thread(hd, 'REQ-007')
M.append(('016-maui-dws-ack-to-requester-pdf.eml', build(hd, text="""Aloha,

Please see the attached Acknowledgment to Requester for your UIPA request.

Kainoa Fernandez
Department of Water Supply, County of Maui
""", attachments=[(pdf(L, 'Acknowledgment to Requester'), 'application', 'pdf', 'RR 2026-241 Ack to Requester.pdf')]),
    fact('016-maui-dws-ack-to-requester-pdf.eml', 'REQ-007', 'extension', 'RR 2026-241', ['thread', 'plus', 'tracking-new'],
         'OIP Acknowledgment to Requester (PDF only): received Sep 16 (= sent), extenuating circumstances checked; HI +10 business days; Notice expected Oct 14',
         clock='extension', estimated='2026-10-14')))

# 017 ADEC staff clarification from personal alaska.gov address
hd = [('From', 'Kristen Nukapigak <kristen.nukapigak@alaska.gov>'), ('To', INBOX),
      ('Subject', 'Records request R004412-091426 - spill reports question'), ('Date', 'Mon, 21 Sep 2026 09:44:10 -0800'),
      ('Message-ID', mid('017', 'alaska.gov'))]
M.append(('017-akdec-staff-clarify.eml', build(hd, text="""Good morning,

I'm with the Spill Prevention and Response division (Prevention, Preparedness & Response
Program) and I'm working on your records request R004412-091426.

Our spill database lists a little over 3,900 reported spills on the North Slope for 2024 to
date, most of them under 10 gallons (drips at pad facilities, glycol, etc.). Full case files
for every one of those would take months. Would you be willing to narrow to spills of 55
gallons or more, or to a list of specific facilities (e.g. Prudhoe Bay Unit, Kuparuk,
Alpine/CD5, Point Thomson)?

The summary spreadsheet for all spills is available right away at no cost if that helps.

Please reply here or through the portal. We will hold the request until we hear from you.

Thanks,
Kristen Nukapigak
Environmental Program Specialist III
Alaska Department of Environmental Conservation, Division of Spill Prevention and Response
555 Cordova Street, Anchorage, AK 99501 | (907) 269-3063
"""), fact('017-akdec-staff-clarify.eml', 'REQ-012', 'clarification', 'R004412-091426', ['tracking', 'subject'],
    'ADEC staff asks to narrow spill scope, holds the request; links by GovQA number learned in 009')))

# 018 NextRequest due date extended (DPP)
t = """Honolulu DPP Records

Request 26-1187: Due date changed

The due date for request 26-1187 has been changed to October 7, 2026.

Reason: Extenuating circumstances (HAR 2-71-15) - records must be retrieved from the Land Use
Permits Division and the Code Compliance Branch; review and segregation of personal
information of complainants is required.

View request: https://honoluludpp.nextrequest.com/requests/26-1187
Do not reply to this email.
"""
M.append(('018-dpp-nextrequest-extension.eml', build([
    ('From', 'Honolulu DPP Records <no-reply@nextrequest.com>'), ('To', INBOX),
    ('Subject', '[Records Request 26-1187] Due date changed'), ('Date', 'Tue, 22 Sep 2026 08:30:05 -1000'),
    ('Message-ID', mid('018', 'nextrequest.com'))], text=t,
    html='<html><body><h3>Honolulu DPP Records</h3><p><b>Request 26-1187: Due date changed</b></p><p>The due date for request 26-1187 has been changed to <b>October 7, 2026</b>.</p><p>Reason: Extenuating circumstances (HAR 2-71-15) - records must be retrieved from the Land Use Permits Division and the Code Compliance Branch; review and segregation of personal information of complainants is required.</p><p><a href="https://honoluludpp.nextrequest.com/requests/26-1187">View request</a></p><p>Do not reply to this email.</p></body></html>'),
    fact('018-dpp-nextrequest-extension.eml', 'REQ-003', 'extension', '26-1187', ['tracking', 'subject'],
         'NextRequest due date changed to Oct 7 for extenuating circumstances; HI +10 business days on Sep 23 = Oct 7',
         clock='extension', estimated='2026-10-07')))

# 019 DLNR CWRM acknowledgment
hd = [('From', 'DLNR UIPA <dlnr.uipa@hawaii.gov>'), ('To', REQ['REQ-005'][1]),
      ('Subject', 'RE: ' + REQ['REQ-005'][2]), ('Date', 'Wed, 23 Sep 2026 11:20:45 -1000'),
      ('Message-ID', mid('019', 'hawaii.gov'))]
thread(hd, 'REQ-005')
M.append(('019-dlnr-cwrm-ack.eml', build(hd, text="""Aloha,

Your request dated September 21, 2026 for Commission on Water Resource Management records about
West Maui stream diversion requests in August 2023 was received on that date and has been
assigned UIPA-26-131.

CWRM staff will conduct the search. Please note that some of the records you describe may be
maintained by the County of Maui rather than by the Department.

DLNR UIPA Coordinator
Department of Land and Natural Resources, State of Hawaii
"""), fact('019-dlnr-cwrm-ack.eml', 'REQ-005', 'acknowledgment', 'UIPA-26-131', ['thread', 'plus', 'tracking-new'],
    'DLNR ack for the second DLNR request: received Sep 21 (= sent), UIPA-26-131', clock='received_on_sent_date')))

# 020 phishing (null)
M.append(('020-phish-null.eml', build([
    ('From', '"OIP Payment Center" <billing@uipa-payments-portal.com>'), ('To', INBOX),
    ('Subject', 'ACTION REQUIRED: Outstanding UIPA fee invoice #88231'), ('Date', 'Thu, 24 Sep 2026 03:15:22 +0000'),
    ('Message-ID', mid('020', 'uipa-payments-portal.com'))],
    text="""Dear Customer,

Your government records request has an unpaid processing fee of $48.00. Failure to pay within
24 hours will result in the cancellation of all pending requests.

Pay now securely: http://uipa-payments-portal.com/pay?inv=88231

State Records Billing
"""), fact('020-phish-null.eml', None, 'other', None, ['none'],
    'phishing posing as a UIPA fee invoice from a non-government domain; belongs to no request')))
