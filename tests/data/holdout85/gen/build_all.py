"""Regenerate messages/ from the part files: python gen/build_all.py"""
import runpy, shutil
from pathlib import Path
HERE = Path(__file__).resolve().parent
out = HERE.parent / 'messages'
if out.exists():
    shutil.rmtree(out)
for n in range(1, 7):
    runpy.run_path(str(HERE / ('part%d.py' % n)), run_name='__main__')
print(len(list(out.glob('*.eml'))), 'messages written')
