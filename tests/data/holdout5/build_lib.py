"""Functions used to assemble the .eml files of this set from the letters as received."""
import base64, datetime as dt, os, urllib.parse, yaml
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
INBOX = "Border Justice Clinic <foia@borderjustice.example.org>"
REQ = {r["id"]: r for r in yaml.safe_load(open(os.path.join(HERE, "requests.yaml")))["requests"]}
MSGS = []

BODY = {
 "REQ-01": "Pursuant to the Freedom of Information Act, Border Justice Clinic requests records sufficient to show the number of Form I-912 fee waiver requests rejected or denied by USCIS, by fiscal year (FY2023-FY2025), by form type and by adjudicating office, together with the stated rejection reasons where tracked.",
 "REQ-02": "Pursuant to FOIA, we request all guidance, standard operating procedures, training slides and job aids used by USCIS staff to adjudicate Form I-912 fee waiver requests, in effect at any time from January 1, 2023 to the present.",
 "REQ-03": "Pursuant to FOIA and the Privacy Act, we request a complete copy of the Alien file of our client M.R.-L. Her signed Form G-639 consent and identity verification are enclosed.",
 "REQ-04": "Under FOIA we request TSA directives, operations bulletins, job aids and checkpoint guidance addressing acceptance of DHS-issued immigration documents (including Forms I-862, I-220A, I-94 and I-766) as identification at security checkpoints, 2023 to the present.",
 "REQ-05": "Under FOIA we request records of complaints received by the TSA Contact Center from January 1, 2024 through December 31, 2025 concerning identification of noncitizen travelers at checkpoints, and any response logs.",
 "REQ-06": "Under FOIA we request CDC protocols, guidance and correspondence with ICE Health Service Corps concerning tuberculosis screening of persons held in ICE detention facilities, 2024 to the present.",
 "REQ-07": "Under FOIA we request records of measles exposure notifications, case reports or Epi-X postings that involve immigration detention facilities, January 1, 2025 to the present.",
 "REQ-08": "Under the Arizona Public Records Law, A.R.S. 39-121 et seq., we request DPS general orders, policies and training bulletins concerning inquiries into immigration status during traffic stops, including implementation of A.R.S. 11-1051.",
 "REQ-09": "Under A.R.S. 39-121 we request body-worn camera video and the incident report for the DPS traffic stop on Interstate 10 near milepost 148 on January 14, 2026, at approximately 21:40, involving our client.",
 "REQ-10": "Under A.R.S. 39-121 we request ICE detainers (Form I-247A) received by MCSO and notifications of release sent by MCSO to ICE for persons booked into Maricopa County jails in calendar year 2025.",
 "REQ-11": "Under A.R.S. 39-121 we request any current or past 287(g) agreement between MCSO and ICE, task force officer rosters and monthly activity reports, January 2024 to the present.",
 "REQ-12": "Under CORA and the CCJRA we request emails and letters exchanged between Denver Police Department personnel and the ICE Denver Field Office from January 1, 2025 to the present.",
 "REQ-13": "Under CORA we request a list of calls for service and CAD incident summaries for 3130 N. Oakland St., Aurora (Aurora ICE Processing Center) for calendar year 2025.",
 "REQ-14": "Under N.C.G.S. Chapter 132 we request emails and letters between CMPD and ICE concerning detainers, administrative warrants or notification of release, January 1 to December 31, 2025, and any text messages on the same subject.",
 "REQ-15": "Under the Tennessee Public Records Act we request records of MNPD assistance to, or communications with, federal agencies regarding the immigration enforcement operation in Nashville in May 2025, including CAD records and after-action reports.",
 "REQ-16": "Under the Tennessee Public Records Act we request the sections of the MNPD Manual addressing immigration status inquiries and cooperation with federal immigration authorities.",
 "REQ-17": "Under N.C.G.S. Chapter 132 we request records showing license plate reader data shared by CMPD with ICE or HSI in 2025, including data-sharing agreements and audit logs.",
}


def dtstr(s):
    return format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z"))


def quoted(rid, style="gmail", when=None):
    r = REQ[rid]
    d = dt.date.fromisoformat(str(r["sent"]))
    lines = [f"Border Justice Clinic", "Records Desk", "foia@borderjustice.example.org"]
    text = f"{BODY[rid]}\n\nWe ask for a fee waiver as a nonprofit legal services organization. Please contact us at this address with any questions.\n\n" + "\n".join(lines)
    if style == "gmail":
        hdr = f"On {d.strftime('%a, %b')} {d.day}, 2026 at {when or '10:04 AM'} Border Justice Clinic <foia@borderjustice.example.org> wrote:"
        return "\n\n" + hdr + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))
    # outlook
    return ("\n\n________________________________\nFrom: Border Justice Clinic <foia@borderjustice.example.org>\n"
            f"Sent: {d.strftime('%A, %B')} {d.day}, 2026 {when or '10:04 AM'}\nTo: {{to}}\nSubject: {r['subject']}\n\n" + text)


def safelink(url):
    return ("https://nam11.safelinks.protection.outlook.com/?url=" + urllib.parse.quote(url, safe="")
            + "&data=05%7C02%7Cfoia%40borderjustice.example.org%7C7f3a9c1e2b4d4e0f9a1b08de5c2d7e11%7C0%7C0%7C639101234567890123&sdata=Qm9yZGVy%2FSnVzdGljZQ%3D&reserved=0")


def pdf(lines, title=None):
    p = FPDF()
    p.add_page()
    p.set_font("Helvetica", size=10)
    if title:
        p.set_font("Helvetica", "B", 11)
        p.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        p.set_font("Helvetica", size=10)
        p.ln(2)
    for ln in lines.strip("\n").split("\n"):
        p.multi_cell(0, 5, ln if ln.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def M(date, frm, subject, text=None, html=None, to=INBOX, irt=None, refs=None, att=(), hdrs=None,
      charset="utf-8", cte=None, mid=None, label=None, raw=None):
    """Record one message; numbered later by order of Date."""
    MSGS.append(dict(date=date, frm=frm, subject=subject, text=text, html=html, to=to, irt=irt, refs=refs,
                     att=att, hdrs=hdrs or {}, charset=charset, cte=cte, mid=mid, label=label, raw=raw))


def fake_mid(dom, seed):
    import random, hashlib, string
    r = random.Random(hashlib.md5(seed.encode()).hexdigest())
    hx = lambda n: "".join(r.choice("0123456789ABCDEF") for _ in range(n))
    al = lambda n: "".join(r.choice(string.ascii_letters + string.digits) for _ in range(n))
    if dom.endswith(("mycusthelp.net", "nextrequest.com", "govdelivery.com")) or dom.startswith(("noreply", "no-reply")) \
            or "securerelease" in dom or dom.startswith("first."):
        return f"<{hx(8).lower()}-{hx(4).lower()}-{hx(4).lower()}-{hx(4).lower()}-{hx(12).lower()}@{dom}>"
    if dom.endswith(("borderjustice.example.org", "example.com", "googlegroups.com")):
        return f"<CA{al(2)}+{al(40)}@mail.gmail.com>"
    srv = r.choice(["BN8PR09MB", "SA1PR09MB", "PH0PR09MB", "DM6PR09MB"]) + str(r.randint(1000, 9999))
    return f"<{srv}{hx(16)}{hx(8)}@{srv}.namprd09.prod.outlook.com>"


def render(m):
    if m["raw"]:
        return m["raw"]
    e = EmailMessage()
    e["From"] = m["frm"]
    e["To"] = m["to"]
    e["Date"] = dtstr(m["date"])
    e["Subject"] = m["subject"]
    dom = m["frm"].split("@")[-1].rstrip(">").strip()
    e["Message-ID"] = m["mid"] or fake_mid(dom, m["date"] + m["subject"])
    if m["irt"]:
        e["In-Reply-To"] = m["irt"]
        e["References"] = m["refs"] or m["irt"]
    for k, v in m["hdrs"].items():
        e[k] = v
    kw = {"charset": m["charset"]}
    if m["cte"]:
        kw["cte"] = m["cte"]
    if m["text"] is not None:
        e.set_content(m["text"], **kw)
        if m["html"] is not None:
            e.add_alternative(m["html"], subtype="html", **kw)
    else:
        e.set_content(m["html"], subtype="html", **kw)
    for name, data, ctype in m["att"]:
        mt, st = ctype.split("/")
        if mt == "text":
            e.add_attachment(data.decode() if isinstance(data, bytes) else data, subtype=st, filename=name)
        else:
            e.add_attachment(data, maintype=mt, subtype=st, filename=name)
    return e.as_bytes()


def write_all():
    import yaml as Y
    msgs = sorted(MSGS, key=lambda m: dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S %z"))
    outdir = os.path.join(HERE, "messages")
    for f in os.listdir(outdir):
        os.remove(os.path.join(outdir, f))
    facts = []
    for i, m in enumerate(msgs, 1):
        d = dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S %z")
        fn = f"{i:03d}-{d.strftime('%Y%m%d')}.eml"
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(render(m))
        fa = {"file": fn}
        fa.update(m["label"])
        facts.append(fa)
    with open(os.path.join(HERE, "facts.yaml"), "w") as f:
        Y.safe_dump(facts, f, sort_keys=False, allow_unicode=True, width=200)
    print(len(msgs), "messages")
