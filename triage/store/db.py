"""The record: opening the database and the few writes and reads the
pipeline needs. Every table is defined in schema.py."""
from __future__ import annotations

import json
import os
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from sqlite_utils import Database

from triage.errors import TriageError
from triage.store.schema import migrations

CASE_REF = re.compile(r"\bICR-(\d{4})-(\d{6})\b", re.IGNORECASE)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _private_file(path: Path) -> None:
    """Create the database file 0600 inside a 0700 folder before SQLite does."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(path, 0o600)


def open_db(path: str | Path, durable: bool = True) -> Database:
    """Open (creating and migrating) the record at `path`.

    durable=False lets commits return before the disk has the WAL (SQLite's
    synchronous=NORMAL): still safe if the program dies, but a power cut may
    lose the last transactions. Only for work that can be redone (replay)."""
    path = Path(path)
    try:
        _private_file(path)
        db = Database(path)
        db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 10000")
        db.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
        migrations.apply(db)
    except (OSError, Exception) as e:  # sqlite3 errors have no common base we can name
        if isinstance(e, TriageError):
            raise
        raise TriageError(f"cannot open the database {path}: {e}") from e
    return db


class Store:
    """Reads and writes of the record, each small; callers own transactions."""

    def __init__(self, db: Database):
        self.db = db

    # ------------------------------------------------------------ state
    def get_state(self, key: str, default: str | None = None) -> str | None:
        rows = list(self.db.query("select value from state where key = ?", [key]))
        return rows[0]["value"] if rows else default

    def set_state(self, key: str, value: str) -> None:
        self.db["state"].upsert({"key": key, "value": value}, pk="key")

    def event(self, kind: str, detail: dict | str | None = None, *,
              message: int | None = None, case_id: int | None = None) -> None:
        if not isinstance(detail, str):
            detail = json.dumps(detail or {}, default=str, ensure_ascii=False)
        self.db["events"].insert({"at": now_iso(), "kind": kind, "message": message,
                                  "case_id": case_id, "detail": detail})

    # ------------------------------------------------------------ messages
    def save_raw(self, sha256: str, raw: bytes) -> None:
        self.db["raw"].insert({"sha256": sha256, "bytes": raw, "size": len(raw)},
                              pk="sha256", ignore=True)

    def raw_bytes(self, sha256: str) -> bytes | None:
        rows = list(self.db.query("select bytes from raw where sha256 = ?", [sha256]))
        return rows[0]["bytes"] if rows else None

    def first_with_raw(self, sha256: str) -> dict | None:
        # A duplicate points at its first; a requeued row is being processed anew.
        return self._first("select * from messages where raw_sha256 = ? "
                           "and status not in ('duplicate', 'requeued') order by id limit 1",
                           [sha256])

    def first_with_content(self, message_id: str, content_sha256: str) -> dict | None:
        return self._first("select * from messages where message_id = ? and content_sha256 = ? "
                           "and status not in ('duplicate', 'requeued') order by id limit 1",
                           [message_id, content_sha256])

    def insert_message(self, row: dict[str, Any]) -> int:
        return self.db["messages"].insert(row).last_pk

    def update_message(self, pk: int, values: dict[str, Any]) -> None:
        self.db["messages"].update(pk, values)

    def message(self, pk: int) -> dict | None:
        return self._first("select * from messages where id = ?", [pk])

    def _first(self, sql: str, params: Iterable[Any]) -> dict | None:
        rows = list(self.db.query(sql, list(params)))
        return rows[0] if rows else None

    # ------------------------------------------------------------ cases
    def next_case_ref(self, year: int) -> str:
        key = f"case_counter:{year}"
        n = int(self.get_state(key, "0")) + 1
        self.set_state(key, str(n))
        return f"ICR-{year}-{n:06d}"

    def case_by_ref(self, ref: str) -> dict | None:
        return self._first("select * from cases where ref = ? collate nocase", [ref.upper()])

    def case_by_id(self, pk: int) -> dict | None:
        return self._first("select * from cases where id = ?", [pk])

    def case_for_message_ids(self, ids: list[str]) -> dict | None:
        """The case of the newest message (or our reply) among `ids`."""
        if not ids:
            return None
        marks = ",".join("?" * len(ids))
        sql = (f"select case_id from messages where message_id in ({marks}) and case_id is not null "
               f"union all select case_id from replies where message_id in ({marks}) "
               f"and case_id is not null")
        rows = list(self.db.query(sql, ids + ids))
        if not rows:
            return None
        return self.case_by_id(max(r["case_id"] for r in rows))

    def open_case_for_a_number(self, a_number: str) -> dict | None:
        return self._first("select * from cases where a_number = ? and status = 'open' "
                           "order by id desc limit 1", [a_number])

    def case_extractions(self, case_id: int) -> list[dict]:
        """This case's messages' own extractions, oldest first."""
        rows = self.db.query("select extraction from messages where case_id = ? and "
                             "status = 'decided' and extraction is not null order by id",
                             [case_id])
        return [json.loads(r["extraction"]) for r in rows]

    def insert_case(self, row: dict[str, Any]) -> int:
        return self.db["cases"].insert(row).last_pk

    def update_case(self, pk: int, values: dict[str, Any]) -> None:
        self.db["cases"].update(pk, values)

    # ------------------------------------------------------------ replies
    def insert_reply(self, row: dict[str, Any]) -> int:
        return self.db["replies"].insert(row).last_pk

    def set_reply_status(self, pk: int, status: str, error: str | None = None) -> None:
        values: dict[str, Any] = {"status": status, "error": error}
        if status in ("sent", "written"):
            values["sent_at"] = now_iso()
        self.db["replies"].update(pk, values)

    def replies_with_status(self, status: str) -> list[dict]:
        return list(self.db.query("select * from replies where status = ? order by id", [status]))
