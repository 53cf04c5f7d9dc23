"""Operating the daemon: building it from the config, `status`, `requeue`.

`status` reads only the record, so monitoring never touches the mailbox; it
fails (non-zero) when the daemon has not polled successfully for
daemon.stale_after_s. `requeue` sends quarantined messages through the
pipeline again after a fix: the old row is marked `requeued` (kept, for the
history) and no longer counts for the byte dedupe, so the message is
decided anew; a reply it earns is left pending for the daemon to gate and send.
"""
from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from triage.config import Config
from triage.errors import ConfigError, TriageError
from triage.store.db import Store, open_db

ERROR_EVENTS = ("auth_failure", "connection_error", "reply_failed")


# ------------------------------------------------------------ building the daemon
def build_source(config: Config, store: Store):
    spec: str = config["source"]
    poll, limit = config["daemon.poll_seconds"], config["limits.max_message_bytes"]
    if spec.startswith("maildir:"):
        from triage.mailbox.maildir import MaildirSource

        return MaildirSource(spec.partition(":")[2], poll_seconds=poll, max_bytes=limit)
    if spec == "imap":
        from triage.mailbox.imap import ImapSource

        return ImapSource(config.section("imap"), store, folder_prefix=config["daemon.folder_prefix"],
                          poll_seconds=poll, max_bytes=limit)
    raise ConfigError(f"source must be maildir:PATH or imap, not {spec!r}")


def build_transport(config: Config, source: Any, dry_run: bool = False):
    spec: str = config["transport"]
    if not (spec.startswith("outbox:") or spec == "smtp"):
        raise ConfigError(f"transport must be outbox:PATH or smtp, not {spec!r}")
    if dry_run:
        from triage.mailbox.transport import DryRunTransport

        return DryRunTransport()
    if spec.startswith("outbox:"):
        from triage.mailbox.outbox import OutboxTransport

        return OutboxTransport(spec.partition(":")[2])
    from triage.mailbox.imap import ImapSource
    from triage.mailbox.smtp import SmtpTransport

    return SmtpTransport(config.section("smtp"),
                         sent=source if isinstance(source, ImapSource) else None)


def dry_run_copy(path: str | Path) -> Path:
    """A private copy of the record, so --dry-run changes nothing real."""
    work = Path(tempfile.mkdtemp(prefix="triage-dry-run-"))
    copy = work / "triage.db"
    if Path(path).exists():
        src = sqlite3.connect(path)
        dst = sqlite3.connect(copy)
        with dst:
            src.backup(dst)
        src.close()
        dst.close()
    return copy


def open_daemon(config: Config, *, dry_run: bool = False, reply_to_backlog: bool | None = None):
    """The daemon the config describes, and a function to clean up after it."""
    from triage.daemon import Daemon
    from triage.pipeline import Pipeline

    path = dry_run_copy(config["store.path"]) if dry_run else Path(config["store.path"])
    store = Store(open_db(path))
    source = build_source(config, store)
    transport = build_transport(config, source, dry_run)
    daemon = Daemon(store, config, source, transport, Pipeline(store, config),
                    dry_run=dry_run, reply_to_backlog=reply_to_backlog)

    def cleanup() -> None:
        store.db.close()
        if dry_run:
            shutil.rmtree(path.parent, ignore_errors=True)
    return daemon, cleanup


# ------------------------------------------------------------ status
@dataclass
class Status:
    last_poll_ok: str | None
    stale: bool
    backlog: int | None  # messages waiting in the source, when it can be counted cheaply
    pending_replies: int
    quarantined: int
    errors: dict[str, int] = field(default_factory=dict)  # kind -> count, last 24 hours
    last_error: str | None = None

    def lines(self) -> list[str]:
        errors = ", ".join(f"{k} {v}" for k, v in self.errors.items()) or "none"
        return [
            f"last poll:       {self.last_poll_ok or 'never'}{'  (STALE)' if self.stale else ''}",
            f"backlog:         {'unknown' if self.backlog is None else self.backlog}",
            f"pending replies: {self.pending_replies}",
            f"quarantined:     {self.quarantined}",
            f"errors (24 h):   {errors}",
            f"last error:      {self.last_error or '-'}",
        ]


def status(config: Config, now: datetime | None = None) -> Status:
    now = now or datetime.now(timezone.utc)
    store = Store(open_db(config["store.path"]))
    try:
        last = store.get_state("daemon.last_poll_ok")
        age = (now - datetime.fromisoformat(last)).total_seconds() if last else None
        since = datetime.fromtimestamp(now.timestamp() - 86400, timezone.utc).isoformat()
        errors = {r["kind"]: r["n"] for r in store.db.query(
            "select kind, count(*) as n from events where kind in (?, ?, ?) and at >= ? "
            "group by kind order by kind", [*ERROR_EVENTS, since])}
        last_error = store._first("select at, kind, detail from events where kind in (?, ?, ?) "
                                  "order by id desc limit 1", ERROR_EVENTS)
        return Status(
            last_poll_ok=last,
            stale=age is None or age > config["daemon.stale_after_s"],
            backlog=_backlog(config),
            pending_replies=_count(store, "select count(*) as n from replies where status = 'pending'"),
            quarantined=_count(store, "select count(*) as n from messages where status = 'quarantined'"),
            errors=errors,
            last_error=(f"{last_error['at']} {last_error['kind']} {last_error['detail']}"
                        if last_error else None))
    finally:
        store.db.close()


def _count(store: Store, sql: str) -> int:
    return next(iter(store.db.query(sql)))["n"]


def _backlog(config: Config) -> int | None:
    spec = config["source"]
    if not spec.startswith("maildir:"):
        return None  # counting would mean logging in to the server
    root = Path(spec.partition(":")[2])
    return sum(1 for d in ("new", "cur") if (root / d).is_dir()
               for f in (root / d).iterdir() if f.is_file())


# ------------------------------------------------------------ requeue
def requeue(config: Config, ids: list[int] | None = None) -> list[dict]:
    """Send quarantined messages (all, or those `ids`) through the pipeline again."""
    from triage.pipeline import Pipeline

    store = Store(open_db(config["store.path"]))
    try:
        rows = _quarantined(store, ids)
        pipeline = Pipeline(store, config)
        out = []
        for row in rows:
            raw = store.raw_bytes(row["raw_sha256"])
            if raw is None:
                raise TriageError(f"message {row['id']} has no stored bytes")
            with store.db.atomic():  # a kill in between leaves it quarantined, not lost
                store.update_message(row["id"], {"status": "requeued"})
                store.event("requeued", {"source": row["source"]}, message=row["id"])
                received = (datetime.fromisoformat(row["received_at"])
                            if row["received_at"] else None)
                outcome = pipeline.process(raw, row["source"], received)
            out.append({"id": row["id"], "source": row["source"], "decision": outcome.decision,
                        "quarantined": outcome.quarantined, "reply": outcome.reply is not None})
        return out
    finally:
        store.db.close()


def _quarantined(store: Store, ids: list[int] | None) -> list[dict]:
    if not ids:
        return list(store.db.query("select * from messages where status = 'quarantined' "
                                   "order by id"))
    rows = []
    for pk in ids:
        row = store.message(pk)
        if row is None or row["status"] != "quarantined":
            raise TriageError(f"message {pk} is not quarantined")
        rows.append(row)
    return rows
