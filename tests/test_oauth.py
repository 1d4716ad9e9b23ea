"""Signing in with OAuth 2 (XOAUTH2): the real MSAL and google-auth get their tokens from a loopback identity
provider (tests/oauth_server.py), and a real Dovecot accepts them through its oauth2 passdb, which asks that
provider whether each token is active. `foiabot run --once` then reads the reply and posts it to Slack."""

from __future__ import annotations

import email
import email.policy
import io
import json
import logging
import os
import stat
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import deskkit
import pytest
from deskkit import DEV, MAIL, Ran
from dovecot import Account, Dovecot, dovecot_missing_reason
from oauth_server import IdentityProvider
from slack_server import TOKEN, FakeSlack

from bot import cli
from bot.auth import GoogleTokens, MicrosoftTokens, TokenSource
from bot.errors import MailboxError
from bot.mailbox import ImapMailbox
from bot.settings import InboxSettings

pytestmark = pytest.mark.imap

SECRET_ENV = "FOIABOT_TEST_CLIENT_SECRET"
TOKEN_ENV = "FOIABOT_TEST_SLACK_TOKEN"
TENANT = "contoso.onmicrosoft.com"
REPLY = "009-ice-ack-otay.eml"  # REQ-004's acknowledgment


@pytest.fixture(scope="module")
def idp() -> Iterator[IdentityProvider]:
    provider = IdentityProvider()
    yield provider
    provider.stop()


@pytest.fixture(scope="module")
def server(idp: IdentityProvider) -> Iterator[Dovecot]:
    reason = dovecot_missing_reason()
    if reason:
        pytest.skip(reason)
    dovecot = Dovecot(introspection_url=idp.introspection_url)
    try:
        dovecot.start()
        yield dovecot
    finally:
        dovecot.cleanup()


@pytest.fixture(autouse=True)
def environment(idp: IdentityProvider, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Trust the provider's self-signed certificate as a team behind a TLS-inspecting proxy would (requests reads
    REQUESTS_CA_BUNDLE); no proxy for 127.0.0.1; logging restored after `run` configured it."""
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(idp.cert_file))
    monkeypatch.setenv(TOKEN_ENV, TOKEN)
    idp.expires_in = 3600
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:], root.level = handlers, level


@dataclass
class Team:
    account: Account
    home: Path
    slack: FakeSlack
    secrets: list[str]  # what must never be shown: client secrets, private keys, refresh tokens

    @property
    def config(self) -> Path:
        return self.home / "foiabot.yaml"

    def configure(self, inbox: dict[str, Any]) -> None:
        deskkit.write_settings(self.config, self.account, self.slack.url, self.home / "foiabot.db",
                               password_env="", token_env=TOKEN_ENV, inbox={"password_env": None, **inbox})

    def foiabot(self, *args: str) -> Ran:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main([*args, "--config", str(self.config)])
        return Ran(code, out.getvalue(), err.getvalue())

    def replies_posted(self) -> list[str]:
        return [str(m.metadata["event_payload"].get("message_id")) for m in self.slack.posted()
                if m.metadata and m.metadata["event_payload"].get("message_id")]


def make_team(server: Dovecot, slack: FakeSlack, home: Path) -> Team:
    account = server.add_account()
    team = Team(account, home, slack, [])
    team.configure({})
    account.append("INBOX", (MAIL / REPLY).read_bytes())
    return team


@pytest.fixture
def team(server: Dovecot, slack: FakeSlack, tmp_path: Path) -> Team:
    return make_team(server, slack, tmp_path)


@pytest.fixture
def refused_team(idp: IdentityProvider, slack: FakeSlack, tmp_path: Path) -> Iterator[Team]:
    """A team on a Dovecot of its own: after a refused login Dovecot makes every later login from the same address
    wait (its auth penalty), which would slow down the tests that come after."""
    dovecot = Dovecot(introspection_url=idp.introspection_url)
    try:
        dovecot.start()
        yield make_team(dovecot, slack, tmp_path)
    finally:
        dovecot.cleanup()


def microsoft(team: Team, idp: IdentityProvider, monkeypatch: pytest.MonkeyPatch, **app: Any) -> dict[str, Any]:
    """An app registration granted the team's mailbox (unless `app` says otherwise), and its settings."""
    secret = "Qx8~" + os.urandom(12).hex()
    monkeypatch.setenv(SECRET_ENV, secret)
    registered = idp.register_app(TENANT, **{"secret": secret, "mailboxes": {team.account.user}, **app})
    team.secrets.append(secret)
    return {"auth": "microsoft", "tenant_id": TENANT, "client_id": registered.client_id,
            "client_secret_env": SECRET_ENV, "authority_host": idp.authority_host}


def google(team: Team, idp: IdentityProvider, delegated: bool = True, known: bool = True) -> dict[str, Any]:
    account = idp.service_account(delegated)
    if known:
        idp.users.add(team.account.user)
    team.secrets.append(json.loads(account.key_file.read_text())["private_key"].splitlines()[1])
    return {"auth": "google", "key_file": str(account.key_file)}


def assert_nothing_secret_shown(ran: Ran, team: Team, idp: IdentityProvider) -> None:
    shown = ran.out + ran.err
    assert "Traceback" not in shown
    for secret in [*team.secrets, *idp.tokens(), *idp.refresh_tokens]:
        assert secret not in shown


def reply_message_id() -> str:
    parsed = email.message_from_bytes((MAIL / REPLY).read_bytes(), policy=email.policy.default)
    return str(parsed["Message-ID"])


def imported(team: Team) -> Team:
    ran = team.foiabot("requests", "import", str(DEV / "requests.yaml"))
    assert ran.code == 0, ran.err
    return team


# -- signing in end to end ---------------------------------------------------------------------------------------


def test_microsoft_app_reads_the_shared_mailbox_it_was_granted(team: Team, idp: IdentityProvider,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    team.configure(microsoft(team, idp, monkeypatch))
    ran = imported(team).foiabot("run", "--once")
    assert ran.code == 0, ran.err
    assert reply_message_id() in team.replies_posted()
    assert "(Microsoft XOAUTH2)" in ran.err
    assert_nothing_secret_shown(ran, team, idp)
    stored = b"".join(path.read_bytes() for path in team.home.glob("foiabot.db*"))
    assert stored and not any(secret.encode() in stored for secret in [*team.secrets, *idp.tokens()])


def test_microsoft_app_signs_in_with_a_certificate_instead_of_a_secret(team: Team, idp: IdentityProvider,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    key, cert = team.home / "key.pem", team.home / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=foiabot",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    (team.home / "app.pem").write_bytes(key.read_bytes() + cert.read_bytes())
    inbox = microsoft(team, idp, monkeypatch, secret=None, certificate=cert.read_bytes())
    del inbox["client_secret_env"]
    team.configure({**inbox, "certificate_file": "app.pem"})
    ran = imported(team).foiabot("run", "--once")
    assert ran.code == 0, ran.err
    assert reply_message_id() in team.replies_posted()

    other = team.home / "other.pem"  # a certificate the app does not know
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=x",
                    "-keyout", str(other), "-out", str(other) + ".crt"], check=True, capture_output=True)
    (team.home / "app.pem").write_bytes(other.read_bytes() + Path(str(other) + ".crt").read_bytes())
    ran = team.foiabot("run", "--once")
    assert ran.code == 1 and "the certificate is not one the app knows" in ran.err
    assert "PRIVATE KEY" not in ran.out + ran.err


def test_google_service_account_reads_the_mailbox_of_the_user_it_acts_for(team: Team, idp: IdentityProvider) -> None:
    team.configure(google(team, idp))
    ran = imported(team).foiabot("run", "--once")
    assert ran.code == 0, ran.err
    assert reply_message_id() in team.replies_posted()
    assert "(Google XOAUTH2)" in ran.err
    assert_nothing_secret_shown(ran, team, idp)


def test_foiabot_auth_google_stores_a_refresh_token_that_signs_in(team: Team, idp: IdentityProvider) -> None:
    client_secrets, client_id, client_secret = idp.client_secrets()
    team.secrets.append(client_secret)
    idp.consenting_user = team.account.user
    out = team.home / "google-token.json"
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    consent = subprocess.Popen(
        [sys.executable, "-m", "bot", "auth", "google", "--client-secrets", str(client_secrets), "--out", str(out),
         "--no-browser"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert consent.stderr is not None
    address = next(line.strip() for line in consent.stderr if line.strip().startswith("http"))
    with urllib.request.urlopen(address, timeout=10) as page:  # the user says yes; Google sends the browser back
        assert b"close this page" in page.read()
    stdout, stderr = consent.communicate(timeout=30)
    assert consent.returncode == 0, stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    stored = json.loads(out.read_text())
    assert stored["type"] == "authorized_user" and stored["client_id"] == client_id
    assert stored["refresh_token"] in idp.refresh_tokens and stored["refresh_token"] not in stdout + stderr

    team.configure({"auth": "google", "refresh_token_file": str(out)})
    ran = imported(team).foiabot("run", "--once")
    assert ran.code == 0, ran.err
    assert reply_message_id() in team.replies_posted()
    assert_nothing_secret_shown(ran, team, idp)


# -- tokens: reused while good, replaced before they expire and when refused ---------------------------------------


def token_source(team: Team, idp: IdentityProvider, monkeypatch: pytest.MonkeyPatch,
                 provider: str) -> tuple[InboxSettings, TokenSource]:
    extra = microsoft(team, idp, monkeypatch) if provider == "microsoft" else google(team, idp)
    settings = InboxSettings.model_validate({"host": team.account.host, "port": team.account.port,
                                             "security": "none", "username": team.account.user, **extra})
    return settings, (MicrosoftTokens(settings) if provider == "microsoft" else GoogleTokens(settings))


def sign_in_twice(settings: InboxSettings, tokens: TokenSource) -> None:
    for _ in range(2):
        with ImapMailbox(settings, tokens) as mailbox:
            [(batch, _checkpoint)] = list(mailbox.fetch_new("INBOX", None))
            assert len(batch) == 1


@pytest.mark.parametrize("provider", ["microsoft", "google"])
@pytest.mark.parametrize(("lifetime", "requests"), [(3600, 1), (120, 2)], ids=["an hour", "two minutes"])
def test_a_token_is_reused_while_good_and_replaced_before_it_expires(
    team: Team, idp: IdentityProvider, monkeypatch: pytest.MonkeyPatch, provider: str, lifetime: int, requests: int
) -> None:
    settings, tokens = token_source(team, idp, monkeypatch, provider)
    idp.expires_in = lifetime
    grants, asked = len(idp.grants), len(idp.introspected)
    sign_in_twice(settings, tokens)
    assert len(idp.grants) - grants == requests
    assert [active for _token, active in idp.introspected[asked:]] == [True, True]  # never refused


@pytest.mark.parametrize("provider", ["microsoft", "google"])
def test_a_token_the_server_refuses_is_replaced_once_and_the_sign_in_goes_on(
    refused_team: Team, idp: IdentityProvider, monkeypatch: pytest.MonkeyPatch, provider: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings, tokens = token_source(refused_team, idp, monkeypatch, provider)
    with ImapMailbox(settings, tokens):
        first = tokens.token()
    idp.revoke(first)  # still good for an hour, as far as the library knows
    asked = len(idp.introspected)
    with caplog.at_level(logging.INFO, "bot.mailbox_connect"), ImapMailbox(settings, tokens) as mailbox:
        assert list(mailbox.fetch_new("INBOX", None))
    second = tokens.token()
    assert second != first
    assert idp.introspected[asked:] == [(first, False), (second, True)]
    assert "refused the" in caplog.text and first not in caplog.text


# -- refusals name what to fix ---------------------------------------------------------------------------------


MICROSOFT_REFUSALS = {
    "wrong tenant": ({"tenant_id": "fabrikam.onmicrosoft.com"}, {}, "tenant fabrikam.onmicrosoft.com is not known"),
    "wrong secret": ({}, {"secret": "another"}, "the client secret is wrong"),
    "consent missing": ({}, {"roles": []}, "IMAP.AccessAsApp permission"),
    "mailbox not granted": ({}, {"mailboxes": set()}, "Add-MailboxPermission -AccessRights FullAccess"),
}


@pytest.mark.parametrize("case", MICROSOFT_REFUSALS, ids=list(MICROSOFT_REFUSALS))
def test_refused_microsoft_sign_in_says_what_to_fix(refused_team: Team, idp: IdentityProvider,
                                                    monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    team = refused_team
    settings, app, expected = MICROSOFT_REFUSALS[case]
    inbox = microsoft(team, idp, monkeypatch, **app)
    team.configure({**inbox, **settings})
    ran = team.foiabot("run", "--once")
    assert ran.code == 1
    assert expected in ran.err
    assert_nothing_secret_shown(ran, team, idp)


def test_refused_google_sign_ins_say_what_to_fix(team: Team, idp: IdentityProvider, tmp_path: Path) -> None:
    team.configure(google(team, idp, delegated=False))
    ran = team.foiabot("run", "--once")
    assert ran.code == 1 and "Domain-wide delegation" in ran.err
    assert_nothing_secret_shown(ran, team, idp)

    team.configure(google(team, idp, known=False) | {"username": "someone@elsewhere.example"})
    ran = team.foiabot("run", "--once")
    assert ran.code == 1 and "someone@elsewhere.example is not a user of the Workspace domain" in ran.err

    revoked = tmp_path / "revoked.json"
    revoked.write_text(json.dumps({"type": "authorized_user", "client_id": "c", "client_secret": "s",
                                   "refresh_token": "1//revoked", "token_uri": f"{idp.http_url}/google/token"}))
    team.configure({"auth": "google", "refresh_token_file": str(revoked)})
    ran = team.foiabot("run", "--once")
    assert ran.code == 1 and "run `foiabot auth google` again" in ran.err
    assert "1//revoked" not in ran.out + ran.err


# -- check-config ------------------------------------------------------------------------------------------------


def test_check_config_names_the_unset_secret_variable_and_the_unreadable_key_file(
    team: Team, idp: IdentityProvider, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    inbox = microsoft(team, idp, monkeypatch)
    monkeypatch.delenv(SECRET_ENV)
    team.configure(inbox)
    ran = team.foiabot("check-config")
    line = _line_of(team.config, "client_secret_env")
    assert ran.code == 2
    assert ran.err.splitlines() == [
        f"{team.config}:{line}: inbox.client_secret_env: environment variable {SECRET_ENV} is not set"]

    team.configure({"auth": "google", "key_file": "missing-key.json"})
    ran = team.foiabot("check-config")
    assert ran.err.splitlines() == [f"{team.config}:{_line_of(team.config, 'key_file')}: inbox.key_file: "
                                    f"cannot read {tmp_path / 'missing-key.json'}: No such file or directory"]

    (tmp_path / "user.json").write_text(json.dumps({"type": "authorized_user"}))
    team.configure({"auth": "google", "key_file": "user.json"})
    ran = team.foiabot("check-config")
    assert ran.err.splitlines() == [f"{team.config}:{_line_of(team.config, 'key_file')}: inbox.key_file: "
                                    f"{tmp_path / 'user.json'} is not a service_account file (its type is "
                                    "'authorized_user')"]


@pytest.mark.parametrize(("inbox", "where", "problem"), [
    ({"auth": "microsoft", "client_id": "x", "client_secret_env": SECRET_ENV}, "inbox",
     "auth: microsoft needs tenant_id (from the app registration in Entra ID)"),
    ({"auth": "microsoft", "tenant_id": "t", "client_id": "x"}, "inbox",
     "auth: microsoft needs exactly one of client_secret_env, client_secret_file or certificate_file"),
    ({"auth": "google"}, "inbox",
     "auth: google needs exactly one of key_file (a service account) or refresh_token_file"),
    ({"auth": "google", "key_file": "k.json", "password_env": "X"}, "inbox",
     "password_env not used with auth: google"),
    ({"auth": "microsoft", "tenant_id": "t", "client_id": "x", "client_secret_env": SECRET_ENV,
      "authority_host": "http://login.example"}, "inbox.authority_host",
     "must be an https:// address, e.g. https://login.microsoftonline.com"),
], ids=["no tenant", "no secret", "no key", "stray password", "plain http authority"])
def test_check_config_refuses_an_incomplete_auth_section(team: Team, inbox: dict[str, Any], where: str,
                                                         problem: str) -> None:
    team.configure(inbox)
    ran = team.foiabot("check-config")
    assert ran.code == 2
    assert ran.err.splitlines() == [f"{team.config}:{_line_of(team.config, where.split('.')[-1])}: {where}: {problem}"]


def _line_of(path: Path, key: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if f'"{key}":' in line)


def test_an_unreachable_identity_provider_is_a_temporary_failure(team: Team, idp: IdentityProvider,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    settings, _tokens = token_source(team, idp, monkeypatch, "microsoft")
    gone = settings.model_copy(update={"authority_host": "https://127.0.0.1:9"})
    with pytest.raises(MailboxError) as caught:
        ImapMailbox(gone, MicrosoftTokens(gone)).connect()
    assert not caught.value.permanent
    assert "cannot get a token from https://127.0.0.1:9" in str(caught.value)


def test_requests_discover_reads_the_sent_folder_through_the_same_sign_in(team: Team, idp: IdentityProvider,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    team.configure(microsoft(team, idp, monkeypatch))
    asked = len(idp.introspected)
    ran = imported(team).foiabot("requests", "discover")
    assert ran.code == 0, ran.err
    assert [active for _token, active in idp.introspected[asked:]] == [True]
    assert_nothing_secret_shown(ran, team, idp)
