"""`foiabot check-config --connect`: the settings tried against the servers before the first `run`.

Signs in to the inbox and lists its folders; asks Slack whether the token works and whether the bot can post to
every channel it will use. Each problem names the line of the settings (or agencies) file to fix. Never prints a
secret, never changes the mailbox and never posts to Slack.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Config, Document, read_yaml
from bot.errors import ConfigError, DeliveryError, MailboxError
from bot.settings import InboxSettings

# Slack's answers about a channel, and what the team does about each.
_CHANNEL_HINTS = {
    "channel_not_found": "Slack has no channel {channel} that the bot can see: fix the name here, or invite the "
                         "bot if the channel is private",
    "not_in_channel": "the bot is not in {channel}: invite it (`/invite @your-bot` in the channel)",
    "is_archived": "{channel} is archived: unarchive it or name another channel here",
}
# Answers about the token itself: no channel can be checked until it is fixed.
_TOKEN_CODES = ("invalid_auth", "not_authed", "account_inactive", "token_revoked")

Location = tuple[Document, tuple[str | int, ...]]


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str  # what works, or `FILE:LINE: KEY: what is wrong and what to do`


def check(config: Config) -> list[Finding]:
    doc = read_yaml(config.path)
    settings = config.settings
    findings = []
    if settings.inbox is not None:
        findings += _inbox(settings.inbox, doc)
    if settings.slack is not None and not settings.slack.console:
        findings += _slack(config, doc)
    return findings


def _inbox(inbox: InboxSettings, doc: Document) -> list[Finding]:
    from bot.auth import sign_in
    from bot.mailbox import ImapMailbox

    try:
        with ImapMailbox(inbox, sign_in(inbox)) as mailbox:
            names = mailbox.folder_names()
    except (ConfigError, MailboxError) as err:
        # A refused sign-in is the account's to fix; anything else, the address.
        key = "username" if getattr(err, "permanent", False) else "host"
        return [Finding(False, doc.problem(("inbox", key), f"cannot sign in to the inbox: {err}"))]
    findings = [Finding(True, f"inbox: signed in to {inbox.host}:{inbox.effective_port} as {inbox.username}")]
    wanted: list[tuple[tuple[str | int, ...], str]] = [(("inbox", "folders", i), f)
                                                        for i, f in enumerate(inbox.folders)]
    if inbox.sent_folder:
        wanted.append((("inbox", "sent_folder"), inbox.sent_folder))
    for loc, folder in wanted:
        if folder in names:
            findings.append(Finding(True, f"inbox: folder {folder!r} found"))
        else:
            findings.append(Finding(False, doc.problem(loc, f"the inbox has no folder {folder!r}; it has: "
                                                            f"{', '.join(sorted(names))}")))
    return findings


def channel_keys(config: Config, doc: Document) -> dict[str, list[Location]]:
    """Every channel alerts will go to, with the keys that name it (an agency's in the agencies file)."""
    settings = config.settings
    places: dict[str, list[Location]] = {}
    if settings.slack is not None:
        places.setdefault(settings.slack.channel, []).append((doc, ("slack", "channel")))
        places.setdefault(settings.slack.triage_channel, []).append((doc, ("slack", "triage_channel")))
    if settings.digest is not None and settings.digest.channel:
        places.setdefault(settings.digest.channel, []).append((doc, ("digest", "channel")))
    named = [(i, a.slack_channel) for i, a in enumerate(config.agencies.values()) if a.slack_channel]
    if named:
        agencies = read_yaml(settings.agencies)
        for i, channel in named:
            places.setdefault(channel, []).append((agencies, ("agencies", i, "slack_channel")))
    return places


def _slack(config: Config, doc: Document) -> list[Finding]:
    from bot.worker import build_sink

    probe = build_sink(config).check  # type: ignore[attr-defined]  # the Slack sink: settings say Slack
    slack = config.settings.slack
    token_key = ("slack", "token_file" if slack and slack.token_file else "token_env")
    findings = []
    for channel, places in sorted(channel_keys(config, doc).items()):
        try:
            findings.append(Finding(True, f"Slack: {probe(channel)}"))
        except DeliveryError as err:
            code = getattr(err, "code", None)
            if code in _TOKEN_CODES or not err.permanent:
                loc = token_key if code in _TOKEN_CODES else ("slack",)
                return [*findings, Finding(False, doc.problem(loc, str(err)))]
            findings += [Finding(False, where.problem(loc, _hint(channel, err))) for where, loc in places]
    return findings


def _hint(channel: str, err: DeliveryError) -> str:
    return _CHANNEL_HINTS.get(getattr(err, "code", None) or "", "").format(channel=channel) or str(err)


def located(config: Config, channel: str, err: DeliveryError) -> DeliveryError:
    """Slack's refusal of a channel that agencies name, pointing at their lines: the sink's own hint can only
    name the settings' keys."""
    places = [(where, loc) for where, loc in channel_keys(config, read_yaml(config.path)).get(channel, [])
              if loc[0] == "agencies"]
    if not places:
        return err
    where = "; ".join(doc.problem(loc, _hint(channel, err)) for doc, loc in places)
    return DeliveryError(f"Slack will refuse alerts for {channel}: {where}", permanent=True)
