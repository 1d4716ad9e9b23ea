"""Parse stage, addresses: what kind of address a message comes from (a records portal, a machine, a mail
system), from the address alone. Every stage asks here, so each check is made in one place."""

from __future__ import annotations

import re

# Records-portal platforms that give each agency its own host (a tenant): detroitmi.govqa.us.
PORTAL_DOMAINS = ("govqa.us", "mycusthelp.com", "mycusthelp.net", "nextrequest.com", "justfoia.com",
                  "foiaxpress.com", "foiaxpress.net", "securerelease.us", "publicrecordsportal.com", "civicplus.com")
# A machine's own address (a portal's notifier, an agency system's no-reply box): such mail speaks for an agency
# it may not be listed under, and is never a person's note about one.
_NO_REPLY = re.compile(r"(?:^|[-_.])(?:no-?reply|do-?not-?reply|donotreply)(?:$|[-_.])"
                       r"|^(?:notifications?|notify|auto-?mail)\b", re.I)
# A delivery report comes from a mail system (ours, or the agency's), never from an agency's portal.
_MAIL_SYSTEM = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|microsoftexchange[0-9a-f]*)@", re.I)


def is_portal(address: str) -> bool:
    """A records portal's notifier (GovQA, NextRequest, JustFOIA...): its mail is about a request even when it
    carries a mailing list's unsubscribe header, as transactional mail services add."""
    domain = address.strip().lower().rpartition("@")[2]
    return any(domain == d or domain.endswith("." + d) for d in PORTAL_DOMAINS)


def is_machine(address: str) -> bool:
    """A portal's or a system's address (no-reply, notifications), not a person's."""
    if _MAIL_SYSTEM.match(address.strip()):
        return False
    local, _, domain = address.strip().lower().rpartition("@")
    return bool(_NO_REPLY.search(local)) or any(domain == d or domain.endswith("." + d) for d in PORTAL_DOMAINS)
