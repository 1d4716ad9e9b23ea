#!/usr/bin/env python3
"""Regenerate messages/*.eml and facts.yaml from the part files.  python gen/build.py"""
import importlib, sys
from pathlib import Path
import yaml
sys.path.insert(0, str(Path(__file__).resolve().parent))
import lib

for p in lib.MSGS.glob('*.eml'):
    p.unlink()
for n in range(1, 7):
    importlib.import_module('part%d' % n)
facts = sorted(lib.FACTS, key=lambda f: f['file'])
names = sorted(p.name for p in lib.MSGS.glob('*.eml'))
assert names == [f['file'] for f in facts], (set(names) ^ {f['file'] for f in facts})
head = ('# Per-message facts (hand-written in gen/part*.py; due/appeal_due are derived by compute_labels.py).\n'
        '# clock: received_on_sent_date | received:YYYY-MM-DD (date the letter says the request was received) |\n'
        '#        extension (statutory extension on top of the current due date); absent = no clock change.\n'
        '# adverse_determination: denial / no_records / records_final with withholdings (appeal_due where the\n'
        '#   rules table gives appeal days, else null).  signals: what links the message to its request.\n')
(lib.SET / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
print('wrote %d messages' % len(names))
