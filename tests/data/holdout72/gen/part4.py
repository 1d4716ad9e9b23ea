"""Messages 031-040."""
from common import *

# 031 WI village clerk out-of-office (HTML only, Exchange)
m = new('Village Clerk <clerk@oakhollowwi.gov>', plus('REQ-013'), 'Automatic reply: ' + REQS['REQ-013']['subject'],
        date('2026-10-01 08:01'), mid('031', 'BN8PR09MB3302.namprd09.prod.outlook.com'), Auto_Submitted='auto-replied',
        X_Auto_Response_Suppress='All')
thread(m, 'REQ-013')
outlook_headers(m, '031')
m.set_content('<html><body><p>Thank you for your email. I am attending the Wisconsin Municipal Clerks Association fall '
              'workshop and will return to the office Tuesday, October 6.</p><p>For dog licenses, building permits or '
              'urgent matters please call Village Hall at (608) 555-0116 and ask for Deputy Clerk Amy Lenz.</p>'
              '<p>Jennifer Brandt, WCMC<br>Clerk-Treasurer, Village of Oak Hollow</p></body></html>', subtype='html')
save('031-oakhollow-ooo-html.eml', m, request='REQ-013', kind='auto_reply', signals=['thread', 'plus'],
     why='HTML-only Exchange out-of-office of the village clerk (back Oct 6)')

# 032 KY interim: boil-water notices now, logs later with a new date
m = new('North Laurel Water District <nlwd.office@outlook.com>', plus('REQ-002'), 'RE: ORR 26-031',
        date('2026-10-02 09:30', 'ET'), mid('032', 'SN7PR19MB4410.namprd19.prod.outlook.com'))
thread(m, 'REQ-002', [mid('007', 'SN7PR19MB4410.namprd19.prod.outlook.com')])
outlook_headers(m, '032')
m.set_content(wrap("""
Good morning,

Attached are the boil water advisories and rescind notices for 2025 and 2026 to date (14 advisories).

Gary is still scanning the main break sheets, there are more than we thought since the 2025 ice storm. We should have
them to you by October 16. Sorry for the delay.

Tammy Gentry
Office Manager
North Laurel Water District
"""))
m.add_attachment(('advisory_no,issued,rescinded,area,reason\n'
                  'BWA-25-01,2025-01-07,2025-01-09,Hwy 363 / Sublimity,main break 8in\n'
                  'BWA-25-02,2025-02-16,2025-02-19,Keavy Rd east of I-75,loss of pressure (ice storm)\n'
                  'BWA-26-05,2026-08-21,2026-08-23,Campground Rd,main break 6in\n').encode(),
                 maintype='text', subtype='csv', filename='ORR 26-031 boil water advisories 2025-2026.csv')
save('032-nlaurel-interim-csv.eml', m, request='REQ-002', kind='records_interim', tracking_number='ORR 26-031',
     estimated='2026-10-16', signals=['thread', 'plus', 'tracking'],
     why='first batch (boil-water advisories, CSV); main-break logs promised by Oct 16')

# 033 OH interim: zoning files from the fiscal officer; emails sent on to the prosecutor
m = new('Linda Sowers <pleasantruntwp.fiscal@gmail.com>', plus('REQ-008'), 'Re: ' + REQS['REQ-008']['subject'],
        date('2026-10-02 11:48', 'ET'), mid('033', 'mail.gmail.com'))
thread(m, 'REQ-008', [mid('014', 'mail.gmail.com')])
t = wrap("""
Hi,

Here are the zoning violation files Jim pulled (7 files, 2024 to now). I scanned them at the township hall so some
pages are a little crooked.

On the levy emails with your narrowed dates (Jan 1 - Aug 31, 2026, trustees and the fire chief), I sent that over to
the County Prosecutor's office since they are our legal counsel and they want to look at them first. Someone from
there will be in touch.

Linda
""")
m.set_content(t)
m.add_alternative('<div dir="ltr">' + t.replace('\n\n', '<br><br>').replace('\n', ' ') + '</div>', subtype='html')
attach_pdf(m, 'Zoning violations 2024-2026.pdf', [
    'PLEASANT RUN TOWNSHIP ZONING - NOTICE OF VIOLATION', 'File ZV-24-03  6110 Tecumseh Rd  Junk vehicles (Art. 17)  Closed 06/2024',
    'File ZV-24-07  Accessory structure without permit  Closed 10/2024', 'File ZV-25-02  Fence height  Open',
    'File ZV-26-01  Home occupation signage  Closed 05/2026'], 'Zoning violations')
save('033-pleasantrun-interim-zoning.eml', m, request='REQ-008', kind='records_interim', signals=['thread', 'plus'],
     why='zoning files released; levy emails sent to the county prosecutor (township counsel) for review')

# 034 MO final via our Google Group; closed minutes withheld
m = new('Kathy Renner via Records Desk <records@records.example.org>', 'Records Desk <records@records.example.org>',
        'Cedar Fork records', date('2026-10-02 19:22'), mid('034', 'mail.gmail.com'),
        reply_to='Kathy Renner <cedarforkfpd.clerk@gmail.com>')
google_group(m, 'cedarforkfpd.clerk@gmail.com')
t = wrap("""
Hi, we got your check, thank you. Here are the open session minutes 2024-2026, the budgets for 2024, 2025 and 2026
and Chief Voss's contract. Mr. Holland says the closed session minutes stay closed under 610.021 (personnel and legal),
so those aren't included. That's everything on this one.

Kathy Renner
Board Secretary/Clerk
Cedar Fork Fire Protection District
""")
m.set_content(t)
m.add_alternative('<div dir="ltr">' + t.replace('\n\n', '<br><br>').replace('\n', ' ') + '</div>', subtype='html')
attach_pdf(m, 'Open minutes 2024-2026.pdf', ['CEDAR FORK FIRE PROTECTION DISTRICT - BOARD OF DIRECTORS',
    'Minutes of regular meeting, January 18, 2024', 'Present: Directors Dale Kemper, Ann Schultz, Rick Mays ...',
    'Motion to enter closed session under 610.021(3) - carried 3-0.'], 'Minutes')
attach_pdf(m, 'Fire Chief Employment Agreement.pdf', ['EMPLOYMENT AGREEMENT - FIRE CHIEF',
    'Between Cedar Fork Fire Protection District and James Voss', 'Term: January 1, 2025 - December 31, 2027',
    'Annual salary: $58,500'], 'Chief agreement')
save('034-cedarfork-final-via-google-group.eml', m, request='REQ-001', kind='records_final', adverse_determination=True,
     signals=['subject'],
     why='clerk releases minutes, budgets and chief contract through our Google Group; closed minutes withheld (610.021); MO has no appeal window')

# 035 GovQA ack of the second Texas request
t = wrap("""
Dear Records Desk,

Your request to the Lavaca Hills County Hospital District was received on 10/5/2026 and has been assigned reference
number R000377-100526.

Request details: Travel reimbursement claims of Board members and District credit card statements, October 2024 -
September 2026.

The District will respond in accordance with the Texas Public Information Act, Chapter 552, Texas Government Code.
""")
m = govqa(date('2026-10-05 09:02'), 'Public Information Request :: R000377-100526', t, '035')
save('035-lavacahills-govqa-ack-2.eml', m, request='REQ-014', kind='acknowledgment', tracking_number='R000377-100526',
     clock='received_on_sent_date', signals=['subject', 'tracking-new'],
     why='GovQA ack of the second hospital district request, received 10/5/2026 (= sent); TX 10 business days')

# 036 KS clerk fee estimate from Yahoo, informal
m = new('Mill Creek Cemetery <millcreekcemetery@yahoo.com>', plus('REQ-006'), 'Re: KORA request',
        date('2026-10-05 16:15'), mid('036', 'mail.yahoo.com'))
thread(m, 'REQ-006', [mid('028', 'mail.yahoo.com')])
m.set_content(wrap("""
OK here's what I have. Budgets 2022-2026 are 1 page each, the levy certifications from the county are 1 page each,
and the lot sales are in the book, about 9 pages for those years. The library in Alma charges me 25 cents a page so
it'd be about $4.75 plus postage, call it $6.00 if you want paper. If you want them emailed I'll have to get my
granddaughter to scan them. Let me know and send a check to the district at RR 1 Box 44, Alma KS 66401.

Deb

Sent from Yahoo Mail for iPhone
"""))
save('036-millcreek-fee-yahoo.eml', m, request='REQ-006', kind='fee_estimate', signals=['thread', 'plus'],
     why='clerk quotes about $6.00 for copies/postage and asks for a check first (KORA allows cost)')

# 037 MO no records + pointer to the state
m = new('Kathy Renner <cedarforkfpd.clerk@gmail.com>', plus('REQ-009'), 'Re: ' + REQS['REQ-009']['subject'],
        date('2026-10-06 08:40'), mid('037', 'mail.gmail.com'))
thread(m, 'REQ-009')
m.set_content(wrap("""
Talked to the Chief. The District doesn't have any report or spreadsheet of response times for 2025, nobody has
ever made one. The run reports go straight into the state NFIRS system through the Division of Fire Safety website
and we don't keep our own copies, so we don't have anything to send on this one. You could try the Missouri Division
of Fire Safety in Jefferson City, they have the NFIRS data.

Kathy
"""))
save('037-cedarfork-no-records-referral.eml', m, request='REQ-009', kind='no_records', adverse_determination=True,
     signals=['thread', 'plus'],
     why='no response-time records and no retained run reports; points to the state fire marshal NFIRS data (MO: no appeal window)')

# 038 JustFOIA status change only
m = justfoia('038', date('2026-10-07 09:12', 'ET'), 'Request 2026-RSD-0042 status update', wrap("""
The status of request 2026-RSD-0042 has changed to: In Progress.

Log in to view details: https://tcrsd.justfoia.com/publicportal/home/track
"""), 'Tippecanoe Creek Regional Sewer District')
save('038-tippecanoe-justfoia-status.eml', m, request='REQ-011', kind='portal_notice', tracking_number='2026-RSD-0042',
     signals=['tracking'], why='JustFOIA status change to In Progress with no substantive text')

# 039 WI clerk asks which recordings; number only in the subject
m = new('Village Clerk <clerk@oakhollowwi.gov>', plus('REQ-013'), 'PRR 2026-22 Oak Hollow meeting recordings',
        date('2026-10-07 10:30'), mid('039', 'BN8PR09MB3302.namprd09.prod.outlook.com'))
thread(m, 'REQ-013')
outlook_headers(m, '039')
m.set_content(wrap("""
Hello,

I'm back in the office and have your request. We have 41 recorded Village Board meetings since January 2023, most
are on our YouTube channel already. Are you looking for all of them or certain meetings (for example the ones where
TID No. 3 was discussed)? Also, do you want the annual TIF reports we file with the Department of Revenue, or the
full audited TID reports?

Once I know, I can tell you whether there will be any cost.

Jennifer Brandt
Clerk-Treasurer
Village of Oak Hollow
"""))
save('039-oakhollow-clarify-subject-number.eml', m, request='REQ-013', kind='clarification', tracking_number='PRR 2026-22',
     signals=['thread', 'plus', 'tracking-new'],
     why='clerk asks which meetings and which TIF reports before estimating cost; number PRR 2026-22 only in the subject')

# 040 LA director asks for a phone call
m = new('"Dr. Paul Thibodeaux" <director@btmad.org>', plus('REQ-005'), 'RE: ' + REQS['REQ-005']['subject'],
        date('2026-10-07 13:45'), mid('040', 'btmad.org'))
thread(m, 'REQ-005', [mid('009', 'btmad.org'), mid('015', 'btmad.org')])
m.set_content("Got your check for the logs and contract, thanks. Before I go back to the contractor on the GPS files, "
              "can someone give me a call at the office (337) 555-0109? I think I can save you some money depending on "
              "what you need them for.\n\nPaul\n")
save('040-bayouteche-call-request.eml', m, request='REQ-005', kind='other', signals=['thread', 'plus'],
     why='director asks for a phone call about the GPS files; no determination')

write_facts('part4')
