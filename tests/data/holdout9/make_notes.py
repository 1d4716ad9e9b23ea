"""Writes NOTES.md: notes_head.md followed by a per-message table built from labels.yaml and the message headers."""
import yaml, email, email.policy, os
H = os.path.dirname(os.path.abspath(__file__))
MODEL = {
 'mycusthelp.net': 'GovQA Public Records Center notices (reference numbers R######-MMDDYY, "has been updated", "Completed")',
 'usda.gov': 'FSIS FOIA acknowledgment/extension/final letters (news-media fee category, Exemption 6/7(A), OGIS paragraph)',
 'govdelivery.com': 'FSIS Constituent Update bulletins sent through GovDelivery',
 'ssa.gov': 'SSA Office of Privacy and Disclosure letters (simple/complex track, programming fees, Baltimore appeal address)',
 'dot.gov': 'DOT FOIAXpress Public Access Link system mail',
 'faa.gov': 'FAA FOIA coordinator letters and emails (unusual circumstances, no-records with appeal, Exemption 6)',
 'ks.gov': 'KDHE KORA coordinator emails (K.S.A. 45-218 "earliest time records available", 65-102b disease records)',
 'asp.arkansas.gov': 'Arkansas State Police Office of General Counsel emails/letters (citizen-only access, 25-19-105(b)(6))',
 'nebraska.gov': 'Nebraska state mail: NDCS PIO emails under 84-712 (4 business days, earliest practicable date, AG petition); Exchange NDR; DHHS release',
 'hawaii.gov': 'Hawaii UIPA practice under HAR ch. 2-71 (notice to requester, extenuating circumstances, OIP appeal)',
 'foia-dc.gov': 'DC Government FOIA public access portal (FOIAXpress) notices',
 'dc.gov': 'MPD FOIA Office letters under D.C. Code 2-532/2-534, appeal to the Mayor',
 'capitolsentinel.example.com': 'our own domain: mail server DSN, colleague forward, reporter note, Google Group relay',
}
L = yaml.safe_load(open(os.path.join(H, 'labels.yaml')))
rows = []
for l in L:
    m = email.message_from_binary_file(open(os.path.join(H, 'messages', l['file']), 'rb'), policy=email.policy.default)
    dom = str(m['From']).split('@')[-1].rstrip('>').strip()
    src = next((v for k, v in MODEL.items() if dom.endswith(k)), dom)
    if l['request'] is None and not dom.endswith('capitolsentinel.example.com'):
        src = 'agency news releases and GovDelivery-style bulletins (' + dom + ')'
    if l['kind'] in ('auto_reply',):
        src = 'Outlook/Exchange automatic replies and agency mailbox auto-responders'
    rows.append('| %s | %s | %s | %s | %s | %s |' % (l['file'], l['request'] or 'null', l['kind'], m.get_content_type(), l['why'].replace('|', '/'), src))
open(os.path.join(H, 'NOTES.md'), 'w').write(open(os.path.join(H, 'notes_head.md')).read() +
    '\n## Messages\n\n| file | request | kind | top MIME type | what it tests | wording modeled on |\n|---|---|---|---|---|---|\n' + '\n'.join(rows) + '\n')
