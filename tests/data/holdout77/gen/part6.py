from lib import *

# 051 Monroe final response (REQ-014), partial withholding, via GovQA with message text
add('051-monroe-final.eml', html_only(
    'Monroe County FOIL Center <monroecountyny@mycusthelp.net>', 'records@records.example.org',
    'Monroe County FOIL Request :: F000781-091126 - Completed', date('2026-12-04 15:58', 'EST'), mid('051', 'mycusthelp.net'),
    """<html><body style="font-family:Tahoma;font-size:9pt">
<p>Dear Records Desk:</p>
<p>The Monroe County Records Access Officer has completed your FOIL request <b>F000781-091126</b>.</p>
<p>The contracts between Monroe County (Monroe Community Hospital) and four nurse and nursing
assistant staffing agencies, with amendments, 2023-2026, have been posted to the FOIL Center.
The agencies' internal wage and cost breakdowns attached as pricing proposals have been redacted
under Public Officers Law &sect;87(2)(d) because disclosure would cause substantial injury to the
competitive position of the vendors. Resident identifying information appearing in incident
addenda has been redacted under &sect;87(2)(a) and (b) and Public Health Law &sect;18.</p>
<p>Together with the statements of deficiencies released on 10/22/2026, this completes the response
to your request.</p>
<p>You have the right to appeal the denial of any portion of this request within 30 days, in writing,
to the FOIL Appeals Officer, Monroe County Department of Law, 39 West Main Street, Rochester, NY 14614.</p>
<p>Monroe County Department of Law - Records Access</p>
</body></html>
"""), request='REQ-014', kind='records_final', tracking_number='F000781-091126', adverse_determination=True,
    signals=['tracking', 'subject'],
    why='GovQA completion with contracts released, 87(2)(d) and resident-privacy redactions; NY appeal 30 days')

# 052 IHS first interim release (REQ-004), estimate for next
add('052-ihs-interim.eml', plain(
    'IHS FOIA Office <foia@ihs.gov>', 'Records Desk <%s>' % plus('REQ-004'),
    'FOIA IHS26-0412 - Interim Release 1', date('2026-12-08 16:02', 'EST'), mid('052', 'ihs.gov'),
    """Dear Requester,

Thank you for agreeing to pay fees of up to $235.00 for request IHS26-0412.

This is the first interim release. We are releasing 612 pages of contracts and task orders
between the Great Plains Area and three locum tenens firms, 2022-2023. Unit prices and
hourly bill rates proposed by the firms have been withheld under Exemption 4, 5 U.S.C.
552(b)(4), following predisclosure notification under Executive Order 12600, and the names
and personal telephone numbers of individual physicians have been withheld under Exemption 6.

We are continuing to process the remaining records (2024-2026) and anticipate a second
release by January 29, 2027. You will be billed once processing is complete.

Download (link valid 14 days): https://ihs.app.box.com/s/ihs26-0412-rel1

Sincerely,
IHS FOIA Office
"""), request='REQ-004', kind='records_interim', tracking_number='IHS26-0412', estimated='2027-01-29',
    signals=['plus', 'tracking'], why='first interim release with (b)(4)/(b)(6); next release expected Jan 29, 2027')

# 053 vendor breach notice / media statement (not a reply)
add('053-breach-notice-null.eml', alt(
    'MedBill Partners Communications <media@medbillpartners.example.com>', 'records@records.example.org',
    'Media statement: Notice of data security incident affecting hospital billing clients',
    date('2026-12-10 09:00', 'EST'), mid('053', 'medbillpartners.example.com'),
    """FOR IMMEDIATE RELEASE

MedBill Partners, a revenue-cycle vendor serving public and private hospitals, is notifying
affected individuals of a data security incident. On October 30, 2026, we detected
unauthorized access to a file-transfer server. Protected health information, including
names, dates of service and insurance information, may have been accessed. We have notified
the HHS Office for Civil Rights as required by the HIPAA Breach Notification Rule (45 C.F.R.
164.400-414) and state attorneys general.

Affected hospitals are not being named at this time. Individuals receiving a letter may
enroll in 24 months of credit monitoring.

Media contact: media@medbillpartners.example.com
""", """<html><body><p><b>FOR IMMEDIATE RELEASE</b></p><p>MedBill Partners, a revenue-cycle vendor serving
public and private hospitals, is notifying affected individuals of a data security incident. Protected health
information may have been accessed. We have notified the HHS Office for Civil Rights as required by the HIPAA
Breach Notification Rule.</p><p>Media contact: media@medbillpartners.example.com</p></body></html>
"""), request=None, kind='other', signals=['none'],
    why='vendor press release about a HIPAA breach; heavy privacy wording but no request')

# 054 VA employee from a personal address; cannot be placed among the three VA requests (truth: REQ-003)
add('054-va-unplaceable-call.eml', plain(
    '"Tate, Brandon" <Brandon.Tate@va.gov>', 'records@records.example.org',
    'FOIA', date('2026-12-14 08:47', 'CST'), mid('054', 'va.gov'),
    """Hi,

I'm trying to reach whoever submitted the FOIA request to us about the facility reports.
I've taken over some of the privacy work here and I have a question about the date range and
what exactly you're hoping to get, since the request was closed and I think there may be
something we can provide outside of FOIA.

Can you give me a call when you get a chance? Best is mornings, 7:30 to 11.

Thanks,
Brandon

Brandon Tate
Privacy Officer
Veterans Health Administration

Privacy Notice: This email may contain Privacy Act, HIPAA-protected and/or VA-sensitive
information. If you received it in error, delete it and notify the sender.
"""), request='REQ-003', kind='other', signals=['none'],
    why='VA privacy officer asks for a call about a closed request; no number, thread or facility named (true owner REQ-003)')

# 055 VA interim release (REQ-001) with Exemption 4/6, Outlook
m55 = plain('"Alvarado, Teresa" <Teresa.Alvarado2@va.gov>', 'Records Desk <%s>' % plus('REQ-001'),
            'FOIA 26-11402-F - Interim Release #1', date('2026-12-18 14:20', 'MST'), mid('055', 'va.gov'),
            """Good afternoon,

Attached is the first interim release for FOIA request 26-11402-F: the NCO 22 nurse staffing
contracts for the Phoenix VA Health Care System with all modifications (214 pages). Two
contractors objected to release of their labor-category pricing; after review under
Executive Order 12600, the proposed hourly rates and the contractors' indirect rate
information are withheld under Exemption 4. Contractor employee names and personal contact
information are withheld under Exemption 6.

The task orders placed against the national clinical staffing BPA are still with the VHA
Procurement and Logistics Office. I expect to complete the request by January 22, 2027.

Teresa Alvarado
FOIA Officer | Phoenix VA Health Care System

NOTICE: This e-mail may contain sensitive personal information protected under the Privacy
Act of 1974, 38 U.S.C. 5701 and 7332, and HIPAA.
""", extra=[('Thread-Topic', 'FOIA 26-11402-F - Interim Release #1')])
attach_text(m55, '26-11402-F_Release1_index.txt',
            'Release 1 index\n36C26223D0041 and mods P00001-P00006 (88 pp)\n36C26224D0017 and mods P00001-P00004 (71 pp)\n'
            '36C26225C0102 (55 pp)\n')
add('055-va-interim.eml', m55, request='REQ-001', kind='records_interim', tracking_number='26-11402-F',
    estimated='2027-01-22', signals=['plus', 'tracking'], why='first interim release with (b)(4)/(b)(6) withholdings; completion expected Jan 22, 2027')

# 056 VA news release about staffing (not a reply; topic overlaps REQ-001)
add('056-va-news-null.eml', html_only(
    'VA News <vanews@messages.va.gov>', 'records@records.example.org',
    'VA news release: Phoenix VA Health Care System expands nurse workforce, reduces reliance on agency staff',
    date('2027-01-06 10:00', 'EST'), mid('056', 'messages.va.gov'),
    """<html><body style="font-family:Arial;font-size:10pt">
<p><b>FOR IMMEDIATE RELEASE</b> - January 6, 2027</p>
<p>PHOENIX - The Phoenix VA Health Care System today announced that it hired 140 registered nurses in
2026 and reduced its use of contract agency nurses by 35 percent. The hiring was supported by
recruitment incentives and a new nurse residency program.</p>
<p>Veterans can learn more about care at Phoenix VA at va.gov/phoenix-health-care.</p>
<p>You are subscribed to VA news releases. <a href="https://public.govdelivery.com/accounts/USVA/subscriber/edit">Manage
subscriptions</a>.</p></body></html>
""", extra=[('List-Unsubscribe', '<https://public.govdelivery.com/accounts/USVA/subscriber/edit>'),
            ('X-Accountcode', 'USVA_109'), ('Precedence', 'bulk')]),
    request=None, kind='other', signals=['none'],
    why='VA GovDelivery news release on Phoenix nurse staffing; same domain and topic as REQ-001 but not a reply')

# 057 Harris final after AG ruling (REQ-006)
m57 = plain('Harris Health Public Information <publicinformation@harrishealth.org>', 'Records Desk <%s>' % plus('REQ-006'),
            'PIR 26-1187 - Final Release Following Attorney General Ruling', date('2027-01-12 11:30', 'CST'),
            mid('057', 'harrishealth.org'),
            """Good morning,

The Office of the Attorney General has issued Open Records Letter No. OR2027-00412 regarding
PIR 26-1187 (copy attached). In accordance with the ruling, Harris Health is releasing the
pricing exhibits to the staffing agreements, with the exception of the internal cost and
margin information of two vendors, which the Attorney General determined must be withheld
under section 552.110(b) of the Government Code. The attached records complete our response
and this request is now closed.

Your final charges were $296.10; the balance of your deposit will be refunded.

Public Information Coordinator
Office of General Counsel | Harris Health System

""" + PRIV_HOSP + '\n')
attach_pdf(m57, 'OR2027-00412.pdf', [
    'OFFICE OF THE ATTORNEY GENERAL OF TEXAS', 'Open Records Division', '', 'January 8, 2027', '', 'Public Information Coordinator',
    'Harris Health System', '', 'OR2027-00412', '',
    'You ask whether certain information is subject to required public disclosure under the Public Information',
    'Act, chapter 552 of the Government Code. Your request was assigned ID# 26-118804 (PIR 26-1187).', '',
    'We have considered the arguments submitted by the interested third parties. We conclude the System must',
    'withhold the cost and margin information we have marked under section 552.110(b). The System must',
    'release the remaining information.', '',
    'This ruling is limited to the particular information at issue in this request.', '',
    'Sincerely,', 'Assistant Attorney General, Open Records Division'])
add('057-harris-final-ag-ruling.eml', m57, request='REQ-006', kind='records_final', tracking_number='PIR 26-1187',
    adverse_determination=True, signals=['plus', 'tracking'],
    why='final release after AG ruling with 552.110(b) withholdings; TX has no appeal window')

# 058 VA final response (REQ-001), PDF letter, appeal and OGIS
m58 = plain('"Alvarado, Teresa" <Teresa.Alvarado2@va.gov>', 'Records Desk <%s>' % plus('REQ-001'),
            'FOIA 26-11402-F - Final Response', date('2027-01-15 15:05', 'MST'), mid('058', 'va.gov'),
            """Good afternoon,

Attached is the final response letter for FOIA request 26-11402-F together with the second
and final release (BPA task orders, 97 pages). This completes your request.

Teresa Alvarado
FOIA Officer | Phoenix VA Health Care System

NOTICE: This e-mail may contain sensitive personal information protected under the Privacy
Act of 1974, 38 U.S.C. 5701 and 7332, and HIPAA.
""", extra=[('In-Reply-To', mid('055', 'va.gov')), ('References', mid('023', 'va.gov') + ' ' + mid('055', 'va.gov'))])
attach_pdf(m58, 'Final Response 26-11402-F.pdf', [
    'DEPARTMENT OF VETERANS AFFAIRS   Phoenix VA Health Care System', '650 E. Indian School Road, Phoenix, AZ 85012', '',
    'January 15, 2027', '', 'FOIA Request 26-11402-F', '', 'Dear Requester:', '',
    'This is the final response to your FOIA request for nurse staffing agency contracts and task orders',
    'supporting the Phoenix VA Health Care System, FY2023-FY2026. In total we reviewed 311 pages: 214',
    'pages released on December 18, 2026 and 97 pages released with this letter. Of these, 240 pages',
    'are released in full and 71 pages in part.', '',
    'Withheld: proposed hourly rates and indirect rate information under FOIA Exemption 4, 5 U.S.C.',
    '552(b)(4); contractor employee names and contact information under Exemption 6, 5 U.S.C. 552(b)(6).',
    'No information relating to individual veterans is contained in the released records.', '',
    'APPEAL RIGHTS: You may appeal to the Office of General Counsel (024), Department of Veterans',
    'Affairs, 810 Vermont Avenue NW, Washington, DC 20420, or by e-mail to ogcfoiaappeals@va.gov. Your',
    'appeal must be postmarked or electronically transmitted within 90 days of the date of this letter.', '',
    'You may seek dispute resolution services from the VHA FOIA Public Liaison, or from the Office of',
    'Government Information Services (OGIS), National Archives and Records Administration, 8601 Adelphi',
    'Road-OGIS, College Park, MD 20740-6001; ogis@nara.gov; 202-741-5770; 1-877-684-6448.', '',
    'Sincerely,', 'Teresa Alvarado, FOIA Officer'])
add('058-va-final.eml', m58, request='REQ-001', kind='records_final', tracking_number='26-11402-F',
    adverse_determination=True, signals=['plus', 'tracking'],
    why='final letter (PDF): released in part, (b)(4)/(b)(6); OGC appeal 90 days and OGIS paragraph')
