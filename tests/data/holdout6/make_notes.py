"""Writes NOTES.md from facts.yaml and labels.yaml."""
import yaml
facts = {f["file"]: f for f in yaml.safe_load(open("facts.yaml"))["messages"]}
labels = yaml.safe_load(open("labels.yaml"))
reqs = {r["id"]: r for r in yaml.safe_load(open("requests.yaml"))["requests"]}
HEAD = """# The Gulf & Plains Ledger - held-out set of agency replies

Sixty messages that reached the investigations desk's shared inbox (records@ledgerinvestigates.example.com,
a Google Group that relays some mail) between April 6 and June 18, 2026, in reply to 17 records requests sent
to 10 agencies: IRS Disclosure (2 requests), DOL OSHA FOIA (2), DOL Wage and Hour Division (1), NARA (1),
Baltimore Police (2, Maryland PIA), Indianapolis Metropolitan Police (2, Indiana APRA), New Orleans Police
(2, Louisiana Public Records Law), Tulsa Police (1, Oklahoma Open Records Act), Albuquerque Police
(2, New Mexico IPRA) and Michigan State Police (2, Michigan FOIA). Three messages belong to no request.

Files: `agencies.yaml`, `requests.yaml`, `messages/`, `labels.yaml` (format of the dev README),
`facts.yaml` (the facts each date label is computed from), `compute_labels.py` (writes labels.yaml from the
facts, the rules table and the `holidays` package), `check_set.py` (checks the set), and the build scripts
`mklib.py`, `msgs1.py`..`msgs6.py`, `gen.py`, `make_notes.py` that produced the messages and this file.
Rebuild: `venv/bin/python gen.py && venv/bin/python compute_labels.py && venv/bin/python make_notes.py && venv/bin/python check_set.py`.

## Deadline rules applied (from ../shared/rules/jurisdictions.csv (beside the repository))

| Jurisdiction | Response | Extension | Appeal window (requester) |
|---|---|---|---|
| US (IRS, OSHA, WHD, NARA) | 20 business days | +10 business days | 90 calendar days, rolled to a business day |
| US-MD (BPD) | 30 calendar days | +30 calendar days (with consent, GP 4-203(d)) | none in table -> `appeal_due: null` |
| US-IN (IMPD) | 7 calendar days | none in table -> `estimated` only | 30 calendar days (complaint to Public Access Counselor) |
| US-LA (NOPD) | 3 business days | none -> `estimated` only | none -> null |
| US-OK (TPD) | no number ("prompt, reasonable access") -> no `due` at all | none | none -> null |
| US-NM (APD) | 15 calendar days | none -> `estimated` only | none -> null |
| US-MI (MSP) | 5 business days | +10 business days | 180 calendar days (court action, MCL 15.240) |

Business days exclude weekends and the `holidays` package's US holidays for the state (federal: no
subdivision); e.g. Indiana's Primary Election Day (May 5, 2026) and Juneteenth (June 19) matter here:
BPD's consented extension (May 20 + 30 days = June 19) rolls to Monday June 22. Where an acknowledgment
states a received date different from `sent`, the clock counts from that date (IRS F26097-0045: sent April 6,
received April 7; MSP 2026-03312: e-mailed April 13, treated as received April 14 under MCL 15.235(1)).
`appeal_due` is given (possibly null) for denials, no-records responses and final releases with withholdings;
interim releases carry appeal boilerplate but no `appeal_due`.

Tracking-number patterns overlap across agencies on purpose, as real ones do: NextRequest numbers for BPD
(`26-412`) and NOPD (`26-2281`) come from the same no-reply address, and `26-nnn`/`26-nnnn` also occur inside
IMPD, WHD and Tulsa numbers. OSHA and WHD share dol.gov with different formats.

## Messages

| File | Request | Kind | What it tests / what the wording was modeled on |
|---|---|---|---|
"""
rows = []
for l in labels:
    f = facts[l["file"]]
    rows.append(f"| {l['file']} | {l['request'] or '-'} | {l['kind']} | {f['note']} |")
TAIL = """

## Sources of wording

Paraphrased from the general shape of real correspondence, not copied: IRS Disclosure Office acknowledgment,
extension ("we have extended the date we expect to respond") and final-response letters with 6103/(b)(3)
language and Independent Office of Appeals instructions; DOL FOIA acknowledgment, unusual-circumstances and
release letters (Solicitor of Labor appeal address, E.O. 12600 submitter notice); NARA FOIA and Textual
Reference correspondence (open archival records, reproduction estimates, FBI referral); NextRequest and GovQA
(mycusthelp) notification e-mails; Maryland PIA fee letters (GP 4-206) and 4-203(d) consent extensions;
Indiana APRA acknowledgments and denials citing IC 5-14-3-4(b)(1) and the Public Access Counselor;
Louisiana R.S. 44:33 certifications; Oklahoma 51 O.S. 24A.8 replies; New Mexico three-day and
"broad and burdensome" (14-2-10) letters; Michigan FOIA extension notices, fee itemizations with
good-faith deposits and MCL 15.240 appeal paragraphs.
"""
open("NOTES.md", "w").write(HEAD + "\n".join(rows) + TAIL)
print("NOTES.md written")
