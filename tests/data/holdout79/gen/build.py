import sys, yaml, importlib
sys.path.insert(0, __import__('os').path.dirname(__file__))
import lib
for p in sys.argv[1:] or ['part1', 'part2', 'part3', 'part4', 'part5', 'part6']:
    importlib.import_module(p)
import datetime as dt
for f in lib.FACTS:
    if isinstance(f.get('estimated'), str):
        f['estimated'] = dt.date.fromisoformat(f['estimated'])
hdr = open(lib.SET / 'gen' / 'facts_header.txt').read()
(lib.SET / 'facts.yaml').write_text(hdr + yaml.safe_dump(lib.FACTS, sort_keys=False, allow_unicode=True, width=200))
print(len(lib.FACTS), 'messages')
