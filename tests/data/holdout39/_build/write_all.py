#!/usr/bin/env python3
"""python _build/write_all.py  -> (re)writes messages/*.eml"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_messages as b
out = b.SET / 'messages'
out.mkdir(exist_ok=True)
for p in out.glob('*.eml'):
    p.unlink()
names = [f for f, _ in b.M]
assert len(names) == len(set(names)), 'duplicate file names'
for f, text in b.M:
    (out / f).write_bytes(text.replace('\r\n', '\n').encode('utf-8'))
print('wrote %d messages' % len(b.M))
