"""run all part generators in order and write ../facts.yaml"""
import importlib, sys, yaml
sys.path.insert(0, __import__('os').path.dirname(__file__))
import common
for p in sys.argv[1:] or ['part1', 'part2', 'part3', 'part4', 'part5', 'part6']:
    importlib.import_module(p)
hdr = ('# Per-message facts (hand-written). clock: received_on_sent_date | received:YYYY-MM-DD | extension.\n'
       '# adverse_determination: denial / no_records / records_final with withholdings.\n'
       '# signals: what links the message to its request (thread, thread-embedded, plus, tracking, tracking-new,\n'
       '#   tracking-filename, subject, none).\n')
(common.SET / 'facts.yaml').write_text(hdr + yaml.safe_dump(common.FACTS, sort_keys=False, allow_unicode=True, width=1000))
print(len(common.FACTS), 'messages')
