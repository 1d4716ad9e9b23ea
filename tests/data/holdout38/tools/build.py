#!/usr/bin/env python3
"""Write messages/*.eml and facts.yaml from the hand-written definitions in msgs_*.py.

    python tools/build.py

Messages are numbered in the order of their Date: headers. facts.yaml carries the hand-written facts of
each message (request, kind, tracking number, clock fact, adverse determination, estimated date, signals,
why); compute_labels.py turns it into labels.yaml.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import yaml
import common
import msgs_a, msgs_b, msgs_c, msgs_d  # noqa: F401  (registration by import)

HERE = common.HERE


def main():
    msgs = common.MESSAGES
    order = sorted(msgs, key=lambda m: common.parse_when(m['when']))
    if [m['slug'] for m in order] != [m['slug'] for m in msgs]:
        print('note: definitions are not in date order; numbering follows Date:')
    outdir = HERE / 'messages'
    for p in outdir.glob('*.eml'):
        p.unlink()
    facts = []
    for i, m in enumerate(order, start=1):
        fn = '%03d-%s.eml' % (i, m['slug'])
        raw = m['fn']()
        (outdir / fn).write_bytes(raw)
        f = {'file': fn, 'request': m['request'], 'kind': m['kind'], 'tracking_number': m['tracking']}
        if m['clock']:
            f['clock'] = m['clock']
        if m['adverse']:
            f['adverse_determination'] = True
        if m['estimated']:
            f['estimated'] = m['estimated']
        f['signals'] = m['signals']
        f['why'] = m['why']
        facts.append(f)
    head = ('# Per-message facts (hand-written in tools/msgs_*.py; written here by tools/build.py).\n'
            '# clock: received_on_sent_date | received:YYYY-MM-DD (the receipt date the letter states) |\n'
            '#        extension (the agency takes the statutory extension); absent = the message sets no clock.\n'
            '# adverse_determination: true for denial / no_records / records_final with withholdings.\n'
            '# estimated: a completion or production date the agency states in this message.\n'
            '# signals: what links the message to its request: thread, thread-embedded, plus, tracking,\n'
            '#   tracking-new, tracking-filename, tracking-attachment, subject, url (only a portal URL names the\n'
            '#   agency), none.\n')
    (HERE / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %d messages and facts.yaml' % len(order))


if __name__ == '__main__':
    main()
