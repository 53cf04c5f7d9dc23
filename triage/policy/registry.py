"""Every policy rule, collected by reason code.

The list of rule modules is written out: adding a rule means adding it here.
A duplicate code is an error at import, as in Mailman 3's rule registry.
"""
from __future__ import annotations

from collections.abc import Iterable

from triage.errors import TriageError

from .rules import (
    authorization,
    auto_generated,
    existing_case,
    facts_changed,
    local_copies,
    local_outcome,
    missing_fields,
    no_local_review,
    not_a_request,
    opla_matter,
    outside_priorities,
    safety_concern,
)
from .rules.base import Rule


class DuplicateRule(TriageError):
    """Two rules claim the same reason code."""


def build_registry(rules: Iterable[Rule]) -> dict[str, Rule]:
    """Rules by code, in code order; raises DuplicateRule on a repeated code."""
    out: dict[str, Rule] = {}
    for rule in rules:
        if rule.code in out:
            raise DuplicateRule(f"two rules for reason code {rule.code!r}")
        out[rule.code] = rule
    return dict(sorted(out.items()))


RULES: dict[str, Rule] = build_registry([
    *missing_fields.RULES,
    local_outcome.RULE,
    local_copies.RULE,
    authorization.RULE,
    no_local_review.RULE,
    outside_priorities.RULE,
    facts_changed.RULE,
    opla_matter.RULE,
    safety_concern.RULE,
    auto_generated.RULE,
    not_a_request.RULE,
    existing_case.RULE,
])
