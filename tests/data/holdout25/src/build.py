#!/usr/bin/env python3
"""Regenerate messages/*.eml from msgs_a/b/c (deterministic). Run: python src/build.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import msgs_a, msgs_b, msgs_c  # noqa: F401  (registration side effects)
from msgs_a import MESSAGES

out = Path(__file__).resolve().parent.parent / 'messages'
out.mkdir(exist_ok=True)
for old in out.glob('*.eml'):
    old.unlink()
names = set()
for fn, f in sorted(MESSAGES):
    assert fn not in names, fn
    names.add(fn)
    raw = f()
    (out / fn).write_bytes(raw.encode('utf-8'))
print('wrote %d messages' % len(names))
