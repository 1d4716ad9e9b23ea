"""Parse stage, attachments: an attachment's bytes -> the text of the letter in it (PDF, .docx, text, CSV, and
scanned pages: a PDF page with no text layer, TIFF, PNG, JPEG, read by ocr.py when Tesseract is installed; and
Outlook's winmail.dat, whose message and files are read as the mail's own).

Pure: reads the bytes it is given, never a file or the network, and never raises: a damaged document gives
the text of the pages read before the damage, or "", and what could not be read is recorded as a defect of
the message (text.record_defect), so that the alert can say "an attached letter could not be read". It says
how many leading bytes it reads (`needed_bytes`), so that the parse need not decode the rest of a big
attachment. Limits keep one message cheap: attachment text 20,000 characters, PDFs and .docx files over 10 MB
skipped (PDFs: over `ocr.max_megabytes` when OCR reads scans), at most 20 PDF pages and about 3 seconds per
document for the text layer; scans have limits of their own (ocr.py).
"""

from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass
from typing import Any

from bot.parse import ocr
from bot.parse.text import cap, decode_bytes, normalise, one_line, record_defect

MAX_ATTACHMENT_TEXT = 20_000
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_PDF_PAGES = 20
DOCUMENT_SECONDS = 3.0
SCANNED_PAGE_CHARS = 20  # a page with less text than this is a picture (a stamp or a page number aside)
IMAGE_TYPES = ("image/tiff", "image/png", "image/jpeg", "image/jpg", "image/pjpeg")
IMAGE_NAMES = (".tif", ".tiff", ".png", ".jpg", ".jpeg")
TNEF_TYPES = ("application/ms-tnef", "application/vnd.ms-tnef")

_PDF_START = re.compile(rb"\s*%PDF")  # after white space, as bytes.lstrip() strips it


@dataclass(frozen=True)
class Read:
    """What an attachment says, and whether some of it came from OCR (numbers in it may be misread)."""

    text: str = ""
    scanned: bool = False


def attachment_text(
    data: bytes, ctype: str, filename: str | None, charset: str | None = None, size: int | None = None
) -> str:
    """Text of a PDF, .docx, plain-text or CSV attachment, or of a scan (capped); "" for anything else."""
    return read_attachment(data, ctype, filename, charset, size).text


def read_attachment(
    data: bytes, ctype: str, filename: str | None, charset: str | None = None, size: int | None = None
) -> Read:
    """What the attachment says. `data` may be only the first `needed_bytes` of an attachment of `size` bytes."""
    size = len(data) if size is None else size
    kind = _kind(ctype, filename)
    name = _name(filename, kind)
    if kind in ("pdf", "docx", "tnef") and size > _document_cap(kind):
        record_defect(f"{name} was not read: it is over {_document_cap(kind) // (1024 * 1024)} MB")
        return Read()
    if kind == "pdf":
        read = _pdf(data, size, name)
    elif kind == "image":
        read = _image(data, size, name)
    elif kind == "docx":
        read = Read(_docx_text(data, name))
    elif kind == "text":
        read = Read(decode_bytes(data[: MAX_ATTACHMENT_TEXT * 4], charset))
    elif kind == "tnef":
        read = _tnef(data, name)
    else:
        return Read()
    return Read(cap(normalise(read.text), MAX_ATTACHMENT_TEXT), read.scanned)


def needed_bytes(ctype: str, filename: str | None, size: int) -> int:
    """How many leading bytes of an attachment of `size` bytes `attachment_text` reads."""
    kind = _kind(ctype, filename)
    if kind in ("pdf", "docx", "tnef"):
        return size if size <= _document_cap(kind) else 0
    if kind == "image":
        return size if ocr.available() and not ocr.too_big(size) else 0
    return min(size, MAX_ATTACHMENT_TEXT * 4) if kind == "text" else 0


def _document_cap(kind: str) -> int:
    """A scanned PDF is bigger than a typed one of as many pages: with OCR, PDFs get the scans' cap if larger."""
    if kind == "pdf" and ocr.available():
        return max(MAX_DOCUMENT_BYTES, int(ocr.settings().max_megabytes * 1024 * 1024))
    return MAX_DOCUMENT_BYTES


def _kind(ctype: str, filename: str | None) -> str | None:
    name = (filename or "").lower()
    if ctype == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    if ctype.endswith("wordprocessingml.document") or name.endswith(".docx"):
        return "docx"
    if ctype in ("text/plain", "text/csv") or name.endswith((".txt", ".csv")):
        return "text"
    if ctype in IMAGE_TYPES or name.endswith(IMAGE_NAMES):
        return "image"
    if ctype in TNEF_TYPES or name == "winmail.dat":
        return "tnef"
    return None


def _name(filename: str | None, kind: str | None) -> str:
    what = {"pdf": "an attached letter", "docx": "an attached letter", "image": "an attached scan"}.get(
        kind or "", "an attachment")
    return f"{what} ({cap(one_line(filename), 100)})" if filename else what


def _unreadable(name: str, err: Exception, pages: int = 0) -> None:
    where = f" past page {pages}" if pages else ""
    record_defect(f"{name} could not be read{where} ({cap(one_line(f'{err.__class__.__name__}: {err}'), 200)})")


def _pdf(data: bytes, size: int, name: str) -> Read:
    pages = _pdf_pages(data, name)
    scanned = [i for i, page in enumerate(pages) if len("".join(page.split())) < SCANNED_PAGE_CHARS]
    if not scanned or not ocr.available():
        return Read("\n".join(pages))
    if ocr.too_big(size):
        record_defect(f"{name} was not read: {_too_big()}")
        return Read("\n".join(pages))
    scan = ocr.read_pdf_pages(data, scanned)
    if scan.note:
        record_defect(f"{name} {scan.note}")
    read = dict(zip(scanned, scan.texts, strict=False))  # max_pages may have left the later ones unread
    text = "\n".join(read.get(i) or page for i, page in enumerate(pages))
    return Read(text, scanned=bool(scan.pages))


def _image(data: bytes, size: int, name: str) -> Read:
    if not ocr.available():
        return Read()
    if ocr.too_big(size):
        record_defect(f"{name} was not read: {_too_big()}")
        return Read()
    scan = ocr.read_image(data)
    if scan.note:
        record_defect(f"{name} {scan.note}")
    return Read(scan.text, scanned=bool(scan.pages))


def _too_big() -> str:
    return f"the scan is over {ocr.settings().max_megabytes:g} MB"


def _pdf_pages(data: bytes, name: str) -> list[str]:
    """The text layer of each page read (a page without one gives "")."""
    if not _PDF_START.match(data):  # not data.lstrip(): that copies a document of up to 10 MB
        record_defect(f"{name} could not be read: it is not a PDF")
        return []
    import pypdf

    deadline = time.monotonic() + DOCUMENT_SECONDS
    out: list[str] = []
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        for page in reader.pages[:MAX_PDF_PAGES]:
            out.append(page.extract_text() or "")
            if time.monotonic() > deadline or sum(map(len, out)) > MAX_ATTACHMENT_TEXT:
                break
    except Exception as err:  # pypdf raises many kinds on damaged files; keep what the earlier pages gave
        _unreadable(name, err, len(out))
    return out


def _tnef(data: bytes, name: str) -> Read:
    """Outlook's rich-text wrapper (winmail.dat): its message, then each file in it read as an attachment would
    be, under its own name (a number may be only in a file's name)."""
    from tnefparse import TNEF

    try:
        tnef = TNEF(data)
    except Exception as err:  # a damaged wrapper: what it held is lost, and the alert says so
        _unreadable(name, err)
        return Read()
    parts: list[str] = []
    if tnef.body:  # bytes in the message's own code page, or text when the wrapper named one
        parts.append(tnef.body if isinstance(tnef.body, str) else decode_bytes(tnef.body, None))
    scanned = False
    for inner in tnef.attachments[:20]:
        filename = inner.long_filename() or inner.name or ""
        read = read_attachment(inner.data, "", filename)
        scanned = scanned or read.scanned
        parts.append(f"Attachment: {filename}\n{read.text}" if filename else read.text)
    return Read("\n\n".join(p for p in parts if p), scanned)


def _docx_text(data: bytes, name: str) -> str:
    if not data.startswith(b"PK"):
        record_defect(f"{name} could not be read: it is not a Word document")
        return ""
    import docx

    try:
        document: Any = docx.Document(io.BytesIO(data))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables[:50]:
            lines.extend(" | ".join(cell.text for cell in row.cells) for row in table.rows)
    except Exception as err:
        _unreadable(name, err)
        return ""
    return "\n".join(lines)
