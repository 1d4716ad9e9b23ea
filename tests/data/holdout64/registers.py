#!/usr/bin/env python3
"""Write agencies.yaml and requests.yaml for this set (run once, before the build_part scripts)."""
import datetime as dt

import yaml

from common import HERE, INBOX, ORG, REQUESTS, req

AGENCIES = [
    dict(id='fda', name='U.S. Food and Drug Administration (Division of Freedom of Information)', jurisdiction='US',
         emails=['FDAFOIA@fda.hhs.gov'], domains=['fda.hhs.gov', 'fda.gov'],
         tracking_pattern=r'\b20\d{2}-\d{4}\b'),
    dict(id='cdc', name='Centers for Disease Control and Prevention (CDC/ATSDR FOIA Office)', jurisdiction='US',
         emails=['FOIARequests@cdc.gov'], domains=['cdc.gov'],
         tracking_pattern=r'\b\d{2}-\d{5}-FOIA\b'),
    dict(id='nih', name='National Institutes of Health (Office of the Director, FOIA Office)', jurisdiction='US',
         emails=['nihfoia@od.nih.gov'], domains=['nih.gov'],
         tracking_pattern=r'\b6\d{4}\b'),
    dict(id='epa_r5', name='U.S. Environmental Protection Agency, Region 5 (Chicago) FOIA Office', jurisdiction='US',
         emails=['r5foia@epa.gov'], domains=['epa.gov'],
         tracking_pattern=r'\bEPA-R5-20\d{2}-\d{6}\b'),
    dict(id='epa_r10', name='U.S. Environmental Protection Agency, Region 10 (Seattle) FOIA Office', jurisdiction='US',
         emails=['r10foia@epa.gov'], domains=['epa.gov'],
         tracking_pattern=r'\bEPA-R10-20\d{2}-\d{6}\b'),
    dict(id='nrc', name='U.S. Nuclear Regulatory Commission (FOIA, Privacy and Information Collections Branch)',
         jurisdiction='US', emails=['FOIA.Resource@nrc.gov'], domains=['nrc.gov'],
         tracking_pattern=r'\bNRC-20\d{2}-\d{6}\b'),
    dict(id='ferc', name='Federal Energy Regulatory Commission (Office of External Affairs, FOIA/CEII)', jurisdiction='US',
         emails=['foia-ceii@ferc.gov'], domains=['ferc.gov'],
         tracking_pattern=r'\bFY\d{2}-\d{1,4}\b'),
    dict(id='cpsc', name='U.S. Consumer Product Safety Commission (Division of the Secretariat, FOIA)', jurisdiction='US',
         emails=['cpscfoiarequests@cpsc.gov'], domains=['cpsc.gov'],
         tracking_pattern=r'\bS\d{2}-\d{4}\b'),
    dict(id='nhtsa', name='National Highway Traffic Safety Administration (Office of the Chief Counsel, FOIA)',
         jurisdiction='US', emails=['NHTSA.FOIA@dot.gov'], domains=['dot.gov'],
         tracking_pattern=r'\bNHTSA-20\d{2}-\d{5}\b'),
    dict(id='osha', name='Occupational Safety and Health Administration (U.S. Department of Labor FOIA)',
         jurisdiction='US', emails=['foiarequests@dol.gov'], domains=['dol.gov'],
         tracking_pattern=r'\b20\d{2}-F-\d{5}\b'),
]


def main():
    (HERE / 'agencies.yaml').write_text(yaml.safe_dump({'agencies': AGENCIES}, sort_keys=False, width=130))
    reqs = []
    for r in REQUESTS:
        d = req(r[0])
        d['sent'] = dt.date.fromisoformat(d['sent'])
        d['tracking_number'] = None
        reqs.append(d)
    doc = {'organization_domain': ORG, 'inbox_address': INBOX, 'requests': reqs}
    (HERE / 'requests.yaml').write_text(yaml.safe_dump(doc, sort_keys=False, width=160, allow_unicode=True))
    print('wrote agencies.yaml (%d) and requests.yaml (%d)' % (len(AGENCIES), len(reqs)))


if __name__ == '__main__':
    main()
