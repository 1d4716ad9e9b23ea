"""Mailbox stage, the connection (I/O edge): TLS with certificate checks, sign-in with a password or an OAuth 2
token (XOAUTH2; a token the server refuses is replaced once by a fresh one), and the library's and the socket's
errors turned into MailboxError, with `permanent` saying whether reconnecting can help.

It never selects a folder or reads a message (bot/mailbox.py does, on this connection), and never lets a password
or token into an error or a log line: `_text` masks both in every message it words.
"""

from __future__ import annotations

import logging
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Self

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, IMAPClientAbortError, IMAPClientError, LoginError

from bot.auth import TokenSource
from bot.errors import MailboxError
from bot.settings import InboxSettings

log = logging.getLogger(__name__)


class ImapConnection:
    """One signed-in IMAP connection to the inbox. Use as a context manager, or `connect()` and `close()`."""

    def __init__(
        self,
        settings: InboxSettings,
        password: str | TokenSource,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """`password` is the password, or the source of OAuth 2 access tokens (bot.auth.sign_in gives either)."""
        self.settings = settings
        self._tokens = password if isinstance(password, TokenSource) else None
        self._password = password if isinstance(password, str) else ""
        self._last_token = ""
        self._ssl_context = ssl_context
        self._client: IMAPClient | None = None

    @property
    def address(self) -> str:
        return f"{self.settings.host}:{self.settings.effective_port}"

    def __enter__(self) -> Self:
        self.connect()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # -- connecting -------------------------------------------------------------------------------

    def connect(self) -> None:
        """Open the connection (TLS with certificate checks unless configured otherwise) and sign in."""
        client = self._signed_in()
        client.normalise_times = False  # keep INTERNALDATE's zone; it becomes UTC in Fetched
        self._client = client
        try:
            with self._guard("enabling CONDSTORE"):
                if client.has_capability("CONDSTORE"):
                    client.enable("CONDSTORE")  # so that SELECT reports HIGHESTMODSEQ
        except MailboxError:
            self.close()
            raise
        how = f" ({self._tokens.provider} XOAUTH2)" if self._tokens else ""
        log.info("connected to IMAP %s as %s%s", self.address, self.settings.username, how)

    def _signed_in(self) -> IMAPClient:
        tokens = self._tokens
        client = self._open()
        try:
            self._login(client, fresh=False)
            return client
        except LoginError as err:
            _close_quietly(client)
            if tokens is None:
                raise self._login_error(err) from None
        # The server refused a token the provider still thought good (revoked, or expired early):
        # one more try, on a new connection, with a token fetched just now.
        log.info("IMAP %s refused the %s token; signing in again with a new one", self.address, tokens.provider)
        client = self._open()
        try:
            self._login(client, fresh=True)
            return client
        except LoginError as err:
            _close_quietly(client)
            raise self._login_error(err, tokens.refused(self._last_token)) from None

    def _login(self, client: IMAPClient, fresh: bool) -> None:
        """Log in (password or XOAUTH2). LoginError passes; anything else becomes MailboxError."""
        try:
            if self._tokens is None:
                client.login(self.settings.username, self._password)
            else:
                self._last_token = self._tokens.token(fresh=fresh)
                client.oauth2_login(self.settings.username, self._last_token, mech="XOAUTH2")
        except LoginError:
            raise
        except MailboxError:
            _close_quietly(client)
            raise
        except (OSError, IMAPClientError) as err:
            _close_quietly(client)
            raise MailboxError(f"IMAP login to {self.address} failed: {self._text(err)}") from None

    def _open(self) -> IMAPClient:
        security, timeout = self.settings.security, self.settings.timeout_seconds
        try:
            context = self._context() if security != "none" else None
            port = self.settings.effective_port
            client = IMAPClient(self.settings.host, port, ssl=security == "ssl", ssl_context=context, timeout=timeout)
        except (OSError, IMAPClientError) as err:
            raise self._connect_error(err) from None
        if security == "starttls":
            self._starttls(client, context)
        return client

    def _starttls(self, client: IMAPClient, context: ssl.SSLContext | None) -> None:
        try:
            client.starttls(context)
        except CapabilityError:
            _close_quietly(client)
            raise MailboxError(
                f"IMAP server {self.address} does not offer STARTTLS; refusing to log in without TLS",
                permanent=True,
            ) from None
        except (OSError, IMAPClientError) as err:
            _close_quietly(client)
            raise self._connect_error(err) from None

    def _context(self) -> ssl.SSLContext:
        if self._ssl_context is not None:
            return self._ssl_context
        context = ssl.create_default_context()
        if self.settings.ca_file is not None:
            try:
                context.load_verify_locations(cafile=str(self.settings.ca_file))
            except (OSError, ssl.SSLError) as err:
                msg = f"cannot load inbox.ca_file {self.settings.ca_file}: {err.strerror or err}"
                raise MailboxError(msg, permanent=True) from None
        return context

    def _connect_error(self, err: BaseException) -> MailboxError:
        where = f"IMAP server {self.address}"
        if isinstance(err, ssl.SSLCertVerificationError):
            hint = "" if self.settings.ca_file else " (set inbox.ca_file to trust a private certificate)"
            return MailboxError(f"TLS certificate of {where} not trusted: {err.verify_message}{hint}")
        if isinstance(err, ssl.SSLError):
            return MailboxError(f"TLS handshake with {where} failed: {err.reason or err}")
        if isinstance(err, socket.gaierror):
            return MailboxError(f"cannot resolve {where}: {err.strerror}")
        if isinstance(err, ConnectionRefusedError):
            return MailboxError(f"connection to {where} refused")
        if isinstance(err, TimeoutError):
            return MailboxError(f"{where} did not answer within {self.settings.timeout_seconds:g} s")
        return MailboxError(f"cannot connect to {where}: {self._text(err)}")

    def _login_error(self, err: LoginError, hint: str = "") -> MailboxError:
        text = self._text(err).removeprefix("login failed: ")
        # [UNAVAILABLE] and friends (RFC 5530) are the server's trouble, not a wrong password.
        temporary = any(code in text for code in ("[UNAVAILABLE]", "[SERVERBUG]", "Temporary"))
        message = f"IMAP login failed for {self.settings.username} at {self.address}: {text}"
        return MailboxError(f"{message}; {hint}" if hint and not temporary else message, permanent=not temporary)

    def _text(self, err: BaseException) -> str:
        text = str(err) or type(err).__name__
        if text.startswith(("b'", 'b"')) and text[-1] == text[1]:
            text = text[2:-1]  # imaplib hands the server's words over as repr(bytes)
        for secret in (self._password, self._last_token):
            text = text.replace(secret, "***") if secret else text
        return text

    def close(self) -> None:
        """Log out; never raises (the connection may already be gone)."""
        client, self._client = self._client, None
        if client is not None:
            _close_quietly(client)

    # -- plumbing ---------------------------------------------------------------------------------

    def _require(self) -> IMAPClient:
        if self._client is None:
            raise MailboxError(f"not connected to IMAP server {self.address}")
        return self._client

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Turn the library's and the socket's exceptions into MailboxError. A dropped connection, BYE or
        timeout can be retried; a NO or BAD answer (unknown folder, say) cannot."""
        try:
            yield
        except (OSError, IMAPClientError) as err:
            retry = isinstance(err, OSError | IMAPClientAbortError)
            message = f"{action} on {self.address} failed: {self._text(err)}"
            raise MailboxError(message, permanent=not retry) from err


def _close_quietly(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception as err:
            log.debug("closing the IMAP connection: %s", err)
