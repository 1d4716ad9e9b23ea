from lib import *

# 013 Columbus GovQA acknowledgment (Ohio: no statutory day count)
msg('013-columbus-govqa-ack.eml', 'City of Columbus Public Records Center <columbusoh@govqa.us>', 'records@ledger.example.org',
    'Tue, 22 Sep 2026 09:15:33 -0400', 'Public Records Request :: R002318-092126', '<e81c0d4f9a2b4c71.R002318@govqa.us>',
    html="""<html><body style="font-family:Verdana;font-size:12px">
<p>Dear Records Desk,</p>
<p>Thank you for your public records request. Your request was received on 9/21/2026 and has been assigned
reference number <b>R002318-092126</b>.</p>
<p><b>Department:</b> Public Utilities - Division of Water<br><b>Summary:</b> Lead sampling results and customer
notification letters after exceedances, 2023-2026</p>
<p>Ohio's Public Records Act requires that public records be made available within a reasonable period of time.
You will receive an email when your request has been updated.</p>
<p>You can monitor progress at the <a href="https://columbusoh.govqa.us/WEBAPP/_rs/">Public Records Center</a>.</p>
<p><i>This is an automated notice. Please do not reply.</i></p></body></html>""",
    fact=F('REQ-014', 'acknowledgment', 'R002318-092126', clock='received_on_sent_date', signals=['subject', 'tracking-new'],
           why='GovQA (shared govqa.us sender) logs Columbus request received 9/21 as R002318-092126; Ohio has no day count, so no due'))

# 014 EGLE extension inside a Re: Re: Fwd: thread; colleague and two EGLE staff copied
hist = ("\n\nFrom: Thompson, Rhonda (EGLE) <ThompsonR2@michigan.gov>\nSent: Monday, September 21, 2026 4:48 PM\n"
        "To: Priya Raman <praman@ledger.example.org>\nCc: Kowalczyk, Dwayne (EGLE) <KowalczykD@michigan.gov>\n"
        "Subject: RE: Fwd: FOIA request - Benton Harbor lead service line records\n\n"
        "Priya - good to hear from you. Looping in Dwayne, who runs FOIA for the department.\n"
        "Our LSL files for Benton Harbor are split between the district office and the\n"
        "contractor portal, so this one will take some time. - Rhonda\n"
        "\nFrom: Priya Raman <praman@ledger.example.org>\nSent: Monday, September 21, 2026 1:10 PM\n"
        "To: Thompson, Rhonda (EGLE) <ThompsonR2@michigan.gov>\nSubject: Fwd: FOIA request - Benton Harbor lead service line records\n\n"
        "Hi Rhonda, we met at the SEJ panel. Our desk sent the request below last week; any\n"
        "chance you know who is handling it? Our earlier request to EGLE on PFAS in Kalamazoo\n"
        "(FOIA-26-0588, closed in June) went very smoothly. Thanks, Priya\n"
        "\n---------- Forwarded message ---------\nFrom: Records Desk <records@ledger.example.org>\n"
        "Date: Wed, Sep 16, 2026 at 2:05 PM\nSubject: " + subj('REQ-010') + "\nTo: <EGLE-FOIA@michigan.gov>\n\n" + ourreq('REQ-010'))
msg('014-egle-extension-rerefwd.eml', '"Kowalczyk, Dwayne (EGLE)" <KowalczykD@michigan.gov>',
    'Priya Raman <praman@ledger.example.org>, records@ledger.example.org', 'Tue, 22 Sep 2026 12:04:55 -0400',
    'RE: Re: Fwd: FOIA request - Benton Harbor lead service line records', '<CH3PR09MB8123B@CH3PR09MB8123.namprd09.prod.outlook.com>',
    cc='Thompson, Rhonda (EGLE) <ThompsonR2@michigan.gov>, Morrison, Alan (EGLE) <MorrisonA@michigan.gov>',
    irt='<CH3PR09MB8123Z@CH3PR09MB8123.namprd09.prod.outlook.com>',
    refs=rmid('REQ-010') + ' <CAP4ry=Benton1@mail.gmail.com> <CH3PR09MB8123Z@CH3PR09MB8123.namprd09.prod.outlook.com>',
    text="""Priya and Records Desk,

Formal notice on FOIA-26-1093: under MCL 15.235(2)(d) the Department is extending
the time to respond by ten (10) business days. The records are held in two
locations and a portion must be retrieved from the replacement contractor. You
will receive a written response, and if applicable a fee estimate, on or before
October 7, 2026.

Alan (copied) is the DWEHD lead who will run the search.

Dwayne Kowalczyk
FOIA Coordinator, EGLE
517-284-6900

NOTICE: This email may contain information that is confidential or exempt from
disclosure under MCL 15.243. If you received it in error, notify the sender.
""" + hist + "\n",
    fact=F('REQ-010', 'extension', 'FOIA-26-1093', clock='extension', estimated='2026-10-07', signals=['thread', 'tracking', 'subject'],
           why='EGLE 10-business-day extension under MCL 15.235(2)(d), top-posted over a colleague\'s Fwd: thread that also names an old closed request FOIA-26-0588'))

# 015 Denver extension from staff, top-posted over portal text; no threading headers
msg('015-denver-extension.eml', 'Maritza Quintana <maritza.quintana@denvergov.org>', 'records@ledger.example.org',
    'Tue, 22 Sep 2026 15:30:10 -0600', 'Re: [Records Request] Your record request #26-1182 has been submitted',
    '<SJ0PR09MB6150F2@SJ0PR09MB6150.namprd09.prod.outlook.com>',
    text="""Hello,

I'm the records coordinator for Denver Public Health & Environment. The complaint
database and the inspection files for the Commerce City area are kept separately,
and we need to pull paper files from storage. Under C.R.S. 24-72-203(3)(b) we are
extending the response time on #26-1182 by seven (7) working days due to
extenuating circumstances.

Thanks for your patience,
Maritza Quintana
Records Coordinator | Denver Department of Public Health & Environment
101 W. Colfax Ave., Denver, CO 80202
maritza.quintana@denvergov.org

> On Sep 11, 2026, at 5:20 PM, City and County of Denver <noreply@mail.nextrequest.com> wrote:
>
> Your record request #26-1182 has been submitted.
>
> Request received: September 11, 2026
> Department(s): Public Health & Environment
>
> Under the Colorado Open Records Act, the City will respond within three (3)
> working days, or notify you if an extension of up to seven (7) additional working
> days is needed.
""", fact=F('REQ-011', 'extension', '26-1182', clock='extension', signals=['tracking', 'subject'],
           why='DDPHE coordinator invokes CORA 7-working-day extension on #26-1182; reply to a portal notice, no threading headers'))

# 016 DHS SecureRelease acknowledgment for FEMA (portal address not listed)
msg('016-fema-securerelease-ack.eml', 'DHS SecureRelease <no-reply@securerelease.us>', 'records@ledger.example.org',
    'Wed, 23 Sep 2026 10:05:48 -0400', 'Request 2026-FEFO-01022 Received', '<sr.2026-FEFO-01022.ack@securerelease.us>',
    text="""Request Received

Your request has been submitted to the Federal Emergency Management Agency (FEMA)
and assigned tracking number 2026-FEFO-01022.

Date received: 09/22/2026
Request description: Individual Assistance eligibility determinations and
applicant appeals data for DR-4803-MI, including denial reason codes.

You may check the status of your request at https://securerelease.us. Please
do not reply to this message.

SecureRelease(TM) - DHS FOIA processing
""", fact=F('REQ-004', 'acknowledgment', '2026-FEFO-01022', clock='received_on_sent_date', signals=['subject', 'tracking-new'],
           why='DHS SecureRelease portal (serves all DHS components) logs FEMA request received 9/22 (= sent) as 2026-FEFO-01022'))

# 017 Philadelphia 30-day extension, top-posted above the acknowledgment thread
msg('017-phila-extension.eml', 'PPD Right to Know <police.rtk@phila.gov>', 'Records Desk <records@ledger.example.org>',
    'Wed, 23 Sep 2026 16:45:27 -0400', 'RE: Right-to-Know Request - ShotSpotter', '<BL1PR09MB6632F@BL1PR09MB6632.namprd09.prod.outlook.com>',
    irt='<BL1PR09MB6632E@BL1PR09MB6632.namprd09.prod.outlook.com>', refs=rmid('REQ-013') + ' <BL1PR09MB6632E@BL1PR09MB6632.namprd09.prod.outlook.com>',
    text="""Dear Requester,

RE: RTK No. 2026-R-0981

Pursuant to Section 902(b) of the Right-to-Know Law, this is notice that the
Department requires an additional thirty (30) calendar days to respond, because
the request requires legal review to determine whether the records are subject to
access and the records include information from a third-party vendor. The
Department expects to respond on or before October 26, 2026.

Sgt. Renee Castellano #4471
Open Records Unit, Philadelphia Police Department

CONFIDENTIALITY NOTICE: The information in this email may be confidential and/or
privileged. If you are not the intended recipient, you are hereby notified that any
review, dissemination, distribution or copying of this email is strictly prohibited.
""" + ol('PPD Right to Know <police.rtk@phila.gov>', 'Friday, September 18, 2026 2:35 PM', 'Records Desk <records@ledger.example.org>',
         'RE: Right-to-Know Request - ShotSpotter') + """Good afternoon,

The Philadelphia Police Department Right-to-Know Office received your request on
Thursday, September 17, 2026. It has been assigned RTK No. 2026-R-0981. [...]
""" + ol('Records Desk <records@ledger.example.org>', 'Thursday, September 17, 2026 11:02 AM',
         'PPD Right to Know <police.rtk@phila.gov>', subj('REQ-013')) + ourreq('REQ-013') + "\n",
    fact=F('REQ-013', 'extension', '2026-R-0981', clock='extension', estimated='2026-10-26', signals=['thread', 'tracking'],
           why='PPD invokes RTKL 902(b) 30-day extension; states response by Oct 26'))

# 018 OSHA acknowledges REQ-002 inside the old REQ-001 thread
msg('018-osha-ack-req2-old-thread.eml', '"Boyle, Kendra M - OSHA" <Boyle.Kendra.M@dol.gov>', 'Records Desk <records@ledger.example.org>',
    'Thu, 24 Sep 2026 09:40:15 -0400', 'RE: Automatic reply: ' + subj('REQ-001'),
    '<DM6PR09MB55402C9E@DM6PR09MB5540.namprd09.prod.outlook.com>',
    irt='<DM6PR09MB55402B7A@DM6PR09MB5540.namprd09.prod.outlook.com>',
    refs=rmid('REQ-001') + ' <BN8PR09MB3377A1C0D1@BN8PR09MB3377.namprd09.prod.outlook.com> <DM6PR09MB55402B7A@DM6PR09MB5540.namprd09.prod.outlook.com>',
    text="""Hello again,

Replying on this chain since it was handy - this one is about your SECOND request,
not the Ohio warehouse files. Your request for heat-related illness complaints and
Site-Specific Targeting lists for Region 5 was received in our office on
September 16, 2026 and has been assigned DOL FOIA Request No. 2026-F-09140. It has
been sent to the Region 5 office in Chicago for the search.

2026-F-08812 (Ohio warehouses) is still in process; nothing new on that one.

Kendra Boyle
Government Information Specialist
OSHA Office of Communications - FOIA
""" + ol('Boyle, Kendra M - OSHA <Boyle.Kendra.M@dol.gov>', 'Tuesday, September 15, 2026 8:47 AM',
         'Records Desk <records@ledger.example.org>', 'RE: Automatic reply: ' + subj('REQ-001'))
    + "Good morning,\n\nThis acknowledges your FOIA request dated and received September 8, 2026 for\ninspection and fatality investigation files [...] assigned DOL FOIA Request No. 2026-F-08812\n"
    + ol('DOL FOIA Requests <foiarequests@dol.gov>', 'Tuesday, September 8, 2026 10:14 AM', 'records+req-001@ledger.example.org',
         'Automatic reply: ' + subj('REQ-001')) + "Thank you for contacting the U.S. Department of Labor FOIA mailbox. [...]\n",
    fact=F('REQ-002', 'acknowledgment', '2026-F-09140', clock='received:2026-09-16', signals=['subject', 'tracking-new'],
           why='OSHA acknowledges REQ-002 (heat illness, received 9/16, sent 9/15) as 2026-F-09140 while replying in the REQ-001 thread; thread headers point to REQ-001'))

# 019 USACE officer out of office, answering our status question
msg('019-usace-ooo.eml', '"Akiyama, Lorraine K CIV USARMY CESPK (USA)" <Lorraine.K.Akiyama@usace.army.mil>', 'Records Desk <records@ledger.example.org>',
    'Fri, 25 Sep 2026 08:02:11 -0700', 'Automatic reply: FA-26-0212 - status?', '<PH0PR09MB7713OOF1@PH0PR09MB7713.namprd09.prod.outlook.com>',
    irt='<req-005.20260925.2@ledger.example.org>', refs=rmid('REQ-005') + ' <req-005.20260925.2@ledger.example.org>',
    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    text="""I am out of the office on training through Monday, October 5, with limited
access to email. For FOIA matters please write to spk-foia@usace.army.mil. For
urgent regulatory matters contact the Regulatory Division at (916) 557-5250.

Lorraine Akiyama
FOIA/Privacy Act Officer, Sacramento District
""", fact=F('REQ-005', 'auto_reply', why='USACE FOIA officer out-of-office reply to our status question on FA-26-0212; number only in our quoted subject', signals=['thread']))

# 020 Open FOIL NY acknowledgment for the second DEC request
msg('020-nysdec-openfoil-ack-2.eml', 'Open FOIL NY <openfoilny@mycusthelp.net>', 'records@ledger.example.org',
    'Wed, 30 Sep 2026 08:31:09 -0400', 'Open FOIL NY - Request W055630-092926 Received', '<9a02c61d4e7f4b20a6d1.W055630@mycusthelp.net>',
    html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Records Desk,</p>
<p>Thank you for your request submitted through Open FOIL NY. The <b>Department of Environmental Conservation</b>
received your request on <b>9/29/2026</b> and it has been assigned reference number <b>W055630-092926</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Description</td><td>Correspondence between DEC staff and Saint-Gobain Performance Plastics regarding Hoosick Falls, January 2024 to present</td></tr>
<tr><td>Anticipated response date</td><td>10/28/2026</td></tr></table>
<p>The date above is an estimate and may change depending on the volume of records.</p>
<p>Please do not reply to this email; this mailbox is not monitored.</p></body></html>""",
    fact=F('REQ-007', 'acknowledgment', 'W055630-092926', clock='received_on_sent_date', estimated='2026-10-28', signals=['subject', 'tracking-new'],
           why='Open FOIL NY logs the Hoosick Falls request received 9/29 (= sent) as W055630-092926; anticipated 10/28'))
