import yaml, email, email.policy
L = yaml.safe_load(open("labels.yaml")); R = {r["id"]: r for r in yaml.safe_load(open("requests.yaml"))["requests"]}
MODEL = {"ed-ocr": "ED FOIA Service Center letters (ack with PAL pointer, unusual-circumstances notice with OGIS offer, interim/final releases with exemption cites)",
 "ed-oese": "ED FOIAXpress PAL submission notices and component analyst emails",
 "usss": "Secret Service FOI/PA Branch ack and final letters (file-number style, (b)(7)(E) withholdings)",
 "atf": "ATF Disclosure Division letters (PDF with 'REFER TO', fee letters, Tiahrt/(b)(3) trace-data denials)",
 "lausd": "NextRequest notifications and LAUSD OGC CPRA letters (7922.535 extension, 7923.600 exemption)",
 "mdcps": "M-DCPS School Board Attorney public records unit emails (s. 119.07(4)(d) special service charge)",
 "fcps": "FCPS FOIA office emails (Va. Code 2.2-3704(B)(4) extension, 2.2-3704(H) deposit)",
 "dps": "GovQA 'mycusthelp' notices and DPS communications/legal staff (CORA 24-72-203/204)",
 "jcps": "GovQA notices and JCPS open records letters (KRS 61.872(5) delay, 61.878 redactions)",
 "cps": "CPS FOIA office Outlook mail (5 ILCS 140/3(e), 3(g), 7(1)(c), PAC review)"}
out = ["# Campus Watch Clinic records desk - held-out reply set", "",
"Replies received in the shared Microsoft 365 inbox foia@campuswatch.example.edu (plus addresses foia+req-NNN@) to 16 requests",
"to 10 agencies, 2026-09-08 to 2026-11-20. Agencies: ED Office for Civil Rights and ED OESE (both on ed.gov, different number formats),",
"U.S. Secret Service (NTAC), ATF, LAUSD (CPRA), Miami-Dade County Public Schools (FL), Fairfax County Public Schools (VFOIA),",
"Denver Public Schools (CORA) and Jefferson County Public Schools (KY) - the last two share one GovQA no-reply address - and Chicago Public Schools (IL FOIA).",
"", "## Date rules applied (from jurisdictions.csv)",
"- US: 20 business days from receipt, +10 business on extension, appeal 90 calendar days (rolled).",
"- US-CA: 10 calendar (+14 calendar); no administrative appeal -> appeal_due null.",
"- US-FL: no statutory deadline -> acknowledgment due null; no appeal.",
"- US-VA: 5 business (+7 business); no administrative appeal.",
"- US-CO: 3 business (+7 business); no administrative appeal.",
"- US-KY: 5 business; table has no extension length -> a KRS 61.872(5) delay gets `estimated` only, due null; AG review has no day count in the table -> appeal_due null.",
"- US-IL: 5 business (+5 business); Public Access Counselor review 60 days -> appeal_due.",
"- A stated received date different from `sent` restarts the count from that date (facts.yaml `received`).",
"- A forwarded letter's appeal window counts from the letter's own date (facts.yaml `decided`).",
"- records_final gets appeal_due only where something was withheld (facts.yaml `withheld`).",
"", "`python compute_labels.py` recomputes due/appeal_due (`--write` rewrites them); `python check_corpus.py` checks the set.",
"`build.py` (with build_part*.py) regenerates messages/, labels.yaml, facts.yaml, agencies.yaml, requests.yaml.", "",
"## Messages", "", "| file | request | kind | what it tests | modeled on |", "|---|---|---|---|---|"]
for l in L:
    m = email.message_from_binary_file(open("messages/" + l["file"], "rb"), policy=email.policy.default)
    ag = R[l["request"]]["agency"] if l["request"] else None
    mod = MODEL.get(ag, "general newsletter / press release / internal mail") if ag else "general newsletter / press release / internal mail"
    if "nextrequest" in str(m["From"]): mod = "NextRequest notification emails"
    if "mycusthelp" in str(m["From"]): mod = "GovQA (mycusthelp) notification emails"
    if l["kind"] == "bounce": mod = "Microsoft 365 NDR / Postfix DSN"
    out.append(f"| {l['file']} | {l['request'] or '-'} | {l['kind']} | {l['why']} | {mod} |")
out += ["", "## Traps covered",
"- In-Reply-To/References to our request Message-ID (several); replies to plus addresses (NextRequest, PAL, CPS).",
"- Number only (subject 'PRR-04462', 'File No. 20260412'); number only in an attachment file name (ATF fee letter 'Correspondence').",
"- Topic paraphrase only, no number, new subject (LAUSD denial; DPS staffer's release note) while the same agency has a similar second request.",
"- Two components on ed.gov with different number formats; two districts (DPS, JCPS) on one GovQA no-reply address; two requests each to ED OCR, LAUSD, DPS, M-DCPS, CPS, USSS.",
"- Received dates differing from sent (ED OCR, LAUSD after-hours, FCPS resend after bounce, USSS, CPS).",
"- Hedged language: 'if fees exceed $25 we will contact you', 'unless ... extension', 30-day close-out threats, appeal boilerplate in a release with nothing withheld, interim release inviting early appeal.",
"- No-records for one item inside a final release (LAUSD item 2, M-DCPS item 3); fee estimate later withdrawn as no records (M-DCPS).",
"- Delivery: plain, HTML-only (Outlook/portal), multipart/alternative, PDF letters with little body text, Gmail 'Fwd:' from a colleague, Outlook 'FW:' block, Safe Links URL, Google Group relay (X-Original-From), iso-8859-1 / windows-1252 / QP, M365 NDR and Postfix multipart/report DSN, out-of-office and mailbox auto-responders.",
"- request: null on agency-domain press release, government newsletter, internal reporter's tip."]
open("NOTES.md", "w").write("\n".join(out) + "\n")
