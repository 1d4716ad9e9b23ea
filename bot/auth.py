"""Signing in to the inbox (I/O edge): the password, or an OAuth 2 access token for IMAP's XOAUTH2.

Tokens come from Microsoft Entra ID (MSAL, the client-credentials flow of an app registration) or from Google
(google-auth: a service account with domain-wide delegation, or the refresh token `foiabot auth google` stored).
A token is fetched again shortly before it expires, and at once when the server refused it (`token(fresh=True)`).
Nothing here logs, prints or stores a token or a secret: errors say what to fix, in the user's terms.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import secrets
import time
import urllib.parse
from abc import ABC, abstractmethod
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

from bot.config import read_secret
from bot.errors import FoiabotError, MailboxError
from bot.settings import InboxSettings

log = logging.getLogger(__name__)

MICROSOFT_SCOPE = "https://outlook.office365.com/.default"
GOOGLE_SCOPE = "https://mail.google.com/"
IMAP_ROLE = "IMAP.AccessAsApp"
# Microsoft's answers by AADSTS code: what the team has to change.
_AADSTS = {
    "AADSTS90002": "tenant {tenant} does not exist: check inbox.tenant_id (the Directory (tenant) ID of the app)",
    "AADSTS900023": "{tenant} is not a valid tenant: check inbox.tenant_id",
    "AADSTS700016": "no app with client ID {client} in tenant {tenant}: check inbox.client_id and inbox.tenant_id",
    "AADSTS7000215": "the client secret is wrong: use the secret's Value (not its Secret ID) from the app's "
                     "Certificates & secrets page",
    "AADSTS7000222": "the client secret has expired: add a new one under the app's Certificates & secrets",
    "AADSTS700027": "the certificate is not one the app knows: upload it under the app's Certificates & secrets",
    "AADSTS700024": "the signed assertion is out of date: check this machine's clock",
    "AADSTS1002012": "the scope {scope} is not valid: leave inbox.oauth_scope unset for Exchange Online",
}


class TokenSource(ABC):
    """Access tokens for one mailbox. `token()` may reuse a token that is still good for a few minutes."""

    provider: str

    @abstractmethod
    def token(self, fresh: bool = False) -> str:
        """An access token; `fresh` fetches a new one even if the last one has not expired."""

    @abstractmethod
    def refused(self, token: str) -> str:
        """What to check when the IMAP server refused `token`, which the provider had just issued."""


def sign_in(inbox: InboxSettings) -> str | TokenSource:
    """The password, or where the tokens come from. Reads secrets now, so a missing one stops the start."""
    if inbox.auth == "microsoft":
        return MicrosoftTokens(inbox)
    if inbox.auth == "google":
        return GoogleTokens(inbox)
    return read_secret(inbox.password_env, inbox.password_file, "inbox password")


# -- Microsoft 365 ------------------------------------------------------------------------------------


class MicrosoftTokens(TokenSource):
    """The client-credentials flow: the app's own token for `https://outlook.office365.com/.default`, which
    Exchange accepts for every mailbox the app's service principal was granted."""

    provider = "Microsoft"

    def __init__(self, inbox: InboxSettings) -> None:
        self.inbox = inbox
        self.scope = inbox.oauth_scope or MICROSOFT_SCOPE
        self._credential = microsoft_credential(inbox)
        self._app: Any = None

    @property
    def authority(self) -> str:
        return f"{self.inbox.authority_host.rstrip('/')}/{self.inbox.tenant_id}"

    def token(self, fresh: bool = False) -> str:
        import requests

        if fresh or self._app is None:
            self._app = self._application()  # a new application starts with an empty token cache
        try:
            # MSAL answers from its cache until 5 minutes before the token expires, then asks for a new one.
            result = self._app.acquire_token_for_client(scopes=[self.scope])
        except (requests.RequestException, OSError, ValueError) as err:  # ValueError: an answer that is not JSON
            raise self._unreachable(err) from None
        if "access_token" not in result:
            raise self._refusal(result)
        return str(result["access_token"])

    def _application(self) -> Any:
        import msal
        import requests

        try:
            return msal.ConfidentialClientApplication(
                self.inbox.client_id, client_credential=self._credential, authority=self.authority,
                # Instance discovery asks login.microsoftonline.com about the host; the tenant's own
                # OpenID configuration is asked either way, and a national cloud's host needs no blessing.
                instance_discovery=False, timeout=self.inbox.timeout_seconds,
            )
        except ValueError as err:
            # MSAL's words when the tenant's OpenID configuration is refused (HTTP 400 for an unknown tenant).
            if "Unable to get authority configuration" in str(err):
                raise MailboxError(f"Microsoft sign-in: tenant {self.inbox.tenant_id} is not known at "
                                   f"{self.inbox.authority_host}: check inbox.tenant_id", permanent=True) from None
            raise MailboxError(f"Microsoft sign-in: {self.authority} is not a usable authority: check "
                               "inbox.authority_host and inbox.tenant_id", permanent=True) from None
        except (requests.RequestException, OSError) as err:
            raise self._unreachable(err) from None

    def _unreachable(self, err: BaseException) -> MailboxError:
        name = type(err).__name__
        return MailboxError(f"Microsoft sign-in: cannot get a token from {self.inbox.authority_host} ({name})")

    def _refusal(self, result: dict[str, Any]) -> MailboxError:
        description = str(result.get("error_description") or "")
        code = description.split(":", 1)[0] if description.startswith("AADSTS") else ""
        hint = _AADSTS.get(code)
        if hint:
            what = hint.format(tenant=self.inbox.tenant_id, client=self.inbox.client_id, scope=self.scope)
        else:
            what = f"{result.get('error', 'refused')}: {description.splitlines()[0] if description else ''}"
        temporary = result.get("error") in ("temporarily_unavailable", "server_error")
        return MailboxError(f"Microsoft sign-in refused ({code or result.get('error')}): {what}",
                            permanent=not temporary)

    def refused(self, token: str) -> str:
        roles = _claims(token).get("roles")
        if isinstance(roles, list) and IMAP_ROLE not in roles:
            return (f"the app's token does not carry the {IMAP_ROLE} permission: in Entra ID, add it under API "
                    "permissions (Office 365 Exchange Online, application permission) and grant admin consent")
        return (f"Exchange did not let the app open {self.inbox.username}: register the app's service principal "
                "in Exchange Online (New-ServicePrincipal) and give it access to the mailbox "
                "(Add-MailboxPermission -AccessRights FullAccess); changes can take 30 minutes to apply")


def microsoft_credential(inbox: InboxSettings) -> str | dict[str, str]:
    """The client secret, or the certificate as MSAL takes it (private key and SHA-1 thumbprint)."""
    if inbox.certificate_file is None:
        return read_secret(inbox.client_secret_env, inbox.client_secret_file, "inbox client secret")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    path = inbox.certificate_file
    try:
        pem = path.read_bytes()
        certificate = x509.load_pem_x509_certificate(pem)
    except OSError as err:
        raise MailboxError(f"cannot read inbox.certificate_file {path}: {err.strerror}", permanent=True) from None
    except ValueError:
        raise MailboxError(f"inbox.certificate_file {path} holds no PEM certificate", permanent=True) from None
    if b"PRIVATE KEY-----" not in pem:
        raise MailboxError(f"inbox.certificate_file {path} holds no private key", permanent=True)
    thumbprint = certificate.fingerprint(hashes.SHA1()).hex()  # the thumbprint Entra ID shows: SHA-1 by design
    return {"private_key": pem.decode("ascii"), "thumbprint": thumbprint}


def _claims(token: str) -> dict[str, Any]:
    """The claims of a JWT access token, unverified: only read to explain a refusal, never trusted."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError, binascii.Error):
        return {}
    return claims if isinstance(claims, dict) else {}


# -- Google ------------------------------------------------------------------------------------------


class GoogleTokens(TokenSource):
    """A service account acting as `username` (domain-wide delegation), or one user's refresh token."""

    provider = "Google"

    def __init__(self, inbox: InboxSettings) -> None:
        self.inbox = inbox
        self.scope = inbox.oauth_scope or GOOGLE_SCOPE
        self._credentials = self._load()

    def _load(self) -> Any:
        if self.inbox.key_file is not None:
            from google.oauth2 import service_account

            info = read_key(self.inbox.key_file, "service_account", "inbox.key_file")
            return service_account.Credentials.from_service_account_info(
                info, scopes=[self.scope], subject=self.inbox.username)
        from google.oauth2 import credentials

        assert self.inbox.refresh_token_file is not None
        info = read_key(self.inbox.refresh_token_file, "authorized_user", "inbox.refresh_token_file")
        # Built directly: from_authorized_user_info always uses Google's public token endpoint, not the file's.
        return credentials.Credentials(None, refresh_token=info["refresh_token"], client_id=info["client_id"],
                                       client_secret=info["client_secret"], scopes=[self.scope],
                                       token_uri=info.get("token_uri") or "https://oauth2.googleapis.com/token")

    def token(self, fresh: bool = False) -> str:
        from google.auth.exceptions import RefreshError, TransportError
        from google.auth.transport.requests import Request

        # `valid` turns false a few minutes before the expiry Google gave, so a token is never used to the edge.
        if fresh or not self._credentials.valid:
            try:
                self._credentials.refresh(Request())
            except RefreshError as err:
                raise self._refusal(err) from None
            except TransportError as err:
                raise MailboxError(f"Google sign-in: cannot get a token ({type(err.__cause__ or err).__name__})"
                                   ) from None
        return str(self._credentials.token)

    def _refusal(self, err: Exception) -> MailboxError:
        text = str(err.args[0]) if err.args else str(err)
        service = self.inbox.key_file is not None
        if text.startswith("unauthorized_client"):
            client = getattr(self._credentials, "service_account_email", "the service account")
            what = (f"domain-wide delegation is not set up for {client}: in the Google Admin console (Security > "
                    f"API controls > Domain-wide delegation) add its client ID with the scope {self.scope}")
        elif "Invalid email or User ID" in text:
            what = f"{self.inbox.username} is not a user of the Workspace domain: check inbox.username"
        elif "Invalid JWT Signature" in text or "invalid_client" in text:
            what = "the service account key was deleted or disabled: create a new key and point inbox.key_file at it"
        elif not service and text.startswith("invalid_grant"):
            what = ("the refresh token was revoked or has expired: run `foiabot auth google` again "
                    "(tokens of apps in Testing status last 7 days)")
        else:
            what = text.split("\n")[0][:200]
        temporary = bool(getattr(err, "retryable", False))
        return MailboxError(f"Google sign-in refused: {what}", permanent=not temporary)

    def refused(self, token: str) -> str:
        return (f"Gmail refused the token for {self.inbox.username}: check that IMAP access is on for that user "
                "(Gmail settings, and the Admin console for Workspace) and that the token was issued for "
                f"{self.inbox.username} with the scope {self.scope}")


def read_key(path: Path, kind: str, key: str) -> dict[str, Any]:
    """A google-auth JSON file of the given `type`, with the fields it needs; errors name the key to fix."""
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise MailboxError(f"cannot read {key} {path}: {err.strerror}", permanent=True) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise MailboxError(f"{key} {path} is not a JSON key file", permanent=True) from None
    needs = {"service_account": ("client_email", "private_key", "token_uri"),
             "authorized_user": ("client_id", "client_secret", "refresh_token")}[kind]
    if not isinstance(info, dict) or info.get("type") != kind:
        found = info.get("type") if isinstance(info, dict) else None
        raise MailboxError(f"{key} {path} is not a {kind} file (its type is {found!r})", permanent=True)
    missing = [field for field in needs if not info.get(field)]
    if missing:
        raise MailboxError(f"{key} {path} lacks {', '.join(missing)}", permanent=True)
    return info


# -- `foiabot auth google`: one user's consent, for a team without Workspace admin rights ----------------------


def google_consent(client_secrets: Path, out: Path, show: Callable[[str], None], timeout: float = 600) -> None:
    """The installed-app flow (loopback redirect with PKCE): `show` the consent address, wait for Google to send
    the browser back to 127.0.0.1, trade the code for a refresh token and store it in `out` (mode 0600)."""
    client = _installed_client(client_secrets)
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(16)
    with _Redirect() as redirect:
        show(client["auth_uri"] + "?" + urllib.parse.urlencode({
            "client_id": client["client_id"], "redirect_uri": redirect.uri, "response_type": "code",
            "scope": GOOGLE_SCOPE, "access_type": "offline", "prompt": "consent", "state": state,
            "code_challenge": challenge, "code_challenge_method": "S256"}))
        answer = redirect.wait(timeout)
    if answer.get("state") != state or "code" not in answer:
        why = "no answer in time" if not answer else answer.get("error") or "the answer did not match the request"
        raise FoiabotError(f"Google consent did not complete ({why}); run `foiabot auth google` again")
    refresh = _trade_code(client, answer["code"], verifier, redirect.uri)
    _write_private(out, {"type": "authorized_user", "client_id": client["client_id"],
                         "client_secret": client["client_secret"], "refresh_token": refresh,
                         "token_uri": client["token_uri"]})


def _installed_client(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise FoiabotError(f"cannot read {path}: {err.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise FoiabotError(f"{path} is not a client secrets JSON file") from None
    client = data.get("installed") if isinstance(data, dict) else None
    needs = ("client_id", "client_secret", "auth_uri", "token_uri")
    if not isinstance(client, dict) or not all(client.get(key) for key in needs):
        raise FoiabotError(f"{path} is not the client secrets of a Desktop app (OAuth client type \"Desktop app\" "
                           "in the Google Cloud console)")
    return {key: str(client[key]) for key in needs}


def _trade_code(client: dict[str, str], code: str, verifier: str, redirect_uri: str) -> str:
    import requests

    form = {"code": code, "client_id": client["client_id"], "client_secret": client["client_secret"],
            "redirect_uri": redirect_uri, "grant_type": "authorization_code", "code_verifier": verifier}
    try:
        answer = requests.post(client["token_uri"], data=form, timeout=60)
        body = answer.json()
    except (requests.RequestException, ValueError) as err:
        raise FoiabotError(f"Google did not answer the token request ({type(err).__name__})") from None
    if not isinstance(body, dict) or not body.get("refresh_token"):
        error = body.get("error", answer.status_code) if isinstance(body, dict) else answer.status_code
        raise FoiabotError(f"Google gave no refresh token ({error}); run `foiabot auth google` again")
    return str(body["refresh_token"])


def _write_private(path: Path, data: dict[str, str]) -> None:
    """Written beside its final name with mode 0600 from the start, then renamed over it: never readable by others,
    never half-written."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(temporary, path)
    except OSError as err:
        temporary.unlink(missing_ok=True)
        raise FoiabotError(f"cannot write {path}: {err.strerror}") from None


class _Redirect:
    """The loopback address Google sends the browser back to, with the code in its query."""

    def __init__(self) -> None:
        answers: list[dict[str, str]] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                answers.append(dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query)))
                body = b"foiabot has what it needs; you can close this page."
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the query holds the code

        self.answers = answers
        self.server = HTTPServer(("127.0.0.1", 0), Handler)

    @property
    def uri(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def wait(self, timeout: float) -> dict[str, str]:
        deadline = time.monotonic() + timeout
        while not any("code" in a or "error" in a for a in self.answers) and time.monotonic() < deadline:
            self.server.timeout = max(0.1, deadline - time.monotonic())
            self.server.handle_request()  # the browser may ask for /favicon.ico first
        return next((a for a in self.answers if "code" in a or "error" in a), {})

    def __enter__(self) -> _Redirect:
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.server_close()
