import sys, yaml
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import common
for p in sorted(Path(__file__).parent.glob('part*.py')):
    exec(compile(p.read_text(), str(p), 'exec'), {'__name__': 'part'})
hdr = '''# Per-message facts used by compute_labels.py (hand-written; due/appeal_due are derived, never written here).
# clock: received_on_sent_date | received:YYYY-MM-DD (date the letter says it received the request) |
#        extension (statutory extension on top of the current due date); absent = message does not set the clock.
# adverse_determination: true for denial / no_records / records_final with withholdings.
# signals: thread, thread-embedded, plus, tracking, tracking-new, tracking-filename, tracking-attachment, subject, none.
'''
(common.HERE / 'facts.yaml').write_text(hdr + yaml.safe_dump(common.FACTS, sort_keys=False, allow_unicode=True, width=1000))
print(len(common.FACTS), 'messages')
