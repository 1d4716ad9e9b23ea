#!/usr/bin/env python3
"""Write messages/*.eml and facts.yaml from gen/part*.py.  Run: python3 gen/build.py"""
import sys, importlib
from pathlib import Path
import yaml
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import lib
for p in sorted(HERE.glob('part*.py')):
    importlib.import_module(p.stem)
out = HERE.parent / 'messages'
out.mkdir(exist_ok=True)
for f in out.glob('*.eml'):
    f.unlink()
facts = []
for fn, m, fa in sorted(lib.MESSAGES, key=lambda x: x[0]):
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    data = m.as_bytes(policy=lib.POL) if hasattr(m, 'as_bytes') else bytes(m)
    (out / fn).write_bytes(data)
    d = {'file': fn, 'request': fa.pop('request'), 'kind': fa.pop('kind'), 'tracking_number': fa.pop('tracking_number')}
    for k in ('clock', 'adverse_determination', 'estimated', 'signals', 'why'):
        if k in fa:
            d[k] = fa.pop(k)
    assert not fa, (fn, fa)
    facts.append(d)
hdr = ('# Per-message facts used by compute_labels.py (written in gen/part*.py; due/appeal_due are derived).\n'
       '# clock: received_on_sent_date | received:YYYY-MM-DD | extension; absent = message does not set the clock.\n'
       '# adverse_determination: true for denial / no_records / records_final with withholdings.\n'
       '# signals: thread, thread-embedded, plus, tracking, tracking-new, tracking-filename, tracking-attachment, subject, none.\n')
(HERE.parent / 'facts.yaml').write_text(hdr + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
print('wrote %d messages' % len(facts))
