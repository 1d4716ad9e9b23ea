#!/usr/bin/env python3
"""Rebuild every message in messages/ from build_part1.py ... build_part6.py."""
import shutil
from build_common import MSGDIR
import build_part1, build_part2, build_part3, build_part4, build_part5, build_part6

if __name__ == '__main__':
    if MSGDIR.exists():
        shutil.rmtree(MSGDIR)
    for part in (build_part1, build_part2, build_part3, build_part4, build_part5, build_part6):
        part.build()
    print('%d messages written to %s' % (len(list(MSGDIR.glob('*.eml'))), MSGDIR))
