"""Check the set: labels cover every message, requests exist, dates match compute_labels.py, .eml files parse."""
import os, sys, email, email.utils, email.policy, subprocess, yaml
H = os.path.dirname(os.path.abspath(__file__))
KINDS = {'acknowledgment','extension','fee_estimate','clarification','records_interim','records_final','no_records',
         'denial','portal_notice','auto_reply','bounce','other'}
err = []
labels = yaml.safe_load(open(os.path.join(H, 'labels.yaml'), encoding='utf-8'))
reqs = {r['id'] for r in yaml.safe_load(open(os.path.join(H, 'requests.yaml')))['requests']}
ags = {a['id'] for a in yaml.safe_load(open(os.path.join(H, 'agencies.yaml')))['agencies']}
for r in yaml.safe_load(open(os.path.join(H, 'requests.yaml')))['requests']:
    if r['agency'] not in ags: err.append('unknown agency ' + r['agency'])
files = sorted(f for f in os.listdir(os.path.join(H, 'messages')) if f.endswith('.eml'))
lab = {l['file']: l for l in labels}
if len(lab) != len(labels): err.append('duplicate label entries')
for f in files:
    if f not in lab: err.append('no label: ' + f)
for f in lab:
    if f not in files: err.append('label without file: ' + f)
prev = None
for f in files:
    raw = open(os.path.join(H, 'messages', f), 'rb').read()
    try:
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version'):
            if not m[h]: err.append('%s missing %s' % (f, h))
        d = email.utils.parsedate_to_datetime(m['Date'])
        if d.strftime('%Y%m%d') != f[4:12]: err.append('%s: Date header %s does not match file name' % (f, d.date()))
        if prev and d < prev: err.append('%s: out of order' % f)
        prev = d
        for part in m.walk():
            if not part.is_multipart(): part.get_content()
    except Exception as e:
        err.append('%s does not parse: %r' % (f, e))
    l = lab.get(f)
    if l:
        if l['request'] is not None and l['request'] not in reqs: err.append('%s: unknown request %s' % (f, l['request']))
        if l['kind'] not in KINDS: err.append('%s: bad kind %s' % (f, l['kind']))
rc = subprocess.call([sys.executable, os.path.join(H, 'compute_labels.py')])
if rc: err.append('date labels differ from computed values')
for e in err: print('ERROR', e)
print('%d messages, %d labels, %d errors' % (len(files), len(labels), len(err)))
sys.exit(1 if err else 0)
