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


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class InboxSettings(_Strict):
    host: str
    port: int | None = Field(default=None, ge=1, le=65535)  # default: 993 for ssl, 143 otherwise
    security: Literal["ssl", "starttls", "none"] = "ssl"
    ca_file: Path | None = None  # extra CA certificate(s) to trust, e.g. a self-signed server
    username: str
    password_env: str | None = None
    password_file: Path | None = None
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
    def _one_password_source(self) -> InboxSettings:
        if (self.password_env is None) == (self.password_file is None):
            raise ValueError("give exactly one of password_env or password_file")
        return self

    @field_validator("request_pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            re.compile(pattern)
        except re.error as err:
            raise ValueError(f"not a valid regular expression: {err}") from None
        return pattern


class SlackSettings(_Strict):
    token_env: str | None = "SLACK_BOT_TOKEN"
    token_file: Path | None = None
    base_url: str | None = None  # e.g. https://slack.com/api/ (the default)
    channel: str = Field(min_length=1)
    triage_channel: str = Field(min_length=1)
    console: bool = False  # print alerts to the terminal instead of posting them


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


class Settings(_Strict):
    timezone: str = "America/New_York"
    database: str = "sqlite:///var/foiabot.db"
    agencies: Path = Path("agencies.yaml")
    jurisdictions: list[Path] = Field(default_factory=list)  # team files overriding/extending the shipped law
    inbox: InboxSettings | None = None
    slack: SlackSettings | None = None
    alerts: AlertSettings = AlertSettings()
    digest: DigestSettings | None = None  # no `digest:` section, no weekly digest
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
