#!/usr/bin/env python3
"""Concatenate facts.d/part*.yaml (written by build_part*.py) into facts.yaml, sorted by file name."""
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
facts = []
for p in sorted((HERE / 'facts.d').glob('part*.yaml')):
    facts += yaml.safe_load(p.read_text())
facts.sort(key=lambda f: f['file'])
head = """# Per-message facts (hand-written in build_part*.py); compute_labels.py derives labels.yaml from them.
# clock: received_on_sent_date | received:YYYY-MM-DD (date the agency says it received the request) |
#        extension (agency takes more time); absent = the message does not touch the clock.
#        Whether a clock fact yields a due date depends on the jurisdiction's row in the rules table.
# adverse_determination: true for denial / no_records / records_final with withholdings.
# estimated: a completion or response date the agency states in the message.
# signals: what ties the message to its request: thread, thread-embedded, plus, tracking (number seen
#   earlier), tracking-new (first stated here), tracking-filename / tracking-attachment, subject (topic
#   words, agency, names), none.
"""
(HERE / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
print('facts.yaml: %d entries' % len(facts))
