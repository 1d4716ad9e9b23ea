#!/usr/bin/env python3
"""Run the six part generators and merge their per-message facts into ../facts.yaml."""
import subprocess, sys, yaml
from pathlib import Path
HERE = Path(__file__).resolve().parent
SET = HERE.parent
for p in sorted(HERE.glob('part*.py')):
    subprocess.run([sys.executable, str(p)], cwd=HERE, check=True)
facts = []
for f in sorted((SET / 'facts.d').glob('part*.yaml')):
    facts += yaml.safe_load(f.read_text())
facts.sort(key=lambda x: x['file'])
hdr = ("# Per-message facts (hand-written in gen/part*.py); compute_labels.py derives labels.yaml from them.\n"
       "# clock: received_on_sent_date | received:YYYY-MM-DD (date the agency says it received the request) |\n"
       "#        extension (unusual-circumstances extension on top of the current due date); absent = no clock change.\n"
       "# adverse_determination: true for denial / no_records / records_final with withholdings -> appeal_due.\n"
       "# estimated: completion date stated by the agency in this message.\n"
       "# signals: what links the message to its request (thread, thread-embedded, plus, tracking, tracking-new,\n"
       "#   tracking-filename, tracking-attachment, subject, none).\n")
(SET / 'facts.yaml').write_text(hdr + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
print('facts.yaml:', len(facts), 'entries')
