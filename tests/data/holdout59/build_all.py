#!/usr/bin/env python3
"""Write messages/*.eml and facts.yaml from build_part1.py ... build_part6.py."""
import importlib, sys
from pathlib import Path
import yaml
from build_common import HERE, OUT, build

def main():
    OUT.mkdir(exist_ok=True)
    msgs = []
    for i in range(1, 10):
        if not (HERE / ('build_part%d.py' % i)).exists():
            continue
        mod = importlib.import_module('build_part%d' % i)
        msgs.extend(mod.MESSAGES)
    names = [m['file'] for m in msgs]
    assert len(names) == len(set(names)), 'duplicate file names'
    assert names == sorted(names), 'messages not in file-name order'
    for old in OUT.glob('*.eml'):
        if old.name not in names:
            old.unlink()
    facts = []
    for m in msgs:
        raw = build(m['headers'], m['body'])
        (OUT / m['file']).write_bytes(raw.encode('utf-8'))
        f = {'file': m['file']}
        f.update(m['facts'])
        facts.append(f)
    head = ('# Per-message facts (hand-written in build_partN.py; compute_labels.py derives due/appeal_due).\n'
            '# clock: received_on_sent_date | received:YYYY-MM-DD (date the agency says it received the request)\n'
            '#        | extension (extension on top of the current due date); absent = message does not set the clock.\n'
            '# adverse_determination: true for denial / no_records / records_final with withholdings.\n'
            '# signals: what links the message to its request: thread (In-Reply-To/References), thread-embedded\n'
            '#   (request Message-ID inside a bounce), plus (plus-address in To:), tracking (number learned earlier),\n'
            '#   tracking-new (number first given here), tracking-filename (number only in an attachment name),\n'
            '#   tracking-attachment (number only in an attachment\'s text),\n'
            '#   subject (subject/body topic words, agency name), none.\n')
    (HERE / 'facts.yaml').write_text(head + yaml.safe_dump(facts, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %d messages' % len(msgs))

if __name__ == '__main__':
    main()
