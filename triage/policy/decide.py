"""From facts to one decision: every rule is checked, then the decision
table (POLICY.md "Decisions") is read top to bottom by one short loop."""
from __future__ import annotations

from triage.records import Decision, Facts, Finding

from .registry import RULES

_MISSING_BLOCKING = frozenset(
    code for code in RULES if code.startswith("missing_") and code != "missing_local_copies"
)

# (decision, the findings that make it); the first row that matches decides.
# A row with no findings listed always matches.
DECISION_TABLE: tuple[tuple[str, frozenset[str]], ...] = (
    ("ignore", frozenset({"auto_generated", "not_a_request"})),
    ("escalate", frozenset({"safety_concern"})),
    ("redirect_opla", frozenset({"opla_matter"})),
    ("redirect_local", frozenset({"no_local_review", "local_review_outside_priorities", "facts_changed"})),
    ("reject_incomplete", _MISSING_BLOCKING),
    ("acknowledge", frozenset()),
)

# When mail is ignored only one finding is kept, the first of these that hit.
_IGNORE_ORDER = ("auto_generated", "not_a_request")


def _priority(facts: Facts) -> str:
    if facts.fields.detained:
        return "detained"
    if facts.signals.imminent_removal or facts.fields.removal_date is not None:
        return "imminent_removal"
    return "standard"


def _table_decision(hit: set[str]) -> str:
    for decision, codes in DECISION_TABLE:
        if not codes or codes & hit:
            return decision
    raise AssertionError("the decision table ends with a catch-all row")


def decide(facts: Facts) -> Decision:
    """The decision on `facts`, with every finding and the rules that missed.

    Ignored mail keeps its one finding (auto_generated before not_a_request)
    and no priority: nothing is required of it.
    """
    findings: list[Finding] = []
    missed: list[str] = []
    for code, rule in RULES.items():
        finding = rule.check(facts)
        if finding is None:
            missed.append(code)
        else:
            findings.append(finding)
    hit = {f.code for f in findings}
    decision = _table_decision(hit)
    if decision == "ignore":
        keep = next(code for code in _IGNORE_ORDER if code in hit)
        kept = [f for f in findings if f.code == keep]
        return Decision("ignore", [keep], None, kept, missed)
    return Decision(decision, sorted(hit), _priority(facts), findings, missed)
