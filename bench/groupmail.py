"""Mail as a Google Group used as a collaborative inbox delivers it: the same message with the group's list
headers, and, for senders whose domain publishes a strict DMARC policy (every .gov and .mil domain), From
rewritten to the group with the real sender in X-Original-From and Reply-To, as Google Groups does.

Used by bench/accuracy.py (--via-group) and tests/test_holdout.py: a corpus delivered this way must score
exactly as delivered directly.
"""

from __future__ import annotations

import re
from email.utils import parseaddr

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_STRICT_DMARC = re.compile(r"\.(?:gov|mil)$", re.I)


def via_group(raw: bytes, group: str, group_name: str = "Records") -> bytes:
    """The message as the group `group` (records@team.org) relays it to its members."""
    end = _HEADER_END.search(raw)
    if end is None:
        return raw
    head, body = raw[: end.start()].decode("utf-8", "surrogateescape"), raw[end.start():]
    newline = "\r\n" if "\r\n" in head else "\n"
    lines = head.split(newline)
    local, _, domain = group.partition("@")
    added = [
        "X-Google-Group-Id: 412345678901",
        f"List-Post: <mailto:{group}>",
        f"List-Help: <https://support.google.com/a/{domain}/bin/topic.py?topic=25838>, <mailto:{local}+help@{domain}>",
        f"List-Archive: <https://groups.google.com/a/{domain}/group/{local}/>",
        f"Mailing-list: list {group}; contact {local}+owners@{domain}",
        f"List-Id: <{local}.{domain}>",
        f"List-Unsubscribe: <mailto:googlegroups-manage+412345678901+unsubscribe@googlegroups.com>,"
        f" <https://groups.google.com/a/{domain}/group/{local}/subscribe>",
        "Precedence: list",
    ]
    original = _header(lines, "from")
    name, address = parseaddr(original)
    if address and _STRICT_DMARC.search(address.rpartition("@")[2]):
        shown = (name or address.partition("@")[0]).replace("'", "").replace('"', "")
        lines = _without(lines, "from")
        added += [f"From: \"'{shown}' via {group_name}\" <{group}>", f"X-Original-From: {original}",
                  f"X-Original-Sender: {address}"]
        if not _header(lines, "reply-to"):
            added.append(f"Reply-To: {original}")
    return (newline.join(added + lines)).encode("utf-8", "surrogateescape") + body


def _header(lines: list[str], name: str) -> str:
    for i, line in enumerate(lines):
        if line.lower().startswith(name + ":"):
            value = line.split(":", 1)[1]
            for more in lines[i + 1:]:
                if more[:1] not in (" ", "\t"):
                    break
                value += " " + more.strip()
            return value.strip()
    return ""


def _without(lines: list[str], name: str) -> list[str]:
    """The header lines without the field `name` and its folded continuation lines."""
    kept: list[str] = []
    dropping = False
    for line in lines:
        if line[:1] in (" ", "\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = line.lower().startswith(name + ":")
        if not dropping:
            kept.append(line)
    return kept
