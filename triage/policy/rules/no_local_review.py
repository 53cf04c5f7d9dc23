"""seed 003: the SRO reviews only after the local ERO field office was asked."""
from __future__ import annotations

from triage.records import Facts

from .base import Rule


def _why(facts: Facts) -> str | None:
    if facts.fields.local_review == "requested":
        return None
    if facts.signals.local_review_said:
        return "the writer says no local field office review was requested"
    return "no sign that a local field office review was requested"


RULE = Rule(
    "no_local_review",
    "seed 003: a case review must first be requested from the local field office",
    "003",
    _why,
)
