"""A throwaway Dovecot IMAP server for tests: its own config, users, mail and log under one temp directory.

Needs /usr/sbin/dovecot and root (mail is stored as nobody:nogroup). Listens on loopback only: a plain
listener (plaintext login allowed, STARTTLS offered when TLS is on) and, with `tls=True`, an implicit-TLS
listener with a self-signed certificate for 127.0.0.1 (`cert_file`).
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

DOVECOT = Path("/usr/sbin/dovecot")
HOST = "127.0.0.1"
DOMAIN = "example.org"
POOL_SIZE = 64  # accounts written to the passwd file at a time

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
instance_name = {instance}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
listen = {host}
protocols = imap
mail_location = maildir:~/Maildir
mail_uid = nobody
mail_gid = nogroup
first_valid_uid = 1
first_valid_gid = 1
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth2_mechanisms}
auth_failure_delay = 0
shutdown_clients = yes
{ssl}
{oauth2_passdb}passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/passwd
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = {separator}
  mailbox "{sent}" {{
    special_use = \\Sent
    auto = create
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {tls_port}
    ssl = yes
  }}
}}
"""


def dovecot_missing_reason() -> str | None:
    """Why the Dovecot tests cannot run here, or None when they can."""
    if not DOVECOT.exists():
        return f"{DOVECOT} is not installed (apt-get install dovecot-imapd)"
    if not shutil.which("openssl"):
        return "openssl, which makes the test server's certificate, is not installed (apt-get install openssl)"
    if os.geteuid() != 0:
        return "running Dovecot with mail_uid=nobody needs root"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@dataclass
class Account:
    """One mail user on a test server; `connect()` gives a logged-in client for appending and inspecting."""

    server: Dovecot
    user: str
    password: str

    @property
    def host(self) -> str:
        return HOST

    @property
    def port(self) -> int:
        return self.server.port

    def connect(self) -> IMAPClient:
        client = IMAPClient(HOST, self.server.port, ssl=False, timeout=10)
        client.login(self.user, self.password)
        return client

    def append(self, folder: str, raw: bytes, flags: Sequence[bytes] = (), msg_time: dt.datetime | None = None) -> None:
        with self.connect() as client:
            client.append(folder, raw, flags=flags, msg_time=msg_time)

    def flags(self, folder: str) -> dict[int, tuple[bytes, ...]]:
        """Each message's flags, without \\Recent (which says only which session saw it first)."""
        with self.connect() as client:
            client.select_folder(folder, readonly=True)
            found = client.get_flags(client.search(["ALL"]))
        return {uid: tuple(f for f in flags if f != b"\\Recent") for uid, flags in found.items()}

    def rebuild_uidvalidity(self, folder: str) -> int:
        """Give `folder` a new UIDVALIDITY, as a server whose index was rebuilt would; returns the new value.

        Rewrites the maildir's dovecot-uidlist and drops the indexes. No client of this user may be
        connected meanwhile (Dovecot keeps no mailbox state between sessions, so the server can keep running).
        """
        maildir = self.server.maildir(self.user, folder)
        uidlist = maildir / "dovecot-uidlist"
        header, _, rest = uidlist.read_text().partition("\n")
        fields = header.split(" ")
        old = next(int(f[1:]) for f in fields if f.startswith("V"))
        new = old + 1000
        fields = [f"V{new}" if f.startswith("V") else f for f in fields]
        uidlist.write_text(" ".join(fields) + "\n" + rest)
        for index in [*maildir.glob("dovecot.index*"), *maildir.parent.glob("dovecot.list.index*")]:
            index.unlink()
        for index in self.server.maildir(self.user, "INBOX").glob("dovecot.list.index*"):
            index.unlink()
        return new


class Dovecot:
    """`start()`, then `add_account()` per test; `stop()` at the end. `restart()` drops every connection.

    After a failed login Dovecot delays the next logins from the same IP by seconds (its auth penalty),
    so tests of wrong passwords should use a server of their own.
    """

    def __init__(self, tls: bool = False, sent_folder: str = "Sent", separator: str = "/",
                 introspection_url: str | None = None) -> None:
        """`sent_folder`: the name of the folder flagged \\Sent (RFC 6154), created for every user. `separator`
        "." with "INBOX.Sent" makes a server that keeps folders under INBOX, as Cyrus does. `introspection_url`:
        also accept XOAUTH2 and OAUTHBEARER logins, with the tokens this endpoint (RFC 7662, POST token=...)
        answers `{"active": true, "email": USER}` for."""
        self.sent_folder = sent_folder
        self.separator = separator
        self.root = Path(tempfile.mkdtemp(prefix="foiabot-dovecot-"))
        self.root.chmod(0o755)  # the auth process (user dovecot) must read the passwd file
        self.introspection_url = introspection_url
        self.port = free_port()
        self.tls_port = free_port()
        self.tls = tls
        self.cert_file = self.root / "cert.pem"
        self._process: subprocess.Popen[bytes] | None = None
        self._created = 0
        self._unused: list[Account] = []
        self.config_file = self._write_config()
        self._create_accounts(POOL_SIZE)
        self.default = self.add_account()

    @property
    def host(self) -> str:
        return HOST

    @property
    def user(self) -> str:
        return self.default.user

    @property
    def password(self) -> str:
        return self.default.password

    def connect(self) -> IMAPClient:
        return self.default.connect()

    def append(self, folder: str, raw: bytes, flags: Sequence[bytes] = (), msg_time: dt.datetime | None = None) -> None:
        self.default.append(folder, raw, flags, msg_time)

    def rebuild_uidvalidity(self, folder: str) -> int:
        return self.default.rebuild_uidvalidity(folder)

    def add_account(self) -> Account:
        """A user nobody has used yet, with an empty mailbox."""
        if not self._unused:
            self._create_accounts(POOL_SIZE)
            time.sleep(1.1)  # Dovecot looks at the passwd file's mtime at most once a second
        return self._unused.pop(0)

    def _create_accounts(self, count: int) -> None:
        new = [
            Account(self, f"user{self._created + n}@{DOMAIN}", secrets.token_urlsafe(12)) for n in range(1, count + 1)
        ]
        self._created += count
        with (self.root / "passwd").open("a") as passwd:
            passwd.writelines(f"{a.user}:{{PLAIN}}{a.password}\n" for a in new)
        self._unused += new

    def maildir(self, user: str, folder: str) -> Path:
        base = self.root / "mail" / user / "Maildir"
        return base if folder.upper() == "INBOX" else base / f".{folder.replace('/', '.')}"

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert_file))

    def start(self) -> None:
        # -F keeps the master in the foreground as our child, so stop() can wait for it and reap it.
        self._process = subprocess.Popen([str(DOVECOT), "-F", "-c", str(self.config_file)])
        deadline = time.monotonic() + 10
        while not self._accepts():
            if self._process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Dovecot did not start; see {self.root / 'dovecot.log'}:\n{self.log()}")
            time.sleep(0.02)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _accepts(self) -> bool:
        try:
            socket.create_connection((HOST, self.port), timeout=0.5).close()
        except OSError:
            return False
        return True

    def _write_config(self) -> Path:
        mail = self.root / "mail"
        mail.mkdir()
        shutil.chown(mail, "nobody", "nogroup")
        config = CONFIG.format(
            root=self.root,
            instance=f"foiabot-test-{self.root.name}",
            host=HOST,
            port=self.port,
            tls_port=self.tls_port if self.tls else 0,
            ssl=self._ssl_settings(),
            sent=self.sent_folder,
            separator=self.separator,
            oauth2_mechanisms=" xoauth2 oauthbearer" if self.introspection_url else "",
            oauth2_passdb=self._oauth2_passdb(),
        )
        path = self.root / "dovecot.conf"
        path.write_text(config)
        return path

    def _oauth2_passdb(self) -> str:
        if not self.introspection_url:
            return ""
        settings = self.root / "oauth2.conf.ext"
        settings.write_text(f"introspection_mode = post\nintrospection_url = {self.introspection_url}\n"
                            "username_attribute = email\nactive_attribute = active\nactive_value = true\n")
        return f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {settings}\n}}\n"

    def _ssl_settings(self) -> str:
        if not self.tls:
            return "ssl = no"
        key = self.root / "key.pem"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
             "-nodes", "-days", "2", "-subj", f"/CN={HOST}", "-addext", f"subjectAltName=IP:{HOST}",
             "-keyout", str(key), "-out", str(self.cert_file)],
            check=True, capture_output=True,
        )  # fmt: skip
        return f"ssl = yes\nssl_cert = <{self.cert_file}\nssl_key = <{key}"
