"""The IMAP source (imapclient): read the inbox, wait with IDLE, file by decision.

Progress is (UIDVALIDITY, last UID) per folder in SQLite, advanced only
after a message is filed, so a crash re-hands the message over and the
daemon finds it already recorded. A changed UIDVALIDITY restarts from UID 0:
messages still in the folder come round again and are recognised by the
pipeline's Message-ID and content dedupe (and, in copy mode, skipped by
their $Triaged flag), so nothing is missed and nothing is decided twice.
"""
from __future__ import annotations

import logging
import os
import socket
import ssl
import time
from datetime import timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from triage.errors import ConfigError, SourceError
from triage.mailbox.source import Arrival
from triage.mailbox.source import Incoming
from triage.store.db import Store, now_iso

log = logging.getLogger("triage.imap")

TRIAGED = b"$Triaged"
LOOPBACK = ("127.0.0.1", "localhost", "::1")
NETWORK_ERRORS = (IMAPClientError, OSError, socket.timeout, ssl.SSLError, EOFError)


class AuthFailed(SourceError):
    """The server refused our login: an operator must act (the digest says so)."""


def read_secret(env_name: str, file_name: str, what: str) -> str:
    """A password or token from the environment, else from a file; never the config."""
    value = os.environ.get(env_name) if env_name else None
    if value:
        return value
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as e:
            raise ConfigError(f"cannot read the {what} file {file_name}: {e.strerror}") from e
    raise ConfigError(f"no {what}: set the environment variable {env_name or '(none named)'} "
                      f"or name a password_file")


def check_security(security: str, host: str, what: str) -> None:
    if security not in ("tls", "starttls", "none"):
        raise ConfigError(f"{what}.security must be tls, starttls or none, not {security!r}")
    if security == "none" and host not in LOOPBACK:
        raise ConfigError(f"{what}.security = \"none\" is only allowed to 127.0.0.1/localhost")


class ImapSource:
    def __init__(self, settings: dict[str, Any], store: Store, *, folder_prefix: str = "Triage",
                 poll_seconds: int = 60, max_bytes: int | None = None):
        self.s = settings
        self.store = store
        self.folder = settings["folder"]
        self.poll_seconds = poll_seconds
        self.max_bytes = max_bytes
        check_security(settings["security"], settings["host"], "imap")
        if not settings["host"]:
            raise ConfigError("source = \"imap\" needs imap.host")
        self.client: IMAPClient | None = None
        self.uidvalidity = 0
        self.delim = "/"
        self._known: set[str] = set()

    # ------------------------------------------------------------ connection
    def connect(self) -> None:
        self._drop()
        s = self.s
        try:
            c = IMAPClient(s["host"], port=s["port"], ssl=s["security"] == "tls",
                           ssl_context=ssl.create_default_context(), timeout=s["timeout_s"])
            if s["security"] == "starttls":
                c.starttls(ssl.create_default_context())
        except NETWORK_ERRORS as e:
            raise SourceError(f"cannot connect to IMAP {s['host']}:{s['port']}: {e}") from e
        secret = read_secret(s["password_env"], s["password_file"], "IMAP password")
        try:
            if s["auth"] == "xoauth2":
                c.oauth2_login(s["user"], secret)
            else:
                c.login(s["user"], secret)
        except LoginError as e:
            _quietly(c.logout)
            raise AuthFailed(f"IMAP login as {s['user']!r} refused: {_text(e)}") from e
        except NETWORK_ERRORS as e:
            raise SourceError(f"IMAP login failed: {e}") from e
        self.client = c
        self._guard(self._select)

    def _select(self) -> None:
        c = self._c()
        folders = c.list_folders("", self.folder)
        delim = folders[0][1] if folders else b"/"
        self.delim = (delim.decode() if isinstance(delim, bytes) else delim) or "/"
        info = c.select_folder(self.folder)
        self.uidvalidity = int(info[b"UIDVALIDITY"])
        self._check_uidvalidity()

    def _check_uidvalidity(self) -> None:
        row = self.store._first("select * from mailbox_progress where folder = ?", [self.folder])
        if row and row["uidvalidity"] == self.uidvalidity:
            return
        if row:
            log.warning("event=uidvalidity_changed folder=%s old=%s new=%s",
                        self.folder, row["uidvalidity"], self.uidvalidity)
            self.store.event("uidvalidity_changed", {"folder": self.folder,
                             "old": row["uidvalidity"], "new": self.uidvalidity})
        self.store.db["mailbox_progress"].upsert(
            {"folder": self.folder, "uidvalidity": self.uidvalidity, "last_uid": 0,
             "updated_at": now_iso()}, pk="folder")

    def last_uid(self) -> int:
        row = self.store._first("select last_uid from mailbox_progress where folder = ? "
                                "and uidvalidity = ?", [self.folder, self.uidvalidity])
        return row["last_uid"] if row else 0

    def _done(self, uid: int) -> None:
        self.store.db.execute(
            "update mailbox_progress set last_uid = max(last_uid, ?), updated_at = ? "
            "where folder = ? and uidvalidity = ?", [uid, now_iso(), self.folder, self.uidvalidity])
        self.store.db.conn.commit()

    def _c(self) -> IMAPClient:
        if self.client is None:
            self.connect()
        assert self.client is not None
        return self.client

    def _guard(self, fn: Callable, *args):
        """Run an IMAP step; any network or server error is a SourceError."""
        try:
            return fn(*args)
        except SourceError:
            raise
        except NETWORK_ERRORS as e:
            self._drop()
            raise SourceError(f"IMAP: {type(e).__name__}: {e}") from e

    def _drop(self) -> None:
        if self.client is not None:
            _quietly(self.client.shutdown)
        self.client = None

    # ------------------------------------------------------------ reading
    def fetch(self) -> Iterator[Arrival]:
        uids = self._guard(self._new_uids)
        for uid, size, when in uids:
            yield self._guard(self._one, uid, size, when)

    def _new_uids(self) -> list[tuple[int, int, Any]]:
        c = self._c()
        last = self.last_uid()
        uids = [u for u in c.search(["UID", f"{last + 1}:*"]) if u > last]
        if not uids:
            return []
        meta = c.fetch(uids, ["RFC822.SIZE", "INTERNALDATE", "FLAGS"])
        out = []
        for uid in sorted(meta):
            m = meta[uid]
            if TRIAGED in m.get(b"FLAGS", ()):  # copy mode: filed already
                self._done(uid)
                continue
            out.append((uid, m.get(b"RFC822.SIZE", 0), m.get(b"INTERNALDATE")))
        return out

    def _one(self, uid: int, size: int, when) -> Arrival:
        truncated = self.max_bytes is not None and size > self.max_bytes
        part = b"BODY[HEADER]" if truncated else b"BODY[]"
        data = self._c().fetch([uid], ["BODY.PEEK[HEADER]" if truncated else "BODY.PEEK[]"])
        raw = data.get(uid, {}).get(part)
        if raw is None:
            raise SourceError(f"IMAP UID {uid} vanished while being read")
        if when is not None and when.tzinfo is None:  # imapclient gives local naive time
            when = when.astimezone(timezone.utc)
        return Arrival(key=str(uid), label=f"imap:{self.folder}/{self.uidvalidity}/{uid}",
                       raw=raw, received=when, size=size, truncated=truncated)

    # ------------------------------------------------------------ filing
    def server_name(self, folder: str) -> str:
        return folder.strip("/").replace("/", self.delim)

    def ensure_folder(self, name: str) -> None:
        if name in self._known:
            return
        c = self._c()
        if not c.folder_exists(name):
            c.create_folder(name)
            _quietly(c.subscribe_folder, name)
        self._known.add(name)

    def file(self, incoming: Incoming, folder: str) -> None:
        self._guard(self._file, int(incoming.key), self.server_name(folder))

    def _file(self, uid: int, name: str) -> None:
        c = self._c()
        self.ensure_folder(name)
        if self.s["filing"] == "copy":
            c.copy([uid], name)
            c.add_flags([uid], [TRIAGED, b"\\Seen"])
        elif c.has_capability("MOVE"):
            c.move([uid], name)
        else:
            c.copy([uid], name)
            c.add_flags([uid], [b"\\Deleted"])
            if c.has_capability("UIDPLUS"):
                c.uid_expunge([uid])
            else:
                c.expunge()
        self._done(uid)

    # ------------------------------------------------------------ waiting
    def wait(self, stop: Callable[[], bool]) -> None:
        """Until the server says something changed, the IDLE period ends, or stop()."""
        self._guard(self._wait, stop)

    def _wait(self, stop: Callable[[], bool]) -> None:
        c = self._c()
        if not c.has_capability("IDLE"):
            _sleep(self.poll_seconds, stop)
            c.noop()
            return
        end = time.monotonic() + min(self.s["idle_seconds"], 29 * 60)
        c.idle()
        while not stop() and time.monotonic() < end:
            if self._idle_news(c):
                break
        c.idle_done()

    def _idle_news(self, c: IMAPClient) -> bool:
        """One short IDLE check (so SIGTERM is seen within a second): news?"""
        started = time.monotonic()
        responses = c.idle_check(timeout=1)
        # imapclient swallows EOF: a readable socket that yields nothing at once is closed.
        if not responses and time.monotonic() - started < 0.5:
            raise ConnectionError("the IMAP server closed the connection during IDLE")
        if any(r and r[0] == b"BYE" for r in responses):
            raise ConnectionError("the IMAP server said BYE during IDLE")
        return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)

    # ------------------------------------------------------------ Sent folder
    def append_sent(self, raw: bytes) -> None:
        self._guard(self._append_sent, raw)

    def _append_sent(self, raw: bytes) -> None:
        name = self.server_name(self.s["sent_folder"])
        self.ensure_folder(name)
        self._c().append(name, raw, flags=[b"\\Seen"])

    def sent_has(self, message_id: str) -> bool:
        return self._guard(self._sent_has, message_id)

    def _sent_has(self, message_id: str) -> bool:
        c = self._c()
        name = self.server_name(self.s["sent_folder"])
        self.ensure_folder(name)
        try:
            c.select_folder(name, readonly=True)
            return bool(c.search(["HEADER", "Message-ID", message_id]))
        finally:
            self._select()

    def close(self) -> None:
        if self.client is not None:
            _quietly(self.client.logout)
        self.client = None


def _sleep(seconds: float, stop: Callable[[], bool]) -> None:
    end = time.monotonic() + seconds
    while not stop() and time.monotonic() < end:
        time.sleep(min(0.5, max(0.0, end - time.monotonic())))


def _quietly(fn: Callable, *args) -> None:
    try:
        fn(*args)
    except Exception:  # closing a broken connection: nothing more to learn
        pass


def _text(e: Exception) -> str:
    return str(e).replace("b'", "").replace("'", "")[:200]
