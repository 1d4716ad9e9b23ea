#!/usr/bin/env python3
"""Writes messages/*.eml for this set (all text invented for the set). Run: python3 build_messages.py
The message texts live in msgs_a.py (001-020), msgs_b.py (021-040) and msgs_c.py (041-060)."""
from story import HERE
import msgs_a, msgs_b, msgs_c

OUT = HERE / 'messages'


def main():
    msgs = msgs_a.MESSAGES + msgs_b.MESSAGES + msgs_c.MESSAGES
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob('*.eml'):
        old.unlink()
    names = [n for n, _ in msgs]
    assert len(names) == len(set(names)), 'duplicate file names'
    for name, raw in msgs:
        (OUT / name).write_bytes(raw.encode('ascii'))
    print('wrote %d messages' % len(msgs))


if __name__ == '__main__':
    main()
