"""Real servers for the daemon's tests: a throwaway Dovecot and an aiosmtpd sink.

Follows /work/shared/SERVERS.md: Dovecot with its own config in a temporary
folder on 127.0.0.1 at a free high port, ready at its `* OK` greeting; as
root the mail uid is 65534 and the login/internal users dovenull/dovecot.
Import the fixtures from a test module: `from tests.servers import dovecot, smtp`.
"""
from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from email.utils import formatdate, make_msgid
from pathlib import Path

import pytest

USER, PASSWORD = "sro", "not-a-real-secret"
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Dovecot:
    def __init__(self, base: Path):
        self.base = base
        self.port = free_port()
        self.mail = base / "mail"
        self.proc: subprocess.Popen | None = None
        self.log = base / "dovecot.log"
        self._configure()

    def _configure(self) -> None:
        for d in ("run", "state", "mail"):
            (self.base / d).mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            uid = gid = 65534
            users = "default_login_user = dovenull\ndefault_internal_user = dovecot\n"
            chroot = ""
            for p in (self.mail,):
                os.chown(p, uid, gid)
        else:
            me = pwd.getpwuid(os.geteuid())
            uid, gid = me.pw_uid, me.pw_gid
            users = (f"default_login_user = {me.pw_name}\ndefault_internal_user = {me.pw_name}\n"
                     f"default_internal_group = {me.pw_name}\n")
            chroot = "  chroot =\n"
        (self.base / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        (self.base / "dovecot.conf").write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {self.base}/run
state_dir = {self.base}/state
log_path = /dev/stderr
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
{users}
passdb {{
  driver = passwd-file
  args = {self.base}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={self.mail}/%u
}}
mail_location = maildir:{self.mail}/%u
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
{chroot}}}
service anvil {{
{chroot}}}
""")

    def start(self) -> None:
        self.proc = subprocess.Popen(["dovecot", "-F", "-c", str(self.base / "dovecot.conf")],
                                     stdout=open(self.log, "ab"), stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not greet: {self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        """Stop the server and every session it started (as a real restart does)."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc:
            try:  # imap processes outlive a foreground master: end its whole group
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc = None

    def client(self):
        from imapclient import IMAPClient

        c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        c.login(USER, PASSWORD)
        return c

    def deliver(self, raw: bytes, folder: str = "INBOX", when=None) -> None:
        c = self.client()
        try:
            c.append(folder, raw, msg_time=when)
        finally:
            c.logout()

    def count(self, folder: str) -> int:
        c = self.client()
        try:
            if not c.folder_exists(folder):
                return 0
            return c.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"]
        finally:
            c.logout()

    def folders(self) -> list[str]:
        c = self.client()
        try:
            return sorted(name for _, _, name in c.list_folders())
        finally:
            c.logout()

    def settings(self) -> dict:
        return {"host": "127.0.0.1", "port": self.port, "security": "none", "user": USER,
                "password_env": "TRIAGE_TEST_IMAP_PASSWORD", "sent_folder": "Sent",
                "timeout_s": 10}


class SmtpSink:
    """aiosmtpd on 127.0.0.1, keeping every message it is given."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.messages: list[dict] = []
        self.lock = threading.Lock()
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                with sink.lock:
                    sink.messages.append({"mail_from": envelope.mail_from,
                                          "rcpt_tos": list(envelope.rcpt_tos),
                                          "data": envelope.original_content or envelope.content,
                                          "at": time.time()})
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=free_port())
        self.controller.start()
        self.port = self.controller.port

    def message_ids(self) -> list[str]:
        import email

        with self.lock:
            return [email.message_from_bytes(m["data"])["Message-ID"] for m in self.messages]

    def stop(self) -> None:
        self.controller.stop()


def need_dovecot() -> None:
    if shutil.which("dovecot") is None:
        pytest.skip("the dovecot binary is absent (apt-get install -y dovecot-imapd)")


def dovecot_base() -> Path:
    """A folder Dovecot's own users can reach (pytest's tmp_path is 0700 root's)."""
    base = Path(tempfile.mkdtemp(prefix="triage-dovecot-"))
    base.chmod(0o755)
    return base


@pytest.fixture
def dovecot():
    need_dovecot()
    base = dovecot_base()
    server = Dovecot(base)
    server.start()
    os.environ["TRIAGE_TEST_IMAP_PASSWORD"] = PASSWORD
    yield server
    server.stop()
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def smtp():
    sink = SmtpSink()
    yield sink
    sink.stop()


def request(n: int, sender: str = "maria.lopez@example.org", **extra: str) -> bytes:
    """A complete fictional English request (acknowledged by the policy)."""
    headers = "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in extra.items())
    return (
        f"From: Maria Lopez <{sender}>\r\n"
        f"To: ICEcasereview@ice.dhs.gov\r\n"
        f"Subject: Case review request {n}\r\n"
        f"Date: {formatdate(localtime=False)}\r\n"
        f"Message-ID: {make_msgid(domain='example.org')}\r\n"
        f"{headers}"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Dear Senior Reviewing Official,\r\n\r\n"
        f"I request a review of my case (letter {n}). My name is Maria Elena Lopez Garcia, "
        f"A-number A{212345670 + n:09d}, date of birth March 4, 1990, born in Guatemala. "
        "My phone number is (202) 555-0143. I ask for a stay of removal. "
        "I asked the local ERO field office for a review and it was denied on "
        "February 14, 2025. Copies of my local request and of the local office's "
        "denial are attached.\r\n\r\nMaria Lopez\r\n"
    ).encode()


def triage_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "triage.cli_ops", *args]
