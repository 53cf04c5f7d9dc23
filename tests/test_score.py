"""The scorer measures decisions, reasons and fields against labels."""
from triage.score import score

LABEL = {"source": "1.eml", "language": "en", "decision": "acknowledge", "priority": "standard",
         "reasons": ["missing_local_copies"], "reply": {"to": ["a@example.org"]},
         "fields": {"name": "Ana Ruiz", "relief": ["bond", "dismissal"], "a_number": None}}


def test_a_perfect_report_scores_one():
    s = score([dict(LABEL)], [LABEL])
    d = s.summary()
    assert d["decision_accuracy"] == 1.0 and d["reasons_micro_f1"] == 1.0
    assert d["field_accuracy"] == 1.0


def test_list_order_does_not_matter_but_values_do():
    line = {**LABEL, "fields": {**LABEL["fields"], "relief": ["dismissal", "bond"], "name": "Ana"}}
    s = score([line], [LABEL])
    assert s.summary()["per_field"]["relief"] == 1.0
    assert s.summary()["per_field"]["name"] == 0.0
    assert s.errors[0]["fields"]["name"] == ("Ana", "Ana Ruiz")


def test_extra_and_missed_reasons_count_against_f1():
    line = {**LABEL, "reasons": ["missing_phone"]}
    s = score([line], [LABEL])
    assert s.tp == 0 and s.fp == 1 and s.fn == 1
    assert s.summary()["reasons_micro_f1"] == 0.0


def test_a_message_with_no_report_line_is_named():
    s = score([], [LABEL])
    assert s.summary()["missing_lines"] == ["1.eml"]
    assert s.summary()["decision_accuracy"] == 0.0
