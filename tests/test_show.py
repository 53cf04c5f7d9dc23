"""`triage show CASE_REF`: a case's whole record, and why the bot decided it."""
from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from test_digest_fixtures import seed_record
from triage.cli_review import register
from triage.errors import TriageError
from triage.show import case_record, format_case


def _run(*args):
    group = click.Group("triage")
    register(group)
    return CliRunner().invoke(group, ["show", *args])


def test_show_gives_messages_extracted_values_with_provenance_rules_and_replies(tmp_path):
    seed_record(tmp_path / "t.db")
    result = _run("ICR-2026-000003", "--db", str(tmp_path / "t.db"))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "ICR-2026-000003  open  decision: reject_incomplete  priority: detained" in out
    assert "detained since 2026-03-09: due 2026-03-23" in out
    assert "Message 1: 03.eml" in out
    assert 'local_outcome = "denied"  [attachment local-denial.pdf, page 1; ' \
           "regex:local_outcome.denied]" in out
    assert 'a_number = "A111223344"  [body; regex:a_number.labelled]' in out
    assert "rule missing_authorization: attorney writes; no G-28 or I-60-001" in out
    assert "rules that did not fire: facts_changed" in out
    assert "sent" in out.split("Replies:")[1] and "reject_incomplete.en" in out


def test_show_json_holds_the_same_record(tmp_path):
    seed_record(tmp_path / "t.db")
    result = _run("icr-2026-000001", "--json", "--db", str(tmp_path / "t.db"))
    record = json.loads(result.output)
    assert record["case"]["ref"] == "ICR-2026-000001"
    assert record["case"]["a_number"] == "A201456789"  # a reviewer's local tool: in full
    message = record["messages"][0]
    assert message["extracted"][1]["where_found"] == "attachment:local-denial.pdf"
    assert message["extracted"][1]["page"] == 1
    assert message["decisions"][0]["findings"][1]["code"] == "safety_concern"
    assert record["replies"][0]["status"] == "sent"


def test_show_explains_an_unknown_or_malformed_reference(tmp_path):
    store = seed_record(tmp_path / "t.db")
    with pytest.raises(TriageError, match="no case ICR-2026-000099"):
        case_record(store, "ICR-2026-000099")
    result = _run("12345", "--db", str(tmp_path / "t.db"))
    assert result.exit_code == 2 and "not a case reference" in result.output


def test_show_lists_messages_in_order(tmp_path):
    store = seed_record(tmp_path / "t.db")
    case = store.case_by_ref("ICR-2026-000002")
    store.insert_message({"source": "50.eml", "status": "decided", "case_id": case["id"],
                          "received_at": "2026-03-09T09:00:00-05:00", "joined_by": "thread",
                          "subject": "Re: [ICR-2026-000002]"})
    text = format_case(case_record(store, "ICR-2026-000002"))
    assert text.index("Message 1: 02.eml") < text.index("Message 2: 50.eml  ")
    assert "joined by thread" in text
