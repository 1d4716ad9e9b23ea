"""Alerts stage, words: kinds and statuses the way a person says them, and the next step the team must take
after a reply, with its date. Pure: alerts.py builds posts with these; the machine names stay in the
database and in Slack's metadata.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bot.model import Kind

KIND_LABELS = {
    Kind.ACKNOWLEDGMENT: "acknowledgment", Kind.EXTENSION: "extension", Kind.FEE_ESTIMATE: "fee estimate",
    Kind.CLARIFICATION: "asks for clarification", Kind.RECORDS_INTERIM: "interim release",
    Kind.RECORDS_FINAL: "final response (records released)", Kind.NO_RECORDS: "no records found",
    Kind.DENIAL: "denial", Kind.PORTAL_NOTICE: "portal notification", Kind.AUTO_REPLY: "auto-reply",
    Kind.BOUNCE: "delivery failure (bounce)", Kind.OTHER: "message",
}
STATUS_LABELS = {
    "open": "sent, no answer yet", "acknowledged": "acknowledged", "extended": "extended by the agency",
    "awaiting_requester": "waiting on us", "partial": "records coming in parts", "done": "records released",
    "no_records": "no records found", "denied": "denied", "closed": "closed",
}


def kind_label(kind: str | Kind | None) -> str:
    try:
        return KIND_LABELS[Kind(kind)] if kind else ""
    except ValueError:
        return str(kind).replace("_", " ")


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status.replace("_", " "))


def _on(day: dt.date | None) -> str:
    return f"{day:%a %b} {day.day}, {day.year}" if day else ""


def next_step(kind: Kind, *, due: dt.date | None = None, appeal_due: dt.date | None = None,
              answer_by: dt.date | None = None, fee: Decimal | None = None) -> str:
    """One line: what the team must do after a reply of `kind`, and by when (the agency's date for our answer
    first, then the law's)."""
    by = f" by {_on(answer_by)} (the agency's date)" if answer_by else ""
    if kind is Kind.CLARIFICATION:
        return f"Answer the agency's question{by or ' (the clock waits for our answer)'}"
    if kind is Kind.FEE_ESTIMATE:
        amount = f" of ${fee:,.2f}" if fee is not None else ""
        return f"Accept, narrow or contest the fee{amount}{by or ' (the clock waits for our answer)'}"
    if kind in (Kind.DENIAL, Kind.NO_RECORDS):
        what = "the denial" if kind is Kind.DENIAL else "the no-records answer (ask how they searched)"
        return f"Decide whether to appeal {what}" + (f": appeal by {_on(appeal_due)}" if appeal_due else "")
    if kind is Kind.RECORDS_FINAL:
        return "Read the release" + (f"; appeal any withholding by {_on(appeal_due)}" if appeal_due else "")
    if kind is Kind.RECORDS_INTERIM:
        return "Read the release; more is to come" + (f" (due {_on(due)})" if due else "")
    if kind in (Kind.ACKNOWLEDGMENT, Kind.EXTENSION):
        return "Nothing for now" + (f": the answer is due {_on(due)}" if due else "") + by
    if kind is Kind.PORTAL_NOTICE:
        return f"Open the portal and read the update{by}"
    if kind is Kind.AUTO_REPLY:
        return "Nothing: an automatic reply"
    if kind is Kind.BOUNCE:
        return "Check the address and send the request again: it did not arrive"
    return f"Read it and decide{by}"
