"""Scanned agency letters made here: a letter typed onto a page with Pillow, printed at 300 dpi, then scanned
(speckle noise, a slight rotation, grey paper) and wrapped as a PDF with no text layer, a TIFF or a PNG; and
the emails that carry them. Shared by tests/test_ocr.py and bench/ocr_bench.py."""

from __future__ import annotations

import io
import random
import textwrap
from dataclasses import dataclass
from email.message import EmailMessage

import numpy as np
from PIL import Image, ImageDraw, ImageFont

DPI = 300
PAGE = (int(8.5 * DPI), 11 * DPI)
AGENCY = "Fairview Police Department"
SENDER = "records@fairviewpd.example.gov"
PATTERN = r"\bPRR-\d{4}-\d{5}\b"
AGENCIES_YAML = f"""\
agencies:
  - id: fairviewpd
    name: {AGENCY}
    jurisdiction: US-NJ
    domains: [fairviewpd.example.gov]
    tracking_pattern: '{PATTERN}'
"""


@dataclass(frozen=True)
class Letter:
    name: str
    request: str  # the request it answers
    kind: str  # what foiabot should read it as
    number: str  # the tracking number it states
    body: str

    def text(self) -> str:
        return (f"{AGENCY.upper()}\nRecords Unit, 100 Main Street, Fairview, NJ 07022\n\nNovember 16, 2026\n\n"
                f"Re: Public records request {self.number}\n\n{self.body}\n\nSincerely,\n\nJ. Alvarez\n"
                "Records Custodian")


LETTERS = (
    Letter("acknowledgment", "REQ-1", "acknowledgment", "PRR-2026-01051", """\
This letter acknowledges receipt of your public records request for body-worn camera footage of the
traffic stop on Route 46 on October 3, 2026, received on November 12, 2026. Your request has been assigned
tracking number PRR-2026-01051. Please refer to this number in any correspondence about this request."""),
    Letter("fee", "REQ-2", "fee_estimate", "PRR-2026-01150", """\
We have located records responsive to your request for dispatch logs. The estimated fee to process this
request is $150.00. Please remit payment before we proceed. We will not process your request until the fee
is paid. If you wish to narrow your request to reduce the fee, please contact our office."""),
    Letter("denial", "REQ-3", "denial", "PRR-2026-00515", """\
We have reviewed the internal affairs investigation files you asked for. After careful review, your request
is denied. The records are exempt from disclosure as personnel records and records of an ongoing
investigation. You may appeal this
denial to the Government Records Council within 45 days of the date of this letter."""),
    Letter("release", "REQ-4", "records_final", "PRR-2026-10510", """\
Enclosed please find the records responsive to your request for use of force reports. This completes our
response to your request, and your request is now closed. Please contact our office if you have any
questions about the enclosed records."""),
)

REQUESTS_YAML = """\
requests:
  - {id: REQ-1, agency: fairviewpd, subject: "OPRA request: body-worn camera footage, Route 46 traffic stop",
     description: "body-worn camera footage of the traffic stop on Route 46 on October 3, 2026", sent: 2026-11-10}
  - {id: REQ-2, agency: fairviewpd, subject: "OPRA request: dispatch logs, September 2026", sent: 2026-10-01,
     tracking_number: PRR-2026-01150}
  - {id: REQ-3, agency: fairviewpd, subject: "OPRA request: internal affairs investigation files",
     sent: 2026-10-01, tracking_number: PRR-2026-00515}
  - {id: REQ-4, agency: fairviewpd, subject: "OPRA request: use of force reports, 2025", sent: 2026-10-01,
     tracking_number: PRR-2026-10510}
  - {id: REQ-5, agency: fairviewpd, subject: "OPRA request: towing contracts", sent: 2026-10-01,
     tracking_number: PRR-2026-00516}
"""


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size)  # Pillow's own font: no system font needed


def render(text: str, seed: int = 0, grain: float = 10.0) -> Image.Image:
    """One printed page of `text` (11 pt at 300 dpi), scanned: grey paper with `grain` (its standard deviation
    in grey levels: 10 is a poor scanner, and makes a big file), speckles, a slight rotation."""
    page = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(page)
    font, y = _font(46), 300
    for paragraph in text.split("\n"):
        for line in textwrap.wrap(paragraph, 78) or [""]:
            draw.text((300, y), line, font=font, fill=20)
            y += 64
    rng = np.random.default_rng(seed)
    pixels = np.asarray(page, dtype=np.int16) - 12 + rng.normal(0, grain, (PAGE[1], PAGE[0])).astype(np.int16)
    specks = rng.random((PAGE[1], PAGE[0])) < 0.002
    pixels[specks] = rng.integers(0, 120, int(specks.sum()))
    scanned = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    angle = random.Random(seed).choice((-1.0, -0.6, 0.7, 1.2))
    return scanned.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=230, expand=False)


def as_pdf(pages: list[Image.Image], quality: int = 60) -> bytes:
    """A PDF of page pictures only (JPEG, as scanners write them): no text layer at all."""
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=pages[1:], quality=quality)
    return out.getvalue()


def as_tiff(pages: list[Image.Image]) -> bytes:
    """A black-and-white TIFF (CCITT Group 4), as fax machines and office scanners write them."""
    out = io.BytesIO()
    bilevel = [page.point(lambda v: 255 if v > 150 else 0).convert("1") for page in pages]
    bilevel[0].save(out, "TIFF", save_all=True, append_images=bilevel[1:], compression="group4", dpi=(DPI, DPI))
    return out.getvalue()


def as_png(page: Image.Image) -> bytes:
    out = io.BytesIO()
    page.save(out, "PNG", dpi=(DPI, DPI))
    return out.getvalue()


def as_jpeg(page: Image.Image) -> bytes:
    """A phone's or a copier's JPEG of the page."""
    out = io.BytesIO()
    page.save(out, "JPEG", quality=75, dpi=(DPI, DPI))
    return out.getvalue()


FORMATS = {"pdf": ("application", "pdf"), "tiff": ("image", "tiff"), "png": ("image", "png"),
           "jpeg": ("image", "jpeg"), "txt": ("text", "plain")}


def email_with(letter: Letter, data: bytes, fmt: str, msgid: str) -> bytes:
    """The agency's email: 'please see attached', nothing else, and the letter attached."""
    msg = EmailMessage()
    msg["From"] = f"{AGENCY} <{SENDER}>"
    msg["To"] = "records@newsroom.example.org"
    msg["Subject"] = "Your records request"
    msg["Date"] = "Mon, 16 Nov 2026 10:00:00 -0500"
    msg["Message-ID"] = f"<{msgid}@fairviewpd.example.gov>"
    msg.set_content("Good morning,\n\nPlease see the attached letter.\n\nRecords Unit\n")
    maintype, subtype = FORMATS[fmt]
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=f"letter.{fmt}")
    return msg.as_bytes()


def scanned(letter: Letter, fmt: str, seed: int = 0) -> bytes:
    """The letter as an attachment of the given format (txt: the same letter as typed text)."""
    if fmt == "txt":
        return letter.text().encode()
    page = render(letter.text(), seed)
    makers = {"pdf": lambda: as_pdf([page]), "tiff": lambda: as_tiff([page]), "png": lambda: as_png(page),
              "jpeg": lambda: as_jpeg(page)}
    return makers[fmt]()
