"""Functions used to assemble the .eml files of this set."""
import base64, datetime as dt
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.utils import format_datetime
from fpdf import FPDF

DOM = "ledgerinvestigates.example.com"
INBOX = "records@" + DOM
TZ = {"ET": dt.timezone(dt.timedelta(hours=-4)), "CT": dt.timezone(dt.timedelta(hours=-5)),
      "MT": dt.timezone(dt.timedelta(hours=-6)), "UTC": dt.timezone.utc}

def when(d, hm, tz):
    y, m, dd = map(int, d.split("-")); h, mi = map(int, hm.split(":"))
    return format_datetime(dt.datetime(y, m, dd, h, mi, 7, tzinfo=TZ[tz]))

def pdf_bytes(text, title=None):
    p = FPDF(); p.add_page(); p.set_font("Helvetica", size=10)
    if title:
        p.set_font("Helvetica", "B", 11); p.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT"); p.ln(2); p.set_font("Helvetica", size=10)
    for para in text.strip("\n").split("\n"):
        p.multi_cell(0, 5, para if para.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())

def fixaddr(s):
    """Quote display names that contain commas, quotes or parentheses, as mail clients do."""
    from email.utils import formataddr
    if "<" not in s: return s
    name, addr = s.rsplit("<", 1)
    return formataddr((name.strip(), addr.rstrip(">").strip()))

def mt(body, subtype, charset, cte):
    from email.charset import Charset, QP, BASE64
    cs = Charset(charset)
    ascii_only = all(ord(c) < 128 for c in body)
    if cte == "b64": cs.body_encoding = BASE64
    elif ascii_only: cs.body_encoding = None
    else: cs.body_encoding = QP
    return MIMEText(body, subtype, cs)

def build(frm, to, date, subject, msgid, text=None, html=None, pdfs=(), headers=(), charset="utf-8",
          in_reply_to=None, references=None, raw_parts=(), cte="auto"):
    """text only / html only / alternative; pdfs = [(filename, text, title)] makes multipart/mixed."""
    if cte == "auto" and "mycusthelp" in frm: cte = "b64"   # GovQA sends base64 bodies
    if text is not None and html is not None:
        body = MIMEMultipart("alternative"); body.attach(mt(text, "plain", charset, cte)); body.attach(mt(html, "html", charset, cte))
    elif html is not None:
        body = mt(html, "html", charset, cte)
    else:
        body = mt(text, "plain", charset, cte)
    if pdfs or raw_parts:
        msg = MIMEMultipart("mixed"); msg.attach(body)
        for fn, t, title in pdfs:
            a = MIMEApplication(pdf_bytes(t, title), "pdf"); a.add_header("Content-Disposition", "attachment", filename=fn); msg.attach(a)
        for p in raw_parts: msg.attach(p)
    else:
        msg = body
    hdr = [("From", fixaddr(frm)), ("To", fixaddr(to)), ("Date", date), ("Subject", subject), ("Message-ID", msgid)]
    if in_reply_to: hdr.append(("In-Reply-To", in_reply_to))
    if references: hdr.append(("References", references))
    hdr += list(headers)
    for k, v in hdr:
        msg[k] = v
    if "MIME-Version" not in msg: msg["MIME-Version"] = "1.0"
    return msg
