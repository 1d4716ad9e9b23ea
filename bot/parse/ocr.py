"""Parse stage, scanned letters: the picture of a letter (a PDF page with no text layer, a TIFF, PNG or JPEG)
-> its text, read with Tesseract.

Called by attachments.py while a message is parsed, which the worker does after a batch was fetched and before
the next fetch begins: a slow page never holds an IMAP command open. Reads only the bytes it is given; runs the
`tesseract` program and nothing else; never raises. Limits keep one message cheap (settings `ocr:`): the first
`max_pages` pages of each letter, `seconds_per_message` for all the letters of one message together (each
Tesseract run is stopped when the budget runs out), and attachments over `max_megabytes` are not read. What
stopped a letter from being read is returned as a note ("was read only in part: ..."), which attachments.py
records as a defect of the message and the alert shows.

Without Tesseract (or its English data) every function here reads nothing and says so once, in `status` and
`check-config` (`notice`).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import io
import logging
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bot.settings import OcrSettings

log = logging.getLogger(__name__)

INSTALL = "apt-get install tesseract-ocr tesseract-ocr-eng"
MAX_PIXELS = 40_000_000  # a page this big at the chosen resolution is drawn smaller: a bomb must not eat memory
MIN_SECONDS = 0.5  # less budget than this left: no page is started
MIN_SIDE = 500  # pixels: a smaller image is a logo or a signature, not a page

_settings = OcrSettings()
_budget: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("ocr_budget", default=None)


def configure(settings: OcrSettings) -> None:
    """The limits of the settings file (config.py calls this when it loads the settings)."""
    global _settings
    _settings = settings


def settings() -> OcrSettings:
    return _settings


@functools.cache
def _tesseract_languages() -> frozenset[str] | None:
    """The languages the installed Tesseract reads; None when it is not installed or does not run."""
    if shutil.which("tesseract") is None:
        return None
    try:
        import pytesseract

        return frozenset(pytesseract.get_languages(config=""))
    except Exception as err:  # a broken install: treated as none, and said in status
        log.warning("tesseract is installed but does not run: %s", err)
        return None


def available() -> bool:
    languages = _tesseract_languages()
    return _settings.enabled and languages is not None and _has_language(languages)


def _has_language(languages: frozenset[str]) -> bool:
    return all(part in languages for part in _settings.language.split("+"))


def notice() -> str | None:
    """One line for `status` and `check-config` when scanned letters are not read; None when they are."""
    if not _settings.enabled:
        return None  # turned off on purpose
    languages = _tesseract_languages()
    if languages is None:
        return f"scanned letters are not read: Tesseract is not installed ({INSTALL})"
    if not _has_language(languages):
        return (f"scanned letters are not read: Tesseract has no {_settings.language!r} language data "
                f"(apt-get install tesseract-ocr-{_settings.language})")
    return None


# --- the time budget of one message -----------------------------------------------------------------------


@dataclass
class Budget:
    """The seconds left for reading the scanned letters of one message."""

    deadline: float
    pages_read: int = 0

    def left(self) -> float:
        return self.deadline - time.monotonic()


@contextlib.contextmanager
def message_budget() -> Iterator[Budget]:
    """One budget for every scanned letter of the message parsed inside the block."""
    budget = Budget(time.monotonic() + _settings.seconds_per_message)
    token = _budget.set(budget)
    try:
        yield budget
    finally:
        _budget.reset(token)


def _current_budget() -> Budget:
    return _budget.get() or Budget(time.monotonic() + _settings.seconds_per_message)


# --- reading ----------------------------------------------------------------------------------------------


@dataclass
class Scan:
    """What OCR made of one attachment: the text of the pages read, and why pages were not read ("" if all), as
    the end of a sentence about the attachment."""

    pages: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def texts(self) -> list[str]:
        return [repair_numbers(page) for page in self.pages]

    @property
    def text(self) -> str:
        return "\n".join(self.texts)


def too_big(size: int) -> bool:
    return size > _settings.max_megabytes * 1024 * 1024


def read_pdf_pages(data: bytes, wanted: list[int]) -> Scan:
    """The text of the given pages (0-based, those with no text layer among the first `max_pages`)."""
    import pypdfium2

    wanted = [i for i in wanted if i < _settings.max_pages]
    try:
        document = pypdfium2.PdfDocument(data)
    except Exception as err:
        return Scan(note=f"could not be opened for OCR ({type(err).__name__})")
    try:
        return _read_pages(_pdf_page_images(document, wanted), len(wanted))
    finally:
        document.close()


def _pdf_page_images(document: Any, wanted: list[int]) -> Iterator[Any]:
    for index in wanted:
        page = document[index]
        width, height = page.get_size()  # in points
        scale = _settings.dpi / 72
        scale = min(scale, (MAX_PIXELS / max(width * height * scale * scale, 1)) ** 0.5 * scale)
        yield page.render(scale=scale, grayscale=True).to_pil()


def read_image(data: bytes) -> Scan:
    """The text of an image attachment; of a multi-page TIFF, its first `max_pages` pages."""
    from PIL import Image

    try:
        image = Image.open(io.BytesIO(data))
        if min(image.width, image.height) < MIN_SIDE:
            return Scan()
        if image.width * image.height > MAX_PIXELS:
            return Scan(note=f"was not read: the image is too large ({image.width}x{image.height} pixels)")
        count = min(getattr(image, "n_frames", 1), _settings.max_pages)
    except Exception as err:
        return Scan(note=f"could not be read: not an image Pillow opens ({type(err).__name__})")
    return _read_pages(_frames(image, count), count)


def _frames(image: Any, count: int) -> Iterator[Any]:
    for index in range(count):
        image.seek(index)
        yield image.convert("L")


def _read_pages(images: Iterator[Any], count: int) -> Scan:
    import pytesseract

    scan, budget = Scan(), _current_budget()
    try:
        for image in images:
            if budget.left() < MIN_SECONDS:
                break
            started = time.monotonic()
            log.debug("reading a scanned page")
            scan.pages.append(pytesseract.image_to_string(image, lang=_settings.language,
                                                          timeout=max(budget.left(), MIN_SECONDS)))
            budget.pages_read += 1
            log.debug("read a scanned page in %.2f s", time.monotonic() - started)
    except RuntimeError:  # pytesseract's "Tesseract process timeout": the budget ran out mid-page
        pass
    except Exception as err:
        scan.note = f"could not be read by OCR ({type(err).__name__}: {str(err)[:200]})"
        return scan
    if len(scan.pages) < count:
        scan.note = (f"was read only in part: {len(scan.pages)} of its first {count} scanned pages before the time "
                     f"for reading scans ({_settings.seconds_per_message:g} s a message) ran out")
    return scan


# --- OCR's letter/digit confusions in numbers -------------------------------------------------------------

_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "i": "1", "|": "1", "S": "5", "s": "5"})
_FOLD = str.maketrans({"O": "0", "I": "1", "L": "1", "|": "1", "S": "5"})  # numbers are compared upper-cased
_TO_LETTER = str.maketrans({"0": "O", "1": "I", "5": "S"})
_CONFUSABLE_LETTERS = frozenset("OolIi|Ss")
_TOKEN = re.compile(r"[A-Za-z0-9|]+(?:[-/.][A-Za-z0-9|]+)+|[A-Za-z0-9|]*\d[A-Za-z0-9|]*")
_PART = re.compile(r"[A-Za-z0-9|]+")


def repair_numbers(text: str) -> str:
    """OCR'd text with letter/digit confusions undone inside numbers: in a token that holds a digit, a part
    made only of digits and look-alike letters becomes digits (2O26-OOl23 -> 2026-00123), and a part of
    letters with a look-alike digit among them becomes letters (F0IA -> FOIA). Words without digits are not
    touched. Only for text that OCR produced: typed text means what it says."""
    return _TOKEN.sub(_repair_token, text)


def _repair_token(found: re.Match[str]) -> str:
    token = found.group()
    if not any(c.isdigit() for c in token):
        return token
    return _PART.sub(lambda part: _repair_part(part.group()), token)


def _repair_part(part: str) -> str:
    digits = sum(c.isdigit() for c in part)
    others = [c for c in part if not c.isdigit()]
    if digits and all(c in _CONFUSABLE_LETTERS for c in others):
        return part.translate(_TO_DIGIT)
    letters = [c for c in others if c not in _CONFUSABLE_LETTERS]
    if digits and len(others) > digits and len(letters) >= 2 and all(c in "015" for c in part if c.isdigit()):
        return part.translate(_TO_LETTER)
    return part


def fold(number: str) -> str:
    """A number with every look-alike written the same way: two numbers that fold alike cannot be told apart
    in a scan."""
    return number.upper().translate(_FOLD)
