"""A loopback stand-in for the identity providers foiabot signs in with, and for the token check Dovecot makes.

- Microsoft Entra ID, over HTTPS (a self-signed certificate for 127.0.0.1, `cert_file`): each tenant's OpenID
  configuration and v2.0 token endpoint; the client-credentials grant with a client secret or a certificate
  (a signed client assertion); refusals carry AADSTS codes as Entra ID's do. Tokens are JWTs whose `roles`
  claim holds the application permissions the app was granted with admin consent.
- Google, over HTTP: the token endpoint a service account's key file names in `token_uri` (JWT-bearer grant,
  signature checked with the account's public key, `sub` the user acted for), the refresh-token and
  authorization-code grants, and a consent page that sends the browser back to the app's loopback address.
- RFC 7662 token introspection for Dovecot's oauth2 passdb (`introspection_url`): a token is active while it is
  issued, unexpired and unrevoked; a Microsoft app token opens only a mailbox its app was granted and only if it
  carries IMAP.AccessAsApp (Exchange checks both at login).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import ssl
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

HOST = "127.0.0.1"
IMAP_ROLE = "IMAP.AccessAsApp"
JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
GOOGLE_AUDIENCE = "https://oauth2.googleapis.com/token"  # what google-auth's assertions name, wherever they go


@dataclass
class App:
    """An app registration in a tenant, with what an admin granted it."""

    client_id: str
    secret: str | None = None
    certificate: bytes | None = None  # PEM, when the app signs in with a certificate
    roles: list[str] = field(default_factory=lambda: [IMAP_ROLE])  # consented application permissions
    mailboxes: set[str] = field(default_factory=set)  # Add-MailboxPermission ... -AccessRights FullAccess


@dataclass
class ServiceAccount:
    email: str
    key_file: Path
    public_key: bytes
    delegated: bool = True  # domain-wide delegation with the Gmail scope


@dataclass
class Issued:
    mailbox: str | None  # the user a Google token acts for; None for a Microsoft app token
    app: App | None
    expires: float
    revoked: bool = False


class IdentityProvider:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="foiabot-idp-"))
        self.lock = threading.Lock()
        self.expires_in = 3600
        self.tenants: dict[str, dict[str, App]] = {}
        self.service_accounts: dict[str, ServiceAccount] = {}
        self.users: set[str] = set()  # Workspace users a service account may act for
        self.refresh_tokens: dict[str, str] = {}  # refresh token -> user
        self.codes: dict[str, tuple[str, str]] = {}  # authorization code -> (user, PKCE challenge)
        self.consenting_user = ""
        self.issued: dict[str, Issued] = {}
        self.grants: list[str] = []  # grant_type of each token request that got a token
        self.introspected: list[tuple[str, bool]] = []  # (token, active) for each question Dovecot asked
        self.cert_file = self.root / "idp-cert.pem"
        self._make_certificate()
        self.http = ThreadingHTTPServer((HOST, 0), _handler(self))
        self.https = ThreadingHTTPServer((HOST, 0), _handler(self))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.root / "idp-key.pem")
        self.https.socket = context.wrap_socket(self.https.socket, server_side=True)
        for server in (self.http, self.https):
            threading.Thread(target=server.serve_forever, daemon=True).start()

    @property
    def http_url(self) -> str:
        return f"http://{HOST}:{self.http.server_address[1]}"

    @property
    def authority_host(self) -> str:
        return f"https://{HOST}:{self.https.server_address[1]}"

    @property
    def introspection_url(self) -> str:
        return f"{self.http_url}/introspect"

    def stop(self) -> None:
        for server in (self.http, self.https):
            server.shutdown()
            server.server_close()

    # -- what the tests set up ---------------------------------------------------------------------------

    def register_app(self, tenant: str, **kwargs: Any) -> App:
        app = App(client_id=secrets.token_hex(8), **kwargs)
        self.tenants.setdefault(tenant, {})[app.client_id] = app
        return app

    def service_account(self, delegated: bool = True) -> ServiceAccount:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        email = f"foiabot-{secrets.token_hex(4)}@records-project.iam.gserviceaccount.com"
        info = {
            "type": "service_account", "project_id": "records-project", "private_key_id": secrets.token_hex(20),
            "private_key": key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption()).decode(),
            "client_email": email, "client_id": str(secrets.randbelow(10**20)),
            "token_uri": f"{self.http_url}/google/token",
        }
        path = self.root / f"{email.split('@')[0]}.json"
        path.write_text(json.dumps(info))
        public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
        account = ServiceAccount(email, path, public, delegated)
        self.service_accounts[email] = account
        return account

    def client_secrets(self) -> tuple[Path, str, str]:
        """An installed app's client_secret.json (as the Google Cloud console gives it), its id and secret."""
        client_id, secret = f"{secrets.token_hex(6)}.apps.googleusercontent.com", secrets.token_urlsafe(18)
        installed = {"client_id": client_id, "client_secret": secret, "auth_uri": f"{self.http_url}/google/auth",
                     "token_uri": f"{self.http_url}/google/token", "redirect_uris": ["http://localhost"]}
        path = self.root / f"client-{secrets.token_hex(4)}.json"
        path.write_text(json.dumps({"installed": installed}))
        return path, client_id, secret

    def revoke(self, token: str) -> None:
        with self.lock:
            self.issued[token].revoked = True

    def tokens(self) -> list[str]:
        with self.lock:
            return list(self.issued)

    # -- answers -------------------------------------------------------------------------------------------

    def issue(self, mailbox: str | None, app: App | None, tenant: str = "") -> dict[str, Any]:
        if app is not None:
            claims = {"aud": "https://outlook.office365.com", "tid": tenant, "appid": app.client_id,
                      "roles": app.roles, "jti": secrets.token_hex(8)}
            token = jwt.encode(claims, "not-a-real-signing-key-of-32-bytes", algorithm="HS256")
        else:
            token = "ya29." + secrets.token_urlsafe(40)
        with self.lock:
            self.issued[token] = Issued(mailbox, app, time.time() + self.expires_in)
        return {"token_type": "Bearer", "expires_in": self.expires_in, "access_token": token}

    def introspect(self, token: str) -> dict[str, Any]:
        with self.lock:
            issued = self.issued.get(token)
            email = self._opens(issued) if issued and not issued.revoked and issued.expires > time.time() else None
            self.introspected.append((token, email is not None))
        return {"active": True, "email": email} if email else {"active": False}

    @staticmethod
    def _opens(issued: Issued) -> str | None:
        if issued.app is None:
            return issued.mailbox
        if IMAP_ROLE not in issued.app.roles or len(issued.app.mailboxes) != 1:
            return None
        return next(iter(issued.app.mailboxes))

    def microsoft_token(self, tenant: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        app = self.tenants.get(tenant, {}).get(form.get("client_id", ""))
        if app is None:
            return 400, _aadsts("unauthorized_client", "AADSTS700016", "Application with identifier "
                                f"'{form.get('client_id')}' was not found in the directory '{tenant}'.")
        if not self._client_authenticated(app, form) and "client_assertion" in form:
            return 401, _aadsts("invalid_client", "AADSTS700027", "The certificate with identifier used to sign "
                                "the client assertion is not registered on application.")
        if not self._client_authenticated(app, form):
            return 401, _aadsts("invalid_client", "AADSTS7000215", "Invalid client secret provided.")
        if form.get("grant_type") != "client_credentials":
            return 400, _aadsts("unsupported_grant_type", "AADSTS70003", "unsupported grant")
        self.grants.append("client_credentials")
        return 200, self.issue(None, app, tenant)

    def _client_authenticated(self, app: App, form: dict[str, str]) -> bool:
        if app.secret is not None:
            return form.get("client_secret") == app.secret
        if app.certificate is None or "client_assertion" not in form:
            return False
        from cryptography import x509

        key = x509.load_pem_x509_certificate(app.certificate).public_key()
        try:
            jwt.decode(form["client_assertion"], key, algorithms=["RS256", "PS256"], options={"verify_aud": False})
        except jwt.PyJWTError:
            return False
        return True

    def google_token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        grant = form.get("grant_type", "")
        if grant == JWT_BEARER:
            return self._service_account_token(form.get("assertion", ""))
        if grant == "refresh_token":
            user = self.refresh_tokens.get(form.get("refresh_token", ""))
            if user is None:
                return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
            self.grants.append(grant)
            return 200, self.issue(user, None)
        if grant == "authorization_code":
            return self._exchange_code(form)
        return 400, {"error": "unsupported_grant_type"}

    def _service_account_token(self, assertion: str) -> tuple[int, dict[str, Any]]:
        issuer = jwt.decode(assertion, options={"verify_signature": False}).get("iss", "")
        account = self.service_accounts.get(issuer)
        if account is None:
            return 401, {"error": "invalid_client", "error_description": "The OAuth client was not found."}
        try:
            claims = jwt.decode(assertion, account.public_key, algorithms=["RS256"],
                                audience=GOOGLE_AUDIENCE)
        except jwt.PyJWTError:
            return 400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}
        if not account.delegated or claims.get("scope") != "https://mail.google.com/":
            return 401, {"error": "unauthorized_client", "error_description": "Client is unauthorized to retrieve "
                         "access tokens using this method, or client not authorized for any of the scopes requested."}
        if claims.get("sub") not in self.users:
            return 400, {"error": "invalid_grant", "error_description": "Invalid email or User ID"}
        self.grants.append(JWT_BEARER)
        return 200, self.issue(claims["sub"], None)

    def _exchange_code(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        user, challenge = self.codes.pop(form.get("code", ""), ("", ""))
        verifier = form.get("code_verifier", "")
        computed = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        if not user or computed != challenge:
            return 400, {"error": "invalid_grant", "error_description": "Bad Request"}
        refresh = "1//" + secrets.token_urlsafe(30)
        self.refresh_tokens[refresh] = user
        self.grants.append("authorization_code")
        return 200, {**self.issue(user, None), "refresh_token": refresh, "scope": "https://mail.google.com/"}

    def consent(self, query: dict[str, str]) -> str:
        """Where the consent page sends the browser: the app's redirect_uri with a code (the user said yes)."""
        code = secrets.token_urlsafe(16)
        self.codes[code] = (self.consenting_user, query.get("code_challenge", ""))
        answer = urlencode({"code": code, "state": query.get("state", ""), "scope": query.get("scope", "")})
        return f"{query['redirect_uri']}?{answer}"

    def _make_certificate(self) -> None:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={HOST}",
             "-addext", f"subjectAltName=IP:{HOST}", "-keyout", str(self.root / "idp-key.pem"),
             "-out", str(self.cert_file)],
            check=True, capture_output=True,
        )  # fmt: skip


def _aadsts(error: str, code: str, text: str) -> dict[str, Any]:
    return {"error": error, "error_description": f"{code}: {text} Trace ID: {secrets.token_hex(8)}",
            "error_codes": [int(code.removeprefix("AADSTS"))]}


def _handler(idp: IdentityProvider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            parts = url.path.strip("/").split("/")
            if url.path.endswith("/v2.0/.well-known/openid-configuration"):
                tenant = parts[0]
                if tenant not in idp.tenants:
                    self._json(400, _aadsts("invalid_tenant", "AADSTS90002", f"Tenant '{tenant}' not found."))
                    return
                base = f"{idp.authority_host}/{tenant}"
                self._json(200, {"token_endpoint": f"{base}/oauth2/v2.0/token",
                                 "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                                 "issuer": f"{base}/v2.0"})
            elif url.path == "/google/auth":
                self.send_response(302)
                self.send_header("Location", idp.consent(dict(parse_qsl(url.query))))
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self._json(404, {"error": "not_found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(parse_qsl(self.rfile.read(length).decode()))
            path = urlsplit(self.path).path
            if path == "/introspect":
                self._json(200, idp.introspect(form.get("token", "")))
            elif path == "/google/token":
                self._json(*idp.google_token(form))
            elif path.endswith("/oauth2/v2.0/token"):
                self._json(*idp.microsoft_token(path.strip("/").split("/")[0], form))
            else:
                self._json(404, {"error": "not_found"})

        def _json(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
