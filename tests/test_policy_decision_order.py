"""The decision table of POLICY.md "Decisions", first matching row wins."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from triage.policy.decide import DECISION_TABLE, decide
from triage.policy.registry import RULES
from triage.records import Facts, Fields, Signals

COMPLETE = Fields(
    name="Tomás Aguilar Reyes",
    a_number="A098765432",
    date_of_birth=date(1979, 11, 2),
    country_of_birth="HN",
    phone="+12025550117",
    email="taguilar@example.com",
    relief=["release_from_custody"],
    local_review="requested",
    local_outcome="denied",
    local_response_date=date(2025, 3, 3),
)
COPIES = Signals(local_review_said=True, local_request_copy=True, local_response_copy=True)


def facts(fields: dict | None = None, signals: dict | None = None, existing_case=False) -> Facts:
    return Facts(
        "en",
        replace(COMPLETE, **(fields or {})),
        replace(COPIES, **(signals or {})),
        existing_case=existing_case,
    )


# (name, fields changed, signals changed, expected decision, expected reasons)
ORDER = [
    ("complete request is acknowledged", {}, {}, "acknowledge", []),
    ("missing copies alone never reject", {}, {"local_response_copy": False},
     "acknowledge", ["missing_local_copies"]),
    ("a missing field rejects", {"phone": None}, {}, "reject_incomplete", ["missing_phone"]),
    ("no authorization rejects", {"requester_role": "attorney"}, {},
     "reject_incomplete", ["missing_authorization"]),
    ("redirect local beats reject", {"local_review": "not_requested", "name": None}, {},
     "redirect_local", ["missing_name", "no_local_review"]),
    ("outside priorities redirects local", {"local_response_date": date(2023, 1, 10)}, {},
     "redirect_local", ["local_review_outside_priorities"]),
    ("facts changed redirects local", {}, {"facts_changed": True}, "redirect_local", ["facts_changed"]),
    ("no_local_review beside opla_matter", {"local_review": "not_requested", "relief": ["bond", "stay_of_removal"]},
     {}, "redirect_opla", ["no_local_review", "opla_matter"]),
    ("escalate with missing fields", {"a_number": None, "date_of_birth": None}, {"safety": ["assault"]},
     "escalate", ["missing_a_number", "missing_date_of_birth", "safety_concern"]),
    ("escalate beats opla", {"relief": ["dismissal"]}, {"safety": ["trafficking"]},
     "escalate", ["opla_matter", "safety_concern"]),
    ("ignored gets one finding", {"name": None, "relief": ["bond"]}, {"not_a_request": True, "safety": ["assault"]},
     "ignore", ["not_a_request"]),
    ("auto_generated wins when both fit", {"local_review": "not_requested"},
     {"auto_generated": "Auto-Submitted: auto-replied", "not_a_request": True},
     "ignore", ["auto_generated"]),
]


@pytest.mark.parametrize("name,fields,signals,decision,reasons", ORDER, ids=[o[0] for o in ORDER])
def test_decision_follows_the_policy_precedence(name, fields, signals, decision, reasons):
    got = decide(facts(fields, signals))
    assert got.decision == decision
    assert got.reasons == reasons


def test_the_table_lists_the_policy_order():
    assert [row[0] for row in DECISION_TABLE] == [
        "ignore", "escalate", "redirect_opla", "redirect_local", "reject_incomplete", "acknowledge",
    ]
    reject_codes = dict(DECISION_TABLE)["reject_incomplete"]
    assert "missing_local_copies" not in reject_codes
    assert "missing_authorization" in reject_codes and "missing_local_outcome" in reject_codes


def test_ignored_mail_has_no_priority_no_missing_and_no_existing_case():
    got = decide(Facts("en", Fields(detained=True), Signals(not_a_request=True), existing_case=True))
    assert got.decision == "ignore"
    assert got.reasons == ["not_a_request"]
    assert got.priority is None
    assert [f.code for f in got.findings] == ["not_a_request"]


def test_existing_case_is_a_reason_beside_the_decision():
    got = decide(facts({"phone": None}, existing_case=True))
    assert got.decision == "reject_incomplete"
    assert got.reasons == ["existing_case", "missing_phone"]


def test_reasons_are_every_finding_sorted_and_the_rest_are_missed():
    got = decide(facts({"relief": ["bond"], "email": None}, {"safety": ["assault"]}))
    assert got.reasons == sorted(set(got.reasons))
    assert got.reasons == sorted(f.code for f in got.findings)
    assert set(got.reasons) | set(got.rules_missed) == set(RULES)
    assert not set(got.reasons) & set(got.rules_missed)


@pytest.mark.parametrize("fields,signals,priority", [
    ({"detained": True, "removal_date": date(2026, 12, 1)}, {"imminent_removal": True}, "detained"),
    ({"removal_date": date(2026, 12, 1)}, {}, "imminent_removal"),
    ({}, {"imminent_removal": True}, "imminent_removal"),
    ({}, {}, "standard"),
])
def test_priority_detained_then_imminent_removal_then_standard(fields, signals, priority):
    assert decide(facts(fields, signals)).priority == priority
