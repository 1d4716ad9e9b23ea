"""Parse stage, as the pipeline calls it: a message's bytes -> Reply, with what could not be read of it (an
attached letter, the HTML body) among its defects, told as sentences; and, for mail that cannot be parsed at
all, the headers a person needs to find it. Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy

from bot.alerts import Headline
from bot.model import Reply
from bot.parse import parse
from bot.parse.text import attempt, defects_recorded, one_line


def read(raw: bytes) -> Reply:
    """`parse`, with what could not be read of the message (an attached letter, the HTML body) added to its
    defects as sentences for the team."""
    with defects_recorded() as unread:
        reply = parse(raw)
    reply.defects.extend(d for d in unread if d not in reply.defects)
    return reply


def headline(raw: bytes) -> Headline:
    """Sender, subject, date and Message-ID of a message that could not be parsed, as far as they can be read."""
    try:
        msg = email.parser.BytesHeaderParser(policy=email.policy.default).parsebytes(bytes(raw[:65536]))
        date = attempt(lambda: msg["date"].datetime, None, "the Date header")
        return Headline(one_line(attempt(lambda: str(msg["from"] or ""), "")),
                               one_line(attempt(lambda: str(msg["subject"] or ""), "")),
                               date if isinstance(date, dt.datetime) and date.tzinfo else None,
                               one_line(attempt(lambda: str(msg["message-id"] or ""), "")) or None)
    except Exception:
        return Headline("", "", None, None)
