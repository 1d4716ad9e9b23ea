#!/usr/bin/env python3
"""Run every part generator (messages/*.eml) and write facts.yaml."""
import sys, yaml
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import genlib
for old in genlib.MSG.glob('*.eml'):
    old.unlink()
import part1, part2, part3, part4, part5, part6  # noqa: each writes its messages and appends facts
facts = sorted(genlib.FACTS, key=lambda f: f['file'])
hdr = '''# Per-message facts used by compute_labels.py (hand-written; due/appeal_due are computed, never written here).
# clock: received_on_sent_date (clock runs from requests.yaml sent) | received:YYYY-MM-DD (date the letter says the
#        agency received the request) | extension (the message extends the time); absent = does not set the clock.
# adverse_determination: true for denial / no_records / records_final with withholdings (appeal window applies
#        only where jurisdictions.csv gives appeal_days; otherwise appeal_due is null).
# estimated: completion/availability date stated by the agency in this message.
# signals: what links the message to its request (thread, thread-embedded, plus, tracking, tracking-new,
#        tracking-filename, tracking-attachment, subject, none).
'''
(genlib.HERE / 'facts.yaml').write_text(hdr + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
print('wrote %d messages' % len(facts))
