#!/usr/bin/env python3
"""Rebuild every message: runs build_part1.py ... build_part6.py in order."""
import runpy, shutil
from pathlib import Path
HERE = Path(__file__).resolve().parent
out = HERE / 'messages'
if out.exists():
    shutil.rmtree(out)
out.mkdir()
for i in range(1, 7):
    runpy.run_path(str(HERE / ('build_part%d.py' % i)), run_name='__main__')
print(len(list(out.glob('*.eml'))), 'messages')
