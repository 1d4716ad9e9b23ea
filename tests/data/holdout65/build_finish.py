#!/usr/bin/env python3
"""Merge parts/facts_partN.yaml and parts/notes_partN.md into facts.yaml and NOTES.md (run after build_part1..6)."""
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
facts, notes = [], []
for n in range(1, 7):
    facts += yaml.safe_load((HERE / 'parts' / ('facts_part%d.yaml' % n)).read_text())
    notes.append((HERE / 'parts' / ('notes_part%d.md' % n)).read_text())
facts.sort(key=lambda f: f['file'])
head = '''# Per-message facts for this set (hand-written ground truth; compute_labels.py derives due / appeal_due).
# clock: received_on_sent_date | received:YYYY-MM-DD (receipt date the message states) | extension (statutory
#        extension on top of the current due date; sets no due where the rules table has no extension days).
#        Absent = the message does not set or change the statutory clock.
# adverse_determination: denial / no_records / records_final with withholdings -> appeal_due (null where the
#        rules table gives no appeal days, as for CA, WA and OR).
# estimated: a completion / availability date stated by the agency in this message.
# signals: what ties the message to its request: thread, thread-embedded, plus, tracking (number stated earlier),
#        tracking-new, tracking-filename, tracking-attachment, subject (topic words), none.
'''
(HERE / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
intro = (HERE / 'parts' / 'notes_intro.md').read_text()
(HERE / 'NOTES.md').write_text(intro + '\n## Messages\n\n' + ''.join(notes))
print('facts.yaml: %d entries; NOTES.md written' % len(facts))
