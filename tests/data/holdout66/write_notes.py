#!/usr/bin/env python3
"""Write NOTES.md from facts.yaml (one line per message: what it tests | what its wording is modeled on)."""
import collections
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
ags = yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']
reqs = yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']

head = '''# holdout66 - courts and bodies near them (records.example.org records desk)

%d agency emails (Sep 8, 2026 - Jan 12, 2027) for %d requests to %d bodies, most of which say the records law does
not reach them, or reaches them only through a court rule: the Administrative Office of the U.S. Courts and the
Clerk of the U.S. District Court for the Western District of Washington (federal courts are outside FOIA); the
Washington AOC (GR 31.1, not the PRA); the Texas Office of Court Administration (Rule 12, not the PIA) and the Travis
County District Clerk (court records outside the PIA; certified-copy fees); the New York Office of Court
Administration (22 NYCRR Part 124) and Commission on Judicial Conduct (FOIL applies, Judiciary Law 45 confidentiality);
the Massachusetts Governor's office (Lambert: not subject, voluntary practice); the Judicial Council of California
(rule 10.500) and the California Assembly (Legislative Open Records Act, not the CPRA); the Palm Beach County Clerk of
the Circuit Court & Comptroller (rule 2.420 and ch. 119) and The Florida Bar (rule 2.420, not ch. 119); the
Connecticut Division of Public Defender Services (CT FOIA applies). All people, numbers and letters are invented;
wording is written fresh, modeled on the public material named per message (paraphrased, never pasted).

Files: agencies.yaml, requests.yaml, messages/, labels.yaml (generated), facts.yaml (merged from facts.d/, written
by build_part1-6.py), rules_snapshot.csv (the rows of ../shared/rules/jurisdictions.csv used), compute_labels.py,
check_corpus.py, register.py + common.py (shared by the build parts), write_notes.py (this file's generator).
Rebuild: python build_part1.py ... build_part6.py (in order); python compute_labels.py; python write_notes.py;
python check_corpus.py.

Labeling policy (where the theme makes the rules ambiguous):
- A body that says the records law does not apply to it, and applies no court rule with the same clock, sets no
  due: AO acknowledgment (004), AO "more time" (043), Massachusetts Governor acknowledgment (014). Their denials
  and partial releases get appeal_due: null (002, 025, 050, 057), even where the table has appeal days (US 90,
  MA 90): there is no appeal under a law that does not apply.
- Where a court rule copies the table's clock (GR 31.1 five working days, 22 NYCRR Part 124 five business days /
  30-day appeal, Cal. Rules of Court 10.500 10 + 14 calendar days), the table is applied (005, 008, 015, 017, 024,
  033, 058).
- Texas Rule 12.9 gives 30 days to petition OCA, but the table has no Texas appeal days: appeal_due null (038).
- States without numbers (Florida) or without extension days (Connecticut): acknowledgments/extensions carry no due
  (016, 034). State appeal windows from the table are counted in calendar days and rolled forward (035, 055, 058).
- A closure for non-response (059) is labeled other; a referral to another office is other (026, 029).

## Per-message notes (file - kind - request: what it tests | wording source)

'''
lines = []
for f in facts:
    lines.append('- `%s` - %s - %s: %s | %s' % (f['file'], f['kind'], f['request'] or 'null', f['test'], f['model']))
sig = collections.defaultdict(list)
order = ['thread', 'thread-embedded', 'plus', 'tracking', 'tracking-filename', 'tracking-new', 'subject', 'none']
for f in facts:
    p = next((s for s in order if s in f['signals']), f['signals'][0])
    sig[p].append(f['file'][:3])
tail = '\n\n## Best matching signal per message (thread > plus-address > known tracking number > new number > subject > none)\n\n'
tail += '\n'.join('- %s (%d): %s' % (k, len(sig[k]), ', '.join(sig[k])) for k in order if sig[k]) + '\n'
(HERE / 'NOTES.md').write_text(head % (len(facts), len(reqs), len(ags)) + '\n'.join(lines) + tail)
print('wrote NOTES.md')
