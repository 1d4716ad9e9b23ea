#!/usr/bin/env python3
"""Run every gen/part*.py, write messages/ and facts.yaml."""
import sys, importlib, yaml
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import lib
for p in sorted(Path(__file__).resolve().parent.glob('part*.py')):
    importlib.import_module(p.stem)
order = ['file', 'request', 'kind', 'tracking_number', 'clock', 'adverse_determination', 'estimated', 'signals', 'why']
facts = [{k: f[k] for k in order if k in f} for f in sorted(lib.FACTS, key=lambda f: f['file'])]
hdr = ('# Per-message facts used by compute_labels.py (written in gen/part*.py; due/appeal_due are computed).\n'
       '# clock: received_on_sent_date | received:YYYY-MM-DD | extension; absent = message does not set the clock.\n'
       '# adverse_determination: denial / no_records / records_final with withholdings (appeal window if the table has one).\n')
(lib.HERE / 'facts.yaml').write_text(hdr + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
print('wrote %d messages' % len(facts))
