#!/usr/bin/env python3
"""Messages 041-050 (October 20 - November 9, 2026)."""
from build_common import *

R001 = req_mid(1, '20260901'); R004 = req_mid(4, '20260921'); R011 = req_mid(11, '20261001')
R005 = req_mid(5, '20260903')
M028 = '<DM8PR14MB5120F2A9C3B14E6D8F07A1B2C3D4E@DM8PR14MB5120.namprd14.prod.outlook.com>'
M021 = '<CH0PR09MB7421C8E2F0D14A7B8D9C1E3F5A6C22@CH0PR09MB7421.namprd09.prod.outlook.com>'
M022 = '<CAK7vR2w8nD3tQe5Vb0yXc2mP1hJ7sLk9fGa4uRz6Ey@mail.gmail.com>'
M040 = '<CAK7vR2q9Bt6Mx2Hd5Wn1cYe4kJf8sPa3uGz0oLr7Tv@mail.gmail.com>'

# ---------------------------------------------------------------- 041 Maricopa first rolling release with medical redactions
msg041 = """Following your clarification, the OME is producing records on a rolling basis.

Release 1 of your request contains 14 autopsy reports (with toxicology) and the 14
matching investigative reports, for cases that have been certified and reviewed by the
Maricopa County Attorney's Office.

Information redacted from these records:
 - names, addresses and telephone numbers of next of kin, witnesses and reporting parties;
 - dates of birth, Social Security numbers and booking numbers;
 - medical information taken from treating providers' records and from jail medical
   (Correctional Health Services) records, which is confidential under A.R.S. 12-2292
   and federal health privacy law.

The remaining 17 cases are still under review by the County Attorney's Office. We
anticipate the next release on or before December 4, 2026.

The records are available in the Public Records Center as W003318-090126_Release1.zip.
"""
t041 = """Maricopa County Public Records Center

Records have been released for public records request W003318-090126
(Office of the Medical Examiner).

Message from the department:
""" + msg041 + """
Log in to the Public Records Center to download the files:
https://maricopacountyaz.govqa.us/WEBAPP/_rs/(S(x3k1p0gq))/SupportHome.aspx

Replies to this email are not monitored.
"""
h041 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c9c9c9">
<tr><td style="background:#5a2d82;color:#fff;padding:10px 14px;font-size:13pt"><b>Maricopa County Public Records Center</b></td></tr>
<tr><td style="padding:14px">
<p>Records have been released for public records request <b>W003318-090126</b> (Office of the Medical Examiner).</p>
<div style="border-left:3px solid #5a2d82;padding:6px 12px;background:#f7f5fa">""" + \
    ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in msg041.strip().split('\n\n')) + """</div>
<p><a href="https://maricopacountyaz.govqa.us/WEBAPP/_rs/(S(x3k1p0gq))/SupportHome.aspx">Log in to the Public Records Center</a> to download the files.</p>
<p style="color:#777;font-size:8pt">Replies to this email are not monitored.</p>
</td></tr></table></body></html>
"""
write('041-mcome-govqa-interim-release1.eml', [
    ('From', 'Maricopa County Public Records Center <maricopacountyaz@govqa.us>'),
    ('To', plus(1)),
    ('Subject', 'Public Records Request :: W003318-090126 - Records Released'),
    ('Date', 'Tue, 20 Oct 2026 11:48:21 -0700'),
    ('Message-ID', '<e1f3a5c7b9d04f2a8c6e0b2d4f6a8c0e@govqa.us>'),
    ('X-Mailer', 'GovQA Mailer 9.4'),
], multipart('alternative', [text(t041), text(h041, 'html')], '041'))

# ---------------------------------------------------------------- 042 Postfix DSN from the county relay: our follow-up to the analyst
t042 = """This is the mail system at host smtp-gw2.acgov.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jorge.mendosa@acgov.org>: host mail.acgov.org[10.64.2.15] said: 550 5.1.1 User
    unknown (in reply to RCPT TO command)
"""
ds042 = """Reporting-MTA: dns; smtp-gw2.acgov.org
X-Postfix-Queue-ID: 4Ht7Qm0RzXz9vKp
X-Postfix-Sender: rfc822; records@records.example.org
Arrival-Date: Wed, 21 Oct 2026 09:14:02 -0700 (PDT)

Final-Recipient: rfc822; jorge.mendosa@acgov.org
Original-Recipient: rfc822;jorge.mendosa@acgov.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.acgov.org
Diagnostic-Code: smtp; 550 5.1.1 User unknown
"""
hdr042 = """Return-Path: <records@records.example.org>
From: Records Desk <records@records.example.org>
Reply-To: records+req-011@records.example.org
To: Jorge Mendoza <jorge.mendosa@acgov.org>
Subject: Re: your records request - diversion
Date: Wed, 21 Oct 2026 09:13:48 -0700
Message-ID: <req-011.20261021.3@records.example.org>
In-Reply-To: """ + M028 + """
References: """ + M028 + """
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
"""
write('042-bounce-postfix-acgov-typo.eml', [
    ('From', 'MAILER-DAEMON@smtp-gw2.acgov.org (Mail Delivery System)'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('Date', 'Wed, 21 Oct 2026 09:14:03 -0700'),
    ('Message-ID', '<20261021161403.4Ht7Qm0RzXz9vKp@smtp-gw2.acgov.org>'),
    ('Auto-Submitted', 'auto-replied'),
], multipart('report', [
    text(t042, charset='us-ascii', cte='7bit', extra=['Content-Description: Notification']),
    raw_part(['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], ds042),
    raw_part(['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], hdr042),
], '042', params=' report-type=delivery-status;', preamble='This is a MIME-encapsulated message.'))

# ---------------------------------------------------------------- 043 colleague forwards West Metro's final (number only in file name)
fwd043 = """Paid the fee by card over the phone on the 13th - here's what they sent. Spreadsheet
attached. I think this closes out the West Metro response-time request.

- Marcus

-------- Original Message --------
Subject: CORA Request - Response Time Data
Date: Fri, 23 Oct 2026 09:58:12 -0600
From: Karen Lindqvist <klindqvist@westmetrofire.org>
To: Marcus Webb <mwebb@records.example.org>

Marcus,

Attached is the spreadsheet of EMS response times by station for January 1, 2024
through August 31, 2026, as we discussed on the phone. Times run from unit dispatch to
arrival on scene, for EMS incidents where a West Metro unit arrived first; incidents
cancelled en route are excluded. The research took 3.25 hours; since you prepaid for
three hours, there is no additional charge.

This completes the District's response to your request.

Karen Lindqvist
Records Custodian | West Metro Fire Protection District
"""
csv043 = """station,year,ems_incidents,median_response_min,p90_response_min
1,2024,3412,5.8,8.9
1,2025,3527,5.9,9.1
1,2026 (Jan-Aug),2361,6.0,9.3
2,2024,2988,6.1,9.4
2,2025,3104,6.2,9.6
2,2026 (Jan-Aug),2075,6.3,9.8
4,2024,2210,6.7,10.5
4,2025,2291,6.6,10.2
4,2026 (Jan-Aug),1540,6.8,10.7
9,2024,1876,7.4,11.9
9,2025,1943,7.5,12.2
9,2026 (Jan-Aug),1302,7.7,12.6
12,2024,4120,5.5,8.6
12,2025,4236,5.6,8.8
12,2026 (Jan-Aug),2851,5.7,8.9
"""
write('043-fwd-westmetro-final-filename-only.eml', [
    ('From', 'Marcus Webb <mwebb@records.example.org>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'Fwd: CORA Request - Response Time Data'),
    ('Date', 'Fri, 23 Oct 2026 10:30:17 -0600'),
    ('Message-ID', '<8a1d4c2e-7b3f-4e9a-b5d6-0c2f9e8a7b61@records.example.org>'),
    ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0'),
    ('Content-Language', 'en-US'),
], multipart('mixed', [text(fwd043, fmt_flowed=True),
                       attachment(csv043.encode(), 'text/csv', 'C26-049_EMS_response_times_by_station_2024-2026.csv')], '043'))

# ---------------------------------------------------------------- 044 Parkland final release (CSV attachment)
t044 = """Dear Requestor,

Attached is the information responsive to request PIR2026-0917: the ambulance diversion
status history for Parkland Memorial Hospital from January 1, 2025 through August 31,
2026, exported from EMResource, the regional hospital status system, together with the
monthly totals of diversion hours.

Your payment of $78.75 was received on October 1, 2026. No information responsive to
your request has been withheld. This concludes the District's response to this request.

Sincerely,

Open Records Office
Office of the General Counsel
Parkland Health

CONFIDENTIALITY NOTICE: This email and any attachments may contain confidential or
legally privileged information, including protected health information. If you are not
the intended recipient, please notify the sender immediately and delete this message.
"""
csv044 = """status_start,status_end,status,reason,hours
2025-01-06 17:42,2025-01-06 21:10,Diversion - ED Saturation,ED boarding > 40 pts,3.47
2025-01-13 15:05,2025-01-13 19:55,Diversion - ED Saturation,ED boarding > 40 pts,4.83
2025-02-21 11:30,2025-02-21 13:02,Diversion - CT Down,CT scanner 1 and 2 out of service,1.53
2025-07-04 22:18,2025-07-05 01:40,Diversion - ED Saturation,ED boarding > 40 pts,3.37
2025-12-29 16:48,2025-12-29 22:31,Diversion - ED Saturation,Respiratory surge,5.72
2026-01-05 14:20,2026-01-05 20:05,Diversion - ED Saturation,Respiratory surge,5.75
2026-06-14 09:12,2026-06-14 10:01,Diversion - Internal Disaster,Power failure bldg C,0.82
month,,,,total_hours
2025-01,,,,8.30
2025-02,,,,1.53
2025-07,,,,3.37
2025-12,,,,5.72
2026-01,,,,5.75
2026-06,,,,0.82
"""
write('044-parkland-final-diversion-csv.eml', [
    ('From', 'Parkland Open Records <OpenRecords@phhs.org>'),
    ('To', 'Records Desk <%s>' % plus(8)),
    ('Subject', 'PIR2026-0917 - Responsive Information'),
    ('Thread-Topic', 'PIR2026-0917 - Responsive Information'),
    ('Date', 'Mon, 26 Oct 2026 14:22:48 -0500'),
    ('Message-ID', '<SN4PR06MB73226B8C9D0E4F1A2B37C4D5E6F7D9@SN4PR06MB7322.namprd06.prod.outlook.com>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', 'yes'),
], multipart('mixed', [text(t044), attachment(csv044.encode(), 'text/csv',
                                             'PIR2026-0917 Diversion Status History 2025-2026.csv')], '044'))

# ---------------------------------------------------------------- 045 Decatur chief deputy asks for a phone call (new subject)
t045 = """Hi,

The tox came back last week and Rick is finishing up the verdict. Before I send anything
can you give me a call at the office? There are a couple of things in the file we need to
talk about - the jail's medical records are in there and I don't think those can go out.

(812) 663-2570, I'm here 8 to 4 Monday through Friday.

Dana
"""
write('045-decatur-deputy-call-me.eml', [
    ('From', 'Dana Hartwell <dhartwell@decaturcounty.in.gov>'),
    ('To', plus(5)),
    ('Subject', 'Decatur Co Coroner - your request'),
    ('Date', 'Tue, 27 Oct 2026 10:05:36 -0400'),
    ('Message-ID', '<0d4a01dd4e72$5b1c9e80$11d5db80$@decaturcounty.in.gov>'),
    ('X-Mailer', 'Microsoft Outlook 16.0'),
    ('Content-Language', 'en-us'),
], text(t045, charset='us-ascii', cte='7bit'))

# ---------------------------------------------------------------- 046 NextRequest closure with the last installment (final)
t046 = """Alameda County Health - Public Records

Request #26-1834 has been closed.

Message from the Emergency Medical Services Agency:
The remaining records have been released: the contractor's monthly response-time
compliance reports and the Agency's compliance determinations for July 2025 through
August 2026 (14 documents), and the liquidated damages assessment letters issued for
calendar years 2024 and 2025 (6 documents). No records were withheld. This completes
the Agency's response to your request.

View documents: https://alamedacountyhealth.nextrequest.com/requests/26-1834
"""
h046 = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;font-size:14px">
<div style="max-width:600px;margin:auto;border-top:4px solid #1f6f8b;padding:16px">
<p style="font-size:12px;color:#777">Alameda County Health - Public Records</p>
<h3 style="font-weight:normal">Request <a href="https://alamedacountyhealth.nextrequest.com/requests/26-1834">#26-1834</a> has been closed.</h3>
<p><b>Message from the Emergency Medical Services Agency:</b><br>The remaining records have been released: the contractor's monthly response-time compliance
reports and the Agency's compliance determinations for July 2025 through August 2026 (14 documents), and the liquidated damages assessment letters issued
for calendar years 2024 and 2025 (6 documents). No records were withheld. This completes the Agency's response to your request.</p>
<p><a href="https://alamedacountyhealth.nextrequest.com/requests/26-1834">View documents</a></p>
<p style="font-size:12px;color:#777">Powered by NextRequest</p></div></body></html>
"""
write('046-alcoems-nextrequest-closed-final.eml', [
    ('From', 'Alameda County Health Public Records <alamedacountyhealth@mail.nextrequest.com>'),
    ('Reply-To', 'no-reply@nextrequest.com'),
    ('To', plus(10)),
    ('Subject', '[Records Request] Request #26-1834 has been closed'),
    ('Date', 'Mon, 02 Nov 2026 15:30:51 -0800'),
    ('Message-ID', '<6707b7eb3c2d1_6e0a3b4c5d7f8091@nextrequest-mailer-7d9f.mail>'),
    ('X-Mailgun-Tag', 'request_closed'),
], multipart('alternative', [text(t046), text(h046, 'html')], '046'))

# ---------------------------------------------------------------- 047 the coroner's two-line email with the verdict attached
t047 = """Here's the verdict and report on the jail case. Call Dana if you need anything else.

Rick Ostermann
Decatur County Coroner

Sent from my iPhone
"""
verdict047 = [
    'DECATUR COUNTY CORONER',
    '150 Courthouse Square  -  Greensburg, Indiana 47240',
    '',
    'CORONER\'S VERDICT (IC 36-2-14-10) AND PUBLIC INFORMATION (IC 36-2-14-18(a))',
    '',
    'Coroner case no.:     DC-2026-0147',
    'Decedent:             Travis L. Kemper        Age: 34      Sex: M      Race: White',
    'Address:              Greensburg, Indiana',
    'Date of death:        August 14, 2026 (pronounced 06:52)',
    'Place of death:       Decatur County Jail, 119 E. Main Street, Greensburg - housing unit C',
    'Death reported by:    Decatur County Sheriff\'s Office (Jail Commander)',
    'Pronounced by:        Deputy Coroner D. Hartwell',
    'Officials at scene:   Decatur County Sheriff\'s Office deputies; Indiana State Police detective',
    '',
    'AUTOPSY',
    'Date performed:       August 15, 2026',
    'Performed by:         forensic pathologist, Southeastern Indiana Forensic Center, Columbus, Indiana',
    'Probable cause:       Acute combined fentanyl and methamphetamine toxicity',
    'Probable manner:      Accident',
    'Probable mechanism:   Respiratory depression',
    '',
    'Body removed to:      Southeastern Indiana Forensic Center, then released to a funeral home chosen by family',
    '',
    'WRITTEN REPORT',
    'The decedent was found unresponsive in his bunk during a morning count. Jail staff began CPR and called',
    'Decatur County EMS, which continued resuscitation without success. No money or property was found with the',
    'body other than jail-issued clothing.',
    '',
    'Toxicology report received October 19, 2026. Verdict signed October 30, 2026.',
    '',
    'Photographs, video and audio recordings of the autopsy are confidential under IC 36-2-14-10(b) and are not',
    'included. Medical records obtained from the jail\'s health care provider are not part of this public record.',
    '',
    'Richard A. Ostermann, Decatur County Coroner',
]
write('047-decatur-coroner-two-line-with-verdict.eml', [
    ('From', 'Rick Ostermann <rostermann@decaturcounty.in.gov>'),
    ('To', 'records@records.example.org'),
    ('Subject', 'report'),
    ('Date', 'Wed, 04 Nov 2026 09:51:20 -0500'),
    ('Message-ID', '<8E2B4C1A-9F7D-4E3B-A6C5-1D0F2E3A4B5C@decaturcounty.in.gov>'),
    ('X-Mailer', 'iPhone Mail (22B91)'),
], multipart('mixed', [text(t047, charset='us-ascii', cte='7bit'),
                       attachment(pdf(verdict047, title='Coroner Verdict DC-2026-0147', producer='iOS Version 19.1 Quartz PDFContext'),
                                  'application/pdf', 'Verdict DC-2026-0147.pdf')], '047'))

# ---------------------------------------------------------------- 048 Alameda EMS: no diversion logs exist (HTML only, threaded)
h048 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#000">
<p>Dear Records Desk,</p>
<p>Thank you for speaking with Jorge Mendoza of our staff on October 8 about your request under the California Public Records Act
for ambulance diversion logs and ReddiNet diversion reports for Alameda County hospitals, 2025&#8211;2026.</p>
<p>As Mr. Mendoza explained, Alameda County does not permit hospitals to divert ambulances because of emergency department crowding.
Under the EMS Agency&#8217;s diversion policy a hospital may request diversion only for an internal disaster (for example, loss of power or
a facility evacuation) or for loss of CT capability for stroke patients. The Agency searched the ReddiNet status history for all
receiving hospitals and its own incident files for January 1, 2025 through the date of the search. No hospital was placed on
diversion for any reason during that period, so no diversion logs or diversion reports exist that respond to your request.</p>
<p>The Agency does collect ambulance patient offload time (APOT) data for each hospital, which is a separate dataset. If you would like
it, please submit a new request.</p>
<p>This closes your request.</p>
<p>Sincerely,<br>Public Records Coordinator<br>Alameda County Emergency Medical Services Agency<br>1000 San Leandro Blvd., Suite 200, San Leandro, CA 94577</p>
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:10pt"><b>From:</b> Records Desk &lt;records@records.example.org&gt;<br><b>Sent:</b> Thursday, October 1, 2026 9:20 AM<br>
<b>To:</b> EMS Records &lt;EMS.Records@acgov.org&gt;<br><b>Subject:</b> CPRA Request: Alameda County hospital ambulance diversion logs and ReddiNet diversion reports, 2025-2026</p>
</div></body></html>
"""
write('048-alcoems-no-records-no-diversion.eml', [
    ('From', 'EMS Records <EMS.Records@acgov.org>'),
    ('To', 'Records Desk <%s>' % plus(11)),
    ('Subject', 'RE: CPRA Request: Alameda County hospital ambulance diversion logs and ReddiNet diversion reports, 2025-2026'),
    ('Thread-Topic', 'CPRA Request: Alameda County hospital ambulance diversion logs and ReddiNet diversion reports, 2025-2026'),
    ('Thread-Index', 'AQHcl0Lm3dE8sRk1T2uYc9v6Na7pQw=='),
    ('Date', 'Thu, 05 Nov 2026 13:18:29 -0800'),
    ('Message-ID', '<DM8PR14MB51207A3C5E1F4B2D9C08E1F2A3B4C@DM8PR14MB5120.namprd14.prod.outlook.com>'),
    ('In-Reply-To', R011),
    ('References', R011),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
], text(h048, 'html'))

# ---------------------------------------------------------------- 049 Maryland OCME final batch; request complete
t049 = """Hello,

Attached is the transmittal for the second and final batch of reports for OCME PIA
2026-0117: the remaining three finalized autopsy reports, redacted in the same way as
the first batch (next of kin and witness details, provider medical records and
information about other living individuals, General Provisions section 4-329). The
redacted reports are in the same shared folder.

This completes our response to your request for the nine finalized reports. The two
cases that were pending are still not certified. As with any OCME report request, we
will keep your request on file and email those two reports when they are final, at the
same per-report fee.

Angela Boateng
PIA Coordinator
Office of the Chief Medical Examiner
"""
trans049 = [
    'OFFICE OF THE CHIEF MEDICAL EXAMINER - STATE OF MARYLAND',
    'PIA TRANSMITTAL - OCME-PIA-2026-0117 - BATCH 2 OF 2 (FINAL)',
    '',
    'Date: November 6, 2026',
    '',
    'OCME case        Date of death   Manner          Pages   Redactions',
    '----------------------------------------------------------------------------------------------',
    '24-0907          04/22/2024      Accident          12    next of kin; provider records (GP 4-329)',
    '24-2815          11/16/2024      Homicide          15    next of kin; witnesses; provider records',
    '25-1764          08/02/2025      Undetermined      13    next of kin; provider records (GP 4-329)',
    '',
    'Pending cases (not certified): 25-2781, 25-2950. Reports will be sent when final.',
    'Fees: 9 reports x $100.00 = $900.00, paid by check received October 2, 2026.',
]
write('049-mdocme-final-batch2.eml', [
    ('From', 'MDH OCME PIA <mdh.ocmepia@maryland.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'Re: OCME PIA 2026-0117 - responsive cases and report fees'),
    ('Date', 'Fri, 06 Nov 2026 16:45:10 -0500'),
    ('Message-ID', '<CAK7vR2tN6yC1Lp4Qe8Wd3mXb0sHj5fUa9kGr2oVz7E@mail.gmail.com>'),
    ('In-Reply-To', M040),
    ('References', M022 + ' <req-006.20260928.2@records.example.org> ' + M040),
], multipart('mixed', [text(t049), attachment(pdf(trans049, title='OCME-PIA-2026-0117 Transmittal Batch 2', producer='Google Docs Renderer'),
                                             'application/pdf', 'OCME-PIA-2026-0117 transmittal batch 2 final.pdf')], '049'))

# ---------------------------------------------------------------- 050 Cook County ME final with private-information redactions, via Google Group
CLAR004 = '<req-004.20260924.2@records.example.org>'
t050 = """Good morning,

Re: FOIA No. 2026-ME-0447

Thank you for your clarification of September 24, limiting the request to the scene
removal (transport) contract and the indigent cremation contract, with amendments and
renewals, and excluding invoices and purchase orders. We apologize for the delay in
responding.

The following records are attached:

  1. Contract No. 2245-18832 with Lakeshore Decedent Transport, LLC for removal and
     transport services, the 2024 renewal, and Amendments 1 through 3 (46 pages);
  2. Contract No. 2308-19904 with Prairie Crematory Services, Inc. for cremation of
     unclaimed and indigent decedents, and Amendment 1 (31 pages).

Portions of the records have been redacted: bank account and routing numbers on the
vendors' electronic payment forms, federal employer identification numbers, and the
personal cell phone numbers of vendor employees. These are "private information" exempt
under Section 7(1)(b) of the Act, and their disclosure would be an unwarranted invasion
of personal privacy under Section 7(1)(c).

You have a right to have this partial denial reviewed by the Public Access Counselor,
Office of the Illinois Attorney General, 500 South Second Street, Springfield, Illinois
62701, publicaccess@ilag.gov, within 60 days after the date of this response. You also
have the right to judicial review under Section 11 of the Act.

This completes the Office's response to FOIA No. 2026-ME-0447.

FOIA Unit
Cook County Medical Examiner's Office

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to records+unsubscribe@records.example.org.
"""
h050 = '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">' + \
    ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in t050.split('\n--\n')[0].strip().split('\n\n')) + \
    '</div><p></p>\n-- <br>\nYou received this message because you are subscribed to the Google Groups "Records Desk" group.<br>\n' + \
    'To unsubscribe from this group and stop receiving emails from it, send an email to ' + \
    '<a href="mailto:records+unsubscribe@records.example.org">records+unsubscribe@records.example.org</a>.<br>\n</body></html>\n'
write('050-ccme-final-redacted-google-group.eml', [
    ('From', "'ME FOIA' via Records Desk <records@records.example.org>"),
    ('Reply-To', 'ME FOIA <ME.FOIA@cookcountyil.gov>'),
    ('To', 'Records Desk <records@records.example.org>'),
    ('Subject', 'RE: FOIA No. 2026-ME-0447 - clarification'),
    ('Date', 'Mon, 09 Nov 2026 11:07:42 -0600'),
    ('Message-ID', '<CH0PR09MB74219D4E1F2A4B3C8E17F2A3B4C5C22@CH0PR09MB7421.namprd09.prod.outlook.com>'),
    ('In-Reply-To', CLAR004),
    ('References', R004 + ' ' + M021 + ' ' + CLAR004),
    ('X-Original-Sender', 'ME.FOIA@cookcountyil.gov'),
    ('X-Original-Authentication-Results', 'mx.google.com; dkim=pass header.i=@cookcountyil.gov header.s=selector1; spf=pass (google.com: domain of ME.FOIA@cookcountyil.gov designates 40.107.22.71 as permitted sender) smtp.mailfrom=ME.FOIA@cookcountyil.gov; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=cookcountyil.gov'),
    ('Precedence', 'list'),
    ('Mailing-list', 'list records@records.example.org; contact records+owners@records.example.org'),
    ('List-ID', '<records.records.example.org>'),
    ('X-Google-Group-Id', '583920147766'),
    ('List-Post', '<https://groups.google.com/a/records.example.org/group/records/post>, <mailto:records@records.example.org>'),
    ('List-Help', '<https://support.google.com/a/records.example.org/bin/topic.py?topic=25838>, <mailto:records+help@records.example.org>'),
    ('List-Archive', '<https://groups.google.com/a/records.example.org/group/records/>'),
    ('List-Unsubscribe', '<mailto:googlegroups-manage+583920147766+unsubscribe@googlegroups.com>, <https://groups.google.com/a/records.example.org/group/records/subscribe>'),
    ('Content-Language', 'en-US'),
], multipart('alternative', [text(t050), text(h050, 'html')], '050'))

print('part5 done')
