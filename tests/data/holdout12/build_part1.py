import datetime as dt, os, yaml, base64, zlib
from email import charset as _cs
_cs.add_charset("utf-8", _cs.QP, _cs.QP, "utf-8")
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.utils import format_datetime
from fpdf import FPDF

ORG = "campuswatch.example.edu"
INBOX = "foia@campuswatch.example.edu"
AGENCIES = [
 dict(id="ed-ocr", name="U.S. Department of Education, Office for Civil Rights", jurisdiction="US",
      emails=["EDFOIAManager@ed.gov"], domains=["ed.gov"], tracking_pattern=r"\b\d{2}-\d{5}-F\b"),
 dict(id="ed-oese", name="U.S. Department of Education, Office of Elementary and Secondary Education", jurisdiction="US",
      emails=["EDFOIAManager@ed.gov", "noreply-pal@ed.gov"], domains=["ed.gov"], tracking_pattern=r"\bOESE-\d{4}-\d{4}\b"),
 dict(id="usss", name="U.S. Secret Service (National Threat Assessment Center)", jurisdiction="US",
      emails=["FOIA@usss.dhs.gov"], domains=["usss.dhs.gov"], tracking_pattern=r"\b20\d{6}\b"),
 dict(id="atf", name="Bureau of Alcohol, Tobacco, Firearms and Explosives", jurisdiction="US",
      emails=["foiamail@atf.gov"], domains=["atf.gov"], tracking_pattern=r"(?<![A-Z]-)\b20\d{2}-\d{4}\b"),
 dict(id="lausd", name="Los Angeles Unified School District", jurisdiction="US-CA",
      emails=["no-reply@nextrequest.com"], domains=["lausd.net", "lausd.nextrequest.com"], tracking_pattern=r"\b\d{2}-\d{4}\b"),
 dict(id="mdcps", name="Miami-Dade County Public Schools", jurisdiction="US-FL",
      emails=["publicrecords@dadeschools.net"], domains=["dadeschools.net"], tracking_pattern=r"\bPRR-\d{5}\b"),
 dict(id="fcps", name="Fairfax County Public Schools", jurisdiction="US-VA",
      emails=["foia@fcps.edu"], domains=["fcps.edu"], tracking_pattern=r"\bFOIA-\d{2}-\d{4}\b"),
 dict(id="dps", name="Denver Public Schools", jurisdiction="US-CO",
      emails=["noreply@mycusthelp.net"], domains=["dpsk12.org", "dpsk12.net"], tracking_pattern=r"\bR\d{6}-\d{6}\b"),
 dict(id="jcps", name="Jefferson County Public Schools (Kentucky)", jurisdiction="US-KY",
      emails=["noreply@mycusthelp.net"], domains=["jefferson.kyschools.us"], tracking_pattern=r"\bJ\d{6}-\d{6}\b"),
 dict(id="cps", name="Chicago Public Schools", jurisdiction="US-IL",
      emails=["foia@cps.edu"], domains=["cps.edu"], tracking_pattern=r"\bF20\d{2}-\d{5}\b"),
]
REQ = [
 ("REQ-001", "ed-ocr", "FOIA Request: OCR complaints involving school resource officers, 2023-2025", "2026-09-08"),
 ("REQ-002", "ed-ocr", "FOIA Request: OCR resolution agreements on school resource officer discipline", "2026-09-10"),
 ("REQ-003", "ed-oese", "FOIA Request: Stronger Connections grant monitoring reports (BSCA Title IV-A)", "2026-09-09"),
 ("REQ-004", "usss", "FOIA Request: NTAC school threat assessment trainings delivered 2024-2026", "2026-09-08"),
 ("REQ-005", "atf", "FOIA Request: Firearm trace summaries for guns recovered on K-12 school property", "2026-09-14"),
 ("REQ-006", "lausd", "CPRA Request: Random metal detector search logs, 2024-25 school year", "2026-09-08"),
 ("REQ-007", "lausd", "CPRA Request: LASPD reports of weapons recovered on campus, 2024-2026", "2026-09-15"),
 ("REQ-008", "mdcps", "Public Records Request: Threat assessment team referral counts, 2023-2026", "2026-09-09"),
 ("REQ-009", "mdcps", "Public Records Request: School safety officer and Guardian staffing by school", "2026-09-21"),
 ("REQ-010", "fcps", "VFOIA Request: Contracts with weapons detection vendors", "2026-09-10"),
 ("REQ-011", "dps", "CORA Request: Communications on return of school resource officers", "2026-09-08"),
 ("REQ-012", "dps", "CORA Request: Safety incident records, East High School, 2023", "2026-09-22"),
 ("REQ-013", "jcps", "Open Records Request: Weapons detection system procurement and alert data", "2026-09-14"),
 ("REQ-014", "cps", "FOIA Request: Safety and security officer staffing by school, 2024-2026", "2026-09-09"),
 ("REQ-015", "cps", "FOIA Request: Safe Passage vendor contracts and incident reports", "2026-09-28"),
 ("REQ-016", "usss", "FOIA Request: Data underlying NTAC report on averted school attacks", "2026-10-05"),
]
def req_entry(r):
    rid, ag, subj, sent = r
    n = rid.split("-")[1]
    d = sent.replace("-", "")
    return dict(id=rid, agency=ag, subject=subj, sent=dt.date.fromisoformat(sent),
                message_id=f"<req-{n}.{d}.1@{ORG}>", reply_address=f"foia+req-{n}@{ORG}", tracking_number=None)
REQS = {r[0]: req_entry(r) for r in REQ}

def pdf_bytes(title, text):
    p = FPDF(); p.add_page(); p.set_font("Helvetica", "B", 12); p.multi_cell(0, 7, title); p.ln(3)
    p.set_font("Helvetica", size=10)
    for para in text.strip().split("\n\n"):
        p.multi_cell(0, 5, " ".join(para.split())); p.ln(2)
    return bytes(p.output())

MSGS = []
_c = [0]
def add(date, frm, subj, label, text=None, html=None, to=INBOX, reply=None, pdf=None, charset="utf-8",
        headers=None, quote=None, facts=None, cte=None, mid_dom=None, raw=None):
    """date: 'YYYY-MM-DD HH:MM -0700'"""
    _c[0] += 1
    d = dt.datetime.strptime(date, "%Y-%m-%d %H:%M %z")
    if quote:
        r = REQS[quote]
        qt = (f"\n\n-----Original Message-----\nFrom: Campus Watch Clinic <{r['reply_address']}>\n"
              f"Sent: {r['sent'].strftime('%A, %B %d, %Y').replace(' 0', ' ')}\nTo: {frm.split('<')[-1].rstrip('>')}\n"
              f"Subject: {r['subject']}\n\nTo the records officer:\n\nPursuant to the applicable public records law, "
              f"Campus Watch Clinic requests the following: {r['subject'].split(': ',1)[1]}.\n"
              f"We ask for electronic copies and a fee waiver as a news media requester.\n\nCampus Watch Clinic\n")
        if text: text = text + "\n" + "\n".join("> " + l if l else ">" for l in qt.split("\n"))
    parts = []
    if text is not None:
        parts.append(MIMEText(text, "plain", charset))
    if html is not None:
        parts.append(MIMEText(html, "html", charset))
    if cte and parts:
        pass
    body = parts[0] if len(parts) == 1 else None
    if len(parts) == 2:
        body = MIMEMultipart("alternative"); [body.attach(p) for p in parts]
    if pdf:
        m = MIMEMultipart("mixed"); m.attach(body)
        fname, title, ptxt = pdf
        a = MIMEApplication(pdf_bytes(title, ptxt), "pdf"); a.add_header("Content-Disposition", "attachment", filename=fname)
        m.attach(a)
    else:
        m = body
    m["From"] = frm; m["To"] = to; m["Date"] = format_datetime(d); m["Subject"] = subj
    dom = mid_dom or frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = f"<{d.strftime('%Y%m%d%H%M')}.{_c[0]:03d}.{zlib.crc32(subj.encode())%99999:05d}@{dom}>"
    if reply:
        r = REQS[reply]; m["In-Reply-To"] = r["message_id"]; m["References"] = r["message_id"]
    for k, v in (headers or {}).items():
        m[k] = v
    body_hdrs = [(k, v) for k, v in m.items() if k.lower() in ("content-type", "mime-version", "content-transfer-encoding")]
    for k in ("Content-Type", "MIME-Version", "Content-Transfer-Encoding"):
        del m[k]
    m["MIME-Version"] = "1.0"
    for k, v in body_hdrs:
        if k.lower() != "mime-version":
            m[k] = v
    MSGS.append(dict(date=d, msg=m, label=label, facts=facts or {}, raw=raw))
