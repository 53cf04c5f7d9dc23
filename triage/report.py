"""The replay report's line for one message, exactly as CONTRACT.md gives it."""
from __future__ import annotations

from typing import Any

from triage.records import Outcome


def report_line(outcome: Outcome, reply_file: str | None = None) -> dict[str, Any]:
    reply = None
    if outcome.reply is not None:
        reply = {"to": outcome.reply.to, "language": outcome.reply.language, "file": reply_file}
    line: dict[str, Any] = {
        "source": outcome.source,
        "message_id": outcome.message_id,
        "language": outcome.language,
        "decision": outcome.decision,
        "reasons": sorted(set(outcome.reasons)),
        "priority": outcome.priority,
        "case_ref": outcome.case_ref,
        "fields": outcome.fields.to_json() if outcome.fields is not None else None,
        "reply": reply,
    }
    if outcome.quarantined:
        line["quarantined"] = True
        line["error"] = outcome.error
    if outcome.duplicate_of is not None:
        line["duplicate_of"] = outcome.duplicate_of
    return line
