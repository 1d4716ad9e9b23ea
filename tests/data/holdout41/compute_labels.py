#!/usr/bin/env python3
"""Derive labels.yaml for this set from facts.yaml + requests.yaml + agencies.yaml and the shared rules table.

    python3 compute_labels.py           # (re)write labels.yaml
    python3 compute_labels.py --check   # recompute and compare with labels.yaml; exit 1 on any difference

Only `due` and `appeal_due` are computed; every other field is copied from facts.yaml.

Rules (from ../../shared/rules/jurisdictions.csv, the row of each agency's jurisdiction):
  * acknowledgment clock (clock: received_on_sent_date | received:YYYY-MM-DD):
        due = received date + response_days (business: the Nth business day after the received date;
        calendar: N days later, rolled forward to the next business day). No response_days -> no due.
  * extension clock (clock: extension):
        due = current due (or, if none yet, the initial due counted from the register's sent date)
              + extension_days (extension_day_type, else day_type). No extension_days -> no due (estimated only).
  * appeal: true  -> appeal_due = Date: of the message + appeal_days calendar days, rolled forward to the next
        business day. No appeal_days in the row -> appeal_due: null.
Business days skip Saturdays, Sundays and holidays.country_holidays('US', subdiv=<state code>) (no subdiv for US).
Agencies answering under their own code are labeled with the state row named in agencies.yaml
(Port Authority of NY & NJ -> US-NY; Metropolitan Washington Airports Authority -> US-VA).
"""
import csv, sys, datetime as dt, email, email.policy, email.utils
from pathlib import Path
import holidays, yaml

HERE = Path(__file__).resolve().parent
RULES_CSV = HERE.parents[3] / 'shared' / 'rules' / 'jurisdictions.csv'  # the repository's sibling shared/
STATE_NAMES = {
    'AL': 'Alabama', 'AK': 'Alaska', 'AZ': 'Arizona', 'AR': 'Arkansas', 'CA': 'California', 'CO': 'Colorado',
    'CT': 'Connecticut', 'DE': 'Delaware', 'DC': 'District of Columbia', 'FL': 'Florida', 'GA': 'Georgia',
    'HI': 'Hawaii', 'ID': 'Idaho', 'IL': 'Illinois', 'IN': 'Indiana', 'IA': 'Iowa', 'KS': 'Kansas',
    'KY': 'Kentucky', 'LA': 'Louisiana', 'ME': 'Maine', 'MD': 'Maryland', 'MA': 'Massachusetts',
    'MI': 'Michigan', 'MN': 'Minnesota', 'MS': 'Mississippi', 'MO': 'Missouri', 'MT': 'Montana',
    'NE': 'Nebraska', 'NV': 'Nevada', 'NH': 'New Hampshire', 'NJ': 'New Jersey', 'NM': 'New Mexico',
    'NY': 'New York', 'NC': 'North Carolina', 'ND': 'North Dakota', 'OH': 'Ohio', 'OK': 'Oklahoma',
    'OR': 'Oregon', 'PA': 'Pennsylvania', 'RI': 'Rhode Island', 'SC': 'South Carolina', 'SD': 'South Dakota',
    'TN': 'Tennessee', 'TX': 'Texas', 'UT': 'Utah', 'VT': 'Vermont', 'VA': 'Virginia', 'WA': 'Washington',
    'WV': 'West Virginia', 'WI': 'Wisconsin', 'WY': 'Wyoming',
}


def load_rules():
    rows = {r['jurisdiction'].strip(): r for r in csv.DictReader(RULES_CSV.open(newline='', encoding='utf-8'))}
    return rows


def rule_for(jur, rows):
    name = 'United States (federal)' if jur == 'US' else STATE_NAMES[jur.split('-')[1]]
    r = rows[name]
    num = lambda s: int(s) if (s or '').strip() else None
    day_type = (r['day_type'] or '').strip() or None
    resp = num(r['response_days'])
    if day_type not in ('business', 'calendar'):
        resp = None
    ext = num(r['extension_days'])
    ext_type = (r['extension_day_type'] or '').strip() or day_type
    return dict(row=name, resp=resp, day_type=day_type, ext=ext, ext_type=ext_type, appeal=num(r['appeal_days']))


class Calendar:
    def __init__(self, jur):
        sub = None if jur == 'US' else jur.split('-')[1]
        self.hol = set(holidays.country_holidays('US', subdiv=sub, years=range(2025, 2029)).keys())

    def is_business(self, d):
        return d.weekday() < 5 and d not in self.hol

    def add_business(self, d, n):
        """the n-th business day after d (d itself never counts)"""
        while n > 0:
            d += dt.timedelta(days=1)
            if self.is_business(d):
                n -= 1
        return d

    def roll_forward(self, d):
        while not self.is_business(d):
            d += dt.timedelta(days=1)
        return d

    def add(self, d, n, kind):
        if kind == 'business':
            return self.add_business(d, n)
        return self.roll_forward(d + dt.timedelta(days=n))


def message_date(fn):
    with open(HERE / 'messages' / fn, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(msg['Date'])).date()


def compute():
    rows = load_rules()
    reqs = {r['id']: r for r in yaml.safe_load((HERE / 'requests.yaml').read_text())['requests']}
    ags = {a['id']: a for a in yaml.safe_load((HERE / 'agencies.yaml').read_text())['agencies']}
    facts = yaml.safe_load((HERE / 'facts.yaml').read_text())
    current_due = {}
    labels = []
    for f in sorted(facts, key=lambda x: x['file']):
        rid = f.get('request')
        lab = {'file': f['file'], 'request': rid, 'kind': f['kind'], 'tracking_number': f.get('tracking_number')}
        if rid is None and (f.get('clock') or f.get('appeal')):
            raise SystemExit('%s: clock/appeal fact without a request' % f['file'])
        if rid:
            jur = ags[reqs[rid]['agency']]['jurisdiction']
            rule, cal = rule_for(jur, rows), Calendar(jur)
        clock = f.get('clock')
        if clock:
            if clock == 'received_on_sent_date' or clock.startswith('received:'):
                received = reqs[rid]['sent'] if clock == 'received_on_sent_date' else dt.date.fromisoformat(clock.split(':', 1)[1])
                if rule['resp'] is not None:
                    current_due[rid] = cal.add(received, rule['resp'], rule['day_type'])
                    lab['due'] = current_due[rid]
            elif clock == 'extension':
                if rule['ext'] is not None:
                    base = current_due.get(rid)
                    if base is None and rule['resp'] is not None:
                        base = cal.add(reqs[rid]['sent'], rule['resp'], rule['day_type'])
                    if base is not None:
                        current_due[rid] = cal.add(base, rule['ext'], rule['ext_type'])
                        lab['due'] = current_due[rid]
            else:
                raise SystemExit('%s: unknown clock %r' % (f['file'], clock))
        if f.get('appeal'):
            if rule['appeal'] is None:
                lab['appeal_due'] = None
            else:
                lab['appeal_due'] = cal.roll_forward(message_date(f['file']) + dt.timedelta(days=rule['appeal']))
        if f.get('estimated'):
            e = f['estimated']
            lab['estimated'] = e if isinstance(e, dt.date) else dt.date.fromisoformat(str(e))
        lab['why'] = f['why']
        labels.append(lab)
    return labels


def main():
    labels = compute()
    out = HERE / 'labels.yaml'
    if '--check' in sys.argv:
        have = yaml.safe_load(out.read_text())
        bad = 0
        if len(have) != len(labels):
            print('count differs: labels.yaml %d, computed %d' % (len(have), len(labels)))
            bad += 1
        for a, b in zip(have, labels):
            if a != b:
                bad += 1
                print('DIFF %s\n  labels.yaml: %s\n  computed:    %s' % (b['file'], a, b))
        if bad:
            sys.exit(1)
        print('labels.yaml matches facts.yaml + rules (%d entries)' % len(labels))
        return
    out.write_text('# Generated by compute_labels.py from facts.yaml and the rules table; do not edit by hand.\n'
                   + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=1000))
    print('wrote %s (%d entries)' % (out.name, len(labels)))


if __name__ == '__main__':
    main()
