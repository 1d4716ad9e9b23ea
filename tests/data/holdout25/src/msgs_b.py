"""Messages 021-040."""
from common import *  # noqa
from msgs_a import (msg, MESSAGES, PAL_FROM, PAL_HOST, GCC_HOST, NR_HOST, pal_status, pal_correspondence, govqa_html,
                    govqa_top, nr_message, APHIS_HEAD, APHIS_OGIS, FS_R6_HEAD, FS_OGIS, KDA_HEAD, NDEE_FOOT, NDEE_ACK_TEXT,
                    NDEE_011_TEXT, IDWR_010_BODY)


# 021 ------------------------------------------------------------------------------------------------
@msg('021-aphis-pal-status.eml')
def m021():
    return pal_status('021', when('2026-09-22 08:40', '-0400'), '2026-APHIS-06318-F', 'Received', 'In Process')


# 022 ------------------------------------------------------------------------------------------------
@msg('022-swrcb-govqa-clarification.eml')
def m022():
    d = when('2026-09-23 11:15', '-0700')
    inner = """<p>Dear Harvest Ledger Records Desk:</p>
<p>Your California Public Records Act request received on 9/21/2026 has been assigned reference number <b>W026598-092126</b>.</p>
<p>To help us identify and locate the records you are seeking (Gov. Code &sect; 7922.600), please clarify the following:</p>
<ol>
<li><b>Sampling results.</b> Do you seek the individual domestic well sampling results, which are associated with the names and addresses of well owners and households, or summary or aggregated results (for example, by census block or water system area)?</li>
<li><b>Communications.</b> Do you seek communications between Division of Drinking Water / Office of Sustainable Water Solutions staff and Tulare County only, or also communications with the third-party program administrators and community organizations that conduct outreach and sampling?</li>
<li><b>Date range.</b> Please confirm that the period is January 1, 2025 to the date of your request.</li>
</ol>
<p>Your request will be on hold until we receive your response. You may reply by logging in to the Public Records Center and adding a message to your request. If we do not receive a response within 30 days, your request may be closed.</p>
<p>Thank you,<br>Public Records Unit<br>State Water Resources Control Board</p>"""
    top = govqa_top('022', d, INBOX, 'Public Records Request :: W026598-092126 - Clarification Needed')
    return as_message(top, text_part(govqa_html('Clarification Needed', inner), 'html', cte='quoted-printable'))


# 023 ------------------------------------------------------------------------------------------------
@msg('023-lane-nextrequest-extension.eml')
def m023():
    d = when('2026-09-24 09:12', '-0700')
    t = """Record request #26-842

The due date for this request has been changed to October 16, 2026.

Message from Lane County:
Thank you for your request. This message acknowledges your request
under ORS 192.324. Road Maintenance records herbicide applications on
paper field sheets kept at each maintenance yard, and those sheets
have to be collected and scanned before we can review and release
them. We need additional time and estimate that we will complete our
response by October 16, 2026. We will release records as they are
ready.

View request: https://lanecountyor.nextrequest.com/requests/26-842"""
    hi = """<h3>Record request #26-842</h3>
<p>The due date for this request has been changed to <b>October 16, 2026</b>.</p>
<p><b>Message from Lane County:</b><br>Thank you for your request. This message acknowledges your request under ORS 192.324. Road Maintenance records herbicide applications on paper field sheets kept at each maintenance yard, and those sheets have to be collected and scanned before we can review and release them. We need additional time and estimate that we will complete our response by October 16, 2026. We will release records as they are ready.</p>
<p><a href="https://lanecountyor.nextrequest.com/requests/26-842" style="background:#4a7c59;color:#fff;padding:6px 10px;text-decoration:none">View request</a></p>"""
    return nr_message('023', d, 'Lane County, OR', 'lanecountyor', INBOX,
                      'Lane County, OR record request #26-842: due date changed', t, hi)


# 024 ------------------------------------------------------------------------------------------------
@msg('024-marion-nextrequest-clarification.eml')
def m024():
    d = when('2026-09-24 13:50', '-0700')
    t = """Record request #26-1317 has a new message.

Message from Marion County:
Hello, we need some clarification before we can begin searching.

Environmental Services held free nitrate screening events for private
well owners in 2023, 2024 and 2025, and results are recorded by
household. Are you requesting (a) the individual screening results,
(b) the summary reports that were prepared for the groundwater
management area committee, or (c) both? Please note that names,
addresses and phone numbers of participating households would likely
be withheld.

Also, by "records of outreach" do you mean mailers, flyers and event
materials, or are you also asking for staff email?

You can reply through the request page or email me directly at
dkessler@co.marion.or.us.

Dana Kessler
Public Records Coordinator, Marion County

View request: https://marioncountyor.nextrequest.com/requests/26-1317"""
    hi = """<h3>Record request #26-1317 has a new message.</h3>
<p><b>Message from Marion County:</b><br>Hello, we need some clarification before we can begin searching.</p>
<p>Environmental Services held free nitrate screening events for private well owners in 2023, 2024 and 2025, and results are recorded by household. Are you requesting (a) the individual screening results, (b) the summary reports that were prepared for the groundwater management area committee, or (c) both? Please note that names, addresses and phone numbers of participating households would likely be withheld.</p>
<p>Also, by &quot;records of outreach&quot; do you mean mailers, flyers and event materials, or are you also asking for staff email?</p>
<p>You can reply through the request page or email me directly at <a href="mailto:dkessler@co.marion.or.us">dkessler@co.marion.or.us</a>.</p>
<p>Dana Kessler<br>Public Records Coordinator, Marion County</p>
<p><a href="https://marioncountyor.nextrequest.com/requests/26-1317" style="background:#4a7c59;color:#fff;padding:6px 10px;text-decoration:none">View request</a></p>"""
    return nr_message('024', d, 'Marion County', 'marioncountyor', INBOX,
                      'Marion County record request #26-1317 has a new message', t, hi)


# 025 ------------------------------------------------------------------------------------------------
@msg('025-usfs-r6-fee-estimate.eml')
def m025():
    d = when('2026-09-25 10:30', '-0700')
    rid = 'REQ-203'
    body = """Hello,

I am the Government Information Specialist assigned to FOIA request 2026-FS-R6-04877-F (escaped prescribed fire reviews, Region 6). Before we can continue processing, I need to resolve two items with you.

1. Fee category. Your request asks that you be treated as a representative of the news media. To place you in that category, please send a short description of Harvest Ledger (web address, how often you publish, and whether your work is available to the public) and confirm that the records are sought for dissemination to the public and not for a commercial use. Until we receive that information, the request is being processed in the "all other requesters" category under the USDA fee schedule (7 CFR part 1, subpart A, appendix A).

2. Fee estimate. The forests estimate about 6 hours of search time to locate the reviews across the Region. In the "all other" category the first 2 hours of search and the first 100 pages are provided at no charge, so the estimated fee is:

    Search: 4 hours x $43.00 per hour = $172.00
    Duplication: electronic release, no charge
    Estimated total: $172.00

If you qualify as news media, no search fees would be charged and, because the records will be released electronically, we do not expect any fees at all.

Please either provide the news media information or let us know in writing that you agree to pay fees of up to $172.00. Your request is on hold until we hear from you. If we do not receive a response within 20 working days of this email, we will assume you are no longer interested and will administratively close your request.

Thank you,

Carla Beaumont
Government Information Specialist (FOIA)
Pacific Northwest Region | USDA Forest Service
p: 503-808-2275
carla.beaumont@usda.gov
"""
    top = received(plus(rid), 'carla.beaumont@usda.gov', d, *GCC_HOST, seed='025') + [
        ('From', '"Beaumont, Carla - FS, OR" <carla.beaumont@usda.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('CC', '"FS-FOIA R6" <SM.FS.R6FOIA@usda.gov>'),
        ('Subject', 'FOIA 2026-FS-R6-04877-F - fee category and estimate'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('025')),
    ] + outlook_headers('025', 'FOIA 2026-FS-R6-04877-F - fee category and estimate')
    return as_message(top, text_part(wrap(body, 2000), charset='us-ascii', cte='quoted-printable'))


# 026 ------------------------------------------------------------------------------------------------
@msg('026-kda-fee-estimate-no-number.eml')
def m026():
    d = when('2026-09-25 14:05', '-0500')
    rid = 'REQ-212'
    body = """Good afternoon,

Division of Water Resources staff have finished locating the files for your open records request on water right violations in GMD 4. They found 214 responsive records since January 2023, including notices of noncompliance, penalty orders, and overuse letters issued in the District-wide LEMA.

Here is our cost estimate under K.S.A. 45-219 and the Department's fee schedule:

    Staff time to retrieve, scan and review files: 5.5 hours x $28.50 = $156.75
    Legal review for closed records: 1.0 hour x $45.00 = $45.00
    Copies (electronic delivery): $0.00
    Total estimate: $201.75

KDA requires payment in advance when the estimate is more than $100. You may pay by check made out to the Kansas Department of Agriculture, or by card over the phone. If you would like to narrow the request to reduce the cost (for example, penalty orders only), let me know and I will ask DWR for a revised estimate.

Once payment is received we expect to provide the records within about ten business days.

Thank you,

Paul Schreiber
Records Custodian, Legal Section
Kansas Department of Agriculture
785-564-6715
"""
    quoted = quoted_outlook_header('Harvest Ledger Records Desk <foia@harvestledger.example.org>',
                                   'Tuesday, September 15, 2026 8:41 AM', 'KDA Records <kda.records@ks.gov>', R(rid)['subject'])
    text = wrap(body, 2000) + '\n\n' + '_' * 32 + '\n' + quoted + '\n\n' + request_text(rid) + '\n'
    top = received(plus(rid), 'Paul.Schreiber@ks.gov', d, 'mail-dm3nam02on2041.outbound.protection.outlook.com', '40.107.95.41', seed='026') + [
        ('From', '"Schreiber, Paul [KDA]" <Paul.Schreiber@ks.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'RE: %s' % R(rid)['subject']),
        ('Date', rfcdate(d)),
        ('Message-ID', outlook_mid('026', 'namprd02')),
        ('References', mid_of(rid)),
        ('In-Reply-To', mid_of(rid)),
    ] + outlook_headers('026', R(rid)['subject'])
    return as_message(top, text_part(text, charset='us-ascii', cte='quoted-printable'))


# 027 ------------------------------------------------------------------------------------------------
@msg('027-idals-extension-hedged.eml')
def m027():
    d = when('2026-09-25 16:40', '-0500')
    rid = 'REQ-207'
    body = """Hi,

I wanted to give you an update, since we\u2019re coming up on the 20 days I mentioned.

The Pesticide Bureau has pulled 61 misuse investigation files from January 2023 to date, and the manure complaint log and complaint files are ready on our end. Before anything goes out, our legal counsel has to review the investigation files for information that is confidential under Iowa Code section 22.7 (for example, information provided by complainants and files that are still open). That review is taking longer than I expected, and I may need until approximately October 16 to finish it.

If part of it is ready sooner I\u2019ll send that along. We are not expecting to charge any fees at this point.

Thanks for your patience,

Megan Ostrander
Public Records Coordinator
Iowa Department of Agriculture and Land Stewardship
515-281-5322
"""
    quoted = quoted_outlook_header('Ostrander, Megan [IDALS] <Megan.Ostrander@iowaagriculture.gov>',
                                   'Wednesday, September 9, 2026 10:17 AM', 'Harvest Ledger Records Desk <%s>' % plus(rid),
                                   'RE: ' + R(rid)['subject'])
    body = body + '\n-----Original Message-----\n' + quoted + '\n\nGood morning,\n\nThe Department received your open records request on Tuesday, September 8, 2026. [...]\n'
    top = received(plus(rid), 'Megan.Ostrander@iowaagriculture.gov', d,
                   'mail-bn8nam12on2112.outbound.protection.outlook.com', '40.107.237.112', seed='027') + [
        ('From', '"Ostrander, Megan [IDALS]" <Megan.Ostrander@iowaagriculture.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'RE: %s' % R(rid)['subject']),
        ('Date', rfcdate(d)),
        ('Message-ID', outlook_mid('027', 'namprd12')),
        ('References', '%s %s' % (mid_of(rid), outlook_mid('003', 'namprd12'))),
        ('In-Reply-To', outlook_mid('003', 'namprd12')),
    ] + outlook_headers('027', R(rid)['subject'])
    return as_message(top, text_part(body, charset='windows-1252', cte='quoted-printable'))


# 028 ------------------------------------------------------------------------------------------------
OUR_0922 = """Thanks Trent, and thanks for the call on Thursday. Just confirming
what we discussed: links are fine for the orders, and a first batch
around the 28th works for us. For the correspondence, please include
emails between IDWR staff and counsel for the groundwater districts
about the 2026 mitigation shortfalls. Could you also confirm whether
the Bingham Groundwater District compliance letters are in scope?

Harvest Ledger Records Desk"""

def idwr_msg_c(rid):
    msg_a = request_text(rid)
    msg_b = reply_chain(IDWR_010_BODY, 'On Mon, Sep 14, 2026 at 9:11 AM Harvest Ledger Records Desk\n<%s> wrote:' % plus(rid), msg_a)
    return reply_chain(OUR_0922, 'On Mon, Sep 14, 2026 at 4:48 PM Trent Halvorsen\n<Trent.Halvorsen@idwr.idaho.gov> wrote:', msg_b)


IDWR_028_BODY = """Hi again,

Here's the first batch. In the folder linked below:

- Final Order Curtailing Ground Water Rights (2026 season) and the two
  amended curtailment orders, with the lists of affected rights
- The Director's letters to each groundwater district on mitigation
  plan compliance for 2026, including Bingham GWD (yes, those are in
  scope)
- The notices of non-compliance and the districts' responses

Download link (expires in 30 days):
https://idwr.sharefile.com/d-s8f27c1e90b44a6e9

The remaining piece is the staff email with the districts' counsel and
the Surface Water Coalition attorneys. Our Deputy AG still has to look
at those for privilege, so I'm now looking at October 9 for that part.

Trent"""


@msg('028-idwr-interim-deep-quotes.eml')
def m028():
    d = when('2026-09-28 15:44', '-0600')
    rid = 'REQ-211'
    our_0922_mid = '<20260922.req-211.f1.hl@harvestledger.example.org>'
    body = reply_chain(IDWR_028_BODY, 'On Tue, Sep 22, 2026 at 9:02 AM Harvest Ledger Records Desk\n<%s> wrote:' % plus(rid), idwr_msg_c(rid)) + '\n'
    top = received(plus(rid), 'Trent.Halvorsen@idwr.idaho.gov', d,
                   'mail-co1usg02on0062.outbound.protection.office365.us', '23.103.199.62', seed='028') + [
        ('From', 'Trent Halvorsen <Trent.Halvorsen@idwr.idaho.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'ESPA curtailment records - first batch'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('028')),
        ('In-Reply-To', our_0922_mid),
        ('References', '%s\n %s\n %s' % (mid_of(rid), gcc_mid('010'), our_0922_mid)),
    ] + outlook_headers('028', 'ESPA curtailment records - first batch')
    return as_message(top, text_part(body, charset='us-ascii'))


# 029 ------------------------------------------------------------------------------------------------
@msg('029-wdnr-staff-clarification.eml')
def m029():
    d = when('2026-09-29 09:20', '-0500')
    body = """Hi,

I\u2019m the Runoff Management staff person pulling records for your public records request on Kewaunee County CAFOs. Before I start, a quick question on scope so I don\u2019t send you thousands of pages you don\u2019t want:

- There are 16 permitted CAFOs in Kewaunee County. Each one has annual reports, nutrient management plan updates and inspection reports. Do you want all of those, or only the compliance-related items (inspection reports, notices of noncompliance, notices of violation and enforcement conference summaries)?
- Manure spill reports are kept by the Remediation and Redevelopment program. Would a list from the spills database be enough, with full files only for the spills that led to enforcement?

If I can get your answer by the end of next week I\u2019ll keep this moving. Happy to talk by phone too.

Thanks,

Karl Voss
Wastewater Specialist \u2013 Agricultural Runoff
Wisconsin Department of Natural Resources, Northeast Region
2984 Shawano Avenue, Green Bay, WI 54313
Phone: 920-662-5413
Karl.Voss@wisconsin.gov

We are committed to service excellence. Visit our survey at https://dnr.wi.gov/customersurvey to evaluate how I did.
"""
    top = received(INBOX, 'Karl.Voss@wisconsin.gov', d, 'mail-ch2nam12on2091.outbound.protection.outlook.com', '40.107.93.91', seed='029') + [
        ('From', '"Voss, Karl A - DNR" <Karl.Voss@wisconsin.gov>'),
        ('To', '"foia@harvestledger.example.org" <%s>' % INBOX),
        ('Subject', 'Kewaunee CAFO records request - question on scope'),
        ('Date', rfcdate(d)),
        ('Message-ID', outlook_mid('029', 'namprd12')),
    ] + outlook_headers('029', 'Kewaunee CAFO records request - question on scope')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US"><div>' +
            ''.join('<p style="margin:0;font-family:Calibri,sans-serif;font-size:11pt">%s</p>' % (l.replace('&', '&amp;') or '&nbsp;') for l in body.split('\n')) +
            '</div></body></html>')
    part = multipart('alternative', [text_part(body, cte='quoted-printable'), text_part(html, 'html', cte='quoted-printable')],
                     '_000_%s_' % h('029b', 30))
    return as_message(top, part)


# 030 ------------------------------------------------------------------------------------------------
@msg('030-aphis-pal-extension-letter.eml')
def m030():
    d = when('2026-09-29 12:10', '-0400')
    pdf = make_pdf(APHIS_HEAD + [
        'September 29, 2026', '', 'Harvest Ledger Records Desk', 'foia@harvestledger.example.org', '',
        '#Re: FOIA Request 2026-APHIS-06342-F', '',
        'Dear Requester:', '',
        'This letter concerns your Freedom of Information Act (FOIA) request for contracts, statements of work and '
        'site selection records for New World screwworm sterile fly dispersal and production facilities.', '',
        'The FOIA generally requires an agency to respond to a request within 20 working days of receipt, but permits '
        'an extension of up to 10 additional working days when unusual circumstances exist. Unusual circumstances '
        'apply to your request because responsive records are located in Veterinary Services field offices in Texas and '
        'at the sterile fly dispersal facility, separate from the office processing your request; because the records '
        'are voluminous; and because we must consult with the Agricultural Research Service and with the submitters of '
        'contract proposals under Executive Order 12600 before any release. We are therefore extending the time limit '
        'for responding to your request by 10 working days.', '',
        'Because we will need more than those 10 additional working days, we are offering you the opportunity to limit '
        'the scope of your request so that it may be processed more quickly, or to agree to an alternative time frame. '
        'Our current estimated date of completion is December 18, 2026.', '',
        'You may contact the APHIS FOIA Public Liaison at 301-851-4102 for any further assistance and to discuss any '
        'aspect of your request. ' + APHIS_OGIS, '',
        'Sincerely,', '', '', 'Tonya M. Greer', 'Director, FOIA and Privacy Act Staff', 'Legislative and Public Affairs',
    ], title='Unusual Circumstances Letter', producer='FOIAXpress Correspondence')
    return pal_correspondence('030', d, '2026-APHIS-06342-F', 'Unusual Circumstances Extension Letter', pdf,
                              '2026-APHIS-06342-F Extension Letter.pdf')


# 031 ------------------------------------------------------------------------------------------------
@msg('031-fwd-swrcb-interim.eml')
def m031():
    d = when('2026-09-30 18:22', '-0700')
    inner = """Hello Ms. Whitfield,

As discussed on the phone, here is the first installment of records responsive to Public Records Request W026411-091026. This installment contains the 2024, 2025 and 2026 emergency curtailment orders for the Scott River and Shasta River watersheds, 38 notices of violation, and the 2025 compliance orders, in the folder below:

https://ca-waterboards.box.com/s/7q2n0f4kq8w3pra-w026411

We are continuing to review the Division of Water Rights enforcement case files and inspection reports, and will provide the next installment as soon as that review is complete. We anticipate completing production by October 30, 2026.

For future correspondence, please continue to use the Public Records Center or reply to this email.

Thank you,

Marisol Ruiz
Staff Services Analyst | Public Records Unit
State Water Resources Control Board
1001 I Street, Sacramento, CA 95814
(916) 341-5254
"""
    body = """Forwarding for the log - the Water Board sent this straight to me
instead of through the portal. I haven't opened the box folder yet.

-Dana

---------- Forwarded message ---------
From: Ruiz, Marisol@Waterboards <Marisol.Ruiz@Waterboards.ca.gov>
Date: Wed, Sep 30, 2026 at 2:10 PM
Subject: PRA W026411-091026 - Scott/Shasta curtailment records, first installment
To: Dana Whitfield <dana.whitfield@harvestledger.example.org>


""" + wrap(inner, 2000)
    html = ('<div dir="ltr"><div>Forwarding for the log - the Water Board sent this straight to me instead of through the portal. I haven&#39;t opened the box folder yet.</div><div><br></div><div>-Dana</div><br>'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Ruiz, Marisol@Waterboards</strong> <span dir="auto">&lt;<a href="mailto:Marisol.Ruiz@Waterboards.ca.gov">Marisol.Ruiz@Waterboards.ca.gov</a>&gt;</span><br>Date: Wed, Sep 30, 2026 at 2:10 PM<br>Subject: PRA W026411-091026 - Scott/Shasta curtailment records, first installment<br>To: Dana Whitfield &lt;<a href="mailto:dana.whitfield@harvestledger.example.org">dana.whitfield@harvestledger.example.org</a>&gt;<br></div><br><br>'
            + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in inner.strip().split('\n\n')) + '</div></div>')
    top = [
        ('Return-Path', '<dana.whitfield@harvestledger.example.org>'),
        ('Delivered-To', INBOX),
        ('Received', 'from %s\n\tby %s with LMTP\n\tid %s\n\t(envelope-from <dana.whitfield@harvestledger.example.org>)\n\tfor <%s>; %s'
         % (SERVER, SERVER, b32('031lmtp'), INBOX, rfcdate(d.astimezone(CENTRAL), 2))),
        ('Received', 'from [192.168.1.23] (c-73-42-118-9.hsd1.ca.comcast.net [73.42.118.9])\n\t(Authenticated sender: dana.whitfield@harvestledger.example.org)\n\tby %s (Postfix) with ESMTPSA id 4MhT1q2cLRz3xWp\n\tfor <%s>; %s'
         % (SERVER, INBOX, rfcdate(d.astimezone(CENTRAL), 1))),
        ('MIME-Version', '1.0'),
        ('From', 'Dana Whitfield <dana.whitfield@harvestledger.example.org>'),
        ('Date', rfcdate(d)),
        ('Message-ID', '<CAHx7n3kQ%s@mail.gmail.com>' % b32('031', 30)),
        ('Subject', 'Fwd: PRA W026411-091026 - Scott/Shasta curtailment records, first installment'),
        ('To', 'Records Desk <%s>' % INBOX),
    ]
    part = multipart('alternative', [text_part(body, charset='UTF-8', cte='quoted-printable'), text_part(html, 'html', charset='UTF-8', cte='quoted-printable')],
                     '000000000000%s' % h('031b', 16))
    ph, pb = part
    return render(top + ph, pb)


# 032 ------------------------------------------------------------------------------------------------
@msg('032-nrcs-fee-estimate-hedged.eml')
def m032():
    d = when('2026-10-01 10:15', '-0400')
    rid = 'REQ-205'
    body = """Good morning,

The NRCS Iowa and Wisconsin State Offices have finished an initial search for FOIA request 2026-NRCS-03377-F. They identified approximately 1,140 EQIP contracts with Waste Storage Facility (Practice 313) obligations in FY2022 through FY2026.

We have granted your request to be placed in the news media fee category, so no search or review fees will be charged. However, duplication fees may apply. Most of the payment and practice-completion information you asked for is kept in paper contract folders at the field offices, and the state offices estimate roughly 2,950 pages would have to be copied. After the first 100 pages, which are free, the estimated cost would be:

    2,850 pages x $0.10 per page = $285.00

The USDA fee regulations require us to obtain your written agreement before we incur fees of more than $25.00. Please let us know whether you are willing to pay fees of up to $285.00. Alternatively, you could narrow the request to the contract summary data that NRCS can export from its electronic systems (contract number, county, practice, obligation and payment amounts), which would not involve any fee.

Your request will be on hold until we receive your response. If we do not hear from you within 30 calendar days, we will assume you are no longer interested and close the request.

Respectfully,

Lena Farah
Government Information Specialist
FPAC Business Center | FOIA/Privacy Act Office
Office: 202-720-0518
"""
    top = received(plus(rid), 'lena.farah@usda.gov', d, *GCC_HOST, seed='032') + [
        ('From', '"Farah, Lena - FPAC-BC, Washington, DC" <lena.farah@usda.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'RE: FOIA 2026-NRCS-03377-F - possible fees'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('032')),
        ('References', '%s %s' % (mid_of(rid), gcc_mid('012'))),
        ('In-Reply-To', gcc_mid('012')),
    ] + outlook_headers('032', 'FOIA 2026-NRCS-03377-F - possible fees')
    return as_message(top, text_part(wrap(body, 2000), charset='us-ascii', cte='quoted-printable'))


# 033 ------------------------------------------------------------------------------------------------
@msg('033-lane-nextrequest-interim.eml')
def m033():
    d = when('2026-10-05 11:02', '-0700')
    t = """Documents have been released for record request #26-842.

4 documents were released:
  - 2024_North_District_spray_logs.pdf
  - 2024_Central_District_spray_logs.pdf
  - 2024_South_District_spray_logs.pdf
  - 2024_product_summary.xlsx

Message from Lane County:
This is the first installment: the 2024 roadside spray logs for all
three maintenance districts and the 2024 product summary. The 2025
and 2026 logs are still being scanned and will follow.

View request: https://lanecountyor.nextrequest.com/requests/26-842"""
    hi = """<h3>Documents have been released for record request #26-842.</h3>
<p>4 documents were released:</p><ul><li>2024_North_District_spray_logs.pdf</li><li>2024_Central_District_spray_logs.pdf</li><li>2024_South_District_spray_logs.pdf</li><li>2024_product_summary.xlsx</li></ul>
<p><b>Message from Lane County:</b><br>This is the first installment: the 2024 roadside spray logs for all three maintenance districts and the 2024 product summary. The 2025 and 2026 logs are still being scanned and will follow.</p>
<p><a href="https://lanecountyor.nextrequest.com/requests/26-842" style="background:#4a7c59;color:#fff;padding:6px 10px;text-decoration:none">View request</a></p>"""
    return nr_message('033', d, 'Lane County, OR', 'lanecountyor', INBOX,
                      '[Lane County, OR] Documents released for record request #26-842', t, hi)


# 034 ------------------------------------------------------------------------------------------------
@msg('034-marion-exchange-ndr.eml')
def m034():
    d = when('2026-10-06 09:58', '-0700')
    rid = 'REQ-215'
    our_mid = '<20261006.req-215.r1.hl@harvestledger.example.org>'
    nr024 = '<%s@mail.nextrequest.com>' % hashlib.sha1(b'024').hexdigest()
    our_date = rfcdate(when('2026-10-06 11:57', '-0500'))
    text = """Delivery has failed to these recipients or groups:

dkesler@co.marion.or.us
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: MCEXCH02.co.marion.or.us

dkesler@co.marion.or.us
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:

Received: from mx1.co.marion.or.us (10.40.2.15) by MCEXCH02.co.marion.or.us
 (10.40.2.22) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Tue, 6 Oct
 2026 09:57:58 -0700
Message-ID: %s
Date: %s
From: Harvest Ledger Records Desk <foia@harvestledger.example.org>
Subject: RE: Marion County record request #26-1317 has a new message
""" % (our_mid, our_date)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
            '<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>'
            '<p><font size="2" face="Tahoma"><a href="mailto:dkesler@co.marion.or.us">dkesler@co.marion.or.us</a><br>'
            'The email address you entered couldn\'t be found. Please check the recipient\'s email address and try to resend the message. If the problem continues, please contact your helpdesk.</font></p>'
            '<p><font size="2" face="Tahoma"><b>Diagnostic information for administrators:</b></font></p><p><font size="2" face="Tahoma">Generating server: MCEXCH02.co.marion.or.us<br><br>dkesler@co.marion.or.us<br>Remote Server returned \'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\'</font></p>'
            '</body></html>')
    status = """Reporting-MTA: dns;MCEXCH02.co.marion.or.us
Received-From-MTA: dns;mx1.co.marion.or.us
Arrival-Date: Tue, 6 Oct 2026 16:57:58 +0000

Final-Recipient: rfc822;dkesler@co.marion.or.us
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""
    orig_body = """Hi Dana,

Sorry for the slow reply. For #26-1317 we'd like (c), both: the
individual screening results with household names, addresses and
phone numbers redacted, and the summary reports prepared for the
groundwater management area committee. For outreach, mailers, flyers
and event materials are enough; we don't need staff email.

Thanks,
Harvest Ledger Records Desk

On Thu, Sep 24, 2026 at 1:50 PM Marion County <noreply@mail.nextrequest.com> wrote:
> Record request #26-1317 has a new message.
>
> Message from Marion County:
> Hello, we need some clarification before we can begin searching.
> [...]
> You can reply through the request page or email me directly at
> dkessler@co.marion.or.us.
"""
    orig = render([
        ('Received', 'from mail.harvestledger.example.org (mail.harvestledger.example.org [203.0.113.25])\n by mx1.co.marion.or.us with ESMTPS; %s' % rfcdate(d, -80)),
        ('Message-ID', our_mid),
        ('Date', our_date),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('From', OUR_FROM),
        ('Reply-To', plus(rid)),
        ('To', 'dkesler@co.marion.or.us'),
        ('Subject', 'RE: Marion County record request #26-1317 has a new message'),
        ('In-Reply-To', nr024),
        ('References', nr024),
        ('Content-Type', 'text/plain; charset=UTF-8; format=flowed'),
        ('Content-Transfer-Encoding', '7bit'),
    ], orig_body)
    alt = multipart('alternative', [text_part(text, charset='us-ascii'), text_part(html, 'html', charset='us-ascii')], 'alt_%s' % h('034a', 20))
    part = multipart('report', [alt, raw_part('message/delivery-status', status), raw_part('message/rfc822', orig)],
                     '_rep_%s_' % h('034b', 24), params='; report-type=delivery-status')
    top = received(INBOX, '', d, 'mx1.co.marion.or.us', '198.51.100.40', seed='034') + [
        ('From', 'postmaster@co.marion.or.us'),
        ('To', INBOX),
        ('Date', rfcdate(d, 2)),
        ('Subject', 'Undeliverable: RE: Marion County record request #26-1317 has a new message'),
        ('Message-ID', '<%s@MCEXCH02.co.marion.or.us>' % h('034m', 32)),
        ('In-Reply-To', our_mid),
        ('References', our_mid),
        ('Thread-Topic', 'RE: Marion County record request #26-1317 has a new message'),
        ('Content-Language', 'en-US'),
        ('X-MS-Exchange-Message-Is-Ndr', ''),
        ('Auto-Submitted', 'auto-replied'),
    ]
    top[0] = ('Return-Path', '<>')
    return as_message(top, part)


# 035 ------------------------------------------------------------------------------------------------
OUR_0930 = """Thanks Trent, got the first batch and the link works. One
question for the remaining emails: if anything is withheld, could you
list what was held back and why?

Harvest Ledger Records Desk"""


@msg('035-idwr-final-deep-quotes.eml')
def m035():
    d = when('2026-10-07 14:25', '-0600')
    rid = 'REQ-211'
    our_0922_mid = '<20260922.req-211.f1.hl@harvestledger.example.org>'
    our_0930_mid = '<20260930.req-211.f2.hl@harvestledger.example.org>'
    body = """Hi,

Here's the rest of it: about 340 emails between IDWR staff and counsel
for the groundwater districts and the Surface Water Coalition, January
through September 2026. Same folder as before, in a subfolder called
"Part 2":
https://idwr.sharefile.com/d-s8f27c1e90b44a6e9

To answer your question: we withheld 23 emails between the Director
and the Deputy Attorneys General assigned to IDWR. They are exempt
from disclosure as attorney-client communications and attorney work
product under Idaho Code 74-104(1) and Idaho Rule of Evidence 502. The
attached log lists each one by date, author, recipients and a general
description.

That completes your request. If you disagree with the withholding, you
can petition the district court under Idaho Code 74-115 within 180
days of the date of this notice.

Trent

Trent Halvorsen
Records Custodian
Idaho Department of Water Resources
208-287-4800"""
    msg_d = reply_chain(IDWR_028_BODY, 'On Tue, Sep 22, 2026 at 9:02 AM Harvest Ledger Records Desk\n<%s> wrote:' % plus(rid), idwr_msg_c(rid))
    msg_e = reply_chain(OUR_0930, 'On Mon, Sep 28, 2026 at 3:44 PM Trent Halvorsen\n<Trent.Halvorsen@idwr.idaho.gov> wrote:', msg_d)
    full = reply_chain(body, 'On Wed, Sep 30, 2026 at 8:15 AM Harvest Ledger Records Desk\n<%s> wrote:' % plus(rid), msg_e) + '\n'
    log = ('Doc,Date,Author,Recipients,Description,Basis\n' +
           ''.join('%d,2026-%02d-%02d,Director,Deputy Attorney General,Legal advice re: 2026 mitigation plan compliance,I.C. 74-104(1); IRE 502\n'
                   % (i, 3 + i // 5, 2 + (i * 3) % 26) for i in range(1, 24)))
    top = received(plus(rid), 'Trent.Halvorsen@idwr.idaho.gov', d,
                   'mail-co1usg02on0062.outbound.protection.office365.us', '23.103.199.62', seed='035') + [
        ('From', 'Trent Halvorsen <Trent.Halvorsen@idwr.idaho.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'RE: ESPA curtailment records - first batch'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('035')),
        ('In-Reply-To', our_0930_mid),
        ('References', '%s\n %s\n %s\n %s\n %s' % (mid_of(rid), gcc_mid('010'), our_0922_mid, gcc_mid('028'), our_0930_mid)),
    ] + outlook_headers('035', 'ESPA curtailment records - first batch', has_attach=True)
    part = multipart('mixed', [text_part(full, charset='us-ascii'),
                               attach(log.encode(), 'text/csv', 'IDWR_privilege_log_ESPA_2026.csv')], '_005_%s_' % h('035b', 30))
    return as_message(top, part)


# 036 ------------------------------------------------------------------------------------------------
@msg('036-ndee-final-reply-above-line.eml')
def m036():
    d = when('2026-10-08 10:10', '-0500')
    rid = 'REQ-208'
    our_1001 = '<20261001.req-208.f1.hl@harvestledger.example.org>'
    text = """-- Please reply above this line --

Katie Brandt (NDEE Records Center)
Oct 8, 2026, 10:08 CDT

Hi,

Good news - the records for PRR 26-0611 are ready a day early. They
are posted to the secure file link below, which will stay active for
30 days:

https://ndee-records.nebraska.gov/s/PRR26-0611

The folder contains:
 - Livestock waste control facility inspection reports for Antelope,
   Knox and Pierce counties, 2022-2026 (412 pages)
 - Bazile GMA nitrate monitoring data export (spreadsheet)
 - Correspondence with the four natural resources districts in the
   Bazile GMA, 2022-2026

Two draft inspection reports that were never finalized have been
withheld, and we redacted the names and home addresses of private
domestic well owners in the monitoring data, under Neb. Rev. Stat.
84-712.05. As required by 84-712.04, you may seek review of this
decision by petitioning the Attorney General under 84-712.03 or by
filing suit in district court.

Staff time stayed under four hours, so there is no charge. This
completes your request and the ticket will now be closed.

Katie Brandt
Records Officer

----------------------------------------------------------------------

Harvest Ledger Records Desk
Oct 1, 2026, 16:12 CDT

Hi Katie, checking in on PRR 26-0611 - are we still on track for
October 9? If part of it is ready sooner we're glad to take it in
pieces.

----------------------------------------------------------------------

Katie Brandt (NDEE Records Center)
Sep 15, 2026, 11:24 CDT

Hello,

%s

Katie Brandt
Records Officer

----------------------------------------------------------------------

NDEE Records Center
Sep 9, 2026, 15:40 CDT

%s

Ticket status: Solved

%s
""" % (NDEE_011_TEXT, NDEE_ACK_TEXT, NDEE_FOOT)
    top = received(plus(rid), 'bounces+ndee-records@helpdesk.nebraska.gov', d,
                   'smtp-out2.helpdesk.nebraska.gov', '164.119.8.52', seed='036') + [
        ('From', '"Katie Brandt (NDEE Records Center)" <ndee.records@nebraska.gov>'),
        ('Reply-To', 'NDEE Records Center <ndee.records@nebraska.gov>'),
        ('To', plus(rid)),
        ('Subject', 'Re: [PRR 26-0611] Update on your public records request'),
        ('Date', rfcdate(d)),
        ('Message-ID', '<ticket-260611.c4.%s@helpdesk.nebraska.gov>' % h('036', 10)),
        ('In-Reply-To', our_1001),
        ('References', '<ticket-260611.ack.%s@helpdesk.nebraska.gov> <ticket-260611.c2.%s@helpdesk.nebraska.gov> %s' % (h('004', 10), h('011', 10), our_1001)),
        ('X-Ticket-ID', '260611'),
    ]
    return as_message(top, text_part(text))


# 037/038 ------------------------------------------------------------------------------------------------
def fs_r2_extension(seed, d, mid):
    pdf = make_pdf(['#United States Department of Agriculture', '#Forest Service', 'Rocky Mountain Region',
                    '1617 Cole Blvd., Building 17, Lakewood, CO 80401', '',
                    '|File Code: 6270', '|Date: October 8, 2026', '',
                    'Harvest Ledger Records Desk', 'foia@harvestledger.example.org', '',
                    '#RE: FOIA Request 2026-FS-R2-04903-F', '',
                    'Dear Requester:', '',
                    'This letter concerns your Freedom of Information Act (FOIA) request received in this office on '
                    'September 15, 2026, for letters of noncompliance, notices of permit suspension or cancellation, and '
                    'related correspondence issued to grazing permittees on the Oglala National Grassland.', '',
                    'Your request requires a search for records at the Pine Ridge Ranger District in Chadron, Nebraska, '
                    'and at the Nebraska National Forests and Grasslands Supervisor\'s Office, which are separate from the '
                    'office processing your request. Because of these unusual circumstances, we are extending the time '
                    'limit to respond to your request by 10 working days, as provided by 5 U.S.C. 552(a)(6)(B)(i).', '',
                    'We anticipate that we will need more time than that to complete the search and review, and we '
                    'anticipate providing a response by November 30, 2026. You may narrow the scope of your request or '
                    'arrange an alternative time frame by contacting our office; doing so may allow us to respond sooner.', '',
                    'If you have questions, please contact the Rocky Mountain Region FOIA office at SM.FS.R2FOIA@usda.gov '
                    'or the Forest Service FOIA Public Liaison at 202-205-1542. ' + FS_OGIS, '',
                    'Sincerely,', '', '', 'MARCUS D. ELLINGSON', 'Regional FOIA Officer'],
                   title='Extension 2026-FS-R2-04903-F')
    body = 'Good morning,\n\nPlease see the attached letter concerning FOIA request 2026-FS-R2-04903-F.\n\nRocky Mountain Region FOIA Office\nUSDA Forest Service\n'
    top = received(INBOX, 'SM.FS.R2FOIA@usda.gov', d, *GCC_HOST, seed=seed) + [
        ('From', '"FS-FOIA R2" <SM.FS.R2FOIA@usda.gov>'),
        ('To', '"foia@harvestledger.example.org" <%s>' % INBOX),
        ('Subject', '2026-FS-R2-04903-F Extension of Time'),
        ('Date', rfcdate(d)),
        ('Message-ID', mid),
    ] + outlook_headers('037', '2026-FS-R2-04903-F Extension of Time', has_attach=True)
    part = multipart('mixed', [text_part(body, charset='us-ascii'),
                               attach(pdf, 'application/pdf', '2026-FS-R2-04903-F_Extension.pdf')], '_004_%s_' % h(seed + 'b', 30))
    return as_message(top, part)


@msg('037-usfs-r2-extension.eml')
def m037():
    return fs_r2_extension('037', when('2026-10-08 11:02', '-0600'), gcc_mid('037'))


@msg('038-usfs-r2-extension-duplicate.eml')
def m038():
    return fs_r2_extension('038', when('2026-10-08 11:08', '-0600'), gcc_mid('038'))


# 039 ------------------------------------------------------------------------------------------------
@msg('039-usfs-r6-interim-pdf.eml')
def m039():
    d = when('2026-10-09 12:30', '-0700')
    rid = 'REQ-203'
    pdf = make_pdf(FS_R6_HEAD + [
        '|File Code: 6270', '|Date: October 9, 2026', '',
        'Harvest Ledger Records Desk', 'foia@harvestledger.example.org', '',
        '#RE: Freedom of Information Act Request 2026-FS-R6-04877-F - Interim Response 1', '',
        'Dear Requester:', '',
        'This is the first interim response to your Freedom of Information Act (FOIA) request for escaped prescribed fire '
        'reviews, declared wildfire reviews and facilitated learning analyses in the Pacific Northwest Region. Thank you '
        'for the information about your organization; you have been placed in the news media fee category and no fees '
        'will be charged.', '',
        'The Deschutes, Fremont-Winema, Umatilla and Malheur National Forests have completed their searches. Enclosed are '
        '14 reviews (612 pages). We are releasing 571 pages in full and 41 pages in part. Portions have been withheld '
        'under FOIA Exemption 5, 5 U.S.C. 552(b)(5), which protects predecisional and deliberative draft findings and '
        'recommendations, and Exemption 6, 5 U.S.C. 552(b)(6), which protects names and personal information of '
        'private landowners and contract crew members whose privacy interests outweigh any public interest in disclosure.', '',
        'The remaining forests are still searching. We anticipate our next release on or about November 13, 2026.', '',
        'You may appeal the withholdings in this interim response, or wait and appeal after our final response. Appeals '
        'must be received within 90 days of the date of this letter. ' + FS_OGIS, '',
        'Sincerely,', '', '', 'ROSALIND F. ECKHART', 'Regional FOIA Coordinator',
    ], title='Interim Response 1', compress=True)
    body = """Hello,

Attached is our first interim response to FOIA request 2026-FS-R6-04877-F. The released records are in the download folder below (the link expires in 14 days):

https://usfs.box.com/s/r6foia-2026-04877-int1

Carla Beaumont
Government Information Specialist (FOIA)
Pacific Northwest Region | USDA Forest Service
"""
    top = received(plus(rid), 'carla.beaumont@usda.gov', d, *GCC_HOST, seed='039') + [
        ('From', '"Beaumont, Carla - FS, OR" <carla.beaumont@usda.gov>'),
        ('To', 'Harvest Ledger Records Desk <%s>' % plus(rid)),
        ('Subject', 'Interim Response 1 - FOIA 2026-FS-R6-04877-F'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('039')),
    ] + outlook_headers('039', 'Interim Response 1 - FOIA 2026-FS-R6-04877-F', has_attach=True)
    part = multipart('mixed', [text_part(wrap(body, 2000), charset='us-ascii'),
                               attach(pdf, 'application/pdf', 'Interim_Response_1_2026-FS-R6-04877-F.pdf')], '_004_%s_' % h('039b', 30))
    return as_message(top, part)


# 040 ------------------------------------------------------------------------------------------------
@msg('040-aphis-call-request.eml')
def m040():
    d = when('2026-10-14 11:45', '-0400')
    body = """Hello,

I'm the FOIA specialist working on your request 2026-APHIS-06318-F about H5N1 in dairy herds. Could you give me a call when you have a few minutes? I'd like to go over how Veterinary Services keeps the indemnity files, because I think there may be a faster way to get you the payment information.

I'm in the office Tuesday through Thursday, 8:00 to 4:30 Eastern. My direct line is 301-851-4117.

Thanks,
Beverly

Beverly Tran
Government Information Specialist
APHIS FOIA and Privacy Act Office
USDA Animal and Plant Health Inspection Service
"""
    top = received(INBOX, 'beverly.tran@usda.gov', d, *GCC_HOST, seed='040') + [
        ('From', '"Tran, Beverly - MRP-APHIS, Riverdale, MD" <beverly.tran@usda.gov>'),
        ('To', '"foia@harvestledger.example.org" <%s>' % INBOX),
        ('Subject', '2026-APHIS-06318-F'),
        ('Date', rfcdate(d)),
        ('Message-ID', gcc_mid('040')),
    ] + outlook_headers('040', '2026-APHIS-06318-F')
    return as_message(top, text_part(wrap(body, 2000), charset='us-ascii', cte='quoted-printable'))
