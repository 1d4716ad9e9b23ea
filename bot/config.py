"""Configuration: loads and validates the settings, the law (jurisdictions) and the agencies.

The one place that knows file formats. Every mistake is reported as `FILE:LINE: key: what is wrong`, all of
them at once, through ConfigError; nothing here prints or logs a secret.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import ErrorDetails

from bot.classify import model as kind_model
from bot.errors import ConfigError
from bot.parse import ocr
from bot.rules import Agency, Jurisdiction
from bot.settings import Settings
from bot.slack_ids import USER_ID

SHIPPED_JURISDICTIONS = Path(__file__).resolve().parent / "data" / "jurisdictions.yaml"


@dataclass(frozen=True)
class Document:
    """A parsed YAML file with the node tree kept, so that errors can name a line."""

    path: Path
    data: Any
    root: yaml.Node | None

    def line_of(self, loc: Iterable[str | int]) -> int:
        node, line = self.root, 1
        for part in loc:
            if node is None:
                break
            line = node.start_mark.line + 1
            node = _child(node, part)
        if node is not None:
            line = node.start_mark.line + 1
        return line

    def problem(self, loc: Iterable[str | int], message: str) -> str:
        loc = list(loc)
        key = ".".join(str(p) for p in loc) or "(top)"
        return f"{self.path}:{self.line_of(loc)}: {key}: {message}"


def _child(node: yaml.Node, part: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == str(part):
                return key if value is None else value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return node.value[part]
    return None


def read_yaml(path: Path) -> Document:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([f"{path}: file not found"]) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError([f"{path}: cannot read: {err}"]) from None
    try:
        root, data = _load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        what = getattr(err, "problem", None) or str(err)
        raise ConfigError([f"{path}:{line}: (syntax): YAML syntax error: {what}"]) from None
    doc = Document(path, data, root)
    problems = [doc.problem(loc, f"empty: `#` starts a YAML comment; quote the value: {key}: \"{comment}\"")
                for loc, key, comment in _commented_out(root, text.splitlines())]
    if problems:
        raise ConfigError(problems)
    return doc


# `channel: #foia` is a key with no value and a comment: the value meant was the comment.
_COMMENT_VALUE = re.compile(r":\s+(#\w[^\s#]*)\s*$")


def _commented_out(node: yaml.Node | None, lines: list[str],
                   loc: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str, str]]:
    """Keys whose value is empty while their line ends in a comment that looks like a value (`#foia`)."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            here = (*loc, key.value)
            if isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null") and value.value == "":
                found = _COMMENT_VALUE.search(lines[key.start_mark.line][key.end_mark.column:])
                if found:
                    yield here, key.value, found.group(1)
            yield from _commented_out(value, lines, here)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _commented_out(item, lines, (*loc, i))


# libyaml where it is installed (PyYAML's wheels carry it): the shipped law loads in 0.02 s instead of 0.09 s.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LOADER(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """Reads `2026-24-12` as the text it is, not as a crash: validation then names its file and line."""


def _timestamp(loader: Any, node: yaml.ScalarNode) -> Any:
    try:
        return _BASE_LOADER.construct_yaml_timestamp(loader, node)
    except ValueError:
        return node.value


_LOADER.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _load(text: str) -> tuple[yaml.Node | None, Any]:
    """The node tree (for line numbers) and the data, from one parse."""
    loader = _LOADER(text)
    try:
        root = loader.get_single_node()
        return root, (loader.construct_document(root) if root is not None else None)
    finally:
        loader.dispose()


def validation_problems(doc: Document, err: ValidationError, prefix: tuple[str | int, ...] = ()) -> list[str]:
    problems = []
    for e in err.errors():
        loc = prefix + tuple(p for p in e["loc"] if not str(p).startswith("function-"))
        problems.append(doc.problem(loc, _message(e)))
    return problems


def _message(error: ErrorDetails) -> str:
    return "unknown key" if error["type"] == "extra_forbidden" else error["msg"].removeprefix("Value error, ")


def _expect_mapping(doc: Document, key: str | None) -> Mapping[str, Any]:
    data = doc.data if key is None else (doc.data or {}).get(key) if isinstance(doc.data, dict) else None
    if not isinstance(data, dict):
        where = key or "(top)"
        raise ConfigError([doc.problem([key] if key else [], f"expected a mapping at {where}")])
    return data


# ---------------------------------------------------------------------------------------------- the law


def load_jurisdictions(extra: Iterable[Path] = ()) -> dict[str, Jurisdiction]:
    """The shipped law, then each team file on top: known codes overridden key by key, new ones added."""
    merged: dict[str, dict[str, Any]] = {}
    docs: dict[str, Document] = {}
    for path in [SHIPPED_JURISDICTIONS, *extra]:
        doc = read_yaml(path)
        for code, entry in _expect_mapping(doc, "jurisdictions").items():
            if not isinstance(entry, dict):
                raise ConfigError([doc.problem(["jurisdictions", code], "expected a mapping")])
            merged[code] = _deep_merge(merged.get(code, {}), entry)
            docs[code] = doc
    result, problems = {}, []
    for code, entry in merged.items():
        problems += _holiday_problems(docs[code], code, entry)
        try:
            result[code] = Jurisdiction.model_validate({"code": code, **entry})
        except ValidationError as err:
            problems += validation_problems(docs[code], err, ("jurisdictions", code))
    if problems:
        raise ConfigError(problems)
    return result


def _holiday_problems(doc: Document, code: str, entry: dict[str, Any]) -> list[str]:
    """Office closures as ISO dates (YAML's own dates taken as such); each that is not a day, by its line."""
    spec = entry.get("holidays")
    if not isinstance(spec, dict):
        return []
    problems = []
    for key in ("add", "remove"):
        days = spec.get(key)
        if not isinstance(days, list):
            continue
        spec[key] = [d.isoformat() if isinstance(d, dt.date) else d for d in days]
        for i, day in enumerate(spec[key]):
            try:
                dt.date.fromisoformat(str(day))
            except ValueError:
                problems.append(doc.problem(("jurisdictions", code, "holidays", key, i),
                                            f"not a date: {day!r} (use YYYY-MM-DD)"))
    return problems


def _deep_merge(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


# ------------------------------------------------------------------------------------------- agencies


def load_agencies(path: Path, jurisdictions: Mapping[str, Jurisdiction]) -> dict[str, Agency]:
    doc = read_yaml(path)
    entries = (doc.data or {}).get("agencies") if isinstance(doc.data, dict) else None
    if not isinstance(entries, list):
        raise ConfigError([doc.problem(["agencies"], "expected a list of agencies under `agencies:`")])
    agencies: dict[str, Agency] = {}
    problems: list[str] = []
    for i, entry in enumerate(entries):
        try:
            agency = Agency.model_validate(entry)
        except ValidationError as err:
            problems += validation_problems(doc, err, ("agencies", i))
            continue
        if agency.jurisdiction not in jurisdictions:
            problems.append(doc.problem(("agencies", i, "jurisdiction"),
                                        f"unknown jurisdiction {agency.jurisdiction!r} (use US, US-CA, ...)"))
        if agency.id in agencies:
            problems.append(doc.problem(("agencies", i, "id"), f"duplicate agency id {agency.id!r}"))
        problems += [doc.problem(("agencies", i, "phrases", k), f"unknown reply kind {k!r}")
                     for k in agency.phrases if k not in _KINDS]
        agencies[agency.id] = agency
    if problems:
        raise ConfigError(problems)
    return agencies


_KINDS = {
    "acknowledgment", "extension", "fee_estimate", "clarification", "records_interim", "records_final",
    "no_records", "denial", "portal_notice", "auto_reply", "bounce", "other",
}


# ------------------------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Config:
    path: Path
    settings: Settings
    jurisdictions: dict[str, Jurisdiction]
    agencies: dict[str, Agency]

    @property
    def database_url(self) -> str:
        return resolve_database_url(self.settings.database, self.path.parent)


def resolve_database_url(url: str, base: Path) -> str:
    """sqlite:///relative/path is relative to the settings file; other URLs are used as they are."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite:///:memory:":
        return prefix + str((base / url[len(prefix):]).resolve())
    return url


def load_settings(path: Path) -> Settings:
    doc = read_yaml(path)
    data = _expect_mapping(doc, None)
    inline = isinstance(data.get("jurisdictions"), dict)
    if inline:
        # `jurisdictions: {US-NY: {...}}` in the settings: the settings file is itself the team's law file.
        data = {**data, "jurisdictions": []}
    try:
        settings = Settings.model_validate(data)
    except ValidationError as err:
        raise ConfigError(validation_problems(doc, err)) from None
    base = path.parent
    inbox, slack = settings.inbox, settings.slack
    if inbox is not None:
        inbox = inbox.model_copy(update={key: base / getattr(inbox, key) for key in _INBOX_FILES
                                         if getattr(inbox, key) is not None})
    own_model = settings.classify.kind_model and base / settings.classify.kind_model
    _use_kind_model(doc, own_model)
    return settings.model_copy(update={
        "agencies": base / settings.agencies,
        "jurisdictions": [path] if inline else [base / p for p in settings.jurisdictions],
        "inbox": inbox,
        "slack": slack and slack.model_copy(update={"token_file": slack.token_file and base / slack.token_file}),
        "classify": settings.classify.model_copy(update={"kind_model": own_model}),
    })


def _use_kind_model(doc: Document, path: Path | None) -> None:
    """The classifier scores with the team's model from here on, for every command that read these settings
    (replay included); a file that is not one stops the start, as any other bad setting does."""
    try:
        kind_model.use(path)
    except ValueError as err:
        raise ConfigError([doc.problem(["classify", "kind_model"], str(err))]) from None


# The sign-in files are relative to the settings file, like every other path in it.
_INBOX_FILES = ("password_file", "client_secret_file", "certificate_file", "key_file", "refresh_token_file")
_KEY_KINDS = {"key_file": "service_account", "refresh_token_file": "authorized_user"}


def check_sign_in(config: Config) -> None:
    """Every secret the settings name, against this machine: the variables are set and the files readable (never
    printed); the OAuth key files are of the right kind. Each problem as `FILE:LINE: KEY: problem`; nothing is
    asked over the network."""
    doc = read_yaml(config.path)
    problems = _password_problems(doc, config.settings) + _sign_in_problems(doc, config.settings)
    if problems:
        raise ConfigError(problems)


def _password_problems(doc: Document, settings: Settings) -> list[str]:
    problems = []
    inbox, slack = settings.inbox, settings.slack
    if inbox is not None and inbox.auth == "password":
        key = "password_env" if inbox.password_env else "password_file"
        problems += _secret_problem(doc, ("inbox", key), inbox.password_env, inbox.password_file)
    if slack is not None and not slack.console:
        key = "token_file" if slack.token_file else "token_env"
        problems += _secret_problem(doc, ("slack", key), None if slack.token_file else slack.token_env,
                                    slack.token_file)
    return problems


def _secret_problem(doc: Document, loc: tuple[str, str], env: str | None, file: Path | None) -> list[str]:
    try:
        read_secret(env, file, "")
    except ConfigError as err:
        return [doc.problem(loc, p.removeprefix(": ")) for p in err.problems]
    return []


def _sign_in_problems(doc: Document, settings: Settings) -> list[str]:
    from bot.auth import microsoft_credential, read_key
    from bot.errors import MailboxError

    inbox = settings.inbox
    if inbox is None or inbox.auth == "password":
        return []
    problems = []
    for key in ("client_secret_env", "client_secret_file", "certificate_file", "key_file", "refresh_token_file"):
        value = getattr(inbox, key)
        if value is None:
            continue
        try:
            if key in _KEY_KINDS:
                read_key(value, _KEY_KINDS[key], f"inbox.{key}")
            else:
                microsoft_credential(inbox)
        except (ConfigError, MailboxError) as err:
            text = str(err).removeprefix("inbox client secret: ").replace(f"inbox.{key} ", "")
            problems.append(doc.problem(["inbox", key], text))
    return problems


def load_config(path: Path) -> Config:
    """Settings, law and agencies, all validated, in that order (each needs the one before it): every problem
    of the first file that has any is reported at once."""
    settings = load_settings(path)
    ocr.configure(settings.ocr)
    jurisdictions = load_jurisdictions(settings.jurisdictions)
    agencies = load_agencies(settings.agencies, jurisdictions)
    return Config(path, settings, jurisdictions, agencies)


def read_secret(env: str | None, file: Path | None, what: str) -> str:
    """A password or token from the environment or a file. The error names where it looked, never a value."""
    if env:
        value = os.environ.get(env)
        if not value:
            raise ConfigError([f"{what}: environment variable {env} is not set"])
        return value
    if file:
        try:
            value = file.read_text(encoding="utf-8").strip()
        except OSError as err:
            raise ConfigError([f"{what}: cannot read secret file {file}: {err.strerror}"]) from None
        if not value:
            raise ConfigError([f"{what}: secret file {file} is empty"])
        return value
    raise ConfigError([f"{what}: no secret configured"])


# ------------------------------------------------------------------------------------------- requests


class RequestEntry(BaseModel):
    """One row of a requests file (YAML or CSV), the format of the request register's import."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    agency: str
    subject: str
    sent: dt.date
    message_id: str | None = None
    reply_address: str | None = None
    tracking_number: str | None = None
    description: str = ""
    owner: str | None = None  # who answers for the request: a Slack user id, or an email Slack knows

    @field_validator("message_id", "reply_address", "tracking_number", "owner", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        return None if value == "" else value

    @field_validator("sent", mode="before")
    @classmethod
    def _spreadsheet_date(cls, value: Any) -> Any:
        return parse_date(value) if isinstance(value, str) else value

    @field_validator("owner")
    @classmethod
    def _owner(cls, value: str | None) -> str | None:
        return None if value is None else parse_owner(value)


_EMAIL = re.compile(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+")


def parse_owner(value: str) -> str:
    """A request's owner as the register keeps it: a Slack user id (U0123ABCD), or an email address that Slack
    looks up once. Raises ValueError with what is expected."""
    value = value.strip()
    if USER_ID.fullmatch(value):
        return value
    if _EMAIL.fullmatch(value):
        return value.lower()
    raise ValueError(f"owner {value!r} is neither a Slack user id (like U0123ABCD) nor an email address")


DATE_FORMS = "YYYY-MM-DD, MM/DD/YYYY or M/D/YY"
# What spreadsheets write when a US-locale cell holds a date; ISO first, as the files foiabot writes use it.
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y")


def parse_date(text: str) -> dt.date:
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r} (use {DATE_FORMS})")


def _unknown_agency(name: str, agencies: Mapping[str, Agency]) -> str:
    return f"unknown agency {name!r} (known: {', '.join(sorted(agencies)) or 'none'})"


def load_requests_file(path: Path, agencies: Mapping[str, Agency]) -> list[RequestEntry]:
    if path.suffix.lower() == ".csv":
        return _load_requests_csv(path, agencies)
    doc = read_yaml(path)
    rows = (doc.data or {}).get("requests") if isinstance(doc.data, dict) else None
    if not isinstance(rows, list):
        raise ConfigError([doc.problem(["requests"], "expected a list of requests under `requests:`")])
    entries, problems = [], []
    for i, row in enumerate(rows):
        try:
            entry = RequestEntry.model_validate(row)
        except ValidationError as err:
            problems += validation_problems(doc, err, ("requests", i))
            continue
        if entry.agency not in agencies:
            problems.append(doc.problem(("requests", i, "agency"), _unknown_agency(entry.agency, agencies)))
        entries.append(entry)
    if problems:
        raise ConfigError(problems)
    return entries


def _load_requests_csv(path: Path, agencies: Mapping[str, Agency]) -> list[RequestEntry]:
    try:
        # utf-8-sig: Excel's "CSV UTF-8" starts with a byte-order mark, which would otherwise join the first key.
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            # The line where each record ends: a quoted field may span lines, so counting rows is not enough.
            rows = [(reader.line_num, row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ConfigError([f"{path}: cannot read: {err}"]) from None
    entries, problems = [], []
    for line, row in rows:
        try:
            entry = RequestEntry.model_validate(row)
        except ValidationError as err:
            problems += [f"{path}:{line}: {'.'.join(map(str, e['loc']))}: {_message(e)}" for e in err.errors()]
            continue
        if entry.agency not in agencies:
            problems.append(f"{path}:{line}: agency: {_unknown_agency(entry.agency, agencies)}")
        entries.append(entry)
    if problems:
        raise ConfigError(problems)
    return entries
