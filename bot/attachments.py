"""Parse stage, attachments: an attachment's bytes -> the text of the letter in it (PDF, .docx, text, CSV).

Pure: reads the bytes it is given, never a file or the network, and never raises: a damaged document gives
the text of the pages read before the damage, or "", and what could not be read is recorded as a defect of
the message (text.record_defect), so that the alert can say "an attached letter could not be read". It says
how many leading bytes it reads (`needed_bytes`), so that the parse need not decode the rest of a big
attachment. Limits keep one message cheap: attachment text
20,000 characters, PDFs and .docx files over 10 MB skipped, at most 20 PDF pages and about 3 seconds per
document.
"""

from __future__ import annotations

import io
import re
import time
from typing import Any

from bot.text import cap, decode_bytes, normalise, one_line, record_defect

MAX_ATTACHMENT_TEXT = 20_000
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_PDF_PAGES = 20
DOCUMENT_SECONDS = 3.0

_PDF_START = re.compile(rb"\s*%PDF")  # after white space, as bytes.lstrip() strips it


def attachment_text(
    data: bytes, ctype: str, filename: str | None, charset: str | None = None, size: int | None = None
) -> str:
    """Text of a PDF, .docx, plain-text or CSV attachment (capped); "" for anything else. `data` may be only
    the first `needed_bytes` of an attachment of `size` bytes."""
    size = len(data) if size is None else size
    kind = _kind(ctype, filename)
    name = _name(filename, kind)
    if kind in ("pdf", "docx") and size > MAX_DOCUMENT_BYTES:
        record_defect(f"{name} was not read: it is over {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB")
        return ""
    if kind == "pdf":
        text = _pdf_text(data, name)
    elif kind == "docx":
        text = _docx_text(data, name)
    elif kind == "text":
        text = decode_bytes(data[: MAX_ATTACHMENT_TEXT * 4], charset)
    else:
        return ""
    return cap(normalise(text), MAX_ATTACHMENT_TEXT)


def needed_bytes(ctype: str, filename: str | None, size: int) -> int:
    """How many leading bytes of an attachment of `size` bytes `attachment_text` reads."""
    kind = _kind(ctype, filename)
    if kind in ("pdf", "docx"):
        return size if size <= MAX_DOCUMENT_BYTES else 0
    return min(size, MAX_ATTACHMENT_TEXT * 4) if kind == "text" else 0


def _kind(ctype: str, filename: str | None) -> str | None:
    name = (filename or "").lower()
    if ctype == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    if ctype.endswith("wordprocessingml.document") or name.endswith(".docx"):
        return "docx"
    if ctype in ("text/plain", "text/csv") or name.endswith((".txt", ".csv")):
        return "text"
    return None


def _name(filename: str | None, kind: str | None) -> str:
    what = "an attached letter" if kind in ("pdf", "docx") else "an attachment"
    return f"{what} ({cap(one_line(filename), 100)})" if filename else what


def _unreadable(name: str, err: Exception, pages: int = 0) -> None:
    where = f" past page {pages}" if pages else ""
    record_defect(f"{name} could not be read{where} ({cap(one_line(f'{err.__class__.__name__}: {err}'), 200)})")


def _pdf_text(data: bytes, name: str) -> str:
    if not _PDF_START.match(data):  # not data.lstrip(): that copies a document of up to 10 MB
        record_defect(f"{name} could not be read: it is not a PDF")
        return ""
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
    return "\n".join(out)


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
