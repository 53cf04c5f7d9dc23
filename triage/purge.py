"""`triage purge`: forget what identifies people once their mail is done with.

Mail older than the given number of days is purged when its case is closed
(and the case's last change is that old too), or when it never had a case
(ignored, quarantined). Purging removes the raw bytes (raw rows no message
refers to any more), the text and headers of the message, attachment text,
every extracted value with its snippet, the identity fields of the case and
of the report line, and the bytes of sent replies. What the digest counts
stays: the messages' status, dates, decision and reasons; the cases' ref,
decision, priority, reasons and dates; every decisions row. Running it twice
changes nothing the second time. One `purged` event records the counts.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from triage.store.db import Store

# Fields of the contract that identify a person; the rest are routing facts.
IDENTITY_FIELDS = ("name", "a_number", "date_of_birth", "country_of_birth", "phone", "email",
                   "local_response_date", "removal_date")
MESSAGE_TEXT = ("body", "quoted", "forwarded", "headers", "extraction")
DONE_REPLIES = ("sent", "written", "failed", "suppressed")


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def _old(value: str | None, cutoff: datetime) -> bool:
    at = _when(value)
    return at is not None and at < cutoff


def _scrub_fields(fields: dict | None) -> dict | None:
    if not isinstance(fields, dict):
        return fields
    return {k: (None if k in IDENTITY_FIELDS else v) for k, v in fields.items()}


def _scrub_report(report: str | None) -> str | None:
    try:
        line = json.loads(report) if report else None
    except ValueError:
        return None
    if not isinstance(line, dict):
        return report
    line["fields"] = _scrub_fields(line.get("fields"))
    if isinstance(line.get("reply"), dict):
        line["reply"]["to"] = []
    return json.dumps(line, ensure_ascii=False, sort_keys=True)


def _due_cases(store: Store, cutoff: datetime) -> list[dict]:
    rows = store.db.query("select id, updated_at, a_number, name, fields from cases "
                          "where status = 'closed'")
    return [r for r in rows if _old(r["updated_at"], cutoff)]


def _due_messages(store: Store, case_ids: set[int], cutoff: datetime) -> list[dict]:
    cols = ", ".join(("id", "case_id", "received_at", "raw_sha256", "report", *MESSAGE_TEXT))
    out = []
    for row in store.db.query(f"select {cols} from messages"):
        due = row["case_id"] in case_ids if row["case_id"] is not None else True
        if due and _old(row["received_at"], cutoff):
            out.append(row)
    return out


def purge(store: Store, older_than_days: int, now: datetime | None = None) -> dict[str, int]:
    """Purge mail older than `older_than_days` days at `now`; how much was removed."""
    if older_than_days < 0:
        raise ValueError("older_than_days must be 0 or more")
    now = now or datetime.now(timezone.utc)
    now = now if now.tzinfo else now.replace(tzinfo=timezone.utc)
    cutoff = now - timedelta(days=older_than_days)
    counts = dict.fromkeys(("messages", "raw", "attachments", "extracted", "cases",
                            "replies"), 0)
    db = store.db
    with db.atomic():
        cases = _due_cases(store, cutoff)
        for case in cases:
            scrubbed = json.dumps(_scrub_fields(json.loads(case["fields"] or "{}")),
                                  ensure_ascii=False, sort_keys=True)
            if case["a_number"] or case["name"] or scrubbed != case["fields"]:
                db["cases"].update(case["id"], {"a_number": None, "name": None,
                                                "fields": scrubbed})
                counts["cases"] += 1
        for row in _due_messages(store, {c["id"] for c in cases}, cutoff):
            counts_for = _purge_message(store, row)
            for k, v in counts_for.items():
                counts[k] += v
        counts["raw"] = db.execute(
            "delete from raw where sha256 not in (select raw_sha256 from messages "
            "where raw_sha256 is not null)").rowcount
        if any(counts.values()):
            store.event("purged", {"older_than_days": older_than_days,
                                   "cutoff": cutoff.isoformat(timespec="seconds"), **counts})
    return counts


def _purge_message(store: Store, row: dict) -> dict[str, int]:
    db, pk = store.db, row["id"]
    counts = {"messages": 0, "attachments": 0, "extracted": 0, "replies": 0}
    report = _scrub_report(row["report"])
    if row["raw_sha256"] is not None or any(row[c] is not None for c in MESSAGE_TEXT) \
            or report != row["report"]:
        db["messages"].update(pk, {"raw_sha256": None, "report": report,
                                   **dict.fromkeys(MESSAGE_TEXT)})
        counts["messages"] = 1
    counts["attachments"] = db.execute(
        "update attachments set text = null where message = ? and text is not null",
        [pk]).rowcount
    counts["extracted"] = db.execute("delete from extracted where message = ?", [pk]).rowcount
    marks = ",".join("?" * len(DONE_REPLIES))
    counts["replies"] = db.execute(
        f"update replies set raw = null, recipients = '[]' where message = ? "
        f"and status in ({marks}) and (raw is not null or recipients != '[]')",
        [pk, *DONE_REPLIES]).rowcount
    return counts
