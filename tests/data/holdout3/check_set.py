#!/usr/bin/env python3
"""Sanity checks for this set: parsing without defects, header presence, date order,
tracking numbers vs. agency patterns, and the matching signals claimed in message_facts.yaml."""
import email, email.policy, email.utils, os, re, sys, collections
import yaml
HERE = os.path.dirname(os.path.abspath(__file__))
ag = {a['id']: a for a in yaml.safe_load(open(os.path.join(HERE, 'agencies.yaml')))['agencies']}
reg = yaml.safe_load(open(os.path.join(HERE, 'requests.yaml')))
reqs = {r['id']: r for r in reg['requests']}
facts = yaml.safe_load(open(os.path.join(HERE, 'message_facts.yaml')))
labels = yaml.safe_load(open(os.path.join(HERE, 'labels.yaml')))
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
last = None
known = {rid: r['tracking_number'] for rid, r in reqs.items()}
sig_count = collections.Counter(); kinds = collections.Counter()
for f, lab in zip(facts, labels):
    assert f['file'] == lab['file']
    p = os.path.join(HERE, 'messages', f['file'])
    raw = open(p, 'rb').read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = list(msg.defects) + [d for part in msg.walk() for d in part.defects]
    if defects: err(f['file'], 'defects', defects)
    for h in ('From', 'To', 'Date', 'Subject', 'Message-ID', 'MIME-Version'):
        if not msg[h]: err(f['file'], 'missing', h)
    dt = email.utils.parsedate_to_datetime(str(msg['Date']))
    if last and dt < last: err(f['file'], 'date order')
    last = dt
    if f['file'][4:12] != dt.strftime('%Y%m%d'): err(f['file'], 'file name date != Date:')
    text = ''
    fnames = ''
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart': continue
        fn = part.get_filename()
        if fn: fnames += fn + ' '
        ct = part.get_content_type()
        if ct.startswith('text/') or ct.startswith('message/'):
            try:
                c = part.get_content()
            except Exception:
                c = None
            text += c if isinstance(c, str) else part.as_string()
        elif ct == 'application/pdf':
            pdf = part.get_content()
            if not pdf.startswith(b'%PDF') or b'%%EOF' not in pdf: err(f['file'], 'bad pdf')
            if len(pdf) > 20000: err(f['file'], 'pdf too big')
            text += ' '.join(re.findall(rb'\((.*?)\) Tj', pdf) and [x.decode('latin-1') for x in re.findall(rb'\((.*?)\) Tj', pdf)])
    rid = f['request']; tn = f.get('tracking_number')
    kinds[f['kind']] += 1
    sigs = f.get('signals', [])
    for s in sigs: sig_count[s] += 1
    sig_count['+'.join(sigs) or 'none'] += 0
    if rid:
        r = reqs[rid]; a = ag[r['agency']]
        if tn and a.get('tracking_pattern') and not re.search(a['tracking_pattern'], tn): err(f['file'], 'tn not matching pattern', tn)
        if tn and tn not in text + str(msg['Subject']) + fnames: err(f['file'], 'tn not in message', tn)
        hdrs = str(msg.get('In-Reply-To', '')) + str(msg.get('References', ''))
        has_thread = r['message_id'] in hdrs or r['message_id'] in text
        if ('thread' in sigs) != has_thread: err(f['file'], 'thread signal mismatch')
        has_plus = bool(r['reply_address']) and r['reply_address'] in str(msg['To'])
        if ('plus' in sigs) != has_plus: err(f['file'], 'plus signal mismatch')
        kn = known.get(rid)
        has_tr = bool(kn) and kn in text + str(msg['Subject']) + fnames
        if ('tracking' in sigs) != has_tr: err(f['file'], 'tracking signal mismatch', kn)
        if tn and not known.get(rid): known[rid] = tn
        if dt.date() < r['sent'] and f['kind'] != 'other': err(f['file'], 'before request sent')
    else:
        if sigs: err(f['file'], 'null request with signals')
print('kinds:', dict(kinds))
print('signals:', dict(sig_count))
print('checked %d messages, %d errors' % (len(facts), bad))
sys.exit(1 if bad else 0)
