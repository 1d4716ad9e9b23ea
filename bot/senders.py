"""Match stage, senders: which agency a reply comes from, by its address, its domain or a name in the message.

Pure: never does I/O and never guesses between agencies: a message that names two agencies belongs to
neither. Portals and colleagues forward agency mail, so an agency address or name inside the message counts
when the sender's own address is no agency's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.model import Reply
from bot.rules import Agency

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class Senders:
    """The agencies, looked up by e-mail address, by domain (and its parent domains) and by name."""

    def __init__(self, agencies: Iterable[Agency] = ()) -> None:
        self._agencies: dict[str, Agency] = {}
        self._by_email: dict[str, Agency] = {}
        self._by_domain: dict[str, Agency] = {}
        self._name_pattern: re.Pattern[str] | None = None
        for agency in agencies:
            self.add(agency)

    def add(self, agency: Agency) -> None:
        self._agencies[agency.id] = agency
        for email in agency.emails:
            self._by_email[email] = agency
        for domain in agency.domains:
            self._by_domain[domain] = agency
        self._name_pattern = None

    def of_address(self, address: str) -> Agency | None:
        address = address.strip().lower()
        if address in self._by_email:
            return self._by_email[address]
        labels = address.rpartition("@")[2].split(".")
        for start in range(len(labels) - 1):
            agency = self._by_domain.get(".".join(labels[start:]))
            if agency is not None:
                return agency
        return None

    def of_reply(self, reply: Reply) -> Agency | None:
        """The sender's agency; for portals and forwards, an agency address or name inside the message."""
        own = self.of_address(reply.from_addr)
        if own is not None:
            return own
        text = "\n".join([reply.subject, reply.new_text, reply.quoted_text, reply.embedded_subject])
        for address in [*reply.embedded_addresses, *_EMAIL.findall(text)]:
            agency = self.of_address(address)
            if agency is not None:
                return agency
        return self._named_in(text)

    def _named_in(self, text: str) -> Agency | None:
        named = {self._by_name(m.group()) for m in self._names().finditer(text)}
        named.discard(None)
        return named.pop() if len(named) == 1 else None

    def _names(self) -> re.Pattern[str]:
        if self._name_pattern is None:
            names = sorted({_plain_name(a) for a in self._agencies.values()} - {""}, key=len, reverse=True)
            body = "|".join(re.escape(n) for n in names) or r"(?!x)x"
            self._name_pattern = re.compile(rf"\b(?:{body})\b", re.IGNORECASE)
        return self._name_pattern

    def _by_name(self, name: str) -> Agency | None:
        return next((a for a in self._agencies.values() if _plain_name(a).lower() == name.lower()), None)


def _plain_name(agency: Agency) -> str:
    """The agency's name without a parenthetical note: 'Chicago Police Department'."""
    return re.sub(r"\s*\(.*?\)", "", agency.name).strip()
