"""Writing one message's outcome: every row of it, in the caller's transaction."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any

from triage import cases
from triage.records import Decision, Extraction, Facts, Fields, Outcome, ParsedMessage, Reply
from triage.report import report_line
from triage.store.db import Store, now_iso

DETAINED_DAYS = 14  # seed 003: "the SRO will endeavor to respond within 14 days for detained cases"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def record_quarantine(store: Store, source: str, raw: bytes, sha: str, error: str) -> Outcome:
    """A message that cannot be read: its bytes and the error, for a person."""
    outcome = Outcome(source=source, message_id=None, language=None, decision="ignore",
                      reasons=[], priority=None, case_ref=None, fields=Fields(),
                      quarantined=True, error=error)
    with store.db.atomic():
        store.save_raw(sha, raw)
        pk = store.insert_message({
            "source": source, "raw_sha256": sha, "size": len(raw), "status": "quarantined",
            "error": error, "received_at": now_iso(), "report": _json(report_line(outcome)),
        })
        store.event("quarantined", {"source": source, "error": error}, message=pk)
    return outcome


def record_duplicate(store: Store, source: str, raw: bytes, sha: str, first: dict) -> Outcome:
    """A message already recorded: not processed again, its first line repeated."""
    line = json.loads(first["report"])
    outcome = Outcome(source=source, message_id=line.get("message_id"),
                      language=line.get("language"), decision=line["decision"],
                      reasons=line["reasons"], priority=line["priority"],
                      case_ref=line["case_ref"], fields=Fields.from_json(line["fields"] or {}),
                      quarantined=bool(line.get("quarantined")), error=line.get("error"),
                      duplicate_of=first["source"])
    with store.db.atomic():
        store.save_raw(sha, raw)
        pk = store.insert_message({
            "source": source, "message_id": first["message_id"], "raw_sha256": sha,
            "size": len(raw), "status": "duplicate", "duplicate_of": first["id"],
            "case_id": first["case_id"], "received_at": now_iso(),
            "report": _json(report_line(outcome)),
        })
        store.event("duplicate", {"source": source, "first": first["source"]}, message=pk)
    return outcome


def record_outcome(store: Store, *, source: str, raw: bytes, content_sha: str,
                   msg: ParsedMessage,
                   ex: Extraction, facts: Facts, decision: Decision, case: dict | None,
                   joined_by: str | None, case_ref: str | None, reply: Reply | None,
                   received: datetime) -> Outcome:
    """A decided message; the caller holds the transaction."""
    outcome = Outcome(source=source, message_id=msg.message_id, language=ex.language,
                      decision=decision.decision, reasons=decision.reasons,
                      priority=decision.priority, case_ref=case_ref,
                      fields=facts.fields, reply=reply)
    store.save_raw(msg.raw_sha256, raw)
    case_id = _save_case(store, case, case_ref, facts, decision, received)
    pk = store.insert_message({
        "source": source, "message_id": msg.message_id, "raw_sha256": msg.raw_sha256,
        "content_sha256": content_sha, "size": msg.size, "subject": msg.subject,
        "from_addr": msg.from_addr, "reply_to": _json(msg.reply_to),
        "date": msg.date.isoformat() if msg.date else None,
        "received_at": received.isoformat(), "language": ex.language, "status": "decided",
        "case_id": case_id, "body": msg.body, "quoted": msg.quoted,
        "forwarded": "\n\n".join(msg.forwarded), "headers": _json(msg.headers),
        "extraction": _json(cases.to_record(ex)), "joined_by": joined_by,
        "report": _json(report_line(outcome)),
    })
    _save_details(store, pk, case_id, msg, ex, decision)
    if reply is not None:
        store.insert_reply({
            "message": pk, "case_id": case_id, "message_id": reply.message_id,
            "recipients": _json(reply.to), "subject": reply.subject,
            "language": reply.language, "template": reply.template, "raw": reply.raw,
            "status": "pending", "created_at": now_iso(),
        })
    store.event("decided", {"decision": decision.decision, "reasons": decision.reasons,
                            "case": case_ref, "joined_by": joined_by},
                message=pk, case_id=case_id)
    outcome.record_id = pk
    return outcome


def _save_case(store: Store, case: dict | None, case_ref: str | None, facts: Facts,
               decision: Decision, received: datetime) -> int | None:
    if case_ref is None:
        return None
    f = facts.fields
    values = {
        "ref": case_ref, "updated_at": now_iso(), "a_number": f.a_number, "name": f.name,
        "language": facts.language, "decision": decision.decision,
        "priority": decision.priority, "reasons": _json(decision.reasons),
        "fields": _json(f.to_json()),
        "removal_date": f.removal_date.isoformat() if f.removal_date else None,
    }
    since = case.get("detained_since") if case else None
    if f.detained:
        since = since or received.date().isoformat()
        due = datetime.fromisoformat(since).date() + timedelta(days=DETAINED_DAYS)
        values.update(detained_since=since, due_date=due.isoformat())
    else:
        values.update(detained_since=None, due_date=None)
    if case:
        store.update_case(case["id"], {**values, "status": "open"})
        return case["id"]
    return store.insert_case({**values, "opened_at": now_iso(), "status": "open"})


def _save_details(store: Store, pk: int, case_id: int | None, msg: ParsedMessage,
                  ex: Extraction, decision: Decision) -> None:
    store.db["attachments"].insert_all([{
        "message": pk, "idx": a.index, "filename": a.filename, "content_type": a.content_type,
        "kind": a.kind, "size": a.size, "sha256": a.sha256, "status": a.status,
        "error": a.error, "method": a.method, "pages": len(a.pages),
        "text": "\n\f\n".join(a.pages),
    } for a in msg.attachments])
    store.db["extracted"].insert_all([{
        "message": pk, "field": f.field, "value": _json(f.value), "where_found": f.where,
        "page": f.page, "method": f.method, "snippet": f.snippet,
    } for f in ex.found])
    store.db["decisions"].insert({
        "message": pk, "case_id": case_id, "decided_at": now_iso(),
        "decision": decision.decision, "priority": decision.priority,
        "reasons": _json(decision.reasons),
        "findings": _json([asdict(x) for x in decision.findings]),
        "rules_missed": _json(decision.rules_missed),
    })
