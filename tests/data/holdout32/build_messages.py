#!/usr/bin/env python3
"""Regenerate messages/*.eml for holdout32 (001-020 in build_a, 021-040 in build_b, 041-060 in build_c)."""
import shutil
from pathlib import Path
HERE = Path(__file__).resolve().parent
shutil.rmtree(HERE / 'messages', ignore_errors=True)
import build_a, build_b, build_c  # noqa: E401,F401  (each module writes its messages on import)
print(len(list((HERE / 'messages').glob('*.eml'))), 'messages written')
