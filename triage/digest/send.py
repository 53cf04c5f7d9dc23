"""The digest as an email, its delivery, and the once-a-day bookkeeping.

The daemon calls `send_due(store, config, now)` each loop: `due_digest` says
which day's digest is owed (one at a time, oldest first, so a restart after
an outage catches up day by day instead of skipping), and what was sent is
recorded in state (`digest.last_date`, `digest.last_sent_at`) and as a
`digest_sent` event in the same transaction, so it is never sent twice.
"""
from __future__ import annotations

import os
import smtplib
import ssl
from datetime import date, datetime, time, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from triage.config import Config
from triage.digest.build import build_digest
from triage.digest.render import render_html, render_text, subject
from triage.errors import ConfigError, TriageError
from triage.store.db import Store


class Transport(Protocol):
    """The daemon's reply transport fits: anything with this `send`."""

    def send(self, raw: bytes, to: list[str], message_id: str) -> None: ...


def compose(store: Store, config: Config, day: date, now: datetime | None = None) -> EmailMessage:
    """The digest for `day` as multipart/alternative: plain text, then HTML."""
    digest = build_digest(store, day, config, now)
    sender = config["digest.from"] or config["inbox.address"]
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(config["digest.reviewers"]) or sender
    msg["Subject"] = subject(digest)
    msg["Date"] = formatdate(localtime=False)
    domain = sender.rpartition("@")[2] or "triage.invalid"
    msg["Message-ID"] = make_msgid(f"digest-{day.isoformat()}", domain=domain)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no one should auto-reply to it
    msg.set_content(render_text(digest))
    msg.add_alternative(render_html(digest), subtype="html")
    return msg


def write_file(msg: EmailMessage, folder: str | Path, day: date) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"digest-{day.isoformat()}.eml"
    path.write_bytes(bytes(msg))
    return path


class SmtpSender:
    """smtplib with the smtp.* settings, for `triage digest --send` and the daemon."""

    def __init__(self, config: Config):
        self.config = config
        if not config["smtp.host"]:
            raise ConfigError("smtp.host is not set: nowhere to send the digest")

    def _password(self) -> str | None:
        value = os.environ.get(self.config["smtp.password_env"] or "")
        if not value and self.config["smtp.password_file"]:
            value = Path(self.config["smtp.password_file"]).read_text(encoding="utf-8").strip()
        return value or None

    def send(self, raw: bytes, to: list[str], message_id: str) -> None:
        c = self.config
        security, timeout = c["smtp.security"], c["smtp.timeout_s"]
        try:
            if security == "tls":
                smtp = smtplib.SMTP_SSL(c["smtp.host"], c["smtp.port"], timeout=timeout,
                                        context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(c["smtp.host"], c["smtp.port"], timeout=timeout)
            with smtp:
                if security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
                if c["smtp.user"]:
                    smtp.login(c["smtp.user"], self._password() or "")
                smtp.sendmail(c["digest.from"] or c["inbox.address"], to, raw)
        except (OSError, smtplib.SMTPException) as e:
            raise TriageError(f"cannot send the digest through {c['smtp.host']}: {e}") from e


def deliver(msg: EmailMessage, config: Config, day: date,
            transport: Transport | None = None) -> str:
    """Send or write the digest as digest.transport says; returns where it went."""
    to = list(config["digest.reviewers"])
    where = config["digest.transport"]
    if transport is None and where.startswith("file:"):
        return str(write_file(msg, where[len("file:"):], day))
    if not to:
        raise ConfigError("digest.reviewers is empty: no one to send the digest to")
    if transport is None and where != "smtp":
        raise ConfigError(f"digest.transport must be file:PATH or smtp, not {where!r}")
    raw = msg.as_bytes(policy=SMTP)  # CRLF line ends: smtplib sends bytes as they are
    (transport or SmtpSender(config)).send(raw, to, msg["Message-ID"])
    return "smtp:" + ",".join(to)


def due_digest(store: Store, config: Config, now: datetime) -> date | None:
    """The day whose digest is owed at `now`, or None; the oldest unsent first."""
    tz = ZoneInfo(config["digest.timezone"])
    local = now.astimezone(tz)
    at = time.fromisoformat(config["digest.time"])
    latest = local.date() if local.time() >= at else local.date() - timedelta(days=1)
    last = store.get_state("digest.last_date")
    if last is None:  # the first ever: today's, once its time has come
        return local.date() if local.time() >= at else None
    following = date.fromisoformat(last) + timedelta(days=1)
    return following if following <= latest else None


def mark_sent(store: Store, day: date, where: str, message_id: str, now: datetime) -> None:
    with store.db.atomic():
        last = store.get_state("digest.last_date")
        if last is None or date.fromisoformat(last) < day:
            store.set_state("digest.last_date", day.isoformat())
        store.set_state("digest.last_sent_at",
                        now.astimezone(timezone.utc).isoformat(timespec="seconds"))
        store.event("digest_sent", {"day": day.isoformat(), "to": where,
                                    "message_id": message_id})


def send_digest(store: Store, config: Config, day: date, now: datetime | None = None,
                transport: Transport | None = None) -> str:
    """Build, deliver and record the digest for `day`; returns where it went."""
    now = now or datetime.now(timezone.utc)
    msg = compose(store, config, day, now)
    where = deliver(msg, config, day, transport)
    mark_sent(store, day, where, msg["Message-ID"], now)
    return where


def send_due(store: Store, config: Config, now: datetime,
             transport: Transport | None = None) -> date | None:
    """The daemon's one call: send the owed digest, if any; returns its day."""
    day = due_digest(store, config, now)
    if day is not None:
        send_digest(store, config, day, now, transport)
    return day
