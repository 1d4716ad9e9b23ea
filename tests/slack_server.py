"""A local HTTP server that speaks Slack's Web API, for tests that go through the real slack-sdk WebClient
(`WebClient(base_url=fake.url)`). Like Slack, it answers HTTP 200 with {"ok": false, "error": ...} for API
errors, takes form-encoded or JSON bodies, and checks the Bearer token.

Faults the tests can inject: `fail_next` (5xx), `ratelimit_next` (429 + Retry-After), `post_then_fail`
(the message is posted, the answer is 500), `refuse`/`accept` (nothing listens on the port), `withhold`/`grant`
(a scope the app was not granted: methods that need it answer `missing_scope`), `revoke`/`restore` (the
token is revoked: every call answers token_revoked or invalid_auth, as Slack does, until restored),
`kick`/`invite` (the bot leaves or joins a channel: not_in_channel), `refuse_next_posts` (HTTP 200 with an
error such as msg_too_long). Channels can also be deleted from `channels` (channel_not_found). Every call is
recorded in `calls`.

File uploads go as slack-sdk's `files_upload_v2` makes them: `files.getUploadURLExternal` hands out an upload
URL on this server, the bytes are POSTed there (no token, like Slack's upload host), and
`files.completeUploadExternal` shares the files in a channel as one message. Uploaded files are in `files`.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

TOKEN = "xoxb-1111-2222-fake-secret-token"
APP_TOKEN = "xapp-1-A0APP00001-3333-fake-app-token"
ACK_WITHIN = 3.0  # seconds: Slack's limit for acknowledging an envelope
BOT_USER = "U0BOT00001"
BOT_ID = "B0BOT00001"

Answer = tuple[int, dict[str, str], dict[str, Any]]


@dataclass
class Channel:
    id: str
    name: str
    is_member: bool = True
    is_archived: bool = False
    is_private: bool = False

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "is_channel": True,
            "is_member": self.is_member,
            "is_archived": self.is_archived,
            "is_private": self.is_private,
        }


def default_channels() -> list[Channel]:
    return [
        Channel("C0FOIA0001", "foia"),
        Channel("C0TRIAGE01", "foia-triage"),
        Channel("C0BOARD001", "board", is_member=False),
        Channel("C0OLD00001", "old-foia", is_archived=True),
    ]


@dataclass
class Call:
    method: str
    params: dict[str, Any]  # query string and body together, JSON parameters decoded
    time: float  # time.monotonic() when the request arrived
    status: int = 200


@dataclass
class Message:
    channel: str  # the channel's ID
    ts: str
    text: str
    blocks: list[dict[str, Any]]
    metadata: dict[str, Any] | None
    thread_ts: str | None = None
    reply_broadcast: bool = False
    unfurl_links: bool | None = None
    unfurl_media: bool | None = None
    params: dict[str, Any] = field(default_factory=dict)  # everything chat.postMessage received
    files: list[dict[str, Any]] = field(default_factory=list)  # files shared with the message

    @property
    def in_history(self) -> bool:
        return self.thread_ts is None or self.reply_broadcast

    def to_api(self, with_metadata: bool) -> dict[str, Any]:
        data: dict[str, Any] = {"type": "message", "user": BOT_USER, "bot_id": BOT_ID, "ts": self.ts}
        data.update(text=self.text, blocks=self.blocks)
        if self.thread_ts:
            data["thread_ts"] = self.thread_ts
        if self.reply_broadcast:
            data["subtype"] = "thread_broadcast"
        if with_metadata and self.metadata:
            data["metadata"] = self.metadata
        if self.files:
            data["files"] = self.files
        return data


@dataclass
class File:
    id: str
    filename: str
    length: int  # as announced to files.getUploadURLExternal
    alt_txt: str | None
    data: bytes | None = None  # None until uploaded
    title: str | None = None
    shared_in: str | None = None  # the channel ID, once completed


# The scopes a method needs; a method not listed needs none that the tests withhold.
SCOPES = {
    "chat.postMessage": "chat:write",
    "chat.update": "chat:write",
    "chat.postEphemeral": "chat:write",
    "files.getUploadURLExternal": "files:write",
    "files.completeUploadExternal": "files:write",
    "users.lookupByEmail": "users:read.email",
    "usergroups.users.list": "usergroups:read",
}
GRANTED = ("chat:write", "channels:read", "channels:history", "groups:read", "groups:history", "files:write",
           "users:read.email", "usergroups:read")


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("1", "true")


_JSON_PARAMS = {"blocks", "metadata", "attachments", "view"}


def _decoded(params: dict[str, Any]) -> dict[str, Any]:
    """Form-encoded calls send blocks and metadata as JSON strings."""
    return {k: json.loads(v) if k in _JSON_PARAMS and isinstance(v, str) else v for k, v in params.items()}


def _error(code: str, **extra: Any) -> dict[str, Any]:
    return {"ok": False, "error": code, **extra}


def _in_range(ts: str, params: dict[str, Any]) -> bool:
    inclusive = _truthy(params.get("inclusive"))
    oldest, latest = float(params.get("oldest") or 0), float(params.get("latest") or "inf")
    value = float(ts)
    if inclusive:
        return oldest <= value <= latest
    return oldest < value < latest


def _page(items: list[dict[str, Any]], params: dict[str, Any], key: str) -> dict[str, Any]:
    start = int(base64.b64decode(params["cursor"]).decode().split(":")[1]) if params.get("cursor") else 0
    limit = int(params.get("limit") or 100)
    end = start + limit
    cursor = base64.b64encode(f"next:{end}".encode()).decode() if end < len(items) else ""
    return {"ok": True, key: items[start:end], "has_more": bool(cursor), "response_metadata": {"next_cursor": cursor}}


class FakeSlack:
    """The Web API state (channels, messages, calls) and the server that serves it."""

    def __init__(self, token: str = TOKEN, channels: list[Channel] | None = None) -> None:
        self.token = token
        self.channels = {c.id: c for c in channels or default_channels()}
        self.messages: list[Message] = []
        self.calls: list[Call] = []
        self._lock = threading.Lock()
        self._last_ts = 0.0
        self._fail: tuple[int, int] = (0, 503)
        self._ratelimit: tuple[int, int] = (0, 1)
        self._post_then_fail = 0
        self._update_then_fail = 0
        self.files: dict[str, File] = {}
        self.scopes = set(GRANTED)
        self._revoked: str | None = None
        self._refuse_posts: tuple[int, str] = (0, "")
        self._port = 0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._methods: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
            "chat.update": self._update,
            "conversations.history": self._history,
            "conversations.replies": self._replies,
            "conversations.info": self._info,
            "conversations.list": self._list,
            "files.getUploadURLExternal": self._upload_url,
            "files.completeUploadExternal": self._complete_upload,
            "chat.postEphemeral": self._post_ephemeral,
            "views.open": self._views_open,
            "views.publish": self._views_publish,
            "users.lookupByEmail": self._lookup_by_email,
            "usergroups.users.list": self._usergroup_users,
        }
        self.users: dict[str, str] = {}  # the workspace's members: email -> user id
        self.usergroups: dict[str, list[str]] = {}  # user-group id (S...) -> its members' user ids
        self.app_token = APP_TOKEN
        self.socket_mode: SocketModeServer | None = None  # started by start_socket_mode()
        self.ephemeral: list[dict[str, Any]] = []  # chat.postEphemeral calls: seen only by their user
        self.views: list[dict[str, Any]] = []  # views.open calls
        self.homes: dict[str, dict[str, Any]] = {}  # user id -> the App Home view published for them

    # The server ---------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._port}/api/"

    def start(self) -> FakeSlack:
        server = ThreadingHTTPServer(("127.0.0.1", self._port), _Handler)
        server.daemon_threads = True
        server.slack = self  # type: ignore[attr-defined]
        self._port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def refuse(self) -> None:
        """Slack is unreachable: nothing listens on the port until `accept`."""
        self.stop()

    def accept(self) -> None:
        """Slack is back, on the same port."""
        self.start()

    # Faults and records -------------------------------------------------------------------------------

    def fail_next(self, n: int, status: int = 503) -> None:
        with self._lock:
            self._fail = (n, status)

    def ratelimit_next(self, n: int, retry_after: int = 1) -> None:
        with self._lock:
            self._ratelimit = (n, retry_after)

    def post_then_fail(self, n: int) -> None:
        """The next `n` chat.postMessage calls post the message, then answer HTTP 500."""
        with self._lock:
            self._post_then_fail = n

    def update_then_fail(self, n: int) -> None:
        """The next `n` chat.update calls change the message, then answer HTTP 500."""
        with self._lock:
            self._update_then_fail = n

    def withhold(self, scope: str) -> None:
        """The app was installed without `scope`: the methods that need it answer missing_scope."""
        with self._lock:
            self.scopes.discard(scope)

    def grant(self, scope: str) -> None:
        with self._lock:
            self.scopes.add(scope)

    def revoke(self, error: str = "token_revoked") -> None:
        """The token stops working: Slack answers `error` (token_revoked, invalid_auth, account_inactive) to
        every call that carries it, until `restore`."""
        with self._lock:
            self._revoked = error

    def restore(self) -> None:
        with self._lock:
            self._revoked = None

    def kick(self, name: str) -> None:
        """The bot is removed from channel `name` (without #)."""
        with self._lock:
            next(c for c in self.channels.values() if c.name == name).is_member = False

    def invite(self, name: str) -> None:
        with self._lock:
            next(c for c in self.channels.values() if c.name == name).is_member = True

    def refuse_next_posts(self, n: int, error: str) -> None:
        """The next `n` chat.postMessage calls answer HTTP 200 {"ok": false, "error": error}, nothing posted."""
        with self._lock:
            self._refuse_posts = (n, error)

    def calls_to(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method]

    def posted(self, channel_id: str | None = None) -> list[Message]:
        return [m for m in self.messages if channel_id in (None, m.channel)]

    # Dispatch -----------------------------------------------------------------------------------------

    def handle(self, method: str, params: dict[str, Any], authorization: str | None) -> Answer:
        with self._lock:
            call = Call(method, params, time.monotonic())
            self.calls.append(call)
            status, headers, body = self._answer(method, params, authorization)
            call.status = status
            return status, headers, body

    def _answer(self, method: str, params: dict[str, Any], authorization: str | None) -> Answer:
        fault = self._fault()
        if fault is not None:
            return fault
        if method == "apps.connections.open":
            return 200, {}, self._connections_open(params, authorization)
        auth_error = self._auth_error(authorization)
        if auth_error:
            return 200, {}, _error(auth_error)
        needed = SCOPES.get(method)
        if needed and needed not in self.scopes:
            return 200, {}, _error("missing_scope", needed=needed, provided=",".join(sorted(self.scopes)))
        if method == "chat.postMessage" and self._refuse_posts[0] > 0:
            n, error = self._refuse_posts
            self._refuse_posts = (n - 1, error)
            return 200, {}, _error(error)
        api = self._methods.get(method)
        body = api(params) if api else _error("unknown_method")
        if method == "chat.postMessage" and body["ok"] and self._post_then_fail > 0:
            self._post_then_fail -= 1
            return 500, {}, _error("internal_error")
        if method == "chat.update" and body["ok"] and self._update_then_fail > 0:
            self._update_then_fail -= 1
            return 500, {}, _error("internal_error")
        return 200, {}, body

    def _fault(self) -> Answer | None:
        if self._ratelimit[0] > 0:
            n, retry_after = self._ratelimit
            self._ratelimit = (n - 1, retry_after)
            return 429, {"Retry-After": str(retry_after)}, _error("ratelimited")
        if self._fail[0] > 0:
            n, status = self._fail
            self._fail = (n - 1, status)
            return status, {}, _error("service_unavailable")
        return None

    def _auth_error(self, authorization: str | None) -> str | None:
        if not authorization or not authorization.startswith("Bearer ") or authorization == "Bearer ":
            return "not_authed"
        if authorization != f"Bearer {self.token}":
            return "invalid_auth"
        return self._revoked

    # Methods ------------------------------------------------------------------------------------------

    def _channel(self, ref: Any, by_name: bool = False) -> Channel | None:
        """A channel by ID; chat.postMessage also takes "#name" or "name"."""
        ref = str(ref or "")
        if ref in self.channels:
            return self.channels[ref]
        name = ref.removeprefix("#")
        return next((c for c in self.channels.values() if by_name and c.name == name), None)

    def _writable(self, params: dict[str, Any]) -> Channel | dict[str, Any]:
        channel = self._channel(params.get("channel"), by_name=True)
        if channel is None:
            return _error("channel_not_found")
        if channel.is_archived:
            return _error("is_archived")
        if not channel.is_member:
            return _error("not_in_channel")
        return channel

    def _readable(self, params: dict[str, Any]) -> Channel | dict[str, Any]:
        channel = self._channel(params.get("channel"))
        if channel is None:
            return _error("channel_not_found")
        return channel if channel.is_member else _error("not_in_channel")

    def _next_ts(self) -> str:
        self._last_ts = max(time.time(), self._last_ts + 0.000001)
        return f"{self._last_ts:.6f}"

    def _find(self, channel_id: str, ts: str) -> Message | None:
        return next((m for m in self.messages if m.channel == channel_id and m.ts == ts), None)

    def _auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        team = {"url": "https://foia-desk.slack.com/", "team": "FOIA Desk", "team_id": "T0TEAM0001"}
        return {"ok": True, **team, "user": "foiabot", "user_id": BOT_USER, "bot_id": BOT_ID}

    def _post_message(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable(params)
        if not isinstance(channel, Channel):
            return channel
        if not params.get("text") and not params.get("blocks"):
            return _error("no_text")
        thread_ts = params.get("thread_ts")
        parent = self._find(channel.id, thread_ts) if thread_ts else None
        if thread_ts and (parent is None or parent.thread_ts not in (None, parent.ts)):
            return _error("thread_not_found")
        message = self._message(channel, params)
        self.messages.append(message)
        return {"ok": True, "channel": channel.id, "ts": message.ts, "message": message.to_api(True)}

    def _message(self, channel: Channel, params: dict[str, Any]) -> Message:
        unfurl_links, unfurl_media = params.get("unfurl_links"), params.get("unfurl_media")
        return Message(
            channel=channel.id,
            ts=self._next_ts(),
            text=str(params.get("text") or ""),
            blocks=params.get("blocks") or [],
            metadata=params.get("metadata"),
            thread_ts=params.get("thread_ts"),
            reply_broadcast=bool(params.get("thread_ts")) and _truthy(params.get("reply_broadcast")),
            unfurl_links=None if unfurl_links is None else _truthy(unfurl_links),
            unfurl_media=None if unfurl_media is None else _truthy(unfurl_media),
            params=params,
        )

    def _update(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable(params)
        if not isinstance(channel, Channel):
            return channel
        message = self._find(channel.id, str(params.get("ts")))
        if message is None:
            return _error("message_not_found")
        message.text = str(params.get("text") or message.text)
        message.blocks = params.get("blocks") or message.blocks
        message.metadata = params.get("metadata") or message.metadata
        return {"ok": True, "channel": channel.id, "ts": message.ts, "text": message.text}

    def _lookup_by_email(self, params: dict[str, Any]) -> dict[str, Any]:
        email = str(params.get("email") or "").lower()
        if email not in self.users:
            return _error("users_not_found")
        return {"ok": True, "user": {"id": self.users[email], "profile": {"email": email}}}

    def _usergroup_users(self, params: dict[str, Any]) -> dict[str, Any]:
        group = str(params.get("usergroup") or "")
        if not group:
            return _error("invalid_arguments", response_metadata={"messages": ["[ERROR] missing 'usergroup'"]})
        if group not in self.usergroups:
            return _error("no_such_subteam")
        return {"ok": True, "users": list(self.usergroups[group])}

    def _history(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._readable(params)
        if not isinstance(channel, Channel):
            return channel
        found = [m for m in self.posted(channel.id) if m.in_history and _in_range(m.ts, params)]
        found.sort(key=lambda m: float(m.ts), reverse=True)
        with_metadata = _truthy(params.get("include_all_metadata"))
        return _page([m.to_api(with_metadata) for m in found], params, "messages")

    def _replies(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._readable(params)
        if not isinstance(channel, Channel):
            return channel
        parent = self._find(channel.id, str(params.get("ts")))
        if parent is None:
            return _error("thread_not_found")
        thread = [m for m in self.posted(channel.id) if parent.ts in (m.ts, m.thread_ts)]
        found = sorted((m for m in thread if _in_range(m.ts, params)), key=lambda m: float(m.ts))
        with_metadata = _truthy(params.get("include_all_metadata"))
        return _page([m.to_api(with_metadata) for m in found], params, "messages")

    def _info(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._channel(params.get("channel"))
        return {"ok": True, "channel": channel.to_api()} if channel else _error("channel_not_found")

    def _list(self, params: dict[str, Any]) -> dict[str, Any]:
        exclude_archived = _truthy(params.get("exclude_archived"))
        visible = [c for c in self.channels.values() if not (c.is_private and not c.is_member)]
        listed = [c.to_api() for c in visible if not (exclude_archived and c.is_archived)]
        return _page(listed, params, "channels")

    def _post_ephemeral(self, params: dict[str, Any]) -> dict[str, Any]:
        channel = self._writable(params)
        if not isinstance(channel, Channel):
            return channel
        if not params.get("user"):
            return _error("user_not_in_channel")
        self.ephemeral.append({"channel": channel.id, **params})
        return {"ok": True, "message_ts": self._next_ts()}

    def _views_open(self, params: dict[str, Any]) -> dict[str, Any]:
        view = params.get("view")
        if not params.get("trigger_id"):
            return _error("invalid_trigger")
        if not isinstance(view, dict) or view.get("type") != "modal":
            return _error("invalid_arguments")
        self.views.append(view)
        return {"ok": True, "view": {"id": f"V{len(self.views):09d}", **view}}

    # Socket Mode ----------------------------------------------------------------------------------------

    def _views_publish(self, params: dict[str, Any]) -> dict[str, Any]:
        view = params.get("view")
        if not params.get("user_id"):
            return _error("invalid_arguments")
        if not isinstance(view, dict) or view.get("type") != "home":
            return _error("invalid_arguments")
        self.homes[str(params["user_id"])] = view
        return {"ok": True, "view": {"id": "VHOME00001", **view}}

    def start_socket_mode(self) -> SocketModeServer:
        self.socket_mode = SocketModeServer().start()
        return self.socket_mode

    def _connections_open(self, params: dict[str, Any], authorization: str | None) -> dict[str, Any]:
        """Like Slack: only an app-level token opens a connection; a bot token is refused."""
        token = str(params.get("token") or (authorization or "").removeprefix("Bearer "))
        if not token:
            return _error("not_authed")
        if token != self.app_token:
            return _error("not_allowed_token_type" if token.startswith("xox") else "invalid_auth")
        if self.socket_mode is None:
            return _error("invalid_auth")
        return {"ok": True, "url": self.socket_mode.url}

    def _upload_url(self, params: dict[str, Any]) -> dict[str, Any]:
        filename, length = params.get("filename"), params.get("length")
        if not filename:
            return _error("invalid_arguments", response_metadata={"messages": ["[ERROR] missing 'filename'"]})
        if length is None or not str(length).isdigit() or int(length) < 1:
            return _error("invalid_arguments", response_metadata={"messages": ["[ERROR] 'length' must be > 0"]})
        file = File(f"F{len(self.files) + 1:010d}", str(filename), int(length), params.get("alt_txt"))
        self.files[file.id] = file
        return {"ok": True, "file_id": file.id, "upload_url": f"http://127.0.0.1:{self._port}/upload/v1/{file.id}"}

    def upload(self, file_id: str, data: bytes) -> tuple[int, bytes]:
        """The POST of a file's bytes to its upload URL: Slack answers 200 with plain text."""
        with self._lock:
            self.calls.append(Call("upload", {"file_id": file_id, "size": len(data)}, time.monotonic()))
            file = self.files.get(file_id)
            if file is None or file.shared_in is not None:
                return 404, b"Not Found"
            file.data = data
            return 200, f"OK - {len(data)}".encode()

    def _complete_upload(self, params: dict[str, Any]) -> dict[str, Any]:
        try:
            items = json.loads(str(params.get("files") or ""))
        except ValueError:
            return _error("invalid_arguments")
        if not isinstance(items, list) or not items:
            return _error("invalid_arguments")
        files = [self.files.get(str(item.get("id"))) for item in items]
        if any(f is None or f.data is None or f.shared_in for f in files):
            return _error("file_not_found")
        shared = [f for f in files if f is not None]
        for file, item in zip(shared, items, strict=True):
            file.title = item.get("title") or file.filename
        channel_id = params.get("channel_id")
        if channel_id:
            channel = self._writable({"channel": channel_id})
            if not isinstance(channel, Channel):
                return channel
            self._share(channel, shared, params)
        return {"ok": True, "files": [{"id": f.id, "title": f.title} for f in shared]}

    def _share(self, channel: Channel, files: list[File], params: dict[str, Any]) -> None:
        for file in files:
            file.shared_in = channel.id
        message = Message(channel=channel.id, ts=self._next_ts(), text=str(params.get("initial_comment") or ""),
                          blocks=[], metadata=None, thread_ts=params.get("thread_ts"), params=params,
                          files=[{"id": f.id, "name": f.filename, "title": f.title, "alt_txt": f.alt_txt}
                                 for f in files])
        self.messages.append(message)


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path.startswith("/upload/v1/"):
            self._upload(url.path.removeprefix("/upload/v1/"))
            return
        params: dict[str, Any] = dict(parse_qsl(url.query))
        params.update(self._body())
        params = _decoded(params)
        slack: FakeSlack = self.server.slack  # type: ignore[attr-defined]
        status, headers, body = slack.handle(url.path.removeprefix("/api/"), params, self.headers["Authorization"])
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST

    def _upload(self, file_id: str) -> None:
        data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        slack: FakeSlack = self.server.slack  # type: ignore[attr-defined]
        status, body = slack.upload(file_id, data)
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _body(self) -> dict[str, Any]:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        if not raw:
            return {}
        if self.headers.get_content_type() == "application/json":
            return dict(json.loads(raw))
        return dict(parse_qsl(raw, keep_blank_values=True))

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the calls are in FakeSlack.calls


@dataclass
class Ack:
    envelope_id: str
    payload: dict[str, Any] | None
    after: float  # seconds between sending the envelope and its acknowledgement


class SocketModeServer:
    """The WebSocket end of Socket Mode on loopback: says hello to each connection, sends envelopes as Slack
    does, and records each acknowledgement with how long it took."""

    def __init__(self) -> None:
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Condition()
        self._connection: Any = None
        self._sent: dict[str, float] = {}
        self.acks: dict[str, Ack] = {}
        self.strays: list[str] = []  # frames that were not an acknowledgement of an envelope we sent
        self.connections = 0

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._server.socket.getsockname()[1]}/link/?ticket=loopback"

    def start(self) -> SocketModeServer:
        from websockets.sync.server import serve

        self._server = serve(self._serve, "127.0.0.1", 0)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _serve(self, connection: Any) -> None:
        connection.send(json.dumps({"type": "hello", "num_connections": 1,
                                    "debug_info": {"host": "loopback"}, "connection_info": {"app_id": "A0APP00001"}}))
        with self._ready:
            self._connection = connection
            self.connections += 1
            self._ready.notify_all()
        from websockets.exceptions import ConnectionClosed

        try:
            for frame in connection:
                self._received(frame)
        except ConnectionClosed:
            pass  # slack-sdk's client may leave without a close frame, as it may with Slack

    def _received(self, frame: str | bytes) -> None:
        try:
            data = json.loads(frame)
            envelope_id = str(data["envelope_id"])
        except (ValueError, KeyError, TypeError):
            self.strays.append(str(frame))
            return
        with self._ready:
            sent = self._sent.get(envelope_id)
            if sent is None:
                self.strays.append(str(frame))
                return
            self.acks[envelope_id] = Ack(envelope_id, data.get("payload"), time.monotonic() - sent)
            self._ready.notify_all()

    def wait_connected(self, timeout: float = 10.0) -> None:
        with self._ready:
            if not self._ready.wait_for(lambda: self._connection is not None, timeout):
                raise AssertionError("the app never connected over Socket Mode")

    def send(self, kind: str, payload: dict[str, Any], accepts_response_payload: bool = False) -> str:
        """Sends one envelope ("interactive", "slash_commands" or "events_api"); returns its envelope_id."""
        self.wait_connected()
        envelope_id = f"env-{len(self._sent) + 1:04d}-{int(time.time() * 1000)}"
        envelope = {"envelope_id": envelope_id, "type": kind, "payload": payload,
                    "accepts_response_payload": accepts_response_payload, "retry_attempt": 0, "retry_reason": ""}
        with self._ready:
            self._sent[envelope_id] = time.monotonic()
            connection = self._connection
        connection.send(json.dumps(envelope))
        return envelope_id

    def wait_ack(self, envelope_id: str, within: float = ACK_WITHIN) -> Ack:
        """The acknowledgement of an envelope; AssertionError when it did not come within Slack's limit."""
        with self._ready:
            if not self._ready.wait_for(lambda: envelope_id in self.acks, within):
                raise AssertionError(f"envelope {envelope_id} was not acknowledged within {within} s")
            return self.acks[envelope_id]


def block_actions(user: str, channel: str, message: dict[str, Any], action: dict[str, Any]) -> dict[str, Any]:
    """A block_actions payload as Slack sends it for a click on a button or a select in `message`."""
    return {
        "type": "block_actions", "user": {"id": user, "username": "alice", "team_id": "T0TEAM0001"},
        "api_app_id": "A0APP00001", "team": {"id": "T0TEAM0001", "domain": "foia-desk"},
        "container": {"type": "message", "message_ts": message["ts"], "channel_id": channel, "is_ephemeral": False},
        "trigger_id": f"1111.2222.{int(time.time() * 1000)}", "channel": {"id": channel, "name": "foia-triage"},
        "message": message, "response_url": "http://127.0.0.1:9/never-used",
        "actions": [{"block_id": "foiabot-triage", "action_ts": f"{time.time():.6f}", **action}],
    }


def view_submission(user: str, view: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """A view_submission payload for a modal the app opened, with what the person chose."""
    return {
        "type": "view_submission", "user": {"id": user, "username": "alice", "team_id": "T0TEAM0001"},
        "api_app_id": "A0APP00001", "team": {"id": "T0TEAM0001", "domain": "foia-desk"},
        "trigger_id": f"1111.3333.{int(time.time() * 1000)}",
        "view": {"id": "V000000001", "type": "modal", **view, "state": {"values": values}},
    }


@contextmanager
def fake_slack(**kwargs: Any) -> Iterator[FakeSlack]:
    """A started FakeSlack, stopped on exit."""
    slack = FakeSlack(**kwargs).start()
    try:
        yield slack
    finally:
        if slack.socket_mode is not None:
            slack.socket_mode.stop()
        slack.stop()
