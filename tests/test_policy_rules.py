"""Each policy rule: one case where it hits, one where it misses."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from triage.policy.registry import RULES, DuplicateRule, build_registry
from triage.records import Facts, Fields, Signals

CONTRACT_CODES = {
    "missing_name", "missing_a_number", "missing_date_of_birth",
    "missing_country_of_birth", "missing_phone", "missing_email",
    "missing_relief", "missing_local_outcome", "missing_local_copies",
    "missing_authorization", "no_local_review",
    "local_review_outside_priorities", "facts_changed", "opla_matter",
    "safety_concern", "auto_generated", "not_a_request", "existing_case",
}

COMPLETE = Fields(
    name="Rosa Elvira Campos Díaz",
    a_number="A012345678",
    date_of_birth=date(1988, 5, 17),
    country_of_birth="SV",
    phone="+12025550188",
    email="rcampos@example.org",
    relief=["stay_of_removal"],
    local_review="requested",
    local_outcome="denied",
    local_response_date=date(2025, 2, 14),
)
COPIES = Signals(local_review_said=True, local_request_copy=True, local_response_copy=True)


def facts(fields: Fields = COMPLETE, signals: Signals = COPIES, **kw) -> Facts:
    return Facts(language=kw.pop("language", "en"), fields=fields, signals=signals, **kw)


def f(**changes) -> Facts:
    return facts(replace(COMPLETE, **changes))


def s(**changes) -> Facts:
    return facts(signals=replace(COPIES, **changes))


# (code, facts where the rule hits, facts where it misses)
CASES = [
    ("missing_name", f(name=None), f()),
    ("missing_name", f(name="   "), f(name="Ana")),
    ("missing_a_number", f(a_number=None), f()),
    ("missing_date_of_birth", f(date_of_birth=None), f()),
    ("missing_country_of_birth", f(country_of_birth=None), f()),
    ("missing_phone", f(phone=""), f()),
    ("missing_email", f(email=None), f()),
    ("missing_relief", f(relief=[]), f()),
    ("missing_local_outcome", f(local_outcome=None), f(local_outcome="pending")),
    ("missing_local_outcome", f(local_outcome=None), f(local_review="not_requested", local_outcome=None)),
    ("missing_local_copies", s(local_request_copy=False), s()),
    ("missing_local_copies", s(local_response_copy=False),
     facts(replace(COMPLETE, local_outcome="no_response"), replace(COPIES, local_response_copy=False))),
    ("missing_local_copies", facts(replace(COMPLETE, local_outcome=None), replace(COPIES, local_response_copy=False)),
     facts(replace(COMPLETE, local_outcome="pending"), replace(COPIES, local_response_copy=False))),
    ("missing_local_copies", s(local_request_copy=False, local_response_copy=False),
     facts(replace(COMPLETE, local_review="not_requested"), Signals())),
    ("missing_authorization", f(requester_role="attorney"), f(requester_role="attorney", authorization=["G-28"])),
    ("missing_authorization", f(requester_role="family"), f(requester_role="self")),
    ("no_local_review", f(local_review="not_requested"), f()),
    ("no_local_review", facts(replace(COMPLETE, local_review="not_requested"), Signals()), f()),
    ("local_review_outside_priorities", f(local_response_date=date(2022, 6, 24)), f(local_response_date=date(2022, 6, 23))),
    ("local_review_outside_priorities", f(local_response_date=date(2023, 7, 27)), f(local_response_date=date(2023, 7, 28))),
    ("facts_changed", s(facts_changed=True), s()),
    ("opla_matter", f(relief=["bond"]), f(relief=["release_from_custody", "decline_enforcement"])),
    ("opla_matter", f(relief=["stay_of_removal", "motion_to_reopen"]), f(relief=[])),
    ("safety_concern", s(safety=["assault"]), s()),
    ("safety_concern", s(safety=["child_separation", "mental_health"]), s(safety=[])),
    ("auto_generated", s(auto_generated="Auto-Submitted: auto-replied"), s()),
    ("auto_generated", s(auto_generated="sender is mailer-daemon"), s(auto_generated="")),
    ("not_a_request", s(not_a_request=True), s()),
    ("not_a_request", facts(Fields(), Signals(not_a_request=True)), facts(Fields(), Signals())),
    ("existing_case", facts(existing_case=True), facts()),
    ("existing_case", facts(Fields(), Signals(), existing_case=True), facts(Fields(), Signals())),
]


@pytest.mark.parametrize("code,hit,miss", CASES, ids=[c[0] for c in CASES])
def test_rule_hits_and_misses(code, hit, miss):
    rule = RULES[code]
    finding = rule.check(hit)
    assert finding is not None and finding.code == code and finding.why
    assert rule.check(miss) is None


def test_every_contract_reason_code_has_a_rule_with_a_hit_and_a_miss():
    assert set(RULES) == CONTRACT_CODES
    assert {c[0] for c in CASES} == CONTRACT_CODES


def test_every_rule_describes_itself_on_one_line_citing_its_seed():
    for code, rule in RULES.items():
        assert rule.code == code
        assert rule.description.startswith(f"seed {rule.seed}:")
        assert "\n" not in rule.description


def test_a_duplicate_reason_code_is_an_error():
    rules = list(RULES.values())
    with pytest.raises(DuplicateRule, match="missing_name"):
        build_registry(rules + [RULES["missing_name"]])


def test_a_complete_request_hits_no_rule():
    assert [r.code for r in RULES.values() if r.check(facts())] == []


def test_why_lines_never_carry_a_full_a_number_or_birth_date():
    leaky = facts(
        replace(COMPLETE, requester_role="other", relief=["bond"], local_response_date=date(2023, 1, 5)),
        Signals(safety=["assault"], facts_changed=True, not_a_request=True,
                auto_generated="bounce for A012345678 born 05/17/1988"),
        existing_case=True,
    )
    for rule in RULES.values():
        finding = rule.check(leaky)
        if finding:
            assert "\n" not in finding.why
            assert "012345678" not in finding.why
            assert not re.search(r"1988-05-17|05/17/1988", finding.why)
