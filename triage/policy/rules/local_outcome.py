"""seed 003: a request must state the outcome of the local field office review."""
from __future__ import annotations

from triage.records import Facts

from .base import Rule


def _why(facts: Facts) -> str | None:
    f = facts.fields
    if f.local_review == "requested" and f.local_outcome is None:
        return "a local review was requested but its outcome is not stated"
    return None


RULE = Rule(
    "missing_local_outcome",
    "seed 003: a request must state the outcome of the local review",
    "003",
    _why,
)
