"""The SMTP transport (smtplib): TLS or STARTTLS, optional auth, empty envelope sender.

Replies go with `MAIL FROM:<>` (RFC 3834 section 3.3: a bounce of an
automatic reply must go nowhere), then a copy is appended to the IMAP Sent
folder when IMAP is the source. That copy is also how a restarted daemon
learns that a reply went out before the crash: `already_sent` looks for
its Message-ID there. A failure to append after the server accepted the
reply is logged, never raised: raising would send the reply twice.
"""
from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from typing import Any

from triage.errors import ConfigError
from triage.mailbox.imap import ImapSource, check_security, read_secret
from triage.mailbox.transport import RecipientRefused, TransportAuthFailed, TransportError

log = logging.getLogger("triage.smtp")


class SmtpTransport:
    def __init__(self, settings: dict[str, Any], sent: ImapSource | None = None):
        self.s = settings
        self.sent = sent
        if not settings["host"]:
            raise ConfigError("transport = \"smtp\" needs smtp.host")
        check_security(settings["security"], settings["host"], "smtp")

    def _connect(self) -> smtplib.SMTP:
        s = self.s
        ctx = ssl.create_default_context()
        if s["security"] == "tls":
            conn: smtplib.SMTP = smtplib.SMTP_SSL(s["host"], s["port"], timeout=s["timeout_s"],
                                                  context=ctx)
        else:
            conn = smtplib.SMTP(s["host"], s["port"], timeout=s["timeout_s"])
            if s["security"] == "starttls":
                conn.starttls(context=ctx)
        if s["user"]:
            conn.login(s["user"], read_secret(s["password_env"], s["password_file"],
                                              "SMTP password"))
        return conn

    def send(self, raw: bytes, to: list[str], message_id: str) -> None:
        raw = _crlf(raw)
        try:
            conn = self._connect()
            try:
                refused = conn.sendmail("", to, raw)  # "" is MAIL FROM:<>
            finally:
                _quit(conn)
        except smtplib.SMTPRecipientsRefused as e:
            raise RecipientRefused(f"every recipient refused: {_codes(e.recipients)}") from e
        except smtplib.SMTPAuthenticationError as e:
            raise TransportAuthFailed(f"SMTP login refused: {e.smtp_code}") from e
        except smtplib.SMTPResponseException as e:
            cls = RecipientRefused if 500 <= e.smtp_code < 600 else TransportError
            raise cls(f"SMTP {e.smtp_code}: {_decode(e.smtp_error)}") from e
        except (smtplib.SMTPException, OSError, socket.timeout, ssl.SSLError) as e:
            raise TransportError(f"SMTP {self.s['host']}:{self.s['port']}: {e}") from e
        if refused:
            log.warning("event=recipients_refused message_id=%s refused=%s",
                        message_id, _codes(refused))
        self._copy_to_sent(raw, message_id)

    def _copy_to_sent(self, raw: bytes, message_id: str) -> None:
        if self.sent is None:
            return
        try:
            self.sent.append_sent(raw)
        except Exception as e:  # sent already: never turn this into a resend
            log.warning("event=sent_copy_failed message_id=%s error=%s", message_id, e)

    def already_sent(self, message_id: str) -> bool:
        return self.sent is not None and self.sent.sent_has(message_id)

    def close(self) -> None:
        pass


def _crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _quit(conn: smtplib.SMTP) -> None:
    try:
        conn.quit()
    except (smtplib.SMTPException, OSError):
        conn.close()


def _decode(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _codes(refused: dict) -> str:
    return ", ".join(f"{addr}: {code}" for addr, (code, _) in refused.items())
