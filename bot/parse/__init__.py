"""Parse stage: a message's raw bytes -> `Reply` (headers, body text with the quoted history separated, the
text of attachments and scanned letters, oversize bodies set aside). message.py walks the MIME tree; the
modules beside it each read one part of a message. Pure but for OCR, which runs Tesseract on the bytes given.
"""

from bot.parse.message import parse

__all__ = ["parse"]
