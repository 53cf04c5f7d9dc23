"""Every setting in one table (name, default, help), loaded from TOML.

A TOML file sets any of them with nested tables: `[imap] host = "..."` sets
`imap.host`. An unknown name is an error, so a typo never passes silently.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("inbox.address", "ICEcasereview@ice.dhs.gov", "The inbox's own address: replies come from it and never go to it."),
    Setting("store.path", "var/triage.db", "The SQLite record (created 0600 in a 0700 folder)."),
    Setting("source", "maildir:var/inbox", "Where mail comes from: maildir:PATH or imap (see [imap])."),
    Setting("transport", "outbox:var/outbox", "Where replies go: outbox:PATH (files) or smtp (see [smtp])."),
    Setting("replay.workers", 0, "Processes that read and extract ahead in `triage replay` (0: one a core; 1: none)."),
    Setting("limits.max_message_bytes", 25_000_000, "Larger messages are quarantined with a short reply saying so."),
    Setting("limits.max_attachments", 50, "Attachments past this count are noted, not read."),
    Setting("limits.max_pdf_pages", 50, "PDF pages read per attachment."),
    Setting("limits.max_text_chars", 1_000_000, "Extracted text kept per message."),
    Setting("limits.max_depth", 5, "Nesting depth of attached messages."),
    Setting("limits.pdf_timeout_s", 20, "Seconds one PDF may take before it is noted unreadable."),
    Setting("limits.pdf_memory_bytes", 1 << 30, "Address space one PDF worker may use."),
    Setting("limits.max_ocr_pages", 10, "Scanned pages read by OCR per attachment."),
    Setting("limits.ocr_timeout_s", 120, "Seconds the OCR of one attachment may take."),
    # --- the daemon (issue 4): imap.*, smtp.*, daemon.*, replies.*
    Setting("imap.host", "", "IMAP server name (source = \"imap\")."),
    Setting("imap.port", 993, "IMAP port: 993 for TLS, 143 for STARTTLS."),
    Setting("imap.security", "tls", "tls, starttls, or none (none only to 127.0.0.1/localhost, for tests)."),
    Setting("imap.user", "", "IMAP login name."),
    Setting("imap.auth", "password", "password, or xoauth2 (the secret is then an OAuth2 access token)."),
    Setting("imap.password_env", "TRIAGE_IMAP_PASSWORD", "Environment variable holding the IMAP password or token."),
    Setting("imap.password_file", "", "File holding the IMAP password or token (used when the variable is unset)."),
    Setting("imap.folder", "INBOX", "The folder that is read."),
    Setting("imap.sent_folder", "Sent", "Where a copy of every reply is appended (created when missing)."),
    Setting("imap.filing", "move", "move: file each message out of the inbox; copy: copy it and flag it $Triaged."),
    Setting("imap.idle_seconds", 1740, "IDLE is re-issued after this many seconds (RFC 2177: under 29 minutes)."),
    Setting("imap.timeout_s", 60, "Seconds before a silent IMAP connection counts as broken."),
    Setting("smtp.host", "", "SMTP server name (transport = \"smtp\")."),
    Setting("smtp.port", 465, "SMTP port: 465 for TLS, 587 for STARTTLS."),
    Setting("smtp.security", "tls", "tls, starttls, or none (none only to 127.0.0.1/localhost, for tests)."),
    Setting("smtp.user", "", "SMTP login name; empty: no authentication."),
    Setting("smtp.password_env", "TRIAGE_SMTP_PASSWORD", "Environment variable holding the SMTP password."),
    Setting("smtp.password_file", "", "File holding the SMTP password (used when the variable is unset)."),
    Setting("smtp.timeout_s", 60, "Seconds before a silent SMTP connection counts as broken."),
    Setting("daemon.folder_prefix", "Triage", "Messages are filed into PREFIX/Acknowledged, PREFIX/Rejected, ..."),
    Setting("daemon.poll_seconds", 60, "Seconds between polls when the server has no IDLE (and for a Maildir)."),
    Setting("daemon.backoff_initial_ms", 1000, "First wait after a connection error; doubled each time, with jitter."),
    Setting("daemon.backoff_max_s", 300, "Longest wait between reconnection attempts."),
    Setting("daemon.stale_after_s", 900, "`triage status` exits non-zero when the last good poll is older."),
    Setting("daemon.cutoff", "", "No automatic reply to mail received before this ISO time; empty: the daemon's first start."),
    Setting("daemon.reply_to_backlog", False, "Answer mail older than the cut-off too (a first start on a full mailbox)."),
    Setting("replies.max_per_sender", 10, "At most this many replies to one address per window (loop safety)."),
    Setting("replies.window_minutes", 180, "The window of replies.max_per_sender."),
    Setting("replies.x_loop", "", "The X-Loop value our replies carry and incoming mail is checked for; empty: inbox.address."),
    # --- the digest (issue 5): digest.*
    Setting("digest.reviewers", [], "Addresses the daily digest goes to."),
    Setting("digest.time", "07:00", "Local time (HH:MM) the daily digest is due."),
    Setting("digest.timezone", "America/New_York", "IANA time zone of digest.time and of the digest's days."),
    Setting("digest.from", "", "From address of the digest (empty: inbox.address)."),
    Setting("digest.transport", "file:var/digests", "Where the daemon puts the digest: file:PATH (.eml files) or smtp (see [smtp])."),
    Setting("digest.stall_minutes", 30, "A last successful poll older than this marks the bot stalled."),
    Setting("digest.chart_days", 30, "Days of volume in the digest's chart."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


class Config(dict):
    """Setting name -> value; every name of SETTINGS is present."""

    def section(self, prefix: str) -> dict[str, Any]:
        """The settings under `prefix.` without the prefix: cfg.section('limits')."""
        p = prefix + "."
        return {k[len(p):]: v for k, v in self.items() if k.startswith(p)}


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in table.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, name + "."))
        else:
            out[name] = v
    return out


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """The defaults, then the TOML file at `path`, then `overrides`."""
    values = {s.name: s.default for s in SETTINGS}
    given: dict[str, Any] = {}
    if path is not None:
        try:
            given = _flatten(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except OSError as e:
            raise ConfigError(f"cannot read the config {path}: {e.strerror}") from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"the config {path} is not valid TOML: {e}") from e
    given.update({k.replace("__", "."): v for k, v in overrides.items()})
    for name, value in given.items():
        setting = _BY_NAME.get(name)
        if setting is None:
            raise ConfigError(f"unknown setting {name!r} (see config.example.toml)")
        if setting.default is not None and not isinstance(value, type(setting.default)):
            raise ConfigError(f"setting {name!r} must be a {type(setting.default).__name__}")
        values[name] = value
    return Config(values)
