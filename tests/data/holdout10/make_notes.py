import yaml, collections
L=yaml.safe_load(open('labels.yaml')); F={f['file']:f for f in yaml.safe_load(open('facts.yaml'))}
out=["# Notes on this set","",
"Replies received by the Fair Shift Project records desk (records@fairshift.example.org) between 2026-08-03 and",
"2026-10-16 to 17 requests sent to eight agencies: NLRB, EEOC and FMCSA (federal FOIA), and the New Hampshire",
"Department of Labor (RSA 91-A), Rhode Island State Police (APRA), Idaho State Police (Idaho Code 74-101 et seq.),",
"Montana Department of Justice (MCA 2-6-1001 et seq.) and Maine Department of Labor (FOAA, 1 M.R.S. 400 et seq.).",
"","Rhode Island State Police and Idaho State Police both answer through one JustFOIA no-reply address",
"(no-reply@justfoia.com); only the tracking number or the description tells them apart. For part of the period",
"records@ was a Google Group collaborative inbox, so some mail arrives with the group as From and the",
"real sender in X-Original-From (004, 053).","",
"## Date rules applied (compute_labels.py)",
"- Federal: 20 business days from receipt (US federal holidays), +10 business days per extension, appeal 90 calendar days rolled.",
"- NH: 5 business days; the table gives no extension length and no appeal window, so appeal_due is null.",
"- RI: 10 business days (Victory Day, 2026-08-10, is a RI holiday), +20 business days extension, no appeal window in the table (appeal_due null).",
"- ID: 3 business days, +7 business days, 180-day court petition window rolled to a business day.",
"- MT: the table has no day count, so acknowledgments get `due: null`; no appeal window.",
"- ME: 5 business days (acknowledgment), no extension length (a revised estimate gives `estimated` only), 30-day Superior Court appeal; Indigenous Peoples' Day 2026-10-12 is a Maine holiday.",
"- Where an acknowledgment states a received date different from `sent`, the clock counts from the stated date.",
"","## Messages","","| file | request | kind | what it tests | wording modeled on |","|---|---|---|---|---|"]
for l in L:
    f=F[l['file']]; out.append(f"| {l['file']} | {l['request'] or '-'} | {l['kind']} | {l['why']} | {f['model']} |")
out+=["","## Scripts","- `gen.py` / `gen_lib.py`: build the .eml files (PDF letters with fpdf2) and `facts.yaml`.",
"- `compute_labels.py`: derives due / appeal_due from `facts.yaml`, the request register and ../shared/rules/jurisdictions.csv (beside the repository); writes labels.yaml.",
"- `check_set.py`: every file labeled, every request exists, dates equal the computed ones, every .eml parses.",
"- `make_notes.py`: writes this file."]
open('NOTES.md','w').write("\n".join(out)+"\n")
print(dict(collections.Counter(l['kind'] for l in L)))
