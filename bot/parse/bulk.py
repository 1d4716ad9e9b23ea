"""Parse stage, bulk: whether a message is a mailing list's or a newsletter's, not correspondence. One place for
the check that the matcher (never placed by its words) and the pipeline (set aside when it names no agency) make.

A list announces itself in its headers. A newsletter that a colleague forwards has lost them, but its footer
still says what it is ("You are receiving this email because you subscribed to VA News").
"""

from __future__ import annotations

import re

from bot.model import Reply

_LIST_HEADERS = ("list-id", "list-unsubscribe")
_BULK_PRECEDENCE = re.compile(r"(?i)\b(?:bulk|list|junk)\b")
_NEWSLETTER_FOOTER = re.compile(
    r"\byou(?:'re| are) receiving this (?:e-?mail|message|newsletter|update|bulletin|alert)\b[^.]{0,80}?"
    r"\b(?:subscribed|signed up|opted in|subscriber|subscription|mailing list)"
    r"|\b(?:manage|update|change) (?:your )?(?:e-?mail )?(?:subscription |subscriber )?(?:preferences|subscriptions?)\b"
    # "You are subscribed to e-News for Tax Professionals" (not to a Google Group: that is how mail arrives)
    r"|\byou(?:'re| are) subscribed to\b(?! (?:the )?google groups?\b| this group\b)"
    # not a Google Group's own footer ("To unsubscribe from this group ..."): a group is how mail arrives
    r"|\bunsubscribe (?:from (?:this|these|our|future)(?! group\b)|here|at any time)\b"
    # "To unsubscribe from the Weekly Digest, reply with ..."
    r"|\bunsubscribe from the (?:[\w-]+ ){0,3}(?:digest|newsletter|bulletin|updates|alerts|mailing list|list)\b",
    re.I,
)


def is_bulk(reply: Reply) -> bool:
    """A mailing list's or a bulk sender's message, by its headers. An auto-responder marks its answer
    "Precedence: bulk" too, so that other responders do not answer it: that one is an answer to our mail."""
    if any(h in reply.flags for h in _LIST_HEADERS):
        return True
    answering = reply.flags.get("auto-submitted", "").lower().startswith("auto-replied") or "x-autoreply" in reply.flags
    return not answering and bool(_BULK_PRECEDENCE.search(reply.flags.get("precedence", "")))


def is_newsletter(reply: Reply) -> bool:
    """A newsletter by what it says of itself, wherever it came through (forwarded, relayed, re-sent)."""
    return bool(_NEWSLETTER_FOOTER.search(reply.said))
