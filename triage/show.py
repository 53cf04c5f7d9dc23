"""`triage show CASE_REF`: everything the record holds on one case, and why.

A reviewer's tool, run locally: values are shown in full (the digest and the
logs mask them). The record is read only; nothing here writes.
"""
from __future__ import annotations

import json
from typing import Any

from triage.errors import TriageError
from triage.store.db import CASE_REF, Store


def _loads(value: str | None, default: Any = None) -> Any:
    if value is None:
        return default
    try:
        return json.loads(value)
    except ValueError:
        return value


def _messages(store: Store, case_id: int) -> list[dict]:
    out = []
    for m in store.db.query(
            "select id, source, message_id, received_at, from_addr, subject, language, "
            "status, joined_by, error from messages where case_id = ? order by id", [case_id]):
        m["attachments"] = list(store.db.query(
            "select idx, filename, content_type, kind, size, status, error, method, pages "
            "from attachments where message = ? order by idx", [m["id"]]))
        m["extracted"] = [{**e, "value": _loads(e["value"])} for e in store.db.query(
            "select field, value, where_found, page, method, snippet from extracted "
            "where message = ? order by id", [m["id"]])]
        m["decisions"] = [{**d, "reasons": _loads(d["reasons"], []),
                           "findings": _loads(d["findings"], []),
                           "rules_missed": _loads(d["rules_missed"], [])}
                          for d in store.db.query(
            "select decided_at, decision, priority, reasons, findings, rules_missed "
            "from decisions where message = ? order by id", [m["id"]])]
        out.append(m)
    return out


def case_record(store: Store, ref: str) -> dict:
    """The case, its messages in order (each with attachments, extracted values
    and decision), its replies and its events, as plain JSON-ready values."""
    if not CASE_REF.fullmatch(ref.strip()):
        raise TriageError(f"{ref!r} is not a case reference (ICR-YYYY-NNNNNN)")
    case = store.case_by_ref(ref.strip())
    if case is None:
        raise TriageError(f"no case {ref.strip().upper()} in this database")
    case = {**case, "reasons": _loads(case["reasons"], []), "fields": _loads(case["fields"], {})}
    replies = [{**r, "recipients": _loads(r["recipients"], [])} for r in store.db.query(
        "select message, message_id, recipients, subject, language, template, status, "
        "created_at, sent_at, error from replies where case_id = ? order by id", [case["id"]])]
    events = list(store.db.query(
        "select at, kind, message, detail from events where case_id = ? order by id",
        [case["id"]]))
    return {"case": case, "messages": _messages(store, case["id"]),
            "replies": replies, "events": events}


def _where(e: dict) -> str:
    where = e["where_found"] or "?"
    if where.startswith("attachment:"):
        where = f"attachment {where[len('attachment:'):]}"
    return where + (f", page {e['page']}" if e["page"] else "")


def _case_lines(c: dict) -> list[str]:
    lines = [f"{c['ref']}  {c['status']}  decision: {c['decision']}  priority: {c['priority']}",
             f"  opened {c['opened_at']}, updated {c['updated_at']}",
             f"  name: {c['name']}  A-number: {c['a_number']}"]
    if c.get("due_date"):
        lines.append(f"  detained since {c['detained_since']}: due {c['due_date']}")
    if c.get("removal_date"):
        lines.append(f"  removal date: {c['removal_date']}")
    lines.append("  reasons: " + (", ".join(c["reasons"]) or "none"))
    lines.append("  merged fields:")
    for k, v in (c["fields"] or {}).items():
        lines.append(f"    {k}: {json.dumps(v, ensure_ascii=False)}")
    return lines


def _message_lines(n: int, m: dict) -> list[str]:
    lines = ["", f"Message {n}: {m['source']}  {m['received_at']}  [{m['status']}]"
             + (f"  joined by {m['joined_by']}" if m["joined_by"] else ""),
             f"  from {m['from_addr']}  subject: {m['subject']}",
             f"  Message-ID: {m['message_id']}  language: {m['language']}"]
    for a in m["attachments"]:
        lines.append(f"  attachment #{a['idx']} {a['filename']} ({a['kind']}, {a['size']} bytes): "
                     f"{a['status']}" + (f" by {a['method']}, {a['pages']} page(s)"
                                         if a["method"] else "")
                     + (f"; {a['error']}" if a["error"] else ""))
    lines.append("  extracted:")
    for e in m["extracted"] or []:
        lines.append(f"    {e['field']} = {json.dumps(e['value'], ensure_ascii=False)}"
                     f"  [{_where(e)}; {e['method']}]")
    if not m["extracted"]:
        lines.append("    nothing")
    for d in m["decisions"]:
        lines.append(f"  decided {d['decided_at']}: {d['decision']} ({d['priority']})")
        for f in d["findings"]:
            lines.append(f"    rule {f.get('code')}: {f.get('why')}")
        if d["rules_missed"]:
            lines.append("    rules that did not fire: " + ", ".join(d["rules_missed"]))
    return lines


def format_case(record: dict) -> str:
    lines = _case_lines(record["case"])
    for n, m in enumerate(record["messages"], 1):
        lines += _message_lines(n, m)
    lines += ["", "Replies:"]
    for r in record["replies"]:
        lines.append(f"  {r['status']:<9} {r['created_at']}  to {', '.join(r['recipients'])}  "
                     f"{r['template']}  {r['subject']}"
                     + (f"  sent {r['sent_at']}" if r["sent_at"] else "")
                     + (f"  error: {r['error']}" if r["error"] else ""))
    if not record["replies"]:
        lines.append("  none")
    return "\n".join(lines)
