"""`triage browse`: the record in Datasette, read-only, on 127.0.0.1.

The daemon may be writing while a reviewer browses. By default we serve a
consistent snapshot taken with SQLite's backup API (so Datasette can open it
immutable and never sees a half-written transaction); `--live` serves the
file itself with Datasette's read-only (mode=ro) connections instead.
Full-text search comes from the FTS5 tables migration m003 keeps in step.
"""
from __future__ import annotations

import asyncio
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Callable

OPEN_CASE = "from cases where status = 'open'"
CASE_COLUMNS = ('ref as "Case", a_number as "A-number", name as "Name", '
                'json_extract(fields, \'$.requester_role\') as "Requester", '
                'decision as "Decision", priority as "Priority", reasons as "Reasons"')

QUERIES = {
    "safety_escalations": {
        "title": "1. Safety escalations (open)",
        "sql": f"select {CASE_COLUMNS}, due_date as \"Due\", opened_at as \"Opened\" "
               f"{OPEN_CASE} and decision = 'escalate' order by opened_at"},
    "detained_due": {
        "title": "2. Detained: 14-day due dates, overdue first",
        "sql": f"select due_date as \"Due\", cast(julianday(due_date) - julianday(date('now')) "
               f"as integer) as \"Days left\", {CASE_COLUMNS}, detained_since as \"Detained since\" "
               f"{OPEN_CASE} and priority = 'detained' and due_date is not null "
               f"order by due_date, ref"},
    "imminent_removals": {
        "title": "3. Imminent removals",
        "sql": f"select removal_date as \"Removal date\", {CASE_COLUMNS} {OPEN_CASE} "
               f"and priority = 'imminent_removal' "
               f"order by removal_date is null, removal_date, ref"},
    "acknowledged": {
        "title": "4. Acknowledged cases, newest first",
        "sql": f"select updated_at as \"Updated\", {CASE_COLUMNS} {OPEN_CASE} "
               f"and decision = 'acknowledge' order by updated_at desc"},
    "rejections_redirects": {
        "title": "5. Rejections and redirects by reason",
        "sql": "select decision as \"Decision\", reasons as \"Reasons\", count(*) as \"Cases\", "
               "group_concat(ref, ', ') as \"Case references\" from cases where decision in "
               "('reject_incomplete', 'redirect_local', 'redirect_opla') "
               "group by decision, reasons order by count(*) desc"},
    "ignored_quarantined": {
        "title": "6. Ignored and quarantined mail",
        "sql": "select received_at as \"Received\", status as \"Status\", from_addr as \"From\", "
               "subject as \"Subject\", coalesce(error, json_extract(report, '$.reasons')) "
               "as \"Why\", source as \"Source\" from messages where status = 'quarantined' "
               "or (status = 'decided' and case_id is null) order by id desc"},
    "volume_30_days": {
        "title": "7. Volume by day and decision, last 30 days",
        "sql": "select substr(received_at, 1, 10) as \"Day\", case when status = 'quarantined' "
               "then 'quarantined' else json_extract(report, '$.decision') end as \"Decision\", "
               "count(*) as \"Messages\" from messages where status != 'duplicate' and "
               "received_at >= date('now', '-30 days') group by 1, 2 order by 1 desc, 2"},
    "search": {
        "title": "Search message and attachment text",
        "sql": "select m.id as \"Message\", c.ref as \"Case\", m.received_at as \"Received\", "
               "'message' as \"Found in\", snippet(messages_fts, -1, '[', ']', '...', 12) "
               "as \"Text\" from messages_fts join messages m on m.id = messages_fts.rowid "
               "left join cases c on c.id = m.case_id where messages_fts match :q "
               "union all select a.message, c.ref, m.received_at, 'attachment ' || "
               "coalesce(a.filename, '#' || a.idx), snippet(attachments_fts, -1, '[', ']', "
               "'...', 12) from attachments_fts join attachments a on a.id = attachments_fts.rowid "
               "join messages m on m.id = a.message left join cases c on c.id = m.case_id "
               "where attachments_fts match :q limit 200"},
}

COLUMNS = {
    "cases": {"ref": "Case reference", "a_number": "A-number (full: local use only)",
              "decision": "The case's current decision", "priority": "detained, "
              "imminent_removal or standard", "reasons": "Every finding (JSON list)",
              "fields": "The merged fields of all its messages (JSON)",
              "due_date": "Detained: the SRO's 14-day answer date",
              "removal_date": "Scheduled removal, when given"},
    "messages": {"received_at": "When it arrived", "from_addr": "Sender",
                 "status": "decided, quarantined or duplicate",
                 "joined_by": "How it joined its case", "report": "Its replay-report line (JSON)",
                 "body": "The sender's own words", "quoted": "Quoted history (not read as "
                 "the request)"},
    "extracted": {"where_found": "Where the value was found", "page": "Attachment page",
                  "method": "Pattern or model that found it"},
    "decisions": {"findings": "Rules that fired and why (JSON)",
                  "rules_missed": "Rules that did not fire"},
    "replies": {"status": "pending, sent, written, failed or suppressed"},
}


def metadata(db_name: str) -> dict:
    tables = {name: {"columns": cols} for name, cols in COLUMNS.items()}
    tables["cases"]["label_column"] = "ref"
    tables["messages"]["label_column"] = "subject"
    for hidden in ("raw", "_sqlite_migrations"):
        tables[hidden] = {"hidden": True}
    return {"title": "Case review record (read-only)",
            "description": "The triage bot's record. Canned queries follow the digest's queues.",
            "databases": {db_name: {"tables": tables, "queries": QUERIES}}}


def snapshot(path: str | Path, folder: str | Path) -> Path:
    """A consistent copy of the live database, even while the daemon writes."""
    dest = Path(folder) / "triage.db"
    src = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    out = sqlite3.connect(dest)
    with out:
        src.backup(out)
    src.close()
    out.close()
    dest.chmod(0o600)
    return dest


def make_datasette(path: str | Path, *, live: bool = False):
    """A Datasette over `path`: immutable (a snapshot), or read-only live."""
    from datasette.app import Datasette

    path = Path(path)
    files, immutables = ([str(path)], []) if live else ([], [str(path)])
    return Datasette(files=files, immutables=immutables, metadata=metadata(path.stem),
                     settings={"default_page_size": 50, "sql_time_limit_ms": 3000})


def serve(path: str | Path, *, port: int = 8001, live: bool = False,
          echo: Callable[[str], None] = print) -> None:
    import uvicorn

    folder = Path(tempfile.mkdtemp(prefix="triage-browse-"))  # 0700, holds full values
    try:
        target = Path(path) if live else snapshot(path, folder)
        ds = make_datasette(target, live=live)
        asyncio.run(ds.invoke_startup())
        echo(f"serving {'live ' if live else 'a snapshot of '}{path} read-only at "
             f"http://127.0.0.1:{port}/{target.stem} (Ctrl-C to stop)")
        uvicorn.run(ds.app(), host="127.0.0.1", port=port, log_level="warning")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
