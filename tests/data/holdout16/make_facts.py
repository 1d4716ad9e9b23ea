# one-off writer for facts.yaml (kept for reference; facts.yaml is the source of truth afterwards)
import yaml
F = []
def f(file, request, kind, trk, why, clock=None, adverse=False, est=None, signals=()):
    d = {'file': file, 'request': request, 'kind': kind, 'tracking_number': trk}
    if clock: d['clock'] = clock
    if adverse: d['adverse_determination'] = True
    if est: d['estimated'] = __import__('datetime').date.fromisoformat(est)
    d['signals'] = list(signals)
    d['why'] = why
    F.append(d)
import glob, os
names = sorted(os.path.basename(p) for p in glob.glob('messages/*.eml'))
N = {n[:3]: n for n in names}
f(N['001'],'REQ-001','auto_reply',None,'DON FOIA mailbox auto-responder threaded to our Whidbey PFAS request; says a case number will follow (placeholder DON-NAVY-20XX-XXXXXX is not a number)',signals=['thread','plus'])
f(N['002'],'REQ-002','bounce',None,'DoD gateway NDR: the Cannon base copy of our USAF PFAS request bounced; only links are In-Reply-To and the returned headers',signals=['thread','thread-embedded'])
f(N['003'],'REQ-001','acknowledgment','DON-NAVY-2026-004187','DoD FOIAXpress PAL logs the request as received 09/03/2026 (sent Sep 2 after 4 pm) and assigns DON-NAVY-2026-004187; clock runs from Sep 3',clock='received:2026-09-03',signals=['subject','tracking-new'])
f(N['004'],'REQ-002','acknowledgment','2026-05214-F','HAF FOIA acknowledges the request dated and received Sep 3, assigns 2026-05214-F and states a determination date of Oct 2',clock='received_on_sent_date',signals=['thread','plus','tracking-new'])
f(N['005'],'REQ-003','acknowledgment','NPS-2026-01177','NPS acknowledges the use-of-force request dated Sep 4 but received in the NPS FOIA Office Sep 8 (routed from DOI); number only in the subject; complex track',clock='received:2026-09-08',signals=['plus','tracking-new'])
f(N['006'],'REQ-004','acknowledgment','2026-38812','EOIR PAL acknowledgment, dated and received 09/08/2026, control number 2026-38812; says an extension "may" be needed but takes none',clock='received_on_sent_date',signals=['plus','tracking-new'])
f(N['007'],'REQ-005','acknowledgment','DON-NAVY-2026-004455','DON FOIA Office acknowledges the Camp Lejeune claims request received 9 Sep as DON-NAVY-2026-004455 and tasks OJAG; the quoted request names the other Navy case',clock='received_on_sent_date',signals=['thread','plus','tracking-new'])
f(N['008'],'REQ-006','acknowledgment',None,'SD DOC confirms receipt of the written request on 9/10 and estimates a response by Oct 9 (SDCL 1-27-37(1)(c)); no number; SD 10 business days from Sep 10',clock='received_on_sent_date',est='2026-10-09',signals=['thread','plus'])
f(N['009'],'REQ-007','acknowledgment','R002318-091426','GovQA (NDOC Public Records Center) receipt 9/14/2026 with reference R002318-091426; NV 5 business days',clock='received_on_sent_date',signals=['plus','tracking-new'])
f(N['010'],'REQ-008','acknowledgment','2026-05561-F','Air Force PAL receipt notice (base64 HTML only) for the Hill AFB F-35A noise request, received 09/15/2026, 2026-05561-F',clock='received_on_sent_date',signals=['subject','tracking-new'])
f(N['011'],'REQ-009','acknowledgment','DPS-26-0711','Utah Open Records Portal receipt for the UHP pursuit request, received 09/16/2026, DPS-26-0711; UT 10 business days',clock='received_on_sent_date',signals=['plus','tracking-new'])
f(N['012'],'REQ-010','acknowledgment','IPRA-2026-0934','NMCD 3-day letter (PDF only, generic subject): received Sep 17, will respond by Oct 2; number only inside the PDF; NM 15 calendar days',clock='received_on_sent_date',signals=['plus','tracking-attachment-new'])
f(N['013'],'REQ-007','extension','R002318-091426','NRS 239.0107(1)(c) notice: records not available within 5 business days, earliest date Nov 6; NV has no extension period so no new due',clock='extension',est='2026-11-06',signals=['tracking'])
f(N['014'],'REQ-011','acknowledgment','NPS-2026-01342','NPS acknowledges the Lake Mead SAR request sent Sep 21 as received Sep 22 and assigns NPS-2026-01342; plain inbox',clock='received:2026-09-22',signals=['subject','tracking-new'])
f(N['015'],'REQ-012','acknowledgment','26-1187','NextRequest receipt from the shared address under the City of Tulsa name, #26-1187; Oklahoma sets no response period, so no due',clock='received_on_sent_date',signals=['plus','tracking-new'])
f(N['016'],'REQ-013','acknowledgment','26-1203',"same NextRequest address under the Oklahoma County Sheriff's Office name, #26-1203, plain inbox; only the description and display name tell it from Tulsa; no due (OK)",clock='received_on_sent_date',signals=['subject','tracking-new'])
f(N['017'],'REQ-009','clarification','DPS-26-0711','UHP GRAMA coordinator asks whether we want 1,450 individual pursuit reports or the review board annual reviews; arrives through our Google Group (via display name, X-Original-Sender)',signals=['tracking'])
f(N['018'],'REQ-011','clarification',None,'Lake Mead park staffer writes informally from a personal nps.gov address asking whether the SAR spreadsheet would do instead of full IMARS reports; no number',signals=['subject'])
f(N['019'],'REQ-001','extension','DON-NAVY-2026-004187','PDF letter titled "interim response" takes the 10-working-day unusual-circumstances extension and estimates completion 29 Jan 2027',clock='extension',est='2027-01-29',signals=['tracking'])
f(N['020'],'REQ-002','extension','2026-05214-F','Cannon AFB notice of delay: 10 more working days, reply expected not later than Oct 19',clock='extension',est='2026-10-19',signals=['tracking'])
f(N['021'],None,'other',None,'NPS GovDelivery news release about Lake Mead search and rescue; same park and topic as REQ-011 but not a reply to anything',signals=['none'])
f(N['022'],'REQ-010','extension','IPRA-2026-0934','NM 14-2-10 burdensome notice with first installment by Nov 13 (new subject, no thread); NM table has no extension period so no due',clock='extension',est='2026-11-13',signals=['tracking'])
f(N['023'],'REQ-003','extension','NPS-2026-01177','NPS takes the 10-workday unusual-circumstances extension and estimates completion Jan 15, 2027',clock='extension',est='2027-01-15',signals=['plus','tracking'])
f(N['024'],'REQ-014','acknowledgment','2027-00412','EOIR PAL acknowledgment for the VTC request (new fiscal year, 2027- prefix), dated and received 10/05/2026',clock='received_on_sent_date',signals=['plus','tracking-new'])
f(N['025'],'REQ-005','clarification','DON-NAVY-2026-004455','OJAG Tort Claims Unit asks three scope questions under a new subject and tolls the clock',signals=['tracking'])
f(N['026'],'REQ-009','extension','DPS-26-0711','GRAMA notice of extraordinary circumstances after narrowing: will respond by Nov 6; Utah table has no extension period so no due',clock='extension',est='2026-11-06',signals=['plus','tracking','thread-followup'])
f(N['027'],'REQ-006','extension',None,'SD DOC needs more time, revised estimate Nov 13; SD table has no extension period so no due',clock='extension',est='2026-11-13',signals=['thread','plus'])
f(N['028'],None,'acknowledgment','DON-USMC-2026-003921','PAL receipt for a Marine Corps PFAS request filed by someone else (Ines Ortega) with our inbox address; not in the register, same sender and topic family as REQ-001',signals=['none'])
f(N['029'],'REQ-008','fee_estimate','2026-05561-F','Hill AFB places us in "all other", estimates $96.00 and needs written agreement within 20 working days or closes',signals=['tracking'])
f(N['030'],'REQ-014','fee_estimate','2027-00412','EOIR fee notification (PDF only) estimating $168.00 as commercial use; request on hold and clock tolled until we answer',signals=['plus','tracking'])
f(N['031'],'REQ-004','portal_notice','2026-38812','EOIR PAL status change to "Records Review" with no other content',signals=['tracking'])
f(N['032'],'REQ-015','clarification','26-1502','first message on the Tulsa 911 request: NextRequest message asking which response-time measures and format; 30 days or closed',signals=['plus','tracking-new'])
f(N['033'],'REQ-012','records_interim','26-1187','NextRequest release of the BWC policy and 2025 program report; audits still under review',signals=['plus','tracking'])
f(N['034'],'REQ-014','other','2027-00412','EOIR refers the ICE facility-agreement portion to ICE and keeps processing the rest',signals=['tracking'])
f(N['035'],'REQ-013','no_records','26-1203',"colleague forwards OCSO e-mail: Sheriff's Office has no responsive records, jail run by OCCJA since 2020; OK has no appeal period",adverse=True,signals=['tracking'])
f(N['036'],'REQ-007','portal_notice','R002318-091426','GovQA says a message was posted; content only in the portal',signals=['plus','tracking'])
f(N['037'],'REQ-007','bounce','R002318-091426','Postfix DSN: our reply to the GovQA no-reply address was rejected; the returned message carries the reference and our request Message-ID',signals=['thread-embedded'])
f(N['038'],'REQ-009','no_records','DPS-26-0711','GRAMA Notice of No Records (PDF form): no annual pursuit reviews exist; Utah appeal 30 days from Nov 6 lands on Sunday Dec 6',adverse=True,signals=['plus','tracking'])
f(N['039'],'REQ-003','other','NPS-2026-01177','NPS refers the U.S. Park Police portion to the USPP FOIA office, keeps processing the ranger portion',signals=['plus','tracking'])
f(N['040'],'REQ-005','other','DON-NAVY-2026-004455','OJAG recaps: item 2 withdrawn, item 3 referred to DOJ Civil Division; search continues on item 1',signals=['plus','tracking','thread-followup'])
f(N['041'],'REQ-010','records_interim','IPRA-2026-0934','first installment of NMCD quarterly restricted housing reports, rest to follow; number only in the attachment file name',signals=['tracking-filename'])
f(N['042'],'REQ-006','records_final',None,'SD DOC final letter (PDF): death notifications and mortality reviews released, critical incident reports withheld under SDCL 1-27-1.5; SD review window 90 days',adverse=True,signals=['subject'])
f(N['043'],None,'portal_notice','26-1391','NextRequest notice under the City of Tulsa name for request #26-1391, which is not ours; no description to place it',signals=['none'])
f(N['044'],'REQ-001','fee_estimate','DON-NAVY-2026-004187','Navy coordinator: fees "may apply" (about $412.50) if not news media; asks for written assurance and holds processing',signals=['tracking'])
f(N['045'],'REQ-011','bounce','NPS-2026-01342','our own M365 NDR: follow-up to the departed Lake Mead staffer bounced; returned message carries the request Message-ID and number',signals=['thread','thread-embedded'])
f(N['046'],'REQ-011','records_final','NPS-2026-01342','NPS final response (HTML body + PDF letter): spreadsheet in full, fatality reports in part under (b)(6)/(b)(7)(C); number only in PDF and file name',adverse=True,signals=['subject','tracking-attachment'])
f(N['047'],'REQ-007','denial','R002318-091426','NDOC denies the data portion citing confidentiality and no duty to create a record (policies already public); NV has no appeal period',adverse=True,signals=['tracking'])
f(N['048'],'REQ-002','records_final','2026-05214-F','USAF final: 1,052 pages in full, 94 in part under (b)(6) and (b)(5); 90-day appeal',adverse=True,signals=['plus','tracking'])
f(N['049'],'REQ-012','extension','26-1187','NextRequest due-date change to 01/15/2027; the request number appears only inside the safe-links-rewritten URL; description matches REQ-012; OK sets no due',clock='extension',est='2027-01-15',signals=['subject','tracking'])
f(N['050'],'REQ-015','denial','26-1502','closure for non-response to the clarification, no records produced; treated as a denial; OK has no appeal period',adverse=True,signals=['plus','tracking'])
f(N['051'],'REQ-005','no_records','DON-NAVY-2026-004455','OJAG final letter (PDF): no weekly adjudication reports exist; 90-day appeal to OJAG Code 14',adverse=True,signals=['tracking'])
f(N['052'],'REQ-008','denial','2026-05561-F','Hill AFB closes the request for no answer to the fee letter and gives appeal rights; 90 days from Dec 14 lands on Sunday Mar 14',adverse=True,signals=['tracking'])
f(N['053'],'REQ-001','records_interim','DON-NAVY-2026-004187','colleague forwards (as .eml attachment) the Navy first partial release of 212 pages; more batches to come',signals=['tracking'])
f(N['054'],'REQ-014','denial','2027-00412','EOIR final (PDF): 64 pages withheld in full under (b)(7)(E) and (b)(5); appeal to OIP within 90 days',adverse=True,signals=['plus','tracking'])
f(N['055'],'REQ-010','records_final','IPRA-2026-0934','NMCD final installment with redactions under 14-2-1; request closed; NM has no appeal period',adverse=True,signals=['tracking'])
f(N['056'],'REQ-004','records_final','2026-38812','EOIR grants in full with spreadsheets; boilerplate appeal paragraph but nothing withheld, so no appeal date',signals=['plus','tracking'])
f(N['057'],'REQ-012','auto_reply','26-1187','Tulsa assistant city attorney out-of-office reply to our follow-up on 26-1187',signals=['thread','plus'])
f(N['058'],'REQ-003','auto_reply','NPS-2026-01177','Gmail vacation responder of the NPS FOIA Officer to our status check on NPS-2026-01177',signals=['plus','tracking','thread-followup'])
f(N['059'],'REQ-012','records_final','26-1187','NextRequest closure releasing the BWC compliance audits with an appendix redacted under 24A.7/24A.8; OK has no appeal period',adverse=True,signals=['plus','tracking'])
f(N['060'],'REQ-001','records_final','DON-NAVY-2026-004187','Navy final letter (PDF): remaining pages released, 682 in part and 15 withheld under (b)(5)/(b)(6); 90-day appeal',adverse=True,signals=['tracking'])
hdr = ('# Per-message facts used by compute_labels.py (hand-written ground truth except due / appeal_due).\n'
       '# clock: received_on_sent_date | received:YYYY-MM-DD (date the agency says it received the request) |\n'
       '#        extension (agency takes more time); absent = message does not set the clock.\n'
       '#        An acknowledgment sets due = response period after receipt where the rules table gives one;\n'
       '#        an extension adds the table\'s extension period to the current due where the table gives one,\n'
       '#        else it sets no due (only `estimated`).\n'
       '# adverse_determination: true for denial / no_records / records_final with withholdings; appeal_due is\n'
       '#        computed where the table gives appeal_days, else written as null.\n'
       '# estimated: a completion / response date the agency states in the message.\n'
       '# signals: what links the message to its request: thread (In-Reply-To/References carry our request\n'
       '#   Message-ID), thread-embedded (inside a returned message), thread-followup (headers carry only a\n'
       '#   Message-ID of one of our later follow-ups), plus (plus-address in To:), tracking (a number learned\n'
       '#   earlier), tracking-new (number first assigned here), tracking-filename / tracking-attachment[-new]\n'
       '#   (number only in an attachment name / attachment text), subject (subject or description similarity), none.\n')
open('facts.yaml', 'w').write(hdr + yaml.safe_dump(F, sort_keys=False, allow_unicode=True, width=1000))
print(len(F))
