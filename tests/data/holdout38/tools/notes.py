#!/usr/bin/env python3
"""Write NOTES.md: the set's overview plus one line per message (what it tests; what it is modeled on)."""
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent.parent

MODEL = {
    'noaa-autoreply': 'Google Workspace vacation responder of an agency FOIA mailbox; NOAA FOIA page (requests logged in the Commerce PAL, Public Liaison phone)',
    'noaa-pal-ack': 'FOIAXpress PAL "request submitted" notice (OPEXUS layout: number, received date, track, description); Commerce PAL for NOAA',
    'noaa-pal-ack-html': 'same PAL in an HTML-only variant; after-hours receipt rule found in agency FOIA regulations (next business day)',
    'nmfs-ack-quoted': 'NOAA staff mail ("Name - NOAA Federal" display names), Gmail quoting; MSA 402(b) confidentiality caveat usual in NMFS replies; "Gulf of America" naming since 2025',
    'nmfs-ack-pdf-group': 'acknowledgment letter only in a PDF with the number in the file name (common in FOIAXpress correspondence); Google Groups collaborative inbox headers',
    'usgs-pal-ack': 'DOI FOIAXpress PAL acknowledgment (43 CFR 2.16 20-workday language, DOI-USGS-YYYY-NNNNNN numbers)',
    'bsee-ack-external': 'Gmail reply from a DOI bureau specialist; "[EXTERNAL]" subject tag added by the agency gateway and kept in the reply',
    'usace-ack-banner': 'Army Outlook conventions: "Last, First M CIV USARMY CEMVN (USA)" display names, "V/r", "[Non-DoD Source]" tag on the quoted subject, long external-mail CAUTION banner',
    'usace-ack-subject-fixed': 'USACE New Orleans District acknowledgment letters ("FA YY-NNNN" numbers, seen in a public MVN no-records letter); agency rewrote our misspelled subject',
    'ms-dmr-ack-cp1252': 'Mississippi agency public-records rules (7 working days, Miss. Code 25-61-5; fees paid in advance); Outlook windows-1252 quoted-printable body',
    'cpra-certify-date': 'La. R.S. 44:33(B)(1) "certify ... and fix a day and hour" practice of Louisiana custodians',
    'al-bounce-legacy': 'Postfix DSN from our own MTA for a dead legacy state domain (Alabama agencies moved from state.al.us to alabama.gov)',
    'usgs-clarify-newsubject': 'DOI clarification practice (43 CFR 2.18 tolling; close after 20 workdays without reply); USGS gage status vocabulary (discontinued, partial-record)',
    'glo-ack': 'Texas PIA acknowledgments (552.221(d) certify-a-date language; 552.2615 $40 itemized-statement threshold); GLO public information office address',
    'fwc-govqa-ack': 'GovQA (mycusthelp) "Public Records Request :: P000000-MMDDYY" confirmations; FWC Open Government Bill of Rights (acknowledge promptly, s. 119.07(1))',
    'nws-staff-clarify': 'informal program-staff email from a personal .gov address asking to narrow, as NWS regional FOIA liaisons do',
    'ms-dmr-denial-tradesecret': 'Miss. Code 25-61-9 / 79-23-1 third-party trade-secret and confidential commercial information exemption; Ethics Commission complaint route (25-61-13)',
    'ms-dmr-extension': 'Miss. Code 25-61-5(1)(b) written explanation and 14-working-day production limit',
    'al-dcnr-ack-letter': 'Ala. Code 36-12-44 (2024 Act): acknowledgment within 10 days, substantive response in 15 business days',
    'cpra-bounce-m365': 'Microsoft 365 NDR (550 5.1.10 RESOLVER.ADR.RecipientNotFound) with embedded original headers',
    'noaa-unusual-circumstances': 'federal unusual-circumstances letters: (a)(6)(B)(iii) grounds, offer to narrow, FOIA Public Liaison and OGIS paragraph',
    'cpra-ack-resent': 'agency reply to our re-sent request after a bounce (threads to the resend, not the original); LA 3-day language',
    'nmfs-referral-uscg': 'federal referral/consultation notices to another agency (USCG FOIA), plus the usual "state records are not subject to FOIA" note',
    'fwc-govqa-ack-html': 'GovQA acknowledgment in its HTML-only form',
    'bsee-feewaiver-partial': 'DOI fee-waiver rules (43 CFR 2.45-2.48), news-media duplication-only fees, 20-workday fee-agreement hold',
    'fwd-glo-itemized-statement': 'Tex. Gov\'t Code 552.2615 itemized statement (automatic withdrawal after 10 business days) forwarded by a reporter',
    'cpra-no-records': 'Louisiana "no responsive records" replies pointing to the parish that held the contracts',
    'al-dcnr-clarify': 'state-agency clarification asking for data fields and excluding personal data; abandonment warning',
    'usgs-fee-table': 'federal fee letters with a fee-category line and a search/review/duplication table (DOI 43 CFR 2.37-2.49)',
    'ms-dmr-fee-estimate': 'Mississippi agency fee rules (staff hourly salary by quarter hour, per-page copies, payment in advance)',
    'ms-dmr-fee-correction-selfreply': 'officer correcting her own estimate by replying to her own message (Outlook "-----Original Message-----" quote)',
    'usace-unusual-banner': 'Army unusual-circumstances letter with E.O. 12600 submitter notice; Outlook CAUTION banner',
    'usace-holiday-autoreply': 'Exchange shared-mailbox holiday auto-reply (Columbus Day) with Auto-Submitted and X-Auto-Response-Suppress',
    'fwc-govqa-updated': 'GovQA "request has been updated" notice with no substantive text',
    'fwc-special-service-charge-group': 'Florida s. 119.07(4)(d) special service charge with deposit, as Florida agencies invoice it; Google Group delivery',
    'glo-call-request': 'PIA staff attorney asking for a phone call about scope (subrecipient contracts)',
    'mdmr-newsletter-null': 'MDMR news releases ("NN-NNN-MMS" release numbers) sent to a subscriber list',
    'nmfs-partial-b4': 'NMFS final responses on fishery-dependent data: (b)(3) with MSA 402(b) 16 U.S.C. 1881a, (b)(4) for vessel owners\' prices and revenue, (b)(6); Commerce appeal address and OGIS',
    'bsee-exceptional-q2fy27': 'federal letters that invoke exceptional circumstances ((a)(6)(C)) for backlogs and give a fiscal-quarter estimate',
    'fwc-denial-litigation': 'Florida s. 119.071(1)(d)1. attorney work-product exemption until the conclusion of litigation, as agency counsel word it',
    'doc-pal-status-unplaceable': 'PAL account-level status e-mails that carry no request number',
    'nmfs-no-records': 'federal no-records letters describing the search and treating "no records" as adverse with 90-day appeal rights',
    'cpra-final-twocol-pdf': 'state letterhead letter laid out in two columns; the text layer is written row by row across both columns',
    'usgs-pal-url-only': 'FOIAonline/FOIAXpress status notices from a vendor address whose only agency clue is the portal URL',
    'bsee-pal-url-only': 'same vendor address as the USGS notice; the URL alone names BSEE',
    'usace-final-spillway-html': 'Army final response in an HTML-only body with an enclosure, released in full, under the 100-page free threshold',
    'al-dcnr-closed-nonresponse': 'closure for non-response after an unanswered clarification ("considered abandoned")',
    'glo-interim-installment1': 'Texas rolling production by installments with a stated date for the rest',
    'fwc-govqa-installment1': 'GovQA "records released" installment notice with substantive text',
    'usace-interim-dodsafe-links': 'DoD SAFE (safe.apps.mil) pickup links used by Army FOIA offices for large releases; expiry in 14 days',
    'usace-interim-selfreply': 'officer replying to her own release e-mail with a second pickup link',
    'ms-dmr-ooo-thanksgiving': 'Outlook out-of-office reply to our payment note over Thanksgiving',
    'noaa-hurricane-season-release': 'NOAA end-of-season news releases distributed through GovDelivery',
    'ms-dmr-final': 'Mississippi final production after payment; number written without its space',
    'noaa-final-b6': 'NOAA final letter with (b)(6) for applicant names, Commerce appeal instructions (90 calendar days) and OGIS',
    'glo-final-installment': 'Tex. Gov\'t Code 552.136 redaction without an AG decision and the 552.136(e) review notice; records not held (county subrecipient)',
    'usgs-final-csv': 'program-office release with a data file and a Box download link',
    'bsee-interim-rolling': 'monthly rolling releases posted to the PAL, with (b)(6) redactions explained at the end',
    'fwc-govqa-completed': 'GovQA completion notice reconciling deposit and balance',
    'usace-final-b4-pdf': 'Army partial-denial letter: (b)(4) after E.O. 12600 notice, (b)(6), appeal to the Secretary of the Army through the district within 90 days',
}


def main():
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    lines = [l.rstrip('\n') for l in open(HERE / 'tools' / 'NOTES_HEAD.md')]
    for f in facts:
        slug = f['file'][4:-4]
        lines.append('- `%s` (%s, %s): %s. Modeled on: %s.' % (
            f['file'], f['request'] or 'null', f['kind'], f['why'].rstrip('.'), MODEL[slug]))
    (HERE / 'NOTES.md').write_text('\n'.join(lines) + '\n')
    print('wrote NOTES.md (%d message lines)' % len(facts))


if __name__ == '__main__':
    main()
