"""Part 3: late September - early October 2026."""
from gen_common import *

MSGS = []

# 21 NYSDEC Region 7 acknowledgment, letter only in PDF, received date differs from sent
m = new('DEC FOIL <foil@dec.ny.gov>', plus('REQ-004'), 'FOIL Acknowledgment', '2026-09-25 11:00 -0400',
        outlook_mid('nysdec-ack-4630'), in_reply_to=rmid('REQ-004'), references=rmid('REQ-004'),
        extra=outlook_headers('nysdec-ack-4630', 'FOIL Acknowledgment'))
m.set_content('Please see the attached letter.\n\nRecords Access Office\nNYS Department of Environmental Conservation\n')
attach_pdf(m, [
    'NEW YORK STATE DEPARTMENT OF ENVIRONMENTAL CONSERVATION', 'Records Access Office',
    '625 Broadway, Albany, New York 12233-1500', '', 'September 25, 2026', '',
    'Re: FOIL Request # R004630-092226', '    Tallmadge Hollow Landfill, Town of Sennett, Cayuga County', '',
    'Dear Requester:', '',
    'This will acknowledge receipt of your request under the Freedom of Information Law (FOIL), which',
    'was received by this office on September 22, 2026. Your request for the order on consent and',
    'Part 360 inspection reports has been forwarded to the Region 7 Office (Syracuse), Division of',
    'Materials Management, for a search of its files.', '',
    'We anticipate responding on or before October 22, 2026. If the records are voluminous you may',
    'be offered the opportunity to review them at the Region 7 office by appointment.', '',
    'Sincerely,', 'Records Access Officer'], 'R004630-092226_Ack.pdf', 'FOIL Acknowledgment')
MSGS.append(entry('nysdec-ack-pdf-received-date', '2026-09-25 11:00 -0400', 'REQ-004', 'acknowledgment',
                  'DEC acknowledges FOIL received Sept 22 (sent Sept 21 in the evening), assigns R004630-092226, anticipates Oct 22; 5 business days from Sept 22',
                  'letter only in PDF with a generic email subject; received date later than sent; modeled on NYSDEC FOIL acknowledgment letters',
                  m, tracking='R004630-092226', clock='received:2026-09-22', estimated='2026-10-22',
                  signals=['thread', 'plus', 'tracking-new', 'tracking-filename']))

# 22 PA DEP Southeast: extension with no prior acknowledgment, PDF letter
m = new('PA DEP Right-to-Know <RA-EPRTK@pa.gov>', plus('REQ-009'), 'RE: Right-to-Know Request - Chester Ridge Landfill',
        '2026-09-29 14:45 -0400', outlook_mid('padep-ext-1262'), in_reply_to=rmid('REQ-009'), references=rmid('REQ-009'),
        extra=outlook_headers('padep-ext-1262', 'Right-to-Know Request - Chester Ridge Landfill'))
m.set_content('Good afternoon,\n\nAttached is the Department\'s interim response to your request.\n\nDEP Right-to-Know Office\n')
attach_pdf(m, [
    'COMMONWEALTH OF PENNSYLVANIA', 'DEPARTMENT OF ENVIRONMENTAL PROTECTION', '', 'September 29, 2026', '',
    'RTK 2026-1262', '', 'Dear Requester:', '',
    'On September 22, 2026, the Department received your request under the Right-to-Know Law (RTKL)',
    'for the Consent Order and Agreement and compliance records for the Chester Ridge Landfill in',
    'Delaware County. The records are maintained by the Southeast Regional Office in Norristown.', '',
    'Pursuant to 65 P.S. Section 67.902(b), the Department is extending its response period by thirty',
    '(30) calendar days because the request requires redaction of records that may contain',
    'confidential proprietary information, and legal review is needed. The Department will respond',
    'no later than October 29, 2026.', '',
    'Under Section 707(b), the Department is notifying the landfill operator, which submitted some of',
    'the records with a claim that they contain trade secrets or confidential proprietary information.', '',
    'Sincerely,', 'DEP Right-to-Know Office'], 'Interim Response - 2026-1262.pdf', 'Interim Response')
MSGS.append(entry('padep-extension-no-ack', '2026-09-29 14:45 -0400', 'REQ-009', 'extension',
                  'PA DEP 902(b) extension letter (received Sept 22), responds by Oct 29; first message for this request so 5 business days from sent then +30 calendar days',
                  'interim response arriving without any prior acknowledgment, with a third-party (707(b)) notice; modeled on PA DEP RTK letters',
                  m, tracking='RTK 2026-1262', clock='extension', estimated='2026-10-29',
                  signals=['thread', 'plus', 'tracking-new']))

# 23 EPA Region 1: CBI submitter notice and unusual circumstances extension
m = new('Arsenault, Daniel <Arsenault.Daniel@epa.gov>', plus('REQ-012'),
        'EPA-R1-2026-004821 - notice of extension (business confidentiality)', '2026-09-29 16:05 -0400',
        outlook_mid('epa-r1-ext'), extra=outlook_headers('epa-r1-ext', 'EPA-R1-2026-004821 - notice of extension'))
m.set_content("""Dear Records Desk:

I am the FOIA specialist handling your request EPA-R1-2026-004821 for RCRA inspection reports and
related records for the Lowell Finishing Co. facility.

Several of the responsive records (the facility's responses to EPA's RCRA Section 3007 information
request) were submitted with a claim of business confidentiality. Under 40 CFR 2.204(d), EPA must
give the business written notice and an opportunity to substantiate its claim before we can make
a determination. The company has 15 working days to respond once it receives our notice.

Because of this consultation requirement, unusual circumstances exist under 5 U.S.C. 552(a)(6)(B)(i)
and EPA is extending the time to respond by ten working days. If we need more time than that we will
contact you to discuss narrowing the request or an alternative time frame. You may also contact
EPA's FOIA Public Liaison or the Office of Government Information Services (OGIS) at the National
Archives, ogis@nara.gov, 202-741-5770, for dispute resolution services.

Daniel Arsenault
FOIA Specialist, EPA Region 1
5 Post Office Square, Suite 100, Boston, MA 02109
""")
MSGS.append(entry('epa-r1-cbi-extension', '2026-09-29 16:05 -0400', 'REQ-012', 'extension',
                  'EPA R1 extends 10 working days (unusual circumstances) to give the submitter CBI notice under 40 CFR 2.204',
                  'federal extension tied to a confidential business information claim with OGIS paragraph; modeled on EPA Part 2 Subpart B notices',
                  m, tracking='EPA-R1-2026-004821', clock='extension', signals=['plus', 'tracking']))

# 24 MassDEP NextRequest acknowledgment for the second MassDEP request
m = new('Massachusetts Department of Environmental Protection <massdep@mail.nextrequest.com>', INBOX,
        '[Records Request] Your Massachusetts Department of Environmental Protection public records request #26-1409 has been submitted.',
        '2026-10-01 12:30 -0400', mid('nr-massdep-1409', 'mail.nextrequest.com'))
m.set_content("""Your record request #26-1409 has been received and is being reviewed.

Request: PFAS6 exceedance correspondence, notices of violation and public notices for public
water systems in MassDEP's Central Region, 2020 to present.

Received: October 1, 2026 via web

View request #26-1409: https://massdep.nextrequest.com/requests/26-1409
""")
MSGS.append(entry('massdep-nextrequest-ack-2', '2026-10-01 12:30 -0400', 'REQ-006', 'acknowledgment',
                  'NextRequest confirms MassDEP #26-1409 received Oct 1 (= sent); MA 10 business days (Columbus Day excluded)',
                  'second request to the same agency through the same portal; modeled on NextRequest receipts',
                  m, tracking='26-1409', clock='received_on_sent_date', signals=['subject', 'tracking-new']))

# 25 NJDEP denial: still overbroad after our reply (quotes our reply)
ourreply = """Thank you. Please limit the request to Hotline incident reports for discharges to surface water
in Perth Amboy and Sayreville between January 1, 2024 and June 30, 2026."""
m = new('NJDEP OPRA <opra@dep.nj.gov>', plus('REQ-002'), 'RE: OPRA Request W313302 - Request for Clarification',
        '2026-10-02 14:00 -0400', mid('njdep-deny-313302', 'dep.nj.gov'), in_reply_to='<req-002.20260925.2@records.example.org>',
        references=rmid('REQ-002') + ' <req-002.20260925.2@records.example.org>')
m.set_content("""Dear Requestor:

Thank you for your response. Unfortunately the revised request still does not identify specific
government records. Locating "incident reports for discharges to surface water" would require the
Department to review each Hotline call for the two municipalities and determine whether a discharge
reached surface water, which is research OPRA does not require of a custodian.

Accordingly, OPRA request W313302 is DENIED as an invalid request under N.J.S.A. 47:1A-1 et seq.
and MAG Entertainment, 375 N.J. Super. 534 (App. Div. 2005). You may submit a new request naming
incident numbers or specific facilities. Incident summaries are also searchable on DEP DataMiner.

You have the right to challenge this denial by filing an action in Superior Court or a complaint
with the Government Records Council (1-866-850-0511) within 45 days.

Records Custodian, NJDEP
""" + quote(ourreply, 'Records Desk <records+req-002@records.example.org>', 'Fri, Sep 25, 2026 at 10:02 AM'))
MSGS.append(entry('njdep-denial-invalid-request', '2026-10-02 14:00 -0400', 'REQ-002', 'denial',
                  'NJDEP denies W313302 as an invalid (research) request even after narrowing; 45-day GRC/court window',
                  'OPRA denial replying to our own follow-up (references our reply, not just the request); modeled on NJ custodian MAG denials',
                  m, tracking='W313302', adverse=True, signals=['thread', 'plus', 'tracking']))

# 26 NJDEP Records Access: file review appointment confirmation (other), no threading, changed subject
m = new('Okafor, Chidi <Chidi.Okafor@dep.nj.gov>', INBOX, 'File Review Appointment - W312845', '2026-10-05 09:40 -0400',
        outlook_mid('njdep-filereview'), extra=outlook_headers('njdep-filereview', 'File Review Appointment - W312845'))
m.set_content("""Good morning,

This confirms your file review appointment for OPRA W312845 (Mantua Creek / Greenwich Twp.):

  Date:      Wednesday, October 14, 2026
  Time:      9:30 a.m. - 3:30 p.m.
  Location:  NJDEP, 401 East State Street, 1st Floor File Review Room, Trenton
  Files:     SRP case file (18 boxes) and Compliance & Enforcement ACO file (4 boxes)

Please bring photo ID and sign in with security. Personal scanners and phone cameras are
allowed; staff copies are $0.05 per page. Flag any pages you want copied with the sticky notes
provided. If you need to reschedule, reply to this email at least one business day ahead.

Chidi Okafor
Records Access Unit, NJDEP
""")
MSGS.append(entry('njdep-file-review-appointment', '2026-10-05 09:40 -0400', 'REQ-001', 'other',
                  'NJDEP staffer confirms the Oct 14 file review appointment for W312845; logistics only',
                  'appointment confirmation from a personal dep.nj.gov address, new subject, no threading; modeled on NJDEP file review scheduling',
                  m, tracking='W312845', signals=['tracking']))

# 27 Vermont ANR no records, delivered via the Google Group ("via")
m = new('"\'Lamoille, Heather\' via Records Desk" <records@records.example.org>', INBOX,
        'RE: ' + REQ['REQ-010']['subject'] + ' [ANR-26-0213]', '2026-10-05 16:10 -0400', outlook_mid('vtanr-final'),
        in_reply_to=rmid('REQ-010'), references=rmid('REQ-010'),
        extra=[('Reply-To', 'Heather.Lamoille@vermont.gov')] + group_headers('Heather.Lamoille@vermont.gov'))
m.set_content("""Hello,

This completes the Agency's response to ANR-26-0213.

After a search of the Solid Waste Program's facility files, the Watershed Management Division's
pretreatment files, and the boxes retrieved from the State Records Center, the Agency did not locate
any records responsive to your request. The landfill's leachate is hauled to municipal wastewater
facilities under agreements between the operator and those municipalities; leachate PFAS testing is
reported to the receiving facilities and was not submitted to ANR for the period you asked about.
ANR also does not hold pretreatment agreements for the landfill.

If you disagree with this response you may appeal to the Secretary of Natural Resources.

Heather Lamoille
Public Records Officer, Vermont Agency of Natural Resources

--
You received this message because you are subscribed to the Google Groups "Records Desk" group.
""")
MSGS.append(entry('vtanr-no-records-group', '2026-10-05 16:10 -0400', 'REQ-010', 'no_records',
                  'ANR finds no responsive leachate PFAS or pretreatment records; Vermont has no appeal days in the table, so appeal_due null',
                  'no-records letter through the Google Group with "via" display name; modeled on Vermont ANR records-officer replies',
                  m, tracking='ANR-26-0213', adverse=True, signals=['thread', 'tracking']))

# 28 EPA Region 2 PAL acknowledgment (new fiscal year number)
m = new('FOIA Public Access Link <foiapal-noreply@epa.gov>', INBOX, 'FOIA Request Submitted: EPA-R2-2027-000213',
        '2026-10-06 15:00 -0400', mid('pal-r2-0213', 'foiapal.epa.gov'))
m.set_content("""Your FOIA request has been successfully submitted.

Tracking Number: EPA-R2-2027-000213
Submitted On: 10/06/2026
Assigned To: Region 2 (New York)
Description: TSCA section 8(e) substantial-risk notices and CBI claims submitted by PFAS
manufacturers with facilities in New Jersey, 2015-2026.

Log in to the FOIA Public Access Link to check status.
""")
MSGS.append(entry('epa-r2-pal-submitted-2', '2026-10-06 15:00 -0400', 'REQ-015', 'acknowledgment',
                  'PAL confirms the TSCA request submitted 10/06/2026 (= sent) to Region 2, EPA-R2-2027-000213 (new fiscal year)',
                  'second Region 2 request from the same no-reply address; FY2027 number; modeled on FOIAXpress PAL',
                  m, tracking='EPA-R2-2027-000213', clock='received_on_sent_date', signals=['subject', 'tracking-new']))

# 29 MassDEP newsletter (unrelated)
m = new('MassDEP <massdep@public.govdelivery.com>', INBOX, 'MassDEP News - October 2026: PFAS Treatment Grants, Fall Compost Season',
        '2026-10-07 08:00 -0400', mid('govd-massdep-oct', 'public.govdelivery.com'),
        extra=[('List-Unsubscribe', '<https://public.govdelivery.com/accounts/MADEP/subscriber/one_click_unsubscribe>'),
               ('Precedence', 'bulk')])
m.set_content("""MassDEP News | October 2026

* $18 million in PFAS treatment grants awarded to 31 public water systems
* Comment period opens on proposed 310 CMR 19.000 solid waste facility amendments
* Fall leaf and yard waste composting: what cities and towns need to know
* Merrimack River CSO public notification: new text alerts

Manage your subscriptions: https://public.govdelivery.com/accounts/MADEP/subscriber/edit
This service is provided to you at no charge by the Massachusetts Department of Environmental Protection.
""")
m.add_alternative('<html><body><h2>MassDEP News | October 2026</h2><ul><li>$18 million in PFAS treatment grants awarded to 31 public '
                  'water systems</li><li>Comment period opens on proposed 310 CMR 19.000 amendments</li><li>Fall leaf and yard waste '
                  'composting</li><li>Merrimack River CSO public notification: new text alerts</li></ul></body></html>', subtype='html')
MSGS.append(entry('massdep-newsletter', '2026-10-07 08:00 -0400', None, 'other',
                  'MassDEP GovDelivery newsletter mentioning PFAS and the Merrimack; not about any request',
                  'bulk newsletter whose topics overlap two open MassDEP requests; modeled on GovDelivery agency bulletins',
                  m, signals=['none']))

# 30 EPA Region 2 clarification (narrow custodians / dates), Outlook
m = new('Rivera-Santos, Marisol <RiveraSantos.Marisol@epa.gov>', INBOX,
        'Clarification needed - FOIA EPA-R2-2026-007115 (Hackensack chromium)', '2026-10-08 11:10 -0400',
        outlook_mid('epa-r2-clar'), extra=outlook_headers('epa-r2-clar', 'Clarification needed - FOIA EPA-R2-2026-007115'))
m.set_content("""Good morning,

I'm the Region 2 FOIA coordinator for your request EPA-R2-2026-007115. A preliminary search of the
Superfund and Emergency Management Division shows that "all correspondence" about the Hackensack River
chromium sites from 2016 on would involve at least 18 custodians and several hundred thousand emails,
plus roughly 40 GB of sampling data in EQuIS.

Could you please clarify:
 1. Which sites (the request could cover four operable units)?
 2. Whether you want correspondence with the responsible parties only, or internal EPA email as well?
 3. Whether validated sampling data in electronic form (EDDs) would satisfy the data portion?

Your request is on hold until we hear from you. If we do not receive a response within 30 calendar
days, we will assume you are no longer interested and will close the request.

Marisol Rivera-Santos
FOIA Coordinator, U.S. EPA Region 2
290 Broadway, New York, NY 10007
""")
MSGS.append(entry('epa-r2-clarification', '2026-10-08 11:10 -0400', 'REQ-013', 'clarification',
                  'EPA R2 asks which sites, which correspondents and whether EDDs suffice; request on hold',
                  'federal clarification (tolling) from a named specialist, no threading; modeled on EPA regional FOIA coordinator emails',
                  m, tracking='EPA-R2-2026-007115', signals=['tracking']))
