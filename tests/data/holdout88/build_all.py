#!/usr/bin/env python3
"""Run every gen_part*.py, order messages by Date, write messages/NNN-slug.eml, facts.yaml and the
per-message lines of NOTES.md (between the markers). Then run compute_labels.py and check_corpus.py."""
import importlib, sys, re
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen_common import as_bytes  # noqa

entries = []
for p in sorted(HERE.glob('gen_part*.py')):
    mod = importlib.import_module(p.stem)
    entries += mod.MSGS
entries.sort(key=lambda e: e['date'])
out = HERE / 'messages'
out.mkdir(exist_ok=True)
for f in out.glob('*.eml'):
    f.unlink()
facts, notes = [], []
for i, e in enumerate(entries, 1):
    fn = '%03d-%s.eml' % (i, e['slug'])
    (out / fn).write_bytes(as_bytes(e['msg']))
    f = {'file': fn, 'request': e['request'], 'kind': e['kind'], 'tracking_number': e['tracking_number']}
    if e['clock']:
        f['clock'] = e['clock']
    if e['adverse_determination']:
        f['adverse_determination'] = True
    if e['estimated']:
        f['estimated'] = e['estimated']
    f['signals'] = e['signals'] or ['none']
    f['why'] = e['why']
    facts.append(f)
    notes.append('- `%s` (%s, %s): %s' % (fn, e['request'] or 'null', e['kind'], e['note']))
hdr = """# Per-message facts (hand-written in gen_part*.py; build_all.py writes this file).
# clock: received_on_sent_date | received:YYYY-MM-DD (receipt date the letter states) | extension
#        (absent = the message does not set the clock).
# adverse_determination: true for denial / no_records / records_final with withholdings (an appeal window
#        applies when the jurisdiction's row in the rules table has appeal_days; else appeal_due is null).
# estimated: a completion / response date the agency states in this message.
# signals: what links the message to its request (thread, thread-embedded, plus, tracking, tracking-new,
#        tracking-filename, subject, none).
"""
(HERE / 'facts.yaml').write_text(hdr + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
nf = HERE / 'NOTES.md'
text = nf.read_text() if nf.exists() else '<!-- messages -->\n<!-- /messages -->\n'
text = re.sub(r'<!-- messages -->.*<!-- /messages -->',
              lambda _: '<!-- messages -->\n' + '\n'.join(notes) + '\n<!-- /messages -->', text, flags=re.S)
nf.write_text(text)
print('wrote %d messages' % len(entries))
