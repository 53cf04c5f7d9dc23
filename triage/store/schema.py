"""Every table of the record, in one place, created and changed by migrations.

A new column or table is a new migration function at the end of this file;
an applied migration is never edited (sqlite-utils records which ran).
"""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("triage")


@migrations()
def m001_initial(db: Database) -> None:
    # The raw bytes of every message, content-addressed, so nothing is lost.
    db["raw"].create({"sha256": str, "bytes": bytes, "size": int}, pk="sha256")
    db["cases"].create(
        {
            "id": int, "ref": str, "opened_at": str, "updated_at": str,
            "status": str,  # open | closed
            "a_number": str, "name": str, "language": str,
            "decision": str, "priority": str, "reasons": str,  # JSON list
            "fields": str,  # JSON: the merged view
            "detained_since": str, "due_date": str,  # detained: received + 14 days
            "removal_date": str,
        },
        pk="id",
    )
    db["cases"].create_index(["ref"], unique=True)
    db["cases"].create_index(["a_number"])
    db["messages"].create(
        {
            "id": int, "source": str, "message_id": str,
            "raw_sha256": str, "content_sha256": str, "size": int,
            "subject": str, "from_addr": str, "reply_to": str, "date": str,
            "received_at": str, "language": str,
            "status": str,  # decided | quarantined | duplicate
            "error": str, "duplicate_of": int,
            "case_id": int, "body": str, "quoted": str, "forwarded": str,
            "headers": str,  # JSON
            "extraction": str,  # JSON: this message's own fields and signals
            "joined_by": str,  # how it joined its case: thread | case reference | A-number
            "report": str,  # JSON: its line of the replay report
        },
        pk="id",
        foreign_keys=[("raw_sha256", "raw", "sha256"), ("case_id", "cases", "id")],
    )
    db["messages"].create_index(["message_id"])
    db["messages"].create_index(["raw_sha256"])
    db["messages"].create_index(["case_id"])
    db["attachments"].create(
        {
            "id": int, "message": int, "idx": int, "filename": str,
            "content_type": str, "kind": str, "size": int, "sha256": str,
            "status": str, "error": str, "method": str, "pages": int, "text": str,
        },
        pk="id",
        foreign_keys=[("message", "messages", "id")],
    )
    db["extracted"].create(
        {
            "id": int, "message": int, "field": str, "value": str,
            "where_found": str, "page": int, "method": str, "snippet": str,
        },
        pk="id",
        foreign_keys=[("message", "messages", "id")],
    )
    db["extracted"].create_index(["message"])
    db["decisions"].create(
        {
            "id": int, "message": int, "case_id": int, "decided_at": str,
            "decision": str, "priority": str, "reasons": str,
            "findings": str, "rules_missed": str,  # JSON
        },
        pk="id",
        foreign_keys=[("message", "messages", "id"), ("case_id", "cases", "id")],
    )
    db["replies"].create(
        {
            "id": int, "message": int, "case_id": int, "message_id": str,
            "recipients": str, "subject": str, "language": str, "template": str,
            "raw": bytes,
            "status": str,  # pending | sent | written | failed | suppressed
            "created_at": str, "sent_at": str, "error": str,
        },
        pk="id",
        foreign_keys=[("message", "messages", "id"), ("case_id", "cases", "id")],
    )
    db["replies"].create_index(["message_id"], unique=True)
    db["replies"].create_index(["status"])
    db["events"].create(
        {"id": int, "at": str, "kind": str, "message": int, "case_id": int, "detail": str},
        pk="id",
    )
    db["events"].create_index(["kind", "at"])
    # Small named values: the case counter per year, daemon progress, etc.
    db["state"].create({"key": str, "value": str}, pk="key")


@migrations()
def m002_daemon(db: Database) -> None:
    # Issue 4. Per-folder IMAP progress: a message is handed over once per
    # (uidvalidity, uid); a changed uidvalidity restarts from uid 0 and the
    # pipeline's Message-ID and content dedupe keeps old mail from a 2nd pass.
    db["mailbox_progress"].create(
        {"folder": str, "uidvalidity": int, "last_uid": int, "updated_at": str},
        pk="folder",
    )
    # Every reply handed to the transport, per recipient: the loop-safety rate limit.
    db["reply_log"].create({"id": int, "address": str, "at": str, "reply": int}, pk="id")
    db["reply_log"].create_index(["address", "at"])


@migrations()
def m003_browse_fts(db: Database) -> None:
    # Full-text search for `triage browse` (issue 5). Triggers keep the index
    # in the writer's own transaction, so the daemon needs no extra step.
    db["messages"].enable_fts(["subject", "body", "forwarded"], create_triggers=True)
    db["attachments"].enable_fts(["filename", "text"], create_triggers=True)
