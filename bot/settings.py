"""The settings file (foiabot.yaml) as typed objects. Loading, paths and error reporting are in config.py."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# Outgoing mail to an agency that matches this is taken for a new records request (Sent folder).
DEFAULT_REQUEST_PATTERN = (
    r"(?i)\b(FOIA|freedom of information|public records?|open records|right[- ]to[- ]know|records request)\b"
)
_SLACK_ID = re.compile(r"[UWS][A-Z0-9]{2,}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class InboxSettings(_Strict):
    host: str
    port: int | None = Field(default=None, ge=1, le=65535)  # default: 993 for ssl, 143 otherwise
    security: Literal["ssl", "starttls", "none"] = "ssl"
    ca_file: Path | None = None  # extra CA certificate(s) to trust, e.g. a self-signed server
    username: str  # with auth microsoft or google: the mailbox to open (a shared mailbox, or the user to act as)
    auth: Literal["password", "microsoft", "google"] = "password"
    password_env: str | None = None
    password_file: Path | None = None
    # auth: microsoft (OAuth 2 client credentials): the app registration, and its secret or certificate.
    tenant_id: str | None = None
    client_id: str | None = None
    client_secret_env: str | None = None
    client_secret_file: Path | None = None
    certificate_file: Path | None = None  # PEM holding the private key and its certificate
    authority_host: str = "https://login.microsoftonline.com"  # or a national cloud's, e.g. login.microsoftonline.us
    # auth: google: a service account's JSON key (domain-wide delegation), or the file `foiabot auth google` wrote.
    key_file: Path | None = None
    refresh_token_file: Path | None = None
    oauth_scope: str | None = None  # default: https://outlook.office365.com/.default, or https://mail.google.com/
    folders: list[str] = Field(default_factory=lambda: ["INBOX"], min_length=1)
    sent_folder: str | None = None
    backfill_days: int = Field(default=30, ge=0)
    idle: bool = True  # use IDLE where the server has it; poll otherwise
    poll_seconds: int = Field(default=60, ge=5)
    batch_size: int = Field(default=200, ge=1, le=5000)
    timeout_seconds: float = Field(default=60.0, gt=0)
    # The inbox belongs to people: foiabot never changes it, unless this names a keyword (IMAP flag without
    # backslash, e.g. "foiabot-seen") to add to each message it has processed.
    add_keyword: str | None = None
    request_pattern: str = DEFAULT_REQUEST_PATTERN

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.security == "ssl" else 143)

    @model_validator(mode="after")
    def _one_secret_source(self) -> InboxSettings:
        problem = _auth_problem(self)
        if problem:
            raise ValueError(problem)
        return self

    @field_validator("authority_host")
    @classmethod
    def _https(cls, host: str) -> str:
        if not host.startswith("https://"):
            raise ValueError("must be an https:// address, e.g. https://login.microsoftonline.com")
        return host

    @field_validator("request_pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            re.compile(pattern)
        except re.error as err:
            raise ValueError(f"not a valid regular expression: {err}") from None
        return pattern


_AUTH_KEYS = {
    "password": {"password_env", "password_file"},
    "microsoft": {"tenant_id", "client_id", "client_secret_env", "client_secret_file", "certificate_file"},
    "google": {"key_file", "refresh_token_file"},
}


def _auth_problem(inbox: InboxSettings) -> str | None:
    """What is missing or contradictory in the sign-in keys, for the chosen `auth`."""
    given = {key for keys in _AUTH_KEYS.values() for key in keys if getattr(inbox, key) is not None}
    stray = sorted(given - _AUTH_KEYS[inbox.auth])
    if stray:
        return f"{', '.join(stray)} not used with auth: {inbox.auth}"
    if inbox.auth == "password" and len(given) != 1:
        return "give exactly one of password_env or password_file"
    if inbox.auth == "microsoft":
        missing = [key for key in ("tenant_id", "client_id") if key not in given]
        if missing:
            return f"auth: microsoft needs {' and '.join(missing)} (from the app registration in Entra ID)"
        if len(given - {"tenant_id", "client_id"}) != 1:
            return "auth: microsoft needs exactly one of client_secret_env, client_secret_file or certificate_file"
    if inbox.auth == "google" and len(given) != 1:
        return "auth: google needs exactly one of key_file (a service account) or refresh_token_file"
    return None


class SlackSettings(_Strict):
    token_env: str | None = "SLACK_BOT_TOKEN"
    token_file: Path | None = None
    base_url: str | None = None  # e.g. https://slack.com/api/ (the default)
    channel: str = Field(min_length=1)
    triage_channel: str = Field(min_length=1)
    console: bool = False  # print alerts to the terminal instead of posting them
    # An app-level token (xapp-...) turns on Socket Mode: the buttons on triage posts and reply alerts work
    # without a public URL. Without it alerts carry no buttons and everything else works the same.
    app_token_env: str | None = None
    # Who may change the register from Slack (place, correct, add, close): Slack user ids (U..., W...) and
    # user-group ids (S..., whose members count, needs usergroups:read). Unset: anyone in the channels.
    editors: list[str] | None = None

    @field_validator("editors")
    @classmethod
    def _slack_ids(cls, ids: list[str] | None) -> list[str] | None:
        if ids is None:
            return None
        if not ids:
            raise ValueError("name at least one Slack user or user-group id, or leave editors out (anyone)")
        bad = [i for i in ids if not _SLACK_ID.fullmatch(i)]
        if bad:
            raise ValueError(f"{bad[0]!r} is not a Slack user id (U0123ABCD, W0123ABCD) nor a user-group id "
                             "(S0123ABCD); a profile's \"Copy member ID\" gives it")
        return ids


class AlertSettings(_Strict):
    sweep_time: dt.time = dt.time(9, 0)  # local time of the daily deadline sweep, working days only
    due_soon: list[int] = Field(default_factory=lambda: [3, 1])  # business days before the due date
    overdue_every: int = Field(default=5, ge=1)  # business days between overdue reminders
    appeal_closing: list[int] = Field(default_factory=lambda: [14, 3])  # days before the appeal window closes
    retry_seconds: int = Field(default=60, ge=5)  # how often queued alerts are retried


class DigestSettings(_Strict):
    """The weekly digest in Slack: the desk, the agencies most behind, and a chart."""

    day: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    time: dt.time = dt.time(9, 0)  # in the team's time zone (`timezone`)
    channel: str | None = None  # default: slack.channel
    chart: bool = True  # needs the files:write scope; without it the digest goes out as text
    agencies: int = Field(default=5, ge=1, le=20)  # how many of the agencies most behind are named


class OcrSettings(_Strict):
    """Scanned letters (a PDF page with no text layer, TIFF, PNG, JPEG) read with Tesseract, when installed."""

    enabled: bool = True
    max_pages: int = Field(default=3, ge=1, le=50)  # of each letter: the decision and numbers are on the first
    seconds_per_message: float = Field(default=30.0, gt=0, le=600)  # for all the scans of one message
    max_megabytes: float = Field(default=20.0, gt=0, le=100)  # larger scans are not read
    dpi: int = Field(default=300, ge=100, le=600)  # PDF pages are drawn at this resolution for Tesseract
    language: str = Field(default="eng", pattern=r"^[a-z_]+(\+[a-z_]+)*$")  # Tesseract's language data


class ClassifySettings(_Strict):
    """How a reply's kind is read, past the phrase families and the agencies' `phrases:`."""

    # The team's own kind model (bench/train_kinds.py --with its corrections --out FILE); default: the packaged one
    kind_model: Path | None = None


class Settings(_Strict):
    timezone: str = "America/New_York"
    database: str = "sqlite:///var/foiabot.db"
    agencies: Path = Path("agencies.yaml")
    jurisdictions: list[Path] = Field(default_factory=list)  # team files overriding/extending the shipped law
    inbox: InboxSettings | None = None
    slack: SlackSettings | None = None
    alerts: AlertSettings = AlertSettings()
    digest: DigestSettings | None = None  # no `digest:` section, no weekly digest
    # An iCalendar file of every open deadline, rewritten by the worker after each change (to publish or subscribe)
    calendar_file: str | None = None
    ocr: OcrSettings = OcrSettings()
    classify: ClassifySettings = ClassifySettings()
    log_format: Literal["text", "json"] = "text"
    log_level: Literal["debug", "info", "warning"] = "info"  # of foiabot's own messages
    # A second `foiabot run` on the same database waits as a standby and takes over within this many seconds of
    # the active worker dying (process killed, host gone, database connection cut).
    standby_takeover_seconds: int = Field(default=30, ge=3, le=3600)
    health_max_age_minutes: int = Field(default=30, ge=1)  # `foiabot health` fails past this since last sync

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {name!r} (use an IANA name like America/New_York)") from None
        return name

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)
