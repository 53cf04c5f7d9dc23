"""A small, fictional record written row by row through the Store, for the
digest, show and browse tests (other test modules import `seed_record`).

The digest's day is 2026-03-10 (America/New_York, 07:00): its window runs
from 2026-03-09 07:00 to 2026-03-10 07:00 local time (EDT: 11:00 to 11:00 UTC).
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from triage.store.db import Store, open_db

DAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 12, 5, tzinfo=timezone.utc)  # 07:05 in New York
IN_WINDOW = "2026-03-09T15:30:00-05:00"
BEFORE = "2026-03-02T10:00:00-05:00"

# Every full A-number and birth date below must never reach the digest.
SECRETS = ["A201456789", "201456789", "A087654321", "087654321", "A111223344",
           "A055667788", "A099887766", "1988-07-14", "1979-11-02", "1990-05-23"]

CASES = [
    # ref, a_number, dob, decision, priority, reasons, role, received, due, removal, whys
    ("ICR-2026-000001", "A201456789", "1988-07-14", "escalate", "detained",
     ["missing_phone", "safety_concern"], "family", IN_WINDOW, "2026-03-23", None,
     {"safety_concern": "reports physical assault in detention at a named facility"}),
    ("ICR-2026-000002", "A087654321", "1979-11-02", "acknowledge", "detained",
     [], "attorney", BEFORE, "2026-03-07", None, {}),
    ("ICR-2026-000003", "A111223344", None, "reject_incomplete", "detained",
     ["missing_authorization", "missing_date_of_birth"], "attorney", IN_WINDOW,
     "2026-03-23", None, {"missing_authorization": "attorney writes; no G-28 or I-60-001",
                          "missing_date_of_birth": "no date of birth found"}),
    ("ICR-2026-000004", "A055667788", "1990-05-23", "acknowledge", "imminent_removal",
     ["missing_local_copies"], "self", IN_WINDOW, None, "2026-03-12", {}),
    ("ICR-2026-000005", "A099887766", None, "redirect_local", "standard",
     ["no_local_review"], "self", IN_WINDOW, None, None,
     {"no_local_review": "nothing says the local field office was asked first"}),
    ("ICR-2026-000006", None, None, "redirect_opla", "standard",
     ["missing_a_number", "opla_matter"], "representative", IN_WINDOW, None, None,
     {"opla_matter": "asks OPLA to join a motion to reopen"}),
]


def _json(v) -> str:
    return json.dumps(v, ensure_ascii=False, sort_keys=True)


def _case(store: Store, spec) -> int:
    ref, a_num, dob, decision, priority, reasons, role, received, due, removal, whys = spec
    fields = {"name": "Fictional Person " + ref[-1], "a_number": a_num, "date_of_birth": dob,
              "requester_role": role, "detained": priority == "detained",
              "removal_date": removal}
    case_id = store.insert_case({
        "ref": ref, "opened_at": received, "updated_at": received, "status": "open",
        "a_number": a_num, "name": fields["name"], "language": "en", "decision": decision,
        "priority": priority, "reasons": _json(reasons), "fields": _json(fields),
        "detained_since": (date.fromisoformat(due) - timedelta(days=14)).isoformat()
        if due else None, "due_date": due, "removal_date": removal})
    body = f"Please review. A-number {a_num}, born {dob}." if a_num else "Please help."
    msg = store.insert_message({
        "source": f"{ref[-2:]}.eml", "message_id": f"<{ref}@example.org>", "status": "decided",
        "subject": f"Request for {a_num or 'my brother'}", "from_addr": "writer@example.org",
        "received_at": received, "language": "en", "case_id": case_id, "body": body,
        "report": _json({"decision": decision, "reasons": reasons, "case_ref": ref})})
    store.db["attachments"].insert({
        "message": msg, "idx": 0, "filename": "local-denial.pdf", "content_type":
        "application/pdf", "kind": "pdf", "status": "read", "method": "pdfplumber",
        "pages": 1, "text": "Field office letter: request for release denied."})
    store.db["extracted"].insert_all([
        {"message": msg, "field": "a_number", "value": _json(a_num), "where_found": "body",
         "page": None, "method": "regex:a_number.labelled", "snippet": body},
        {"message": msg, "field": "local_outcome", "value": _json("denied"),
         "where_found": "attachment:local-denial.pdf", "page": 1,
         "method": "regex:local_outcome.denied", "snippet": "request for release denied"}])
    store.db["decisions"].insert({
        "message": msg, "case_id": case_id, "decided_at": received, "decision": decision,
        "priority": priority, "reasons": _json(reasons),
        "findings": _json([{"code": c, "why": whys.get(c, c)} for c in reasons]),
        "rules_missed": _json(["facts_changed"])})
    store.insert_reply({
        "message": msg, "case_id": case_id, "message_id": f"<reply-{ref}@ice.example>",
        "recipients": _json(["writer@example.org"]), "subject": f"Re: [{ref}]",
        "language": "en", "template": f"{decision}.en", "status": "sent", "created_at": received})
    return case_id


def seed_record(path, *, healthy: bool = True) -> Store:
    store = Store(open_db(path))
    with store.db.atomic():
        for spec in CASES:
            _case(store, spec)
        store.insert_message({
            "source": "90.eml", "message_id": "<news@list.example>", "status": "decided",
            "subject": "Weekly newsletter", "from_addr": "news@list.example",
            "received_at": "2026-03-09T20:00:00+00:00", "language": "en", "body": "News",
            "report": _json({"decision": "ignore", "reasons": ["auto_generated"]})})
        store.insert_message({
            "source": "91.eml", "status": "quarantined", "received_at": "2026-03-10T01:00:00+00:00",
            "error": "not a MIME message", "report": _json({"decision": "ignore", "reasons": []})})
        store.insert_message({  # outside the window: not in the day's counts
            "source": "92.eml", "status": "decided", "received_at": "2026-03-10T13:00:00+00:00",
            "report": _json({"decision": "ignore", "reasons": ["not_a_request"]})})
        poll = NOW - timedelta(minutes=5 if healthy else 300)
        store.set_state("daemon.last_poll_ok", poll.isoformat(timespec="seconds"))
        if not healthy:
            store.db["events"].insert({"at": (NOW - timedelta(hours=3)).isoformat(),
                                       "kind": "auth_failure", "detail": "LOGIN failed"})
            store.insert_reply({"message": 1, "case_id": 1, "message_id": "<failed@ice.example>",
                                "recipients": "[]", "status": "failed", "created_at": BEFORE})
    return store


@pytest.fixture
def seeded(tmp_path) -> Store:
    return seed_record(tmp_path / "triage.db")


def test_the_seeded_record_has_one_case_per_spec(seeded):
    assert seeded.db["cases"].count == len(CASES)
    assert seeded.db["messages"].count == len(CASES) + 3
