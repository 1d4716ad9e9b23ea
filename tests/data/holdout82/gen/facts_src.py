"""Writes ../facts.yaml (hand-written per-message facts; due/appeal_due are derived by compute_labels.py)."""
import yaml
from pathlib import Path
R = 'received_on_sent_date'
F = [
 # file, request, kind, tracking, clock, adverse, estimated, signals, why
 ('001-duval-autoreply.eml', 1, 'auto_reply', None, None, 0, None, ['thread', 'plus'], 'Duval public-records mailbox auto-responder threaded to our request; says a number will follow'),
 ('002-duval-ack-security.eml', 1, 'acknowledgment', 'PRR 26-0418', R, 0, None, ['thread', 'plus', 'tracking-new'], 'Duval confirms receipt of the Sept 8 request as PRR 26-0418; special service charge only "may" apply; FL has no fixed deadline so no due'),
 ('003-duval-ack-books-html.eml', 2, 'acknowledgment', 'PRR 26-0419', R, 0, None, ['subject', 'tracking-new'], 'HTML-only Duval ack with no thread headers; the quoted request text (objection forms, reconsideration committees) ties it to the book-removal request; FL no due'),
 ('004-newsletter-null.eml', None, 'other', None, None, 0, None, ['none'], 'education-policy newsletter mentioning book challenges, security contracts and FERPA; belongs to no request'),
 ('005-polk-nextrequest-ack.eml', 3, 'acknowledgment', '26-1187', R, 0, None, ['plus', 'tracking-new'], 'NextRequest (shared noreply sender) says Polk request 26-1187 was submitted; FL no due'),
 ('006-bounce-fldoe-ndr.eml', 4, 'bounce', None, None, 0, None, ['thread-embedded'], 'Exchange NDR: the cc copy of our FDOE request to a retired PRRequests@ address failed; original headers embedded'),
 ('007-polk-nextrequest-clarify.eml', 3, 'clarification', '26-1187', None, 0, None, ['plus', 'tracking'], 'Polk asks whether we want aggregate counts only and which demographic categories; holds the request until we answer'),
 ('008-edvantage-not-subject.eml', 6, 'denial', None, None, 1, None, ['thread', 'plus'], 'charter management company says it is a private LLC not subject to Chapter 119 and declines to produce; points us to the school board'),
 ('009-cobb-ack-supt.eml', 7, 'acknowledgment', 'ORR 2026-0871', R, 0, None, ['thread', 'plus', 'tracking-new'], 'Cobb acknowledges the request received 9/16 as ORR 2026-0871; GA 3 business days -> Sept 21'),
 ('010-fldoe-ack.eml', 4, 'acknowledgment', None, 'received:2026-09-15', 0, None, ['subject'], 'FDOE acknowledges the request as received Sept 15 (sent Sept 14), no number, no thread; only FDOE request; FL no due'),
 ('011-cobb-three-day-letter.eml', 7, 'extension', 'ORR 2026-0871', 'extension', 0, '2026-10-02', ['thread', 'plus', 'tracking'], 'GA three-business-day letter: records exist, described, to be produced by Oct 2; GA has no extension days so estimated only; cost under $25'),
 ('012-gwinnett-govqa-ack.eml', 8, 'acknowledgment', 'R000612-092226', 'received:2026-09-22', 0, None, ['subject', 'tracking-new'], 'GovQA says received 9/22 (sent 9/21 after 5 pm) and assigns R000612-092226; GA 3 business days from 9/22 -> Sept 25'),
 ('013-duval-special-service-charge-pdf.eml', 1, 'fee_estimate', 'PRR 26-0418', None, 0, None, ['thread', 'plus', 'tracking'], 'letter only in PDF: Florida s.119.07(4)(d) special service charge of $302.49, full deposit required before work begins'),
 ('014-forsyth-ack-google-group.eml', 9, 'acknowledgment', 'FCS-ORR-26-114', R, 0, None, ['thread', 'tracking-new'], 'Forsyth ack delivered via our Google Group ("via Records Desk", X-Original-Sender); received 9/22 -> GA due Sept 25'),
 ('015-polk-nextrequest-update.eml', 3, 'portal_notice', '26-1187', None, 0, None, ['plus', 'tracking'], 'NextRequest "request updated" notice with no content'),
 ('016-gwinnett-govqa-cost-estimate.eml', 8, 'fee_estimate', 'R000612-092226', None, 0, None, ['tracking'], 'GA three-day response: records exist, $186.53 estimate over $25 needs written agreement; request on hold'),
 ('017-forsyth-three-day-extension.eml', 9, 'extension', 'FCS-ORR-26-114', 'extension', 0, '2026-10-09', ['thread', 'tracking'], 'Forsyth three-day letter: records described, rolling production to begin by Oct 9, "additional time may be needed"; GA no extension days -> estimated only'),
 ('018-duval-books-installment1.eml', 2, 'records_interim', 'PRR 26-0419', None, 0, None, ['tracking'], 'first installment (CSV index + link) of book objection files with FERPA student redactions; 2025-26 to follow; no thread'),
 ('019-greenville-autoreply.eml', 10, 'auto_reply', None, None, 0, None, ['thread', 'plus'], 'Greenville FOIA mailbox limited-staffing auto-reply threaded to our request'),
 ('020-polk-nextrequest-closed-final.eml', 3, 'records_final', '26-1187', None, 1, None, ['plus', 'tracking'], 'NextRequest closure releasing aggregate discipline workbooks; FERPA small-cell suppression is not a denial; FL no appeal_due'),
 ('021-cobb-final-supt-contract.eml', 7, 'records_final', 'ORR 2026-0871', None, 1, None, ['thread', 'plus', 'tracking'], 'Cobb produces contract, amendments, minutes and payroll summary (PDF), home address redacted; closed; GA no appeal_due'),
 ('022-greenville-ack.eml', 10, 'acknowledgment', '2026-231', R, 0, None, ['subject', 'tracking-new'], 'Greenville ack with number only in body (FOIA #2026-231), no thread, generic subject; received 9/29 -> SC 10 business days Oct 13'),
 ('023-gadoe-justfoia-ack.eml', 11, 'acknowledgment', 'GADOE-2026-0457', R, 0, None, ['plus', 'tracking-new'], 'JustFOIA ack for GaDOE received 10/01 -> GA 3 business days Oct 6'),
 ('024-gadoe-staff-clarify.eml', 11, 'clarification', 'GADOE-2026-0457', None, 0, None, ['thread', 'plus', 'tracking'], 'GaDOE data staffer asks whether we want the published downloads or a custom aggregate extract; quotes our request'),
 ('025-scde-smartsheet-ack.eml', 12, 'acknowledgment', '27-061', R, 0, None, ['subject', 'tracking-new'], 'Smartsheet automation (unlisted sender) logs SCDE FOIA 27-061 received 10/05 -> SC 10 business days Oct 19'),
 ('026-fwd-sunrise-counsel-interim.eml', 5, 'records_interim', None, None, 0, None, ['subject'], 'colleague forwards charter board counsel letter: management agreement and ED contract produced, bus subcontract to follow (partial response)'),
 ('027-usc-ack.eml', 13, 'acknowledgment', 'F26-0198', 'received:2026-10-07', 0, None, ['thread', 'plus', 'tracking-new'], 'USC ack says received Oct 7 (sent after hours Oct 6), assigns F26-0198; SC 10 business days -> Oct 21'),
 ('028-forsyth-installment1.eml', 9, 'records_interim', 'FCS-ORR-26-114', None, 0, None, ['thread', 'tracking'], 'Forsyth first rolling release (link) of reconsideration files with FERPA student-name redactions; 2022-23 to follow'),
 ('029-wcpss-nextrequest-ack.eml', 14, 'acknowledgment', '26-402', R, 0, None, ['plus', 'tracking-new'], 'NextRequest ack for Wake from the same shared sender as Polk; NC has no fixed deadline so no due'),
 ('030-greenville-referral.eml', 10, 'other', '2026-231', None, 0, None, ['tracking'], 'referral: SRO deployment and incident records belong to the Sheriff, that part forwarded to GCSO; rest continues'),
 ('031-gadoe-final-extract.eml', 11, 'records_final', 'GADOE-2026-0457', None, 1, None, ['thread', 'plus', 'tracking'], 'GaDOE sends custom aggregate extract with FERPA small-cell suppression ("nothing else was held back"); GA no appeal_due'),
 ('032-greenville-determination-deposit-pdf.eml', 10, 'fee_estimate', '2026-231', None, 0, None, ['thread', 'tracking-attachment'], 'SC determination letter in PDF: granted in part, $212 estimate, 25% deposit ($53) required before retrieval'),
 ('033-ncdpi-ooo.eml', 15, 'auto_reply', None, None, 0, None, ['thread', 'plus'], 'NC DPI paralegal out-of-office threaded to our request'),
 ('034-wcpss-nextrequest-assigned.eml', 14, 'portal_notice', '26-402', None, 0, None, ['plus', 'tracking'], 'NextRequest department-assignment notice; nothing substantive'),
 ('035-scde-staff-clarify.eml', 12, 'clarification', '27-061', None, 0, None, ['tracking'], 'SCDE program staff asks whether district decisions and Board orders suffice or full committee packets are wanted; will wait'),
 ('036-usc-extension-older-records.eml', 13, 'extension', 'F26-0198', 'extension', 0, '2026-11-04', ['thread', 'plus', 'tracking'], 'USC takes 20 business days for records over 24 months old; determination by Nov 4; SC has no extension days in the table -> estimated only'),
 ('037-bounce-cobb-ndr.eml', 16, 'bounce', None, None, 0, None, ['thread-embedded'], 'Exchange NDR for the cc of our Cobb discipline request to a nonexistent address; original attached'),
 ('038-duval-security-timeline.eml', 1, 'extension', 'PRR 26-0418', 'extension', 0, '2026-11-20', ['thread', 'plus', 'tracking'], 'Duval: deposit received, security review taking longer, now expects to finish by Nov 20; FL no due'),
 ('039-cobb-ack-discipline.eml', 16, 'acknowledgment', 'ORR 2026-1046', R, 0, None, ['subject', 'tracking-new'], 'second Cobb ack, no thread headers; the topic (discipline, tribunal) separates it from the superintendent request; received 10/20 -> Oct 23'),
 ('040-cobb-fee-estimate-discipline.eml', 16, 'fee_estimate', 'ORR 2026-1046', None, 0, None, ['tracking'], 'GA three-day letter with $142.18 estimate; written agreement to pay required before proceeding'),
 ('041-gwinnett-govqa-closed-nonresponse.eml', 8, 'denial', 'R000612-092226', None, 1, None, ['tracking'], 'GovQA closes the request because we never agreed to the estimate; number only in subject; no records; GA no appeal_due'),
 ('042-duval-books-final.eml', 2, 'records_final', 'PRR26-0419', None, 1, None, ['tracking'], 'second and final installment of book-removal records; FERPA redactions only; number written without space'),
 ('043-wcpss-nextrequest-closed-final.eml', 14, 'records_final', '26-402', None, 1, None, ['plus', 'tracking'], 'NextRequest closure releasing bus contracts, invoices, complaints; driver personnel data redacted (G.S. 115C-319), FERPA; NC no appeal_due'),
 ('044-scde-installment1.eml', 12, 'records_interim', '27-061', None, 0, '2026-12-18', ['thread', 'tracking'], 'SCDE first batch (9 of 14 appeals) after narrowing; remaining expected by Dec 18'),
 ('045-duval-misdirected-ack-null.eml', None, 'acknowledgment', 'PRR 26-0977', None, 0, None, ['none'], 'Duval ack addressed to another requester (athletics bus invoices) sent to us by mistake; belongs to none of our requests'),
 ('046-ncdpi-no-records-pdf.eml', 15, 'no_records', '2026-318', None, 1, None, ['plus', 'tracking-filename'], 'NC DPI letter (PDF) finds no complaint records at the state level; number only in the attachment file name'),
 ('047-sunrise-counsel-final.eml', 5, 'records_final', None, None, 0, None, ['plus'], 'charter board counsel supplements with the bus subcontract and says no complaints exist; response complete; nothing withheld'),
 ('048-cobb-staff-call-request.eml', 16, 'other', None, None, 0, None, ['subject'], 'Cobb discipline staffer asks for a phone call about the tribunal hearing logs; no number, no thread, generic subject'),
 ('049-forsyth-final.eml', 9, 'records_final', 'FCS-ORR-26-114', None, 1, None, ['thread', 'tracking'], 'Forsyth final release with FERPA redactions; two schools had no files; request closed'),
 ('050-edvantage-counsel-denial-pdf.eml', 6, 'denial', None, None, 1, None, ['thread', 'plus'], 'management company outside counsel (unlisted domain) reaffirms in a PDF that EdVantage is not an agency and declines to produce'),
 ('051-fldoe-no-records.eml', 4, 'no_records', None, None, 1, None, ['thread'], 'FDOE searched and found no complaints submitted to the Department itself; suggests a new request for district reports'),
 ('052-greenville-final.eml', 10, 'records_final', '2026-231', None, 1, None, ['thread', 'tracking'], 'Greenville releases SRO agreements and security contracts with 30-4-20(c) redactions; balance due; complete; SC no appeal_due'),
 ('053-scde-smartsheet-status.eml', 12, 'portal_notice', '27-061', None, 0, None, ['tracking'], 'Smartsheet row-updated status change (In Production -> Legal Review); nothing substantive'),
 ('054-wcpss-followup-no-records.eml', 14, 'no_records', '26-402', None, 1, None, ['thread', 'plus', 'tracking'], 'Wake staff (changed subject) says no evaluation scoring sheets exist for the bus contractor procurement'),
 ('055-vendor-webinar-null.eml', None, 'other', None, None, 0, None, ['none'], 'records-software vendor webinar invitation mentioning FERPA and GA three-day letters; belongs to no request'),
 ('056-cobb-final-discipline.eml', 16, 'records_final', 'ORR #2026-1046', None, 1, None, ['thread', 'tracking'], 'Cobb releases discipline counts and tribunal log with FERPA suppression (<10) and names removed; closed'),
 ('057-duval-security-final-pdf.eml', 1, 'records_final', 'PRR 26-0418', None, 1, None, ['thread', 'plus', 'tracking'], 'Duval final letter (PDF) releases security contracts with s.119.071(3)(a) and guardian-name redactions; closed'),
 ('058-bounce-usc-postfix.eml', 13, 'bounce', None, None, 0, None, ['thread-embedded'], 'Postfix DSN: our follow-up on F26-0198 to a USC athletics staffer failed (user unknown)'),
 ('059-usc-final-security-withheld.eml', 13, 'records_final', 'F26-0198', None, 1, None, ['thread', 'plus', 'tracking'], 'USC releases staffing contracts and invoices; stadium security plan withheld in full under 30-4-20(c); closed'),
 ('060-scde-final.eml', 12, 'records_final', '27-061', None, 0, None, ['thread', 'tracking'], 'SCDE final production of the remaining appeals in January, nothing withheld; closed'),
]
out = []
for fn, r, k, t, c, adv, est, sig, why in F:
    d = {'file': fn, 'request': ('REQ-%03d' % r) if r else None, 'kind': k, 'tracking_number': t}
    if c: d['clock'] = c
    if adv: d['adverse_determination'] = True
    if est: d['estimated'] = est
    d['signals'] = sig
    d['why'] = why
    out.append(d)
hdr = ('# Per-message facts used by compute_labels.py (hand-written ground truth except due/appeal_due).\n'
       '# clock: received_on_sent_date | received:YYYY-MM-DD (date the agency says it received the request) |\n'
       '#        extension (agency takes more time); absent = message does not set the clock.\n'
       '# adverse_determination: true for denial / no_records / records_final with withholdings or redactions.\n'
       '# estimated: agency-stated estimated completion/production date.\n'
       '# signals: thread, thread-embedded, plus, tracking, tracking-new, tracking-filename, tracking-attachment, subject, none.\n')
(Path(__file__).resolve().parent.parent / 'facts.yaml').write_text(hdr + yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=1000))
print(len(out))
